import Foundation

/// Counters for `/metrics`, in Prometheus's text format.
actor ServiceMetrics {
    private var requests: [String: Int] = [:]
    private var renders = 0
    private var renderSeconds = 0.0
    private var cacheHits = 0
    private var notModified = 0

    func request(status: Int) { requests[String(status), default: 0] += 1 }
    func rendered(seconds: Double) {
        renders += 1
        renderSeconds += seconds
    }
    func cacheHit() { cacheHits += 1 }
    func unchanged() { notModified += 1 }

    func exposition(queueDepth: Int, busy: Int, cachedBytes: Int) -> String {
        var lines = ["# HELP broadsheet_requests_total HTTP requests answered, by status.", "# TYPE broadsheet_requests_total counter"]
        for (status, count) in requests.sorted(by: { $0.key < $1.key }) { lines.append("broadsheet_requests_total{status=\"\(status)\"} \(count)") }
        lines += [
            "# HELP broadsheet_render_seconds Time spent laying out and drawing.", "# TYPE broadsheet_render_seconds summary",
            "broadsheet_render_seconds_sum \(renderSeconds)", "broadsheet_render_seconds_count \(renders)",
            "# HELP broadsheet_cache_hits_total Outputs served from memory.", "# TYPE broadsheet_cache_hits_total counter",
            "broadsheet_cache_hits_total \(cacheHits)",
            "# HELP broadsheet_not_modified_total Requests answered 304 by ETag.", "# TYPE broadsheet_not_modified_total counter",
            "broadsheet_not_modified_total \(notModified)",
            "# HELP broadsheet_queue_depth Renders waiting for a worker.", "# TYPE broadsheet_queue_depth gauge",
            "broadsheet_queue_depth \(queueDepth)",
            "# HELP broadsheet_renders_running Renders running now.", "# TYPE broadsheet_renders_running gauge",
            "broadsheet_renders_running \(busy)",
            "# HELP broadsheet_cache_bytes Bytes of rendered outputs kept in memory.", "# TYPE broadsheet_cache_bytes gauge",
            "broadsheet_cache_bytes \(cachedBytes)",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
