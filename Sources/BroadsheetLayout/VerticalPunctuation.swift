import BroadsheetText

/// Squeezes two adjacent punctuation marks of a vertical column to 1.5 em (clreq §3.1.6). In vertical
/// text a closing bracket keeps its ink in the upper half of its frame and an opening bracket in the
/// lower half; so do 、，。 in Simplified Chinese and Japanese, set in the frame's top-right corner,
/// whereas Traditional Chinese centres them (clreq §3.1.2). A mark blank below gives up that half
/// before another mark; an opening bracket after an opening bracket gives up its blank top.
enum VerticalPunctuation {
    static func squeeze(_ units: [VerticalUnit], language: LanguageTag) -> [VerticalUnit] {
        var units = units
        for index in units.indices.dropLast() {
            let (current, next) = (blankHalf(of: units[index], language), blankHalf(of: units[index + 1], language))
            if current == .below && next != nil {
                units[index].advance -= units[index].size / 2
            } else if current == .above && next == .above {
                let half = units[index + 1].size / 2
                units[index + 1].advance -= half
                for glyph in units[index + 1].glyphs.indices { units[index + 1].glyphs[glyph].y -= half }
            }
        }
        return units
    }

    private enum BlankHalf { case above, below }

    private static func blankHalf(of unit: VerticalUnit, _ language: LanguageTag) -> BlankHalf? {
        guard unit.orientation == .upright, unit.text.count == 1, let character = unit.text.first else { return nil }
        if opening.contains(character) { return .above }
        if closing.contains(character) || (language != .traditionalChinese && pauses.contains(character)) { return .below }
        return nil
    }

    private static let opening = Set("「『（〔［｛〈《【〖")
    private static let closing = Set("」』）〕］｝〉》】〗")
    private static let pauses = Set("、，。．")
}
