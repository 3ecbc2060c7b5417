/// Which of the CJK writing systems a character belongs to: the one answer Broadsheet gives to
/// "is this CJK" — for line breaking, for joining the lines of a paragraph without a word space, for
/// the stand-in shapers' widths and for the runs of vertical text.
///
/// It goes by the Unicode blocks of the East Asian scripts (the Unicode Standard, chapter 18), and
/// counts as CJK punctuation the quotation marks, dash and ellipsis that Chinese and Japanese text set
/// full width though Unicode leaves their width ambiguous (UAX #11).
public enum CJKScript: Sendable {
    /// Ideographs of the unified, extension and compatibility blocks, radicals and strokes.
    case han
    case kana
    case bopomofo
    /// Syllables and jamo.
    case hangul
    /// CJK symbols and punctuation, vertical and compatibility forms, and “ ” ‘ ’ — … set full width.
    case punctuation
    /// The Halfwidth and Fullwidth Forms block: full-width Latin and punctuation, half-width kana and Hangul.
    case widthForm
}

extension Unicode.Scalar {
    /// The CJK script of the character, or nil when it is not CJK.
    public var cjkScript: CJKScript? {
        switch value {
        case 0x2E80...0x2FDF, 0x31C0...0x31EF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: .han
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x1AFF0...0x1B16F: .kana
        case 0x3100...0x312F, 0x31A0...0x31BF: .bopomofo
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7FF: .hangul
        case 0x2FF0...0x303F, 0x3190...0x319F, 0x3200...0x33FF, 0x4DC0...0x4DFF, 0xFE10...0xFE1F, 0xFE30...0xFE4F,
             0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026: .punctuation
        case 0xFF00...0xFFEF: .widthForm
        default: nil
        }
    }

    public var isCJK: Bool { cjkScript != nil }
}

extension Character {
    /// The CJK script of the character's base (its first scalar), or nil when it is not CJK.
    public var cjkScript: CJKScript? { unicodeScalars.first?.cjkScript }

    public var isCJK: Bool { cjkScript != nil }
}
