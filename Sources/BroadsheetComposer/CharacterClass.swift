import BroadsheetText

/// The composition class of a character, after clreq §3.1 (punctuation) and §3.2 (mixed scripts),
/// with jlreq's class numbers noted where they coincide.
public enum CharacterClass: Equatable, Sendable {
    /// Han ideographs, kana, Hangul and any other CJK character (`CJKScript`) of no class below:
    /// breakable on both sides.
    case ideograph
    /// Opening brackets and quotes (jlreq cl-01): never at line end.
    case opening
    /// Closing brackets and quotes (jlreq cl-02): never at line start.
    case closing
    /// Pause marks 、，；： (jlreq cl-07 and the colon/semicolon of cl-05): never at line start.
    case pause
    /// Stop marks 。．？！ (jlreq cl-04, cl-06): never at line start; kept full width by 开明 style.
    case stop
    /// Interpuncts · ・ (jlreq cl-05): never at line start (clreq §3.1.4 basic level).
    case middleDot
    /// Connector marks – ～: never at line start.
    case connector
    /// The solidus ／ (分隔号): never at line start; under the GB and strict levels never at line end.
    case solidus
    /// Marks that must not begin a line in Japanese: small kana (cl-11), ー (cl-10), iteration marks (cl-09).
    case nonStarter
    /// The em dash and ellipsis: a pair of them is one unbreakable 2-em unit (clreq §3.1.5).
    case dashOrEllipsis
    /// Latin letters, digits and the punctuation inside words and numbers: never broken inside.
    case latin
    case space
    /// Anything else (symbols, emoji): breakable on both sides.
    case other

    public init(_ character: Character) {
        guard let scalar = character.unicodeScalars.first else { self = .other; return }
        if let known = Self.table[scalar.value] { self = known; return }
        if character.isWhitespace { self = .space; return }
        if scalar.isCJK { self = .ideograph; return }
        if character.isLetter || character.isNumber || Self.latinInner.contains(scalar) { self = .latin; return }
        self = character.isPunctuation ? .latin : .other
    }

    /// Punctuation that stays inside a Latin word or number: 3.5, 1,000, 12:30, a-b, a/b, 50%, http://…
    private static let latinInner: Set<Unicode.Scalar> = [".", ",", ":", "-", "/", "%", "@", "_", "'", "&", "+", "#", "=", "?", "~"]

    private static let table: [UInt32: CharacterClass] = {
        var table: [UInt32: CharacterClass] = [:]
        // clreq §3.1.4 basic level: opening marks not at line end.
        for scalar in "“‘（〔［｛〈《「『【〖〘〚" .unicodeScalars { table[scalar.value] = .opening }
        // Closing marks not at line start.
        for scalar in "”’）〕］｝〉》」』】〗〙〛" .unicodeScalars { table[scalar.value] = .closing }
        for scalar in "、，；：" .unicodeScalars { table[scalar.value] = .pause }
        for scalar in "。．？！" .unicodeScalars { table[scalar.value] = .stop }
        for scalar in "·・" .unicodeScalars { table[scalar.value] = .middleDot }
        for scalar in "～〜–" .unicodeScalars { table[scalar.value] = .connector }
        table[UInt32(0xFF0F)] = .solidus
        for scalar in "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿーゝゞヽヾ々〻" .unicodeScalars {
            table[scalar.value] = .nonStarter
        }
        for scalar in "—⸺…⋯" .unicodeScalars { table[scalar.value] = .dashOrEllipsis }
        return table
    }()

    /// Full-width punctuation whose frame is one em with blank parts (clreq §3.1.6).
    public var isFullWidthPunctuation: Bool {
        switch self {
        case .opening, .closing, .pause, .stop, .middleDot: true
        default: false
        }
    }
}
