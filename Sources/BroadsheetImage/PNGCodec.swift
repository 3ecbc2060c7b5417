import CPNG
import Foundation

/// PNG decoding with libpng's simplified API, which reads every bit depth, grey, palette (with
/// tRNS) and alpha into 8-bit samples and fails on bad compressed data rather than drawing it grey.
enum PNGCodec {
    static func decode(_ bytes: Data, file: String, expected: (width: Int, height: Int)?) throws -> DecodedImage {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        defer { png_image_free(&image) }
        let begun = bytes.withUnsafeBytes { png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }
        guard begun != 0 else { throw ImageError(file: file, "not a readable PNG: \(message(image))") }
        let (width, height) = (Int(image.width), Int(image.height))
        if let problem = ImageLimits.problem(width: width, height: height) { throw ImageError(file: file, problem) }
        if let expected, expected != (width, height) {
            throw ImageError(file: file, "the PNG's header claims \(expected.width) × \(expected.height) pixels but it is \(width) × \(height)")
        }
        let hasAlpha = image.format & UInt32(PNG_FORMAT_FLAG_ALPHA) != 0
        let isColour = image.format & UInt32(PNG_FORMAT_FLAG_COLOR) != 0
        let channels = hasAlpha ? 4 : isColour ? 3 : 1
        // A grey image with alpha is widened to RGBA: alpha is laid on paper in colour space.
        image.format = (hasAlpha ? UInt32(PNG_FORMAT_FLAG_ALPHA) : 0) | (hasAlpha || isColour ? UInt32(PNG_FORMAT_FLAG_COLOR) : 0)
        var pixels = [UInt8](repeating: 0, count: width * height * channels)
        let finished = pixels.withUnsafeMutableBufferPointer { png_image_finish_read(&image, nil, $0.baseAddress, 0, nil) }
        guard finished != 0 else { throw ImageError(file: file, "corrupt PNG data: \(message(image))") }
        return DecodedImage(width: width, height: height, channels: channels, pixels: pixels)
    }

    private static func message(_ image: png_image) -> String {
        withUnsafeBytes(of: image.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}
