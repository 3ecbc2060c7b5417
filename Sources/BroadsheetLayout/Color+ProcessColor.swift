import BroadsheetDocument
import BroadsheetFrame

extension Color {
    /// A page file's `cmyk(…)` percentages as ink amounts.
    init(_ color: ProcessColor) {
        self.init(cyan: color.cyan / 100, magenta: color.magenta / 100, yellow: color.yellow / 100, black: color.black / 100)
    }
}
