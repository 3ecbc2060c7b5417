import BroadsheetText
import CPangoCairo
import Foundation

/// A cairo font face of a font file held in memory (a subset from `FontSubsetter`).
enum MemoryFontFace {
    /// Nil when FreeType cannot read the bytes.
    static func make(_ font: [UInt8]) -> OpaquePointer? {
        // FreeType reads the font from memory for as long as the face lives, and cairo keeps faces
        // past any one renderer: each face owns a copy of the bytes and a FreeType library of its own.
        let bytes = UnsafeMutablePointer<FT_Byte>.allocate(capacity: font.count)
        bytes.initialize(from: font, count: font.count)
        var library: FT_Library?
        var ftFace: FT_Face?
        guard FT_Init_FreeType(&library) == 0, FT_New_Memory_Face(library, bytes, FT_Long(font.count), 0, &ftFace) == 0,
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
        return cairoFace
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
