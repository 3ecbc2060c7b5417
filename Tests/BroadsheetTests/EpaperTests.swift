import BroadsheetDocument
import BroadsheetFormats
import Foundation
import Testing

/// `broadsheet epaper` on the example edition with a jump (its front's second story continues on page
/// 2): ALTO and METS validate against the shared schemas, the IIIF manifest has Presentation 3.0's
/// structure, ALTO strings stand where the PDF's glyphs do, article pages hold their stories' text,
/// and a browser clicks from the index to an article and along the jump. `make test` installs
/// libxml2-utils, chromium, chromium-driver, selenium and pdfplumber.
@Suite("Digital edition", .serialized)
struct EpaperTests {
    static let site: Result<URL, Error> = Result {
        let edition = try TestSupport.exampleEditionWithAJump()
        let site = try TestSupport.temporaryFolder().appendingPathComponent("site")
        let run = try TestSupport.run(TestSupport.broadsheet, ["epaper", edition.path, "-o", site.path, "--allow-underfill"])
        guard run.status == 0 else { throw TestFailure("broadsheet epaper: \(run.error)") }
        return site
    }

    @Test("every ALTO file and the METS file validate (xmllint --nonet --schema)")
    func schemas() throws {
        let site = try Self.site.get()
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"), "xmllint is missing: run `make test`")
        let schemas = TestSupport.root.appendingPathComponent("Tests/Epaper/schemas")
        let altos = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("alto").path).sorted()
        #expect(altos == ["p01.xml", "p02.xml", "p03.xml"])
        for (file, schema) in altos.map({ ("alto/\($0)", "alto-4-4.xsd") }) + [("mets.xml", "mets-1-12-1.xsd")] {
            let check = try TestSupport.run("/usr/bin/xmllint", ["--nonet", "--noout", "--schema", schemas.appendingPathComponent(schema).path,
                                                                 site.appendingPathComponent(file).path])
            #expect(check.status == 0, "\(file): \(check.error)")
        }
        // Text blocks are named after the layout report's blocks, and each article is one composed block.
        let alto = try String(contentsOf: site.appendingPathComponent("alto/p01.xml"), encoding: .utf8)
        #expect(alto.contains("<TextBlock ID=\"p01-supervision-tb") && alto.contains("<ComposedBlock ID=\"p01-art-supervision\" TYPE=\"article\""))
        #expect(alto.contains("TAGREFS=\"headline\"") && alto.contains("TAGREFS=\"byline\"") && alto.contains("<Illustration ID=\"p01-photo"))
        // A Latin word the composer hyphenated is one word in ALTO: its two strings name it, the hyphen apart.
        let altoText = try altos.map { try String(contentsOf: site.appendingPathComponent("alto/\($0)"), encoding: .utf8) }.joined()
        let words = { (part: String) in
            altoText.components(separatedBy: "SUBS_TYPE=\"\(part)\" SUBS_CONTENT=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
        #expect(!words("HypPart1").isEmpty && words("HypPart1") == words("HypPart2"), "\(words("HypPart1")) \(words("HypPart2"))")
        #expect(altoText.components(separatedBy: "<HYP CONTENT=\"-\"").count - 1 == words("HypPart1").count)
        let mets = try String(contentsOf: site.appendingPathComponent("mets.xml"), encoding: .utf8)
        // The jumped story is one article with an area on page 1 and one on page 2.
        #expect(mets.contains("BEGIN=\"p01-art-supervision\"") && mets.contains("BEGIN=\"p02-art-supervision\""))
    }

    @Test("the IIIF manifest: a canvas per page painted with its image and level-0 service, ALTO as seeAlso, a link per article region")
    func manifest() throws {
        let site = try Self.site.get()
        let manifest = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("manifest.json"))) as? [String: Any])
        #expect(manifest["@context"] as? String == "http://iiif.io/api/presentation/3/context.json")
        #expect(manifest["type"] as? String == "Manifest")
        #expect((manifest["label"] as? [String: [String]])?["zh"]?.first?.isEmpty == false)
        let canvases = try #require(manifest["items"] as? [[String: Any]])
        #expect(canvases.count == 3)
        for (index, canvas) in canvases.enumerated() {
            #expect(canvas["type"] as? String == "Canvas")
            #expect(canvas["width"] as? Int == 2400)
            #expect((canvas["label"] as? [String: [String]])?["zh"]?.first?.hasPrefix("第\(index + 1)版") == true)
            let page = try #require((canvas["items"] as? [[String: Any]])?.first)
            #expect(page["type"] as? String == "AnnotationPage")
            let painting = try #require((page["items"] as? [[String: Any]])?.first)
            #expect(painting["motivation"] as? String == "painting")
            #expect(painting["target"] as? String == canvas["id"] as? String)
            let body = try #require(painting["body"] as? [String: Any])
            #expect(body["type"] as? String == "Image" && body["height"] as? Int == canvas["height"] as? Int)
            let service = try #require((body["service"] as? [[String: Any]])?.first)
            #expect(service["type"] as? String == "ImageService3" && service["profile"] as? String == "level0")
            // The service's info.json and the image the body names are in the site.
            let serviceFolder = (service["id"] as! String).replacingOccurrences(of: "http://localhost:8080/", with: "")
            let info = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent(serviceFolder + "/info.json"))) as? [String: Any])
            #expect(info["profile"] as? String == "level0" && info["width"] as? Int == 2400)
            let imagePath = (body["id"] as! String).replacingOccurrences(of: "http://localhost:8080/", with: "")
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(imagePath).path), "\(imagePath)")
            let seeAlso = try #require((canvas["seeAlso"] as? [[String: Any]])?.first)
            #expect(seeAlso["format"] as? String == "application/xml" && (seeAlso["id"] as? String)?.hasSuffix(".xml") == true)
            let links = try #require(((canvas["annotations"] as? [[String: Any]])?.first?["items"]) as? [[String: Any]])
            #expect(!links.isEmpty)
            for link in links {
                #expect(link["motivation"] as? String == "linking")
                #expect((link["target"] as? String)?.contains("#xywh=") == true)
            }
        }
    }

    @Test("ALTO strings stand at the PDF's glyph boxes (pdfplumber) within 1 pixel of the zoom image")
    func stringBoxes() throws {
        let site = try Self.site.get()
        let check = try TestSupport.run("/usr/bin/env", ["python3", TestSupport.root.appendingPathComponent("Tests/Epaper/alto_boxes.py").path, site.path])
        let figures = try #require(JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [String: Any], "alto_boxes.py: \(check.error)")
        let strings = figures["strings"] as? Int ?? 0, matched = figures["matched"] as? Int ?? 0
        #expect(strings > 1000)
        // A ligature (ff) or a dash pair set as one glyph reads as other characters in the PDF.
        #expect(Double(matched) >= 0.99 * Double(strings), "\(figures)")
        #expect(figures["worst_px"] as? Double ?? 9 <= 1, "\(figures)")
    }

    @Test("a vertical headline's columns are ALTO strings at the PDF's glyphs too")
    func verticalStrings() throws {
        let site = try TestSupport.temporaryFolder().appendingPathComponent("site")
        let page = TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16-vertical/page.yaml").path
        let run = try TestSupport.run(TestSupport.broadsheet, ["epaper", page, "-o", site.path])
        try #require(run.status == 0, "\(run.error)")
        let check = try TestSupport.run("/usr/bin/env", ["python3", TestSupport.root.appendingPathComponent("Tests/Epaper/alto_boxes.py").path, site.path])
        let figures = try #require(JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [String: Any], "alto_boxes.py: \(check.error)")
        #expect(figures["matched"] as? Int == figures["strings"] as? Int, "\(figures)")
        #expect(figures["worst_px"] as? Double ?? 99 <= 1, "\(figures)")
    }

    @Test("every article page holds its story's text, character for character")
    func articleText() throws {
        let site = try Self.site.get()
        let stories = TestSupport.root.appendingPathComponent("Layouts/examples/edition-2021-12-16/stories")
        let files = try FileManager.default.contentsOfDirectory(atPath: stories.path).filter { $0.hasSuffix(".md") }
        var checked = 0
        for file in files {
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            // The folder holds stories the edition does not print.
            guard let html = try? String(contentsOf: site.appendingPathComponent("articles/art-\(name).html"), encoding: .utf8) else { continue }
            checked += 1
            let story = try StoryParser.load(path: stories.appendingPathComponent(file).path)
            let article = html.components(separatedBy: "<article>")[1].components(separatedBy: "</article>")[0]
            let text = Self.characters(article.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&"))
            let source = Self.characters(([story.kicker, story.headline, story.subhead, story.byline].compactMap { $0 } + story.body.map(\.text)).joined())
            #expect(text == source, "\(file)")
        }
        #expect(checked >= 6)
    }

    @Test("a browser opens the index, a page, an article by its hot zone, and follows a jump to its continuation")
    func browser() throws {
        let site = try Self.site.get()
        for tool in ["/usr/bin/chromium", "/usr/bin/chromedriver"] {
            try #require(FileManager.default.isExecutableFile(atPath: tool), "\(tool) is missing: run `make test`")
        }
        let check = try TestSupport.run("/usr/bin/env", ["python3", TestSupport.root.appendingPathComponent("Tests/Browser/epaper_check.py").path, site.path])
        let figures = try #require(JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [String: Any], "epaper_check.py: \(check.output) \(check.error)")
        #expect(check.status == 0, "\(figures["error"] ?? check.error)")
        #expect(figures["continuation"] as? String == "art-supervision", "\(figures)")
    }

    @Test("a run that fails leaves the site folder as it was")
    func wholeOrNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Data("kept".utf8).write(to: site.appendingPathComponent("index.html"))
        let page = folder.appendingPathComponent("broken.yaml")
        try Data("grid: tabloid-6col\nblocks:\n  - story: missing.md\n".utf8).write(to: page)
        let run = try TestSupport.run(TestSupport.broadsheet, ["epaper", page.path, "-o", site.path])
        #expect(run.status != 0)
        #expect(run.error.contains("broken.yaml"))
        #expect(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8) == "kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["broken.yaml", "site"])
    }

    /// Text without white space: the article page spaces paragraphs, the source breaks lines.
    static func characters(_ text: String) -> String { String(text.filter { !$0.isWhitespace }) }
}
