import Foundation
import Testing

extension CommandLineTests {
    @Test("a character no font has is drawn as a visible box (the font's .notdef) in the proof")
    func missingGlyphIsVisible() throws {
        let folder = try TestSupport.temporaryFolder()
        func darkPixels(with character: String, role: String) throws -> Int {
            // The body is set in 宋 (Noto Serif CJK), the byline in 楷 (LXGW WenKai).
            let story = role == "song" ? "---\nheadline: 缺字\n---\n\n缺\(character)字\n" : "---\nheadline: 缺字\nbyline: 缺\(character)字\n---\n\n正文\n"
            let page = try writePage(folder, blocks: "  - story: story.md\n    column: 1\n    columns: 2\n    line: 1\n    lines: 20\n", story: story)
            let png = folder.appendingPathComponent("proof.png").path
            let result = try TestSupport.run(executable, ["render", page, "-o", png, "--dpi", "150", "--allow-missing-glyphs"])
            #expect(result.status == 0, "\(result.error)")
            let pixels = try PNGPixels(path: png)
            return pixels.count(in: (0, 0, Double(pixels.width), Double(pixels.height))) { r, g, b in Int(r) + Int(g) + Int(b) < 300 }
        }
        for role in ["song", "kai"] {
            let missing = try darkPixels(with: "\u{2A6A5}", role: role)
            let blank = try darkPixels(with: "\u{3000}", role: role)
            // A 9 pt box at 150 dpi has a perimeter of some 75 pixels.
            #expect(missing - blank > 40, "\(role): \(missing) dark pixels with the missing character, \(blank) with a space")
        }
    }
}
