/// One glyph as the shaper placed it, in points relative to its cluster's pen position.
public struct ShapedGlyph: Equatable, Sendable {
    public var id: UInt32
    public var xOffset: Double
    public var yOffset: Double
    public var advance: Double

    public init(id: UInt32, xOffset: Double, yOffset: Double, advance: Double) {
        self.id = id
        self.xOffset = xOffset
        self.yOffset = yOffset
        self.advance = advance
    }
}

/// The smallest unit of shaped text that can be positioned: one or more characters mapped to one or
/// more glyphs of one face (a grapheme cluster, or a ligature).
public struct ShapedCluster: Equatable, Sendable {
    public var text: String
    public var glyphs: [ShapedGlyph]
    /// Index into `ShapedText.faces`.
    public var face: Int
    public var advance: Double
    /// Horizontal extent of the cluster's ink from its pen position, in points; the blank parts of a
    /// punctuation mark's em frame are what punctuation adjustment may remove (clreq §3.1.6).
    public var inkLeft: Double
    public var inkRight: Double

    public init(text: String, glyphs: [ShapedGlyph], face: Int, inkLeft: Double? = nil, inkRight: Double? = nil) {
        self.text = text
        self.glyphs = glyphs
        self.face = face
        self.advance = glyphs.reduce(0) { $0 + $1.advance }
        self.inkLeft = inkLeft ?? 0
        self.inkRight = inkRight ?? advance
    }
}

/// A character the configured fonts could not set as asked.
public struct GlyphProblem: Equatable, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// No configured face has the character; it would draw as a box.
        case missing
        /// The role's face lacks it and another configured face stood in.
        case substituted
    }

    public var kind: Kind
    public var character: Character
    /// Offset of the character in the shaped text, in characters.
    public var offset: Int
    public var face: String?

    public init(kind: Kind, character: Character, offset: Int, face: String?) {
        self.kind = kind
        self.character = character
        self.offset = offset
        self.face = face
    }

    public var codePoints: String {
        character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
    }

    public var description: String {
        switch kind {
        case .missing: "no configured font has \(codePoints) '\(character)'"
        case .substituted: "\(codePoints) '\(character)' set in \(face ?? "another face") instead of the role's face"
        }
    }
}

/// A run of text after shaping: its clusters in logical order and the faces they use.
public struct ShapedText: Equatable, Sendable {
    public var style: TextStyle
    public var clusters: [ShapedCluster]
    public var faces: [FontFace]
    public var problems: [GlyphProblem]
    /// The hyphen a line broken inside a Latin word ends with, in one of `faces`; nil: no hyphenation.
    public var hyphen: ShapedCluster? = nil

    public init(style: TextStyle, clusters: [ShapedCluster], faces: [FontFace], problems: [GlyphProblem]) {
        self.style = style
        self.clusters = clusters
        self.faces = faces
        self.problems = problems
    }

    public var width: Double { clusters.reduce(0) { $0 + $1.advance } }

    /// The text at `size`, its positions and extents multiplied by `size` and then divided by its own
    /// size: for a shaper whose positions are whole units of a power-of-two fraction of its
    /// `scalingSize`, the same numbers as shaping at `size` (see `TextShaper.scalingSize`).
    public func scaled(to size: Double) -> ShapedText {
        let from = style.size
        func scale(_ value: Double) -> Double { value * size / from }
        func scale(_ cluster: ShapedCluster) -> ShapedCluster {
            let glyphs = cluster.glyphs.map {
                ShapedGlyph(id: $0.id, xOffset: scale($0.xOffset), yOffset: scale($0.yOffset), advance: scale($0.advance))
            }
            return ShapedCluster(text: cluster.text, glyphs: glyphs, face: cluster.face,
                                 inkLeft: scale(cluster.inkLeft), inkRight: scale(cluster.inkRight))
        }
        var result = self
        result.style.size = size
        result.clusters = clusters.map(scale)
        result.hyphen = hyphen.map(scale)
        return result
    }

    /// Gives the clusters back the text they were shaped as a stand-in for: `pieces` holds, for each
    /// scalar of the shaped text, the original scalars it stands for.
    public mutating func restoreText(_ pieces: [String.UnicodeScalarView]) {
        var next = 0
        for index in clusters.indices {
            let count = clusters[index].text.unicodeScalars.count
            var text = String.UnicodeScalarView()
            for piece in pieces[next..<(next + count)] { text.append(contentsOf: piece) }
            clusters[index].text = String(text)
            next += count
        }
    }
}
