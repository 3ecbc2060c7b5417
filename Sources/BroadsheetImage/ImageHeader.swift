import Foundation

/// The format and pixel size of a JPEG or PNG file, read from its header without decoding it.
public struct ImageHeader: Equatable, Sendable {
    public enum Format: String, Sendable { case png, jpeg }

    public var format: Format
    public var width: Int
    public var height: Int

    public init(format: Format, width: Int, height: Int) {
        self.format = format
        self.width = width
        self.height = height
    }

    /// The header of a JPEG or PNG file's `bytes`, after checking everything that can be checked
    /// without decoding: the format matches the file's extension, the size is within `ImageLimits`,
    /// and the file is complete (its PNG chunks or JPEG segments run to the end marker).
    public init(checking data: Data, file: String) throws {
        let bytes = [UInt8](data)
        let header = try Self.parse(bytes, file: file)
        let suffix = URL(fileURLWithPath: file).pathExtension.lowercased()
        guard let named = ["png": Format.png, "jpg": .jpeg, "jpeg": .jpeg][suffix] else {
            throw ImageError(file: file, "an image file must end in .png, .jpg or .jpeg")
        }
        guard named == header.format else {
            throw ImageError(file: file, "the file is a \(header.format == .png ? "PNG" : "JPEG") image but its name ends in .\(suffix)")
        }
        if let problem = ImageLimits.problem(width: header.width, height: header.height) { throw ImageError(file: file, problem) }
        guard header.format == .png ? Self.pngIsComplete(bytes) : Self.jpegIsComplete(bytes) else {
            throw ImageError(file: file, "truncated \(header.format == .png ? "PNG" : "JPEG"): the file ends before its end marker")
        }
        self = header
    }

    static func parse(_ bytes: [UInt8], file: String) throws -> ImageHeader {
        if bytes.starts(with: pngSignature) {
            guard bytes.count >= 24, bytes[12..<16].elementsEqual("IHDR".utf8) else {
                throw ImageError(file: file, "truncated PNG: no IHDR header")
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
            throw ImageError(file: file, "truncated or malformed JPEG: no frame header found")
        }
        throw ImageError(file: file, "not a PNG or JPEG image")
    }

    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The chunks, each a length, a type, the data and a CRC, run whole to an IEND chunk.
    static func pngIsComplete(_ bytes: [UInt8]) -> Bool {
        var index = pngSignature.count
        while index + 8 <= bytes.count {
            let end = index + 12 + bigEndian(bytes, index, 4)
            guard end <= bytes.count else { return false }
            if bytes[(index + 4)..<(index + 8)].elementsEqual("IEND".utf8) { return true }
            index = end
        }
        return false
    }

    /// The segments, and the entropy-coded data after each scan header, run to an EOI marker.
    static func jpegIsComplete(_ bytes: [UInt8]) -> Bool {
        var index = 2
        while index + 1 < bytes.count {
            guard bytes[index] == 0xFF else { return false }
            let marker = bytes[index + 1]
            switch marker {
            case 0xD9: return true
            case 0xFF: index += 1
            case 0x01, 0xD0...0xD7: index += 2
            default:
                guard index + 3 < bytes.count else { return false }
                index += 2 + bigEndian(bytes, index + 2, 2)
                if marker == 0xDA {
                    // Scan data: a 0xFF in it is followed by 0x00 (stuffing) or a restart marker.
                    while index + 1 < bytes.count && !(bytes[index] == 0xFF && bytes[index + 1] != 0 && !(0xD0...0xD7).contains(bytes[index + 1])) {
                        index += 1
                    }
                }
            }
        }
        return false
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
    }
}
