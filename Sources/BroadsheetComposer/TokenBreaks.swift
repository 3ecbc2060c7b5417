import BroadsheetText

/// Breaks inside Latin runs, which are otherwise never split: a URL, e-mail address, timestamp or
/// code breaks after `/ . - _ ? & = +`, after the `T` of a timestamp and before `(`; a word breaks
/// after a hard hyphen between letters, or with a hyphen at a pattern point. Each piece keeps at
/// least two characters, so no break leaves a one-character line.
struct TokenBreaks {
    /// A line may end after cluster i, inside its token, with nothing added.
    let plain: [Bool]
    /// A line may end after cluster i with a hyphen added.
    let hyphenated: [Bool]

    static let codeMarks: Set<Character> = ["/", "@", "_", "=", "?", "&", "+"]
    static let breaksAfter: Set<Character> = ["/", ".", "-", "_", "?", "&", "=", "+"]
    static let minimumPiece = 2

    init(_ characters: [Character], classes: [CharacterClass], hyphenator: (any Hyphenator)?) {
        var plain = [Bool](repeating: false, count: characters.count)
        var hyphenated = plain
        var start = 0
        while start < characters.count {
            guard classes[start] == .latin else { start += 1; continue }
            var end = start
            while end < characters.count && classes[end] == .latin { end += 1 }
            let token = Array(characters[start..<end])
            let allowed = start + Self.minimumPiece - 1..<max(start + Self.minimumPiece - 1, end - Self.minimumPiece)
            if Self.isCode(token) {
                for index in allowed where Self.codeBreak(after: index - start, in: token) { plain[index] = true }
            } else {
                for index in allowed where Self.hardHyphen(after: index - start, in: token) { plain[index] = true }
                if let hyphenator {
                    for word in Self.words(in: token) {
                        let text = String(token[word])
                        for point in hyphenator.hyphenationPoints(in: text) where allowed.contains(start + word.lowerBound + point) {
                            hyphenated[start + word.lowerBound + point] = true
                        }
                    }
                }
            }
            start = end
        }
        self.plain = plain
        self.hyphenated = hyphenated
    }

    /// A URL, address, timestamp or code: it holds a mark no word has, or a digit–T–digit.
    static func isCode(_ token: [Character]) -> Bool {
        token.contains(where: codeMarks.contains) || token.indices.contains { isTimestampT($0, in: token) }
    }

    static func codeBreak(after index: Int, in token: [Character]) -> Bool {
        let character = token[index], next = token[index + 1]
        if next == "(" { return true }
        if isTimestampT(index, in: token) { return true }
        // A run of marks (`://`, `..`) stays together and breaks after its last one.
        return breaksAfter.contains(character) && !breaksAfter.contains(next) && next != ":"
    }

    static func hardHyphen(after index: Int, in token: [Character]) -> Bool {
        token[index] == "-" && index > 0 && token[index - 1].isLetter && token[index + 1].isLetter
    }

    static func isTimestampT(_ index: Int, in token: [Character]) -> Bool {
        token[index] == "T" && index > 0 && index + 1 < token.count && token[index - 1].isNumber && token[index + 1].isNumber
    }

    /// The ranges of the token's letter-only words.
    static func words(in token: [Character]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var index = 0
        while index < token.count {
            guard token[index].isLetter else { index += 1; continue }
            var end = index
            while end < token.count && token[end].isLetter { end += 1 }
            words.append(index..<end)
            index = end
        }
        return words
    }
}
