/// A photo's pixels as decoded: 8 bits a sample, rows top to bottom, no padding; 1 channel (grey),
/// 3 (RGB) or 4 (RGB with straight, not premultiplied, alpha).
public struct DecodedImage: Sendable {
    public let width: Int
    public let height: Int
    public let channels: Int
    public let pixels: [UInt8]

    public init(width: Int, height: Int, channels: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height * channels, "pixels do not match \(width) × \(height) × \(channels)")
        self.width = width
        self.height = height
        self.channels = channels
        self.pixels = pixels
    }

    public var hasAlpha: Bool { channels == 4 }
    public var isGrey: Bool { channels == 1 }
}

extension DecodedImage {
    /// The pixels of `x, y, width, height` (clipped to the image).
    public func cropped(x: Int, y: Int, width: Int, height: Int) -> DecodedImage {
        let (x0, y0) = (max(0, x), max(0, y))
        let (x1, y1) = (min(self.width, x + width), min(self.height, y + height))
        let rowBytes = (x1 - x0) * channels
        var out = [UInt8]()
        out.reserveCapacity(rowBytes * (y1 - y0))
        for row in y0..<y1 {
            let start = (row * self.width + x0) * channels
            out += pixels[start..<(start + rowBytes)]
        }
        return DecodedImage(width: x1 - x0, height: y1 - y0, channels: channels, pixels: out)
    }
}
