import Foundation

/// Renders run at most `workers` at a time, each on a thread of its own (layout and drawing block);
/// at most `queueLimit` more wait their turn, and a request past that is refused at once.
actor RenderPool {
    let workers: Int
    let queueLimit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(workers: Int, queueLimit: Int) {
        self.workers = max(1, workers)
        self.queueLimit = max(0, queueLimit)
    }

    /// Renders waiting for a worker.
    var queueDepth: Int { waiting.count }
    /// Renders running now.
    var busy: Int { running }

    /// Runs `body` on a worker thread once one is free; throws `RenderPoolFull` when the queue is full.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await acquire()
        defer { release() }
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result(catching: body)) }
        }
    }

    private func acquire() async throws {
        if running < workers {
            running += 1
            return
        }
        guard waiting.count < queueLimit else { throw RenderPoolFull(queued: waiting.count) }
        // The worker that finishes hands its slot over (`release`), so `running` stays as it is.
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty { running -= 1 } else { waiting.removeFirst().resume() }
    }
}

/// Every worker is busy and the queue is full: the client should come back later.
struct RenderPoolFull: Error, CustomStringConvertible {
    let queued: Int
    var description: String { "every renderer is busy and \(queued) requests are waiting; try again shortly" }
}

/// A render took longer than the request waits; it goes on, and its output is kept for the next request.
struct RenderTimedOut: Error, CustomStringConvertible {
    let limit: Duration
    var description: String { "the render takes longer than \(limit); it goes on, and the page will be ready when asked again" }
}
