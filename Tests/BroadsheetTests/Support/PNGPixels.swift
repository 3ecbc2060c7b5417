import BroadsheetImage
import Foundation

/// A decoded PNG for pixel assertions.
struct PNGPixels {
    private let image: DecodedImage
    var width: Int { image.width }
    var height: Int { image.height }

    init(path: String) throws {
        image = try ImageDecoder.decode(try Data(contentsOf: URL(fileURLWithPath: path)), file: path, jpeg: false)
    }

    /// How many pixels in a rectangle (in pixels) satisfy `test(r, g, b)`.
    func count(in rect: (x: Double, y: Double, w: Double, h: Double), where test: (UInt8, UInt8, UInt8) -> Bool) -> Int {
        var total = 0
        let channels = image.channels
        for y in Int(rect.y)..<min(height, Int(rect.y + rect.h)) {
            for x in Int(rect.x)..<min(width, Int(rect.x + rect.w)) {
                let offset = (y * width + x) * channels
                let (red, green, blue) = channels < 3 ? (image.pixels[offset], image.pixels[offset], image.pixels[offset])
                    : (image.pixels[offset], image.pixels[offset + 1], image.pixels[offset + 2])
                if test(red, green, blue) { total += 1 }
            }
        }
        return total
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
