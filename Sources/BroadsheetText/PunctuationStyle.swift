/// How wide full-width punctuation is set (clreq §3.1.6; xeCJK and Founder name the same styles).
public enum PunctuationStyle: String, CaseIterable, Sendable {
    /// 全角: every mark one em; two adjacent marks together 1.5 em; a mark at line end ½ em.
    case quanjiao
    /// 开明: 。？！ one em, other marks ½ em; the first of adjacent marks ½ em; a mark at line end ½ em.
    case kaiming
    /// 半角: every mark ½ em.
    case banjiao
    /// No adjustment at all: every mark keeps its full em, also at line end.
    case none

}
