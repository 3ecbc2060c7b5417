import BroadsheetDocument
import BroadsheetFiles
import Foundation

/// Reads edition files: `paper`, `date` and `pages`, each page a page file with `number`, `section`
/// and optionally `jumps: true`.
public enum EditionLoader {
    /// Most pages one edition may list.
    public static let maximumPages = 200

    /// - Parameter allowOutside: let the edition and its pages name files outside their project folder.
    public static func load(path: String, gridDirectory: String, allowOutside: Bool = false) throws -> EditionSpec {
        try parse(try LoaderInput.text(path), file: path, gridDirectory: gridDirectory, allowOutside: allowOutside)
    }

    /// Reads `text`, the contents of the edition file `path`.
    public static func parse(_ text: String, file path: String, gridDirectory: String, allowOutside: Bool = false) throws -> EditionSpec {
        let map = try YAMLValue.parse(text, file: path).mapping(what: "an edition file")
        try map.rejectUnknownKeys(["paper", "date", "pages"], in: "the edition")
        guard let paper = try map.string("paper") else { throw map.error("the edition lacks a 'paper' (its name in running heads)") }
        let folder = InputFile.folder(of: path)
        let date = try map.date("date")
        let project = ProjectFolder(pageFile: path, allowOutside: allowOutside)
        var pages: [EditionSpec.Page] = []
        let pageValues = try map.required("pages", in: "the edition").sequence(what: "'pages'")
        if pageValues.count > maximumPages {
            throw pageValues[maximumPages].error("an edition may list at most \(maximumPages) pages")
        }
        for value in pageValues {
            let entry = try value.mapping(what: "a page of the edition")
            try entry.rejectUnknownKeys(["page", "number", "section", "jumps"], in: "a page of the edition")
            let pageValue = try entry.required("page", in: "a page of the edition")
            let name = try pageValue.string(what: "'page'")
            let pagePath = name.hasPrefix("/") ? name : folder.appendingPathComponent(name).standardized.path
            try project.check(pagePath, named: name, what: "page", at: pageValue)
            guard FileManager.default.fileExists(atPath: pagePath) else {
                throw pageValue.error("page file '\(name)' not found (looked at \(pagePath))")
            }
            let number = try entry.int("number") ?? (pages.last?.number ?? 0) + 1
            guard (1...9_999).contains(number) else {
                throw (entry["number"] ?? value).error("page number \(number) is not between 1 and 9999")
            }
            if pages.contains(where: { $0.number == number }) {
                throw (entry["number"] ?? value).error("page number \(number) appears twice in the edition")
            }
            var page = try PageLoader.load(path: pagePath, gridDirectory: gridDirectory, allowOutside: allowOutside, within: project)
            let section = try entry.string("section")
            if page.masthead == nil {
                page.folio = Folio(paper: paper, number: number, section: section, date: page.date ?? date)
            }
            pages.append(.init(page: page, number: number, section: section, takesJumps: try entry.bool("jumps") ?? false))
        }
        guard !pages.isEmpty else { throw map.error("the edition lists no pages") }
        return EditionSpec(file: path, paper: paper, date: date, pages: pages)
    }
}
