import BroadsheetPipeline
import Foundation
import Testing

/// The pipeline library as a front end uses it, in process.
@Suite("Pipeline session")
struct PipelineSessionTests {
    let session = RenderSession(home: BroadsheetHome(root: TestSupport.root), fontCache: TestSupport.fontCache, warn: { _ in })

    @Test("PDF, PNG, press PDF, proof and thumbnail of one page build the session's font library once and decode its photo once")
    func oneFontLibrary() throws {
        let folder = try TestSupport.temporaryFolder()
        func output(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let page = try session.layOutPage(nil)
        try session.check(page, policy: RunPolicy())
        try session.write(page, to: [.pdf(output("page.pdf")), .png(output("page.png"), dpi: 20)])
        try session.write(page, to: [.pdf(output("press.pdf"))], press: PressRequest(press: true, marks: true))
        try session.write(try session.proof(page), of: page, to: [output("proof.png")], dpi: 20)
        try session.writeThumbnail([.page(page)], to: output("thumb.png"), size: .width(120))
        _ = try session.layOutEdition(TestSupport.root.appendingPathComponent("Layouts/examples/edition-2021-12-16/edition.yaml").path)
        #expect(session.fontLibrariesBuilt == 1)
        // The example's photo is a PNG, decoded at full size whatever size it is drawn at.
        #expect(session.decodedImages.decodings == 1)
        for name in ["page.pdf", "page.png", "press.pdf", "proof.png", "thumb.png"] {
            #expect(FileManager.default.fileExists(atPath: output(name)), "\(name)")
        }
    }

    @Test("an edition's page files drawn while it is laid out are the files drawn after, and a changed page is drawn again")
    func drawnAhead() throws {
        let edition = try TestSupport.exampleEditionWithAJump().path
        let folder = try TestSupport.temporaryFolder()
        let ahead = folder.appendingPathComponent("ahead").path + "/", after = folder.appendingPathComponent("after").path + "/"
        guard case .edition(let drawn) = try session.layOutDocument(edition, preparing: [.folder(ahead, dpi: 30)]) else {
            throw TestFailure("the example edition is not an edition")
        }
        try session.write(drawn, to: [.folder(ahead, dpi: 30)])
        let laidOut = try session.layOutEdition(edition)
        try session.write(laidOut, to: [.folder(after, dpi: 30)])
        let names = try FileManager.default.contentsOfDirectory(atPath: after).sorted()
        #expect(names.count == 2 * laidOut.pages.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: ahead).sorted() == names)
        for name in names {
            #expect(FileManager.default.contents(atPath: ahead + name) == FileManager.default.contents(atPath: after + name), "\(name)")
        }
        // Drawn ahead for one frame, the page is not taken for another: a front page without its masthead.
        guard case .edition(var changed) = try session.layOutDocument(edition, preparing: [.folder(ahead, dpi: 30)]) else { return }
        changed.pages[0].frame.items.removeFirst()
        try session.write(changed, to: [.folder(ahead, dpi: 30)])
        #expect(FileManager.default.contents(atPath: ahead + names[1]) != FileManager.default.contents(atPath: after + names[1]),
                "\(names[1]) drawn from the changed frame")
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

extension PipelineSessionTests {
    /// The example page copied into a fresh project folder, with its grid, stories and photo.
    func copiedExample() throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16"),
                                         to: folder.appendingPathComponent("page"))
        return folder.appendingPathComponent("page")
    }

    /// Every output of one run: screen PDF, PNG, press PDF, proof and thumbnail, as bytes by name.
    func outputs(of page: LaidOutPage) throws -> [String: Data] {
        let folder = try TestSupport.temporaryFolder()
        func output(_ name: String) -> String { folder.appendingPathComponent(name).path }
        try session.write(page, to: [.pdf(output("page.pdf")), .png(output("page.png"), dpi: 30)])
        try session.write(page, to: [.pdf(output("press.pdf"))], press: PressRequest(press: true))
        try session.write(try session.proof(page), of: page, to: [output("proof.png")], dpi: 30)
        try session.writeThumbnail([.page(page)], to: output("thumb.png"), size: .width(150))
        var result: [String: Data] = [:]
        for name in ["page.pdf", "page.png", "press.pdf", "proof.png", "thumb.png"] {
            result[name] = try Data(contentsOf: URL(fileURLWithPath: output(name)))
        }
        return result
    }

    @Test("a photo is read once, at load: replacing the file afterwards changes no output of the run")
    func photoReadOnce() throws {
        let folder = try copiedExample()
        let pagePath = folder.appendingPathComponent("page.yaml").path
        let photo = folder.appendingPathComponent("photo.png")
        let untouched = try outputs(of: try session.layOutPage(pagePath))

        let loaded = try session.loadPage(pagePath)
        // Another picture in its place, then the photo file gone altogether.
        try FileManager.default.removeItem(at: photo)
        try FileManager.default.copyItem(at: ImageDecoderTests.images.appendingPathComponent("grey8.png"), to: photo)
        let swapped = try outputs(of: try session.layOut(loaded))
        try FileManager.default.removeItem(at: photo)
        let removed = try outputs(of: try session.layOut(loaded))
        for name in untouched.keys.sorted() {
            #expect(swapped[name] == untouched[name], "\(name) changed when the photo file was swapped")
            #expect(removed[name] == untouched[name], "\(name) changed when the photo file was removed")
        }
    }
}
