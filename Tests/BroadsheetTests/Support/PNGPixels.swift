import CGdkPixbuf

/// A decoded PNG for pixel assertions.
struct PNGPixels {
    let width: Int
    let height: Int
    private let channels: Int
    private let stride: Int
    private let bytes: [UInt8]

    init(path: String) throws {
        var error: UnsafeMutablePointer<GError>?
        guard let pixbuf = gdk_pixbuf_new_from_file(path, &error) else {
            throw TestFailure("cannot decode \(path)")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(pixbuf)) }
        width = Int(gdk_pixbuf_get_width(pixbuf))
        height = Int(gdk_pixbuf_get_height(pixbuf))
        channels = Int(gdk_pixbuf_get_n_channels(pixbuf))
        stride = Int(gdk_pixbuf_get_rowstride(pixbuf))
        let length = Int(gdk_pixbuf_get_byte_length(pixbuf))
        bytes = Array(UnsafeBufferPointer(start: gdk_pixbuf_read_pixels(pixbuf), count: length))
    }

    /// How many pixels in a rectangle (in pixels) satisfy `test(r, g, b)`.
    func count(in rect: (x: Double, y: Double, w: Double, h: Double), where test: (UInt8, UInt8, UInt8) -> Bool) -> Int {
        var total = 0
        for y in Int(rect.y)..<min(height, Int(rect.y + rect.h)) {
            for x in Int(rect.x)..<min(width, Int(rect.x + rect.w)) {
                let offset = y * stride + x * channels
                if test(bytes[offset], bytes[offset + 1], bytes[offset + 2]) { total += 1 }
            }
        }
        return total
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
