import Foundation
import Testing

/// Faults while writing: a full disk (a file size limit stands in for it), outputs onto inputs, a
/// process killed while making the press PDF. Each leaves the previous outputs as they were.
@Suite("Faults", .serialized)
struct FaultTests {
    let executable = TestSupport.broadsheet
    static let example = TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16")
    static let edition = TestSupport.root.appendingPathComponent("Layouts/examples/edition-2021-12-16/edition.yaml").path

    /// Runs broadsheet with every file it writes limited to `blocks` × 512 bytes (`ulimit -f`).
    func runLimited(_ blocks: Int, _ arguments: [String], in folder: URL) throws -> (status: Int32, output: String, error: String) {
        try TestSupport.run("/bin/sh", ["-c", "ulimit -f \(blocks); exec \"$0\" \"$@\"", executable] + arguments, directory: folder.path)
    }

    /// The files of a folder and everything below it, by relative path.
    func contents(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[name] = try Data(contentsOf: folder.appendingPathComponent(name)) }
        }
        return files
    }

    @Test("a write that fails (file size limit, as a full disk) exits non-zero with the system's reason and leaves every previous output",
          arguments: [
            ["render", "-o", "out.pdf"],
            ["render", "--press", "-o", "out.pdf"],
            ["render", "-o", "out.png", "--dpi", "30"],
            ["render", "-o", "out.pdf", "-o", "out.png", "--dpi", "30"],
            ["render", "-o", "small.png", "--dpi", "10", "--report", "report.json"],
            ["galley", "Layouts/examples/zjfzb-2021-12-16/stories/lead.md", "--dump", "dump.txt"],
            ["render", "Layouts/examples/edition-2021-12-16/edition.yaml", "-o", "pages/", "--dpi", "20"],
            ["thumbnail", "-o", "thumb.png", "--width", "400"],
          ])
    func writeFailure(arguments: [String]) throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Layouts"),
                                                   withDestinationURL: TestSupport.root.appendingPathComponent("Layouts"))
        let previous = ["out.pdf", "out.png", "small.png", "report.json", "dump.txt", "thumb.png", "pages/page-01.pdf", "pages/page-02.png"]
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("pages"), withIntermediateDirectories: true)
        for name in previous { try Data("previous \(name)".utf8).write(to: folder.appendingPathComponent(name)) }
        let before = try contents(folder)
        // 1 KiB: the small PNG fits, the report and every other output does not.
        let result = try runLimited(2, arguments, in: folder)
        #expect(result.status == 1, "\(arguments): exit \(result.status)")
        #expect(result.error.contains("File too large"), "\(arguments): \(result.error)")
        let after = try contents(folder).filter { !$0.key.hasPrefix("Layouts") }
        #expect(after == before.filter { !$0.key.hasPrefix("Layouts") }, "\(arguments): \(after.keys.sorted())")
    }

    @Test("an output that is one of the run's inputs is refused before anything is written, naming both")
    func outputOntoInput() throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.example, to: folder.appendingPathComponent("page"))
        let page = folder.appendingPathComponent("page/page.yaml").path
        let photo = folder.appendingPathComponent("page/photo.png").path
        let story = folder.appendingPathComponent("page/stories/lead.md").path
        let cases: [([String], String)] = [
            (["render", page, "-o", photo], photo),
            (["render", page, "-o", folder.appendingPathComponent("new.pdf").path, "--report", page], page),
            (["render", page, "-o", folder.appendingPathComponent("page/./photo.png").path, "-o", folder.appendingPathComponent("new.pdf").path], photo),
            (["proof", page, "-o", photo], photo),
            (["galley", story, "--dump", story], story),
            (["thumbnail", page, "-o", photo], photo),
        ]
        let before = try contents(folder)
        for (arguments, input) in cases {
            let result = try TestSupport.run(executable, arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.error.contains(input) && result.error.contains("an input of this run"), "\(arguments): \(result.error)")
            #expect(try contents(folder) == before, "\(arguments) wrote something")
        }
    }

    @Test("a press render killed at any point leaves nothing in the temporary folder or beside its output")
    func killDuringPress() throws {
        let temporary = try TestSupport.temporaryFolder()
        let folder = try TestSupport.temporaryFolder()
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary.path
        let arguments = ["-c", "exec \"$0\" render --press --marks -o \"$1\"", executable, folder.appendingPathComponent("press.pdf").path]
        let started = Date()
        #expect(try TestSupport.run("/bin/sh", arguments, environment: environment).status == 0)
        let duration = Date().timeIntervalSince(started)
        let whole = try Data(contentsOf: folder.appendingPathComponent("press.pdf"))
        for fraction in [0.1, 0.3, 0.5, 0.7, 0.9] {
            try Data("previous".utf8).write(to: folder.appendingPathComponent("press.pdf"))
            let process = try TestSupport.spawn("/bin/sh", arguments, environment: environment)
            Thread.sleep(forTimeInterval: duration * fraction)
            kill(process, SIGKILL)
            _ = TestSupport.wait(process)
            #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "killed at \(fraction)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["press.pdf"], "killed at \(fraction)")
            let left = try Data(contentsOf: folder.appendingPathComponent("press.pdf"))
            #expect(left == Data("previous".utf8) || left == whole, "killed at \(fraction)")
        }
    }
}

/// Photos of every PNG colour type in the printer's PDF.
@Suite("Press photos")
struct PressPhotoTests {
    @Test("grey, 16-bit grey, grey+alpha, 1-bit and all-grey RGB photos go to the black plate alone; a palette photo with transparency is separated",
          arguments: [("grey8.png", true), ("grey16.png", true), ("grey-alpha.png", true), ("bilevel.png", true),
                      ("rgb-all-grey.png", true), ("palette-trns.png", false)])
    func photoKinds(name: String, grey: Bool) throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ImageDecoderTests.images.appendingPathComponent(name), to: folder.appendingPathComponent("photo.png"))
        try "grid: tabloid-6col\nblocks:\n  - photo: photo.png\n    column: 1\n    columns: 2\n    line: 1\n    lines: 12\n"
            .write(to: folder.appendingPathComponent("page.yaml"), atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("press.pdf").path
        let result = try TestSupport.run(TestSupport.broadsheet, ["render", folder.appendingPathComponent("page.yaml").path, "--press", "-o", pdf])
        #expect(result.status == 0, "\(result.error)")
        let coverage = try TestSupport.run("/usr/bin/gs", ["-q", "-dNOPAUSE", "-dBATCH", "-r20", "-sDEVICE=inkcov", "-o", "-", pdf])
        let inks = coverage.output.split(separator: " ").compactMap { Double($0) }.prefix(4)
        try #require(inks.count == 4, "\(coverage.output)")
        if grey {
            #expect(inks.prefix(3).allSatisfy { $0 == 0 } && inks[inks.startIndex + 3] > 0, "\(name): C M Y K = \(Array(inks))")
        } else {
            #expect(inks.prefix(3).contains { $0 > 0 }, "\(name): C M Y K = \(Array(inks))")
        }
    }
}
