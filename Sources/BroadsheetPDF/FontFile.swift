/// The tables of an OpenType or TrueType font file that embedding reads (OpenType spec, "Font file"
/// and the `head`, `hhea`, `hmtx`, `name` tables; the Compact Font Format spec, Adobe TN 5176, for CFF).
struct FontFile {
    let bytes: [UInt8]
    private var tables: [String: Range<Int>] = [:]

    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        guard bytes.count >= 12 else { return nil }
        let count = Int(u16(4))
        guard bytes.count >= 12 + 16 * count else { return nil }
        for index in 0..<count {
            let record = 12 + 16 * index
            let tag = String(decoding: bytes[record..<record + 4], as: UTF8.self)
            let offset = Int(u32(record + 8)), length = Int(u32(record + 12))
            guard offset + length <= bytes.count else { return nil }
            tables[tag] = offset..<offset + length
        }
        guard let head = tables["head"], head.count >= 54, let hhea = tables["hhea"], hhea.count >= 36,
              tables["hmtx"] != nil else { return nil }
    }

    func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1]) }
    func i16(_ at: Int) -> Int { Int(Int16(bitPattern: u16(at))) }
    func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) << 16 | UInt32(u16(at + 2)) }

    /// The CFF table's bytes, for a font with CFF outlines; nil for TrueType outlines.
    var cff: ArraySlice<UInt8>? { tables["CFF "].map { bytes[$0] } }

    var unitsPerEm: Int { max(16, Int(u16(tables["head"]!.lowerBound + 18))) }
    /// xMin, yMin, xMax, yMax in font units.
    var boundingBox: [Int] { (0..<4).map { i16(tables["head"]!.lowerBound + 36 + 2 * $0) } }
    var ascender: Int { i16(tables["hhea"]!.lowerBound + 4) }
    var descender: Int { i16(tables["hhea"]!.lowerBound + 6) }

    /// The advance width of `glyph` in font units (glyphs past the long metrics take the last one's).
    func advance(_ glyph: Int) -> Int {
        let hmtx = tables["hmtx"]!
        let long = max(1, Int(u16(tables["hhea"]!.lowerBound + 34)))
        let record = hmtx.lowerBound + 4 * min(glyph, long - 1)
        return record + 2 <= hmtx.upperBound ? Int(u16(record)) : 0
    }

    /// The PostScript name (name ID 6), Windows or Macintosh record; nil when the font has none.
    var postScriptName: String? {
        guard let name = tables["name"], name.count >= 6 else { return nil }
        let count = Int(u16(name.lowerBound + 2)), strings = name.lowerBound + Int(u16(name.lowerBound + 4))
        for index in 0..<count {
            let record = name.lowerBound + 6 + 12 * index
            guard record + 12 <= name.upperBound, u16(record + 6) == 6 else { continue }
            let platform = u16(record), length = Int(u16(record + 8)), offset = strings + Int(u16(record + 10))
            guard offset + length <= name.upperBound else { continue }
            let raw = bytes[offset..<offset + length]
            if platform == 3 {
                let units = stride(from: raw.startIndex, to: raw.endIndex - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
                return String(decoding: units, as: UTF16.self)
            }
            if platform == 1 { return String(decoding: raw, as: UTF8.self) }
        }
        return nil
    }
}
