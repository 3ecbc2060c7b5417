/// Where Korean lines may break (W3C klreq §3.1): between words only (어절 단위, `keep-all`), or also
/// between syllables (글자 단위), as Korean newspapers do in narrow columns.
public enum KoreanBreaking: String, CaseIterable, Sendable {
    case words
    case syllables
    /// Syllables in a measure narrower than `syllableMeasure` ems, words in a wider one.
    case automatic

    /// Below this many ems a measure breaks between syllables when `automatic`.
    public static let syllableMeasure = 20.0
}
