import BroadsheetText
import CPangoCairo

/// Reads which file, face and family fontconfig chose for a Pango font.
enum FontFaceReader {
    private static func pattern(of font: UnsafeMutablePointer<PangoFont>) -> OpaquePointer? {
        broadsheet_fc_font(font)?.pointee.font_pattern
    }

    static func face(of font: UnsafeMutablePointer<PangoFont>) -> FontFace? {
        guard let pattern = pattern(of: font) else { return nil }
        var file: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch, let file else { return nil }
        var index: Int32 = 0
        _ = FcPatternGetInteger(pattern, FC_INDEX, 0, &index)
        return FontFace(file: String(cString: file), index: Int(index),
                        family: families(of: font).first ?? "?", style: string(pattern, FC_STYLE) ?? "")
    }

    static func families(of font: UnsafeMutablePointer<PangoFont>) -> [String] {
        guard let pattern = pattern(of: font) else { return [] }
        var result: [String] = []
        var value: UnsafeMutablePointer<FcChar8>?
        while FcPatternGetString(pattern, FC_FAMILY, Int32(result.count), &value) == FcResultMatch, let value {
            result.append(String(cString: value))
        }
        return result
    }

    /// The face's weight on the OpenType scale (400 regular, 700 bold, 900 black).
    static func weight(of font: UnsafeMutablePointer<PangoFont>) -> Int {
        guard let pattern = pattern(of: font) else { return 0 }
        var weight: Double = 0
        guard FcPatternGetDouble(pattern, FC_WEIGHT, 0, &weight) == FcResultMatch else {
            var integer: Int32 = 0
            _ = FcPatternGetInteger(pattern, FC_WEIGHT, 0, &integer)
            return Int(FcWeightToOpenType(integer))
        }
        return Int(FcWeightToOpenTypeDouble(weight).rounded())
    }

    private static func string(_ pattern: OpaquePointer, _ key: String) -> String? {
        var value: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(pattern, key, 0, &value) == FcResultMatch, let value else { return nil }
        return String(cString: value)
    }
}
