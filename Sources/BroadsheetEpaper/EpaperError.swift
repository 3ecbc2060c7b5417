/// A digital edition that cannot be written, and why.
public struct EpaperError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
