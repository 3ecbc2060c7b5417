/// Turns fuzz bytes into hostile Unicode text: each step picks a pool of characters — every script
/// Broadsheet may be pasted, control and format characters, unpaired combining marks, emoji with
/// ZWJ and variation selectors, right-to-left text and bidi controls, spaces of every width — or
/// repeats what came before, up to runs of 100,000 characters with no break opportunity.
public struct FuzzText {
    /// Longest text one input may make, in Unicode scalars.
    let maximumLength: Int

    private static let pools: [[ClosedRange<UInt32>]] = [
        [0x20...0x7E],                                                      // ASCII
        [0x00...0x1F, 0x7F...0x9F, 0x2028...0x2029],                          // C0, DEL, C1, line/paragraph separators
        [0x4E00...0x9FFF, 0x3400...0x4DBF],                                   // Han
        [0x3000...0x303F, 0xFF01...0xFF0F, 0x2010...0x2027, 0xFE30...0xFE4F], // CJK and general punctuation
        [0x0300...0x036F, 0x1AB0...0x1AFF, 0x20D0...0x20FF, 0x3099...0x309A], // combining marks
        [0x1F300...0x1FAFF, 0x200D...0x200D, 0xFE0F...0xFE0F, 0x1F3FB...0x1F3FF, 0x1F1E6...0x1F1FF], // emoji, ZWJ, VS16, skin tones, flags
        [0x0590...0x05FF, 0x0600...0x06FF, 0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069],        // Hebrew, Arabic, bidi controls
        [0xAC00...0xD7A3, 0x1100...0x11FF],                                   // Hangul
        [0x3040...0x30FF, 0x31F0...0x31FF],                                   // kana
        [0x0900...0x097F, 0x0E00...0x0E7F, 0x0F00...0x0FFF, 0x1800...0x18AF, 0x0100...0x024F], // Devanagari, Thai, Tibetan, Mongolian, Latin
        [0x20...0x20, 0xA0...0xA0, 0x3000...0x3000, 0x2000...0x200B, 0xFEFF...0xFEFF, 0x180E...0x180E], // spaces
        [0x30...0x39, 0x2E...0x2F, 0x25...0x25, 0x2C...0x2C, 0x3A...0x3A],    // digits and the marks inside numbers
        [0x20000...0x3134F, 0xE000...0xF8FF, 0xFFF9...0xFFFF, 0xF0000...0xF00FF], // planes 2–3, private use, specials, noncharacters
        [0xFE00...0xFE0F, 0xE0100...0xE01EF, 0xE0000...0xE007F],              // variation selectors, tags
    ]

    private var bytes: [UInt8]
    private var position = 0

    public init(_ bytes: some Collection<UInt8>, maximumLength: Int = 150_000) {
        self.bytes = Array(bytes)
        self.maximumLength = maximumLength
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// The next byte, 0 once the input is used up.
    mutating func byte() -> UInt8 {
        defer { position += 1 }
        return position < bytes.count ? bytes[position] : 0
    }

    mutating func number(below bound: Int) -> Int {
        (Int(byte()) << 8 | Int(byte())) % max(bound, 1)
    }

    /// The rest of the input as text.
    public mutating func text() -> String {
        var scalars: [Unicode.Scalar] = []
        while !isAtEnd && scalars.count < maximumLength {
            let choice = Int(byte())
            if choice % 16 < Self.pools.count {
                let pool = Self.pools[choice % 16]
                let range = pool[number(below: pool.count)]
                let value = range.lowerBound + UInt32(number(below: Int(range.upperBound - range.lowerBound) + 1))
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            } else if choice % 16 == 14, let last = scalars.last {
                // A run of one character, with no break opportunity inside when it is Latin: mostly short,
                // about one time in 40 of 100,000 characters.
                let length = Int(byte())
                let count = min(length < 250 ? length + 1 : 100_000, maximumLength - scalars.count)
                scalars += repeatElement(last, count: count)
            } else if !scalars.isEmpty {
                // The last stretch again, several times.
                let length = min(number(below: 64) + 1, scalars.count)
                let times = Int(byte() % 16) + 1
                let tail = Array(scalars.suffix(length))
                for _ in 0..<times where scalars.count + length <= maximumLength { scalars += tail }
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }
}
