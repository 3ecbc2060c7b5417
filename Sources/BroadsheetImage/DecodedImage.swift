/// A photo's pixels as decoded: 8 bits a sample, rows top to bottom, no padding; 1 channel (grey),
/// 3 (RGB) or 4 (RGB with straight, not premultiplied, alpha).
public struct DecodedImage: Sendable {
    public let width: Int
    public let height: Int
    public let channels: Int
    public let pixels: [UInt8]

    public var hasAlpha: Bool { channels == 4 }
    public var isGrey: Bool { channels == 1 }
}
