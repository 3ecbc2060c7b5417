import Foundation

/// Work done once, by whoever comes first: a thread asked to do it ahead of time, or the caller that
/// needs its value — which then does it itself rather than wait for a thread that has not begun.
public final class ClaimedWork<Value: Sendable>: @unchecked Sendable {
    private let work: @Sendable () throws -> Value
    private let lock = NSLock()
    private var claimed = false
    private let done = DispatchGroup()
    private var result: Result<Value, Error>?

    public init(_ work: @escaping @Sendable () throws -> Value) {
        self.work = work
        done.enter()
    }

    /// Does the work unless someone has begun it.
    public func runIfUnclaimed() {
        guard lock.withLock({ () -> Bool in
            defer { claimed = true }
            return !claimed
        }) else { return }
        result = Result { try work() }
        done.leave()
    }

    /// The work's value: done now if nobody has begun it, else waited for.
    public func value() throws -> Value {
        runIfUnclaimed()
        done.wait()
        return try result!.get()
    }
}
