import Foundation
import Testing

/// `broadsheet serve` stopped with SIGTERM while it answers: what is under way reaches its clients, in
/// bounded time, and the process exits 0.
@Suite("Serve shutdown", .serialized)
struct ServeShutdownTests {
    /// `broadsheet serve PROJECT --port P OPTIONS…` once it answers /healthz.
    func serve(_ project: URL, _ options: [String] = []) throws -> (pid: pid_t, port: Int) {
        let port = try TestSupport.freePort()
        let pid = try TestSupport.spawn(TestSupport.broadsheet, ["serve", project.path, "--port", String(port)] + options)
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let client = try? SocketHTTPClient(port: port), (try? client.get("/healthz"))?.status == 200 { return (pid, port) }
            if let status = TestSupport.wait(pid, within: 0.1) { throw TestFailure("broadsheet serve exited (\(status)) before it answered") }
        }
        kill(pid, SIGKILL)
        _ = TestSupport.wait(pid)
        throw TestFailure("broadsheet serve did not answer within 30 s")
    }

    /// The server's exit status once it has exited, within `seconds`; nil, and the server killed, if it has not.
    func exitStatus(_ pid: pid_t, within seconds: Double) -> Int32? {
        if let status = TestSupport.wait(pid, within: seconds) { return status }
        kill(pid, SIGKILL)
        _ = TestSupport.wait(pid)
        return nil
    }

    @Test("a live-reload event stream open at SIGTERM ends with its last chunk, and the server exits 0")
    func eventStream() throws {
        let project = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.createDirectory(at: project.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16"),
                                         to: project.appendingPathComponent("front"))
        let (pid, port) = try serve(project)
        let client = try SocketHTTPClient(port: port)
        #expect(try client.get("/api/events?page=front/page").status == 200)
        _ = try client.body { String(decoding: $0, as: UTF8.self).contains("retry: 1000") }
        kill(pid, SIGTERM)
        let stream = String(decoding: try client.body(), as: UTF8.self)
        #expect(stream.hasSuffix("\r\n0\r\n\r\n"), "the stream's end: \(stream.suffix(40).debugDescription)")
        #expect(exitStatus(pid, within: 5) == 0)
    }
}
