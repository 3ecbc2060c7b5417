import BroadsheetDocument
import BroadsheetGeometry
import Foundation
import Yams

/// A node of a YAML input file together with where it came from, so that every read can fail with
/// the file and line of the offending value.
struct YAMLValue {
    let node: Node
    let file: String
    /// Lines before the YAML text in `file` (front matter starts on line 2 of a story).
    var lineOffset = 0
    /// The YAML text's last line: libyaml places what ends a text without a final line break (an
    /// error, an empty document) on the line after it.
    var lastLine = Int.max

    var line: Int? { node.mark.map { min($0.line, lastLine) + lineOffset } }

    func child(_ node: Node) -> YAMLValue { YAMLValue(node: node, file: file, lineOffset: lineOffset, lastLine: lastLine) }

    func error(_ message: String) -> DocumentError {
        DocumentError(file: file, line: line, message)
    }

    /// Parses `text` (the contents of `file`), turning libyaml's complaints into located errors.
    static func parse(_ text: String, file: String, firstLine: Int = 1) throws -> YAMLValue {
        try YAMLPreflight.check(text, file: file, firstLine: firstLine)
        let lastLine = text.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw DocumentError(file: file, line: firstLine, "no YAML content; expected a mapping of keys to values")
            }
            return YAMLValue(node: node, file: file, lineOffset: firstLine - 1, lastLine: lastLine)
        } catch let error as YamlError {
            throw DocumentError(file: file, line: Self.line(of: error).map { min($0, lastLine) + firstLine - 1 },
                                "malformed YAML: \(Self.problem(of: error))")
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        case let .duplicatedKeysInMapping(_, context):
            return context.mark.line
        default:
            return nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _),
             let .composer(context, problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
        case let .duplicatedKeysInMapping(duplicates, _):
            return "the key(s) \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")) appear more than once in one mapping"
        default:
            return "\(error)"
        }
    }

    // MARK: Typed reads

    func mapping(what: String) throws -> YAMLMapping {
        guard case let .mapping(mapping) = node else { throw error("\(what) must be a mapping of keys to values") }
        return YAMLMapping(mapping: mapping, value: self)
    }

    func sequence(what: String) throws -> [YAMLValue] {
        guard case let .sequence(sequence) = node else { throw error("\(what) must be a list") }
        return sequence.map(child)
    }

    /// Longest text a YAML value may hold, in characters: headlines, captions, masthead fields.
    static let maximumTextLength = 1_000

    func string(what: String) throws -> String {
        guard case let .scalar(scalar) = node else { throw error("\(what) must be text") }
        guard scalar.string.count <= Self.maximumTextLength else {
            throw error("\(what) is longer than \(Self.maximumTextLength) characters")
        }
        do {
            return try CopyText.clean(scalar.string, keepingNewlines: true)
        } catch {
            throw self.error(error.message(in: what))
        }
    }

    func int(what: String) throws -> Int {
        guard let value = Int(try string(what: what)) else { throw error("\(what) must be a whole number") }
        return value
    }

    func number(what: String) throws -> Double {
        guard let value = Double(try string(what: what)), value.isFinite else { throw error("\(what) must be a number") }
        return value
    }

    func length(what: String) throws -> Length {
        let text = try string(what: what)
        guard let value = Length(parsing: text) else {
            throw error("\(what) '\(text)' is not a length (use e.g. 9pt, 3mm or a type size such as 小五)")
        }
        return value
    }

    func bool(what: String) throws -> Bool {
        switch try string(what: what).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("\(what) must be true or false")
        }
    }
}

/// A YAML mapping whose keys are read once each; keys nobody asked for are reported as typos.
struct YAMLMapping {
    let mapping: Node.Mapping
    let value: YAMLValue

    var file: String { value.file }

    func error(_ message: String) -> DocumentError { value.error(message) }

    subscript(key: String) -> YAMLValue? {
        mapping[Node(key)].map(value.child)
    }

    func required(_ key: String, in what: String) throws -> YAMLValue {
        guard let found = self[key] else { throw error("\(what) lacks the required key '\(key)'") }
        return found
    }

    func string(_ key: String) throws -> String? { try self[key]?.string(what: "'\(key)'") }
    func int(_ key: String) throws -> Int? { try self[key]?.int(what: "'\(key)'") }
    func number(_ key: String) throws -> Double? { try self[key]?.number(what: "'\(key)'") }
    func length(_ key: String) throws -> Length? { try self[key]?.length(what: "'\(key)'") }
    func bool(_ key: String) throws -> Bool? { try self[key]?.bool(what: "'\(key)'") }

    /// A string or a list of strings, as a list.
    func strings(_ key: String) throws -> [String] {
        guard let found = self[key] else { return [] }
        if case .sequence = found.node {
            return try found.sequence(what: "'\(key)'").map { try $0.string(what: "an item of '\(key)'") }
        }
        return [try found.string(what: "'\(key)'")]
    }

    /// Fails on the first key outside `allowed`, naming its line.
    func rejectUnknownKeys(_ allowed: Set<String>, in what: String) throws {
        for (key, _) in mapping {
            let name = key.string ?? "?"
            if !allowed.contains(name) {
                let known = allowed.sorted().joined(separator: ", ")
                throw DocumentError(file: file, line: key.mark.map { $0.line + value.lineOffset },
                                    "unknown key '\(name)' in \(what) (known keys: \(known))")
            }
        }
    }
}
