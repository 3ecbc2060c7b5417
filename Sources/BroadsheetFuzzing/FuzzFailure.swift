/// A broken promise found by a fuzz input — a crash, an error that names no file, lost text — as
/// opposed to an input error, which is the expected answer to most fuzz inputs.
public struct FuzzFailure: Error, CustomStringConvertible, Sendable {
    public var description: String

    init(_ description: String) { self.description = description }

    /// Fails with `description` unless `condition` holds.
    static func expect(_ condition: Bool, _ description: @autoclosure () -> String) throws {
        if !condition { throw FuzzFailure(description()) }
    }
}
