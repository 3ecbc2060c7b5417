import Foundation

/// Decodes photos into pixels, refusing what is not whole or not what its header said.
public enum ImageDecoder {
    /// - Parameters:
    ///   - expected: the size the header reader found; the decoder's own reading must agree.
    ///   - maximumWidth: a raster showing the photo at most this wide may get a JPEG decoded smaller.
    public static func decode(_ bytes: Data, file: String, jpeg: Bool, expected: (width: Int, height: Int)? = nil,
                              maximumWidth: Int? = nil) throws -> DecodedImage {
        jpeg ? try JPEGCodec.decode(bytes, file: file, expected: expected, maximumWidth: maximumWidth)
            : try PNGCodec.decode(bytes, file: file, expected: expected)
    }

    /// An opaque image as a JPEG at `quality` (nil for one with alpha, which JPEG cannot hold).
    public static func jpeg(_ image: DecodedImage, quality: Int) -> Data? {
        JPEGCodec.encode(image, quality: quality)
    }
}
