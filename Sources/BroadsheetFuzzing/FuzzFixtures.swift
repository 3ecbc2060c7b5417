import BroadsheetDocument
import BroadsheetFiles
import BroadsheetFormats
import BroadsheetPipeline
import Foundation

/// The files a fuzz input stands for and may name, in `Tests/Fuzz/project/`: the input is read as
/// that folder's `page.yaml`, `grid.yaml`, `edition.yaml` or `story.md`, and may name its `story.md`,
/// `photo.png`, `photo.jpg` and (from an edition) `front.yaml`.
enum FuzzFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let project = root.appendingPathComponent("Tests/Fuzz/project")
    static let page = project.appendingPathComponent("page.yaml").path
    static let grid = project.appendingPathComponent("grid.yaml").path
    static let edition = project.appendingPathComponent("edition.yaml").path
    static let story = project.appendingPathComponent("story.md").path
    static let grids = root.appendingPathComponent("Layouts/grids").path
    /// The pipeline the targets lay out with, on the fixed-pitch fuzz shaper.
    static let session = RenderSession(home: BroadsheetHome(root: root), shapers: .init(horizontal: FuzzShaper(), vertical: FuzzShaper()),
                                       warn: { _ in })

    /// The input as text, or nil when it is not UTF-8 and the error (added to `errors`) says so.
    static func decode(_ input: Data, file: String, errors: inout [DocumentError]) throws -> String? {
        var text: String?
        try expectingLocatedErrors(file: file, text: nil, errors: &errors) {
            do { text = try InputFile.decode(input, file: file) } catch let error as FileError { throw DocumentError(error) }
        }
        return text
    }

    /// Runs `body` on an input read as `file`: an error it throws must be a `DocumentError` with a
    /// message, naming `file` or another file that exists, on a line of `text` when it names `file`;
    /// it is added to `errors`.
    static func expectingLocatedErrors(file: String, text: String?, errors: inout [DocumentError], _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as FuzzFailure {
            throw failure
        } catch let error as DocumentError {
            errors.append(error)
            try FuzzFailure.expect(!error.message.isEmpty, "an error without a message: \(error)")
            try FuzzFailure.expect(error.file == file || FileManager.default.fileExists(atPath: error.file),
                                   "an error naming a file that does not exist: \(error)")
            if let line = error.line {
                let lines = error.file == file ? (text?.reduce(1) { $1.isNewline ? $0 + 1 : $0 } ?? 1) : Int.max
                try FuzzFailure.expect(line >= 1 && line <= lines, "an error on line \(line) of \(lines): \(error)")
            }
        } catch {
            throw FuzzFailure("an error that names no file: \(type(of: error)): \(error)")
        }
    }
}
