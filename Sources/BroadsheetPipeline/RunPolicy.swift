/// What a run lets through instead of failing.
public struct RunPolicy: Sendable, Equatable {
    /// Write the outputs even when text does not fit its block (it is reported as overset).
    public var allowOverset = false
    /// Write the outputs even when a character has no glyph in any configured font.
    public var allowMissingGlyphs = false
    /// Let page and edition files name files outside their project folder.
    public var allowOutside = false
    /// Write the outputs even when automatic make-up has too little copy to fill the page.
    public var allowUnderfill = false

    public init(allowOverset: Bool = false, allowMissingGlyphs: Bool = false, allowOutside: Bool = false, allowUnderfill: Bool = false) {
        self.allowOverset = allowOverset
        self.allowUnderfill = allowUnderfill
        self.allowMissingGlyphs = allowMissingGlyphs
        self.allowOutside = allowOutside
    }
}

/// A run that found what its policy does not allow; nothing was written.
public struct RunFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
