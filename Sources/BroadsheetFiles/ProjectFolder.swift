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
        let descriptor = broadsheet_openat2(folder, relative, &how)
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

    /// The text of a file of the project, as `InputFile.read` gives it.
    public func read(_ path: String) throws -> String {
        try InputFile.decode(try readBytes(path, maximumBytes: InputFile.maximumBytes), file: path)
    }
}
