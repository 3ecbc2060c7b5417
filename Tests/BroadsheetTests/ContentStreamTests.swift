import Foundation
import BroadsheetCairo
@testable import BroadsheetPress
import BroadsheetFrame
import Testing

@Suite("Content streams")
struct ContentStreamTests {
    func operators(_ text: String) throws -> [String] {
        try ContentStreamTokenizer.tokens(Array(text.utf8)).compactMap { if case .operator(let name) = $0.kind { name } else { nil } }
    }

    @Test("strings, names, comments and hex strings never read as operators")
    func notOperators() throws {
        let text = "(a rg (nested) \\) b RG) Tj /rg gs % 1 0 0 rg\n<0072 67> Tj [(x) -250 (y)] TJ << /K 1 >> BDC"
        #expect(try operators(text) == ["Tj", "gs", "Tj", "TJ", "BDC"])
    }

    @Test("numbers in every PDF form")
    func numbers() throws {
        let numbers = try ContentStreamTokenizer.tokens(Array("1 -2 +3 .5 -.25 4. 0.000 6 re".utf8))
            .compactMap { if case .number(let value) = $0.kind { value } else { nil } }
        #expect(numbers == [1, -2, 3, 0.5, -0.25, 4, 0, 6])
        #expect(ContentStreamTokenizer.number("1.2.3") == nil && ContentStreamTokenizer.number("-") == nil)
    }

    @Test("inline image data is skipped up to its EI, whatever bytes it holds")
    func inlineImage() throws {
        let text = "q BI /W 4 /H 1 /CS /RGB /BPC 8 ID 1 0 0 rgEIx EI Q 0 g"
        #expect(try operators(text) == ["q", "BI", "ID", "EI", "Q", "g"])
    }

    @Test("broken streams fail with the offset")
    func failures() {
        #expect(throws: ContentStreamTokenizer.Failure.unterminatedString(at: 2)) { try ContentStreamTokenizer.tokens(Array("q (abc".utf8)) }
        #expect(throws: ContentStreamTokenizer.Failure.unterminatedHexString(at: 0)) { try ContentStreamTokenizer.tokens(Array("<00ab".utf8)) }
        #expect(throws: ContentStreamTokenizer.Failure.unterminatedInlineImage(at: 11)) { try ContentStreamTokenizer.tokens(Array("BI /W 1 ID xyz".utf8)) }
    }

    let red = Color(magenta: 1, yellow: 1)
    var key: ColorKey { ColorKey([Color.black, red, Color.white])! }

    func rewrite(_ text: String, initial: OverprintState = OverprintState(fill: false, stroke: false)) throws -> String {
        String(decoding: try ContentRecolorer(key: key).rewrite(Array(text.utf8), initial: initial), as: UTF8.self)
    }

    func standIn(_ color: Color) -> String {
        let rgb = key.standIn(for: color)!
        return "\(rgb.red) \(rgb.green) \(rgb.blue)"
    }

    @Test("stand-ins become CMYK; black overprints, other colours knock out; the rest is copied byte for byte")
    func recolour() throws {
        let input = "q \(standIn(.black)) rg BT (1 0 0 rg) Tj ET \(standIn(red)) rg 0 0 5 5 re f \(standIn(.black)) RG 1 w S Q"
        #expect(try rewrite(input) == "q /BSOP10 gs 0 0 0 1 k BT (1 0 0 rg) Tj ET /BSOP00 gs 0 1 1 0 k 0 0 5 5 re f /BSOP01 gs 0 0 0 1 K 1 w S Q")
    }

    @Test("Q restores the overprint state, and an image is painted knocking out")
    func stateStack() throws {
        let input = "q \(standIn(.black)) rg Q \(standIn(red)) rg q \(standIn(.black)) rg /x1 Do Q"
        #expect(try rewrite(input) == "q /BSOP10 gs 0 0 0 1 k Q 0 1 1 0 k q /BSOP10 gs 0 0 0 1 k /BSOP00 gs /x1 Do Q")
    }

    @Test("a form XObject, whose state is inherited, sets it at its first colour")
    func unknownState() throws {
        #expect(try rewrite("\(standIn(red)) rg", initial: OverprintState()) == "/BSOP00 gs 0 1 1 0 k")
    }

    @Test("an RGB colour Broadsheet did not draw, or any other colour operator, is an error")
    func strangers() {
        #expect(throws: ContentRecolorer.Failure.notAStandIn("0.2 0.3 0.4 rg")) { try rewrite("0.2 0.3 0.4 rg") }
        #expect(throws: ContentRecolorer.Failure.unexpectedOperator("g")) { try rewrite("0 g") }
        #expect(throws: ContentRecolorer.Failure.unexpectedOperator("scn")) { try rewrite("/P0 scn") }
    }

    @Test("a colour key round-trips six-decimal output and rejects everything else")
    func colorKey() throws {
        let colors = (0..<ColorKey.capacity).map { Color(cyan: Double($0) / 1000) }
        let key = try #require(ColorKey(colors))
        for color in [colors[0], colors[500], colors[998]] {
            let rgb = try #require(key.standIn(for: color))
            let printed = [rgb.red, rgb.green, rgb.blue].map { Double(String(format: "%f", $0))! }
            #expect(key.color(red: printed[0], green: printed[1], blue: printed[2]) == color)
            #expect(rgb.red != rgb.green || rgb.green != rgb.blue, "a stand-in is never grey")
        }
        #expect(key.color(red: 0, green: 0, blue: 0) == nil)
        #expect(key.color(red: 1.5, green: 0.5, blue: 0.25) == nil)
        #expect(ColorKey(colors + [Color(black: 0.5)]) == nil)
        #expect(ContentRecolorer.format(0.05) == ".05" && ContentRecolorer.format(1) == "1" && ContentRecolorer.format(0.12345) == ".1235")
    }
}

@Suite("Photo separation")
struct PhotoSeparationTests {
    /// Black, navy, dark brown, mid grey and white: the darkest colours need the most ink.
    let pixels: [UInt8] = [0, 0, 0, 10, 20, 80, 60, 30, 10, 128, 128, 128, 255, 255, 255]

    func totals(limit: Double) throws -> [Double] {
        let file = TestSupport.root.appendingPathComponent("Layouts/press/newsprint-tr002.icc")
        let profile = try ICCProfile(file: file.path, bytes: try Data(contentsOf: file))
        let cmyk = try PhotoSeparator(profile: profile, inkLimit: limit).separate(rgb: pixels)
        return stride(from: 0, to: cmyk.count, by: 4).map { index in
            Double(cmyk[index..<index + 4].reduce(0) { $0 + Int($1) }) / 255 * 100
        }
    }

    @Test("total ink stays within the limit asked for, and the limit is what holds it down")
    func inkLimit() throws {
        for limit in [200.0, 240] {
            let inks = try totals(limit: limit)
            #expect(inks.allSatisfy { $0 <= limit + 0.5 }, "\(limit): \(inks)")
            #expect(inks[0] > limit - 10, "black reaches the limit: \(inks)")
        }
        #expect(try totals(limit: 400)[0] > 245, "without a tighter limit black takes more ink")
        #expect(try totals(limit: 240)[4] == 0, "white takes no ink")
    }

    @Test("a profile that is not CMYK is refused")
    func rgbProfile() throws {
        // Ghostscript's sRGB profile (Debian libgs-common, installed with ghostscript).
        let error = #expect(throws: RenderError.self) {
            let file = "/usr/share/color/icc/ghostscript/srgb.icc"
            return try ICCProfile(file: file, bytes: try Data(contentsOf: URL(fileURLWithPath: file)))
        }
        #expect(error?.message.contains("must be a CMYK profile") == true, "\(String(describing: error))")
    }
}
