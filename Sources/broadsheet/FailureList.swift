import Foundation

/// Errors collected from concurrent work.
final class FailureList: @unchecked Sendable {
    private var errors: [Error] = []
    private let lock = NSLock()

    func append(_ error: Error) { lock.withLock { errors.append(error) } }
    var first: Error? { lock.withLock { errors.first } }
}
