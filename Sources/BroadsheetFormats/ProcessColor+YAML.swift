import BroadsheetDocument

extension YAMLValue {
    func processColor(what: String) throws -> ProcessColor {
        let text = try string(what: what)
        guard let color = ProcessColor(parsing: text) else {
            throw error("\(what) '\(text)' is not a colour (write cmyk(C,M,Y,K) with ink percentages from 0 to 100, e.g. cmyk(0,100,100,0))")
        }
        return color
    }
}
