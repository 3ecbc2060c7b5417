import BroadsheetText
import CPangoCairo

/// Cairo font faces for the faces a frame names, opened by file and face index so that the glyph
/// IDs the shaper produced address the same outlines.
final class FontFaceCache {
    private var faces: [FontFace: OpaquePointer] = [:]

    func cairoFace(for face: FontFace) -> OpaquePointer {
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

    deinit {
        for face in faces.values { cairo_font_face_destroy(face) }
    }
}
