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

let session = RenderSession(home: home, fontCache: fontCache)
try benchmarkPage(home: home, fontCache: fontCache, runs: runs)
print("")
try benchmarkComposition(session: session, runs: runs)
try benchmarkEdition(session: session, pages: 12, runs: max(1, runs / 2))
try benchmarkAgainstTypst(root: root, runs: runs)
