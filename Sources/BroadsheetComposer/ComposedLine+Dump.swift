import BroadsheetText

extension ComposedLine {
    /// One readable line for reviewed expected dumps: the text, then where it differs from plain
    /// setting — each cluster's offset from its em cell where not on the grid, a hanging mark, the
    /// space added to (or taken from) each gap, a forced break.
    public func dump(of shaped: ShapedText) -> String {
        let em = shaped.style.size
        var text = ""
        var offGrid: [String] = []
        for placement in placements {
            let cluster = shaped.clusters[placement.cluster]
            text += cluster.text
            let cells = (placement.x + placement.shift) / em
            let drift = cells - cells.rounded()
            if abs(drift) > 0.01, let script = cluster.text.first?.cjkScript, Self.gridScripts.contains(script) {
                offGrid.append("\(cluster.text)\(drift > 0 ? "+" : "")\(Self.format(drift))")
            }
        }
        var notes: [String] = []
        if hangs { notes.append("hangs") }
        if forcedBreak { notes.append("forced") }
        if hyphenated { notes.append("hyphen") }
        if abs(gapAdjustment) > 1e-6 { notes.append("gap \(gapAdjustment > 0 ? "+" : "")\(Self.format(gapAdjustment / em))em") }
        if !offGrid.isEmpty { notes.append("off grid: " + offGrid.joined(separator: " ")) }
        return notes.isEmpty ? text : text + "    [" + notes.joined(separator: "; ") + "]"
    }

    /// The characters whose place on the character grid the dump reports: ideographs, Hangul and
    /// full-width forms.
    private static let gridScripts: Set<CJKScript> = [.han, .hangul, .widthForm]

    private static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return String(rounded)
    }
}
