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
/// Runs a named section; false when it failed. A failing section is reported and the others still run;
/// the run then ends with status 1.
func section(_ name: String, _ body: () throws -> Void) -> Bool {
    guard wanted(name) else { return true }
    do { try body() } catch {
        FileHandle.standardError.write(Data("broadsheet-bench: \(name): \(error)\n".utf8))
        return false
    }
    return true
}
let passed = [
    section("page") { try benchmarkPage(home: home, fontCache: fontCache, runs: runs); print("") },
    section("composition") { try benchmarkComposition(session: session, runs: runs) },
    section("makeup") { try benchmarkMakeup(session: session, runs: runs) },
    section("edition") { try benchmarkEdition(session: session, pages: 12, runs: max(1, runs / 2)) },
    section("epaper") { try benchmarkEpaper(session: session, runs: max(1, runs / 2)) },
    section("typst") { try benchmarkAgainstTypst(root: root, session: session, runs: runs) },
]
if passed.contains(false) { exit(1) }
