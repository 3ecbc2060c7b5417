import Foundation

/// A photo as a page names it: its bytes, read once when the page is loaded, and its checked header.
/// Everything after the load — layout, resolution checks, every renderer — works from these bytes,
/// so a file changed or swapped during the run is never drawn.
public struct SourceImage: Sendable, Hashable {
    /// The file the bytes came from, for messages and reports.
    public let name: String
    public let bytes: Data
    public let header: ImageHeader
    /// FNV-1a of the bytes: the key decoders cache under.
    public let digest: UInt64

    public init(name: String, bytes: Data) throws {
        header = try ImageHeader(checking: bytes, file: name)
        self.name = name
        self.bytes = bytes
        // Over the raw buffer: Data's own iterator costs several times the hash itself.
        digest = bytes.withUnsafeBytes { raw in raw.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 } }
    }

    public static func == (a: SourceImage, b: SourceImage) -> Bool {
        a.digest == b.digest && a.name == b.name && a.bytes == b.bytes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    /// The pixels, decoded strictly (see `ImageDecoder`); a raster showing the photo at most
    /// `maximumWidth` pixels wide may get a JPEG decoded at a smaller scale.
    public func decoded(maximumWidth: Int? = nil) throws -> DecodedImage {
        try ImageDecoder.decode(bytes, file: name, jpeg: header.format == .jpeg, expected: (header.width, header.height),
                                maximumWidth: maximumWidth)
    }
}
