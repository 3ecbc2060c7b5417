/// A file that cannot be read or written as asked, named as the user gave it.
public struct FileError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    /// What went wrong, in words a designer understands.
    public var message: String

    public init(file: String, _ message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
