import BroadsheetText

/// Per-cluster facts about a shaped paragraph that line breaking and justification read: class,
/// advance, the space the composer adds before each cluster and where breaks are allowed.
struct ParagraphAnalysis {
    let classes: [CharacterClass]
    let advances: [Double]
    let characterCounts: [Int]
    /// Space added before cluster i (Han–Latin spacing), 0 for the first cluster.
    let spacingBefore: [Double]
    /// A line may end after cluster i.
    let breakAfter: [Bool]
    let emSize: Double

    var count: Int { classes.count }

    init(_ text: ShapedText, cjkLatinSpacing: Double) {
        classes = text.clusters.map { CharacterClass($0.text.first ?? " ") }
        advances = text.clusters.map(\.advance)
        characterCounts = text.clusters.map(\.text.count)
        emSize = text.style.size
        let classes = self.classes
        spacingBefore = classes.indices.map { index in
            guard index > 0 else { return 0 }
            let pair = (classes[index - 1], classes[index])
            // clreq §3.2.2: ¼ em between Han and Latin or digits, not next to punctuation.
            let hanLatin = (pair.0 == .ideograph && pair.1 == .latin) || (pair.0 == .latin && pair.1 == .ideograph)
            return hanLatin ? cjkLatinSpacing : 0
        }
        breakAfter = classes.indices.map { index in
            guard index + 1 < classes.count else { return true }
            return Self.mayBreak(between: classes[index], and: classes[index + 1])
        }
    }

    /// clreq §3.1.4 (basic level) and §3.1.5 (unbreakable units), plus: no break inside Latin words.
    static func mayBreak(between before: CharacterClass, and after: CharacterClass) -> Bool {
        if after == .space { return false }
        if before == .space { return true }
        if before == .latin && after == .latin { return false }
        if before == .dashOrEllipsis && after == .dashOrEllipsis { return false }
        return before.mayEndLine && after.mayStartLine
    }

    func firstNonSpace(from index: Int) -> Int {
        var index = index
        while index < count && classes[index] == .space { index += 1 }
        return index
    }

    /// Natural width of clusters in `range`, with the composer's spacing between them.
    func width(of range: Range<Int>) -> Double {
        var width = 0.0
        for index in range {
            width += advances[index]
            if index > range.lowerBound { width += spacingBefore[index] }
        }
        return width
    }

    /// The end (exclusive) of the line starting at `start`: the last allowed break that fits.
    /// When not even the first unbreakable unit fits, it is cut where the width runs out (`forced`).
    func lineEnd(from start: Int, available: Double) -> (end: Int, forced: Bool) {
        let tolerance = 0.001
        var width = 0.0
        var lastBreak: Int?
        var index = start
        while index < count {
            let added = advances[index] + (index > start ? spacingBefore[index] : 0)
            if classes[index] != .space && width + added > available + tolerance { break }
            width += added
            if breakAfter[index] { lastBreak = index + 1 }
            index += 1
        }
        if index >= count { return (count, false) }
        if let lastBreak { return (lastBreak, false) }
        return (max(index, start + 1), true)
    }

    /// Distributes `slack` over the line's gaps: word spaces first, up to ½ em each, then every gap
    /// outside Latin words equally (clreq §3.5.4). Returns extra space keyed by the cluster after the gap.
    func justification(of range: Range<Int>, slack: Double) -> (extra: [Int: Double], perGap: Double) {
        var wordSpaces: [Int] = []
        var gaps: [Int] = []
        for index in range.dropFirst() {
            let pair = (classes[index - 1], classes[index])
            if pair.0 == .space {
                wordSpaces.append(index)
                gaps.append(index)
            } else if pair.1 == .space || (pair.0 == .latin && pair.1 == .latin)
                        || (pair.0 == .dashOrEllipsis && pair.1 == .dashOrEllipsis) {
                continue
            } else {
                gaps.append(index)
            }
        }
        var extra: [Int: Double] = [:]
        var remaining = slack
        if !wordSpaces.isEmpty {
            let each = min(remaining / Double(wordSpaces.count), emSize / 2)
            for index in wordSpaces { extra[index] = each }
            remaining -= each * Double(wordSpaces.count)
        }
        guard !gaps.isEmpty, remaining > 1e-9 else { return (extra, wordSpaces.isEmpty ? 0 : slack / Double(wordSpaces.count)) }
        let each = remaining / Double(gaps.count)
        for index in gaps { extra[index, default: 0] += each }
        return (extra, each)
    }
}
