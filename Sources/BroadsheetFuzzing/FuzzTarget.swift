import BroadsheetDocument
import Foundation

/// The fuzz targets: `make fuzz` runs each under libFuzzer, and the tests replay the inputs kept in
/// `Tests/Fuzz/regressions/<target>/` through the same entry point.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Page and grid files (YAML).
    case yaml
    /// Story files (Markdown with YAML front matter).
    case story
    /// The line composer on hostile Unicode text.
    case composer
    /// Hostile text shaped by Pango and drawn by Cairo, through the pipeline.
    case render

    /// Runs one input and returns the input errors it met, which are expected answers; a broken
    /// promise (an error that names no file or line, text lost between the input and the page, a
    /// position that is not finite) throws `FuzzFailure`, and a crash is a crash.
    @discardableResult
    public func run(_ input: Data) throws -> [DocumentError] {
        switch self {
        case .yaml: try YAMLTarget.run(input)
        case .story: try StoryTarget.run(input)
        case .composer: try ComposerTarget.run(input)
        case .render: try RenderTarget.run(input)
        }
    }
}
