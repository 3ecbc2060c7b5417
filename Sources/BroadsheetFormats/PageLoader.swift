import BroadsheetDocument
import BroadsheetFiles
import BroadsheetGeometry
import BroadsheetText
import Foundation

/// Reads a page file: resolves its grid, loads its stories and checks every block against the grid.
public enum PageLoader {
    static let pageKeys = Set(["grid", "lang", "title", "date", "masthead", "blocks", "stories", "colors"]).union(CompositionSettings.keys)
    static let placementKeys: Set<String> = ["column", "columns", "line", "lines"]
    /// The headline sizes a page may ask for: from a small heading to a 4-inch banner.
    static let headlineSizes: ClosedRange<Double> = 5...288

    static let mastheadKeys: Set<String> = [
        "title", "lines", "date", "weekday", "lunar-date", "issue", "pages-today", "serial-number",
        "postal-code", "hotline", "websites", "digital-edition", "email", "wechat",
    ]

    /// Most blocks one page may place.
    public static let maximumBlocks = 200
    /// Most entries of `stories:` one page may make up by itself: the search grows fast with their number.
    public static let maximumAutoItems = 30
    /// Most characters the stories of one page may hold together.
    public static let maximumCharacters = 200_000

    /// - Parameters:
    ///   - gridDirectory: where `grid: NAME` is looked up as `NAME.yaml` after the project's own `Layouts/grids`.
    ///   - allowOutside: let the page name files outside its project folder (see `ProjectFolder`).
    ///   - project: an edition's project, beneath whose folder the page file is opened.
    public static func load(path: String, gridDirectory: String, allowOutside: Bool = false, within project: ProjectFolder? = nil) throws -> PageSpec {
        try parse(try LoaderInput.text(path, within: project), file: path, gridDirectory: gridDirectory, allowOutside: allowOutside)
    }

    /// Reads `text`, the contents of the page file `path`.
    public static func parse(_ text: String, file path: String, gridDirectory: String, allowOutside: Bool = false) throws -> PageSpec {
        let map = try YAMLValue.parse(text, file: path).mapping(what: "a page file")
        try map.rejectUnknownKeys(pageKeys, in: "the page")
        let folder = InputFile.folder(of: path)
        let project = ProjectFolder(pageFile: path, allowOutside: allowOutside)
        let grid = try loadGrid(map.required("grid", in: "the page"), pageFolder: folder, project: project, gridDirectory: gridDirectory)
        let language = try map["lang"].map(LanguageTag.read) ?? .simplifiedChinese
        let masthead = try map["masthead"].map { value in
            var masthead = try loadMasthead(value.mapping(what: "'masthead'"))
            masthead.sourceLine = value.line
            return masthead
        }
        if let masthead, masthead.lines < 1 || masthead.lines >= grid.lines {
            throw map["masthead"]!.error("the masthead's 'lines' must be between 1 and \(grid.lines - 1)")
        }
        let blockValues = try map["blocks"]?.sequence(what: "'blocks'") ?? []
        if blockValues.count > maximumBlocks {
            throw blockValues[maximumBlocks].error("a page may place at most \(maximumBlocks) blocks")
        }
        let blocks = try blockValues.map { try loadBlock($0, folder: folder, project: project) }
        if let stories = try map["stories"]?.sequence(what: "'stories'"), stories.count > maximumAutoItems {
            throw stories[maximumAutoItems].error("a page may make up at most \(maximumAutoItems) stories and photos by itself")
        }
        var spec = PageSpec(
            file: path, grid: grid, language: language,
            title: try map.string("title") ?? masthead?.title ?? URL(fileURLWithPath: path).lastPathComponent,
            date: try map.date("date"), masthead: masthead, blocks: blocks,
            composition: try CompositionSettings.read(map),
            autoItems: try map["stories"].map { try AutoItemLoader.load($0, folder: folder, project: project) { try resolve($0, folder: folder, project: project, what: $1) } } ?? [])
        spec.colors = try HouseColors.read(map["colors"]).over(grid.colors)
        try checkPlacement(spec, blockValues: blockValues)
        try checkSize(spec)
        return spec
    }

    /// A grid named by path (relative to the page), or by name: `NAME.yaml` in the page's project's
    /// own `Layouts/grids` first, then in `gridDirectory` (the shipped grids).
    private static func loadGrid(_ value: YAMLValue, pageFolder: URL, project: ProjectFolder, gridDirectory: String) throws -> GridSpec {
        let name = try value.string(what: "'grid'")
        let namedByPath = name.hasSuffix(".yaml") || name.contains("/")
        let folders = [project.root.appendingPathComponent("Layouts/grids").path, gridDirectory]
        let candidates = namedByPath
            ? [pageFolder.appendingPathComponent(name).path]
            : folders.map { URL(fileURLWithPath: $0).appendingPathComponent(name + ".yaml").path }
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            let known = Set(folders.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] })
                .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
            throw value.error("unknown grid '\(name)' (known grids: \(known.joined(separator: ", ")))")
        }
        if namedByPath { try project.check(path, named: name, what: "grid", at: value) }
        return try GridLoader.load(path: path, within: namedByPath ? project : nil)
    }

    private static func loadMasthead(_ map: YAMLMapping) throws -> Masthead {
        try map.rejectUnknownKeys(mastheadKeys, in: "the masthead")
        guard let title = try map.string("title") else { throw map.error("the masthead lacks a 'title'") }
        return Masthead(
            title: title, lines: try map.int("lines") ?? 10, date: try map.date("date"),
            weekday: try map.string("weekday"), lunarDate: try map.string("lunar-date"),
            issue: try map.string("issue"), pagesToday: try map.string("pages-today"),
            serialNumber: try map.string("serial-number"), postalCode: try map.string("postal-code"),
            hotline: try map.string("hotline"), websites: try map.strings("websites"),
            digitalEdition: try map.string("digital-edition"),
            email: try map.string("email"), wechat: try map.string("wechat"))
    }

    private static func loadBlock(_ value: YAMLValue, folder: URL, project: ProjectFolder) throws -> Block {
        let map = try value.mapping(what: "a block")
        if let storyValue = map["story"] {
            try map.rejectUnknownKeys(placementKeys.union(["story", "headline-size", "body-columns", "vertical-headline"]),
                                      in: "a story block")
            let area = try loadArea(map)
            let path = try resolve(storyValue, folder: folder, project: project, what: "story")
            let style = StoryStyle(headlineSize: try map.length("headline-size"), bodyColumns: try map.int("body-columns"),
                                   verticalHeadline: try map.bool("vertical-headline") ?? false)
            if let columns = style.bodyColumns, !(1...2 * area.columns).contains(columns) {
                throw map["body-columns"]!.error("'body-columns' must be 1 to \(2 * area.columns) (twice the block's \(area.columns) grid columns), not \(columns)")
            }
            if let size = style.headlineSize, !(Self.headlineSizes ~= size.points) {
                throw map["headline-size"]!.error("'headline-size' must be \(Int(Self.headlineSizes.lowerBound)) to \(Int(Self.headlineSizes.upperBound)) pt, not \(size)")
            }
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return Block(name: name, area: area, content: .story(try StoryParser.load(path: path, within: project), style),
                         sourceLine: value.line)
        }
        if let photoValue = map["photo"] {
            try map.rejectUnknownKeys(placementKeys.union(["photo", "title", "caption", "credit"]), in: "a photo block")
            let area = try loadArea(map)
            let path = try resolve(photoValue, folder: folder, project: project, what: "image")
            let photo = Photo(image: try LoaderInput.image(path, within: project), title: try map.string("title"), caption: try map.string("caption"),
                              credit: try map.string("credit"))
            return Block(name: "photo", area: area, content: .photo(photo), sourceLine: value.line)
        }
        if let boxValue = map["teasers"] {
            try map.rejectUnknownKeys(placementKeys.union(["teasers", "items"]), in: "a teaser box")
            let area = try loadArea(map)
            let title = try boxValue.string(what: "'teasers'")
            let items = try map.required("items", in: "a teaser box").sequence(what: "'items'").map(loadTeaser)
            return Block(name: title, area: area, content: .teasers(TeaserBox(title: title, teasers: items)),
                         sourceLine: value.line)
        }
        throw value.error("a block needs one of 'story', 'photo' or 'teasers'")
    }

    private static func loadTeaser(_ value: YAMLValue) throws -> Teaser {
        let map = try value.mapping(what: "a teaser")
        try map.rejectUnknownKeys(["kicker", "headline", "page"], in: "a teaser")
        guard let headline = try map.string("headline") else { throw map.error("a teaser lacks a 'headline'") }
        guard let page = try map.string("page") else { throw map.error("a teaser lacks a 'page' (e.g. 2版)") }
        return Teaser(kicker: try map.string("kicker"), headline: headline, page: page)
    }

    private static func loadArea(_ map: YAMLMapping) throws -> GridArea {
        func read(_ key: String) throws -> Int {
            guard let value = try map.int(key) else { throw map.error("the block lacks '\(key)' (its place on the grid)") }
            guard value >= 1 else { throw map[key]!.error("'\(key)' must be 1 or more (columns and lines count from 1)") }
            guard value <= GridLoader.maximumLines else { throw map[key]!.error("'\(key)' is \(value), beyond any grid") }
            return value
        }
        return GridArea(column: try read("column") - 1, columns: try read("columns"),
                        line: try read("line") - 1, lines: try read("lines"))
    }

    private static func resolve(_ value: YAMLValue, folder: URL, project: ProjectFolder, what: String) throws -> String {
        let name = try value.string(what: "the \(what) path")
        let path = name.hasPrefix("/") ? name : folder.appendingPathComponent(name).standardized.path
        try project.check(path, named: name, what: what, at: value)
        guard FileManager.default.fileExists(atPath: path) else {
            throw value.error("\(what) file '\(name)' not found (looked at \(path))")
        }
        return path
    }

    /// Refuses a page whose stories together are too long to lay out in reasonable time and memory.
    private static func checkSize(_ spec: PageSpec) throws {
        let placed = spec.blocks.compactMap { block -> (String, Int?, Story)? in
            guard case let .story(story, _) = block.content else { return nil }
            return (block.name, block.sourceLine, story)
        }
        let madeUp = spec.autoItems.compactMap { item -> (String, Int?, Story)? in
            guard case let .story(story) = item.content else { return nil }
            return (item.name, item.sourceLine, story)
        }
        var characters = 0
        for (name, line, story) in placed + madeUp {
            characters += story.bodyCharacterCount
            if characters > maximumCharacters {
                throw DocumentError(file: spec.file, line: line,
                                    "the page's stories hold more than \(maximumCharacters) characters together (up to '\(name)')")
            }
        }
    }

    private static func checkPlacement(_ spec: PageSpec, blockValues: [YAMLValue]) throws {
        let grid = spec.grid
        let reserved = spec.masthead?.lines ?? 0
        for (index, block) in spec.blocks.enumerated() {
            let value = blockValues[index]
            let area = block.area
            if area.column + area.columns > grid.columns || area.line + area.lines > grid.lines {
                throw value.error("block '\(block.name)' (columns \(area.column + 1)–\(area.column + area.columns), lines \(area.line + 1)–\(area.line + area.lines)) lies outside the grid '\(grid.name)' of \(grid.columns) columns × \(grid.lines) lines")
            }
            if area.line < reserved {
                throw value.error("block '\(block.name)' starts on line \(area.line + 1), inside the masthead (lines 1–\(reserved))")
            }
            for other in spec.blocks[..<index] where other.area.overlaps(area) {
                throw value.error("block '\(block.name)' overlaps block '\(other.name)'")
            }
        }
    }
}
