import BroadsheetCairo
import BroadsheetFrame
import BroadsheetImage
import Foundation

/// Writes the printer's PDF of a sheet: cairo draws it in stand-in colours (it writes RGB only), then
/// the press step separates it into a PDF/X-1a:2003 file (see `PressFinisher`). Written atomically.
public struct PressPDFWriter {
    public let condition: OutputCondition
    /// Total ink of photos, in percent.
    public let inkLimit: Double

    /// Decoded photos, shared with other renderers.
    public let decodings: DecodedImageCache

    public init(condition: OutputCondition, inkLimit: Double, decodings: DecodedImageCache = DecodedImageCache()) {
        self.condition = condition
        self.inkLimit = inkLimit
        self.decodings = decodings
    }

    public func pdf(_ sheet: PressSheet, output path: String) throws -> Data {
        guard let key = ColorKey(sheet.colors) else {
            throw RenderError(file: path, "the page uses more than \(ColorKey.capacity) colours")
        }
        let profile = try ICCProfile(file: condition.profileFile, bytes: condition.profileBytes)
        let finisher = PressFinisher(key: key, condition: condition, profile: profile,
                                     separator: try PhotoSeparator(profile: profile, inkLimit: inkLimit),
                                     sheetHeight: sheet.height, trimBox: sheet.trimBox, bleedBox: sheet.bleedBox,
                                     date: sheet.page.metadata.documentDate)
        return try finisher.finish(try PageRenderer(decodings: decodings).keyedPDF(sheet, key: key, output: path), reportedAs: path)
    }
}
