import BroadsheetConcurrency
import BroadsheetText
import CHarfBuzzSubset

/// Cuts a font down to the glyphs a document uses, with HarfBuzz's subsetter, for embedding in a PDF.
/// The subset renumbers its glyphs densely, so it carries the map from the shaper's glyph IDs to its
/// own. Its charstrings have their subroutines inlined: a few hundred glyphs share too little for the
/// subroutines to pay for themselves, and flat charstrings deflate better.
public struct FontSubsetter: Sendable {
    public struct Subset: Sendable {
        /// The subset as an OpenType (CFF outlines) or TrueType font file.
        public var bytes: [UInt8]
        public var glyphMap: [UInt32: UInt32]
    }

    public init() {}

    /// Each face cut down to its glyphs, the faces on all cores; a face that cannot be subset is left
    /// out (cairo then embeds it whole, the PDF writer refuses it).
    public func subsets(_ glyphs: [FontFace: Set<UInt32>]) -> [FontFace: Subset] {
        let work = Array(glyphs)
        let results = concurrently(work) { subset($0.key, glyphs: $0.value) }
        var subsets: [FontFace: Subset] = [:]
        for ((face, _), subset) in zip(work, results) { subsets[face] = subset }
        return subsets
    }

    /// `face` holding only `glyphs` (and .notdef), or nil when the font cannot be subset.
    public func subset(_ face: FontFace, glyphs: Set<UInt32>) -> Subset? {
        guard let blob = hb_blob_create_from_file_or_fail(face.file) else { return nil }
        let file = hb_face_create(blob, UInt32(face.index))
        hb_blob_destroy(blob)
        defer { hb_face_destroy(file) }
        // The subsetter reads the font through a face without the tables an embedded font does
        // without: it would otherwise map the whole cmap and close the glyph set over it (and over
        // variation sequences) before it looks at the glyphs — 40 M instructions a CJK face, nearly all
        // of a subset's cost, and glyphs the PDF never draws.
        let source = hb_face_create_for_tables({ _, tag, file in
            FontSubsetter.droppedTables.contains(tag) ? nil : hb_face_reference_table(OpaquePointer(file), tag)
        }, UnsafeMutableRawPointer(file), nil)
        hb_face_set_upem(source, hb_face_get_upem(file))
        hb_face_set_glyph_count(source, hb_face_get_glyph_count(file))
        defer { hb_face_destroy(source) }
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in Self.droppedTables { hb_set_add(dropped, tag) }
        hb_set_clear(hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG))
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_DESUBROUTINIZE.rawValue)
        let glyphSet = hb_subset_input_glyph_set(input)
        hb_set_add(glyphSet, 0)
        for glyph in glyphs { hb_set_add(glyphSet, glyph) }
        guard let plan = hb_subset_plan_create_or_fail(source, input) else { return nil }
        defer { hb_subset_plan_destroy(plan) }
        let mapping = hb_subset_plan_old_to_new_glyph_mapping(plan)
        var glyphMap: [UInt32: UInt32] = [:]
        for glyph in glyphs.union([0]) where hb_map_has(mapping, glyph) != 0 { glyphMap[glyph] = hb_map_get(mapping, glyph) }
        guard let subset = hb_subset_plan_execute_or_fail(plan) else { return nil }
        let subsetBlob = hb_face_reference_blob(subset)
        hb_face_destroy(subset)
        defer { hb_blob_destroy(subsetBlob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(subsetBlob, &length), length > 0 else { return nil }
        let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
        return Subset(bytes: bytes, glyphMap: glyphMap)
    }

    /// The tables an embedded font has no use for: the PDF draws glyphs by ID (no cmap, no layout
    /// tables) at the positions the frame gives (no vertical metrics).
    static let droppedTables: Set<hb_tag_t> = Set(
        ["cmap", "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "COLR", "CPAL", "SVG ", "vhea", "vmtx", "VORG", "DSIG"]
            .map { $0.utf8.reduce(0) { $0 << 8 | UInt32($1) } })
}
