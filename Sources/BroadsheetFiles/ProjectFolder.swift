import Foundation

/// The folder a page file's own files (stories, photos, a grid named by path) must lie in: the
/// nearest folder, from the page file's own upwards, that holds a `Layouts` folder — the project's
/// root — or else the page file's folder. Symbolic links are followed before the check, so neither
/// `../` nor a link leads out of it; `--allow-outside` lifts the rule.
public struct ProjectFolder: Sendable {
    public let root: URL
    let allowOutside: Bool

    public init(pageFile: String, allowOutside: Bool) {
        let pageFolder = URL(fileURLWithPath: pageFile).deletingLastPathComponent().resolvingSymlinksInPath()
        var candidate = pageFolder
        while !FileManager.default.fileExists(atPath: candidate.appendingPathComponent("Layouts").path) && candidate.path != "/" {
            candidate.deleteLastPathComponent()
        }
        root = candidate.path == "/" ? pageFolder : candidate
        self.allowOutside = allowOutside
    }

    /// May a page of this project name the file at `path`?
    public func allows(_ path: String) -> Bool {
        guard !allowOutside else { return true }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return resolved == root.path || resolved.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/")
    }
}
