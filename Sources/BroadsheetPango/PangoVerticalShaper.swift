import BroadsheetText
import CPangoCairo

/// Shapes a column of vertical text with Pango (clreq §2.4.2, §3.2.3). Upright runs are shaped in a
/// context of base gravity EAST with the STRONG gravity hint: HarfBuzz then shapes top to bottom and
/// applies the fonts' `vert`/`vrt2` forms (punctuation in the top-right of its frame, brackets, dashes
/// and the ellipsis turned), and Latin keeps upright. 纵中横 numbers and rotated Latin runs are
/// shaped left to right in a second context. Gravity is a context setting, so the shaper owns both.
/// Its contexts and cache, like the library's, are used under the library's lock.
public final class PangoVerticalShaper: VerticalTextShaper, @unchecked Sendable {
    let library: FontLibrary
    private let vertical: OpaquePointer
    private let horizontal: OpaquePointer
    private var faceCache: [UnsafeMutableRawPointer: (FontFace, [String])] = [:]

    public init(library: FontLibrary) {
        self.library = library
        vertical = FontLibrary.makeContext(on: library.fontMap)
        pango_context_set_base_gravity(vertical, PANGO_GRAVITY_EAST)
        pango_context_set_gravity_hint(vertical, PANGO_GRAVITY_HINT_STRONG)
        horizontal = FontLibrary.makeContext(on: library.fontMap)
    }

    deinit {
        for key in faceCache.keys { g_object_unref(key) }
        g_object_unref(UnsafeMutableRawPointer(vertical))
        g_object_unref(UnsafeMutableRawPointer(horizontal))
    }

    /// Control characters are shaped, and kept in the units' text, as U+FFFD (see `PangoShaper.isStoodIn`).
    public func shapeVertical(_ text: String, style: TextStyle) throws -> VerticalShapedText {
        try library.exclusively { try shapeVerticalExclusively(text, style: style) }
    }

    private func shapeVerticalExclusively(_ text: String, style: TextStyle) throws -> VerticalShapedText {
        let text = String(String.UnicodeScalarView(text.unicodeScalars.map { PangoShaper.isStoodIn($0) ? "\u{FFFD}" : $0 }))
        var units: [VerticalUnit] = []
        var problems: [GlyphProblem] = []
        var offset = 0
        for run in VerticalRun.split(text) {
            switch run.orientation {
            case .upright:
                for cluster in try clusters(of: run.text, style: style, in: vertical) {
                    // Pango's vertical geometry is in the run's frame turned 90°: x_offset runs down the
                    // column (the em box's ascent from the frame top to the glyph origin), y_offset leftwards from the centre line.
                    var pen = 0.0
                    let glyphs = cluster.glyphs.map { glyph in
                        defer { pen += cluster.points(glyph.width) }
                        return VerticalUnit.Glyph(id: glyph.id, x: -cluster.points(glyph.yOffset), y: pen + cluster.points(glyph.xOffset))
                    }
                    units.append(VerticalUnit(text: cluster.text, orientation: .upright, face: cluster.face,
                                              size: style.size, glyphs: glyphs, advance: pen))
                    problems += cluster.problems(at: &offset)
                }
            case .tateChuYoko:
                units.append(try tateChuYoko(run.text, style: style, problems: &problems, offset: &offset))
            case .rotated:
                units += try rotated(run.text, style: style, problems: &problems, offset: &offset)
            }
        }
        return VerticalShapedText(style: style, units: units, problems: problems)
    }

    /// A number set across the column in half-width digits (`hwid`), scaled down when it is wider
    /// than one em (three digits, or two and %), centred in the em.
    private func tateChuYoko(_ text: String, style: TextStyle, problems: inout [GlyphProblem],
                             offset: inout Int) throws -> VerticalUnit {
        var shaped = try clusters(of: text, style: style, in: horizontal, features: "hwid")
        var size = style.size
        let natural = shaped.width
        if natural > style.size {
            // Pango shapes at one size: the same glyphs, set smaller.
            size = (style.size * style.size / natural * 1000).rounded(.down) / 1000
            for index in shaped.indices { shaped[index].size = size }
        }
        let baseline = (style.size - size) / 2 + IdeographicEmBox.ascent * size
        let unit = VerticalUnit(text: text, orientation: .tateChuYoko, face: shaped.first?.face, size: size,
                                glyphs: shaped.horizontalGlyphs(left: -shaped.width / 2, baseline: baseline),
                                clusters: shaped.map { .init(bytes: $0.text.utf8.count, glyphs: $0.glyphs.count) },
                                advance: style.size)
        for cluster in shaped { problems += cluster.problems(at: &offset) }
        return unit
    }

    /// A Latin run on its own baseline, to be drawn turned 90° clockwise, one unit per cluster: its em
    /// box is centred on the column's centre line, its ascenders towards the right.
    private func rotated(_ text: String, style: TextStyle, problems: inout [GlyphProblem],
                         offset: inout Int) throws -> [VerticalUnit] {
        try clusters(of: text, style: style, in: horizontal).map { cluster in
            problems += cluster.problems(at: &offset)
            // Turning the run maps its (x, y) to (-y, x) on the page.
            let glyphs = [cluster].horizontalGlyphs(left: 0, baseline: 0).map {
                VerticalUnit.Glyph(id: $0.id, x: -(IdeographicEmBox.ascent - 0.5) * style.size - $0.y, y: $0.x)
            }
            return VerticalUnit(text: cluster.text, orientation: .rotated, face: cluster.face, size: style.size,
                                glyphs: glyphs, advance: [cluster].width)
        }
    }

    /// Itemizes and shapes `text` in `context`, returning its clusters in logical order.
    private func clusters(of text: String, style: TextStyle, in context: OpaquePointer,
                          features: String? = nil) throws -> [PangoCluster] {
        let (description, family) = try library.fontDescription(for: style)
        defer { pango_font_description_free(description) }
        let attributes = pango_attr_list_new()
        defer { pango_attr_list_unref(attributes) }
        pango_attr_list_insert(attributes, pango_attr_font_desc_new(description))
        pango_attr_list_insert(attributes, pango_attr_language_new(pango_language_from_string(style.language.pangoLanguage)))
        if let features { pango_attr_list_insert(attributes, pango_attr_font_features_new(features)) }

        var result: [PangoCluster] = []
        shapeItems(text, context: context, attributes: attributes) { item, glyphs, bytes in
            let face = face(of: item.analysis.font)
            result += PangoCluster.group(glyphs, item: item, bytes: bytes, size: style.size, face: face?.0,
                                         substituted: !(face?.1.contains(family) ?? false))
        }
        return result
    }

    private func face(of font: UnsafeMutablePointer<PangoFont>?) -> (FontFace, [String])? {
        guard let font else { return nil }
        let key = UnsafeMutableRawPointer(font)
        if let cached = faceCache[key] { return cached }
        guard let face = FontFaceReader.face(of: font) else { return nil }
        g_object_ref(key) // keeps the pointer key valid for the shaper's lifetime
        faceCache[key] = (face, FontFaceReader.families(of: font))
        return faceCache[key]
    }
}

/// Glyphs of one cluster as Pango placed them, in Pango units at `FontLibrary.shapingSize`, and the
/// size they are set at.
private struct PangoCluster {
    struct Glyph {
        var id: UInt32
        var width: Int32
        var xOffset: Int32
        var yOffset: Int32
    }

    var text: String
    var glyphs: [Glyph]
    var face: FontFace?
    var missing: Bool
    var substituted: Bool
    var size: Double

    /// A length of the cluster's glyphs in points at its size.
    func points(_ units: Int32) -> Double { FontLibrary.points(units, at: size) }

    /// Groups an item's glyphs, set at `size`, by the byte offset of their cluster, in logical order.
    static func group(_ glyphs: PangoGlyphString, item: PangoItem, bytes: [UInt8], size: Double, face: FontFace?,
                      substituted: Bool) -> [PangoCluster] {
        var groups: [(start: Int, glyphs: [Glyph], missing: Bool)] = []
        for index in 0..<Int(glyphs.num_glyphs) {
            let info = glyphs.glyphs[index]
            let start = Int(glyphs.log_clusters[index])
            let missing = info.glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0
            let glyph = Glyph(id: missing ? 0 : info.glyph, width: info.geometry.width, xOffset: info.geometry.x_offset,
                              yOffset: info.geometry.y_offset)
            if let last = groups.indices.last, groups[last].start == start {
                groups[last].glyphs.append(glyph)
                groups[last].missing = groups[last].missing || missing
            } else {
                groups.append((start, [glyph], missing))
            }
        }
        groups.sort { $0.start < $1.start }
        let itemStart = Int(item.offset)
        return groups.enumerated().map { position, group in
            let from = itemStart + group.start
            let to = position + 1 < groups.count ? itemStart + groups[position + 1].start : itemStart + Int(item.length)
            return PangoCluster(text: String(decoding: bytes[from..<to], as: UTF8.self), glyphs: group.glyphs,
                                face: face, missing: group.missing, substituted: substituted, size: size)
        }
    }

    /// What the cluster's characters lacked, `offset` counting characters of the column's text.
    func problems(at offset: inout Int) -> [GlyphProblem] {
        var problems: [GlyphProblem] = []
        for character in text {
            if missing {
                problems.append(GlyphProblem(kind: .missing, character: character, offset: offset, face: nil))
            } else if substituted && !character.isWhitespace {
                problems.append(GlyphProblem(kind: .substituted, character: character, offset: offset, face: face?.description))
            }
            offset += 1
        }
        return problems
    }
}

private extension [PangoCluster] {
    var width: Double { reduce(0) { total, cluster in cluster.glyphs.reduce(total) { $0 + cluster.points($1.width) } } }

    /// Glyph origins of horizontally shaped clusters set from `left` on `baseline`.
    func horizontalGlyphs(left: Double, baseline: Double) -> [VerticalUnit.Glyph] {
        var pen = left
        return flatMap { cluster in
            cluster.glyphs.map { glyph in
                defer { pen += cluster.points(glyph.width) }
                return VerticalUnit.Glyph(id: glyph.id, x: pen + cluster.points(glyph.xOffset), y: baseline + cluster.points(glyph.yOffset))
            }
        }
    }
}
