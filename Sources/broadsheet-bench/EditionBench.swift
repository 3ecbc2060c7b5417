import BroadsheetPipeline
import Foundation

/// The example edition's pages repeated to `pages` pages: layout (each page once those that jump to it
/// are done, on all cores), then every page to PDF and a 150 dpi PNG in a folder, concurrently; pages per second.
func benchmarkEdition(session: RenderSession, pages count: Int, runs: Int) throws {
    let (folder, editionFile, policy) = try repeatedEdition(session: session, pages: count)
    var edition = try session.layOutEdition(editionFile, policy: policy)
    let layout = median(try (0..<runs).map { _ in try measure { edition = try session.layOutEdition(editionFile, policy: policy) } })
    let pagesFolder = folder.appendingPathComponent("pages").path
    try FileManager.default.createDirectory(atPath: pagesFolder, withIntermediateDirectories: true)
    let render = median(try (0..<runs).map { _ in try measure { try session.write(edition, to: [.folder(pagesFolder, dpi: 150)]) } })
    print("")
    print("edition: \(count) pages, \(ProcessInfo.processInfo.activeProcessorCount) cores")
    print(String(format: "  layout %.0f ms (%.0f ms a page), PDF + 150 dpi PNG %.0f ms, total %.0f ms: %.1f pages per second",
                 layout, layout / Double(count), render, layout + render, Double(count) / ((layout + render) / 1000)))
}

/// An edition file listing the example edition's pages over and over to `count` pages (outside their
/// project folder, so the policy allows that), in a fresh scratch folder.
func repeatedEdition(session: RenderSession, pages count: Int) throws -> (folder: URL, file: String, policy: RunPolicy) {
    let base = session.home.root.appendingPathComponent("Layouts/examples/edition-2021-12-16").path
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-bench-edition-\(count)")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let editionFile = folder.appendingPathComponent("edition.yaml").path
    let pages = (0..<count).map { index in
        let file = base + "/" + ["front.yaml", "page-2.yaml", "page-3.yaml"][index % 3]
        return "  - page: \(file)\n    number: \(index + 1)\n    section: 版\(index + 1)\n" + (index % 3 == 1 ? "    jumps: true\n" : "")
    }
    try ("paper: 浙江法制报\ndate: 2021-12-16\npages:\n" + pages.joined()).write(toFile: editionFile, atomically: true, encoding: .utf8)
    return (folder, editionFile, RunPolicy(allowOutside: true))
}
