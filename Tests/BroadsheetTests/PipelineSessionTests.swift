import BroadsheetPipeline
import Foundation
import Testing

/// The pipeline library as a front end uses it, in process.
@Suite("Pipeline session")
struct PipelineSessionTests {
    let session = RenderSession(home: BroadsheetHome(root: TestSupport.root), fontCache: TestSupport.fontCache, warn: { _ in })

    @Test("PDF, PNG, press PDF, proof and thumbnail of one page build the session's font library once")
    func oneFontLibrary() throws {
        let folder = try TestSupport.temporaryFolder()
        func output(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let page = try session.layOutPage(nil)
        try session.check(page, policy: RunPolicy())
        try session.write(page, to: [.pdf(output("page.pdf")), .png(output("page.png"), dpi: 20)])
        try session.write(page, to: [.pdf(output("press.pdf"))], press: PressRequest(press: true, marks: true))
        try session.write(try session.proof(page), of: page, to: [output("proof.png")], dpi: 20)
        try session.writeThumbnail([page.frame], to: output("thumb.png"), size: .width(120))
        _ = try session.layOutEdition(TestSupport.root.appendingPathComponent("Layouts/examples/edition-2021-12-16/edition.yaml").path)
        #expect(session.fontLibrariesBuilt == 1)
        for name in ["page.pdf", "page.png", "press.pdf", "proof.png", "thumb.png"] {
            #expect(FileManager.default.fileExists(atPath: output(name)), "\(name)")
        }
    }

    @Test("the layout report is versioned JSON that reads back as written")
    func reportRoundTrip() throws {
        let page = try session.layOutPage(nil)
        let report = LayoutReportFile(page.report, page: page.spec.file)
        let json = try report.json()
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        #expect(object?["schema_version"] as? Int == LayoutReportFile.currentSchemaVersion)
        #expect((object?["blocks"] as? [[String: Any]])?.first?["rect_pt"] != nil)
        #expect(try LayoutReportFile.decoder.decode(LayoutReportFile.self, from: json) == report)
    }
}
