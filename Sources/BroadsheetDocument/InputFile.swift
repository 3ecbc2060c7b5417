import Foundation

/// Reads an input text file, failing with a located error when it is missing or not UTF-8.
enum InputFile {
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentError(file: path, "file not found or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let offset = firstInvalidUTF8Offset(data) ?? 0
            throw DocumentError(file: path, "not valid UTF-8 (first bad byte at offset \(offset))")
        }
        return text
    }

    private static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += String(scalar).utf8.count
                offset = consumed
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
