import Foundation

/// Writes an output through a temporary file in the same folder, renamed into place only when
/// complete, so that a failed or killed run never leaves a partial file behind.
public enum AtomicFile {
    /// Calls `body` with a temporary path beside `path`, then renames the finished file to `path`.
    public static func write(to path: String, _ body: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw DocumentError(file: path, "cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial").path
        do {
            try body(temporary)
            if rename(temporary, path) != 0 {
                throw DocumentError(file: path, "cannot move the finished file into place: \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}

extension AtomicFile {
    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { temporary in
            guard FileManager.default.createFile(atPath: temporary, contents: data) else {
                throw DocumentError(file: path, "cannot write the file")
            }
        }
    }
}
