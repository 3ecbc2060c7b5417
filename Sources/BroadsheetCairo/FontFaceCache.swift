import BroadsheetFontSubset
import BroadsheetFrame
import BroadsheetText
import CPangoCairo
import Foundation

/// Cairo font faces for the faces a frame names, opened by file and face index so that the glyph
/// IDs the shaper produced address the same outlines; for a PDF, cut down to the glyphs it uses.
/// Whole faces are shared by every renderer of a session (`PageRenderer(faces:)`): cairo keeps each
/// face's rendered glyphs, so a glyph is rasterised once per size for all the pages and proofs drawn.
public final class FontFaceCache: @unchecked Sendable {
    private var faces: [FontFace: OpaquePointer] = [:]
    private var glyphMaps: [FontFace: [UInt32: UInt32]] = [:]
    private let lock = NSLock()

    /// Whole faces, opened as they are first drawn.
    public init() {}

    /// Every face subset to the glyphs `items` use (for a PDF), each face on its own core.
    init(subsettingFor items: [FrameItem]) {
        for (face, subset) in FontSubsetter().subsets(items.glyphsByFace) {
            guard let cairoFace = MemoryFontFace.make(subset.bytes) else { continue }
            faces[face] = cairoFace
            glyphMaps[face] = subset.glyphMap
        }
    }

    func cairoFace(for face: FontFace) -> OpaquePointer {
        lock.withLock { cachedOrOpened(face) }
    }

    private func cachedOrOpened(_ face: FontFace) -> OpaquePointer {
        if let cached = faces[face] { return cached }
        let pattern = FcPatternCreate()!
        _ = face.file.withCString { path in
            path.withMemoryRebound(to: FcChar8.self, capacity: face.file.utf8.count + 1) {
                FcPatternAddString(pattern, FC_FILE, $0)
            }
        }
        FcPatternAddInteger(pattern, FC_INDEX, Int32(face.index))
        let cairoFace = cairo_ft_font_face_create_for_pattern(pattern)!
        FcPatternDestroy(pattern)
        faces[face] = cairoFace
        return cairoFace
    }

    /// The glyph ID to draw for the shaper's `glyph` of `face`: its number in the subset, if subset.
    func glyphID(_ glyph: UInt32, of face: FontFace) -> UInt32 {
        lock.withLock { glyphMaps[face]?[glyph] ?? glyph }
    }

    deinit {
        for face in faces.values { cairo_font_face_destroy(face) }
    }
}
