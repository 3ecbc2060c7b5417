import CPangoCairo

/// Itemizes `text` with `attributes` in `context` and shapes each item with HarfBuzz (through
/// `pango_shape_with_flags`), handing every item, its glyphs and the text's UTF-8 bytes to `body`
/// in logical order; the items and glyph strings are freed afterwards.
func shapeItems(_ text: String, context: OpaquePointer, attributes: OpaquePointer?,
                _ body: (PangoItem, PangoGlyphString, [UInt8]) -> Void) {
    let bytes = Array(text.utf8)
    text.utf8CString.withUnsafeBufferPointer { buffer in
        let length = Int32(bytes.count)
        let head = pango_itemize(context, buffer.baseAddress, 0, length, attributes, nil)
        defer {
            var node = head
            while let current = node {
                pango_item_free(current.pointee.data.assumingMemoryBound(to: PangoItem.self))
                node = current.pointee.next
            }
            g_list_free(head)
        }
        var node = head
        while let current = node {
            let item = current.pointee.data.assumingMemoryBound(to: PangoItem.self)
            let glyphs = pango_glyph_string_new()!
            defer { pango_glyph_string_free(glyphs) }
            pango_shape_with_flags(buffer.baseAddress! + Int(item.pointee.offset), item.pointee.length,
                                   buffer.baseAddress, length, &item.pointee.analysis, glyphs, PANGO_SHAPE_NONE)
            body(item.pointee, glyphs.pointee, bytes)
            node = current.pointee.next
        }
    }
}
