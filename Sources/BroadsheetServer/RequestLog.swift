import Foundation
import Hummingbird
import Logging

/// Every answer counted in the metrics by status and latency, and written to the service's log
/// (swift-log) with its method, path, status and time as metadata: refusals and errors as warnings,
/// the rest at debug level.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    let metrics: ServiceMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        metrics.request(status: response.status.code, since: start)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        context.logger.log(level: response.status.code >= 400 ? .warning : .debug, "answered", metadata: [
            "method": .string(request.method.rawValue), "path": .stringConvertible(request.uri),
            "status": .stringConvertible(response.status.code), "ms": .string(String(format: "%.1f", milliseconds)),
        ])
        return response
    }
}
