/// What a layout proof draws over a page, bottom to top: each layer is drawn at its opacity, so the
/// grid shows without hiding the page under it.
public struct ProofOverlay: Equatable, Sendable {
    public struct Layer: Equatable, Sendable {
        public var items: [FrameItem]
        /// From 0 (invisible) to 1 (opaque).
        public var opacity: Double
        public init(items: [FrameItem], opacity: Double) {
            self.items = items
            self.opacity = opacity
        }
    }

    public var layers: [Layer]
    public init(layers: [Layer]) {
        self.layers = layers
    }
}
