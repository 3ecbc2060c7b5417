/// The blank parts of a full-width punctuation mark's em frame that adjustment may remove, found
/// from the glyph's ink: a Simplified Chinese 。 has its ink in the left half (blank right), an
/// opening quote in the right half (blank left), a Traditional Chinese or Japanese 。 and the
/// interpunct sit centred (a quarter em blank on each side). clreq §3.1.6.
struct PunctuationBlank: Equatable {
    /// Removable from the left and right of the frame, together at most ½ em.
    var left: Double
    var right: Double

    static let none = PunctuationBlank(left: 0, right: 0)

    init(left: Double, right: Double) {
        self.left = left
        self.right = right
    }

    init(advance: Double, inkLeft: Double, inkRight: Double, em: Double) {
        let half = em / 2
        guard advance > em * 0.9, inkRight > inkLeft else { self = .none; return }
        let blankLeft = max(0, inkLeft)
        let blankRight = max(0, advance - inkRight)
        // A mark whose ink fits in one half is adjustable on the other side by ½ em; a centred mark by ¼ em a side.
        if blankRight >= half * 0.9 {
            self.init(left: 0, right: half)
        } else if blankLeft >= half * 0.9 {
            self.init(left: half, right: 0)
        } else {
            self.init(left: min(blankLeft, half / 2), right: min(blankRight, half / 2))
        }
    }

    var total: Double { left + right }
}
