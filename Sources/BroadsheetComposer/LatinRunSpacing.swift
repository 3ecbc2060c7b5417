/// The spaces around runs of Latin letters and digits in CJK text.
///
/// clreq §3.2.2: ¼ em between Han and Latin or digits, shrinkable to ⅛ em. clreq §3.2.5: the spaces
/// around a run flex (⅛ to ½ em beside Han, 0 to ½ em beside full-width punctuation) so that the run
/// and its spaces fill whole ems and the characters after it stay on the character grid. A run that
/// starts a line has no space on its left, so it fills its cells with the space on its right alone.
/// Where the language keeps them fixed when a line is reduced (`shrinks` false), they do not shrink.
/// Text set from its end or its centre stands on no grid, so there the spaces keep their nominal
/// width (`fillsCells` false): a lone digit before 版 in a right-aligned page reference would
/// otherwise take half an em.
struct LatinRunSpacing {
    /// Space before cluster i mid-line (0 for the first), and how far it may shrink.
    let before: [Double]
    let shrink: [Double]
    /// For a run starting at cluster s: the cluster after it, and the space before that cluster and
    /// how far it may shrink when the run starts a line; nil for a cluster that starts no run. An array,
    /// not a dictionary: it is read for every cluster of every line the composer weighs.
    let atLineStart: [(after: Int, space: Double, shrink: Double)?]

    /// What may stand on one side of a run: the nominal space and its flex range.
    private struct Side {
        var nominal: Double
        var minimum: Double
        var maximum: Double
    }

    init(_ classes: [CharacterClass], digits: [Bool], widths: [Double], em: Double, nominal: Double, shrinks: Bool = true,
         fillsCells: Bool = true) {
        var before = [Double](repeating: 0, count: classes.count)
        var minimum = before
        var atLineStart = [(after: Int, space: Double, shrink: Double)?](repeating: nil, count: classes.count)
        func side(_ index: Int) -> Side? {
            guard classes.indices.contains(index) else { return nil }
            if classes[index] == .ideograph { return Side(nominal: nominal, minimum: em / 8, maximum: em / 2) }
            if classes[index].isFullWidthPunctuation { return Side(nominal: 0, minimum: 0, maximum: em / 2) }
            return nil
        }
        var index = 0
        while nominal > 0 && index < classes.count {
            guard classes[index] == .latin else { index += 1; continue }
            var end = index
            while end < classes.count && (classes[end] == .latin || (classes[end] == .space && end + 1 < classes.count && classes[end + 1] == .latin)) { end += 1 }
            defer { index = end }
            let left = side(index - 1), right = side(end)
            let run = widths[index..<end].reduce(0, +)
            // A run of digits that already fills whole cells (half-width digits in pairs) needs no space.
            if digits[index..<end].allSatisfy({ $0 }), abs(run / em - (run / em).rounded()) < 0.01 { continue }
            if left != nil || right != nil {
                let spaces = fillsCells ? Self.fill(run, [left, right], em: em) : [left?.nominal ?? 0, right?.nominal ?? 0]
                if let left { before[index] = spaces[0]; minimum[index] = min(left.minimum, spaces[0]) }
                if let right { before[end] = spaces[1]; minimum[end] = min(right.minimum, spaces[1]) }
            }
            if let right, end < classes.count {
                let space = fillsCells ? Self.fill(run, [nil, right], em: em)[1] : right.nominal
                atLineStart[index] = (end, space, shrinks ? max(0, space - right.minimum) : 0)
            }
        }
        self.before = before
        shrink = zip(before, minimum).map { shrinks ? max(0, $0 - $1) : 0 }
        self.atLineStart = atLineStart
    }

    /// The spaces on each side (0 where there is none) that make `run` and them whole ems, nearest the
    /// nominal spaces; the nominal ones where no choice in their ranges does.
    private static func fill(_ run: Double, _ sides: [Side?], em: Double) -> [Double] {
        let present = sides.compactMap { $0 }
        let nominal = present.reduce(0) { $0 + $1.nominal }
        let low = present.reduce(0) { $0 + $1.minimum }, high = present.reduce(0) { $0 + $1.maximum }
        let nearest = ((run + nominal) / em).rounded()
        let targets = [nearest, nearest + 1, nearest - 1].map { $0 * em - run }
        guard let total = targets.first(where: { $0 >= low - 1e-9 && $0 <= high + 1e-9 }) else {
            return sides.map { $0?.nominal ?? 0 }
        }
        // Every side starts at its minimum; what is left goes evenly to the sides with room.
        var spaces = sides.map { $0?.minimum ?? 0 }
        var rest = total - low
        var open = sides.indices.filter { sides[$0] != nil }
        while rest > 1e-9 && !open.isEmpty {
            let share = rest / Double(open.count)
            for index in open {
                let take = min(share, sides[index]!.maximum - spaces[index])
                spaces[index] += take
                rest -= take
            }
            open = open.filter { spaces[$0] < sides[$0]!.maximum - 1e-9 }
        }
        return spaces
    }
}
