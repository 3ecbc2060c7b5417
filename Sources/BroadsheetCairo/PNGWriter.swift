import CPNG
import CPangoCairo
import Foundation

/// Encodes a cairo RGB24 surface as a PNG with libpng's fast setting (no filtering, low zlib
/// effort): a proof or thumbnail is looked at once, so encoding time matters more than bytes;
/// cairo's own writer compresses at libpng's default and takes ten times as long as the drawing.
enum PNGWriter {
    static func png(_ surface: OpaquePointer, output: String) throws -> Data {
        let (width, height, rgb) = try rgb(surface, output: output)
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        image.width = UInt32(width)
        image.height = UInt32(height)
        image.format = UInt32(PNG_FORMAT_RGB)
        image.flags = UInt32(PNG_IMAGE_FLAG_FAST)
        // The first call measures, the second encodes into a buffer of that size.
        var size = 0
        var data = Data()
        let measured = rgb.withUnsafeBytes { png_image_write_to_memory(&image, nil, &size, 0, $0.baseAddress, Int32(width * 3), nil) }
        if measured != 0 {
            data = Data(count: size)
            let written = data.withUnsafeMutableBytes { target in
                rgb.withUnsafeBytes { png_image_write_to_memory(&image, target.baseAddress, &size, 0, $0.baseAddress, Int32(width * 3), nil) }
            }
            if written != 0 { return data.prefix(size) }
        }
        let message = withUnsafeBytes(of: image.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        png_image_free(&image)
        throw RenderError(file: output, "cannot encode the PNG: \(message)")
    }

    /// A flushed RGB24 surface's pixels as R, G, B bytes, rows top to bottom.
    static func rgb(_ surface: OpaquePointer, output: String) throws -> (width: Int, height: Int, pixels: [UInt8]) {
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let pixels = cairo_image_surface_get_data(surface) else { throw RenderError(file: output, "the image has no pixels") }
        // cairo keeps RGB24 as native-endian 32-bit words (B, G, R, unused in memory here); PNG wants R, G, B.
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        rgb.withUnsafeMutableBufferPointer { target in
            for y in 0..<height {
                let row = UnsafeRawPointer(pixels + y * stride).assumingMemoryBound(to: UInt32.self)
                var offset = y * width * 3
                for x in 0..<width {
                    let word = row[x]
                    target[offset] = UInt8(truncatingIfNeeded: word >> 16)
                    target[offset + 1] = UInt8(truncatingIfNeeded: word >> 8)
                    target[offset + 2] = UInt8(truncatingIfNeeded: word)
                    offset += 3
                }
            }
        }
        return (width, height, rgb)
    }
}
