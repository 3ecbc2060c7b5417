import BroadsheetDocument
import BroadsheetFiles
import BroadsheetText
import Foundation

/// Reads a story file: Markdown with YAML front matter (`kicker`, `headline`, `subhead`, `byline`),
/// then paragraphs separated by blank lines; `## ` lines are in-body subheads.
public enum StoryParser {
    static let keys: Set<String> = Set(["kicker", "headline", "subhead", "byline", "lang"]).union(CompositionSettings.keys)
    /// Most characters a story's body may hold (a broadsheet page holds some 7,000).
    public static let maximumCharacters = 200_000

    /// - Parameter project: a page's project, beneath whose folder the story file is opened.
    public static func load(path: String, within project: ProjectFolder? = nil) throws -> Story {
        try parse(try LoaderInput.text(path, within: project), file: path)
    }

    public static func parse(_ text: String, file: String) throws -> Story {
        // "\r\n" is one Character in Swift: Windows files split the same way. Other line separators
        // (VT, FF, NEL) are control characters, which the body refuses.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            throw DocumentError(file: file, line: 1, "a story must start with a '---' line opening its front matter")
        }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" }) else {
            throw DocumentError(file: file, line: 1, "the front matter opened on line 1 is never closed by a '---' line")
        }
        let frontMatter = lines[1..<close].joined(separator: "\n")
        let map = try YAMLValue.parse(frontMatter, file: file, firstLine: 2).mapping(what: "the front matter")
        try map.rejectUnknownKeys(keys, in: "the story's front matter")
        guard let headline = try map.string("headline")?.trimmingCharacters(in: .whitespacesAndNewlines),
              !headline.isEmpty else {
            throw DocumentError(file: file, line: 1, "the story's front matter lacks a 'headline'")
        }
        return Story(
            kicker: try map.string("kicker").flatMap(nonEmpty),
            headline: headline,
            subhead: try map.string("subhead").flatMap(nonEmpty),
            byline: try map.string("byline").flatMap(nonEmpty),
            body: try body(Array(lines[(close + 1)...]), firstLine: close + 2, file: file),
            language: try map["lang"].map(LanguageTag.read),
            composition: try CompositionSettings.read(map),
            file: file)
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func body(_ lines: [String], firstLine: Int, file: String) throws -> [Story.BodyElement] {
        var elements: [Story.BodyElement] = []
        var paragraph: [String] = []
        var characters = 0
        func flush() {
            if !paragraph.isEmpty { elements.append(.paragraph(joinLines(paragraph))) }
            paragraph = []
        }
        for (index, raw) in lines.enumerated() {
            let line: String
            do {
                line = try CopyText.clean(raw, keepingNewlines: false).trimmingCharacters(in: .whitespaces)
            } catch {
                throw DocumentError(file: file, line: firstLine + index, error.message(in: "the line"))
            }
            characters += line.count
            if characters > maximumCharacters {
                throw DocumentError(file: file, line: firstLine + index, "the story's body is longer than \(maximumCharacters) characters")
            }
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("## ") {
                flush()
                elements.append(.subheading(String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)))
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return elements
    }

    /// Joins the lines of one paragraph: no space where either side is CJK (a line break inside Chinese
    /// text is not a word space), one space between two Latin words.
    static func joinLines(_ lines: [String]) -> String {
        var result = ""
        for line in lines {
            if let last = result.last, let first = line.first, !(last.isCJK || first.isCJK) {
                result.append(" ")
            }
            result += line
        }
        return result
    }
}
