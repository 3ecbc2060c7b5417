import BroadsheetPipeline
import Foundation

/// Release-build benchmark (`make bench`): the example page stage by stage, composition of long real
/// text, a 12-page edition, and whole processes against Typst. Times are medians over repeated runs;
/// every page run goes through the same pipeline calls as the `broadsheet` command.
let home = try BroadsheetHome.locate()
let root = home.root
let runs = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 5
let fontCache = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-bench-fc").path

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func measure(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

/// Sections named after the run count (`broadsheet-bench 5 makeup edition`); all when none is named.
let sections = Set(CommandLine.arguments.dropFirst(2))
func wanted(_ section: String) -> Bool { sections.isEmpty || sections.contains(section) }

let session = RenderSession(home: home, fontCache: fontCache)
// A failing section ends the run with its reason and a non-zero status; exit() keeps the figures
// printed before it (a fatal error would drop what stdout still buffers).
do {
    if wanted("page") { try benchmarkPage(home: home, fontCache: fontCache, runs: runs); print("") }
    if wanted("composition") { try benchmarkComposition(session: session, runs: runs) }
    if wanted("makeup") { try benchmarkMakeup(session: session, runs: runs) }
    if wanted("edition") { try benchmarkEdition(session: session, pages: 12, runs: max(1, runs / 2)) }
    if wanted("typst") { try benchmarkAgainstTypst(root: root, runs: runs) }
} catch {
    FileHandle.standardError.write(Data("broadsheet-bench: \(error)\n".utf8))
    exit(1)
}
