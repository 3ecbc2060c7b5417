import Foundation
import Testing

/// `make install` into a fresh prefix, then the installed binary run as a new user would: from `/`,
/// from a project folder of their own, with no BROADSHEET_HOME.
@Suite("Install", .serialized)
struct InstallTests {
    let prefix: URL
    let installed: String
    /// The environment of a user who has not heard of BROADSHEET_HOME.
    let environment: [String: String]

    init() throws {
        prefix = try TestSupport.temporaryFolder()
        let make = try TestSupport.run("/usr/bin/make", ["-s", "-C", TestSupport.root.path, "install", "PREFIX=\(prefix.path)",
                                                         "BIN=\(TestSupport.broadsheet)"])
        try #require(make.status == 0, "make install: \(make.error)")
        installed = prefix.appendingPathComponent("bin/broadsheet").path
        var environment = ProcessInfo.processInfo.environment
        environment["BROADSHEET_HOME"] = nil
        self.environment = environment
    }

    @Test("the installed binary, run from /, renders the example page byte-identical to the in-tree build's")
    func examplePageFromRoot() throws {
        let folder = try TestSupport.temporaryFolder()
        let installedPDF = folder.appendingPathComponent("installed.pdf").path, inTreePDF = folder.appendingPathComponent("tree.pdf").path
        let result = try TestSupport.run(installed, ["render", "-o", installedPDF], directory: "/", environment: environment)
        #expect(result.status == 0, "\(result.error)")
        #expect(try TestSupport.run(TestSupport.broadsheet, ["render", "-o", inTreePDF]).status == 0)
        #expect(FileManager.default.contents(atPath: installedPDF) == FileManager.default.contents(atPath: inTreePDF))
    }

    @Test("the installed binary renders a user's project outside the source tree, from its folder and from /, with the project's own grid before the shipped one of the same name")
    func userProject() throws {
        let project = try TestSupport.temporaryFolder()
        let stories = project.appendingPathComponent("stories")
        try FileManager.default.createDirectory(at: stories, withIntermediateDirectories: true)
        // The house's own tabloid: five wider columns instead of the shipped six.
        let grids = project.appendingPathComponent("Layouts/grids")
        try FileManager.default.createDirectory(at: grids, withIntermediateDirectories: true)
        let shipped = try String(contentsOf: TestSupport.root.appendingPathComponent("Layouts/grids/tabloid-6col.yaml"), encoding: .utf8)
        try shipped.replacingOccurrences(of: "columns: 6\ncolumn-chars: 12", with: "columns: 5\ncolumn-chars: 15")
            .write(to: grids.appendingPathComponent("tabloid-6col.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: TestSupport.exampleStories.appendingPathComponent("lead.md"),
                                         to: stories.appendingPathComponent("lead.md"))
        try """
            grid: tabloid-6col
            title: 用户的版面
            date: 2021-12-16
            stories:
              - stories/lead.md
            """.write(to: project.appendingPathComponent("page.yaml"), atomically: true, encoding: .utf8)
        let fromProject = try TestSupport.run(installed, ["render", "page.yaml", "-o", "page.pdf", "--allow-overset", "--allow-underfill", "--report", "page.json"],
                                              directory: project.path, environment: environment)
        #expect(fromProject.status == 0, "\(fromProject.error)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: project.appendingPathComponent("page.json"))) as? [String: Any]
        let story = try #require((report?["blocks"] as? [[String: Any]])?.first { $0["kind"] as? String == "story" })
        // 5 × 15 characters of 9 pt and 4 one-character gaps.
        let width = try #require((story["rect_pt"] as? [Double])?[2])
        #expect(abs(width - 9 * (5 * 15 + 4)) < 0.01)
        let fromRoot = try TestSupport.run(installed, ["render", project.appendingPathComponent("page.yaml").path, "-o",
                                                       project.appendingPathComponent("root.pdf").path, "--allow-overset", "--allow-underfill"],
                                           directory: "/", environment: environment)
        #expect(fromRoot.status == 0, "\(fromRoot.error)")
        let pdf = FileManager.default.contents(atPath: project.appendingPathComponent("page.pdf").path)
        #expect(pdf?.starts(with: Data("%PDF".utf8)) == true)
        #expect(pdf == FileManager.default.contents(atPath: project.appendingPathComponent("root.pdf").path))
    }

    @Test("--version prints the version; without its data the binary says where it looked and how to fix it")
    func versionAndMissingData() throws {
        let version = try TestSupport.run(installed, ["--version"], environment: environment)
        #expect(version.status == 0 && version.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let lonely = try TestSupport.temporaryFolder().appendingPathComponent("broadsheet").path
        // Linked, not copied: a copy's open write descriptor, inherited by a process another test
        // starts meanwhile, would make executing it fail (ETXTBSY).
        try FileManager.default.linkItem(atPath: installed, toPath: lonely)
        let result = try TestSupport.run(lonely, ["render", "-o", "/tmp/never.pdf"], directory: "/", environment: environment)
        #expect(result.status == 1)
        #expect(result.error.contains("BROADSHEET_HOME") && result.error.contains("make install"), "\(result.error)")
        var withHome = environment
        withHome["BROADSHEET_HOME"] = prefix.appendingPathComponent("share/broadsheet").path
        let pdf = try TestSupport.temporaryFolder().appendingPathComponent("home.pdf").path
        #expect(try TestSupport.run(lonely, ["render", "-o", pdf], directory: "/", environment: withHome).status == 0)
    }
}
