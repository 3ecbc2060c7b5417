import BroadsheetFiles
import Foundation

extension ProjectFolder {
    /// Fails, at `value`'s line, when `path` (named `name` in the page file) lies outside the folder.
    func check(_ path: String, named name: String, what: String, at value: YAMLValue) throws {
        guard allows(path) else {
            throw value.error("\(what) file '\(name)' lies outside the project folder \(root.path) (--allow-outside allows it)")
        }
    }
}
