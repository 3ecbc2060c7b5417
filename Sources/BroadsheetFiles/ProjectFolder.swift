import CLinux
import Foundation

/// The folder a page file's own files (stories, photos, a grid named by path) must lie in: the
/// nearest folder, from the page file's own upwards, that holds a `Layouts` folder — the project's
/// root — or else the page file's folder. The files are opened beneath the root's folder with
/// `openat2(RESOLVE_BENEATH)`, so neither `../` nor a symbolic link — not even one swapped in while the
/// page is being read — leads out of it; `--allow-outside` lifts the rule.
public struct ProjectFolder: Sendable {
    public let root: URL
    let allowOutside: Bool

    public init(pageFile: String, allowOutside: Bool) {
        let pageFolder = InputFile.folder(of: pageFile)
        var candidate = pageFolder
        while !FileManager.default.fileExists(atPath: candidate.appendingPathComponent("Layouts").path) && candidate.path != "/" {
            candidate.deleteLastPathComponent()
        }
        root = candidate.path == "/" ? pageFolder : candidate
        self.allowOutside = allowOutside
    }

    /// May a page of this project name the file at `path`? Links are followed for the answer, so
    /// the error can name the page file's line; reading checks again as it opens (`readBytes`).
    public func allows(_ path: String) -> Bool {
        allowOutside || relative(URL(fileURLWithPath: path).resolvingSymlinksInPath().path) != nil
    }

    /// `path` relative to the root, when it lies beneath it by name.
    private func relative(_ path: String) -> String? {
        let resolved = URL(fileURLWithPath: path).standardized.path
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return resolved.hasPrefix(prefix) ? String(resolved.dropFirst(prefix.count)) : nil
    }

    /// The bytes of a file of the project, opened beneath the root (see `InputFile.readBytes`).
    public func readBytes(_ path: String, maximumBytes: Int) throws -> Data {
        if allowOutside { return try InputFile.readBytes(path, maximumBytes: maximumBytes) }
        guard let relative = relative(path) else { throw FileError(file: path, "lies outside the project folder \(root.path)") }
        let folder = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { throw FileError(file: root.path, "cannot open the project folder: \(String(cString: strerror(errno)))") }
        defer { close(folder) }
        var how = open_how()
        how.flags = UInt64(O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        how.resolve = UInt64(RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS)
        var descriptor = broadsheet_openat2(folder, relative, &how)
        // A kernel before Linux 5.6, or a sandbox that filters the call, has no openat2.
        if descriptor < 0 && (errno == ENOSYS || errno == EPERM) { descriptor = try Self.openWithoutLinks(relative, beneath: folder, path: path) }
        guard descriptor >= 0 else {
            switch errno {
            case EXDEV, ELOOP: throw FileError(file: path, "leads out of the project folder \(root.path) through a link")
            case ENOENT: throw FileError(file: path, "file not found")
            default: throw FileError(file: path, "file not readable: \(String(cString: strerror(errno)))")
            }
        }
        defer { close(descriptor) }
        return try InputFile.readBytes(descriptor, path: path, maximumBytes: maximumBytes)
    }

    /// Opens `relative` beneath `folder` one name at a time, following no link at all: where openat2
    /// is missing, a link cannot be told to stay beneath the folder, so none is followed. Returns -1
    /// with `errno` set when a name is missing; a link is an error that says so.
    static func openWithoutLinks(_ relative: String, beneath folder: Int32, path: String) throws -> Int32 {
        let names = relative.split(separator: "/").map(String.init).filter { $0 != "." }
        guard !names.isEmpty, !names.contains("..") else { throw FileError(file: path, "lies outside the project folder") }
        var current = dup(folder)
        for (index, name) in names.enumerated() {
            let last = index == names.count - 1
            let next = openat(current, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | (last ? O_NONBLOCK : O_DIRECTORY))
            let failure = errno
            close(current)
            guard next >= 0 else {
                if failure == ELOOP || (failure == ENOTDIR && !last) {
                    throw FileError(file: path, "is reached through a symbolic link, which this system cannot check stays in the project folder (no openat2); name the file itself")
                }
                errno = failure
                return -1
            }
            current = next
        }
        return current
    }

    /// The text of a file of the project, as `InputFile.read` gives it.
    public func read(_ path: String) throws -> String {
        try InputFile.decode(try readBytes(path, maximumBytes: InputFile.maximumBytes), file: path)
    }
}
