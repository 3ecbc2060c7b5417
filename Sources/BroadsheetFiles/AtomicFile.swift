import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes an output through a temporary file in the same folder, moved into place only when
/// complete, so that a failed or killed run never leaves a partial file behind and never harms the
/// previous output.
///
/// On Linux the temporary file has no name (`O_TMPFILE`) until it is complete, so a process killed
/// while writing leaves nothing at all; the finished file is linked in beside the target and
/// renamed over it. Elsewhere, or on a file system without `O_TMPFILE`, it is a hidden
/// `.NAME.PID.partial` file, which the next write to the same output removes if its process is gone.
public enum AtomicFile {
    /// Calls `body` with a path to write the output to, then moves the finished file to `path`.
    public static func write(to path: String, _ body: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FileError(file: path, "cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
        removeAbandonedFiles(in: folder, for: url.lastPathComponent)
        let partial = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).partial").path
        #if os(Linux)
        // O_TMPFILE is a macro Swift does not import: __O_TMPFILE (as on x86-64 and arm64) | O_DIRECTORY.
        let anonymous = open(folder.path, 0o20000000 | O_DIRECTORY | O_RDWR, 0o666)
        if anonymous >= 0 {
            defer { close(anonymous) }
            let handle = "/proc/self/fd/\(anonymous)"
            try body(handle)
            // Linked in under the partial name, then renamed over the target: the target is always whole.
            guard linkat(AT_FDCWD, handle, AT_FDCWD, partial, AT_SYMLINK_FOLLOW) == 0 else {
                throw FileError(file: path, "cannot move the finished file into place: \(String(cString: strerror(errno)))")
            }
            try moveIntoPlace(partial, path)
            return
        }
        #endif
        do {
            try body(partial)
            try moveIntoPlace(partial, path)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    private static func moveIntoPlace(_ partial: String, _ path: String) throws {
        if rename(partial, path) != 0 {
            let problem = String(cString: strerror(errno))
            unlink(partial)
            throw FileError(file: path, "cannot move the finished file into place: \(problem)")
        }
    }

    /// Removes `.NAME.PID.partial` files for `name` whose process no longer runs.
    private static func removeAbandonedFiles(in folder: URL, for name: String) {
        let prefix = ".\(name)."
        for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where file.hasPrefix(prefix) && file.hasSuffix(".partial") {
            guard let pid = pid_t(file.dropFirst(prefix.count).dropLast(".partial".count)), pid != getpid(),
                  kill(pid, 0) != 0 && errno == ESRCH else { continue }
            unlink(folder.appendingPathComponent(file).path)
        }
    }
}

extension AtomicFile {
    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { temporary in
            do {
                try data.write(to: URL(fileURLWithPath: temporary))
            } catch {
                throw FileError(file: path, "cannot write the file: \(error.localizedDescription)")
            }
        }
    }
}
