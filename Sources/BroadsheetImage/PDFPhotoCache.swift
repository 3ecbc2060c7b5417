import BroadsheetConcurrency
import Foundation

/// Photos in the form a PDF embeds them, shared by every PDF a session writes and made in the
/// background while the page is laid out (`prepare`), so that writing the PDF only waits for what is
/// not done yet. A JPEG is embedded as shot, made progressive losslessly (`JPEGCodec.progressive`); a
/// PNG without transparency as a quality-90 progressive JPEG (a tenth of the size of its deflated
/// pixels for a photograph); one with transparency as its pixels. Keeps the most recent `capacity`.
public final class PDFPhotoCache: @unchecked Sendable {
    public enum Photo: Sendable {
        case jpeg(Data, width: Int, height: Int, components: Int)
        case pixels(DecodedImage)
    }

    private let lock = NSLock()
    private var entries: [UInt64: ClaimedWork<Photo>] = [:]
    private var order: [UInt64] = []
    private let capacity: Int
    private let decodings: DecodedImageCache

    /// - Parameter decodings: the session's decoded photos (a PNG is decoded once for PDF and rasters).
    public init(decodings: DecodedImageCache, capacity: Int = 16) {
        self.decodings = decodings
        self.capacity = capacity
    }

    /// Starts making each photo's embedded form on another thread.
    public func prepare(_ images: [SourceImage]) {
        for image in images {
            let work = self.work(for: image)
            DispatchQueue.global().async { work.runIfUnclaimed() }
        }
    }

    /// The photo's embedded form, made now unless made or being made (one queued but not begun is
    /// made here rather than waited for).
    public func photo(_ image: SourceImage) throws -> Photo {
        try work(for: image).value()
    }

    /// The making of `image`'s embedded form, entered when new.
    private func work(for image: SourceImage) -> ClaimedWork<Photo> {
        lock.withLock {
            if let known = entries[image.digest] { return known }
            let decodings = decodings
            let work = ClaimedWork { try Self.embedded(image, decodings: decodings) }
            entries[image.digest] = work
            order.append(image.digest)
            while order.count > capacity { entries[order.removeFirst()] = nil }
            return work
        }
    }

    private static func embedded(_ image: SourceImage, decodings: DecodedImageCache) throws -> Photo {
        let (width, height) = (image.header.width, image.header.height)
        if image.header.format == .jpeg {
            let (bytes, components) = try JPEGCodec.progressive(image.bytes, file: image.name, expected: (width, height))
            return .jpeg(bytes, width: width, height: height, components: components)
        }
        let pixels = try decodings.decoded(image)
        if !pixels.hasAlpha, let jpeg = JPEGCodec.encode(pixels, quality: 90, progressive: true) {
            return .jpeg(jpeg, width: pixels.width, height: pixels.height, components: pixels.isGrey ? 1 : 3)
        }
        return .pixels(pixels)
    }
}
