/// The largest photo Broadsheet decodes: checked against what the decoder itself reads from the file,
/// before it allocates the pixels.
public enum ImageLimits {
    /// Largest accepted side, in pixels.
    public static let maximumSide = 20_000
    /// Most pixels an image may have (100 megapixels, some 400 MB decoded).
    public static let maximumPixels = 100_000_000

    /// Nil when `width` × `height` is within the limits, else what is wrong.
    public static func problem(width: Int, height: Int) -> String? {
        guard width > 0, height > 0, width <= maximumSide, height <= maximumSide, width * height <= maximumPixels else {
            return "image is \(width) × \(height) pixels; each side must be 1 to \(maximumSide) and the whole at most \(maximumPixels / 1_000_000) megapixels"
        }
        return nil
    }
}
