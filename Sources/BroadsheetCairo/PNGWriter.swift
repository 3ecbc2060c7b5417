import BroadsheetFrame
import CDeflate
import CPangoCairo
import CZlib
import Foundation

/// Encodes a cairo RGB24 surface, or bands of one drawn side by side, as a PNG (RGB, 8 bits, no
/// filtering), its pixels deflated by libdeflate (zlib for all but the last band), both at their
/// fastest level: a proof or thumbnail is looked at once, so encoding time matters more than bytes.
/// Against libdeflate's level 3, level 1 writes the bench page's 150 dpi PNG 7 % larger (1.31 → 1.41 MB)
/// in 93 M fewer instructions (1,371 → 1,278 M for its PDF and PNG), the whole run 5 % faster.
/// A surface drawn whole whose every pixel is neutral (an inside page in black and white) is written
/// as greyscale, the same pixels in a third of the samples: the example edition's page 2 at 150 dpi
/// deflates in a third of the time.
enum PNGWriter {
    /// libdeflate's and zlib's fastest level (both scales start at 1).
    static let level: Int32 = 1

    static func png(_ surface: OpaquePointer, output: String) throws -> Data {
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        if let grey = try greySamples(surface, output: output, rowLead: 1) {
            return png(width: width, height: height, grey: true, bands: [try band(grey, last: true, output: output)])
        }
        return png(width: width, height: height, bands: [try band(surface, last: true, output: output)])
    }

    /// A PNG of RGB or grey pixels, 8 bits a sample, with `deflated` (a zlib stream) as its one IDAT chunk.
    private static func png(width: Int, height: Int, grey: Bool, deflated: ArraySlice<UInt8>) -> Data {
        var header: ArraySlice<UInt8> = []
        for value in [UInt32(width), UInt32(height)] { header.append(contentsOf: withUnsafeBytes(of: value.bigEndian, Array.init)) }
        // 8 bits a sample, greyscale (0) or RGB (2), deflate, no filtering choice, no interlace (PNG §11.2.2).
        header.append(contentsOf: [8, grey ? 0 : 2, 0, 0, 0])
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        append(chunk: "IHDR", header, to: &png)
        append(chunk: "IDAT", deflated, to: &png)
        append(chunk: "IEND", [], to: &png)
        return png
    }

    /// A band of a PNG's rows, deflated as one piece of the image's zlib stream.
    struct Band: Sendable {
        var deflated: [UInt8]
        var adler: UInt32
        var length: Int
    }

    /// A flushed RGB24 surface's rows as a piece of a PNG's pixel data: raw deflate the pieces of all
    /// bands, deflated side by side, join into one stream. The last band's piece ends the stream and is
    /// libdeflate's; the others end on a sync flush (byte-aligned, not final), which only zlib writes.
    static func band(_ surface: OpaquePointer, last: Bool, output: String) throws -> Band {
        try band(try rgb(surface, output: output, rowLead: 1).pixels, last: last, output: output)
    }

    /// Rows of samples, each behind its filter byte, as a piece of a PNG's pixel data (see above).
    private static func band(_ samples: [UInt8], last: Bool, output: String) throws -> Band {
        var raw = samples
        let adler = raw.withUnsafeBufferPointer { libdeflate_adler32(1, $0.baseAddress, $0.count) }
        guard !last else {
            guard let compressor = libdeflate_alloc_compressor(level) else { throw RenderError(file: output, "cannot start the PNG's compressor") }
            defer { libdeflate_free_compressor(compressor) }
            var deflated = [UInt8](repeating: 0, count: libdeflate_deflate_compress_bound(compressor, raw.count))
            let size = raw.withUnsafeBytes { source in
                deflated.withUnsafeMutableBytes { libdeflate_deflate_compress(compressor, source.baseAddress, source.count, $0.baseAddress, $0.count) }
            }
            guard size > 0 else { throw RenderError(file: output, "cannot compress the PNG's pixels") }
            return Band(deflated: Array(deflated.prefix(size)), adler: adler, length: raw.count)
        }
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw RenderError(file: output, "cannot start the PNG's compressor")
        }
        defer { deflateEnd(&stream) }
        var deflated = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(raw.count))) + 64)
        let result = raw.withUnsafeMutableBufferPointer { source in
            deflated.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return deflate(&stream, Z_SYNC_FLUSH)
            }
        }
        guard result == Z_OK, stream.avail_in == 0 else { throw RenderError(file: output, "cannot compress the PNG's pixels") }
        return Band(deflated: Array(deflated.prefix(Int(stream.total_out))), adler: adler, length: raw.count)
    }

    /// A PNG (RGB or grey, 8 bits) whose pixel data is the bands' pieces, in order, in one zlib stream.
    static func png(width: Int, height: Int, grey: Bool = false, bands: [Band]) -> Data {
        var adler = bands[0].adler
        for band in bands.dropFirst() { adler = UInt32(adler32_combine(UInt(adler), UInt(band.adler), off_t(band.length))) }
        var stream: [UInt8] = [0x78, 0x01]   // deflate, 32 KiB window (RFC 1950 §2.2)
        for band in bands { stream += band.deflated }
        stream += withUnsafeBytes(of: adler.bigEndian, Array.init)
        return png(width: width, height: height, grey: grey, deflated: stream[...])
    }

    /// A PNG chunk: its length, type, data and the CRC-32 of type and data (PNG §5.3).
    private static func append(chunk type: String, _ data: ArraySlice<UInt8>, to png: inout Data) {
        let typeBytes = Array(type.utf8)
        png.append(contentsOf: withUnsafeBytes(of: UInt32(data.count).bigEndian, Array.init))
        png.append(contentsOf: typeBytes)
        png.append(contentsOf: data)
        let typeCRC = typeBytes.withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }
        let crc = UInt32(data.withUnsafeBytes { libdeflate_crc32(typeCRC, $0.baseAddress, $0.count) })
        png.append(contentsOf: withUnsafeBytes(of: crc.bigEndian, Array.init))
    }

    /// A flushed RGB24 surface's size and its rows of pixels, native-endian 32-bit words (from the
    /// high byte: unused, red, green, blue).
    private static func rows(_ surface: OpaquePointer, output: String) throws -> (width: Int, height: Int, row: (Int) -> UnsafePointer<UInt32>) {
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let pixels = cairo_image_surface_get_data(surface) else { throw RenderError(file: output, "the image has no pixels") }
        return (Int(cairo_image_surface_get_width(surface)), Int(cairo_image_surface_get_height(surface)),
                { UnsafeRawPointer(pixels + $0 * stride).assumingMemoryBound(to: UInt32.self) })
    }

    /// A flushed RGB24 surface's pixels as one grey byte each, rows top to bottom, each behind `rowLead`
    /// zero bytes; nil at the first pixel that is not neutral (red, green and blue alike), before the
    /// buffer is written further (it is not zeroed first, so a colour page touches little of it).
    private static func greySamples(_ surface: OpaquePointer, output: String, rowLead: Int) throws -> [UInt8]? {
        let (width, height, row) = try rows(surface, output: output)
        let grey = [UInt8](unsafeUninitializedCapacity: (width + rowLead) * height) { target, count in
            for y in 0..<height {
                let words = row(y)
                let start = y * (width + rowLead)
                for lead in 0..<rowLead { target[start + lead] = 0 }
                for x in 0..<width {
                    let word = words[x]
                    guard (word >> 16) & 0xFF == word & 0xFF, (word >> 8) & 0xFF == word & 0xFF else { count = 0; return }
                    target[start + rowLead + x] = UInt8(truncatingIfNeeded: word)
                }
            }
            count = target.count
        }
        return grey.isEmpty ? nil : grey
    }

    /// A flushed RGB24 surface's pixels as R, G, B bytes, rows top to bottom, each behind `rowLead`
    /// zero bytes (a PNG row's filter type).
    static func rgb(_ surface: OpaquePointer, output: String, rowLead: Int = 0) throws -> (width: Int, height: Int, pixels: [UInt8]) {
        let (width, height, row) = try rows(surface, output: output)
        var rgb = [UInt8](repeating: 0, count: (width * 3 + rowLead) * height)
        rgb.withUnsafeMutableBufferPointer { target in
            for y in 0..<height {
                let words = row(y)
                var offset = y * (width * 3 + rowLead) + rowLead
                for x in 0..<width {
                    let word = words[x]
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
