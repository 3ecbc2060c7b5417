import CICU

/// Where words begin in a text, by ICU's word break rules with its dictionaries for Chinese and
/// Japanese (UAX #29 extended by dictionary segmentation): the only module that calls ICU.
public struct WordBoundaries: Equatable, Sendable {
    /// Character offsets (in `Character`s of the text) at which a word or the space or mark after
    /// a word begins, without 0 and the text's length.
    public let offsets: Set<Int>

    /// Segments `text` with the rules of `locale` (an ICU locale ID such as `zh`, `ja`, `ko`).
    public init(_ text: String, locale: String) throws(WordSegmentationError) {
        let utf16 = Array(text.utf16)
        guard !utf16.isEmpty else { offsets = []; return }
        // ICU reads the text through the pointer it is given, so the iterator lives inside the closure.
        let utf16Boundaries = try utf16.withUnsafeBufferPointer { buffer throws(WordSegmentationError) -> [Int] in
            var status = U_ZERO_ERROR
            let iterator = cicu_word_iterator(locale, buffer.baseAddress, Int32(buffer.count), &status)
            defer { if let iterator { cicu_close(iterator) } }
            guard let iterator, cicu_failed(status) == 0 else { throw WordSegmentationError(status: status.rawValue) }
            var boundaries: [Int] = []
            while case let boundary = cicu_next_boundary(iterator), boundary != cicu_done() {
                boundaries.append(Int(boundary))
            }
            return boundaries
        }
        offsets = Self.characterOffsets(of: utf16Boundaries, in: text)
    }

    /// Converts UTF-16 offsets to character offsets; a boundary inside a character (ICU and Swift
    /// may group a cluster differently) is dropped.
    private static func characterOffsets(of boundaries: [Int], in text: String) -> Set<Int> {
        var characterStart: [Int: Int] = [:]
        var utf16Offset = 0
        for (offset, character) in text.enumerated() {
            characterStart[utf16Offset] = offset
            utf16Offset += character.utf16.count
        }
        return Set(boundaries.compactMap { characterStart[$0] }.filter { $0 > 0 })
    }
}

/// ICU could not open a word break iterator (its data missing, or out of memory).
public struct WordSegmentationError: Error, Equatable, CustomStringConvertible {
    /// The ICU `UErrorCode`.
    public let status: Int32

    public var description: String { "ICU word segmentation failed (UErrorCode \(status))" }
}
