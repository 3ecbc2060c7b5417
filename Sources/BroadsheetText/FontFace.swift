/// A concrete font face: a file and the face's index inside it (a TTC holds several).
public struct FontFace: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var index: Int
    public var family: String
    public var style: String

    public init(file: String, index: Int, family: String, style: String) {
        self.file = file
        self.index = index
        self.family = family
        self.style = style
    }

    public var description: String { "\(family) \(style)" }
}
