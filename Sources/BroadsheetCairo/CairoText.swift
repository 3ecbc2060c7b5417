/// Text as cairo accepts it: cairo refuses UTF-8 holding a noncharacter (U+FDD0–U+FDEF, U+xFFFE,
/// U+xFFFF) and stops reading at a NUL, either of which text from the engine's own model can carry
/// (in a PDF's title or its text layer); each is given to cairo as U+FFFD.
enum CairoText {
    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0 || (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    static func needsReplacing(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isRefused)
    }

    static func acceptable(_ text: String) -> String {
        guard needsReplacing(text) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isRefused($0) ? "\u{FFFD}" : $0 }))
    }
}
