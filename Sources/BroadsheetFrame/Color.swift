/// A process colour: the four inks a press prints with, each from 0 to 1. These are the values a
/// press PDF writes as DeviceCMYK; screens and PNG proofs show `screen`, an approximation.
public struct Color: Equatable, Hashable, Sendable {
    public var cyan: Double
    public var magenta: Double
    public var yellow: Double
    public var black: Double

    public init(cyan: Double = 0, magenta: Double = 0, yellow: Double = 0, black: Double = 0) {
        self.cyan = cyan
        self.magenta = magenta
        self.yellow = yellow
        self.black = black
    }

    /// Text and rules: black ink alone, so that it prints in register and overprints (NIAD: "single
    /// colour black, overprinted"; cjk-newspaper-print §3.1).
    public static let black = Color(black: 1)
    /// No ink: the paper.
    public static let white = Color()
    /// Masthead and accent red (M100 Y100).
    public static let newsRed = Color(magenta: 1, yellow: 1)
    /// Printer's marks: every ink at 100 %, so that they appear on every plate.
    public static let registration = Color(cyan: 1, magenta: 1, yellow: 1, black: 1)

    /// Black ink only: the colour that overprints on press.
    public var isBlackOnly: Bool { cyan == 0 && magenta == 0 && yellow == 0 && black > 0 }

    /// The colour on screen, an approximation: each ink filters light like a process-ink solid on
    /// white paper (rough sRGB of cyan, magenta and yellow solids), black dims all three channels.
    public var screen: (red: Double, green: Double, blue: Double) {
        func filter(_ amount: Double, _ solid: Double) -> Double { 1 - amount * (1 - solid) }
        let paper = 1 - black
        return (red: paper * filter(cyan, 0) * filter(magenta, 0.93) * filter(yellow, 1),
                green: paper * filter(cyan, 0.62) * filter(magenta, 0) * filter(yellow, 0.93),
                blue: paper * filter(cyan, 0.89) * filter(magenta, 0.55) * filter(yellow, 0))
    }
}
