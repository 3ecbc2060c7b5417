import BroadsheetFrame
import BroadsheetImage
import CPangoCairo
import Foundation

/// Photos as cairo image surfaces, decoded from the bytes the page was loaded with (never read again
/// from disk) at most once per size a renderer shows them at. For the layout proof's PDF a JPEG's own bytes
/// are attached, so the photo is embedded as shot rather than re-encoded, and an opaque PNG photo is
/// embedded as a quality-90 JPEG rather than deflated pixels (a tenth of the size for a photograph);
/// for press an image with alpha is laid on white paper, as PDF/X-1a allows no soft masks.
final class ImageLoader {
    private struct Request: Hashable {
        var image: UInt64
        var embedOriginal: Bool
        var opaque: Bool
        var maximumWidth: Int?
    }

    private var surfaces: [Request: OpaquePointer] = [:]
    private let decodings: DecodedImageCache

    init(decodings: DecodedImageCache) {
        self.decodings = decodings
    }

    /// - Parameter maximumWidth: a raster that shows the image at most this many pixels wide may get a
    ///   JPEG decoded at a smaller DCT scale (a thumbnail need not decode the full photo).
    func surface(for image: SourceImage, embedOriginal: Bool, opaque: Bool, maximumWidth: Int? = nil) throws -> OpaquePointer {
        let request = Request(image: image.digest, embedOriginal: embedOriginal, opaque: opaque, maximumWidth: maximumWidth)
        if let cached = surfaces[request] { return cached }
        let decoded: DecodedImage
        do {
            decoded = try decodings.decoded(image, maximumWidth: maximumWidth)
        } catch let error as ImageError {
            throw RenderError(file: error.file, error.message)
        }
        let surface = Self.surface(from: decoded, opaque: opaque)
        if embedOriginal, let data = image.header.format == .jpeg ? image.bytes : ImageDecoder.jpeg(decoded, quality: 90) {
            let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: data.count)
            data.copyBytes(to: bytes, count: data.count)
            cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, bytes, UInt(data.count),
                                        { $0?.deallocate() }, bytes)
        }
        surfaces[request] = surface
        return surface
    }

    /// Copies grey, RGB or RGBA samples into cairo's premultiplied native-endian ARGB32; `opaque`
    /// composes them on white into RGB24 (premultiplied colour plus the white that shows through).
    private static func surface(from image: DecodedImage, opaque: Bool) -> OpaquePointer {
        let surface = cairo_image_surface_create(image.hasAlpha && !opaque ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24,
                                                 Int32(image.width), Int32(image.height))!
        cairo_surface_flush(surface)
        let target = cairo_image_surface_get_data(surface)!
        let targetStride = Int(cairo_image_surface_get_stride(surface))
        let channels = image.channels
        image.pixels.withUnsafeBufferPointer { source in
            for y in 0..<image.height {
                let sourceRow = y * image.width * channels
                let targetRow = UnsafeMutableRawPointer(target + y * targetStride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<image.width {
                    let pixel = sourceRow + x * channels
                    let (red, green, blue) = channels < 3 ? (source[pixel], source[pixel], source[pixel])
                        : (source[pixel], source[pixel + 1], source[pixel + 2])
                    let alpha = channels == 4 ? UInt32(source[pixel + 3]) : 255
                    let paper = opaque ? 255 - alpha : 0
                    // Opaque, a sample is its own premultiplied value: no division for a photo without alpha.
                    func premultiplied(_ value: UInt8) -> UInt32 { alpha == 255 ? UInt32(value) : (UInt32(value) * alpha + 127) / 255 + paper }
                    targetRow[x] = (alpha + paper) << 24 | premultiplied(red) << 16 | premultiplied(green) << 8 | premultiplied(blue)
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }

    deinit {
        for surface in surfaces.values { cairo_surface_destroy(surface) }
    }
}
