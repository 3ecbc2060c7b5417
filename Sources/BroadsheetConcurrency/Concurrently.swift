import Foundation

/// Runs `body` for every element on all cores and returns the results in order; the first error, if
/// any, is thrown once all are done. The calling thread works too, with a thread of its own for each
/// other core, each taking the next element. Not Dispatch's pool: a call made inside another (a PNG's
/// bands inside a page's outputs) waited a band's time for a worker there, the pool counting the outer
/// call's waiting thread as busy.
public func concurrently<Element: Sendable, Result: Sendable, Failure: Error>(
    _ elements: [Element], _ body: @Sendable (Element) throws(Failure) -> Result) throws(Failure) -> [Result] {
    let outcome = withoutActuallyEscaping(body) { body -> [Swift.Result<Result, Failure>] in
        let work = SharedWork(elements: elements, body: body)
        for _ in 1..<max(1, min(elements.count, ProcessInfo.processInfo.activeProcessorCount)) {
            Thread.detachNewThread { work.run() }
        }
        work.run()
        // Waits for the elements, not for the helpers: one that starts late finds nothing left (and no
        // longer holds `body`).
        return work.finished()
    }
    return try outcome.map { result throws(Failure) in try result.get() }
}

/// The elements still to take, the work to do on each and the results collected.
private final class SharedWork<Element: Sendable, Value, Failure: Error>: @unchecked Sendable {
    private let elements: [Element]
    private var body: ((Element) throws(Failure) -> Value)?
    private var results: [Swift.Result<Value, Failure>?]
    private var taken = 0, done = 0
    private let condition = NSCondition()

    init(elements: [Element], body: @escaping (Element) throws(Failure) -> Value) {
        self.elements = elements
        self.body = body
        results = Array(repeating: nil, count: elements.count)
    }

    /// Takes elements until none is left. Each result is recorded only once this thread has let go of
    /// `body`, so that none holds it when `finished` returns.
    func run() {
        while let (index, result) = next() {
            condition.withLock {
                results[index] = result
                done += 1
                condition.broadcast()
            }
        }
    }

    private func next() -> (Int, Swift.Result<Value, Failure>)? {
        guard let (index, body) = condition.withLock({ () -> (Int, (Element) throws(Failure) -> Value)? in
            guard taken < elements.count, let body else { return nil }
            defer { taken += 1 }
            return (taken, body)
        }) else { return nil }
        return (index, Swift.Result { () throws(Failure) -> Value in try body(elements[index]) })
    }

    /// Every element's result, once all are in; the work is let go.
    func finished() -> [Swift.Result<Value, Failure>] {
        condition.withLock {
            while done < elements.count { condition.wait() }
            body = nil
            return results.map { $0! }
        }
    }
}
