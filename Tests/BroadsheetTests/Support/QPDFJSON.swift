import Foundation

/// A PDF as `qpdf --json` (format 2) shows it, stream data decoded: an independent reading of the
/// files Broadsheet writes.
struct QPDFJSON {
    let objects: [String: [String: Any]]
    let pages: [[String: Any]]

    init(path: String) throws {
        let result = try TestSupport.run("/usr/bin/qpdf", ["--json", "--json-stream-data=inline", "--decode-level=generalized", path])
        guard result.status == 0 || result.status == 3,
              let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any],
              let qpdf = json["qpdf"] as? [Any], let objects = qpdf.last as? [String: [String: Any]] else {
            throw TestFailure("qpdf --json failed on \(path): \(result.error)")
        }
        self.objects = objects
        pages = json["pages"] as? [[String: Any]] ?? []
    }

    /// An object's value (a stream's dictionary) by reference `"12 0 R"`, or the trailer.
    func value(_ reference: String) -> [String: Any] {
        let object = objects[reference == "trailer" ? "trailer" : "obj:" + reference]
        return (object?["value"] ?? (object?["stream"] as? [String: Any])?["dict"]) as? [String: Any] ?? [:]
    }

    /// A stream's decoded data.
    func data(_ reference: String) -> [UInt8] {
        guard let stream = objects["obj:" + reference]?["stream"] as? [String: Any], let base64 = stream["data"] as? String else { return [] }
        return Array(Data(base64Encoded: base64) ?? Data())
    }

    /// Follows a reference, or returns a direct dictionary as it is.
    func resolve(_ value: Any?) -> [String: Any] {
        if let reference = value as? String { return self.value(reference) }
        return value as? [String: Any] ?? [:]
    }

    /// Every content stream: the pages' and those of form XObjects.
    var contentStreams: [[UInt8]] {
        var streams: [[UInt8]] = pages.flatMap { ($0["contents"] as? [String] ?? []).map(data) }
        for key in objects.keys.sorted() where key.hasPrefix("obj:") {
            let reference = String(key.dropFirst(4))
            if value(reference)["/Subtype"] as? String == "/Form" { streams.append(data(reference)) }
        }
        return streams
    }

    /// Whitespace- and delimiter-separated words of a content stream (glyph strings are hex, which
    /// cannot hold an operator's letters beyond a–f).
    static func words(_ content: [UInt8]) -> [String] {
        String(decoding: content, as: UTF8.self)
            .split(whereSeparator: { $0.isWhitespace || "[]<>()/".contains($0) }).map(String.init)
    }
}
