import Foundation

/// A grid's CMYK output profile (ICC), its bytes read when the grid is loaded.
public struct OutputProfile: Equatable, Sendable {
    /// Largest accepted profile file.
    public static let maximumBytes = 16 * 1024 * 1024

    public var file: String
    public var bytes: Data

    public init(file: String, bytes: Data) {
        self.file = file
        self.bytes = bytes
    }
}
