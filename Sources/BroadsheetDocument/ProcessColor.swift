import Foundation

/// A colour as a page or grid file gives it, `cmyk(0,100,100,0)`: the percentages of cyan, magenta,
/// yellow and black ink, which a press PDF writes exactly (DeviceCMYK, PDF/X-1a: ISO 15930-4 §6.2.4).
public struct ProcessColor: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var cyan: Double
    public var magenta: Double
    public var yellow: Double
    public var black: Double

    public init(cyan: Double, magenta: Double, yellow: Double, black: Double) {
        self.cyan = cyan
        self.magenta = magenta
        self.yellow = yellow
        self.black = black
    }

    /// `cmyk(c,m,y,k)` with four percentages from 0 to 100; nil for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard trimmed.hasPrefix("cmyk("), trimmed.hasSuffix(")") else { return nil }
        let values = trimmed.dropFirst(5).dropLast().split(separator: ",", omittingEmptySubsequences: false)
            .map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard values.count == 4, values.allSatisfy({ $0.map { (0...100).contains($0) } ?? false }) else { return nil }
        self.init(cyan: values[0]!, magenta: values[1]!, yellow: values[2]!, black: values[3]!)
    }

    public var description: String {
        "cmyk(" + [cyan, magenta, yellow, black].map { $0 == $0.rounded() ? String(Int($0)) : String($0) }.joined(separator: ",") + ")"
    }
}
