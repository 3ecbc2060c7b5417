import BroadsheetFontSubset
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetImage
@testable import BroadsheetPDF
import BroadsheetText
import Foundation
import Testing

/// The screen PDF written directly: fonts shown by CID with their own widths, text that reads back as
/// the frame's, photos embedded checked and as JPEG.
@Suite("PDF writer", .serialized)
struct PDFWriterTests {
    @Test("numbers are written with at most the asked decimals, no trailing zeros and no negative zero")
    func numbers() {
        #expect(PDFSyntax.number(1062.992126, decimals: 4) == "1062.9921")
        #expect(PDFSyntax.number(3) == "3")
        #expect(PDFSyntax.number(-0.0001) == "0")
        #expect(PDFSyntax.number(-12.5) == "-12.5")
        #expect(PDFSyntax.number(0.05, decimals: 1) == "0.1")
        #expect(PDFSyntax.textString("报A") == "<FEFF62A50041>")
    }

    /// "新闻" set in the body role, and its run on a page.
    private func shapedRun(_ text: String) throws -> (GlyphRun, FontFace) {
        let shaped = try TestSupport.pangoShaper().shape(text, style: TextStyle(role: "song", size: 10, language: .simplifiedChinese))
        let face = try #require(shaped.faces.first)
        var x = 20.0
        var glyphs: [PositionedGlyph] = []
        for cluster in shaped.clusters {
            for glyph in cluster.glyphs {
                glyphs.append(PositionedGlyph(id: glyph.id, x: x + glyph.xOffset, y: 30, advance: glyph.advance))
                x += glyph.advance
            }
        }
        let clusters = shaped.clusters.map { ClusterMapping(bytes: $0.text.utf8.count, glyphs: $0.glyphs.count) }
        return (GlyphRun(face: face, size: 10, color: .black, glyphs: glyphs, text: shaped.clusters.map(\.text).joined(), clusters: clusters), face)
    }

    @Test("a CID-keyed CFF subset shows each glyph by its CID (Noto CJK: its glyph ID) and gives its width")
    func cidCodes() throws {
        let (run, face) = try shapedRun("新闻")
        let subset = try #require(FontSubsetter().subset(face, glyphs: Set(run.glyphs.map(\.id))))
        let font = try EmbeddedFont(face: face, subset: subset, resourceName: "F0", output: "test.pdf")
        for glyph in run.glyphs {
            #expect(font.code(glyph.id) == UInt16(glyph.id), "Noto CJK's charset gives each glyph its own number as CID")
            #expect(font.width(font.code(glyph.id)) == 1000)
        }
        let cff = try #require(FontFile(subset.bytes)?.cff)
        let cids = try #require(CFFCharset.cids(cff))
        #expect(cids.count == run.glyphs.count + 1 && cids[0] == 0)
    }

    @Test("text whose codes already show other text reads back through ActualText, and one frame's text as written")
    func actualText() throws {
        let (run, _) = try shapedRun("新闻")
        // The same glyphs again, standing for other text: the ToUnicode map keeps the first reading.
        var other = run
        other.text = "X闻"
        other.glyphs = run.glyphs.map { PositionedGlyph(id: $0.id, x: $0.x, y: 60, advance: $0.advance) }
        other.clusters = [ClusterMapping(bytes: 1, glyphs: 1), ClusterMapping(bytes: 3, glyphs: 1)]
        let frame = PageFrame(width: 200, height: 100, items: [.glyphs(run), .glyphs(other)],
                              metadata: .init(title: "测试", date: nil))
        let path = try TestSupport.temporaryFolder().appendingPathComponent("text.pdf").path
        try PDFWriter().pdf([frame], output: path).write(to: URL(fileURLWithPath: path))
        let text = try TestSupport.run("/usr/bin/pdftotext", ["-raw", path, "-"]).output
        #expect(text.contains("新闻") && text.contains("X闻"), "\(text)")
        let pdf = try QPDFJSON(path: path)
        let content = String(decoding: try #require(pdf.contentStreams.first), as: UTF8.self)
        #expect(content.components(separatedBy: "/ActualText").count == 2, "only the one cluster needs it: \(content)")
        let info = try TestSupport.run("/usr/bin/pdfinfo", [path]).output
        #expect(info.range(of: #"Title:\s+测试"#, options: .regularExpression) != nil, "\(info)")
    }

    @Test("a JPEG whose scan is cut short is refused when the PDF is written, naming its file; a whole one is embedded as a progressive JPEG")
    func photos() throws {
        let folder = try TestSupport.temporaryFolder()
        let png = try Data(contentsOf: TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/photo.png"))
        let jpeg = try #require(ImageDecoder.jpeg(try ImageDecoder.decode(png, file: "photo.png", jpeg: false), quality: 90))
        func page(_ bytes: Data, _ name: String) throws -> PageFrame {
            let image = try SourceImage(name: name, bytes: bytes)
            let rect = Rect(x: 10, y: 10, width: 120, height: 78)
            return PageFrame(width: 200, height: 100, items: [.image(PlacedImage(image: image, frame: rect, imageRect: rect))],
                             metadata: .init(title: "photo", date: nil))
        }
        // Its scan cut off halfway, the end marker kept: the header reads, the data does not.
        let cut = try page(jpeg.prefix(jpeg.count / 2) + jpeg.suffix(2), "cut.jpg")
        #expect {
            try PDFWriter().pdf([cut], output: "cut.pdf")
        } throws: { error in
            (error as? RenderError)?.file == "cut.jpg" && "\(error)".contains("corrupt JPEG data")
        }
        let path = folder.appendingPathComponent("photo.pdf").path
        try PDFWriter().pdf([try page(jpeg, "whole.jpg")], output: path).write(to: URL(fileURLWithPath: path))
        let pdf = try QPDFJSON(path: path)
        let images = pdf.objects.keys.map { String($0.dropFirst(4)) }.filter { pdf.value($0)["/Subtype"] as? String == "/Image" }
        let image = try #require(images.first)
        #expect(pdf.value(image)["/Filter"] as? String == "/DCTDecode")
        #expect(pdf.value(image)["/Width"] as? Int == 1200)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size < jpeg.count, "made progressive, the photo is smaller than as given: \(size) vs \(jpeg.count)")
    }
}
