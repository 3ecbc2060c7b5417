/// A stretch of a vertical column's text that is set in one orientation (clreq §3.2.3): a number of
/// 2–3 ASCII digits, with an optional following %, is set across the column (纵中横); any other Latin
/// run of two or more characters is turned 90° clockwise; everything else, a lone digit or letter
/// included, stands upright.
public struct VerticalRun: Equatable, Sendable {
    public var text: String
    public var orientation: VerticalUnit.Orientation

    public init(text: String, orientation: VerticalUnit.Orientation) {
        self.text = text
        self.orientation = orientation
    }

    /// Splits `text` into runs, in order; upright neighbours are merged.
    public static func split(_ text: String) -> [VerticalRun] {
        var runs: [VerticalRun] = []
        func append(_ piece: String, _ orientation: VerticalUnit.Orientation) {
            if orientation == .upright, let last = runs.last, last.orientation == .upright {
                runs[runs.count - 1].text += piece
            } else {
                runs.append(VerticalRun(text: piece, orientation: orientation))
            }
        }
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard isLatin(characters[index]) else {
                append(String(characters[index]), .upright)
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count,
                  isLatin(characters[end]) || (joiners.contains(characters[end]) && end + 1 < characters.count && isLatin(characters[end + 1])) {
                end += 1
            }
            let orientation: VerticalUnit.Orientation
            if characters[index..<end].allSatisfy(\.isASCIIDigit) && (2...3).contains(end - index) {
                orientation = .tateChuYoko
                if end < characters.count, characters[end] == "%" { end += 1 }
            } else {
                orientation = end - index == 1 ? .upright : .rotated
            }
            append(String(characters[index..<end]), orientation)
            index = end
        }
        return runs
    }

    /// Letters and digits that are not CJK (full-width forms are).
    private static func isLatin(_ character: Character) -> Bool {
        !character.isCJK && (character.isLetter || character.isNumber)
    }

    /// Punctuation that stays inside a Latin word or number (3.5, COVID-19, A/B, it's).
    private static let joiners: Set<Character> = [".", ",", "-", "'", "/", ":", "&", "+", "_", "@", " "]
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
