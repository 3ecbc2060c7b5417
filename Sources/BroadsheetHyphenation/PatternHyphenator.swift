import BroadsheetText
import CHyphen
import Foundation

/// Hyphenation points of English words from Liang's patterns, through libhyphen and the system's
/// `hyph_en_US.dic`. libhyphen only reads a dictionary once it is loaded, so one serves every thread.
public final class PatternHyphenator: Hyphenator, @unchecked Sendable {
    public static let englishDictionary = "/usr/share/hyphen/hyph_en_US.dic"
    /// The fewest letters a hyphen leaves before and after it (TeX's lefthyphenmin and righthyphenmin for English).
    static let leftMinimum = 2, rightMinimum = 3

    private let dictionary: UnsafeMutablePointer<HyphenDict>

    public init(dictionary path: String = englishDictionary) throws(HyphenationError) {
        guard FileManager.default.isReadableFile(atPath: path) else { throw .missingDictionary(path: path) }
        guard let loaded = hnj_hyphen_load(path) else { throw .unreadableDictionary(path: path) }
        dictionary = loaded
    }

    deinit { hnj_hyphen_free(dictionary) }

    public func hyphenationPoints(in word: String) -> [Int] {
        let letters = Array(word.lowercased().utf8)
        guard letters.count >= Self.leftMinimum + Self.rightMinimum,
              letters.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) else { return [] }
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
