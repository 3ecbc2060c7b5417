import BroadsheetText

/// Where Japanese reduces a line (追込み) otherwise than clreq §3.5.3, after jlreq §3.8.3
/// (Procedures for Inter-Character Spacing Reduction).
extension LanguageTag {
    /// Whether the spaces beside a run of Latin letters or digits give way when a line is reduced.
    /// jlreq §3.8.3 notes the practice of keeping them fixed. On the character grid the run and its
    /// spaces fill whole cells, and any reduction of them moves every character after the run off the
    /// grid by an eighth or a quarter em. Chinese shrinks them to ⅛ em (clreq §3.2.2).
    var reducesLatinRunSpacing: Bool { self != .japanese }

    /// Whether a full stop (。．) or a question or exclamation mark mid-line may give up its blank.
    /// jlreq §3.8.3: except at the line end, the half em after a full stop is not reduced, as it
    /// separates sentences; ？ and ！ (cl-04) have no spacing of their own to reduce. Chinese reduces
    /// mid-line stops last (clreq §3.5.3).
    var reducesMidLineStops: Bool { self != .japanese }
}
