/// Text escaped for XML and HTML content and attribute values.
extension String {
    var xmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }
}

extension String {
    /// The name made fit for an XML ID and a file name: letters, digits, `-` and `_` kept, anything else `-`.
    var xmlName: String {
        String(map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    }
}

extension Double {
    /// A coordinate with two decimals at most: `12.5`, `100`.
    var coordinate: String {
        let rounded = (self * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
