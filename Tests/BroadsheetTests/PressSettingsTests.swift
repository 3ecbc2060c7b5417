@testable import BroadsheetDocument
@testable import BroadsheetFormats
import Foundation
import Testing

@Suite("Press settings and colours in grid and page files")
struct PressSettingsTests {
    let gridBase = """
        trim-width: 265mm
        trim-height: 375mm
        columns: 6
        column-chars: 12
        lines: 73
        line-pitch: 13.5pt
        top-margin: 13mm

        """

    func grid(_ extra: String, folder: URL? = nil) throws -> GridSpec {
        let file = (folder ?? FileManager.default.temporaryDirectory).appendingPathComponent("grid.yaml").path
        return try GridLoader.parse(gridBase + extra, file: file, defaultName: "grid")
    }

    @Test("cmyk() takes four percentages and nothing else")
    func parsing() {
        #expect(ProcessColor(parsing: "cmyk(0,100,100,0)") == ProcessColor(cyan: 0, magenta: 100, yellow: 100, black: 0))
        #expect(ProcessColor(parsing: " CMYK( 5, 95.5 ,80,10 ) ") == ProcessColor(cyan: 5, magenta: 95.5, yellow: 80, black: 10))
        for bad in ["cmyk(0,100,100)", "cmyk(0,100,100,101)", "cmyk(0,-1,0,0)", "rgb(1,0,0)", "#ff0000", "cmyk(a,b,c,d)", "cmyk(0,0,0,0,0)"] {
            #expect(ProcessColor(parsing: bad) == nil, "\(bad)")
        }
        #expect(ProcessColor(cyan: 0, magenta: 100, yellow: 100, black: 0).description == "cmyk(0,100,100,0)")
    }

    @Test("a grid's press: and colors: sections are read; without them the grid has none")
    func gridSections() throws {
        #expect(try grid("").press == nil)
        #expect(try grid("").colors.accent == nil)
        let spec = try grid("press:\n  ink-limit: 220%\n  min-resolution: 170\n  marks: true\ncolors:\n  accent: cmyk(0,90,85,0)\n")
        #expect(spec.press == PressSettings(inkLimit: 220, minimumResolution: 170, marks: true))
        #expect(spec.colors.accent == ProcessColor(cyan: 0, magenta: 90, yellow: 85, black: 0))
        #expect(try grid("press: {}\n").press == PressSettings())
    }

    @Test("a press output profile is found beside the grid file")
    func outputProfile() throws {
        let folder = try TestSupport.temporaryFolder()
        FileManager.default.createFile(atPath: folder.appendingPathComponent("paper.icc").path, contents: Data([1]))
        let spec = try grid("press:\n  output-profile: paper.icc\n  output-condition: IFRA26\n", folder: folder)
        #expect(spec.press?.outputProfile == OutputProfile(file: folder.appendingPathComponent("paper.icc").path, bytes: Data([1])))
        #expect(spec.press?.outputCondition == "IFRA26")
    }

    @Test("bad press and colour values name the line", arguments: [
        ("colors:\n  accent: red\n", 9, "is not a colour"),
        ("colors:\n  highlight: cmyk(0,0,0,0)\n", 9, "unknown key 'highlight'"),
        ("press:\n  ink-limit: 500%\n", 9, "from 100 to 400"),
        ("press:\n  output-profile: nowhere.icc\n", 9, "not found"),
        ("press:\n  trapping: true\n", 9, "unknown key 'trapping'"),
    ])
    func errors(extra: String, line: Int, message: String) throws {
        do {
            _ = try grid(extra)
            Issue.record("accepted \(extra)")
        } catch let error as DocumentError {
            #expect(error.line == line, "\(error)")
            #expect(error.description.contains(message), "\(error)")
        }
    }

    @Test("a page's colors: wins over its grid's")
    func pageOverGrid() throws {
        let folder = try TestSupport.temporaryFolder()
        try (gridBase + "colors:\n  accent: cmyk(0,100,100,0)\n").write(to: folder.appendingPathComponent("g.yaml"), atomically: true, encoding: .utf8)
        let page = folder.appendingPathComponent("page.yaml")
        try "grid: g.yaml\ncolors:\n  accent: cmyk(100,50,0,0)\n".write(to: page, atomically: true, encoding: .utf8)
        #expect(try PageLoader.load(path: page.path, gridDirectory: folder.path).colors.accent == ProcessColor(cyan: 100, magenta: 50, yellow: 0, black: 0))
        try "grid: g.yaml\n".write(to: page, atomically: true, encoding: .utf8)
        #expect(try PageLoader.load(path: page.path, gridDirectory: folder.path).colors.accent == ProcessColor(cyan: 0, magenta: 100, yellow: 100, black: 0))
    }
}
