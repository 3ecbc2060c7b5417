import Foundation
import Testing

/// The proof viewer in a real browser: `Tests/Browser/viewer_check.py` starts `broadsheet serve` on a
/// copy of the example page and drives headless Chromium (selenium): open the page, toggle an overlay,
/// click a block and read its report, edit the story on disk and see the page reload, break the page
/// file and see its error, then stop the server with SIGTERM. `make test` installs chromium,
/// chromium-driver and selenium.
@Suite("Proof viewer in a browser", .serialized)
struct ViewerBrowserTests {
    @Test("the viewer shows the page, toggles overlays, reports a block, reloads on an edit and shows an error")
    func viewer() throws {
        for tool in ["/usr/bin/chromium", "/usr/bin/chromedriver"] {
            try #require(FileManager.default.isExecutableFile(atPath: tool), "\(tool) is missing: run `make test` (it installs chromium and chromium-driver)")
        }
        let project = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.createDirectory(at: project.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16"),
                                         to: project.appendingPathComponent("front"))
        let check = try TestSupport.run("/usr/bin/env", ["python3", TestSupport.root.appendingPathComponent("Tests/Browser/viewer_check.py").path,
                                                          TestSupport.broadsheet, String(try TestSupport.freePort()), project.path, "front/page",
                                                          project.appendingPathComponent("front/stories/lead.md").path])
        let figures = try #require(JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [String: Any],
                                   "viewer_check.py: \(check.output) \(check.error)")
        #expect(check.status == 0, "\(figures["error"] ?? check.error)")
        #expect((figures["blocks"] as? Int ?? 0) >= 4)
        // The issue's figure is 1 s on the 2-core machine; a shared CI runner gets 3.
        #expect((figures["edit_to_reload_seconds"] as? Double ?? 99) <= 3, "\(figures)")
        print("viewer: \(figures)")
    }
}
