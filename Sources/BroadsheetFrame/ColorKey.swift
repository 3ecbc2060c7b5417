/// Stand-in RGB colours for drawing a page through an RGB-only PDF writer (cairo 1.16 writes every
/// solid colour as `r g b rg`, cjk-newspaper-print §3.2): each process colour is drawn in its own
/// stand-in, so the press step can find it in the content streams and write its CMYK instead.
public struct ColorKey: Sendable {
    /// The colours in key order.
    public let colors: [Color]

    /// Red counts the colours in thousandths; green and blue are fixed, so a stand-in never reads as
    /// grey and survives a writer that prints six decimals.
    static let green = 0.5
    static let blue = 0.25
    public static let capacity = 999

    /// - Returns: nil when there are more distinct colours than `capacity`.
    public init?(_ colors: some Sequence<Color>) {
        var unique: [Color] = []
        for color in colors where !unique.contains(color) { unique.append(color) }
        guard unique.count <= Self.capacity else { return nil }
        self.colors = unique
    }

    /// The stand-in for a colour of the key.
    public func standIn(for color: Color) -> (red: Double, green: Double, blue: Double)? {
        colors.firstIndex(of: color).map { (Double($0 + 1) / 1000, Self.green, Self.blue) }
    }

    /// The colour a stand-in stands for; nil for any other RGB value.
    public func color(red: Double, green: Double, blue: Double) -> Color? {
        guard abs(green - Self.green) < 1e-4, abs(blue - Self.blue) < 1e-4 else { return nil }
        let index = Int((red * 1000).rounded()) - 1
        guard colors.indices.contains(index), abs(red * 1000 - Double(index + 1)) < 0.1 else { return nil }
        return colors[index]
    }
}
