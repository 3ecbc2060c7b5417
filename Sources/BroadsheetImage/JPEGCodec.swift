import CTurboJPEG
import Foundation

/// JPEG decoding and encoding with libjpeg-turbo's TurboJPEG API. Every warning libjpeg raises —
/// data cut short, a corrupt scan — is an error: a photo is printed whole or not at all.
enum JPEGCodec {
    /// Decodes `bytes`; with `maximumWidth`, at the smallest of libjpeg's DCT scales (⅛ to 1) still
    /// at least that wide. The size the decoder reads must be `expected` and within `ImageLimits`.
    static func decode(_ bytes: Data, file: String, expected: (width: Int, height: Int)?, maximumWidth: Int?) throws -> DecodedImage {
        guard let handle = tjInitDecompress() else { throw ImageError(file: file, "cannot start the JPEG decoder") }
        defer { tjDestroy(handle) }
        return try bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> DecodedImage in
            let source = raw.bindMemory(to: UInt8.self)
            let (width, height, colorspace) = try header(handle, source, file: file, expected: expected)
            let (scaledWidth, scaledHeight) = scaled(width: width, height: height, atLeast: maximumWidth)
            let grey = colorspace == TJCS_GRAY
            let channels = grey ? 1 : 3
            var pixels = [UInt8](repeating: 0, count: scaledWidth * scaledHeight * channels)
            let result = pixels.withUnsafeMutableBufferPointer { target in
                tjDecompress2(handle, source.baseAddress, UInt(source.count), target.baseAddress, Int32(scaledWidth), 0, Int32(scaledHeight),
                              grey ? Int32(TJPF_GRAY.rawValue) : Int32(TJPF_RGB.rawValue),
                              TJFLAG_STOPONWARNING | TJFLAG_LIMITSCANS | TJFLAG_ACCURATEDCT)
            }
            guard result == 0 else { throw ImageError(file: file, "corrupt JPEG data: \(message(handle))") }
            return DecodedImage(width: scaledWidth, height: scaledHeight, channels: channels, pixels: pixels)
        }
    }

    /// The same JPEG made progressive, losslessly (the coefficients are copied, not decoded), without its
    /// metadata markers: a photograph's scans coded with their own Huffman tables are about a tenth
    /// smaller. Its entropy-coded data is read whole, so a damaged file is refused here as when decoded.
    /// Also the number of colour components (1 grey, 3 YCbCr or RGB, 4 CMYK or YCCK).
    static func progressive(_ bytes: Data, file: String, expected: (width: Int, height: Int)) throws -> (Data, components: Int) {
        guard let handle = tjInitTransform() else { throw ImageError(file: file, "cannot start the JPEG transformer") }
        defer { tjDestroy(handle) }
        return try bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> (Data, components: Int) in
            let source = raw.bindMemory(to: UInt8.self)
            let (_, _, colorspace) = try header(handle, source, file: file, expected: expected)
            var transform = tjtransform()
            transform.op = Int32(TJXOP_NONE.rawValue)
            transform.options = TJXOPT_PROGRESSIVE | TJXOPT_COPYNONE
            var buffer: UnsafeMutablePointer<UInt8>?
            var size: UInt = 0
            let result = tjTransform(handle, source.baseAddress, UInt(source.count), 1, &buffer, &size, &transform,
                                     TJFLAG_STOPONWARNING | TJFLAG_LIMITSCANS)
            defer { if let buffer { tjFree(buffer) } }
            guard result == 0, let buffer else { throw ImageError(file: file, "corrupt JPEG data: \(message(handle))") }
            let components = colorspace == TJCS_GRAY ? 1 : colorspace == TJCS_CMYK || colorspace == TJCS_YCCK ? 4 : 3
            return (Data(bytes: buffer, count: Int(size)), components)
        }
    }

    /// The frame's size and colour space, checked against `ImageLimits` and the size the header
    /// claimed when the page was loaded.
    private static func header(_ handle: tjhandle, _ source: UnsafeBufferPointer<UInt8>, file: String,
                               expected: (width: Int, height: Int)?) throws -> (Int, Int, TJCS) {
        var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colorspace: Int32 = 0
        guard tjDecompressHeader3(handle, source.baseAddress, UInt(source.count), &width, &height, &subsampling, &colorspace) == 0 else {
            throw ImageError(file: file, "not a readable JPEG: \(message(handle))")
        }
        if let problem = ImageLimits.problem(width: Int(width), height: Int(height)) { throw ImageError(file: file, problem) }
        if let expected, expected != (Int(width), Int(height)) {
            throw ImageError(file: file, "the JPEG's header claims \(expected.width) × \(expected.height) pixels but its frame is \(width) × \(height)")
        }
        return (Int(width), Int(height), TJCS(rawValue: UInt32(colorspace)))
    }

    /// The smallest DCT scale whose width is at least `minimum` (the full size without one).
    private static func scaled(width: Int, height: Int, atLeast minimum: Int?) -> (Int, Int) {
        guard let minimum, minimum < width else { return (width, height) }
        var count: Int32 = 0
        guard let factors = tjGetScalingFactors(&count) else { return (width, height) }
        var best = (width, height)
        for factor in UnsafeBufferPointer(start: factors, count: Int(count)) where factor.num <= factor.denom {
            let (num, denom) = (Int(factor.num), Int(factor.denom))
            // tjDecompress2 rounds a scaled side up (TJSCALED).
            let candidate = ((width * num + denom - 1) / denom, (height * num + denom - 1) / denom)
            if candidate.0 >= minimum && candidate.0 < best.0 { best = candidate }
        }
        return best
    }

    /// An RGB or grey image as a JPEG at `quality`, baseline or progressive.
    static func encode(_ image: DecodedImage, quality: Int, progressive: Bool = false) -> Data? {
        guard !image.hasAlpha, let handle = tjInitCompress() else { return nil }
        defer { tjDestroy(handle) }
        var buffer: UnsafeMutablePointer<UInt8>?
        var size: UInt = 0
        let result = image.pixels.withUnsafeBufferPointer { pixels in
            tjCompress2(handle, pixels.baseAddress, Int32(image.width), 0, Int32(image.height),
                        image.isGrey ? Int32(TJPF_GRAY.rawValue) : Int32(TJPF_RGB.rawValue), &buffer, &size,
                        image.isGrey ? Int32(TJSAMP_GRAY.rawValue) : Int32(TJSAMP_420.rawValue), Int32(quality),
                        TJFLAG_ACCURATEDCT | (progressive ? TJFLAG_PROGRESSIVE : 0))
        }
        guard let buffer else { return nil }
        defer { tjFree(buffer) }
        return result == 0 ? Data(bytes: buffer, count: Int(size)) : nil
    }

    private static func message(_ handle: tjhandle) -> String {
        String(cString: tjGetErrorStr2(handle))
    }
}
