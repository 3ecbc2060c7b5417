import BroadsheetText

extension KinsokuLevel {
    /// May a line break fall between `before` and `after`? Units never split at any level: Latin
    /// words and numbers, a number and the unit after it, a doubled dash or ellipsis (clreq §3.1.5).
    /// `beforeSpace` is the class before the spaces when `before` is a space: a stray space beside a
    /// mark (pasted-copy noise, 。 ” or “ 他) is no break where the mark itself may not stand.
    func mayBreak(between before: CharacterClass, and after: CharacterClass, beforeSpace: CharacterClass?,
                  language: LanguageTag, betweenSyllables: Bool = false) -> Bool {
        if after == .space { return false }
        if before == .space {
            guard self != .none, let beforeSpace else { return true }
            return mayStart(after, language: language) && mayEnd(beforeSpace)
        }
        if before == .latin && after == .latin { return false }
        if before == .dashOrEllipsis && after == .dashOrEllipsis { return false }
        // Korean breaks between words, at spaces only, unless it breaks between syllables too (klreq §3.1).
        if language == .korean && !betweenSyllables { return false }
        if self == .none { return true }
        if !mayStart(after, language: language) { return false }
        if !mayEnd(before) { return false }
        return true
    }

    /// May a line begin with a character of this class?
    public func mayStart(_ kind: CharacterClass, language: LanguageTag) -> Bool {
        switch kind {
        case .closing, .pause, .stop, .middleDot, .connector, .solidus: return false
        // jlreq cl-09, cl-10, cl-11 (iteration marks, ー, small kana) belong to Japanese text.
        case .nonStarter: return language != .japanese && self != .strict
        case .dashOrEllipsis: return self != .strict
        default: return true
        }
    }

    /// May a line end with a character of this class?
    public func mayEnd(_ kind: CharacterClass) -> Bool {
        switch kind {
        case .opening: false
        case .solidus: self == .basic
        default: true
        }
    }
}
