import Foundation

/// A page bundle posted as a tar archive (ustar, as `tar -cf` writes it): the page file, its stories,
/// photos and grid. Only regular files and folders are taken, each path relative and inside the
/// bundle; links, devices, `..` and absolute names are refused, as are more than `maximumEntries`.
struct TarBundle {
    struct Entry {
        var path: String
        var data: Data
    }

    static let maximumEntries = 500
    let entries: [Entry]

    init(_ archive: Data) throws {
        var entries: [Entry] = []
        var offset = 0
        let bytes = [UInt8](archive)
        while offset + 512 <= bytes.count {
            let header = bytes[offset..<(offset + 512)]
            if header.allSatisfy({ $0 == 0 }) { break }
            let name = Self.text(header, 0, 100)
            let prefix = Self.text(header, 345, 155)
            let path = prefix.isEmpty ? name : prefix + "/" + name
            guard let size = Int(Self.text(header, 124, 12).trimmingCharacters(in: .whitespaces), radix: 8), size >= 0 else {
                throw ServiceError.badRequest("bundle: entry '\(path)' has no size; post a tar archive (tar -cf)")
            }
            let type = header[header.startIndex + 156]
            let start = offset + 512
            guard start + size <= bytes.count else { throw ServiceError.badRequest("bundle: entry '\(path)' is cut short") }
            switch type {
            case UInt8(ascii: "0"), 0:
                entries.append(Entry(path: try Self.checked(path), data: Data(bytes[start..<(start + size)])))
            case UInt8(ascii: "5"):
                // The archive's own folder (`./`) names no file.
                if !path.split(separator: "/").allSatisfy({ $0 == "." }) { _ = try Self.checked(path) }
            default:
                throw ServiceError.badRequest("bundle: entry '\(path)' is not a file or folder (links and devices are refused)")
            }
            guard entries.count <= Self.maximumEntries else { throw ServiceError.badRequest("bundle: more than \(Self.maximumEntries) files") }
            offset = start + (size + 511) / 512 * 512
        }
        self.entries = entries
    }

    /// Writes the files into `folder`, creating their folders; none may exist already.
    func write(into folder: URL) throws {
        for entry in entries {
            let url = folder.appendingPathComponent(entry.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: url.path, contents: entry.data) else {
                throw ServiceError.badRequest("bundle: cannot write '\(entry.path)'")
            }
        }
    }

    private static func text(_ header: ArraySlice<UInt8>, _ at: Int, _ length: Int) -> String {
        let field = header[(header.startIndex + at)..<(header.startIndex + at + length)]
        return String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// A relative path inside the bundle, or an error naming it.
    private static func checked(_ path: String) throws -> String {
        let parts = path.split(separator: "/").filter { $0 != "." }
        guard !path.hasPrefix("/"), !parts.isEmpty, !parts.contains("..") else {
            throw ServiceError.badRequest("bundle: '\(path)' lies outside the bundle")
        }
        return parts.joined(separator: "/")
    }
}
