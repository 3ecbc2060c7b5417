import BroadsheetText
import CHarfBuzzSubset
import CPangoCairo
import Foundation

/// Cuts a font down to the glyphs a document uses before cairo embeds it. cairo 1.16 subsets the
/// glyph outlines of a CFF CJK face but keeps its subroutines whole, which makes each embedded
/// face half a megabyte; HarfBuzz's subsetter also subsets the subroutines. Glyph IDs are kept
/// (`RETAIN_GIDS`), so the shaper's glyph IDs still address the same outlines, and the text stays
/// searchable: cairo writes ToUnicode from the frame's text, not from the font. The subset renumbers
/// its glyphs densely (cairo then handles a few hundred glyphs, not a 65,535-glyph table), so the
/// result carries the map from the shaper's glyph IDs to the subset's.
struct FontSubsetter {
    struct Subset {
        var face: OpaquePointer
        var glyphMap: [UInt32: UInt32]
    }

    /// A cairo font face of `face` holding only `glyphs`, or nil when the font cannot be subset (the
    /// caller then embeds it whole).
    func subset(_ face: FontFace, glyphs: Set<UInt32>) -> Subset? {
        guard let blob = hb_blob_create_from_file_or_fail(face.file) else { return nil }
        let source = hb_face_create(blob, UInt32(face.index))
        hb_blob_destroy(blob)
        defer { hb_face_destroy(source) }
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        // The PDF draws glyphs by ID: layout tables (and the closure over them, the slow part for a
        // CJK face) have no use in the embedded font.
        let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "COLR", "CPAL", "SVG ", "vhea", "vmtx", "VORG", "DSIG"] {
            hb_set_add(dropped, tag.utf8.reduce(0) { $0 << 8 | UInt32($1) })
        }
        hb_set_clear(hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG))
        // Charstrings with their subroutines inlined: a few hundred glyphs share too little for the
        // subroutines to pay for themselves, and flat charstrings deflate better in the PDF.
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
        // FreeType reads the font from memory for as long as the face lives, and cairo keeps faces
        // past any one renderer: each face owns a copy of the bytes and a FreeType library of its own.
        let bytes = UnsafeMutablePointer<FT_Byte>.allocate(capacity: Int(length))
        data.withMemoryRebound(to: FT_Byte.self, capacity: Int(length)) { bytes.update(from: $0, count: Int(length)) }
        var library: FT_Library?
        var ftFace: FT_Face?
        guard FT_Init_FreeType(&library) == 0, FT_New_Memory_Face(library, bytes, FT_Long(length), 0, &ftFace) == 0,
              let ftFace, let cairoFace = cairo_ft_font_face_create_for_ft_face(ftFace, 0) else {
            if let ftFace { FT_Done_Face(ftFace) }
            FT_Done_FreeType(library)
            bytes.deallocate()
            return nil
        }
        let owner = Unmanaged.passRetained(MemoryFace(library: library, face: ftFace, bytes: bytes)).toOpaque()
        cairo_font_face_set_user_data(cairoFace, &MemoryFace.key, owner) { owner in
            if let owner { Unmanaged<MemoryFace>.fromOpaque(owner).release() }
        }
        return Subset(face: cairoFace, glyphMap: glyphMap)
    }
}

/// A FreeType face read from memory, released with the cairo face that uses it.
private final class MemoryFace {
    nonisolated(unsafe) static var key = cairo_user_data_key_t()
    let library: FT_Library?
    let face: FT_Face
    let bytes: UnsafeMutablePointer<FT_Byte>

    init(library: FT_Library?, face: FT_Face, bytes: UnsafeMutablePointer<FT_Byte>) {
        self.library = library
        self.face = face
        self.bytes = bytes
    }

    deinit {
        FT_Done_Face(face)
        FT_Done_FreeType(library)
        bytes.deallocate()
    }
}
