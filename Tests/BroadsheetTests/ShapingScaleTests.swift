import BroadsheetFormats
import BroadsheetText
import Testing

/// Pango shapes at one size and the setter scales shapes between sizes (`TextShaper.scalingSize`):
/// a headline tried at every size of its ladder is shaped once. Scaling must give the very numbers
/// shaping at the size gives, or a headline measured by make-up would be set otherwise on the page.
@Suite("Shapes scale between sizes")
struct ShapingScaleTests {
    @Test("a shape scaled from the scaling size equals the shape at the size, to the last bit",
          arguments: ["zh-Hans/cpi-may.md", "ja/kumamoto-quake-ccs.md", "ko/turkey-syria-quake.md"])
    func scaledEqualsShaped(story: String) throws {
        let shaper = try TestSupport.pangoShaper()
        let scalingSize = try #require(shaper.scalingSize)
        let parsed = try StoryParser.load(path: TestSupport.root.appendingPathComponent("Tests/Copy/tuning/\(story)").path)
        let language = parsed.language ?? .simplifiedChinese
        // The headline and a paragraph with punctuation, digits and Latin, whose ink extents are read.
        let texts = [parsed.headline, parsed.body.map(\.text).first { $0.contains(where: \.isNumber) } ?? parsed.body[0].text]
        for role in ["song", "hei-bold"] {
            for text in texts {
                let reference = try shaper.shape(text, style: TextStyle(role: role, size: scalingSize, language: language))
                for size in [6.5, 9, 9.9, 10.5, 11.7, 23.4, 44, 69.3] {
                    let shaped = try shaper.shape(text, style: TextStyle(role: role, size: size, language: language))
                    #expect(reference.scaled(to: size) == shaped, "\(story) \(role) at \(size) pt")
                }
            }
        }
    }
}
