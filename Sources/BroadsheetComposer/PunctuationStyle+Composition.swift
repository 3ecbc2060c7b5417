import BroadsheetText

extension PunctuationStyle {
    /// An opening bracket at line start gives up its blank half (clreq §3.1.6 "may"). Not in 全角,
    /// where it would pull the whole line off the character grid.
    var trimsOpeningAtLineStart: Bool { self == .kaiming || self == .banjiao }

    /// GB/T 15834 §5.1.10: full-width punctuation at line end is set half width.
    var trimsLineEnd: Bool { self != .none }
}
