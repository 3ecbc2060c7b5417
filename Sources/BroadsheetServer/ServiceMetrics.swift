import Prometheus

/// The service's metrics for `/metrics`, kept and written by swift-prometheus: requests by status and
/// their latency, renders with the time of each stage, the cache, the 304s, the queue.
final class ServiceMetrics: Sendable {
    /// What a render spends its time on: reading the files, laying out, drawing the output.
    enum Stage: String, CaseIterable {
        case load, layout, draw
    }

    private let registry: PrometheusCollectorRegistry
    private let latency: DurationHistogram
    private let renders: DurationHistogram
    private let stages: [Stage: DurationHistogram]
    private let cacheHits: Counter
    private let notModified: Counter
    private let queueDepth: Gauge
    private let running: Gauge
    private let cachedBytes: Gauge

    static let buckets: [Duration] = [.milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
                                      .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10)]

    init() {
        let registry = PrometheusCollectorRegistry()
        self.registry = registry
        func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
            MetricNameDescriptor(namespace: "broadsheet", metricName: metric, unitName: unit, helpText: help)
        }
        latency = registry.makeDurationHistogram(descriptor: name("request_duration", "seconds", "Time from a request to its answer."), buckets: Self.buckets)
        renders = registry.makeDurationHistogram(descriptor: name("render", "seconds", "Time spent reading, laying out and drawing an output."), buckets: Self.buckets)
        stages = Dictionary(uniqueKeysWithValues: Stage.allCases.map { stage in
            (stage, registry.makeDurationHistogram(descriptor: name("render_stage", "seconds", "Time of each stage of a render."),
                                                   labels: [("stage", stage.rawValue)], buckets: Self.buckets))
        })
        cacheHits = registry.makeCounter(descriptor: name("cache_hits", "total", "Outputs served from memory."))
        notModified = registry.makeCounter(descriptor: name("not_modified", "total", "Requests answered 304 by ETag."))
        queueDepth = registry.makeGauge(descriptor: name("queue", "depth", "Renders waiting for a worker."))
        running = registry.makeGauge(descriptor: name("renders", "running", "Renders running now."))
        cachedBytes = registry.makeGauge(descriptor: name("cache", "bytes", "Bytes of rendered outputs kept in memory."))
    }

    func request(status: Int, since start: ContinuousClock.Instant) {
        registry.makeCounter(descriptor: MetricNameDescriptor(namespace: "broadsheet", metricName: "requests", unitName: "total",
                                                              helpText: "HTTP requests answered, by status."),
                             labels: [("status", String(status))]).increment()
        latency.record(ContinuousClock.now - start)
    }

    func rendered(_ duration: Duration) { renders.record(duration) }
    func stage(_ stage: Stage, since start: ContinuousClock.Instant) { stages[stage]!.record(ContinuousClock.now - start) }
    func cacheHit() { cacheHits.increment() }
    func unchanged() { notModified.increment() }

    /// The exposition, with the gauges read now.
    func exposition(queueDepth: Int, busy: Int, cachedBytes: Int) -> String {
        self.queueDepth.set(Double(queueDepth))
        running.set(Double(busy))
        self.cachedBytes.set(Double(cachedBytes))
        return registry.emitToString()
    }
}
