import BroadsheetDocument
import BroadsheetFiles
import Foundation
import Yams

/// Reads a page file's `stories:` list: story files (a path, or a mapping with `story:` and hints
/// `columns`, `photo` with its caption, `keep-with`) and photos, in priority order.
enum AutoItemLoader {
    static let storyKeys: Set<String> = ["story", "columns", "keep-with", "photo", "title", "caption", "credit"]
    static let photoKeys: Set<String> = ["photo", "columns", "keep-with", "title", "caption", "credit"]

    static func load(_ list: YAMLValue, folder: URL, project: ProjectFolder, resolve: (YAMLValue, String) throws -> String) throws -> [AutoItem] {
        var items: [AutoItem] = []
        for value in try list.sequence(what: "'stories'") {
            if case .scalar = value.node {
                let path = try resolve(value, "story")
                items.append(AutoItem(name: name(of: path), content: .story(try StoryParser.load(path: path, within: project)), sourceLine: value.line))
                continue
            }
            let map = try value.mapping(what: "an item of 'stories'")
            let columns = try map.int("columns")
            if let columns, columns < 1 { throw map["columns"]!.error("'columns' must be at least 1") }
            let keepWith = try map.string("keep-with").map { name(of: $0) }
            if let storyValue = map["story"] {
                try map.rejectUnknownKeys(storyKeys, in: "a story of 'stories'")
                let path = try resolve(storyValue, "story")
                let storyName = name(of: path)
                items.append(AutoItem(name: storyName, content: .story(try StoryParser.load(path: path, within: project)),
                                      columns: columns, keepWith: keepWith, sourceLine: value.line))
                // A story's own photo stands with it.
                if let photoValue = map["photo"] {
                    items.append(AutoItem(name: "photo-\(items.count)", content: .photo(try photo(photoValue, map, project, resolve)),
                                          columns: columns, keepWith: storyName, sourceLine: photoValue.line))
                }
            } else if let photoValue = map["photo"] {
                try map.rejectUnknownKeys(photoKeys, in: "a photo of 'stories'")
                items.append(AutoItem(name: "photo-\(items.count)", content: .photo(try photo(photoValue, map, project, resolve)),
                                      columns: columns, keepWith: keepWith, sourceLine: value.line))
            } else {
                throw value.error("an item of 'stories' needs 'story' or 'photo'")
            }
        }
        for item in items {
            if let other = item.keepWith, !items.contains(where: { $0.name == other && $0 != item }) {
                throw DocumentError(file: list.file, line: item.sourceLine, "'keep-with: \(other)' names no story of this page")
            }
        }
        return items
    }

    private static func photo(_ value: YAMLValue, _ map: YAMLMapping, _ project: ProjectFolder,
                              _ resolve: (YAMLValue, String) throws -> String) throws -> Photo {
        let path = try resolve(value, "image")
        return Photo(image: try LoaderInput.image(path, within: project), title: try map.string("title"),
                     caption: try map.string("caption"), credit: try map.string("credit"))
    }

    static func name(of path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }
}
