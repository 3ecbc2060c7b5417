import BroadsheetText
import CHyphen
import Foundation

/// Hyphenation points of English words from Liang's patterns, through libhyphen and the system's
/// `hyph_en_US.dic`. libhyphen only reads a dictionary once it is loaded, so one serves every thread.
public final class PatternHyphenator: Hyphenator, @unchecked Sendable {
    public static let englishDictionary = "/usr/share/hyphen/hyph_en_US.dic"
    /// The fewest letters a hyphen leaves before and after it (TeX's lefthyphenmin and righthyphenmin for English).
    static let leftMinimum = 2, rightMinimum = 3

    private let path: String
    private let unreadable: @Sendable (HyphenationError) -> Void
    private let lock = NSLock()
    /// nil until the first word; then the patterns, or nil inside when they could not be read.
    private var loaded: UnsafeMutablePointer<HyphenDict>??

    /// The patterns are read at the first word to hyphenate: most pages set no Latin word long enough,
    /// and reading the English patterns costs 39 M instructions (a twentieth of a page's PDF).
    /// - Parameter unreadable: told when the file turns out not to hold libhyphen patterns; words then
    ///   break at spaces and hard hyphens only.
    public init(dictionary path: String = englishDictionary,
                unreadable: @escaping @Sendable (HyphenationError) -> Void = { _ in }) throws(HyphenationError) {
        guard FileManager.default.isReadableFile(atPath: path) else { throw .missingDictionary(path: path) }
        self.path = path
        self.unreadable = unreadable
    }

    deinit { if case .some(.some(let dictionary)) = loaded { hnj_hyphen_free(dictionary) } }

    private var dictionary: UnsafeMutablePointer<HyphenDict>? {
        lock.withLock {
            if let loaded { return loaded }
            let dictionary = hnj_hyphen_load(path)
            if dictionary == nil { unreadable(.unreadableDictionary(path: path)) }
            loaded = .some(dictionary)
            return dictionary
        }
    }

    public func hyphenationPoints(in word: String) -> [Int] {
        let letters = Array(word.lowercased().utf8)
        guard letters.count >= Self.leftMinimum + Self.rightMinimum,
              letters.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }), let dictionary else { return [] }
        var hyphens = [CChar](repeating: 0, count: letters.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        let failed = letters.map { CChar(bitPattern: $0) }.withUnsafeBufferPointer { word in
            hnj_hyphen_hyphenate2(dictionary, word.baseAddress, Int32(letters.count), &hyphens, nil, &replacements, &positions, &cuts)
        }
        free(replacements)
        free(positions)
        free(cuts)
        guard failed == 0 else { return [] }
        return (Self.leftMinimum - 1..<letters.count - Self.rightMinimum).filter { hyphens[$0] & 1 == 1 }
    }
}
