/// The pieces of PDF syntax (ISO 32000-1 §7.3) the writer spells out.
enum PDFSyntax {
    /// A real number with at most `decimals` decimals and no trailing zeros (§7.3.3 allows no exponent).
    static func number(_ value: Double, decimals: Int = 3) -> String {
        let scale = [1.0, 10, 100, 1000, 10000][decimals]
        var scaled = (value * scale).rounded()
        if scaled == 0 { scaled = 0 }   // no "-0"
        guard abs(scaled) < 1e15 else { return "0" }
        let negative = scaled < 0
        let digits = String(Int64(abs(scaled)))
        guard decimals > 0 else { return negative ? "-" + digits : digits }
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        var whole = String(padded.dropLast(decimals))
        var fraction = String(padded.suffix(decimals))
        while fraction.last == "0" { fraction.removeLast() }
        if !fraction.isEmpty { whole += "." + fraction }
        return negative ? "-" + whole : whole
    }

    /// Text as a hex string of UTF-16BE with its byte-order mark (§7.9.2.2), for the document's title
    /// and a span's ActualText.
    static func textString(_ text: String) -> String {
        "<FEFF" + text.utf16.map(hex4).joined() + ">"
    }

    /// Four uppercase hex digits.
    static func hex4(_ value: UInt16) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [digits[Int(value >> 12)], digits[Int(value >> 8 & 15)], digits[Int(value >> 4 & 15)], digits[Int(value & 15)]],
                      as: UTF8.self)
    }
}
