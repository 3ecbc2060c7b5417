import Foundation

/// Decoded photos shared by every renderer of a session, so that a photo is decoded at most once per
/// size it is shown at, however many outputs draw it and on however many threads. It keeps the most
/// recently used `capacity` decodings.
public final class DecodedImageCache: @unchecked Sendable {
    private struct Key: Hashable {
        let image: UInt64
        /// The width a JPEG is decoded down to; nil for full size (every PNG).
        let width: Int?
    }

    private let lock = NSLock()
    private var entries: [Key: DecodedImage] = [:]
    private var order: [Key] = []
    private let capacity: Int
    /// How many times a photo was decoded rather than found here.
    public private(set) var decodings = 0

    public init(capacity: Int = 16) {
        self.capacity = capacity
    }

    /// The photo's pixels, decoded strictly (see `SourceImage.decoded`) unless already at hand.
    public func decoded(_ image: SourceImage, maximumWidth: Int? = nil) throws -> DecodedImage {
        let key = Key(image: image.digest, width: image.header.format == .jpeg ? maximumWidth.flatMap { $0 < image.header.width ? $0 : nil } : nil)
        // Decoded under the lock, so that two outputs drawn at once do not decode the same photo twice.
        return try lock.withLock {
            if let known = entries[key] { return known }
            let decoded = try image.decoded(maximumWidth: key.width)
            decodings += 1
            entries[key] = decoded
            order.append(key)
            while order.count > capacity { entries[order.removeFirst()] = nil }
            return decoded
        }
    }
}
