import BroadsheetDocument
import BroadsheetFormats
import BroadsheetPango
import BroadsheetText
import Foundation

/// Paths and shared set-up for the tests: the package root comes from this file's location,
/// never from the working directory.
enum TestSupport {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let grids = root.appendingPathComponent("Layouts/grids").path
    static let examplePage = root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/page.yaml").path
    static let exampleStories = root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/stories")
    static let fontCache = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-tests-fontconfig").path

    /// The built `broadsheet` executable, beside the test bundle in the build folder.
    static let broadsheet: String = {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/" && !FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("broadsheet").path) {
            url = url.deletingLastPathComponent()
        }
        return url.appendingPathComponent("broadsheet").path
    }()

    /// A real Pango shaper on the project's fonts. Pango objects are per thread, so each test makes its own.
    static func pangoShaper() throws -> PangoShaper {
        PangoShaper(library: try FontLibrary(roles: try FontRoleMap.load(path: root.appendingPathComponent("Fonts/roles.yaml").path),
                                             cacheDirectory: fontCache))
    }

    static func paragraphs(ofStory name: String) throws -> [String] {
        let story = try StoryParser.load(path: exampleStories.appendingPathComponent(name).path)
        return story.body.map(\.text)
    }

    /// A copy of the example edition (with the example page it borrows from) in a fresh project folder, its
    /// front page's masthead 5 lines deeper, so that the front's second story no longer fits and jumps to
    /// page 2 (the shipped edition fits it, its 导读 box sized to its teasers). Returns the edition file.
    static func exampleEditionWithAJump() throws -> URL {
        let examples = try temporaryFolder().appendingPathComponent("Layouts/examples")
        try FileManager.default.createDirectory(at: examples, withIntermediateDirectories: true)
        for name in ["edition-2021-12-16", "zjfzb-2021-12-16"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent("Layouts/examples/\(name)"), to: examples.appendingPathComponent(name))
        }
        let front = examples.appendingPathComponent("edition-2021-12-16/front.yaml")
        let text = try String(contentsOf: front, encoding: .utf8)
        guard text.contains("\n  lines: 11\n") else { throw TestFailure("the example edition's front masthead is no longer 11 lines") }
        try text.replacingOccurrences(of: "\n  lines: 11\n", with: "\n  lines: 16\n").write(to: front, atomically: true, encoding: .utf8)
        return examples.appendingPathComponent("edition-2021-12-16/edition.yaml")
    }

    /// A fresh empty folder for outputs.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a command to completion, returning its exit status, standard output and standard error.
    /// posix_spawn and waitpid with the output in files, not Foundation's Process with pipes: tests
    /// run in parallel, and a pipe inherited by a sibling child, or a missed exit notification, would
    /// hang the run.
    /// - Parameters:
    ///   - directory: the working directory; by default the tests'.
    ///   - environment: the environment; by default the tests'.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], directory: String? = nil,
                    environment: [String: String]? = nil) throws -> (status: Int32, output: String, error: String) {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("stdout").path, errPath = folder.appendingPathComponent("stderr").path
        let exitStatus = wait(try spawn(executable, arguments, output: outPath, error: errPath, directory: directory,
                                        environment: environment))
        let read = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
        return (exitStatus, read(outPath), read(errPath))
    }

    /// Starts a command with its standard input from /dev/null and its output into files.
    static func spawn(_ executable: String, _ arguments: [String], output outPath: String = "/dev/null",
                      error errPath: String = "/dev/null", directory: String? = nil, environment: [String: String]? = nil) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // In another working directory through coreutils' `env -C` (glibc's addchdir is not visible to Swift).
        let command = directory.map { ["/usr/bin/env", "-C", $0, executable] + arguments } ?? [executable] + arguments
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let variables = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { variables?.forEach { free($0) } }
        var pid = pid_t()
        let spawned = variables.map { posix_spawn(&pid, command[0], &actions, nil, argv, $0) } ?? posix_spawn(&pid, command[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw TestFailure("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        return pid
    }

    /// Waits for a started command: its exit status, or 128 + the number of the signal that ended it.
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return exitStatus(status)
    }

    /// Waits at most `seconds` for a started command: its exit status as `wait` gives it, or nil while it runs.
    static func wait(_ pid: pid_t, within seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        repeat {
            if waitpid(pid, &status, WNOHANG) == pid { return exitStatus(status) }
            Thread.sleep(forTimeInterval: 0.02)
        } while Date() < deadline
        return nil
    }

    private static func exitStatus(_ status: Int32) -> Int32 {
        (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// A port nothing listens on now.
    static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: 0, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                guard bind(socket, $0, length) == 0, getsockname(socket, $0, &length) == 0 else { throw TestFailure("no free port") }
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A shaper for exact arithmetic: every CJK character advances 1 em, everything else ½ em. Marks
/// carry ink like a Simplified Chinese face: 、，。”） in the left half of the em, “（ in the right half.
struct FixedPitchShaper: TextShaper {
    static let inkLeftHalf: Set<Character> = ["、", "，", "。", "；", "：", "？", "！", "”", "’", "）", "》", "」", "』", "】"]
    static let inkRightHalf: Set<Character> = ["“", "‘", "（", "《", "「", "『", "【"]

    func shape(_ text: String, style: TextStyle) throws -> ShapedText {
        let em = style.size
        let clusters = text.map { character -> ShapedCluster in
            let advance = character.isCJK ? em : em / 2
            let ink: (Double, Double) = Self.inkLeftHalf.contains(character) ? (0.1 * em, 0.4 * em)
                : Self.inkRightHalf.contains(character) ? (0.6 * em, 0.9 * em) : (0.05 * advance, 0.95 * advance)
            return ShapedCluster(text: String(character), glyphs: [ShapedGlyph(id: 1, xOffset: 0, yOffset: 0, advance: advance)],
                                 face: 0, inkLeft: ink.0, inkRight: ink.1)
        }
        return ShapedText(style: style, clusters: clusters,
                          faces: [FontFace(file: "/fixed", index: 0, family: "Fixed", style: "Regular")], problems: [])
    }
}
