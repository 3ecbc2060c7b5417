import BroadsheetDocument
import BroadsheetFiles
import BroadsheetImage

/// What the loaders read besides YAML: text files with `InputFile`'s limits and image headers with
/// `SourceImage`'s, their failures reported as `DocumentError`s like every other input problem.
enum LoaderInput {
    static func text(_ path: String) throws -> String {
        do {
            return try InputFile.read(path)
        } catch let error as FileError {
            throw DocumentError(error)
        }
    }

    /// Largest accepted image file (a 100-megapixel JPEG fits well within it).
    static let maximumImageBytes = 128 * 1024 * 1024

    /// A photo's bytes, read once, with its header checked.
    static func image(_ path: String) throws -> SourceImage {
        do {
            return try SourceImage(name: path, bytes: try InputFile.readBytes(path, maximumBytes: maximumImageBytes))
        } catch let error as FileError {
            throw DocumentError(error)
        } catch let error as ImageError {
            throw DocumentError(file: error.file, error.message)
        }
    }
}

extension DocumentError {
    /// An input file that cannot be read, as the loaders report it.
    public init(_ error: FileError) {
        self.init(file: error.file, error.message)
    }
}
