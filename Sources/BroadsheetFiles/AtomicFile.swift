import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes outputs whole or not at all. Each output is written into a temporary file in its own folder,
/// every write(2) checked, flushed to disk with fsync, and only then renamed over the target, so a
/// full disk, an I/O error or a killed process leaves the previous output as it was, and an error
/// names the output and the system's reason.
///
/// On Linux the temporary file has no name (`O_TMPFILE`) until it is complete, so a process killed
/// while writing leaves nothing at all; elsewhere, or on a file system without `O_TMPFILE`, it is a
/// hidden `.NAME.PID.partial` file, which the next write to the same output removes if its process is
/// gone. Several outputs of one run go together: all are staged first, and if any fails none replaces
/// its previous file.
public enum AtomicFile {
    /// Writes `data` to `path`.
    public static func write(_ data: Data, to path: String) throws {
        try write([(path, data)])
    }

    /// Writes every output, or none: each is written and synced first, and only when all are complete
    /// are they moved into place, one after the other.
    public static func write(_ outputs: [(path: String, data: Data)]) throws {
        var staged: [StagedFile] = []
        do {
            for (path, data) in outputs { staged.append(try stage(data, for: path)) }
        } catch {
            for file in staged { file.discard() }
            throw error
        }
        var failure: Error?
        for file in staged {
            do { try file.moveIntoPlace() } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }

    /// A finished temporary file beside its target: on Linux an unnamed one, still open (a process
    /// killed now leaves nothing), given a name only to be renamed over the target.
    private struct StagedFile {
        let descriptor: Int32?
        let partial: String
        let target: String

        func moveIntoPlace() throws {
            if let descriptor {
                defer { close(descriptor) }
                guard linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, partial, AT_SYMLINK_FOLLOW) == 0 else {
                    throw FileError(file: target, "cannot move the finished file into place: \(String(cString: strerror(errno)))")
                }
            }
            guard rename(partial, target) == 0 else {
                let problem = String(cString: strerror(errno))
                unlink(partial)
                throw FileError(file: target, "cannot move the finished file into place: \(problem)")
            }
            // The rename itself reaches the disk with the folder.
            let folder = open(URL(fileURLWithPath: target).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY)
            if folder >= 0 { fsync(folder); close(folder) }
        }

        func discard() {
            if let descriptor { close(descriptor) } else { unlink(partial) }
        }
    }

    private static func stage(_ data: Data, for path: String) throws -> StagedFile {
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
        let anonymous = open(folder.path, 0o20000000 | O_DIRECTORY | O_RDWR | O_CLOEXEC, 0o644)
        if anonymous >= 0 {
            do {
                try writeAll(data, to: anonymous, path: path)
            } catch {
                close(anonymous)
                throw error
            }
            return StagedFile(descriptor: anonymous, partial: partial, target: path)
        }
        #endif
        let named = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard named >= 0 else { throw FileError(file: path, "cannot write the file: \(String(cString: strerror(errno)))") }
        defer { close(named) }
        do {
            try writeAll(data, to: named, path: path)
        } catch {
            unlink(partial)
            throw error
        }
        return StagedFile(descriptor: nil, partial: partial, target: path)
    }

    /// Every byte written and synced, or the system's reason (a full disk, a file size limit, an I/O error).
    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    throw FileError(file: path, "cannot write the file: \(String(cString: strerror(written < 0 ? errno : EIO)))")
                }
                offset += written
            }
        }
        guard fsync(descriptor) == 0 else {
            throw FileError(file: path, "cannot write the file: \(String(cString: strerror(errno)))")
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
