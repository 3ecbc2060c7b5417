/// How strictly line-start and line-end prohibitions apply (clreq §3.1.4 and its four levels).
public enum KinsokuLevel: String, CaseIterable, Sendable {
    /// No prohibitions (common in Taiwan and Hong Kong papers); units still never split.
    case none
    /// clreq's recommended level: no closing marks, pauses, stops, interpuncts or connectors at line
    /// start; no opening marks at line end.
    case basic
    /// basic, and the solidus never at line end.
    case gb
    /// GB, and the 2-em dash and ellipsis never at line start.
    case strict

}
