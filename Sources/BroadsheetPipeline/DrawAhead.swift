import BroadsheetFrame
import Foundation

/// An edition's page files drawn while its later pages are still being laid out: layout runs page
/// after page on one core (jumps need the pages before), so one drawer takes each page's PDF and PNG
/// on another as soon as the page is done. Writing then takes what is drawn, waits for what is being
/// drawn, and draws itself what the drawer has not reached. A page is taken only for the very frame it
/// was drawn from.
final class DrawAhead: @unchecked Sendable {
    struct Key: Hashable {
        var folder: String
        var dpi: Double
        var number: Int
    }

    private final class Entry: @unchecked Sendable {
        let frame: PageFrame
        let draw: @Sendable () throws -> [RenderedOutput]
        let done = DispatchGroup()
        var claimed = false
        var result: Result<[RenderedOutput], Error>?

        init(frame: PageFrame, draw: @escaping @Sendable () throws -> [RenderedOutput]) {
            self.frame = frame
            self.draw = draw
            done.enter()
        }

        func run() {
            result = Result { try draw() }
            done.leave()
        }
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
            entries[key] = Entry(frame: frame, draw: draw)
            waiting.append(key)
            defer { drawing = true }
            return !drawing
        }
        if start { DispatchQueue.global().async { self.drawWaiting() } }
    }

    private func drawWaiting() {
        while let entry = lock.withLock({ () -> Entry? in
            while let key = waiting.first {
                waiting.removeFirst()
                if let entry = entries[key], !entry.claimed { entry.claimed = true; return entry }
            }
            drawing = false
            return nil
        }) {
            entry.run()
        }
    }

    /// The files drawn ahead for `key` from `frame`, drawn now if the drawer has not begun them; nil
    /// when none were queued for that frame.
    func take(_ key: Key, frame: PageFrame) throws -> [RenderedOutput]? {
        guard let (entry, mine) = lock.withLock({ () -> (Entry, Bool)? in
            guard let entry = entries.removeValue(forKey: key), entry.frame == frame else { return nil }
            defer { entry.claimed = true }
            return (entry, !entry.claimed)
        }) else { return nil }
        if mine { entry.run() }
        entry.done.wait()
        return try entry.result!.get()
    }
}
