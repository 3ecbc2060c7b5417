import BroadsheetDocument
import BroadsheetFiles
import BroadsheetImage

/// What the loaders read besides YAML: text files with `InputFile`'s limits and image headers with
/// `SourceImage`'s, their failures reported as `DocumentError`s like every other input problem.
enum LoaderInput {
    /// A text file's contents; a control character anywhere in it (but tab and line ends) is
    /// refused on its line, before any parser sees it.
    /// Within `project`, the file is opened beneath the project's folder (see `ProjectFolder`).
    static func text(_ path: String, within project: ProjectFolder? = nil) throws -> String {
        let text: String
        do {
            text = try project?.read(path) ?? InputFile.read(path)
        } catch let error as FileError {
            throw DocumentError(error)
        }
        if let (line, control) = CopyText.firstControlCharacter(in: text) {
            throw DocumentError(file: path, line: line, control.message(in: "the line"))
        }
        return text
    }

    /// Largest accepted image file (a 100-megapixel JPEG fits well within it).
    static let maximumImageBytes = 128 * 1024 * 1024

    /// A photo's bytes, read once, with its header checked.
    static func image(_ path: String, within project: ProjectFolder) throws -> SourceImage {
        do {
            return try SourceImage(name: path, bytes: try project.readBytes(path, maximumBytes: maximumImageBytes))
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
