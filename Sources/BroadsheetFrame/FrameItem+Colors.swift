extension FrameItem {
    /// The item with every use of `old` drawn in `new` instead (a house colour replaced by a page's choice).
    public func replacingColor(_ old: Color, with new: Color) -> FrameItem {
        func swap(_ color: Color) -> Color { color == old ? new : color }
        switch self {
        case .glyphs(var run):
            run.color = swap(run.color)
            return .glyphs(run)
        case .rule(var rule):
            rule.color = swap(rule.color)
            return .rule(rule)
        case .box(var box):
            box.fill = box.fill.map(swap)
            box.stroke = box.stroke.map(swap)
            return .box(box)
        case .tiles(var tiles):
            tiles.fill = swap(tiles.fill)
            return .tiles(tiles)
        case .image:
            return self
        }
    }

    /// The colours the item paints with (none for an image).
    public var colors: [Color] {
        switch self {
        case .glyphs(let run): [run.color]
        case .rule(let rule): [rule.color]
        case .box(let box): [box.fill, box.stroke].compactMap { $0 }
        case .tiles(let tiles): [tiles.fill]
        case .image: []
        }
    }
}
