import BroadsheetFiles
import Foundation

/// An output's bytes and the file they go to.
struct RenderedOutput: Sendable {
    let path: String
    let data: Data
}

extension RenderSession {
    /// Writes a report, a dump or any other single file whole or not at all.
    public func writeFile(_ data: Data, to path: String) throws {
        try AtomicFile.write(data, to: path)
    }

    /// Writes every output of a run, or none of them.
    func commit(_ outputs: [RenderedOutput]) throws {
        try AtomicFile.write(outputs.map { ($0.path, $0.data) })
    }

    /// Refuses, before anything is written, an output that is one of the run's input files (the same
    /// file, whatever path or link names it), naming both.
    public func refuseOverwriting(inputs: [String], with outputs: [String]) throws {
        func identity(_ path: String) -> [UInt64]? {
            var status = stat()
            return stat(path, &status) == 0 ? [UInt64(status.st_dev), UInt64(status.st_ino)] : nil
        }
        let known = Dictionary(inputs.compactMap { input in identity(input).map { ($0, input) } }, uniquingKeysWith: { first, _ in first })
        for output in outputs {
            if let id = identity(output), let input = known[id] {
                throw RunFailure("\(output): this output is \(input), an input of this run; nothing was written")
            }
        }
    }
}
