import Foundation

/// A length in PostScript points (1/72 in), the unit of every dimension in the model.
public struct Length: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var points: Double

    public init(points: Double) { self.points = points }

    public static func pt(_ value: Double) -> Length { Length(points: value) }
    public static func mm(_ value: Double) -> Length { Length(points: value * 72 / 25.4) }

    public var millimetres: Double { points * 25.4 / 72 }

    public static func < (a: Length, b: Length) -> Bool { a.points < b.points }
    public static func + (a: Length, b: Length) -> Length { Length(points: a.points + b.points) }
    public static func - (a: Length, b: Length) -> Length { Length(points: a.points - b.points) }
    public static func * (a: Length, k: Double) -> Length { Length(points: a.points * k) }

    public var description: String { "\(points)pt" }

    /// Parses `12pt`, `3.5mm`, `1cm`, `0.5in`, a bare number (points), or a Chinese type size name
    /// such as `小五` (clreq §2.3.5 / GB/T 40070 sizes, see `TypeSizeName`). Returns nil when unreadable.
    public init?(parsing text: String) {
        let s = text.trimmingCharacters(in: .whitespaces)
        if let named = TypeSizeName.points(for: s) { self.init(points: named); return }
        let units: [(String, Double)] = [("pt", 1), ("mm", 72 / 25.4), ("cm", 720 / 25.4), ("in", 72)]
        for (suffix, factor) in units where s.hasSuffix(suffix) {
            guard let value = Double(s.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)),
                  value.isFinite else { return nil }
            self.init(points: value * factor)
            return
        }
        guard let value = Double(s), value.isFinite else { return nil }
        self.init(points: value)
    }
}

