import BroadsheetFiles
import Foundation
import Testing

@Suite("Atomic output files")
struct AtomicFileTests {
    @Test("a write replaces the output whole, and removes partial files left by processes that are gone")
    func replacesAndCleansUp() throws {
        let folder = try TestSupport.temporaryFolder()
        let output = folder.appendingPathComponent("page.pdf")
        try Data("old".utf8).write(to: output)
        // A process that has exited, and one that runs (init): only the first one's partial file goes.
        let gone = try TestSupport.spawn("/bin/true", [])
        _ = TestSupport.wait(gone)
        let abandoned = folder.appendingPathComponent(".page.pdf.\(gone).partial")
        let running = folder.appendingPathComponent(".page.pdf.1.partial")
        try Data("half".utf8).write(to: abandoned)
        try Data("half".utf8).write(to: running)
        try AtomicFile.write(Data("new".utf8), to: output.path)
        #expect(try String(contentsOf: output, encoding: .utf8) == "new")
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(FileManager.default.fileExists(atPath: running.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".page.pdf.1.partial", "page.pdf"])
    }

    @Test("outputs written together: when one cannot be written, none replaces its previous file and nothing is left beside them")
    func failureKeepsThePrevious() throws {
        let folder = try TestSupport.temporaryFolder()
        let output = folder.appendingPathComponent("page.png")
        try Data("old".utf8).write(to: output)
        // The second output's folder cannot be made: a file stands where it would be.
        try Data().write(to: folder.appendingPathComponent("blocker"))
        let impossible = folder.appendingPathComponent("blocker/page.pdf").path
        #expect(throws: FileError.self) { try AtomicFile.write([(output.path, Data("new".utf8)), (impossible, Data("pdf".utf8))]) }
        #expect(try String(contentsOf: output, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["blocker", "page.png"])
    }
}
