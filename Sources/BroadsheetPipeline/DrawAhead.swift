import BroadsheetConcurrency
import BroadsheetFrame
import Foundation

/// An edition's page files drawn while its later pages are still being laid out: a page waits for the
/// pages that jump to it, so layout keeps the cores only partly busy, and one drawer takes each page's
/// PDF and PNG as soon as the page is done. Writing then takes what is drawn, waits for what is being
/// drawn, and draws itself what the drawer has not reached. A page is taken only for the very frame it
/// was drawn from.
final class DrawAhead: @unchecked Sendable {
    struct Key: Hashable {
        var folder: String
        var dpi: Double
        var number: Int
    }

    private struct Entry {
        let frame: PageFrame
        let work: ClaimedWork<[RenderedOutput]>
    }

    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    private var waiting: [Key] = []
    private var drawing = false

    /// Forgets what an earlier run drew and was not taken.
    func reset() {
        lock.withLock {
            entries = [:]
            waiting = []
        }
    }

    /// Queues `key`'s files, drawn by `draw` from `frame`, for the drawer.
    func add(_ key: Key, frame: PageFrame, draw: @escaping @Sendable () throws -> [RenderedOutput]) {
        let start = lock.withLock {
            entries[key] = Entry(frame: frame, work: ClaimedWork(draw))
            waiting.append(key)
            defer { drawing = true }
            return !drawing
        }
        if start { DispatchQueue.global().async { self.drawWaiting() } }
    }

    private func drawWaiting() {
        while let work = lock.withLock({ () -> ClaimedWork<[RenderedOutput]>? in
            while !waiting.isEmpty {
                if let entry = entries[waiting.removeFirst()] { return entry.work }
            }
            drawing = false
            return nil
        }) {
            work.runIfUnclaimed()
        }
    }

    /// The files drawn ahead for `key` from `frame`, drawn now if the drawer has not begun them; nil
    /// when none were queued for that frame.
    func take(_ key: Key, frame: PageFrame) throws -> [RenderedOutput]? {
        guard let entry = lock.withLock({ entries.removeValue(forKey: key) }), entry.frame == frame else { return nil }
        return try entry.work.value()
    }
}
