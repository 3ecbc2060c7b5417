import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The encoding a text file that is not UTF-8 most likely is in — UTF-16, or one of the legacy CJK
/// encodings newsrooms still produce (GBK/GB18030, Big5, Shift_JIS, EUC-KR) — so that the error can say
/// how to convert it.
public struct LegacyEncoding: Equatable, Sendable {
    /// The name `iconv -f` takes.
    public let iconvName: String
    /// The name people use for it.
    public let label: String

    /// How to convert `file` to UTF-8.
    public func conversion(of file: String) -> String {
        "iconv -f \(iconvName) -t UTF-8 '\(file)' > '\(file).utf8' && mv '\(file).utf8' '\(file)'"
    }

    private static let candidates: [(encoding: LegacyEncoding, frequent: String)] = [
        (LegacyEncoding(iconvName: "GB18030", label: "GBK/GB18030 (Simplified Chinese)"), "的一是不了在人有我他这中大来上个国到说们为和地出道也时年会"),
        (LegacyEncoding(iconvName: "BIG5", label: "Big5 (Traditional Chinese)"), "的一是不了在人有我他這中大來上個國到說們為和地出道也時年會"),
        (LegacyEncoding(iconvName: "SHIFT_JIS", label: "Shift_JIS (Japanese)"), "のはにをたがでてとしれさるいうかなす日本年月"),
        (LegacyEncoding(iconvName: "EUC-KR", label: "EUC-KR (Korean)"), "이의는다에을를하고한로가서있것수지기사"),
    ]

    /// The likeliest encoding of `bytes`, or nil when none fits.
    public static func guess(_ bytes: Data) -> LegacyEncoding? {
        if let utf16 = utf16(bytes) { return utf16 }
        var best: (encoding: LegacyEncoding, score: Int)?
        for candidate in candidates {
            guard let text = decode(bytes, from: candidate.encoding.iconvName) else { continue }
            let score = text.reduce(0) { $0 + (candidate.frequent.contains($1) ? 1 : 0) }
            if score > (best?.score ?? 0) { best = (candidate.encoding, score) }
        }
        return best?.encoding
    }

    /// UTF-16 by its byte order mark, or by the zero bytes Latin text has in every other byte.
    static func utf16(_ bytes: Data) -> LegacyEncoding? {
        if bytes.starts(with: [0xFF, 0xFE]) { return LegacyEncoding(iconvName: "UTF-16LE", label: "UTF-16 (little-endian)") }
        if bytes.starts(with: [0xFE, 0xFF]) { return LegacyEncoding(iconvName: "UTF-16BE", label: "UTF-16 (big-endian)") }
        let pairs = bytes.count / 2
        guard pairs >= 8 else { return nil }
        let start = bytes.startIndex
        let zeroHigh = (0..<pairs).filter { bytes[start + 2 * $0 + 1] == 0 }.count
        let zeroLow = (0..<pairs).filter { bytes[start + 2 * $0] == 0 }.count
        if zeroHigh * 4 > pairs { return LegacyEncoding(iconvName: "UTF-16LE", label: "UTF-16 (little-endian)") }
        if zeroLow * 4 > pairs { return LegacyEncoding(iconvName: "UTF-16BE", label: "UTF-16 (big-endian)") }
        return nil
    }

    /// `bytes` converted from `encoding`, or nil when they are not valid in it.
    private static func decode(_ bytes: Data, from encoding: String) -> String? {
        let converter = iconv_open("UTF-8", encoding)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [CChar](bytes.map { CChar(bitPattern: $0) })
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 4)
        var inputLeft = input.count, outputLeft = output.count - 1
        let result = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inputPointer = inputBuffer.baseAddress, outputPointer = outputBuffer.baseAddress
                return iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
            }
        }
        guard result != -1 && inputLeft == 0 else { return nil }
        return String(decoding: output.prefix(output.count - 1 - outputLeft).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
