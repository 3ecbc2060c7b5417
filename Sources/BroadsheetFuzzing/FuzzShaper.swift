import BroadsheetText

/// A fixed-pitch shaper for fuzzing, with the awkward cases real fonts produce: CJK characters and
/// emoji take 1 em, others ½ em, combining marks, format and control characters nothing; some clusters of
/// several characters are split in one cluster per scalar (as font fallback splits them), some marks
/// carry ink outside their frame, and private-use characters have no face at all (missing glyphs).
struct FuzzShaper: TextShaper, VerticalTextShaper {
    static let face = FontFace(file: "/fuzz/fixed-pitch", index: 0, family: "Fuzz Fixed", style: "Regular")

    func shape(_ text: String, style: TextStyle) throws -> ShapedText {
        var clusters: [ShapedCluster] = []
        var problems: [GlyphProblem] = []
        var offset = 0
        for character in text {
            let em = style.size
            for piece in Self.pieces(of: character) {
                let scalar = piece.unicodeScalars.first!
                let advance = Self.advance(of: scalar, em: em)
                let glyphs = piece.unicodeScalars.enumerated().map { index, scalar in
                    ShapedGlyph(id: scalar.value & 0xFFFF, xOffset: 0, yOffset: 0, advance: index == 0 ? advance : 0)
                }
                let strayInk = scalar.value % 7 == 0
                let missing = Self.isMissing(scalar)
                if missing { problems.append(GlyphProblem(kind: .missing, character: character, offset: offset, face: nil)) }
                clusters.append(ShapedCluster(text: piece, glyphs: glyphs, face: missing ? -1 : 0,
                                              inkLeft: strayInk ? -0.2 * em : 0.1 * advance,
                                              inkRight: strayInk ? 1.3 * em : 0.9 * advance))
            }
            offset += 1
        }
        return ShapedText(style: style, clusters: clusters, faces: [Self.face], problems: problems)
    }

    func shapeVertical(_ text: String, style: TextStyle) throws -> VerticalShapedText {
        let em = style.size
        var units: [VerticalUnit] = []
        for run in VerticalRun.split(text) {
            let pieces = run.orientation == .tateChuYoko ? [run.text] : run.text.map(String.init)
            for piece in pieces {
                let scalar = piece.unicodeScalars.first!
                let advance = run.orientation == .tateChuYoko ? em : Self.advance(of: scalar, em: em)
                units.append(VerticalUnit(text: piece, orientation: run.orientation, face: Self.isMissing(scalar) ? nil : Self.face,
                                          size: em, glyphs: [.init(id: scalar.value & 0xFFFF, x: 0, y: IdeographicEmBox.ascent * em)],
                                          advance: advance))
            }
        }
        return VerticalShapedText(style: style, units: units, problems: [])
    }

    /// A character as one cluster, or split into one cluster per scalar when its first scalar is odd.
    private static func pieces(of character: Character) -> [String] {
        let scalars = character.unicodeScalars
        guard scalars.count > 1, scalars.first!.value % 2 == 1 else { return [String(character)] }
        return scalars.map { String($0) }
    }

    private static func advance(of scalar: Unicode.Scalar, em: Double) -> Double {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        return scalar.isCJK || scalar.properties.isEmojiPresentation ? em : em / 2
    }

    private static func isMissing(_ scalar: Unicode.Scalar) -> Bool {
        (0xE000...0xF8FF).contains(scalar.value) || (0xF0000...0xFFFFD).contains(scalar.value)
    }
}
