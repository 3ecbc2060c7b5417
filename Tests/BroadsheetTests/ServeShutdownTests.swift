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

    /// A project folder holding a copy of the example page as `front/page.yaml`.
    static func exampleProject() throws -> URL {
        let project = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: project.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16"),
                                         to: project.appendingPathComponent("front"))
        return project
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
        let project = try Self.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let (pid, port) = try serve(project)
        let client = try SocketHTTPClient(port: port)
        #expect(try client.get("/api/events?page=front/page").status == 200)
        _ = try client.body { String(decoding: $0, as: UTF8.self).contains("retry: 1000") }
        kill(pid, SIGTERM)
        let stream = String(decoding: try client.body(), as: UTF8.self)
        #expect(stream.hasSuffix("\r\n0\r\n\r\n"), "the stream's end: \(stream.suffix(40).debugDescription)")
        #expect(exitStatus(pid, within: 5) == 0)
    }

    @Test("SIGTERM while a page renders: the render finishes, its answer reaches the client whole, and the server exits 0")
    func whileRendering() throws {
        let project = try Self.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let (pid, port) = try serve(project)
        let answer = Answer()
        let thread = Thread {
            answer.result = Result {
                let client = try SocketHTTPClient(port: port)
                let head = try client.get("/api/page/front/page.png?dpi=200")
                let body = try client.body { $0.count >= head.length ?? Int.max }
                return (head.status, body, Date())
            }
            answer.done.signal()
        }
        thread.start()
        // The page has never been rendered: its digest, layout and drawing take longer than this.
        Thread.sleep(forTimeInterval: 0.2)
        kill(pid, SIGTERM)
        let stopped = Date()
        #expect(answer.done.wait(timeout: .now() + 60) == .success)
        let (status, body, answered) = try #require(answer.result).get()
        #expect(status == 200 && body.starts(with: [0x89, 0x50, 0x4E, 0x47]) && body.suffix(4) == Data([0xAE, 0x42, 0x60, 0x82]), "a whole PNG")
        #expect(answered > stopped, "the answer came before SIGTERM: the render was not under way")
        #expect(exitStatus(pid, within: 30) == 0)
    }

    /// What the rendering request's thread got.
    private final class Answer: @unchecked Sendable {
        var result: Result<(status: Int, body: Data, at: Date), Error>?
        let done = DispatchSemaphore(value: 0)
    }

    /// The most a TCP socket's send buffer grows to (net.ipv4.tcp_wmem's last figure): what the kernel
    /// takes of a response, the rest waiting in the server.
    static func largestSendBuffer() throws -> Int {
        let figures = try String(contentsOfFile: "/proc/sys/net/ipv4/tcp_wmem", encoding: .utf8).split(whereSeparator: \.isWhitespace)
        return try #require(figures.last.flatMap { Int($0) })
    }

    @Test("SIGTERM while a large image is on its way: a client reading it late gets all of it, one that stopped reading is cut off after --drain-timeout, and the server exits 0")
    func drain() throws {
        // The example photo over the whole page: a PNG of 11.7 MB at 300 dpi.
        let project = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.createDirectory(at: project.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/photo.png"),
                                         to: project.appendingPathComponent("photo.png"))
        try "grid: tabloid-6col\nblocks:\n  - photo: photo.png\n    column: 1\n    columns: 6\n    line: 1\n    lines: 73\n"
            .write(to: project.appendingPathComponent("page.yaml"), atomically: true, encoding: .utf8)
        let drainTimeout = 3.0
        let (pid, port) = try serve(project, ["--drain-timeout", String(drainTimeout)])
        let uri = "/api/page/page.png?dpi=300"
        let first = try SocketHTTPClient(port: port)
        let head = try first.get(uri)
        let length = try #require(head.length, "status \(head.status)")
        let image = try first.body { $0.count >= length }
        #expect(image.count == length && image.suffix(8) == Data("IEND".utf8) + Data([0xAE, 0x42, 0x60, 0x82]), "a whole PNG")
        try #require(length > (try Self.largestSendBuffer()) + (1 << 20), "the image must outgrow the kernel's buffers for the test to mean anything")

        // Both get the image from memory at once, and read none of it yet: the socket's buffers fill,
        // the rest waits in the server.
        let late = try SocketHTTPClient(port: port, receiveBuffer: 1 << 16)
        let stalled = try SocketHTTPClient(port: port, receiveBuffer: 1 << 16)
        #expect(try late.get(uri).status == 200)
        #expect(try stalled.get(uri).status == 200)
        Thread.sleep(forTimeInterval: 0.3)
        kill(pid, SIGTERM)
        let stopped = Date()
        Thread.sleep(forTimeInterval: 1)
        let received = try late.body { $0.count >= length }
        let whole = received == image
        #expect(whole, "the late reader got \(received.count) of \(length) bytes")
        #expect(exitStatus(pid, within: drainTimeout + 10) == 0)
        let seconds = Date().timeIntervalSince(stopped)
        #expect(seconds >= drainTimeout - 0.5 && seconds < drainTimeout + 5, "the server exited \(seconds) s after SIGTERM")
        #expect(try stalled.body { $0.count >= length }.count < length, "the stalled client was not cut off")
    }
}
