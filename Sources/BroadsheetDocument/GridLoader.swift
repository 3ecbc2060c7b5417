import Foundation

/// Reads grid files (`Layouts/grids/NAME.yaml`) into `GridSpec` values.
public enum GridLoader {
    static let keys: Set<String> = [
        "name", "trim-width", "trim-height", "bleed", "columns", "column-chars", "column-gap",
        "lines", "body-font", "body-size", "line-pitch", "top-margin", "column-rules",
    ]

    public static func load(path: String) throws -> GridSpec {
        let text = try InputFile.read(path)
        return try parse(text, file: path, defaultName: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
    }

    static func parse(_ text: String, file: String, defaultName: String) throws -> GridSpec {
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
            columnRules: try map.bool("column-rules") ?? true)
        try validate(spec, map)
        return spec
    }

    private static func validate(_ spec: GridSpec, _ map: YAMLMapping) throws {
        func check(_ ok: Bool, _ key: String, _ message: String) throws {
            if !ok { throw (map[key] ?? map.value).error(message) }
        }
        try check(spec.columns >= 1, "columns", "a grid needs at least one column (got \(spec.columns))")
        try check(spec.columnCharacters >= 1, "column-chars", "a column needs at least one character")
        try check(spec.columnGapCharacters >= 0, "column-gap", "the column gap cannot be negative")
        try check(spec.lines >= 1, "lines", "a grid needs at least one line")
        try check(spec.bodySize.points > 0, "body-size", "the body size must be positive")
        try check(spec.linePitch >= spec.bodySize, "line-pitch",
                  "the line pitch (\(spec.linePitch)) is smaller than the body size (\(spec.bodySize))")
        try check(spec.typeAreaWidth <= spec.trimWidth, "columns",
                  "the type area (\(Int(spec.typeAreaWidth.millimetres)) mm wide) does not fit the trim width")
        let top = spec.topMargin ?? .pt(0)
        try check(spec.typeAreaHeight + top <= spec.trimHeight, "lines",
                  "the type area (\(Int(spec.typeAreaHeight.millimetres)) mm high) does not fit the trim height")
    }
}
