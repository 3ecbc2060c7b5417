import BroadsheetConcurrency
import Foundation
import Testing

/// The scheduler under edition layout, page outputs and PNG bands: order, needs, and failures.
@Suite("Concurrent work")
struct ConcurrentlyTests {
    /// What the elements did, in the order they did it.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [String] = []
        func add(_ event: String) { lock.withLock { events.append(event) } }
        var all: [String] { lock.withLock { events } }
    }

    struct Failure: Error, Equatable { let element: Int }

    @Test("each element begins after the elements it needs end, is given their results in order, and results come in order")
    func needs() throws {
        let log = Log()
        let needs: [Int: [Int]] = [2: [0], 5: [4, 1, 3], 7: [5, 6]]
        let results = try concurrently(count: 8, needing: { needs[$0] ?? [] }) { (index, inputs: [String]) -> String in
            log.add("begin \(index)")
            #expect(inputs == (needs[index] ?? []).sorted().map { "\($0)" }, "element \(index) given \(inputs)")
            Thread.sleep(forTimeInterval: Double(8 - index) * 0.002)
            log.add("end \(index)")
            return "\(index)"
        }
        #expect(results == (0..<8).map { "\($0)" })
        let events = log.all
        for (element, needed) in needs {
            let begin = try #require(events.firstIndex(of: "begin \(element)"))
            for other in needed { #expect(try #require(events.firstIndex(of: "end \(other)")) < begin, "\(element) began before \(other) ended") }
        }
    }

    @Test("after a failure no later element begins, and the failure thrown is the first in order, as working one by one")
    func failures() throws {
        let log = Log()
        // Element 1 fails late, element 3 early: working in order, element 1's failure comes first.
        let error = try #require(throws: Failure.self) {
            try concurrently(count: 40, needing: { $0 == 30 ? [3] : [] }) { (index, _: [Int]) throws(Failure) -> Int in
                log.add("begin \(index)")
                if index == 1 { Thread.sleep(forTimeInterval: 0.05); throw Failure(element: 1) }
                if index == 3 { throw Failure(element: 3) }
                return index
            }
        }
        #expect(error == Failure(element: 1))
        #expect(!log.all.contains("begin 30"), "an element needing a failed one is not begun")
        #expect(log.all.count < 40, "elements after the failures were begun: \(log.all)")
    }

    @Test("elements without needs are all done, on every core, the results in order")
    func plain() {
        let squares = concurrently(Array(0..<100)) { $0 * $0 }
        #expect(squares == (0..<100).map { $0 * $0 })
    }
}
