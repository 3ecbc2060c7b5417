import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The example page as whole processes, Broadsheet against Typst (the `typst` Python package) setting
/// the same text (`typst/zjfzb-2021-12-16.typ`): wall time from spawn to exit, the median of `runs` after
/// one warm-up, with the process's peak resident set (from GNU time) and the size of what it wrote.
func benchmarkAgainstTypst(root: URL, runs: Int) throws {
    guard let probe = try? runProcess(["python3", "-c", "import typst"]), probe.status == 0 else {
        print("\nwhole process against Typst: Typst is not installed (pip install typst), skipped")
        return
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-bench-typst")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    func output(_ name: String) -> String { folder.appendingPathComponent(name).path }

    let broadsheet = root.appendingPathComponent(".build/release/broadsheet").path
    let source = root.appendingPathComponent("Sources/broadsheet-bench/typst/zjfzb-2021-12-16.typ").path
    // The page names its photo relative to itself, inside the checkout: Typst's project root is the checkout.
    let typst = """
        import sys, typst
        typst.compile(sys.argv[1], output=sys.argv[2], root=sys.argv[3], format=sys.argv[4], ppi=float(sys.argv[5]),
                      font_paths=["/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/lxgw-wenkai"])
        """
    let cases: [(tool: String, output: String, arguments: [String], files: [String])] = [
        ("Broadsheet", "PDF", [broadsheet, "render", "-o", output("broadsheet.pdf")], [output("broadsheet.pdf")]),
        ("Broadsheet", "PDF + PNG 150 dpi", [broadsheet, "render", "-o", output("broadsheet.pdf"), "-o", output("broadsheet.png")],
         [output("broadsheet.pdf"), output("broadsheet.png")]),
        ("Typst", "PDF", ["python3", "-c", typst, source, output("typst.pdf"), root.path, "pdf", "150"], [output("typst.pdf")]),
        ("Typst", "PNG 150 ppi", ["python3", "-c", typst, source, output("typst.png"), root.path, "png", "150"], [output("typst.png")]),
    ]

    var results: [(seconds: Double, peakMiB: Double?, sizeKiB: Int)] = []
    for item in cases {
        var times: [Double] = [], peaks: [Int] = []
        for run in 0...runs {
            let result = try runProcess(item.arguments, measuringPeak: true)
            guard result.status == 0 else {
                throw BenchError.failed("\(item.tool) \(item.output) exited with status \(result.status)")
            }
            if run > 0 { times.append(result.seconds); result.peakKiB.map { peaks.append($0) } }   // run 0 warms up
        }
        let size = item.files.reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
        results.append((median(times), peaks.max().map { Double($0) / 1024 }, size / 1024))
    }

    print("")
    print("whole process, example page, Broadsheet against Typst \(typstVersion() ?? "?") (Python package): medians of \(runs) after a warm-up")
    print("  tool        output               seconds   peak MiB   output KiB")
    for (item, result) in zip(cases, results) {
        let names = "  " + item.tool.padding(toLength: 12, withPad: " ", startingAt: 0) + item.output.padding(toLength: 19, withPad: " ", startingAt: 0)
        let peak = result.peakMiB.map { String(format: "%8.1f", $0) } ?? "       –"
        print(names + String(format: " %7.3f   ", result.seconds) + peak + String(format: "   %10d", result.sizeKiB))
    }
    func ratio(_ a: Int, _ b: Int) -> String {
        let time = String(format: "%.2f× the time", results[a].seconds / results[b].seconds)
        guard let peakA = results[a].peakMiB, let peakB = results[b].peakMiB else { return time }
        return time + String(format: ", %.2f× the peak memory", peakA / peakB)
    }
    print("  Broadsheet / Typst: PDF \(ratio(0, 2)); PDF + PNG against Typst's PNG \(ratio(1, 3))")
    if results[0].peakMiB == nil { print("  (peak memory needs GNU time at /usr/bin/time)") }
    print("  (outputs in \(folder.path))")
}

enum BenchError: Error { case failed(String) }

/// Runs a program (looked up on PATH) with its output discarded: exit status, wall time and, when asked
/// and GNU time is at /usr/bin/time, the peak RSS in KiB. posix_spawn and wait4 rather than Foundation's
/// Process, whose reaping can hang in this code base's tests. Not wait4's own ru_maxrss: glibc's
/// posix_spawn starts the child in the bench's address space, and Linux keeps that high-water mark
/// through exec, so every child would report at least the bench's RSS. GNU time forks the program from
/// its own small process and reports the program's peak alone.
func runProcess(_ arguments: [String], measuringPeak: Bool = false) throws -> (status: Int32, seconds: Double, peakKiB: Int?) {
    let timeFile = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-bench-time-\(getpid())").path
    let timed = measuringPeak && access("/usr/bin/time", X_OK) == 0
    let arguments = timed ? ["/usr/bin/time", "-f", "%M", "-o", timeFile] + arguments : arguments
    defer { if timed { unlink(timeFile) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }

    let start = DispatchTime.now().uptimeNanoseconds
    var pid = pid_t()
    let error = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
    guard error == 0 else { throw BenchError.failed("cannot start \(arguments[0]): \(String(cString: strerror(error)))") }
    var status: Int32 = 0
    while wait4(pid, &status, 0, nil) < 0 {
        guard errno == EINTR else { throw BenchError.failed("wait4: \(String(cString: strerror(errno)))") }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    // Exited normally: the low 7 bits are 0 and the status is in the next byte; else report the signal, negated.
    let code = status & 0x7f == 0 ? (status >> 8) & 0xff : -(status & 0x7f)
    // GNU time writes "Command exited with non-zero status N" first when the program failed; %M is last.
    let peak = timed ? (try? String(contentsOfFile: timeFile, encoding: .utf8))?
        .split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } : nil
    return (code, seconds, peak)
}

/// The installed `typst` package's version, from pip's metadata.
private func typstVersion() -> String? {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-bench-typst-version").path
    let script = "import sys, importlib.metadata as m; open(sys.argv[1], 'w').write(m.version('typst'))"
    guard (try? runProcess(["python3", "-c", script, file]))?.status == 0 else { return nil }
    defer { unlink(file) }
    return try? String(contentsOfFile: file, encoding: .utf8)
}
