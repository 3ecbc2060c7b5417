/// Copy as it comes from a file, made fit to set: a tab is set as a space; any other control
/// character (C0, DEL, C1) is refused, named by its code point; and a run of more than 30 combining
/// marks is broken by a combining grapheme joiner, as Unicode's Stream-Safe Text Format does (UAX #15
/// §13), so that shaping a pathological grapheme cluster stays linear. Newlines are split off by the
/// callers (a story's lines) or kept (a headline's forced line breaks) as they ask.
enum CopyText {
    /// The most combining marks in a row before a combining grapheme joiner (UAX #15 §13).
    static let maximumNonStarters = 30
    static let combiningGraphemeJoiner: Unicode.Scalar = "\u{034F}"

    /// A control character found in copy, with how many characters precede it on its line.
    struct ControlCharacter: Error {
        let scalar: Unicode.Scalar
        let column: Int

        func message(in what: String) -> String {
            "\(what) holds the control character U+\(String(format: "%04X", scalar.value)) at column \(column); remove it"
        }
    }

    /// The first control character of a whole file's text (but tabs and line ends), with its line.
    static func firstControlCharacter(in text: String) -> (line: Int, character: ControlCharacter)? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if scalar.properties.generalCategory == .control && scalar != "\t" && scalar != "\r" {
                return (line, ControlCharacter(scalar: scalar, column: column))
            }
            column += 1
        }
        return nil
    }

    static func clean(_ text: String, keepingNewlines: Bool) throws(ControlCharacter) -> String {
        var result = String.UnicodeScalarView()
        var nonStarters = 0
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" && keepingNewlines {
                result.append(scalar)
                column = 1
                nonStarters = 0
                continue
            }
            if scalar == "\t" {
                result.append(" ")
            } else if scalar.properties.generalCategory == .control {
                throw ControlCharacter(scalar: scalar, column: column)
            } else if scalar.properties.canonicalCombiningClass != .notReordered {
                if nonStarters == maximumNonStarters {
                    result.append(combiningGraphemeJoiner)
                    nonStarters = 0
                }
                nonStarters += 1
                result.append(scalar)
            } else {
                nonStarters = 0
                result.append(scalar)
            }
            column += 1
        }
        return String(result)
    }
}
