/// Where a Latin word may be broken at a line end with a hyphen.
public protocol Hyphenator: Sendable {
    /// Offsets of the characters of `word` after which a hyphen may end a line, ascending.
    func hyphenationPoints(in word: String) -> [Int]
}
