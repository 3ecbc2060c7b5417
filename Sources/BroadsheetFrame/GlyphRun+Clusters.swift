import BroadsheetText

extension GlyphRun {
    /// Each cluster's text and glyphs, in order: what every back end that carries the text beside the
    /// glyphs reads (the PDF's ToUnicode and ActualText, cairo's clusters, the digital edition's words).
    /// A cluster past the end of the text or of the glyphs gets what is left of them, maybe nothing.
    public var clusterPieces: [(text: String, glyphs: ArraySlice<Glyph>)] {
        let bytes = Array(text.utf8)
        var byte = 0, glyph = 0
        return clusters.map { cluster in
            let text = String(decoding: bytes[min(byte, bytes.count)..<min(byte + cluster.bytes, bytes.count)], as: UTF8.self)
            let glyphs = self.glyphs[min(glyph, self.glyphs.count)..<min(glyph + cluster.glyphs, self.glyphs.count)]
            byte += cluster.bytes
            glyph += cluster.glyphs
            return (text, glyphs)
        }
    }
}

extension Sequence<FrameItem> {
    /// The glyph IDs the items' text uses, by face: what a PDF's font subsets must hold.
    public var glyphsByFace: [FontFace: Set<UInt32>] {
        var glyphs: [FontFace: Set<UInt32>] = [:]
        for case let .glyphs(run) in self { glyphs[run.face, default: []].formUnion(run.glyphs.map(\.id)) }
        return glyphs
    }
}
