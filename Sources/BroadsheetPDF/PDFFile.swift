import CDeflate
import Foundation

/// A PDF file being written (ISO 32000-1 §7.5): streams in order as they come; every other object kept
/// to be written, deflated, in one object stream (§7.5.7) at the end, located by a cross-reference
/// stream (§7.5.8). Object numbers are handed out before the objects are written, so objects may refer
/// to ones written later.
struct PDFFile {
    private enum Place { case unwritten, offset(Int), packed(index: Int) }

    private(set) var bytes: [UInt8] = Array("%PDF-1.5\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
    private var places: [Place] = [.unwritten]   // object 0 is the head of the free list
    private var packed: [(number: Int, body: String)] = []

    /// A number for an object written later with `write` or `writeStream`.
    mutating func reserve() -> Int {
        places.append(.unwritten)
        return places.count - 1
    }

    /// Object `number`, a dictionary or any other object but a stream.
    mutating func write(_ number: Int, _ object: String) {
        places[number] = .packed(index: packed.count)
        packed.append((number, object))
    }

    /// Object `number` as a stream of `data`, deflated unless `compress` is false; `entries` are its
    /// dictionary's other keys.
    mutating func writeStream(_ number: Int, _ data: [UInt8], entries: String = "", compress: Bool = true) {
        if compress {
            writeStream(number, deflated: Self.deflated(data), entries: entries)
        } else {
            append(number, stream: data, entries: entries)
        }
    }

    /// Object `number` as a stream of `body`, already deflated with `deflated(_:)`.
    mutating func writeStream(_ number: Int, deflated body: [UInt8], entries: String = "") {
        append(number, stream: body, entries: (entries.isEmpty ? "" : entries + " ") + "/Filter /FlateDecode")
    }

    private mutating func append(_ number: Int, stream body: [UInt8], entries: String) {
        places[number] = .offset(bytes.count)
        bytes += Array("\(number) 0 obj\n<<\(entries.isEmpty ? "" : " " + entries) /Length \(body.count) >>\nstream\n".utf8)
        bytes += body
        bytes += Array("\nendstream\nendobj\n".utf8)
    }

    /// The finished file: every reserved object must have been written.
    mutating func finished(root: Int, info: Int) -> [UInt8] {
        let objectStream = reserve(), xref = reserve()
        // The object stream: each object's number and offset, then the objects.
        var index = "", body = ""
        for (number, object) in packed {
            index += "\(number) \(body.utf8.count) "
            body += object + "\n"
        }
        let first = index.utf8.count
        writeStream(objectStream, Array((index + body).utf8), entries: "/Type /ObjStm /N \(packed.count) /First \(first)")
        // The cross-reference stream, itself the last entry: type, offset or object stream, index.
        places[xref] = .offset(bytes.count)
        var rows: [UInt8] = []
        for place in places {
            let (type, field2, field3): (UInt8, Int, Int) = switch place {
            case .unwritten: (0, 0, 65535)
            case .offset(let offset): (1, offset, 0)
            case .packed(let index): (2, objectStream, index)
            }
            rows.append(type)
            rows += (0..<4).reversed().map { UInt8(truncatingIfNeeded: field2 >> (8 * $0)) }
            rows += [UInt8(truncatingIfNeeded: field3 >> 8), UInt8(truncatingIfNeeded: field3)]
        }
        precondition(places.dropFirst().allSatisfy { if case .unwritten = $0 { false } else { true } }, "a reserved PDF object was never written")
        let start = bytes.count
        writeStream(xref, rows, entries: "/Type /XRef /Size \(places.count) /W [1 4 2] /Root \(root) 0 R /Info \(info) 0 R")
        bytes += Array("startxref\n\(start)\n%%EOF\n".utf8)
        return bytes
    }

    /// zlib-wrapped deflate (FlateDecode) at libdeflate's level 9: a PDF is written once and read many times.
    static func deflated(_ data: [UInt8]) -> [UInt8] {
        guard let compressor = libdeflate_alloc_compressor(9) else { fatalError("libdeflate cannot allocate a compressor") }
        defer { libdeflate_free_compressor(compressor) }
        var output = [UInt8](repeating: 0, count: libdeflate_zlib_compress_bound(compressor, data.count))
        let length = data.withUnsafeBytes { source in
            output.withUnsafeMutableBytes { libdeflate_zlib_compress(compressor, source.baseAddress, source.count, $0.baseAddress, $0.count) }
        }
        return Array(output.prefix(length))
    }
}
