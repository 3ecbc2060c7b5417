import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetGeometry
@testable import BroadsheetLayout
import BroadsheetQR
import Foundation
import Testing

/// The masthead's ear (报眼): the date lines in a box sized to them, and a QR code of the paper's address
/// that a phone reads off the rendered page.
@Suite("Masthead ear")
struct MastheadEarTests {
    static let zbarimg = "/usr/bin/zbarimg"
    static let zbarimgInstalled = FileManager.default.isExecutableFile(atPath: zbarimg)

    /// The example page's folder copied, its page file changed by `edit`, rendered to a PNG; what zbarimg reads on it.
    func decodedQRCodes(editingPage edit: (String) -> String = { $0 }) throws -> [String] {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = folder.appendingPathComponent("Layouts/example")
        try FileManager.default.createDirectory(at: example.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: TestSupport.examplePage).deletingLastPathComponent(), to: example)
        let page = example.appendingPathComponent("page.yaml")
        try edit(try String(contentsOf: page, encoding: .utf8)).write(to: page, atomically: true, encoding: .utf8)
        let png = folder.appendingPathComponent("page.png").path
        let render = try TestSupport.run(TestSupport.broadsheet, ["render", page.path, "-o", png, "--dpi", "150"])
        try #require(render.status == 0, "\(render.error)")
        let scan = try TestSupport.run(Self.zbarimg, ["--quiet", "--raw", png])
        return scan.output.split(separator: "\n").map(String.init)
    }

    @Test("the QR code on the rendered example page reads as the paper's digital edition",
          .enabled(if: zbarimgInstalled, "zbarimg (Debian zbar-tools, in the Makefile's PACKAGES) is not installed"))
    func qrCodeDecodes() throws {
        #expect(try decodedQRCodes() == ["http://zjfzb.zjol.com.cn"])
    }

    @Test("without a digital edition the QR code reads as the first website, given http://",
          .enabled(if: zbarimgInstalled, "zbarimg (Debian zbar-tools, in the Makefile's PACKAGES) is not installed"))
    func qrCodeFallsBackToTheWebsite() throws {
        let codes = try decodedQRCodes { $0.replacingOccurrences(of: "  digital-edition: 数字报网址：http://zjfzb.zjol.com.cn\n", with: "") }
        #expect(codes == ["http://www.pazjw.gov.cn"])
    }

    func exampleMasthead() throws -> (PageSpec, [FrameItem]) {
        let page = try PageLoader.load(path: TestSupport.examplePage, gridDirectory: TestSupport.grids)
        let (frame, _) = try PageLayoutEngine(shaper: try TestSupport.pangoShaper()).layout(page)
        let mastheadBottom = page.grid.pageGrid.lineY(try #require(page.masthead).lines)
        return (page, frame.items.filter { item in
            switch item {
            case .glyphs(let run): (run.glyphs.first?.y ?? .infinity) < mastheadBottom
            case .rule(let rule): rule.from.y < mastheadBottom
            case .box(let box): box.rect.minY < mastheadBottom
            case .tiles(let tiles): tiles.rects.allSatisfy { $0.minY < mastheadBottom }
            case .image: false
            }
        })
    }

    @Test("the symbol is at least 15 mm wide and nothing is drawn in its quiet zone of 4 modules")
    func quietZone() throws {
        let (_, items) = try exampleMasthead()
        let tiles = try #require(items.compactMap { if case .tiles(let tiles) = $0 { tiles } else { nil } }.first)
        let symbol = Rect(x: tiles.rects.map(\.minX).min()!, y: tiles.rects.map(\.minY).min()!,
                          width: tiles.rects.map(\.maxX).max()! - tiles.rects.map(\.minX).min()!,
                          height: tiles.rects.map(\.maxY).max()! - tiles.rects.map(\.minY).min()!)
        #expect(symbol.width >= Length.mm(15).points - 0.01)
        let module = tiles.rects.map(\.height).min()!
        let zone = symbol.insetBy(-4 * module)
        for item in items {
            let marks: [Rect] = switch item {
            case .glyphs(let run): run.glyphs.map { Rect(x: $0.x, y: $0.y - 0.88 * run.size, width: run.size * 0.5, height: run.size) }
            case .rule(let rule): [Rect(x: min(rule.from.x, rule.to.x), y: min(rule.from.y, rule.to.y),
                                        width: abs(rule.to.x - rule.from.x), height: abs(rule.to.y - rule.from.y))]
            case .box(let box): [box.rect]
            case .tiles, .image: []
            }
            for mark in marks { #expect(!zone.intersects(mark), "\(item) lies in the QR code's quiet zone") }
        }
    }

    @Test("the ear's box holds its date lines with no empty band: white on every side under an em of the date size")
    func earHasNoEmptyBox() throws {
        let (_, items) = try exampleMasthead()
        let box = try #require(items.compactMap { if case .box(let box) = $0, box.stroke == .newsRed { box.rect } else { nil } }.first)
        let glyphs = items.flatMap { item -> [Rect] in
            guard case .glyphs(let run) = item else { return [] }
            return run.glyphs.map { Rect(x: $0.x, y: $0.y - 0.88 * run.size, width: 0, height: run.size) }
                .filter { box.contains(Rect(x: $0.x, y: $0.maxY - 1, width: 0, height: 0)) }
                .map { Rect(x: $0.x, y: $0.y, width: run.size * (run.text.allSatisfy(\.isASCII) ? 0.5 : 1), height: $0.height) }
        }
        try #require(!glyphs.isEmpty)
        let em = 11.0
        #expect(glyphs.map(\.minX).min()! - box.minX <= em)
        #expect(box.maxX - glyphs.map(\.maxX).max()! <= em)
        #expect(glyphs.map(\.minY).min()! - box.minY <= em)
        #expect(box.maxY - glyphs.map(\.maxY).max()! <= em)
        let texts = items.compactMap { if case .glyphs(let run) = $0 { run.text } else { nil } }.joined()
        for part in ["16", "星期四", "农历辛丑年十一月十三", "第6396期", "扫码看数字报"] { #expect(texts.contains(part)) }
    }

    @Test("the address comes from a masthead field's URL, or its host for a website; a WeChat name alone gives none")
    func addresses() throws {
        #expect(MastheadQRCode.address(in: "数字报网址：http://zjfzb.zjol.com.cn", acceptingHost: true) == "http://zjfzb.zjol.com.cn")
        #expect(MastheadQRCode.address(in: "平安浙江网：www.pazjw.gov.cn", acceptingHost: true) == "http://www.pazjw.gov.cn")
        #expect(MastheadQRCode.address(in: "“浙江法制报”微信", acceptingHost: false) == nil)
        let wechat = Masthead(title: "报", lines: 8, wechat: "微信 https://weixin.qq.com/r/abc")
        #expect(try MastheadQRCode(wechat, file: "page.yaml")?.caption == "扫码关注微信")
        #expect(try MastheadQRCode(Masthead(title: "报", lines: 8, wechat: "“浙江法制报”微信"), file: "page.yaml") == nil)
    }

    @Test("an address too long for a QR code is an error naming the page file and the masthead's line")
    func tooLongAddress() throws {
        var masthead = Masthead(title: "报", lines: 8, digitalEdition: "http://" + String(repeating: "a", count: 3000) + ".cn")
        masthead.sourceLine = 9
        #expect(throws: DocumentError.self) { try MastheadQRCode(masthead, file: "page.yaml") }
        do {
            _ = try MastheadQRCode(masthead, file: "page.yaml")
        } catch let error as DocumentError {
            #expect(error.file == "page.yaml" && error.line == 9 && error.message.contains("too long"))
        }
    }
}
