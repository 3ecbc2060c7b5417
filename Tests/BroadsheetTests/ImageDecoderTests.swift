import BroadsheetImage
import Foundation
import Testing

/// Photos are decoded whole and as large as they claim, or refused naming the file.
@Suite("Image decoder")
struct ImageDecoderTests {
    static let images = TestSupport.root.appendingPathComponent("Tests/BroadsheetTests/Fixtures/images")
    static let photo = TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/photo.png")

    func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    /// The example photo as a JPEG, for the JPEG cases.
    func exampleJPEG() throws -> (Data, DecodedImage) {
        let decoded = try ImageDecoder.decode(try bytes(Self.photo), file: "photo.png", jpeg: false)
        return (try #require(ImageDecoder.jpeg(decoded, quality: 90)), decoded)
    }

    @Test("every PNG colour type decodes to 8-bit samples: grey, 16-bit grey, grey+alpha, 1-bit, palette with tRNS, RGB",
          arguments: [("grey8.png", 1), ("grey16.png", 1), ("grey-alpha.png", 4), ("bilevel.png", 1), ("palette-trns.png", 4),
                      ("rgb-all-grey.png", 3)])
    func pngColourTypes(name: String, channels: Int) throws {
        let image = try ImageDecoder.decode(try bytes(Self.images.appendingPathComponent(name)), file: name, jpeg: false, expected: (64, 48))
        #expect(image.width == 64 && image.height == 48 && image.channels == channels)
        #expect(image.pixels.count == 64 * 48 * channels)
        if name == "bilevel.png" { #expect(Set(image.pixels) == [0, 255]) }
    }

    @Test("a PNG with bad compressed data but valid CRCs is refused, naming the file")
    func badDeflate() throws {
        #expect(throws: ImageError.self) {
            try ImageDecoder.decode(try bytes(Self.images.appendingPathComponent("bad-deflate.png")), file: "bad-deflate.png", jpeg: false)
        }
    }

    @Test("a JPEG round-trips; a thumbnail decodes it at a smaller DCT scale no narrower than asked")
    func jpegScaled() throws {
        let (jpeg, original) = try exampleJPEG()
        let full = try ImageDecoder.decode(jpeg, file: "photo.jpg", jpeg: true, expected: (original.width, original.height))
        #expect(full.width == original.width && full.height == original.height && full.channels == 3)
        let small = try ImageDecoder.decode(jpeg, file: "photo.jpg", jpeg: true, maximumWidth: original.width / 3)
        #expect(small.width >= original.width / 3 && small.width < original.width)
    }

    @Test("a JPEG cut short with an end marker appended is refused")
    func truncatedJPEG() throws {
        let (jpeg, _) = try exampleJPEG()
        let cut = jpeg.prefix(jpeg.count / 2) + Data([0xFF, 0xD9])
        let error = #expect(throws: ImageError.self) { try ImageDecoder.decode(cut, file: "cut.jpg", jpeg: true) }
        #expect(error?.file == "cut.jpg")
    }

    @Test("a JPEG whose frame is not the size its header reader found, or is over the limits, is refused before decoding")
    func lyingJPEG() throws {
        let (jpeg, original) = try exampleJPEG()
        #expect(throws: ImageError.self) {
            try ImageDecoder.decode(jpeg, file: "photo.jpg", jpeg: true, expected: (original.width + 1, original.height))
        }
        // The frame header (SOF0) rewritten to 20000 × 20000: 400 megapixels.
        var huge = [UInt8](jpeg)
        let sof = try #require((0..<huge.count - 1).first { huge[$0] == 0xFF && huge[$0 + 1] == 0xC0 })
        huge[sof + 5...sof + 8] = [0x4E, 0x20, 0x4E, 0x20]
        let error = #expect(throws: ImageError.self) { try ImageDecoder.decode(Data(huge), file: "huge.jpg", jpeg: true) }
        #expect(error?.message.contains("20000 × 20000") == true)
    }
}
