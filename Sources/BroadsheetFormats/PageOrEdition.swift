import BroadsheetDocument

/// A page file or an edition file, read once and told apart by its contents: an edition has a
/// top-level `pages:` list.
public enum PageOrEdition: Sendable {
    case page(PageSpec)
    case edition(EditionSpec)

    /// - Parameter allowOutside: let the file and what it names lie outside its project folder.
    public static func load(path: String, gridDirectory: String, allowOutside: Bool = false) throws -> PageOrEdition {
        let text = try LoaderInput.text(path)
        if text.split(separator: "\n").contains(where: { $0.hasPrefix("pages:") }) {
            return .edition(try EditionLoader.parse(text, file: path, gridDirectory: gridDirectory, allowOutside: allowOutside))
        }
        return .page(try PageLoader.parse(text, file: path, gridDirectory: gridDirectory, allowOutside: allowOutside))
    }
}
