import BroadsheetDocument
import BroadsheetFiles
import BroadsheetGeometry
import Foundation

/// Reads grid files (`Layouts/grids/NAME.yaml`) into `GridSpec` values.
public enum GridLoader {
    static let keys: Set<String> = [
        "name", "trim-width", "trim-height", "bleed", "columns", "column-chars", "column-gap",
        "lines", "body-font", "body-size", "line-pitch", "top-margin", "column-rules", "press", "colors",
    ]

    /// Limits of a grid, far beyond any newspaper's, that keep a hand-edited number from asking for
    /// millions of lines or a page no renderer can draw.
    public static let maximumColumns = 48
    public static let maximumColumnCharacters = 200
    public static let maximumLines = 500
    public static let maximumTrimSide = Length.mm(2_000)
    public static let bodySizes = Length.pt(3)...Length.pt(72)

    /// - Parameter project: a page's project, beneath whose folder a grid it names by path is opened.
    public static func load(path: String, within project: ProjectFolder? = nil) throws -> GridSpec {
        let text = try LoaderInput.text(path, within: project)
        return try parse(text, file: path, defaultName: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
    }

    /// Reads `text`, the contents of the grid file `file`; `defaultName` names a grid without `name:`.
    public static func parse(_ text: String, file: String, defaultName: String) throws -> GridSpec {
        let folder = InputFile.folder(of: file)
        let map = try YAMLValue.parse(text, file: file).mapping(what: "a grid file")
        try map.rejectUnknownKeys(keys, in: "the grid")
        func need<T>(_ key: String, _ read: (String) throws -> T?) throws -> T {
            guard let value = try read(key) else { throw map.error("the grid lacks the required key '\(key)'") }
            return value
        }
        let spec = GridSpec(
            name: try map.string("name") ?? defaultName,
            trimWidth: try need("trim-width", map.length),
            trimHeight: try need("trim-height", map.length),
            bleed: try map.length("bleed") ?? .mm(3),
            columns: try need("columns", map.int),
            columnCharacters: try need("column-chars", map.int),
            columnGapCharacters: try map.number("column-gap") ?? 1,
            lines: try need("lines", map.int),
            bodyRole: try map.string("body-font") ?? "song",
            bodySize: try map.length("body-size") ?? .pt(9),
            linePitch: try need("line-pitch", map.length),
            topMargin: try map.length("top-margin"),
            columnRules: try map.bool("column-rules") ?? true,
            press: try map["press"].map { try PressSettings.read($0, folder: folder) },
            colors: try HouseColors.read(map["colors"]),
            file: file)
        try validate(spec, map)
        return spec
    }

    private static func validate(_ spec: GridSpec, _ map: YAMLMapping) throws {
        func check(_ ok: Bool, _ key: String, _ message: String) throws {
            if !ok { throw (map[key] ?? map.value).error(message) }
        }
        try check(spec.columns >= 1, "columns", "a grid needs at least one column (got \(spec.columns))")
        try check(spec.columns <= maximumColumns, "columns", "a grid may have at most \(maximumColumns) columns (got \(spec.columns))")
        try check(spec.columnCharacters >= 1, "column-chars", "a column needs at least one character")
        try check(spec.columnCharacters <= maximumColumnCharacters, "column-chars",
                  "a column may be at most \(maximumColumnCharacters) characters wide (got \(spec.columnCharacters))")
        try check(spec.columnGapCharacters >= 0, "column-gap", "the column gap cannot be negative")
        try check(spec.columnGapCharacters <= 20, "column-gap", "the column gap may be at most 20 characters")
        try check(spec.lines >= 1, "lines", "a grid needs at least one line")
        try check(spec.lines <= maximumLines, "lines", "a grid may have at most \(maximumLines) lines (got \(spec.lines))")
        for key in ["trim-width", "trim-height"] {
            let side = key == "trim-width" ? spec.trimWidth : spec.trimHeight
            try check(side.points > 0 && side <= maximumTrimSide, key,
                      "'\(key)' must be more than 0 and at most \(Int(maximumTrimSide.millimetres)) mm")
        }
        try check(spec.bleed.points >= 0 && spec.bleed <= .mm(20), "bleed", "the bleed must be between 0 and 20 mm")
        try check(bodySizes.contains(spec.bodySize), "body-size",
                  "the body size must be between \(bodySizes.lowerBound) and \(bodySizes.upperBound)")
        try check(spec.linePitch <= spec.trimHeight, "line-pitch", "the line pitch is taller than the page")
        try check((spec.topMargin?.points ?? 0) >= 0, "top-margin", "the top margin cannot be negative")
        try check(spec.linePitch >= spec.bodySize, "line-pitch",
                  "the line pitch (\(spec.linePitch)) is smaller than the body size (\(spec.bodySize))")
        let typeArea = spec.pageGrid.typeArea
        try check(typeArea.width <= spec.trimWidth.points, "columns",
                  "the type area (\(Int(Length(points: typeArea.width).millimetres)) mm wide) does not fit the trim width")
        let top = spec.topMargin ?? .pt(0)
        try check(typeArea.height + top.points <= spec.trimHeight.points, "lines",
                  "the type area (\(Int(Length(points: typeArea.height).millimetres)) mm high) does not fit the trim height")
    }
}
