import BroadsheetDocument
import BroadsheetFormats
import BroadsheetPango
import BroadsheetText
import Foundation

/// Release-build benchmark (`make bench`): composition of long real text, and a 12-page edition laid
/// out and rendered to PDF and PNG proofs on every core. Times are medians over repeated runs.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let library = try FontLibrary(roles: try FontRoleMap.load(path: root.appendingPathComponent("Fonts/roles.yaml").path),
                              cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-bench-fc").path)
let shaper = PangoShaper(library: library)
let stories = ["lead.md", "supervision.md"].map {
    root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/stories/\($0)").path
}
let paragraphs = try stories.flatMap { try StoryParser.load(path: $0).body.map(\.text) }
let runs = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 5

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func measure(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

try benchmarkPage(root: root, runs: runs)
print("")
try benchmarkComposition(paragraphs: paragraphs, shaper: shaper, runs: runs)
try benchmarkEdition(root: root, library: library, pages: 12, runs: max(1, runs / 2))
try benchmarkAgainstTypst(root: root, runs: runs)
