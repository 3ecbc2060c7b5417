import BroadsheetPipeline
@testable import BroadsheetServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `broadsheet serve` in process (HummingbirdTesting's router client): every endpoint, ETags and
/// 304s, errors with their JSON bodies, and a full queue answered 503.
@Suite("Render service", .serialized)
struct RenderServiceTests {
    static let examplePage = "Layouts/examples/zjfzb-2021-12-16/page"

    func service(project: URL = TestSupport.root, workers: Int = 2, queue: Int = 8) throws -> RenderService {
        var configuration = RenderService.Configuration(project: project)
        configuration.workers = workers
        configuration.queueLimit = queue
        let session = RenderSession(home: try BroadsheetHome.locate(), fontCache: TestSupport.fontCache, warn: { _ in })
        return RenderService(configuration: configuration, session: session)
    }

    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    @Test("the project's pages and editions are listed with their paths, titles and an edition's pages")
    func pages() async throws {
        try await Application(router: try service().router()).test(.router) { client in
            try await client.execute(uri: "/api/pages", method: .get) { response in
                #expect(response.status == .ok)
                let entries = try #require(JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]])
                let page = try #require(entries.first { $0["path"] as? String == Self.examplePage })
                #expect(page["kind"] as? String == "page")
                #expect((page["title"] as? String)?.contains("浙江法制报") == true)
                let edition = try #require(entries.first { $0["kind"] as? String == "edition" })
                #expect((edition["pages"] as? [String])?.count == 3)
                #expect(!entries.contains { ($0["path"] as? String)?.hasPrefix("Tests/") == true || ($0["path"] as? String)?.contains("grids") == true })
            }
        }
    }

    @Test("a page's PDF carries an ETag; asked again with it the answer is 304, and without it the PDF comes from memory")
    func etags() async throws {
        let service = try service()
        try await Application(router: service.router()).test(.router) { client in
            let first = try await client.execute(uri: "/api/page/\(Self.examplePage).pdf", method: .get)
            #expect(first.status == .ok)
            #expect(first.headers[.contentType] == "application/pdf")
            #expect(String(buffer: first.body).hasPrefix("%PDF-"))
            let etag = try #require(first.headers[.eTag])
            let again = try await client.execute(uri: "/api/page/\(Self.examplePage).pdf", method: .get, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
            let cached = try await client.execute(uri: "/api/page/\(Self.examplePage).pdf", method: .get)
            #expect(cached.status == .ok && cached.headers[.eTag] == etag && cached.body == first.body)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            let text = String(buffer: metrics.body)
            #expect(text.contains("broadsheet_not_modified_total 1"))
            #expect(text.contains("broadsheet_cache_hits_total 1"))
            #expect(text.contains("broadsheet_render_seconds_count 1"))
            // swift-prometheus: request latency and each render stage as histograms.
            #expect(text.contains("broadsheet_render_stage_seconds_count{stage=\"layout\"} 1") && text.contains("broadsheet_render_stage_seconds_count{stage=\"draw\"} 1"))
            #expect(text.contains("# TYPE broadsheet_request_duration_seconds histogram") && text.contains("broadsheet_request_duration_seconds_count 3"))
            // Another output of the same page is another entity.
            let png = try await client.execute(uri: "/api/page/\(Self.examplePage).png?dpi=50", method: .get)
            #expect(png.headers[.eTag] != etag)
        }
    }

    @Test("an edited input file changes the ETag and the output")
    func editedInput() async throws {
        let project = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16"),
                                         to: project.appendingPathComponent("page"))
        try FileManager.default.createDirectory(at: project.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try await Application(router: try service(project: project).router()).test(.router) { client in
            let before = try await client.execute(uri: "/api/page/page/page/report.json", method: .get)
            #expect(before.status == .ok)
            let story = project.appendingPathComponent("page/stories/lead.md")
            try (try String(contentsOf: story, encoding: .utf8)).replacingOccurrences(of: "袁家军", with: "袁家軍").write(to: story, atomically: true, encoding: .utf8)
            let after = try await client.execute(uri: "/api/page/page/page/report.json", method: .get)
            #expect(after.status == .ok)
            #expect(after.headers[.eTag] != before.headers[.eTag])
        }
    }

    @Test("PNG, thumbnail, proof and report of a page, and an edition's PDF and one of its pages")
    func outputs() async throws {
        try await Application(router: try service().router()).test(.router) { client in
            let thumbnail = try await client.execute(uri: "/api/page/\(Self.examplePage)/thumbnail.png?width=300", method: .get)
            #expect(thumbnail.status == .ok && thumbnail.headers[.contentType] == "image/png")
            #expect(Self.pngSize(Data(buffer: thumbnail.body))?.width == 300)
            let proof = try await client.execute(uri: "/api/page/\(Self.examplePage)/proof.png?dpi=40", method: .get)
            #expect(proof.status == .ok && Self.pngSize(Data(buffer: proof.body)) != nil)
            let report = try await client.execute(uri: "/api/page/\(Self.examplePage)/report.json", method: .get)
            #expect(try (json(report)["blocks"] as? [Any])?.isEmpty == false)
            #expect(try json(report)["page"] as? String == Self.examplePage + ".yaml", "paths relative to the project")
            #expect(!String(buffer: report.body).contains(TestSupport.root.path), "the server's folders are not disclosed")
            let edition = "Layouts/examples/edition-2021-12-16/edition"
            let pdf = try await client.execute(uri: "/api/page/\(edition).pdf", method: .get)
            #expect(pdf.status == .ok)
            let text = String(decoding: Data(buffer: pdf.body), as: UTF8.self)
            #expect(text.components(separatedBy: "/Type /Page >>").count - 1 == 3, "one PDF of the edition's three pages")
            #expect(text.contains("/PageLabels"), "labelled with the page numbers")
            let second = try await client.execute(uri: "/api/page/\(edition).png?page=2&dpi=30", method: .get)
            #expect(second.status == .ok && Self.pngSize(Data(buffer: second.body)) != nil)
            let missing = try await client.execute(uri: "/api/page/\(edition).png?page=9", method: .get)
            #expect(missing.status == .notFound)
        }
    }

    @Test("errors answer with a status and a JSON body naming file, line and problem")
    func errors() async throws {
        let project = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: project.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try "grid: tabloid-6col\nblocks:\n  - story: missing.md\n    column: 1\n    columns: 2\n    line: 1\n    lines: 20\n"
            .write(to: project.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        try await Application(router: try service(project: project).router()).test(.router) { client in
            let broken = try await client.execute(uri: "/api/page/broken.pdf", method: .get)
            #expect(broken.status == .unprocessableContent)
            let body = try json(broken)
            #expect(body["file"] as? String != nil && body["message"] as? String != nil, "\(body)")
            #expect(!(String(buffer: broken.body)).contains(project.path), "the server's folders are not disclosed")
            for uri in ["/api/page/nothing.pdf", "/api/page/../etc/passwd.pdf", "/api/page/broken.docx"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                #expect(try json(response)["message"] != nil)
            }
            let badDPI = try await client.execute(uri: "/api/page/broken.png?dpi=99999", method: .get)
            #expect(badDPI.status == .badRequest)
            #expect(try (json(badDPI)["message"] as? String)?.contains("dpi") == true)
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
        }
    }

    @Test("a render longer than the request waits is answered 503; it goes on, and the next request gets its output")
    func slowRender() async throws {
        var configuration = RenderService.Configuration(project: TestSupport.root)
        configuration.renderTimeout = .milliseconds(1)
        let session = RenderSession(home: try BroadsheetHome.locate(), fontCache: TestSupport.fontCache, warn: { _ in })
        let service = RenderService(configuration: configuration, session: session)
        try await Application(router: service.router()).test(.router) { client in
            let uri = "/api/page/\(Self.examplePage).pdf"
            let first = try await client.execute(uri: uri, method: .get)
            #expect(first.status == .serviceUnavailable && first.headers[.retryAfter] == "2")
            #expect(try (json(first)["message"] as? String)?.contains("longer than") == true)
            var later = first
            for _ in 0..<300 where later.status != .ok {
                try await Task.sleep(for: .milliseconds(100))
                later = try await client.execute(uri: uri, method: .get)
            }
            #expect(later.status == .ok && String(buffer: later.body).hasPrefix("%PDF-"))
            #expect(String(buffer: try await client.execute(uri: "/metrics", method: .get).body).contains("broadsheet_render_seconds_count 1"))
        }
    }

    @Test("with every worker busy and the queue full, a request is answered 503 with Retry-After")
    func fullQueue() async throws {
        let service = try service(workers: 1, queue: 0)
        let release = DispatchSemaphore(value: 0)
        let started = DispatchSemaphore(value: 0)
        let busy = Task { try await service.pool.run { started.signal(); release.wait() } }
        started.wait()
        try await Application(router: service.router()).test(.router) { client in
            let response = try await client.execute(uri: "/api/page/\(Self.examplePage).pdf", method: .get)
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers[.retryAfter] == "1")
        }
        release.signal()
        try await busy.value
    }

    /// A tar archive of `folder` as `tar -cf` writes it.
    func tarball(_ folder: URL) throws -> ByteBuffer {
        let archive = try TestSupport.temporaryFolder().appendingPathComponent("bundle.tar")
        let tar = try TestSupport.run("/usr/bin/env", ["tar", "-C", folder.path, "-cf", archive.path, "."])
        #expect(tar.status == 0, "\(tar.error)")
        return ByteBuffer(bytes: try Data(contentsOf: archive))
    }

    func leftovers() -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)) ?? [])
            .filter { $0.hasPrefix("broadsheet-serve-") }.count
    }

    @Test("a posted page bundle (tar) is rendered in a folder of its own, which is removed afterwards")
    func postedBundle() async throws {
        let page = try TestSupport.temporaryFolder()
        for item in ["page.yaml", "stories", "photo.png"] {
            try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/\(item)"),
                                             to: page.appendingPathComponent(item))
        }
        let before = leftovers()
        var configuration = RenderService.Configuration(project: TestSupport.root)
        configuration.maximumBodyBytes = 8 << 20
        let session = RenderSession(home: try BroadsheetHome.locate(), fontCache: TestSupport.fontCache, warn: { _ in })
        let service = RenderService(configuration: configuration, session: session)
        let bundle = try tarball(page)
        try await Application(router: service.router()).test(.router) { client in
            let pdf = try await client.execute(uri: "/api/render", method: .post, body: bundle)
            #expect(pdf.status == .ok && String(buffer: pdf.body).hasPrefix("%PDF-"))
            let report = try await client.execute(uri: "/api/render?format=report", method: .post, body: bundle)
            #expect(try (json(report)["blocks"] as? [Any])?.count ?? 0 >= 4)
            let thumbnail = try await client.execute(uri: "/api/render?format=thumbnail&width=200", method: .post, body: bundle)
            #expect(Self.pngSize(Data(buffer: thumbnail.body))?.width == 200)
            // A story named outside the bundle is refused with its line.
            let story = "---\nheadline: 测试\n---\n\n正文。\n"
            try story.write(to: page.appendingPathComponent("stories/lead.md"), atomically: true, encoding: .utf8)
            let yaml = try String(contentsOf: page.appendingPathComponent("page.yaml"), encoding: .utf8)
            try yaml.replacingOccurrences(of: "stories/lead.md", with: "../../../../etc/hostname")
                .write(to: page.appendingPathComponent("page.yaml"), atomically: true, encoding: .utf8)
            let outside = try await client.execute(uri: "/api/render", method: .post, body: try tarball(page))
            #expect(outside.status == .unprocessableContent)
            #expect(try json(outside)["line"] as? Int != nil, "\(String(buffer: outside.body))")
            // Links are refused; so are bundles too large and archives that are not tar.
            try FileManager.default.createSymbolicLink(atPath: page.appendingPathComponent("link.md").path, withDestinationPath: "/etc/hostname")
            let linked = try await client.execute(uri: "/api/render", method: .post, body: try tarball(page))
            #expect(linked.status == .badRequest && String(buffer: linked.body).contains("link"))
            let large = try await client.execute(uri: "/api/render", method: .post, body: ByteBuffer(repeating: 0x20, count: 9 << 20))
            #expect(large.status == .contentTooLarge)
            let garbage = try await client.execute(uri: "/api/render", method: .post, body: ByteBuffer(string: String(repeating: "x", count: 2000)))
            #expect(garbage.status == .badRequest)
        }
        #expect(leftovers() == before, "a request's folder was left behind")
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0] == 0x89, bytes[1] == 0x50 else { return nil }
        let number = { (at: Int) in bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }
}
