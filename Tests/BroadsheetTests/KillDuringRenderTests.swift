import Foundation
import Testing

extension CommandLineTests {
    /// Starts rendering the example page with `dpi` into `folder` (page.pdf, page.png, report.json).
    func startRender(into folder: URL, dpi: Int) throws -> pid_t {
        try TestSupport.spawn(executable, ["render", "-o", folder.appendingPathComponent("page.pdf").path,
                                           "-o", folder.appendingPathComponent("page.png").path, "--dpi", "\(dpi)",
                                           "--report", folder.appendingPathComponent("report.json").path])
    }

    func outputs(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test("a render killed at any point leaves each previous output whole or replaced by a whole new one, and nothing else")
    func killDuringRender() throws {
        // The outputs of the previous run (150 dpi) and of a whole run of the killed command (300 dpi).
        let previous = try TestSupport.temporaryFolder()
        let whole = try TestSupport.temporaryFolder()
        let started = Date()
        #expect(TestSupport.wait(try startRender(into: whole, dpi: 300)) == 0)
        let duration = Date().timeIntervalSince(started)
        #expect(TestSupport.wait(try startRender(into: previous, dpi: 150)) == 0)
        let before = try outputs(in: previous)
        let after = try outputs(in: whole)
        #expect(Set(before.keys) == ["page.pdf", "page.png", "report.json"])
        #expect(before["page.png"] != after["page.png"])

        var killedWhileRunning = 0
        for fraction in [0.02, 0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.05] {
            let folder = try TestSupport.temporaryFolder()
            for (name, data) in before { try data.write(to: folder.appendingPathComponent(name)) }
            let process = try startRender(into: folder, dpi: 300)
            Thread.sleep(forTimeInterval: duration * fraction)
            kill(process, SIGKILL)
            if TestSupport.wait(process) == 128 + SIGKILL { killedWhileRunning += 1 }
            let left = try outputs(in: folder)
            #expect(Set(left.keys) == Set(before.keys), "killed at \(fraction) of the run: \(left.keys.sorted())")
            for (name, data) in left {
                #expect(data == before[name] || data == after[name], "killed at \(fraction) of the run: \(name) is neither the old nor a whole new file")
            }
        }
        #expect(killedWhileRunning >= 3, "only \(killedWhileRunning) runs were killed before they ended")
    }
}
