import BroadsheetPipeline
import Foundation

/// Pages and editions laid out, kept by the content key of their input files, the least recently used
/// dropped first: a page's PDF, PNG, thumbnail and proof asked one after another after an edit share
/// one layout. Locked rather than an actor: the render pool's workers use it synchronously.
final class LayoutCache: @unchecked Sendable {
    private let limit: Int
    private let lock = NSLock()
    private var entries: [String: (document: LaidOutDocument, used: UInt64)] = [:]
    private var clock: UInt64 = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// The layout kept under `key`, or `make()`'s, kept.
    func laidOut(_ key: String, make: () throws -> LaidOutDocument) throws -> LaidOutDocument {
        if let known = lock.withLock({ () -> LaidOutDocument? in
            clock += 1
            guard let entry = entries[key] else { return nil }
            entries[key] = (entry.document, clock)
            return entry.document
        }) {
            return known
        }
        let document = try make()
        lock.withLock {
            clock += 1
            entries[key] = (document, clock)
            while entries.count > limit, let oldest = entries.min(by: { $0.value.used < $1.value.used }) { entries[oldest.key] = nil }
        }
        return document
    }
}
