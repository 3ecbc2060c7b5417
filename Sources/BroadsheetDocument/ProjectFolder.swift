import Foundation

/// The folder a page file's own files (stories, photos, a grid named by path) must lie in: the
/// nearest folder, from the page file's own upwards, that holds a `Layouts` folder — the project's
/// root — or else the page file's folder. Symbolic links are followed before the check, so neither
/// `../` nor a link leads out of it; `--allow-outside` lifts the rule.
struct ProjectFolder {
    let root: URL
    let allowOutside: Bool

    init(pageFile: String, allowOutside: Bool) {
        let pageFolder = URL(fileURLWithPath: pageFile).deletingLastPathComponent().resolvingSymlinksInPath()
        var candidate = pageFolder
        while !FileManager.default.fileExists(atPath: candidate.appendingPathComponent("Layouts").path) && candidate.path != "/" {
            candidate.deleteLastPathComponent()
        }
        root = candidate.path == "/" ? pageFolder : candidate
        self.allowOutside = allowOutside
    }

    /// Fails, at `value`'s line, when `path` (named `name` in the page file) lies outside the folder.
    func check(_ path: String, named name: String, what: String, at value: YAMLValue) throws {
        guard !allowOutside else { return }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard resolved == root.path || resolved.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/") else {
            throw value.error("\(what) file '\(name)' lies outside the project folder \(root.path) (--allow-outside allows it)")
        }
    }
}
