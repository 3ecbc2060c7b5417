/// A failure to write an output file or to read an image while drawing, with the file it concerns.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var message: String

    public init(file: String, _ message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
