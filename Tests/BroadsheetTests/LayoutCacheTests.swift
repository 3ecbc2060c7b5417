@testable import BroadsheetServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The service lays a page out once for all the outputs asked of the same inputs.
@Suite("Render service layout cache", .serialized)
struct LayoutCacheTests {
    @Test("a page's PDF, thumbnail and report share one layout; an edit lays it out again")
    func sharedLayout() async throws {
        let project = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16"),
                                         to: project.appendingPathComponent("front"))
        let service = try RenderServiceTests().service(project: project)
        try await Application(router: service.router()).test(.router) { client in
            func layouts() async throws -> String {
                let text = String(buffer: try await client.execute(uri: "/metrics", method: .get).body)
                return text.split(separator: "\n").first { $0.hasPrefix("broadsheet_render_stage_seconds_count{stage=\"layout\"}") }.map(String.init) ?? ""
            }
            for output in [".pdf", "/thumbnail.png", "/report.json"] {
                #expect(try await client.execute(uri: "/api/page/front/page\(output)", method: .get).status == .ok)
            }
            #expect(try await layouts().hasSuffix(" 1"))
            let story = project.appendingPathComponent("front/stories/lead.md")
            try (try String(contentsOf: story, encoding: .utf8) + "\n补充一段。\n").write(to: story, atomically: true, encoding: .utf8)
            #expect(try await client.execute(uri: "/api/page/front/page/thumbnail.png", method: .get).status == .ok)
            #expect(try await layouts().hasSuffix(" 2"))
        }
    }
}
