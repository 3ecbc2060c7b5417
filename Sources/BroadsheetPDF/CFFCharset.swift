/// The CIDs of a CID-keyed CFF font's glyphs, read from its charset (Adobe TN 5176 §13): a PDF shows
/// the glyphs of a CIDFontType0 font by CID, and a subset keeps its glyphs' original CIDs.
enum CFFCharset {
    /// For each glyph ID, its CID; nil for a name-keyed font (no ROS operator), whose glyphs are shown
    /// by glyph ID, or when the table cannot be read.
    static func cids(_ cff: ArraySlice<UInt8>) -> [UInt16]? {
        let table = Array(cff)
        guard table.count > 4 else { return nil }
        var reader = Reader(bytes: table, position: Int(table[2]))
        guard reader.skipIndex(), let topDict = reader.indexEntry(0) else { return nil }
        let operators = dict(table[topDict])
        guard operators[1230] != nil, let charset = operators[15]?.first, let charStrings = operators[17]?.first else { return nil }
        var glyphs = Reader(bytes: table, position: charStrings)
        guard let count = glyphs.u16(), count > 0 else { return nil }
        var cids: [UInt16] = [0]
        var at = charset
        guard at < table.count else { return nil }
        let format = table[at]
        at += 1
        func u16(_ position: Int) -> Int? { position + 1 < table.count ? Int(table[position]) << 8 | Int(table[position + 1]) : nil }
        while cids.count < count {
            switch format {
            case 0:
                guard let cid = u16(at) else { return nil }
                cids.append(UInt16(cid))
                at += 2
            case 1, 2:
                guard let first = u16(at), let left = format == 1 ? (at + 2 < table.count ? Int(table[at + 2]) : nil) : u16(at + 2)
                else { return nil }
                for cid in first...first + left where cids.count < count { cids.append(UInt16(truncatingIfNeeded: cid)) }
                at += format == 1 ? 3 : 4
            default: return nil
            }
        }
        return cids
    }

    /// A DICT's integer operands by operator (two-byte operators as 1200 + the second byte).
    private static func dict(_ bytes: ArraySlice<UInt8>) -> [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        var operands: [Int] = []
        var at = bytes.startIndex
        func byte(_ offset: Int) -> Int { at + offset < bytes.endIndex ? Int(bytes[at + offset]) : 0 }
        while at < bytes.endIndex {
            let b0 = Int(bytes[at])
            switch b0 {
            case 0...21:
                let key = b0 == 12 ? 1200 + byte(1) : b0
                result[key] = operands
                operands = []
                at += b0 == 12 ? 2 : 1
            case 28: operands.append(Int(Int16(bitPattern: UInt16(byte(1) << 8 | byte(2))))); at += 3
            case 29: operands.append(Int(Int32(bitPattern: UInt32(byte(1) << 24 | byte(2) << 16 | byte(3) << 8 | byte(4))))); at += 5
            case 30:   // a real: skip its nibbles up to the 0xf terminator
                at += 1
                while at < bytes.endIndex, bytes[at] & 0x0F != 0x0F, bytes[at] >> 4 != 0x0F { at += 1 }
                at += 1
                operands.append(0)
            case 32...246: operands.append(b0 - 139); at += 1
            case 247...250: operands.append((b0 - 247) * 256 + byte(1) + 108); at += 2
            case 251...254: operands.append(-(b0 - 251) * 256 - byte(1) - 108); at += 2
            default: at += 1
            }
        }
        return result
    }

    private struct Reader {
        let bytes: [UInt8]
        var position: Int

        mutating func u16() -> Int? {
            guard position + 1 < bytes.count else { return nil }
            defer { position += 2 }
            return Int(bytes[position]) << 8 | Int(bytes[position + 1])
        }

        /// The bounds of entry `index` of the INDEX at the reader's position.
        func indexEntry(_ index: Int) -> Range<Int>? {
            var copy = self
            guard let count = copy.u16(), index < count, copy.position < bytes.count else { return nil }
            let size = Int(bytes[copy.position])
            let offsets = copy.position + 1
            func offset(_ i: Int) -> Int? {
                let at = offsets + i * size
                guard size >= 1, size <= 4, at + size <= bytes.count else { return nil }
                return bytes[at..<at + size].reduce(0) { $0 << 8 | Int($1) }
            }
            let data = offsets + (count + 1) * size - 1
            guard let start = offset(index), let end = offset(index + 1), data + end <= bytes.count, start <= end else { return nil }
            return data + start..<data + end
        }

        /// Moves past the INDEX at the reader's position.
        mutating func skipIndex() -> Bool {
            let start = position
            guard let count = u16() else { return false }
            guard count > 0 else { return true }
            guard position < bytes.count else { return false }
            let size = Int(bytes[position])
            let last = position + 1 + count * size
            guard size >= 1, size <= 4, last + size <= bytes.count else { position = start; return false }
            let end = bytes[last..<last + size].reduce(0) { $0 << 8 | Int($1) }
            position = position + 1 + (count + 1) * size - 1 + end
            return position <= bytes.count
        }
    }
}
