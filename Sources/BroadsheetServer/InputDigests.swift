import BroadsheetFiles
import BroadsheetPipeline
import Foundation

/// The content digest of each page's input files, kept with how the files looked on disk when they
/// were read: while no file's time, size or inode changes, a request is keyed without loading the
/// page or reading its files again (a photo is megabytes).
actor InputDigests {
    struct Digest: Sendable {
        var files: [String]
        var stamps: FileStamps
        var digest: String
    }

    private var digests: [String: Digest] = [:]

    /// The digest of `path` when none of its files changed since it was made.
    func current(_ path: String) -> Digest? {
        guard let known = digests[path], FileStamps(known.files) == known.stamps else { return nil }
        return known
    }

    func store(_ digest: Digest, for path: String) {
        digests[path] = digest
    }

    /// Loads the page at `path` and digests its files; the stamps are taken before the bytes are read,
    /// so a file changed meanwhile is read again next time.
    static func make(_ path: String, session: RenderSession) throws -> (LoadedDocument, Digest) {
        let document = try session.loadDocument(path, policy: RunPolicy())
        let files = document.inputFiles.sorted()
        let stamps = FileStamps(files)
        var key = ContentKey()
        for file in files {
            key.add(file)
            key.add(try InputFile.readBytes(file, maximumBytes: InputFile.maximumBytes))
        }
        return (document, Digest(files: files, stamps: stamps, digest: key.description))
    }
}
