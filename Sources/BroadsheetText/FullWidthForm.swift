/// Marks that Chinese and Japanese copy often types in their ASCII or Latin forms but that a CJK
/// page sets full width (OpenType `fwid`), each in a cell of its own with blank halves the composer
/// may compress like any full-width mark: the interpunct · (clreq §3.1.2: 间隔号 is a centred
/// full-width mark), and the parentheses ( ) of a pair beside or around CJK text (clreq §3.1.2:
/// 括号 are full width in Chinese text).
public enum FullWidthForm {
    /// For each scalar, the full-width form it is set in, or nil when it keeps its own.
    public static func forms(of scalars: [Unicode.Scalar]) -> [Character?] {
        var forms = [Character?](repeating: nil, count: scalars.count)
        func isCJK(_ index: Int) -> Bool { scalars.indices.contains(index) && scalars[index].isCJK }
        var open: [Int] = []
        for index in scalars.indices {
            switch scalars[index] {
            case "\u{00B7}": forms[index] = "\u{00B7}"
            case "(": open.append(index)
            case ")":
                guard let start = open.popLast() else { continue }
                // A pair set in CJK text: a CJK character just outside it, or any inside it.
                if isCJK(start - 1) || isCJK(index + 1) || scalars[(start + 1)..<index].contains(where: \.isCJK) {
                    forms[start] = "（"
                    forms[index] = "）"
                }
            default: break
            }
        }
        return forms
    }
}
