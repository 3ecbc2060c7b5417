import BroadsheetImage
import CGdkPixbuf
import CPangoCairo
import Foundation

/// Decodes JPEG and PNG photos (with gdk-pixbuf) into cairo image surfaces. For the screen PDF a
/// JPEG's original bytes are attached, so the photo is embedded as shot rather than re-encoded, and
/// an opaque PNG photo is embedded as a quality-90 JPEG rather than deflated pixels (a tenth of the
/// size for a photograph); for press an image with alpha is laid on white paper, as PDF/X-1a allows
/// no soft masks.
final class ImageLoader {
    private struct Request: Hashable {
        var path: String
        var embedOriginal: Bool
        var opaque: Bool
        var maximumWidth: Int?
    }

    private var surfaces: [Request: OpaquePointer] = [:]

    /// - Parameter maximumWidth: a raster that shows the image at most this many pixels wide gets it
    ///   decoded at that size (a thumbnail need not decode and filter the full photo).
    func surface(for path: String, embedOriginal: Bool, opaque: Bool, maximumWidth: Int? = nil) throws -> OpaquePointer {
        let request = Request(path: path, embedOriginal: embedOriginal, opaque: opaque, maximumWidth: maximumWidth)
        if let cached = surfaces[request] { return cached }
        // Checked again right before decoding: the file may have changed since the page was loaded.
        let header = try ImageHeader.read(path: path)
        var error: UnsafeMutablePointer<GError>?
        let decoded = maximumWidth.flatMap { width in width < header.width
            ? gdk_pixbuf_new_from_file_at_scale(path, Int32(width), -1, 1, &error) : nil } ?? gdk_pixbuf_new_from_file(path, &error)
        guard let pixbuf = decoded else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unreadable image"
            if let error { g_error_free(error) }
            throw RenderError(file: path, "cannot decode image: \(message)")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(pixbuf)) }
        let surface = Self.surface(from: pixbuf, opaque: opaque)
        if embedOriginal, let data = header.format == .jpeg ? FileManager.default.contents(atPath: path) : Self.jpeg(of: pixbuf) {
            let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: data.count)
            data.copyBytes(to: bytes, count: data.count)
            cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, bytes, UInt(data.count),
                                        { $0?.deallocate() }, bytes)
        }
        surfaces[request] = surface
        return surface
    }

    /// An opaque image as JPEG; nil for one with alpha (JPEG has none) or when encoding fails.
    private static func jpeg(of pixbuf: OpaquePointer) -> Data? {
        guard gdk_pixbuf_get_has_alpha(pixbuf) == 0 else { return nil }
        var buffer: UnsafeMutablePointer<gchar>?
        var size: gsize = 0
        var keys: [UnsafeMutablePointer<gchar>?] = [strdup("quality"), nil]
        var values: [UnsafeMutablePointer<gchar>?] = [strdup("90"), nil]
        defer { free(keys[0]); free(values[0]) }
        guard gdk_pixbuf_save_to_bufferv(pixbuf, &buffer, &size, "jpeg", &keys, &values, nil) != 0, let buffer else { return nil }
        defer { g_free(buffer) }
        return Data(bytes: buffer, count: Int(size))
    }

    /// Copies RGB(A) pixels into cairo's premultiplied native-endian ARGB32; `opaque` composes them on
    /// white into RGB24 (premultiplied colour plus the white that shows through).
    private static func surface(from pixbuf: OpaquePointer, opaque: Bool) -> OpaquePointer {
        let width = gdk_pixbuf_get_width(pixbuf)
        let height = gdk_pixbuf_get_height(pixbuf)
        let channels = Int(gdk_pixbuf_get_n_channels(pixbuf))
        let hasAlpha = gdk_pixbuf_get_has_alpha(pixbuf) != 0
        let sourceStride = Int(gdk_pixbuf_get_rowstride(pixbuf))
        let source = gdk_pixbuf_read_pixels(pixbuf)!
        let surface = cairo_image_surface_create(hasAlpha && !opaque ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, width, height)!
        cairo_surface_flush(surface)
        let target = cairo_image_surface_get_data(surface)!
        let targetStride = Int(cairo_image_surface_get_stride(surface))
        for y in 0..<Int(height) {
            let sourceRow = source + y * sourceStride
            let targetRow = UnsafeMutableRawPointer(target + y * targetStride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<Int(width) {
                let pixel = sourceRow + x * channels
                let alpha = hasAlpha ? UInt32(pixel[3]) : 255
                let paper = opaque ? 255 - alpha : 0
                func premultiplied(_ value: UInt8) -> UInt32 { (UInt32(value) * alpha + 127) / 255 + paper }
                targetRow[x] = (alpha + paper) << 24 | premultiplied(pixel[0]) << 16 | premultiplied(pixel[1]) << 8 | premultiplied(pixel[2])
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }

    deinit {
        for surface in surfaces.values { cairo_surface_destroy(surface) }
    }
}
