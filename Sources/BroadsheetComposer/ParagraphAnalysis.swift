import BroadsheetText

/// Per-cluster facts about a shaped paragraph that line breaking and justification read: class,
/// width after punctuation adjustment, how much more each cluster and each gap may shrink, what a
/// line start or end may trim, and where breaks are allowed.
struct ParagraphAnalysis {
    let classes: [CharacterClass]
    let characterCounts: [Int]
    let em: Double
    /// Width of each cluster mid-line after the style's punctuation adjustment.
    let widths: [Double]
    /// What the style removed from the left of each cluster's frame (its glyph moves left by this much).
    let leftTrims: [Double]
    /// The blank each cluster still has, and which priority gives it up when a line must shrink.
    let blanks: [PunctuationBlank]
    let shrinkPriorities: [ShrinkPriority]
    /// What adjacent-mark compression took from the left and right of each cluster; a line with
    /// slack gives it back first, which keeps the characters after it on the grid.
    let pairTrims: [PunctuationBlank]
    /// The spaces around Latin and digit runs (Han–Latin ¼ em, flexed to whole cells).
    let latinSpacing: LatinRunSpacing
    /// A line may end after cluster i.
    let breakAfter: [Bool]
    /// Breaks inside Latin runs (URLs, codes, hyphenated words), weighed as a last resort.
    let tokenBreaks: TokenBreaks
    /// The width of the hyphen a line broken inside a word ends with; nil when none was shaped.
    let hyphen: Double?
    let style: PunctuationStyle
    let language: LanguageTag
    let kinsoku: KinsokuLevel
    let hangingPunctuation: Bool
    let opticalEdges: Bool
    let characters: [Character]
    /// A mark that may hang past the line's end (`hangable`), for each cluster.
    let hangable: [Bool]
    /// The line spreads worked out so far.
    let spreadMemo = SpreadMemo()

    var count: Int { classes.count }

    /// Korean text breaking between syllables as well as words (klreq §3.1), and spreading like CJK.
    let breaksBetweenSyllables: Bool

    init(_ text: ShapedText, options: LineComposer.Options, breaksBetweenSyllables: Bool = false) {
        self.breaksBetweenSyllables = breaksBetweenSyllables
        let em = text.style.size
        let classes = text.clusters.map { CharacterClass($0.text.first ?? " ") }
        self.classes = classes
        self.em = em
        style = options.punctuation
        language = options.language
        kinsoku = options.kinsoku
        hangingPunctuation = options.hangingPunctuation
        opticalEdges = options.opticalEdges
        characters = text.clusters.map { $0.text.first ?? " " }
        hangable = characters.map(Self.hangable.contains)
        tokenBreaks = TokenBreaks(characters, classes: classes, hyphenator: text.hyphen == nil ? nil : options.hyphenator)
        hyphen = text.hyphen?.advance
        characterCounts = Self.characterCounts(text.clusters)
        var widths = text.clusters.map(\.advance)
        // In Chinese or Japanese running text an ASCII space beside a full-width mark, or between two
        // ideographs, is pasted-copy noise (clreq §3.1: the marks carry their own blank; Han text has no
        // word spaces): it takes no width. The ideographic space U+3000, and spaces in names, credits and
        // headlines (not justified), are the writer's and keep their width.
        if options.language != .korean && options.alignment == .justified {
            var after = [CharacterClass?](repeating: nil, count: classes.count)
            var next: CharacterClass?
            for index in classes.indices.reversed() {
                after[index] = next
                if classes[index] != .space { next = classes[index] }
            }
            var before: CharacterClass?
            for index in classes.indices {
                guard classes[index] == .space else { before = classes[index]; continue }
                guard characters[index] == " " else { continue }
                let besideMark = before?.isFullWidthPunctuation == true || after[index]?.isFullWidthPunctuation == true
                if besideMark || (before == .ideograph && after[index] == .ideograph) { widths[index] = 0 }
            }
        }
        var leftTrims = [Double](repeating: 0, count: classes.count)
        var pairTrims = [PunctuationBlank](repeating: .none, count: classes.count)
        var blanks = zip(text.clusters, classes).map { cluster, kind in
            kind.isFullWidthPunctuation
                ? PunctuationBlank(advance: cluster.advance, inkLeft: cluster.inkLeft, inkRight: cluster.inkRight, em: em)
                : .none
        }
        func remove(_ index: Int, left: Double = 0, right: Double = 0) {
            let l = min(left, blanks[index].left), r = min(right, blanks[index].right)
            blanks[index].left -= l
            blanks[index].right -= r
            widths[index] -= l + r
            leftTrims[index] += l
        }
        // clreq §3.1.6: the style's widths, then adjacent marks: the blanks facing each other give up ½ em.
        for index in classes.indices where classes[index].isFullWidthPunctuation {
            switch options.punctuation {
            case .banjiao: remove(index, left: em, right: em)
            case .kaiming where classes[index] != .stop: remove(index, left: em, right: em)
            default: break
            }
        }
        if options.punctuation != .none {
            for index in classes.indices.dropLast() where classes[index].isFullWidthPunctuation && classes[index + 1].isFullWidthPunctuation {
                let wanted = em / 2 - (text.clusters[index].advance - widths[index]) - (text.clusters[index + 1].advance - widths[index + 1])
                guard wanted > 0 else { continue }
                let fromFirst = min(wanted, blanks[index].right)
                let fromSecond = min(wanted - fromFirst, blanks[index + 1].left)
                remove(index, right: fromFirst)
                remove(index + 1, left: fromSecond)
                pairTrims[index].right += fromFirst
                pairTrims[index + 1].left += fromSecond
            }
        }
        self.widths = widths
        self.leftTrims = leftTrims
        self.pairTrims = pairTrims
        self.blanks = blanks
        shrinkPriorities = classes.map { ShrinkPriority($0, language: options.language) }
        let isDigit = text.clusters.map { $0.text.first?.isNumber == true && $0.text.first?.isASCII == true }
        latinSpacing = LatinRunSpacing(classes, digits: isDigit, widths: widths, em: em, nominal: options.cjkLatinSpacing * em,
                                       shrinks: options.language.reducesLatinRunSpacing,
                                       fillsCells: options.alignment == .justified || options.alignment == .left)
        var beforeSpace: CharacterClass?
        let clusterCharacters = characters
        breakAfter = classes.indices.map { index in
            if classes[index] != .space { beforeSpace = classes[index] }
            guard index + 1 < classes.count else { return true }
            // clreq §3.1.5: a number stays with the unit that follows it (30岁, 12月, 50%).
            if isDigit[index] && classes[index + 1] == .ideograph { return false }
            // Half-width marks, which pasted copy uses beside CJK text too, keep their kinsoku
            // (UAX #14 CL, IS, EX, OP): no `,` `)` at a line start, no `(` at a line end.
            if Self.halfWidthClosers.contains(clusterCharacters[index + 1]) || Self.halfWidthOpeners.contains(clusterCharacters[index]) {
                return false
            }
            return options.kinsoku.mayBreak(between: classes[index], and: classes[index + 1], beforeSpace: beforeSpace,
                                            language: options.language, betweenSyllables: breaksBetweenSyllables)
        }
    }

    static let halfWidthClosers: Set<Character> = [",", ".", ";", ":", "!", "?", ")", "]", "}", "%"]
    static let halfWidthOpeners: Set<Character> = ["(", "[", "{"]

    /// How many characters of the paragraph start in each cluster: a character split over several
    /// clusters (font fallback may set a base and its combining mark apart) counts once, in the first.
    static func characterCounts(_ clusters: [ShapedCluster]) -> [Int] {
        var counts = [Int](repeating: 0, count: clusters.count)
        var cluster = 0
        var clusterEnd = clusters.first?.text.unicodeScalars.count ?? 0
        var offset = 0
        for character in clusters.map(\.text).joined() {
            while offset >= clusterEnd && cluster + 1 < clusters.count {
                cluster += 1
                clusterEnd += clusters[cluster].text.unicodeScalars.count
            }
            counts[cluster] += 1
            offset += character.unicodeScalars.count
        }
        return counts
    }

    /// The space before cluster `index` on a line starting at `lineStart`.
    func spacing(before index: Int, lineStart: Int) -> Double {
        guard index > lineStart else { return 0 }
        if let run = latinSpacing.atLineStart[lineStart], run.after == index { return run.space }
        return latinSpacing.before[index]
    }

    /// How far the space before cluster `index` on a line starting at `lineStart` may shrink: a Han–Latin
    /// space (clreq §3.2.2), or the word space just before it, by `wordSpaceShrink` of its width.
    func spacingShrink(before index: Int, lineStart: Int) -> Double {
        guard index > lineStart else { return 0 }
        if classes[index - 1] == .space && index - 1 > lineStart { return widths[index - 1] * Self.wordSpaceShrink }
        if let run = latinSpacing.atLineStart[lineStart], run.after == index { return run.shrink }
        return latinSpacing.shrink[index]
    }

    /// A word space gives up at most a fifth of its width (InDesign's minimum word spacing, 80 %) before
    /// a line is spread between syllables or characters instead.
    static let wordSpaceShrink = 0.2

    /// What a line's hyphen takes from its measure.
    func hyphenWidth(_ line: LineEnd) -> Double { line.hyphenated ? hyphen ?? 0 : 0 }

    func firstNonSpace(from index: Int) -> Int {
        var index = index
        while index < count && classes[index] == .space { index += 1 }
        return index
    }

    /// What a line ending with cluster i may trim from it: GB/T 15834 §5.1.10, the blank on the right.
    func endTrim(_ index: Int) -> Double { style.trimsLineEnd || opticalEdges ? blanks[index].right : 0 }

    /// What a line starting with cluster i may trim: an opening mark's blank on the left.
    func startTrim(_ index: Int) -> Double {
        (style.trimsOpeningAtLineStart || opticalEdges) && classes[index] == .opening ? blanks[index].left : 0
    }

    /// How much cluster i may still shrink mid-line (its remaining blank).
    func shrink(_ index: Int) -> Double { style == .none || shrinkPriorities[index] == .fixed ? 0 : blanks[index].total }
}

/// The order in which a line that is too long gives up space (clreq §3.5.3): interpuncts first,
/// then brackets, then pauses, then Han–Latin spacing, and mid-line stops last where the language
/// reduces them at all.
enum ShrinkPriority: Int, CaseIterable, Comparable {
    case interpunct = 0, bracket, pause, hanLatin, stop, fixed

    init(_ kind: CharacterClass, language: LanguageTag) {
        switch kind {
        case .stop where !language.reducesMidLineStops: self = .fixed
        case .middleDot: self = .interpunct
        case .opening, .closing: self = .bracket
        case .pause: self = .pause
        case .stop: self = .stop
        default: self = .fixed
        }
    }

    static func < (a: ShrinkPriority, b: ShrinkPriority) -> Bool { a.rawValue < b.rawValue }
}
