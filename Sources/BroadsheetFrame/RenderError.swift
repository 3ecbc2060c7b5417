/// A failure to write an output (a PDF, a PNG, the press PDF) or to read what it draws, with the file it concerns.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var message: String

    public init(file: String, _ message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
