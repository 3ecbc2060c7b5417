import BroadsheetEpaper
import BroadsheetPipeline
import Foundation

/// The digital edition's site of the example edition repeated to 3, 12, 24 and 48 pages: layout, then
/// every file (page images and tiles, PDFs, ALTO, METS, manifest, HTML) written to a folder; the time a
/// page and how it grows with the pages.
func benchmarkEpaper(session: RenderSession, runs: Int) throws {
    print("")
    print("digital edition (epaper): layout and the whole site written, \(ProcessInfo.processInfo.activeProcessorCount) cores; medians of \(runs)")
    var times: [(pages: Int, ms: Double)] = []
    for count in [3, 12, 24, 48] {
        let (folder, editionFile, policy) = try repeatedEdition(session: session, pages: count)
        let site = folder.appendingPathComponent("site").path
        let ms = median(try (0..<runs).map { _ in
            try measure {
                let edition = LaidOutDocument.edition(try session.layOutEdition(editionFile, policy: policy))
                try EpaperSite(session: session, document: edition, baseURL: "http://localhost:8080/").write(to: site)
            }
        })
        let files = FileManager.default.enumerator(atPath: site)?.allObjects.count ?? 0
        print(String(format: "  %2d pages: %6.0f ms (%3.0f ms a page), %d files", count, ms, ms / Double(count), files))
        times.append((count, ms))
        try? FileManager.default.removeItem(at: folder)
    }
    let (first, last) = (times[1], times[times.count - 1])
    print(String(format: "  growth: time ∝ pages^%.2f (12 → 48 pages)", log(last.ms / first.ms) / log(Double(last.pages) / Double(first.pages))))
}
