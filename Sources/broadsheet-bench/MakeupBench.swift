import BroadsheetPipeline
import Foundation

/// Automatic make-up of 2 to 30 real stories (`Tests/Copy`, each cut to its first two paragraphs so
/// that 30 fit one page) on `broadsheet-8col`: the median time of make-up (measuring the text and
/// searching placements) per story count, and the growth exponent between the smallest and largest
/// counts (time ∝ stories^exponent).
func benchmarkMakeup(session: RenderSession, runs: Int) throws {
    let copy = session.home.root.appendingPathComponent("Tests/Copy")
    let stories = (FileManager.default.enumerator(atPath: copy.path)?.compactMap { $0 as? String } ?? [])
        .filter { $0.hasSuffix(".md") && $0.contains("/") }.sorted().map { copy.appendingPathComponent($0).path }
    guard stories.count >= 30 else { print("make-up: Tests/Copy has \(stories.count) stories, 30 needed; skipped"); return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-bench-makeup")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let policy = RunPolicy(allowOverset: true, allowOutside: true, allowUnderfill: true)
    print("")
    print("make-up on broadsheet-8col (real stories from Tests/Copy; medians of \(runs))")
    var figures: [(count: Int, milliseconds: Double)] = []
    var failures: [String] = []
    for count in [2, 4, 8, 12, 16, 24, 30] {
        let file = folder.appendingPathComponent("page-\(count).yaml").path
        // Every seventh story of the sorted list, so that each count mixes the languages.
        let chosen = try (0..<count).map { index in
            let story = folder.appendingPathComponent("story-\(index).md").path
            try shortened(try String(contentsOfFile: stories[(index * 7) % stories.count], encoding: .utf8)).write(toFile: story, atomically: true, encoding: .utf8)
            return story
        }
        try ("grid: broadsheet-8col\nstories:\n" + chosen.map { "  - \($0)\n" }.joined()).write(toFile: file, atomically: true, encoding: .utf8)
        // A count that cannot be made up is reported and the others still measured; the run fails at the end.
        do {
            var overset = 0
            let times = try (0..<runs).map { _ in
                let page = try session.layOutPage(file, policy: policy)
                overset = page.report.overset.count
                let time = page.report.makeupTime.components
                return Double(time.seconds) * 1000 + Double(time.attoseconds) / 1e15
            }
            figures.append((count, median(times)))
            print(String(format: "  %2d stories: %7.1f ms  (%d with overset text)", count, median(times), overset))
        } catch {
            failures.append("\(count) stories: \(error)")
            print("  \(count) stories: failed: \(error)")
        }
    }
    if let first = figures.first, let last = figures.last {
        let exponent = log(last.milliseconds / first.milliseconds) / log(Double(last.count) / Double(first.count))
        print(String(format: "  growth: time ∝ stories^%.2f (%d → %d stories)", exponent, first.count, last.count))
    }
    if !failures.isEmpty { throw RunFailure("make-up benchmark: " + failures.joined(separator: "; ")) }
}

/// A story file with its front matter and its first two paragraphs.
private func shortened(_ story: String) -> String {
    let parts = story.components(separatedBy: "\n---\n")
    guard parts.count >= 2 else { return story }
    let paragraphs = parts.dropFirst().joined(separator: "\n---\n").components(separatedBy: "\n\n").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    return parts[0] + "\n---\n\n" + paragraphs.prefix(2).joined(separator: "\n\n") + "\n"
}
