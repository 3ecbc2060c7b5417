import Foundation

/// What a set of files looks like on disk — modification time, size and inode of each, or that it is
/// missing — to tell cheaply whether any of them changed (`watch`, the proof viewer's live reload).
public struct FileStamps: Equatable, Sendable {
    private struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
    }

    private var stamps: [String: Stamp?]

    public init(_ paths: [String]) {
        stamps = Dictionary(paths.map { path -> (String, Stamp?) in
            var info = stat()
            guard stat(path, &info) == 0 else { return (path, nil) }
            return (path, Stamp(seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec, size: Int64(info.st_size), inode: UInt64(info.st_ino)))
        }, uniquingKeysWith: { first, _ in first })
    }
}
