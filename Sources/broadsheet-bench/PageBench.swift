import BroadsheetPipeline
import Foundation

/// The example page stage by stage through the pipeline, each the median of `runs`: load the page
/// file, build the session's fonts, lay the page out (shaping and composing included), write the
/// PDF, the 150 dpi PNG, a 300 px thumbnail and the layout proof — the last four on one session, which
/// builds its font library once.
func benchmarkPage(home: BroadsheetHome, fontCache: String, runs: Int) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-bench-page")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    func output(_ name: String) -> String { folder.appendingPathComponent(name).path }

    let session = RenderSession(home: home, fontCache: fontCache)
    var page = try session.loadPage(nil)
    let load = try median((0..<runs).map { _ in try measure { page = try session.loadPage(nil) } })
    let fonts = try median((0..<runs).map { _ in
        try measure { try RenderSession(home: home, fontCache: fontCache).shaping(page.language) { _ in } }
    })
    var laidOut = try session.layOut(page)
    let layout = try median((0..<runs).map { _ in try measure { laidOut = try session.layOut(page) } })
    let pdf = try median((0..<runs).map { _ in try measure { try session.write(laidOut, to: [.pdf(output("page.pdf"))]) } })
    let png = try median((0..<runs).map { _ in try measure { try session.write(laidOut, to: [.png(output("page.png"), dpi: 150)]) } })
    let thumbnail = try median((0..<runs).map { _ in
        try measure { try session.writeThumbnail([.page(laidOut)], to: output("thumb.png"), size: .width(300)) }
    })
    let proof = try median((0..<runs).map { _ in
        try measure { try session.write(try session.proof(laidOut), of: laidOut, to: [output("proof.png")], dpi: 100) }
    })
    let size = (try FileManager.default.attributesOfItem(atPath: output("page.pdf"))[.size] as? Int) ?? 0
    print("example page (tabloid), medians of \(runs), ms:")
    print("  stage      load  fonts  layout   PDF  PNG 150dpi  thumbnail 300px  proof 100dpi")
    print(String(format: "  ms       %5.1f  %5.1f  %6.1f  %4.0f  %10.0f  %15.1f  %12.0f", load, fonts, layout, pdf, png, thumbnail, proof))
    print("  (layout includes its own shaping and composing of every text on the page)")
    print("  PDF size: \(size / 1024) KiB; font libraries built by the session for all of it: \(session.fontLibrariesBuilt)")
}
