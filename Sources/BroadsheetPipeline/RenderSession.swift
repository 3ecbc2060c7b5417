import BroadsheetCairo
import BroadsheetDocument
import BroadsheetFiles
import BroadsheetFormats
import BroadsheetImage
import BroadsheetHyphenation
import BroadsheetLayout
import BroadsheetPDF
import BroadsheetPango
import BroadsheetPress
import BroadsheetText
import Foundation

/// What a process renders with: Broadsheet's data and one font library with its shapers, built on
/// first use and reused for every page, output, edition and request of the session. Pango objects
/// may not be used from two threads at once, so shaping (layout, proof and printer's-mark setting)
/// takes the session's lock; drawing does not shape and runs concurrently.
public final class RenderSession: @unchecked Sendable {
    public let home: BroadsheetHome
    /// Where warnings go (overset allowed, coarse photos, characters set in a fallback face).
    public let warn: @Sendable (String) -> Void

    private let lock = NSLock()
    private let fontCache: String
    private var shapers: Shapers?
    private var library: FontLibrary?
    private var checkedLanguages: Set<LanguageTag> = []
    private var newsprintProfile: Data?
    /// How many font libraries this session has built: one at most.
    public private(set) var fontLibrariesBuilt = 0
    /// Photos decoded for this session's outputs, each at most once per size it is shown at.
    public let decodedImages = DecodedImageCache()
    /// The photos' embedded forms for the screen PDF, made once a session.
    public let pdfPhotos: PDFPhotoCache
    /// The font faces every raster of the session is drawn with, and the glyphs cairo rendered from them.
    let rasterFaces = FontFaceCache()
    /// An edition's page files drawn while it is laid out.
    let drawAhead = DrawAhead()

    /// The shapers layout sets text with.
    public struct Shapers {
        public var horizontal: TextShaper
        public var vertical: VerticalTextShaper
        /// Hyphenates Latin words in body text; nil when the system has no dictionary (said in a warning).
        public var hyphenator: (any Hyphenator)?

        public init(horizontal: TextShaper, vertical: VerticalTextShaper, hyphenator: (any Hyphenator)? = nil) {
            self.horizontal = horizontal
            self.vertical = vertical
            self.hyphenator = hyphenator
        }
    }

    /// - Parameters:
    ///   - shapers: set text with these instead of Pango on the home's fonts (tests, fuzzing).
    ///   - warn: receives each warning; by default it is printed to standard error.
    public init(home: BroadsheetHome, fontCache: String = BroadsheetHome.fontCache(), shapers: Shapers? = nil,
                warn: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(("warning: " + $0 + "\n").utf8)) }) {
        self.home = home
        self.fontCache = fontCache
        self.shapers = shapers
        self.warn = warn
        pdfPhotos = PDFPhotoCache(decodings: decodedImages)
    }

    /// The session of the running process (`BROADSHEET_HOME`, or found from the executable).
    public static func forProcess(warn: @escaping @Sendable (String) -> Void) throws -> RenderSession {
        RenderSession(home: try BroadsheetHome.locate(), warn: warn)
    }

    /// Runs `body` with the session's shapers, every font role checked for `language`, under the lock.
    public func shaping<T>(_ language: LanguageTag, _ body: (Shapers) throws -> T) throws -> T {
        try lock.withLock {
            let shapers = try self.shapers ?? buildShapers()
            if let library, !checkedLanguages.contains(language) {
                try library.verifyRoles(language: language)
                checkedLanguages.insert(language)
            }
            return try body(shapers)
        }
    }

    /// The shipped newsprint printing condition, its profile read once a session.
    func shippedNewsprint() throws -> OutputCondition {
        let file = home.newsprintProfile
        let bytes = try lock.withLock {
            if let newsprintProfile { return newsprintProfile }
            let bytes = try InputFile.readBytes(file, maximumBytes: OutputProfile.maximumBytes)
            newsprintProfile = bytes
            return bytes
        }
        return .shippedNewsprint(file: file, bytes: bytes)
    }

    /// A renderer drawing with the session's decoded photos.
    func renderer() -> PageRenderer {
        PageRenderer(decodings: decodedImages, faces: rasterFaces)
    }

    /// The screen PDF's writer, with the session's photos made for it.
    func pdfWriter() -> PDFWriter {
        PDFWriter(photos: pdfPhotos)
    }

    /// A layout engine on the session's shapers, for use inside `shaping`.
    func engine(_ shapers: Shapers) -> PageLayoutEngine {
        PageLayoutEngine(shaper: shapers.horizontal, verticalShaper: shapers.vertical, hyphenator: shapers.hyphenator)
    }

    /// English patterns from the system's libhyphen dictionary; without it Latin words are not hyphenated.
    private func systemHyphenator() -> (any Hyphenator)? {
        let warn = self.warn
        do {
            return try PatternHyphenator { warn("\($0); Latin words break at spaces and hard hyphens only") }
        } catch {
            warn("\(error); Latin words break at spaces and hard hyphens only")
            return nil
        }
    }

    private func buildShapers() throws -> Shapers {
        let library = try FontLibrary(roles: try FontRoleMap.load(path: home.roleMap), cacheDirectory: fontCache)
        fontLibrariesBuilt += 1
        self.library = library
        let built = Shapers(horizontal: PangoShaper(library: library), vertical: PangoVerticalShaper(library: library),
                            hyphenator: systemHyphenator())
        shapers = built
        return built
    }
}
