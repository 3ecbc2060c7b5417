import BroadsheetFontSubset
import BroadsheetFrame
import BroadsheetText

/// A subset face as a PDF composite font (ISO 32000-1 §9.7): Type0 with Identity-H encoding over a
/// CIDFontType0 (CFF outlines, FontFile3) or CIDFontType2 (TrueType outlines, FontFile2), two-byte codes,
/// widths from the font's own metrics, and a ToUnicode CMap built from the text drawn with it.
struct EmbeddedFont: Sendable {
    let resourceName: String
    private let file: FontFile
    /// The font program, deflated.
    private let program: [UInt8]
    private let glyphMap: [UInt32: UInt32]
    /// The CID of each subset glyph, for a CID-keyed CFF font; nil: codes are glyph IDs.
    private let cids: [UInt16]?
    private let baseName: String
    /// The advance of each code in thousandths of the font size, as the PDF's widths give it.
    private let widths: [UInt16: Double]
    /// Code to text, first come; other text for a code is given as ActualText by the content.
    private(set) var unicode: [UInt16: String] = [:]

    init(face: FontFace, subset: FontSubsetter.Subset, resourceName: String, output: String) throws(RenderError) {
        guard let file = FontFile(subset.bytes) else { throw RenderError(file: output, "the subset of \(face) cannot be read back as a font") }
        self.file = file
        program = PDFFile.deflated(file.cff.map(Array.init) ?? file.bytes)
        self.glyphMap = subset.glyphMap
        self.resourceName = resourceName
        cids = file.cff.flatMap(CFFCharset.cids)
        // A subset's name is its font's name after six capitals (§9.6.4), here a hash of the glyphs kept.
        let hash = subset.glyphMap.keys.sorted().reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        let tag = (0..<6).map { Character(Unicode.Scalar(UInt8(65 + (hash >> (UInt64($0) * 5)) % 26))) }
        let name = (file.postScriptName ?? face.description).filter { $0.isASCII && !" ()<>[]{}/%#".contains($0) }
        baseName = String(tag) + "+" + (name.isEmpty ? "Font" : name)
        var widths: [UInt16: Double] = [:]
        for subsetGlyph in Set(subset.glyphMap.values) {
            widths[Self.code(ofSubsetGlyph: Int(subsetGlyph), cids: cids)] = Self.scaled(file.advance(Int(subsetGlyph)), file)
        }
        self.widths = widths
    }

    /// The two-byte code that shows the shaper's `glyph` (.notdef for one the subset lacks).
    func code(_ glyph: UInt32) -> UInt16 {
        Self.code(ofSubsetGlyph: Int(glyphMap[glyph] ?? 0), cids: cids)
    }

    /// A subset glyph's code: its CID in a CID-keyed font (.notdef's past the charset), else its ID.
    private static func code(ofSubsetGlyph glyph: Int, cids: [UInt16]?) -> UInt16 {
        guard let cids else { return UInt16(truncatingIfNeeded: glyph) }
        return glyph < cids.count ? cids[glyph] : 0
    }

    /// The advance of `code` in thousandths of the font size.
    func width(_ code: UInt16) -> Double { widths[code] ?? 0 }

    /// Font units in thousandths of the em, to a tenth.
    private static func scaled(_ units: Int, _ file: FontFile) -> Double {
        (Double(units) * 1000 / Double(file.unitsPerEm) * 10).rounded() / 10
    }

    /// Records that `code` shows `text`; false when the code already shows other text.
    mutating func map(_ code: UInt16, to text: String) -> Bool {
        guard !text.isEmpty else { return false }
        if let known = unicode[code] { return known == text }
        unicode[code] = text
        return true
    }

    /// Writes the font's objects; `number` is the Type0 font's, reserved when pages named it.
    func write(to pdf: inout PDFFile, number: Int) {
        let descendant = pdf.reserve(), descriptor = pdf.reserve(), programNumber = pdf.reserve(), toUnicode = pdf.reserve()
        let isCFF = file.cff != nil
        pdf.write(number, "<< /Type /Font /Subtype /Type0 /BaseFont /\(baseName) /Encoding /Identity-H "
                  + "/DescendantFonts [\(descendant) 0 R] /ToUnicode \(toUnicode) 0 R >>")
        var counts: [Double: Int] = [:]
        for width in widths.values { counts[width, default: 0] += 1 }
        let common = counts.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key ?? 1000
        pdf.write(descendant, "<< /Type /Font /Subtype /\(isCFF ? "CIDFontType0" : "CIDFontType2") /BaseFont /\(baseName) "
                  + "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor \(descriptor) 0 R "
                  + "/DW \(PDFSyntax.number(common, decimals: 1)) /W [\(Self.widthArray(widths, except: common))]"
                  + (isCFF ? "" : " /CIDToGIDMap /Identity") + " >>")
        let box = file.boundingBox.map { PDFSyntax.number(Self.scaled($0, file), decimals: 1) }
        pdf.write(descriptor, "<< /Type /FontDescriptor /FontName /\(baseName) /Flags 4 /FontBBox [\(box.joined(separator: " "))] "
                  + "/ItalicAngle 0 /Ascent \(PDFSyntax.number(Self.scaled(file.ascender, file), decimals: 1)) "
                  + "/Descent \(PDFSyntax.number(Self.scaled(file.descender, file), decimals: 1)) /CapHeight \(box[3]) /StemV 80 "
                  + "/\(isCFF ? "FontFile3" : "FontFile2") \(programNumber) 0 R >>")
        pdf.writeStream(programNumber, deflated: program, entries: isCFF ? "/Subtype /CIDFontType0C" : "/Length1 \(file.bytes.count)")
        pdf.writeStream(toUnicode, Array(toUnicodeCMap().utf8))
    }

    /// `c [w1 w2 …]` for each run of consecutive codes whose width is not the default (§9.7.4.3).
    private static func widthArray(_ widths: [UInt16: Double], except common: Double) -> String {
        var parts: [String] = []
        var run: [String] = [], next = -1
        for code in widths.keys.sorted() where widths[code] != common {
            if Int(code) != next {
                if !run.isEmpty { parts.append("[" + run.joined(separator: " ") + "]") }
                parts.append(String(code))
                run = []
            }
            run.append(PDFSyntax.number(widths[code]!, decimals: 1))
            next = Int(code) + 1
        }
        if !run.isEmpty { parts.append("[" + run.joined(separator: " ") + "]") }
        return parts.joined(separator: " ")
    }

    /// The ToUnicode CMap (§9.10.3), in blocks of at most 100 entries.
    private func toUnicodeCMap() -> String {
        var cmap = """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """
        let entries = unicode.keys.sorted().map { code in
            "<\(PDFSyntax.hex4(code))> <\(unicode[code]!.utf16.map(PDFSyntax.hex4).joined())>"
        }
        for start in stride(from: 0, to: entries.count, by: 100) {
            let block = entries[start..<min(start + 100, entries.count)]
            cmap += "\(block.count) beginbfchar\n" + block.joined(separator: "\n") + "\nendbfchar\n"
        }
        return cmap + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    }
}
