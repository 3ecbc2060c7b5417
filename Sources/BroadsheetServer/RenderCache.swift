import Foundation

/// Rendered outputs kept in memory by content key, the least recently used dropped first once they
/// hold more than `limit` bytes.
actor RenderCache {
    let limit: Int
    private var entries: [String: (data: Data, used: UInt64)] = [:]
    private var bytes = 0
    private var clock: UInt64 = 0

    init(limit: Int) {
        self.limit = limit
    }

    func data(for key: String) -> Data? {
        guard let entry = entries[key] else { return nil }
        clock += 1
        entries[key] = (entry.data, clock)
        return entry.data
    }

    func store(_ data: Data, for key: String) {
        guard data.count <= limit else { return }
        clock += 1
        if let old = entries.updateValue((data, clock), forKey: key) { bytes -= old.data.count }
        bytes += data.count
        while bytes > limit, let oldest = entries.min(by: { $0.value.used < $1.value.used }) {
            bytes -= oldest.value.data.count
            entries[oldest.key] = nil
        }
    }

    var storedBytes: Int { bytes }
}
