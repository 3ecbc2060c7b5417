/// The seam between layout and fonts: turns text in a style into positioned glyphs with their
/// source clusters. Pango implements it for production; tests may use a fixed-pitch stand-in.
public protocol TextShaper: Sendable {
    func shape(_ text: String, style: TextStyle) throws -> ShapedText
    /// A size whose shapes serve every size: a text shaped at it and `scaled(to:)` another size is
    /// exactly what `shape` gives at that size. Nil when shapes do not scale (hinted fonts).
    var scalingSize: Double? { get }
}

extension TextShaper {
    public var scalingSize: Double? { nil }
}

/// A shaping failure that is the input's or the configuration's fault, not a crash.
public struct ShapingError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
