/// A problem in an input file, located by file and line so that a designer can fix it.
public struct DocumentError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file that holds the problem (as the user named it or as resolved from a page file).
    public var file: String
    /// 1-based line in `file`, when the problem has one.
    public var line: Int?
    /// What is wrong, in words a designer understands.
    public var message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
