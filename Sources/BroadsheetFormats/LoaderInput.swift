import BroadsheetDocument
import BroadsheetFiles
import BroadsheetImage

/// What the loaders read besides YAML: text files with `InputFile`'s limits and image headers with
/// `ImageHeader`'s, their failures reported as `DocumentError`s like every other input problem.
enum LoaderInput {
    static func text(_ path: String) throws -> String {
        do {
            return try InputFile.read(path)
        } catch let error as FileError {
            throw DocumentError(error)
        }
    }

    static func image(_ path: String) throws -> ImageHeader {
        do {
            return try ImageHeader.read(path: path)
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
