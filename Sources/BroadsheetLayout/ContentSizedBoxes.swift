import BroadsheetDocument
import BroadsheetGeometry

/// Hand-placed 导读 boxes sized to their content before make-up, as a make-up editor takes lines from
/// a box to keep a story whole: a box given more lines than its teasers need keeps its foot where the
/// page file puts it and gives the lines above its content to the automatic make-up. A box whose
/// teasers need more lines than it has keeps them (its overflow is counted as today).
struct ContentSizedBoxes {
    let grid: PageGrid

    struct Sized {
        var block: Block
        /// How the box was sized, for its placement reason; nil for every other block.
        var note: String?
    }

    /// - Parameter makeupTakesFreedLines: whether the page makes up stories automatically; on a page
    ///   placed wholly by hand nothing would take the freed lines, so the box keeps its own.
    func sized(_ blocks: [Block], setter: TextSetter, makeupTakesFreedLines: Bool) throws -> [Sized] {
        try blocks.map { block in
            guard case .teasers(let box) = block.content else { return Sized(block: block, note: nil) }
            let needed = try TeaserBoxLayout(grid: grid).linesNeeded(box, block: block, setter: setter)
            let stated = block.area.lines
            guard needed < stated else {
                return Sized(block: block, note: "its teasers take \(needed) of its \(stated) lines")
            }
            guard makeupTakesFreedLines else {
                return Sized(block: block, note: "its teasers take \(needed) of its \(stated) lines; the page has no automatic make-up to take the rest")
            }
            var sized = block
            sized.area.line += stated - needed
            sized.area.lines = needed
            return Sized(block: sized, note: "sized to its teasers: \(needed) of its \(stated) lines, from line \(sized.area.line + 1); the \(stated - needed) lines above them go to the make-up")
        }
    }
}
