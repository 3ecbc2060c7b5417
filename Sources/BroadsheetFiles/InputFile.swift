import Foundation

/// Reads an input text file (page, grid, story, role map), failing with a located error when it is
/// missing, not a regular file, larger than `maximumBytes` or not UTF-8.
public enum InputFile {
    /// Largest accepted input text file, in bytes (2 MiB: some 600,000 Chinese characters).
    public static let maximumBytes = 2 * 1024 * 1024

    /// The folder a file named `path` lies in, absolute and with its links resolved: what the
    /// file's relative paths (`../stories/a.md`) start from, however the file itself was named.
    public static func folder(of path: String) -> URL {
        URL(fileURLWithPath: path).absoluteURL.deletingLastPathComponent().resolvingSymlinksInPath()
    }

    public static func read(_ path: String) throws -> String {
        try decode(try readBytes(path, maximumBytes: maximumBytes), file: path)
    }

    /// The bytes of a regular file of at most `maximumBytes`; a folder, pipe, socket or device is
    /// refused saying what it is, before it is read (it is opened without waiting for a writer).
    public static func readBytes(_ path: String, maximumBytes: Int) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw FileError(file: path, "file not found or not readable") }
        defer { close(descriptor) }
        return try readBytes(descriptor, path: path, maximumBytes: maximumBytes)
    }

    /// The bytes of the open file `descriptor`, named `path` in errors, with `readBytes`'s checks.
    static func readBytes(_ descriptor: Int32, path: String, maximumBytes: Int) throws -> Data {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileError(file: path, "file not readable: \(String(cString: strerror(errno)))") }
        if let kind = kind(of: status.st_mode) {
            throw FileError(file: path, "is \(kind), not a regular file")
        }
        // At most one byte more than allowed: enough to know the file is too large, never all of it. The
        // buffer starts at the file's size and grows only for a file still being written: a buffer of
        // the most allowed, zeroed, cost more than reading the file.
        let limit = maximumBytes + 1
        var data = Data(count: min(limit, Int(max(0, status.st_size)) + 1))
        var filled = 0
        while filled < limit {
            if filled == data.count { data.count = min(limit, data.count * 2) }
            let count = data.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw FileError(file: path, "cannot read the file: \(String(cString: strerror(errno)))") }
            if count == 0 { break }
            filled += count
        }
        guard filled <= maximumBytes else {
            throw FileError(file: path, "file too large: it may hold at most \(maximumBytes / 1024 / 1024) MiB")
        }
        return data.prefix(filled)
    }

    /// What a file that is not a regular file is, in words; nil for a regular file.
    private static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        default: "not a plain file"
        }
    }

    /// The text of `bytes`, which must be UTF-8; a leading byte order mark is dropped.
    public static func decode(_ bytes: Data, file: String) throws -> String {
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let text = bytes.dropFirst(bom)
        if let offset = firstInvalidUTF8Offset(text) {
            let hint = LegacyEncoding.guess(bytes).map { "; it looks like \($0.label) text: convert it with \($0.conversion(of: file))" } ?? ""
            throw FileError(file: file, "not valid UTF-8 (first bad byte at offset \(bom + offset))\(hint)")
        }
        // Valid UTF-8 with zero bytes in every other byte is UTF-16 text of Latin letters.
        if text.contains(0), let encoding = LegacyEncoding.utf16(bytes) {
            throw FileError(file: file, "not UTF-8: it looks like \(encoding.label) text: convert it with \(encoding.conversion(of: file))")
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// How many bytes precede the first one that does not start a valid UTF-8 sequence, or nil.
    private static func firstInvalidUTF8Offset(_ bytes: Data) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
