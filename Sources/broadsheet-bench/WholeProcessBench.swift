import BroadsheetImage
import BroadsheetPipeline
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 16's table: the example page as whole processes, Broadsheet against Typst setting the same text
/// (`typst/zjfzb-2021-12-16.typ`), both given the same JPEG photo; runs interleaved (each case once per
/// round, after a warm-up round), medians, the peak resident set (GNU time) and the output sizes. Typst
/// runs by two routes: the fair one (the Python interpreter itself, `-S`, the `typst` package on
/// PYTHONPATH, the fonts Typst finds by itself) and the earlier one (the `python3` on PATH, here a pyenv
/// shell shim, with font folders Typst already scans), so the difference shows. Then a 12-page edition
/// written to a folder, a 48-page one as one PDF, and instruction counts (callgrind) of the page's PDF and PNG.
func benchmarkAgainstTypst(root: URL, session: RenderSession, runs: Int) throws {
    guard let typst = try findTypst() else {
        print("\nwhole process against Typst: Typst is not installed (pip install typst), skipped")
        return
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-bench-typst")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    func output(_ name: String) -> String { folder.appendingPathComponent(name).path }
    let (page, source) = try sameJPEGInputs(root: root, in: folder)
    let edition = try repeatedEdition(session: session, pages: 12)
    let longEdition = try repeatedEdition(session: session, pages: 48)

    let broadsheet = root.appendingPathComponent(".build/release/broadsheet").path
    let script = """
        import sys, typst
        fonts = sys.argv[6:]
        typst.compile(sys.argv[1], output=sys.argv[2], root=sys.argv[3], format=sys.argv[4], ppi=float(sys.argv[5]),
                      **({"font_paths": fonts} if fonts else {}))
        """
    let fair = { (out: String, format: String, ppi: String) -> Case.Command in
        .init([typst.interpreter, "-S", "-c", script, source, output(out), folder.path, format, ppi], environment: ["PYTHONPATH": typst.packages])
    }
    let before = { (out: String, format: String, ppi: String) -> Case.Command in
        .init(["python3", "-c", script, source, output(out), folder.path, format, ppi, "/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/lxgw-wenkai"])
    }
    // 28.8 pixels per inch draws the 751-point page 300 pixels wide.
    let cases: [Case] = [
        Case(name: "example page, PDF", broadsheet: .init([broadsheet, "render", page, "-o", output("b.pdf")]),
             fair: fair("t.pdf", "pdf", "150"), before: before("t0.pdf", "pdf", "150"), goal: 0.25, outputs: (output("b.pdf"), output("t.pdf"))),
        Case(name: "PDF + PNG 150 dpi vs PNG 150 ppi", broadsheet: .init([broadsheet, "render", page, "-o", output("b2.pdf"), "-o", output("b2.png")]),
             fair: fair("t.png", "png", "150"), before: before("t0.png", "png", "150"), goal: 0.30, outputs: nil),
        Case(name: "thumbnail 300 px vs PNG 28.8 ppi", broadsheet: .init([broadsheet, "thumbnail", page, "-o", output("b-thumb.png"), "--width", "300"]),
             fair: fair("t-thumb.png", "png", "28.8"), before: before("t0-thumb.png", "png", "28.8"), goal: 0.20, outputs: nil),
    ]
    let editionCommands = [Case.Command([broadsheet, "render", edition.file, "-o", output("edition") + "/", "--allow-outside"]),
                           Case.Command([broadsheet, "render", longEdition.file, "-o", output("edition-48.pdf"), "--allow-outside"])]

    var times = [[Double]](repeating: [], count: cases.count * 3 + editionCommands.count)
    var peaks = [Int](repeating: 0, count: times.count)
    let commands = cases.flatMap { [$0.broadsheet, $0.fair, $0.before] } + editionCommands
    for round in 0...runs {
        for index in commands.indices {
            let result = try runProcess(commands[index].arguments, environment: commands[index].environment, measuringPeak: true)
            guard result.status == 0 else { throw BenchError.failed("\(commands[index].arguments.prefix(3).joined(separator: " ")) exited with status \(result.status)") }
            if round > 0 { times[index].append(result.seconds) }   // round 0 warms up
            peaks[index] = max(peaks[index], result.peakKiB ?? 0)
        }
    }
    func seconds(_ index: Int) -> Double { median(times[index]) }
    func size(_ path: String) -> Int { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }

    print("")
    print("issue 16: Broadsheet against Typst \(typst.version), whole processes, medians of \(runs) interleaved rounds after a warm-up")
    print("  Typst (fair): \(typst.interpreter) -S, PYTHONPATH=\(typst.packages), the fonts it finds itself")
    print("  Typst (before): python3 on PATH (\(typst.launcher)) with font folders it already scans")
    print("                                     Broadsheet   Typst fair   ratio   goal    | Typst before   ratio")
    for (number, item) in cases.enumerated() {
        let (b, t, t0) = (seconds(3 * number), seconds(3 * number + 1), seconds(3 * number + 2))
        print("  " + item.name.padding(toLength: 34, withPad: " ", startingAt: 0)
              + String(format: " %8.3f s   %8.3f s   %5.2f×  ≤ %.2f× | %8.3f s    %5.2f×", b, t, b / t, item.goal, t0, b / t0))
    }
    if let (ours, theirs) = cases[0].outputs {
        print("  " + "PDF size, the same JPEG photo".padding(toLength: 34, withPad: " ", startingAt: 0)
              + String(format: " %7d KB   %7d KB   %5.2f×  ≤ 1.00×", size(ours) / 1000, size(theirs) / 1000, Double(size(ours)) / Double(size(theirs))))
    }
    let editionSeconds = seconds(times.count - 2), longSeconds = seconds(times.count - 1)
    print("  " + "edition -o dir/ (PDF + PNG a page)".padding(toLength: 34, withPad: " ", startingAt: 0)
          + String(format: " %5.1f pages/s (12 pages in %.2f s)  goal ≥ 20 pages/s", 12 / editionSeconds, editionSeconds))
    print("  " + "48-page edition as one PDF".padding(toLength: 34, withPad: " ", startingAt: 0)
          + String(format: " %5.1f pages/s (48 pages in %.2f s)  goal ≥ 50 pages/s", 48 / longSeconds, longSeconds))
    print(String(format: "  peak RSS: Broadsheet page PDF %.0f MB (goal ≤ 80 MB), Typst fair PDF %.0f MB; edition %.0f MB, 48 pages %.0f MB",
                 Double(peaks[0]) / 1024, Double(peaks[1]) / 1024, Double(peaks[peaks.count - 2]) / 1024, Double(peaks[peaks.count - 1]) / 1024))
    do {
        if let counts = try callgrindCounts(root: root, page: page, folder: folder) {
            print(String(format: "  instructions (callgrind, stripped release build): page PDF %.0f M, PDF + PNG 150 dpi %.0f M", counts.pdf / 1e6, counts.png / 1e6))
        } else {
            print("  instructions: valgrind is not installed (Debian valgrind), skipped")
        }
    } catch {
        // The table stands without them; say why they are missing.
        print("  instructions: \(error)")
    }
    print("  (outputs in \(folder.path))")
}

/// One row of the table: the three commands and the goal for Broadsheet's time over Typst's (fair).
struct Case {
    struct Command {
        var arguments: [String]
        var environment: [String: String]? = nil
        init(_ arguments: [String], environment: [String: String]? = nil) {
            self.arguments = arguments
            self.environment = environment
        }
    }
    var name: String
    var broadsheet: Command
    var fair: Command
    var before: Command
    var goal: Double
    /// The two PDFs whose sizes are compared.
    var outputs: (String, String)?
}

/// The example page and the Typst source, both with the example photo as the same JPEG (the one
/// Broadsheet would embed for the PNG: quality 90), in `folder`.
private func sameJPEGInputs(root: URL, in folder: URL) throws -> (page: String, source: String) {
    let example = root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16")
    let pageFolder = folder.appendingPathComponent("page")
    try FileManager.default.copyItem(at: example, to: pageFolder)
    let png = try Data(contentsOf: example.appendingPathComponent("photo.png"))
    guard let jpeg = ImageDecoder.jpeg(try ImageDecoder.decode(png, file: "photo.png", jpeg: false), quality: 90) else {
        throw BenchError.failed("the example photo cannot be encoded as JPEG")
    }
    try jpeg.write(to: pageFolder.appendingPathComponent("photo.jpg"))
    let pageFile = pageFolder.appendingPathComponent("page.yaml")
    let yaml = try String(contentsOf: pageFile, encoding: .utf8)
    guard yaml.contains("photo: photo.png") else { throw BenchError.failed("the example page no longer names photo.png") }
    try yaml.replacingOccurrences(of: "photo: photo.png", with: "photo: photo.jpg").write(to: pageFile, atomically: true, encoding: .utf8)
    let typ = try String(contentsOf: root.appendingPathComponent("Sources/broadsheet-bench/typst/zjfzb-2021-12-16.typ"), encoding: .utf8)
    let photo = "../../../Layouts/examples/zjfzb-2021-12-16/photo.png"
    guard typ.contains(photo) else { throw BenchError.failed("the Typst page no longer names \(photo)") }
    let source = folder.appendingPathComponent("page.typ")
    try typ.replacingOccurrences(of: photo, with: "page/photo.jpg").write(to: source, atomically: true, encoding: .utf8)
    return (pageFile.path, source.path)
}

/// Instructions of the page's PDF, and of its PDF and 150 dpi PNG, counted by callgrind on a stripped
/// copy of the release binary (debug information makes valgrind slow); nil without valgrind.
private func callgrindCounts(root: URL, page: String, folder: URL) throws -> (pdf: Double, png: Double)? {
    guard access("/usr/bin/valgrind", X_OK) == 0 else { return nil }
    let binary = folder.appendingPathComponent("broadsheet-stripped").path
    try? FileManager.default.removeItem(atPath: binary)
    try FileManager.default.copyItem(atPath: root.appendingPathComponent(".build/release/broadsheet").path, toPath: binary)
    guard try runProcess(["strip", binary]).status == 0 else { throw BenchError.failed("strip failed") }
    func count(_ outputs: [String]) throws -> Double {
        let file = folder.appendingPathComponent("callgrind.out").path
        let arguments = ["valgrind", "--tool=callgrind", "--callgrind-out-file=\(file)", binary, "render", page] + outputs.flatMap { ["-o", $0] }
        let run = try runProcess(arguments, environment: ["BROADSHEET_HOME": root.path])
        guard run.status == 0 else { throw BenchError.failed("valgrind exited with status \(run.status) (run `\(arguments.joined(separator: " "))` to see why)") }
        let text = try String(contentsOfFile: file, encoding: .utf8)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("summary:") || $0.hasPrefix("totals:") }),
              let value = Double(line.split(separator: " ").last ?? "") else { throw BenchError.failed("no totals in \(file)") }
        return value
    }
    return (try count([folder.appendingPathComponent("cg.pdf").path]),
            try count([folder.appendingPathComponent("cg2.pdf").path, folder.appendingPathComponent("cg2.png").path]))
}

/// The Python interpreter behind `python3` and the folder holding the `typst` package, found by asking
/// that interpreter, and the version; nil when the package is not installed.
private func findTypst() throws -> (interpreter: String, packages: String, version: String, launcher: String)? {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-bench-typst-probe").path
    defer { unlink(file) }
    let script = """
        import sys, os, typst, importlib.metadata as m
        open(sys.argv[1], 'w').write("\\n".join([sys.executable, os.path.dirname(os.path.dirname(typst.__file__)), m.version('typst')]))
        """
    guard (try? runProcess(["python3", "-c", script, file]))?.status == 0,
          let lines = (try? String(contentsOfFile: file, encoding: .utf8))?.split(separator: "\n").map(String.init), lines.count == 3 else { return nil }
    let launcher = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
        .map { "\($0)/python3" }.first { (path: String) in access(path, X_OK) == 0 } ?? "python3"
    return (lines[0], lines[1], lines[2], launcher)
}

enum BenchError: Error { case failed(String) }

/// Runs a program (looked up on PATH) with its output discarded: exit status, wall time and, when asked
/// and GNU time is at /usr/bin/time, the peak RSS in KiB. posix_spawn and wait4 rather than Foundation's
/// Process, whose reaping can hang in this code base's tests. Not wait4's own ru_maxrss: glibc's
/// posix_spawn starts the child in the bench's address space, and Linux keeps that high-water mark
/// through exec, so every child would report at least the bench's RSS. GNU time forks the program from
/// its own small process and reports the program's peak alone.
func runProcess(_ arguments: [String], environment: [String: String]? = nil, measuringPeak: Bool = false) throws -> (status: Int32, seconds: Double, peakKiB: Int?) {
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
    // The given variables over the bench's own.
    let variables = ProcessInfo.processInfo.environment.merging(environment ?? [:]) { $1 }.map { "\($0)=\($1)" }
    let envp = variables.map { strdup($0) } + [nil]
    defer { envp.forEach { free($0) } }

    let start = DispatchTime.now().uptimeNanoseconds
    var pid = pid_t()
    let error = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
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
