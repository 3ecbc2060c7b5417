import Foundation

/// The format and pixel size of a JPEG or PNG file, read from its header without decoding it.
public struct ImageHeader: Equatable, Sendable {
    public enum Format: String, Sendable { case png, jpeg }

    public var format: Format
    public var width: Int
    public var height: Int

    /// Largest accepted side, in pixels: a bigger image is refused before it is decoded.
    public static let maximumSide = 20_000

    public static func read(path: String) throws -> ImageHeader {
        // Mapped, not read: a JPEG's frame header may follow large ICC, EXIF or XMP segments.
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw DocumentError(file: path, "image file not found or not readable")
        }
        let header = try parse([UInt8](data), file: path)
        guard header.width > 0, header.height > 0,
              header.width <= maximumSide, header.height <= maximumSide else {
            throw DocumentError(file: path, "image is \(header.width) × \(header.height) pixels; each side must be 1 to \(maximumSide)")
        }
        return header
    }

    static func parse(_ bytes: [UInt8], file: String) throws -> ImageHeader {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            guard bytes.count >= 24, bytes[12..<16].elementsEqual("IHDR".utf8) else {
                throw DocumentError(file: file, "truncated PNG: no IHDR header")
            }
            return ImageHeader(format: .png, width: bigEndian(bytes, 16, 4), height: bigEndian(bytes, 20, 4))
        }
        if bytes.starts(with: [0xFF, 0xD8]) {
            var index = 2
            while index + 9 < bytes.count {
                guard bytes[index] == 0xFF else { break }
                let marker = bytes[index + 1]
                if marker == 0xFF { index += 1; continue }
                let length = bigEndian(bytes, index + 2, 2)
                // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
                if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                    return ImageHeader(format: .jpeg, width: bigEndian(bytes, index + 7, 2), height: bigEndian(bytes, index + 5, 2))
                }
                index += 2 + length
            }
            throw DocumentError(file: file, "truncated or malformed JPEG: no frame header found")
        }
        throw DocumentError(file: file, "not a PNG or JPEG image")
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
    }
}
