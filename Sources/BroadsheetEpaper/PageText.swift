import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText

/// A word, or a run of CJK characters, as set on a page: its box is the em box of its
/// glyphs, from the first glyph's origin to the last glyph's advance, the ideographic em box high.
struct PlacedString: Equatable {
    var text: String
    var box: Rect
    var size: Double
    var face: FontFace
    /// The whole word, when this string is one of its two parts broken at a line's end by a hyphen.
    var hyphenatedWord: HyphenatedWord?
}

/// A word hyphenated at a line's end: which part a string is, and the word it belongs to (ALTO's
/// SUBS_TYPE and SUBS_CONTENT).
struct HyphenatedWord: Equatable {
    enum Part: String { case first = "HypPart1", second = "HypPart2" }
    var part: Part
    var word: String
}

/// A line of one block part on the page, its words in order, and the hyphen the composer added at its
/// end, if any.
struct PlacedLine: Equatable {
    var strings: [PlacedString]
    var hyphen: Rect?
    var box: Rect { strings.map(\.box).reduce(strings[0].box) { $0.union($1) } }
}

/// The lines of one part of a block in one column (a paragraph split over two columns is two text
/// blocks), in reading order; untagged text is the page's furniture (masthead, running head, teasers).
struct PlacedTextBlock: Equatable {
    var tag: TextTag?
    var lines: [PlacedLine]
    var box: Rect { lines.map(\.box).reduce(lines[0].box) { $0.union($1) } }
}

/// The text of a page frame regrouped into blocks, lines and words with their boxes.
enum PageText {
    static func blocks(_ frame: PageFrame) -> [PlacedTextBlock] {
        var blocks: [PlacedTextBlock] = []
        var cells: [Cell] = []
        var lineTag: TextTag?
        var lastCell: Cell?
        func endLine() {
            defer { cells = [] }
            let hyphen = cells.last.flatMap { $0.insertedHyphen ? $0.box : nil }
            let strings = words(hyphen == nil ? cells : cells.dropLast())
            guard !strings.isEmpty else { return }
            let line = PlacedLine(strings: strings, hyphen: hyphen)
            // A new block for another part, for an untagged line, and where the text goes up (the next column).
            if let last = blocks.last, last.tag == lineTag, lineTag != nil, let previous = last.lines.last,
               line.box.minY >= previous.box.minY {
                blocks[blocks.count - 1].lines.append(line)
            } else {
                blocks.append(PlacedTextBlock(tag: lineTag, lines: [line]))
            }
        }
        for case let .glyphs(run) in frame.items {
            for cell in Self.cells(run) {
                if let lastCell, lastCell.tag != cell.tag || !cell.continues(lastCell) { endLine() }
                if cells.isEmpty { lineTag = cell.tag }
                cells.append(cell)
                lastCell = cell
            }
        }
        endLine()
        return joiningHyphenatedWords(blocks)
    }

    /// Each word broken by a hyphen told apart in its two strings: the last of a line ending in an
    /// added hyphen and the first of the next line of the same part.
    static func joiningHyphenatedWords(_ blocks: [PlacedTextBlock]) -> [PlacedTextBlock] {
        var blocks = blocks
        let places = blocks.indices.flatMap { block in blocks[block].lines.indices.map { (block, $0) } }
        for (index, (block, line)) in places.enumerated() where blocks[block].lines[line].hyphen != nil {
            guard let (nextBlock, nextLine) = places[(index + 1)...].first(where: { blocks[$0.0].tag == blocks[block].tag }),
                  var second = blocks[nextBlock].lines[nextLine].strings.first,
                  var first = blocks[block].lines[line].strings.last else { continue }
            let word = first.text + second.text
            first.hyphenatedWord = HyphenatedWord(part: .first, word: word)
            second.hyphenatedWord = HyphenatedWord(part: .second, word: word)
            blocks[block].lines[line].strings[blocks[block].lines[line].strings.count - 1] = first
            blocks[nextBlock].lines[nextLine].strings[0] = second
        }
        return blocks
    }

    /// One character (a cluster of a run) where it was set.
    struct Cell {
        var text: String
        var box: Rect
        var baseline: Double
        var size: Double
        var face: FontFace
        var tag: TextTag?
        /// The hyphen the composer added at a line's end.
        var insertedHyphen = false
        /// Set top to bottom (a vertical headline's column).
        var vertical = false

        /// Whether it goes on the line of `previous`: on its baseline, to its right, and not far from it;
        /// in vertical text, in its column, below it.
        func continues(_ previous: Cell) -> Bool {
            let near = 3 * max(size, previous.size)
            if vertical && previous.vertical {
                return abs(box.minX - previous.box.minX) < 0.3 * max(size, previous.size)
                    && box.minY >= previous.box.maxY - 0.5 * size && box.minY - previous.box.maxY < near
            }
            return abs(baseline - previous.baseline) < 0.3 * max(size, previous.size)
                && box.minX >= previous.box.maxX - 0.5 * size && box.minX - previous.box.maxX < near
        }
    }

    /// A run's clusters with their boxes: horizontal glyphs from origin to advance; a vertical run's
    /// glyphs (no advance along the line) each in the em square drawn from its origin.
    static func cells(_ run: GlyphRun) -> [Cell] {
        var cells: [Cell] = []
        let ascent = IdeographicEmBox.ascent * run.size
        for (index, (text, glyphs)) in run.clusterPieces.enumerated() {
            guard let first = glyphs.first else { continue }
            let vertical = glyphs.allSatisfy { $0.advance == 0 }
            let left = glyphs.map(\.x).min()!
            let right = vertical ? left + run.size : glyphs.map { $0.x + $0.advance }.max()!
            cells.append(Cell(text: text, box: Rect(x: left, y: first.y - ascent, width: max(0, right - left), height: run.size),
                              baseline: first.y, size: run.size, face: run.face, tag: run.tag,
                              insertedHyphen: run.hyphenated && index == run.clusters.count - 1, vertical: vertical))
        }
        return cells
    }

    /// A line's cells as words: split at spaces, which are left out, and between CJK and other text.
    static func words(_ cells: some Collection<Cell>) -> [PlacedString] {
        var strings: [PlacedString] = []
        var current: [Cell] = []
        func flush() {
            defer { current = [] }
            guard let first = current.first else { return }
            let box = current.dropFirst().reduce(first.box) { $0.union($1.box) }
            strings.append(PlacedString(text: current.map(\.text).joined(), box: box, size: first.size, face: first.face, hyphenatedWord: nil))
        }
        for cell in cells {
            if cell.text.allSatisfy({ $0.isWhitespace }) { flush(); continue }
            // A run of CJK characters is one string, a Latin word or a number another.
            if let last = current.last, last.text.first?.isCJK != cell.text.first?.isCJK { flush() }
            current.append(cell)
        }
        flush()
        return strings
    }
}
