/// The ideographic em box of the CJK faces (their OpenType `ideo` baseline): it stands from 0.88 em
/// above the baseline to 0.12 em below it.
public enum IdeographicEmBox {
    /// The box's height above the baseline, in ems.
    public static let ascent = 0.88

    /// The baseline of characters of `size` points whose frames start at `frameTop`.
    public static func baseline(frameTop: Double, size: Double) -> Double { frameTop + ascent * size }
}
