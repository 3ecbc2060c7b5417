import CQREncode
import Glibc

/// A QR Code symbol (ISO/IEC 18004) encoded by libqrencode: its modules, dark or light, row by row,
/// without the quiet zone a printed symbol needs around it (`QRCode.quietZone`).
public struct QRCode: Equatable, Sendable {
    /// The error correction level: the share of the symbol that may be damaged and still read.
    public enum Correction: Sendable {
        case low, medium, quartile, high
    }

    /// Modules a side.
    public let size: Int
    private let dark: [Bool]

    /// The light modules each side of a printed symbol (ISO/IEC 18004 §6.3.8).
    public static let quietZone = 4

    /// Encodes `text`'s UTF-8 bytes in the smallest symbol that holds them at `correction`.
    public init(encoding text: String, correction: Correction = .medium) throws(QRCodeError) {
        guard !text.isEmpty else { throw QRCodeError(text: text, reason: "nothing to encode") }
        let level: QRecLevel = switch correction {
        case .low: QR_ECLEVEL_L
        case .medium: QR_ECLEVEL_M
        case .quartile: QR_ECLEVEL_Q
        case .high: QR_ECLEVEL_H
        }
        guard let symbol = QRcode_encodeString8bit(text, 0, level) else {
            throw QRCodeError(text: text, reason: errno == ERANGE ? "too long for a QR Code" : String(cString: strerror(errno)))
        }
        defer { QRcode_free(symbol) }
        size = Int(symbol.pointee.width)
        // Bit 0 of each byte is the module's colour: 1 dark.
        dark = (0..<(size * size)).map { symbol.pointee.data[$0] & 1 == 1 }
    }

    /// Whether the module at `row`, `column` (from the top left, 0-based) is dark.
    public func isDark(row: Int, column: Int) -> Bool { dark[row * size + column] }
}

/// A text libqrencode could not encode.
public struct QRCodeError: Error, Equatable, CustomStringConvertible {
    public var text: String
    public var reason: String
    public var description: String { "cannot encode '\(text)' as a QR Code: \(reason)" }
}
