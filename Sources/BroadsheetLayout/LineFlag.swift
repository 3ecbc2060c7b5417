import BroadsheetComposer

/// A body line whose composition had to bend a rule, for the proof's margin marks and the report:
/// a break where no rule allowed one, or spacing looser or tighter than a compositor would pass.
public struct LineFlag: Equatable, Sendable {
    public enum Reason: String, Sendable, CaseIterable {
        /// A unit wider than the line was broken where no rule allowed it (kinsoku given up).
        case forcedBreak = "forced-break"
        /// Each gap widened by more than `looseLimit`.
        case loose
        /// Each gap squeezed by more than `tightLimit`.
        case tight
    }

    /// Spreading ⅛ em per gap is the most a solid-set CJK line takes unremarked; squeezing past
    /// ⅛ em eats into punctuation blanks that push-in should have absorbed (clreq §3.5.3).
    public static let looseLimit = 0.125
    public static let tightLimit = 0.125

    public var block: String
    /// The line's frame on the page, in points: x, y, width, height.
    public var rect: [Double]
    public var reasons: [Reason]
    /// Space added to each justification gap, in ems (negative: squeezed).
    public var gapAdjustment: Double

    /// The flag for a line set at `size` in a frame at `rect`; nil when nothing is wrong with it.
    static func check(_ line: ComposedLine, size: Double, block: String, rect: [Double]) -> LineFlag? {
        let ems = line.gapAdjustment / size
        var reasons: [Reason] = []
        if line.forcedBreak { reasons.append(.forcedBreak) }
        if ems > looseLimit + 1e-9 { reasons.append(.loose) }
        if ems < -tightLimit - 1e-9 { reasons.append(.tight) }
        return reasons.isEmpty ? nil : LineFlag(block: block, rect: rect, reasons: reasons, gapAdjustment: ems)
    }
}
