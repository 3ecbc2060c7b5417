import BroadsheetFiles

extension DocumentError {
    /// An input file that cannot be read, as the loaders report it.
    public init(_ error: FileError) {
        self.init(file: error.file, error.message)
    }
}

extension InputFile {
    /// The text of the input file at `path`, its failures as `DocumentError`s.
    static func readDocument(_ path: String) throws -> String {
        do {
            return try read(path)
        } catch let error as FileError {
            throw DocumentError(error)
        }
    }
}
