import Foundation

/// Runs `body` for every element on all cores and returns the results in order; the first error, if
/// any, is thrown once the work begun is done. The calling thread works too, with a thread of its own
/// for each other core, each taking the next element. Not Dispatch's pool: a call made inside another
/// (a PNG's bands inside a page's outputs) waited a band's time for a worker there, the pool counting
/// the outer call's waiting thread as busy.
public func concurrently<Element: Sendable, Result: Sendable, Failure: Error>(
    _ elements: [Element], _ body: @Sendable (Element) throws(Failure) -> Result) throws(Failure) -> [Result] {
    try concurrently(count: elements.count, needing: { _ in [] }) { (index, _: [Result]) throws(Failure) in try body(elements[index]) }
}

/// Runs `body` for elements `0..<count` on all cores, each once the earlier elements it needs
/// (`needing(index)`, all below `index`) are done, and gives it their results in index order; returns
/// the results in order. Work ends as sequential work would: after a failure no later element is
/// begun, and the first failure in order is thrown once the earlier elements are done.
public func concurrently<Result: Sendable, Failure: Error>(
    count: Int, needing: (Int) -> [Int], _ body: @Sendable (Int, [Result]) throws(Failure) -> Result) throws(Failure) -> [Result] {
    let needs = (0..<count).map { index in needing(index).filter { $0 < index }.sorted() }
    let outcome = withoutActuallyEscaping(body) { body -> [Swift.Result<Result, Failure>] in
        let work = SharedWork(needs: needs, body: body)
        for _ in 1..<max(1, min(count, ProcessInfo.processInfo.activeProcessorCount)) {
            Thread.detachNewThread { work.run() }
        }
        work.run()
        // Waits for the elements, not for the helpers: one that starts late finds nothing left (and no
        // longer holds `body`).
        return work.finished()
    }
    return try outcome.map { result throws(Failure) in try result.get() }
}

/// The elements still to take, what each needs, the work to do on each and the results collected.
private final class SharedWork<Value, Failure: Error>: @unchecked Sendable {
    private let needs: [[Int]]
    private var body: ((Int, [Value]) throws(Failure) -> Value)?
    private var results: [Swift.Result<Value, Failure>?]
    private var begun: [Bool]
    private var running = 0
    /// No element from here on is begun: the lowest that failed, else the count.
    private var end: Int
    private let condition = NSCondition()

    init(needs: [[Int]], body: @escaping (Int, [Value]) throws(Failure) -> Value) {
        self.needs = needs
        self.body = body
        results = Array(repeating: nil, count: needs.count)
        begun = Array(repeating: false, count: needs.count)
        end = needs.count
    }

    /// Takes elements until none is left to begin. Each result is recorded only once this thread has
    /// let go of `body`, so that none holds it when `finished` returns.
    func run() {
        while let (index, result) = next() {
            condition.withLock {
                results[index] = result
                if case .failure = result { end = min(end, index) }
                running -= 1
                condition.broadcast()
            }
        }
    }

    /// The lowest element not begun whose needs are done, run; nil when none is left to begin. Waits
    /// while every one left needs an element still running. A thread takes its own reference to `body`
    /// only with an element to run, never while it waits: `finished` may let go of `body` then, and the
    /// caller's closure must have no other holder once `concurrently` returns.
    private func next() -> (Int, Swift.Result<Value, Failure>)? {
        guard let (index, inputs, body) = condition.withLock({ () -> (Int, [Value], (Int, [Value]) throws(Failure) -> Value)? in
            while body != nil {
                var waiting = false
                for index in 0..<end where !begun[index] {
                    let inputs = needs[index].compactMap { try? results[$0]?.get() }
                    guard inputs.count == needs[index].count else { waiting = true; continue }
                    begun[index] = true
                    running += 1
                    return (index, inputs, body!)
                }
                guard waiting && running > 0 else { return nil }
                condition.wait()
            }
            return nil
        }) else { return nil }
        return (index, Swift.Result { () throws(Failure) -> Value in try body(index, inputs) })
    }

    /// The results up to the first failure, once all are in; the work is let go.
    func finished() -> [Swift.Result<Value, Failure>] {
        condition.withLock {
            while running > 0 || (0..<end).contains(where: { !begun[$0] }) { condition.wait() }
            body = nil
            return results[..<min(end + 1, results.count)].map { $0! }
        }
    }
}
