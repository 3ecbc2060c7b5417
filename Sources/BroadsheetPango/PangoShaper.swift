import BroadsheetText
import CPangoCairo

/// Shapes text with Pango (itemize, then HarfBuzz through `pango_shape_with_flags`) into clusters of
/// glyphs. It never breaks lines: that is the composer's job (Pango has no kinsoku or compression).
/// Its caches, like Pango, are used under the library's lock.
public final class PangoShaper: TextShaper, @unchecked Sendable {
    let library: FontLibrary
    private var faceCache: [UnsafeMutableRawPointer: FontFace] = [:]
    private var inkCache: [InkKey: (Int32, Int32)] = [:]

    private struct InkKey: Hashable {
        let font: UnsafeMutableRawPointer
        let glyph: UInt32
    }

    public init(library: FontLibrary) {
        self.library = library
    }

    public var scalingSize: Double? { FontLibrary.shapingSize }

    public func shape(_ text: String, style: TextStyle) throws -> ShapedText {
        try library.exclusively { try shapeExclusively(text, style: style) }
    }

    private func shapeExclusively(_ text: String, style: TextStyle) throws -> ShapedText {
        let standIn = Self.standIn(for: text)
        let shaped = standIn?.text ?? text
        let (description, family) = try library.fontDescription(for: style)
        defer { pango_font_description_free(description) }
        let attributes = pango_attr_list_new()
        defer { pango_attr_list_unref(attributes) }
        pango_attr_list_insert(attributes, pango_attr_font_desc_new(description))
        pango_attr_list_insert(attributes, pango_attr_language_new(pango_language_from_string(style.language.pangoLanguage)))
        if style.language != .korean {
            // Solid setting (ベタ組, clreq §2.1.3): the CJK faces' kana and punctuation kerning would pull
            // characters off their em frames; the composer does all spacing itself.
            pango_attr_list_insert(attributes, pango_attr_font_features_new("kern=0"))
            // Numbers take their half-width forms and the interpunct and parentheses of CJK text their
            // full-width ones, so that the characters after them stay on the grid.
            let scalars = Array(shaped.unicodeScalars)
            Self.feature("hwid", on: HalfWidthNumber.members(of: scalars), of: scalars, attributes: attributes)
            Self.feature("fwid", on: FullWidthForm.forms(of: scalars).map { $0 != nil }, of: scalars, attributes: attributes)
        }

        var builder = Builder(style: style, requestedFamily: family)
        shapeItems(shaped, context: library.context, attributes: attributes) { item, glyphs, bytes in
            builder.add(item: item, glyphs: glyphs, bytes: bytes, face: face(of: item.analysis.font),
                        ink: { self.inkExtent(font: item.analysis.font, glyph: $0) })
        }
        var result = builder.result()
        if let standIn { result.restoreText(standIn.pieces) }
        if style.language != .korean {
            // A mark set in its full-width form composes, and reads in the PDF's text, as that form.
            for (index, form) in FullWidthForm.forms(of: result.clusters.map { $0.text.unicodeScalars.first ?? " " }).enumerated() {
                if let form, result.clusters[index].text.unicodeScalars.count == 1 { result.clusters[index].text = String(form) }
            }
        }
        return result
    }

    /// A control character, which Pango is not given: a NUL ends its UTF-8 validation early, and
    /// others among emoji sequences make Pango 1.50's itemizer abort (`run_end != run_start`). The
    /// loaders refuse control characters; text from elsewhere is shaped with U+FFFD in their place.
    static func isStoodIn(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }

    /// The most scalars of one grapheme cluster handed to HarfBuzz: Debian's HarfBuzz 6 takes time
    /// quadratic in a cluster's length (a run of 40,000 combining marks takes seconds), and marks past
    /// these stack on the same spot anyway.
    static let maximumClusterScalars = 64

    /// The text as Pango can shape it in linear time and without failing: each grapheme cluster cut
    /// to `maximumClusterScalars` scalars, and each control character set as U+FFFD (see
    /// `isStoodIn`); with, for each of its scalars, the original scalars it stands for. Nil when
    /// `text` needs neither.
    static func standIn(for text: String) -> (text: String, pieces: [String.UnicodeScalarView])? {
        guard text.unicodeScalars.contains(where: isStoodIn) || text.contains(where: { $0.unicodeScalars.count > maximumClusterScalars })
        else { return nil }
        var shaped = String.UnicodeScalarView()
        var pieces: [String.UnicodeScalarView] = []
        for character in text {
            let scalars = Array(character.unicodeScalars)
            let kept = min(scalars.count, maximumClusterScalars)
            for index in 0..<kept {
                shaped.append(isStoodIn(scalars[index]) ? "\u{FFFD}" : scalars[index])
                pieces.append(String.UnicodeScalarView(index == kept - 1 ? scalars[index...] : scalars[index...index]))
            }
        }
        return (String(shaped), pieces)
    }

    /// Applies the OpenType feature `tag` to each run of the scalars that `selected` marks.
    private static func feature(_ tag: String, on selected: [Bool], of scalars: [Unicode.Scalar], attributes: OpaquePointer?) {
        var offset = 0
        var runStart: Int?
        for (scalar, isSelected) in zip(scalars + ["\u{0}"], selected + [false]) {
            if isSelected && runStart == nil { runStart = offset }
            if !isSelected, let start = runStart {
                let feature = pango_attr_font_features_new(tag)!
                feature.pointee.start_index = UInt32(start)
                feature.pointee.end_index = UInt32(offset)
                pango_attr_list_insert(attributes, feature)
                runStart = nil
            }
            offset += scalar.utf8.count
        }
    }

    /// Left and right edge of a glyph's ink in Pango units at `FontLibrary.shapingSize`, cached per font and glyph.
    private func inkExtent(font: UnsafeMutablePointer<PangoFont>?, glyph: UInt32) -> (Int32, Int32)? {
        guard let font, glyph & PANGO_GLYPH_UNKNOWN_FLAG == 0 else { return nil }
        let key = InkKey(font: UnsafeMutableRawPointer(font), glyph: glyph)
        if let cached = inkCache[key] { return cached }
        // HarfBuzz reads the bounds from the outline; Pango's glyph extents went through cairo and
        // FreeType, loading the glyph at 1,000 pixels (40,000 instructions a glyph).
        var ink = hb_glyph_extents_t()
        guard let shaping = pango_font_get_hb_font(font) else { return nil }
        let extent = hb_font_get_glyph_extents(shaping, glyph, &ink) != 0 && ink.width > 0
            ? (ink.x_bearing, ink.x_bearing + ink.width) : (0, 0)
        inkCache[key] = extent
        return extent
    }

    private func face(of font: UnsafeMutablePointer<PangoFont>?) -> (FontFace, [String])? {
        guard let font else { return nil }
        let key = UnsafeMutableRawPointer(font)
        if let cached = faceCache[key] { return (cached, FontFaceReader.families(of: font)) }
        guard let face = FontFaceReader.face(of: font) else { return nil }
        g_object_ref(key) // keeps the pointer key valid for the shaper's lifetime
        faceCache[key] = face
        return (face, FontFaceReader.families(of: font))
    }

    deinit {
        for key in faceCache.keys { g_object_unref(key) }
    }
}

/// Collects Pango's per-item glyph strings into clusters in logical order.
private struct Builder {
    let style: TextStyle
    let requestedFamily: String
    var clusters: [ShapedCluster] = []
    var faces: [FontFace] = []
    var problems: [GlyphProblem] = []
    var characterOffset = 0

    init(style: TextStyle, requestedFamily: String) {
        self.style = style
        self.requestedFamily = requestedFamily
    }

    mutating func add(item: PangoItem, glyphs: PangoGlyphString, bytes: [UInt8], face: (FontFace, [String])?,
                      ink: (UInt32) -> (Int32, Int32)?) {
        let faceIndex: Int
        if let face {
            if let existing = faces.firstIndex(of: face.0) { faceIndex = existing } else {
                faces.append(face.0)
                faceIndex = faces.count - 1
            }
        } else {
            faceIndex = -1
        }
        let substituted = face.map { !$0.1.contains(requestedFamily) } ?? true
        // Group glyphs by their cluster's byte offset; sort so right-to-left items come out in logical order.
        // A cluster of one glyph remembers the glyph, to measure its ink if it is punctuation.
        var groups: [(start: Int, glyphs: [ShapedGlyph], missing: Bool, inkGlyph: UInt32?, xOffset: Int32)] = []
        for index in 0..<Int(glyphs.num_glyphs) {
            let info = glyphs.glyphs[index]
            let start = Int(glyphs.log_clusters[index])
            let missing = info.glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0
            let glyph = ShapedGlyph(
                id: missing ? 0 : info.glyph, xOffset: FontLibrary.points(info.geometry.x_offset, at: style.size),
                yOffset: FontLibrary.points(info.geometry.y_offset, at: style.size),
                advance: FontLibrary.points(info.geometry.width, at: style.size))
            if let last = groups.indices.last, groups[last].start == start {
                groups[last].glyphs.append(glyph)
                groups[last].missing = groups[last].missing || missing
                groups[last].inkGlyph = nil
            } else {
                groups.append((start, [glyph], missing, info.glyph, info.geometry.x_offset))
            }
        }
        groups.sort { $0.start < $1.start }
        let itemStart = Int(item.offset)
        let itemEnd = itemStart + Int(item.length)
        for (position, group) in groups.enumerated() {
            let from = itemStart + group.start
            let to = position + 1 < groups.count ? itemStart + groups[position + 1].start : itemEnd
            let text = String(decoding: bytes[from..<to], as: UTF8.self)
            for character in text {
                if group.missing {
                    problems.append(GlyphProblem(kind: .missing, character: character, offset: characterOffset, face: nil))
                } else if substituted && !character.isWhitespace {
                    problems.append(GlyphProblem(kind: .substituted, character: character, offset: characterOffset,
                                                 face: face?.0.description))
                }
                characterOffset += 1
            }
            // Only punctuation's ink is read (the composer trims the blank beside a full-width mark):
            // loading every ideograph's outline for its ink was 8 % of a page's instructions.
            let extent = group.inkGlyph.flatMap { text.first?.isPunctuation == true ? ink($0) : nil }
                .map { (FontLibrary.points($0.0 + group.xOffset, at: style.size), FontLibrary.points($0.1 + group.xOffset, at: style.size)) }
            clusters.append(ShapedCluster(text: text, glyphs: group.glyphs, face: faceIndex,
                                          inkLeft: extent?.0, inkRight: extent?.1))
        }
    }

    func result() -> ShapedText {
        ShapedText(style: style, clusters: clusters, faces: faces, problems: problems)
    }
}
