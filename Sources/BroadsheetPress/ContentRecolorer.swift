import BroadsheetFrame

/// Whether painting overprints (ISO 32000-1 §8.6.7): `fill` for `op`, `stroke` for `OP`. Nil: not
/// known, as at the start of a form XObject, which inherits the state of whoever paints it.
struct OverprintState: Equatable {
    var fill: Bool?
    var stroke: Bool?

    /// The ExtGState that sets this state, by resource name; unknown halves become false.
    var resourceName: String { "BSOP\(fill == true ? 1 : 0)\(stroke == true ? 1 : 0)" }

    /// The four ExtGStates `resourceName` refers to. OPM 1: a zero component of a DeviceCMYK colour
    /// leaves the plate below alone, so 100 % K text overprints rather than knocking out (§8.6.7).
    static let resources: [(name: String, dictionary: String)] = [false, true].flatMap { (fill: Bool) in
        [false, true].map { (stroke: Bool) in
            (OverprintState(fill: fill, stroke: stroke).resourceName,
             "<< /Type /ExtGState /op \(fill) /OP \(stroke) /OPM 1 >>")
        }
    }
}

/// Rewrites a content stream drawn with a `ColorKey`'s stand-ins into DeviceCMYK: every `rg`/`RG`
/// becomes `k`/`K` with the colour's inks, black-only colours overprint and all others knock out,
/// and images are painted knocking out. Any other colour operator is an error, so no RGB (or gray)
/// colour can be left behind.
struct ContentRecolorer {
    enum Failure: Error, Equatable, CustomStringConvertible {
        case syntax(ContentStreamTokenizer.Failure)
        case notAStandIn(String)
        case unexpectedOperator(String)

        var description: String {
            switch self {
            case .syntax(let failure): "unreadable content stream: \(failure)"
            case .notAStandIn(let text): "colour '\(text)' is not one Broadsheet drew"
            case .unexpectedOperator(let name): "unexpected colour operator '\(name)'"
            }
        }
    }

    let key: ColorKey

    /// - Parameter initial: the overprint state the stream starts in (known false for a page).
    func rewrite(_ bytes: [UInt8], initial: OverprintState) throws(Failure) -> [UInt8] {
        let tokens: [ContentToken]
        do { tokens = try ContentStreamTokenizer.tokens(bytes) } catch { throw .syntax(error) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var copied = 0
        var operands: [ContentToken] = []
        var state = initial
        var saved: [OverprintState] = []

        func replace(from start: Int, to end: Int, with text: String) {
            output += bytes[copied..<start]
            output += Array(text.utf8)
            copied = end
        }
        func settingState(_ new: OverprintState) -> String {
            defer { state = new }
            return new == state ? "" : "/\(new.resourceName) gs "
        }

        for token in tokens {
            guard case .operator(let name) = token.kind else {
                operands.append(token)
                continue
            }
            defer { operands.removeAll() }
            let start = operands.first?.range.lowerBound ?? token.range.lowerBound
            switch name {
            case "q":
                saved.append(state)
            case "Q":
                state = saved.popLast() ?? state
            case "rg", "RG":
                let values = operands.compactMap { if case .number(let value) = $0.kind { value } else { nil } }
                let text = String(decoding: bytes[start..<token.range.upperBound], as: UTF8.self)
                guard values.count == 3, operands.count == 3,
                      let color = key.color(red: values[0], green: values[1], blue: values[2]) else { throw .notAStandIn(text) }
                var new = state
                if name == "rg" { new.fill = color.isBlackOnly } else { new.stroke = color.isBlackOnly }
                let inks = [color.cyan, color.magenta, color.yellow, color.black].map(Self.format).joined(separator: " ")
                replace(from: start, to: token.range.upperBound, with: settingState(new) + inks + (name == "rg" ? " k" : " K"))
            case "Do":
                guard state.fill != false else { break }
                var new = state
                new.fill = false
                replace(from: start, to: start, with: settingState(new))
            case "g", "G", "k", "K", "cs", "CS", "sc", "SC", "scn", "SCN":
                throw .unexpectedOperator(name)
            default:
                break
            }
        }
        output += bytes[copied...]
        return output
    }

    /// An ink amount with at most four decimals, as short as it can be.
    static func format(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded()
        if scaled == 0 { return "0" }
        if scaled == 10_000 { return "1" }
        var text = String(Int(scaled))
        while text.count < 4 { text = "0" + text }
        while text.hasSuffix("0") { text.removeLast() }
        return "." + text
    }
}
