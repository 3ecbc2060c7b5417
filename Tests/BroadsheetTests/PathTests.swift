@testable import BroadsheetFiles
import Foundation
import Testing

/// A page's relative paths resolve against its own folder however it is named, and its files are
/// opened beneath the project folder, links and all.
@Suite("Paths")
struct PathTests {
    /// A project with `Layouts/`, `stories/a.md` and `pages/page.yaml` naming `../stories/a.md`.
    func project() throws -> URL {
        let root = try TestSupport.temporaryFolder()
        for folder in ["Layouts", "stories", "pages"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try "---\nheadline: 测试\n---\n\n正文。\n".write(to: root.appendingPathComponent("stories/a.md"), atomically: true, encoding: .utf8)
        try "grid: tabloid-6col\nblocks:\n  - story: ../stories/a.md\n    column: 1\n    columns: 2\n    line: 1\n    lines: 20\n"
            .write(to: root.appendingPathComponent("pages/page.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    @Test("`..` in a page resolves against the page's folder whether it is named relatively, from its own folder, or absolutely")
    func relativeNames() throws {
        let root = try project()
        let output = root.appendingPathComponent("out.pdf").path
        for (directory, name) in [(root.path, "pages/page.yaml"), (root.appendingPathComponent("pages").path, "page.yaml"),
                                  ("/", root.appendingPathComponent("pages/page.yaml").path),
                                  (root.appendingPathComponent("stories").path, "../pages/page.yaml")] {
            let result = try TestSupport.run(TestSupport.broadsheet, ["render", name, "-o", output], directory: directory)
            #expect(result.status == 0, "\(name) from \(directory): \(result.error)")
        }
    }

    @Test("a file swapped for a link out of the project after the check is still not read")
    func swappedForALink() throws {
        let root = try project()
        let secret = try TestSupport.temporaryFolder().appendingPathComponent("secret.md")
        try "---\nheadline: 机密\n---\n\n机密。\n".write(to: secret, atomically: true, encoding: .utf8)
        let story = root.appendingPathComponent("stories/a.md").path
        let project = ProjectFolder(pageFile: root.appendingPathComponent("pages/page.yaml").path, allowOutside: false)
        #expect(project.allows(story))
        // The check has passed; now the story becomes a link to a file outside the project.
        try FileManager.default.removeItem(atPath: story)
        try FileManager.default.createSymbolicLink(atPath: story, withDestinationPath: secret.path)
        let error = #expect(throws: FileError.self) { try project.readBytes(story, maximumBytes: 1 << 20) }
        #expect(error?.message.contains("out of the project folder") == true, "\(String(describing: error))")
        // A link that stays inside the project is followed.
        try FileManager.default.removeItem(atPath: story)
        try "---\nheadline: 另一篇\n---\n\n正文。\n".write(to: root.appendingPathComponent("stories/b.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: story, withDestinationPath: "b.md")
        #expect(try project.read(story).contains("另一篇"))
    }

    @Test("without openat2 (Linux before 5.6, filtering sandboxes) a project file opens name by name and no link is followed")
    func withoutOpenat2() throws {
        let root = try project()
        let folder = open(root.path, O_RDONLY | O_DIRECTORY)
        defer { close(folder) }
        let story = try ProjectFolder.openWithoutLinks("stories/a.md", beneath: folder, path: "stories/a.md")
        #expect(story >= 0)
        close(story)
        #expect(try ProjectFolder.openWithoutLinks("stories/none.md", beneath: folder, path: "stories/none.md") == -1 && errno == ENOENT)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("linked").path, withDestinationPath: "stories")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("stories/b.md").path, withDestinationPath: "a.md")
        for linked in ["linked/a.md", "stories/b.md"] {
            let error = #expect(throws: FileError.self) { try ProjectFolder.openWithoutLinks(linked, beneath: folder, path: linked) }
            #expect(error?.message.contains("symbolic link") == true, "\(linked): \(String(describing: error))")
        }
        #expect(throws: FileError.self) { try ProjectFolder.openWithoutLinks("../secret.md", beneath: folder, path: "../secret.md") }
    }

    @Test("a folder, a named pipe or a device given as a page or story says what it is", arguments: ["folder", "pipe", "device"])
    func notAFile(kind: String) throws {
        let root = try project()
        let story = root.appendingPathComponent("stories/a.md").path
        try FileManager.default.removeItem(atPath: story)
        switch kind {
        case "folder": try FileManager.default.createDirectory(atPath: story, withIntermediateDirectories: false)
        case "pipe": #expect(mkfifo(story, 0o644) == 0)
        default: try FileManager.default.createSymbolicLink(atPath: story, withDestinationPath: "/dev/null")
        }
        let page = root.appendingPathComponent("pages/page.yaml").path
        let result = try TestSupport.run(TestSupport.broadsheet, ["render", page, "-o", root.appendingPathComponent("out.pdf").path,
                                                                  "--allow-outside"])
        #expect(result.status == 1)
        let expected = ["folder": "is a folder", "pipe": "is a named pipe (FIFO)", "device": "is a character device"][kind]!
        #expect(result.error.contains(expected), "\(result.error)")
        let asPage = try TestSupport.run(TestSupport.broadsheet, ["render", story, "-o", root.appendingPathComponent("out.pdf").path])
        #expect(asPage.status == 1 && asPage.error.contains(expected), "\(asPage.error)")
    }
}
