@testable import BroadsheetPress
import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetLayout
import BroadsheetText
import Foundation
import Testing

/// The example page written as the printer's PDF (`render --press --marks`), and its properties
/// checked on the file itself with independent tools: pdfinfo, pdffonts, qpdf's JSON and
/// Ghostscript's ink coverage device.
@Suite("Press PDF", .serialized)
struct PressOutputTests {
    struct Rendered: Sendable {
        var pdf: String
        var sheet: PressSheet
        var page: PageSpec
    }

    static let example: Result<Rendered, Error> = Result { try render(TestSupport.examplePage) }

    static func render(_ pagePath: String, change: (inout PageSpec) -> Void = { _ in }) throws -> Rendered {
        var page = try PageLoader.load(path: pagePath, gridDirectory: TestSupport.grids)
        change(&page)
        let shaper = try TestSupport.pangoShaper()
        let (frame, _) = try PageLayoutEngine(shaper: shaper).layout(page)
        let sheet = try PrinterMarksLayout(shaper: shaper).sheet(frame, for: page, marks: true)
        let pdf = try TestSupport.temporaryFolder().appendingPathComponent("press.pdf").path
        let writer = PressPDFWriter(condition: .shippedNewsprint(file: "newsprint-tr002.icc",
                                                              bytes: try Data(contentsOf: TestSupport.root.appendingPathComponent("Layouts/press/newsprint-tr002.icc"))), inkLimit: 240)
        try Data(try writer.pdf(sheet, output: pdf)).write(to: URL(fileURLWithPath: pdf))
        return Rendered(pdf: pdf, sheet: sheet, page: page)
    }

    /// `pdfinfo -box` values of one box: x0 y0 x1 y1 in points.
    func box(_ name: String, _ info: String) throws -> [Double] {
        let line = try #require(info.split(separator: "\n").first { $0.hasPrefix(name + ":") })
        return line.split(separator: " ").dropFirst().compactMap { Double($0) }
    }

    @Test("TrimBox is the grid's trim, BleedBox the trim and 3 mm, MediaBox holds the marks around both")
    func pageBoxes() throws {
        let rendered = try Self.example.get()
        let info = try TestSupport.run("/usr/bin/pdfinfo", ["-box", rendered.pdf]).output
        let grid = rendered.page.grid
        let margin = rendered.sheet.margin
        let trim = try box("TrimBox", info)
        let bleed = try box("BleedBox", info)
        let media = try box("MediaBox", info)
        let expectedTrim = [margin, margin, margin + grid.trimWidth.points, margin + grid.trimHeight.points]
        for (value, expected) in zip(trim, expectedTrim) { #expect(abs(value - expected) < 0.01, "TrimBox \(trim)") }
        let threeMillimetres = Length.mm(3).points
        for (index, (value, edge)) in zip(bleed, trim).enumerated() {
            #expect(abs(value - (edge + (index < 2 ? -threeMillimetres : threeMillimetres))) < 0.01, "BleedBox \(bleed)")
        }
        #expect(media[0] == 0 && media[1] == 0 && media[2] > bleed[2] + 10 && media[3] > bleed[3] + 10, "MediaBox \(media)")
        #expect(info.contains("PDF version:     1.4"))
    }

    @Test("no content stream sets an RGB (or gray) colour; the masthead red is 0/100/100/0 and black is K only, overprinting")
    func contentStreams() throws {
        let pdf = try QPDFJSON(path: try Self.example.get().pdf)
        let streams = pdf.contentStreams
        #expect(!streams.isEmpty)
        var words: [String] = []
        for stream in streams { words += QPDFJSON.words(stream) }
        for forbidden in ["rg", "RG", "sc", "scn", "SC", "SCN", "cs", "CS", "g", "G"] {
            #expect(!words.contains(forbidden), "content stream still sets a colour with '\(forbidden)'")
        }
        let text = streams.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        #expect(text.contains("0 1 1 0 k"), "masthead red 0/100/100/0 as fill")
        #expect(text.contains("0 1 1 0 K"), "masthead rules 0/100/100/0 as stroke")
        #expect(text.contains("/BSOP10 gs 0 0 0 1 k"), "black text sets fill overprint")
        #expect(text.contains("/BSOP11 gs 0 0 0 1 K") || text.contains("/BSOP01 gs 0 0 0 1 K"), "black rules set stroke overprint")
        let page = pdf.value(try #require(pdf.pages.first?["object"] as? String))
        let states = pdf.resolve(pdf.resolve(page["/Resources"])["/ExtGState"])
        let overprint = pdf.resolve(states["/BSOP10"])
        #expect(overprint["/op"] as? Bool == true && overprint["/OP"] as? Bool == false && overprint["/OPM"] as? Int == 1)
    }

    @Test("no transparency group; photo in DeviceCMYK with total ink within 240 %; OutputIntent, PDF/X version, Trapped, ID")
    func pdfxStructure() throws {
        let pdf = try QPDFJSON(path: try Self.example.get().pdf)
        for page in pdf.pages {
            let dictionary = pdf.value(try #require(page["object"] as? String))
            #expect(dictionary["/Group"] == nil)
            let images = page["images"] as? [[String: Any]] ?? []
            #expect(images.count == 1)
            for image in images {
                let reference = try #require(image["object"] as? String)
                let values = pdf.value(reference)
                #expect(values["/ColorSpace"] as? String == "/DeviceCMYK")
                #expect(values["/SMask"] == nil && values["/Interpolate"] == nil)
                let samples = pdf.data(reference)
                #expect(samples.count == 1200 * 780 * 4)
                var maximum = 0
                var coloured = 0
                for index in stride(from: 0, to: samples.count, by: 4) {
                    let total = Int(samples[index]) + Int(samples[index + 1]) + Int(samples[index + 2]) + Int(samples[index + 3])
                    maximum = max(maximum, total)
                    if samples[index + 1] > 100 { coloured += 1 }
                }
                // One 8-bit step of rounding on top of the limit.
                #expect(Double(maximum) / 255 * 100 <= 240.5, "total ink \(Double(maximum) / 255 * 100) %")
                #expect(Double(maximum) / 255 * 100 > 200, "the darkest parts reach the limit")
                #expect(coloured > 1000, "the red banner keeps its magenta")
            }
        }
        let root = pdf.value(try #require(pdf.value("trailer")["/Root"] as? String))
        let intents = try #require(root["/OutputIntents"] as? [Any])
        #expect(intents.count == 1)
        let intent = pdf.resolve(intents[0])
        #expect(intent["/S"] as? String == "/GTS_PDFX")
        #expect(intent["/OutputConditionIdentifier"] as? String == "u:CGATS TR 002")
        let profile = try #require(intent["/DestOutputProfile"] as? String)
        #expect(pdf.value(profile)["/N"] as? Int == 4)
        #expect(Array(pdf.data(profile)[36..<40]) == Array("acsp".utf8), "an ICC profile is embedded")
        let info = pdf.value(try #require(pdf.value("trailer")["/Info"] as? String))
        #expect(info["/GTS_PDFXVersion"] as? String == "u:PDF/X-1:2003")
        #expect(info["/Trapped"] as? String == "/False")
        #expect((info["/CreationDate"] as? String)?.hasPrefix("u:D:20211216") == true)
        #expect((info["/Title"] as? String)?.contains("浙江法制报") == true)
        #expect((pdf.value("trailer")["/ID"] as? [Any])?.count == 2)
    }

    @Test("pdffonts lists every font embedded")
    func fontsEmbedded() throws {
        let lines = try TestSupport.run("/usr/bin/pdffonts", [try Self.example.get().pdf]).output.split(separator: "\n").dropFirst(2)
        #expect(lines.count >= 4)
        for line in lines {
            #expect(line.split(separator: " ").map(String.init).suffix(5).first == "yes", "not embedded: \(line)")
        }
    }

    /// Ghostscript's ink coverage (C, M, Y, K as fractions of the area) of a rectangle of the page, in trim coordinates.
    func inkCoverage(_ rendered: Rendered, _ rect: Rect) throws -> [Double] {
        let cropped = URL(fileURLWithPath: rendered.pdf).deletingLastPathComponent().appendingPathComponent("crop-\(UUID().uuidString).pdf").path
        let document = try QPDFDocument(reading: try Data(contentsOf: URL(fileURLWithPath: rendered.pdf)), file: rendered.pdf)
        let sheet = rendered.sheet
        let left = sheet.margin + rect.minX
        let bottom = sheet.height - (sheet.margin + rect.maxY)
        document.set(try document.pages()[0], "CropBox", document.rectangle([left, bottom, left + rect.width, bottom + rect.height]))
        try document.written(version: "1.4").write(to: URL(fileURLWithPath: cropped))
        let result = try TestSupport.run("/usr/bin/gs", ["-q", "-dNOPAUSE", "-dBATCH", "-dUseCropBox", "-r150", "-sDEVICE=inkcov", "-o", "-", cropped])
        let values = result.output.split(separator: " ").compactMap { Double($0) }
        guard values.count >= 4 else { throw TestFailure("gs inkcov: \(result.output) \(result.error)") }
        return Array(values.prefix(4))
    }

    @Test("Ghostscript's inkcov finds black ink only in the body text, and only magenta and yellow in the masthead title")
    func inkPlates() throws {
        let rendered = try Self.example.get()
        let grid = rendered.page.grid.pageGrid
        // The lead story's body columns, below its headline.
        let body = Rect(x: grid.columnX(0), y: grid.lineY(22), width: grid.rect(for: GridArea(column: 0, columns: 6, line: 0, lines: 1)).width,
                        height: grid.lineY(38) - grid.lineY(22))
        let bodyInk = try inkCoverage(rendered, body)
        #expect(bodyInk[0] == 0 && bodyInk[1] == 0 && bodyInk[2] == 0, "body text CMY \(bodyInk)")
        #expect(bodyInk[3] > 0.02, "body text K \(bodyInk)")
        // The nameplate's title, 浙江法制报, in the house red.
        let title = Rect(x: grid.typeArea.minX, y: grid.typeArea.minY + 30, width: 150, height: 60)
        let titleInk = try inkCoverage(rendered, title)
        #expect(titleInk[0] == 0 && titleInk[3] == 0, "title C/K \(titleInk)")
        #expect(titleInk[1] > 0.05 && abs(titleInk[1] - titleInk[2]) < 1e-4, "title M = Y \(titleInk)")
    }

    @Test("the slug line names the page, its number, its date and file, outside the trim")
    func slugLine() throws {
        let rendered = try Self.example.get()
        let text = try TestSupport.run("/usr/bin/pdftotext", ["-raw", rendered.pdf, "-"]).output
        // Han–Latin spacing sets the page number apart: 第 1 版.
        #expect(text.contains("第 1 版 2021-12-16 page.yaml C M Y K"), "\(text.suffix(200))")
        for case let .glyphs(run) in rendered.sheet.marks {
            for glyph in run.glyphs { #expect(glyph.y > rendered.sheet.page.height + rendered.sheet.bleed) }
        }
        #expect(rendered.sheet.marks.contains { if case .rule = $0 { true } else { false } }, "crop marks")
    }

    @Test("a page's accent colour given as cmyk() comes out as exactly those inks")
    func pageAccentColour() throws {
        let rendered = try Self.render(TestSupport.examplePage) { page in
            page.colors.accent = ProcessColor(cyan: 5, magenta: 95, yellow: 80, black: 10)
        }
        let text = try QPDFJSON(path: rendered.pdf).contentStreams.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(text.contains(".05 .95 .8 .1 k"))
        #expect(!text.contains("0 1 1 0 k"))
    }

    @Test("equal input gives a byte-identical press PDF")
    func reproducible() throws {
        let first = try Self.example.get().pdf
        let second = try Self.render(TestSupport.examplePage).pdf
        #expect(FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second))
    }
}
