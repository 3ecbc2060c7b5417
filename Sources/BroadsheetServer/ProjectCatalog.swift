import BroadsheetFiles
import Foundation

/// The page and edition files of a project: YAML files beneath its folder with a top-level `pages:`
/// (an edition) or `blocks:` or `stories:` (a page), grids and hidden folders left out.
struct ProjectCatalog: Sendable {
    let root: URL

    struct Entry: Codable, Sendable, Equatable {
        /// Beneath the project, without `.yaml`: the `{path}` of `/api/page/{path}.pdf`.
        var path: String
        var kind: String
        var title: String?
        /// An edition's page files, in order.
        var pages: [String]?
    }

    func entries() -> [Entry] {
        let names = (FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".yaml") && !$0.split(separator: "/").contains { $0.hasPrefix(".") || $0 == "grids" || $0 == "Tests" } }
            .sorted()
        return names.compactMap { name in
            guard let text = try? InputFile.read(root.appendingPathComponent(name).path) else { return nil }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            let title = lines.first { $0.hasPrefix("title:") || $0.hasPrefix("paper:") }
                .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
            let path = String(name.dropLast(".yaml".count))
            if lines.contains(where: { $0.hasPrefix("pages:") }) {
                let folder = (name as NSString).deletingLastPathComponent
                let pages = lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- page:") }
                    .compactMap { $0.split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) }
                    .map { ((folder as NSString).appendingPathComponent($0) as NSString).standardizingPath }
                    .map { $0.hasSuffix(".yaml") ? String($0.dropLast(5)) : $0 }
                return Entry(path: path, kind: "edition", title: title, pages: pages)
            }
            guard lines.contains(where: { $0.hasPrefix("blocks:") || $0.hasPrefix("stories:") }) else { return nil }
            return Entry(path: path, kind: "page", title: title)
        }
    }
}
