/// An image file that is missing, of the wrong kind or too large, named as the page gave it.
public struct ImageError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    /// What is wrong with the image, in words a designer understands.
    public var message: String

    init(file: String, _ message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
