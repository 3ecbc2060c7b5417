/// The seam between layout and fonts: turns text in a style into positioned glyphs with their
/// source clusters. Pango implements it for production; tests may use a fixed-pitch stand-in.
public protocol TextShaper: Sendable {
    func shape(_ text: String, style: TextStyle) throws -> ShapedText
}

/// A shaping failure that is the input's or the configuration's fault, not a crash.
public struct ShapingError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
