import BroadsheetSegmentation
import BroadsheetText

/// Where a headline may break as far as its words go: after a space in every language, and in
/// Chinese and Japanese also between the words of ICU's dictionary segmentation.
struct HeadlineWords {
    /// A line may end after cluster i without splitting a word.
    let breakAfter: [Bool]
    /// The break after cluster i stands beside a word of one Han character: a compound the dictionary
    /// does not know (世界|杯) or a function word that belongs with its neighbour (峰会|上, 国|的).
    let besideSingleHan: [Bool]

    init(_ text: ShapedText, _ analysis: ParagraphAnalysis) throws(WordSegmentationError) {
        let characters = Array(text.clusters.map(\.text).joined())
        let isSpace = analysis.classes.map { $0 == .space }
        var starts: Set<Int> = []
        if analysis.language != .korean {
            starts = try WordBoundaries(String(characters), locale: analysis.language.icuLocale).offsets
            if analysis.language == .japanese {
                let sorted = starts.sorted()
                let previousStart = Dictionary(uniqueKeysWithValues: zip(sorted.dropFirst(), sorted))
                starts = starts.filter { !Self.continuesPhrase(characters, at: $0, previousStart: previousStart[$0] ?? 0) }
            }
        }
        let sortedStarts = ([0, characters.count] + starts).sorted()
        var singleHan = Set<Int>()
        for (start, end) in zip(sortedStarts, sortedStarts.dropFirst()) where end - start == 1 && Self.isHan(characters[start]) {
            singleHan.formUnion([start, end])
        }
        var offset = 0
        var breakAfter: [Bool] = [], besideSingleHan: [Bool] = []
        for index in analysis.characterCounts.indices {
            offset += analysis.characterCounts[index]
            breakAfter.append(isSpace[index] || starts.contains(offset))
            besideSingleHan.append(singleHan.contains(offset))
        }
        self.breakAfter = breakAfter
        self.besideSingleHan = besideSingleHan
    }

    /// A Japanese word beginning with hiragana after a letter — a particle, an ending or an auxiliary
    /// (地方|を, 震源|とする) — stays in the phrase (文節) before it, except the honorific prefix お or
    /// ご before a Han word, which opens one (への|お祝い); the word after such a prefix stays with it (お|祝い).
    private static func continuesPhrase(_ characters: [Character], at offset: Int, previousStart: Int) -> Bool {
        guard offset > 0, let first = characters[offset].unicodeScalars.first else { return false }
        if offset - previousStart == 1, opensHonorific(characters, at: previousStart) { return true }
        if opensHonorific(characters, at: offset) { return false }
        return (0x3041...0x309F).contains(first.value) && (characters[offset - 1].isLetter || characters[offset - 1].isNumber)
    }

    /// お or ご followed by a Han character: the honorific prefix (接頭辞) of the word it begins.
    private static func opensHonorific(_ characters: [Character], at offset: Int) -> Bool {
        ["お", "ご"].contains(characters[offset]) && offset + 1 < characters.count && isHan(characters[offset + 1])
    }

    private static func isHan(_ character: Character) -> Bool { character.unicodeScalars.first?.cjkScript == .han }
}

extension LanguageTag {
    /// The ICU locale whose word break rules and dictionaries segment text of this language.
    var icuLocale: String { String(rawValue.map { $0 == "-" ? "_" : $0 }) }
}
