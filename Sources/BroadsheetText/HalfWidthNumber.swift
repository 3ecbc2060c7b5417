/// Numbers in Chinese and Japanese text take their half-width forms (OpenType `hwid`): each digit,
/// and each `.` `,` `:` between two digits or `%` after one, fills half a character cell, so that a
/// number fills whole cells or half a cell more, which the Han–Latin spaces take up and the characters
/// after it stay on the grid (clreq §3.2.5).
public enum HalfWidthNumber {
    /// For each scalar, whether it belongs to a number set half width.
    public static func members(of scalars: [Unicode.Scalar]) -> [Bool] {
        func isDigit(_ index: Int) -> Bool { scalars.indices.contains(index) && ("0"..."9").contains(scalars[index]) }
        return scalars.indices.map { index in
            switch scalars[index] {
            case "0"..."9": true
            case ".", ",", ":": isDigit(index - 1) && isDigit(index + 1)
            case "%": isDigit(index - 1)
            default: false
            }
        }
    }
}
