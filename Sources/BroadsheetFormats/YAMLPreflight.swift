import BroadsheetDocument
// libyaml's event parser: the parser Yams composes with, read here event by event.
import CLibYAML

/// Reads a YAML text's events before Yams composes it into nodes, and refuses what would make
/// composing or reading it explode: anchors and aliases (an alias repeats a whole node, so a few
/// lines can stand for billions of nodes — "billion laughs"; Broadsheet's files never need them),
/// nesting deeper than `maximumDepth` (composing recurses once per level) and more than
/// `maximumNodes` nodes. Syntax errors are left to Yams, whose messages are located.
enum YAMLPreflight {
    static let maximumDepth = 32
    static let maximumNodes = 100_000
    static let nestingMessage = "lists and mappings nested more than \(maximumDepth) deep are not accepted"

    /// - Parameter firstLine: the line of `file` on which `text` starts.
    static func check(_ text: String, file: String, firstLine: Int) throws {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        try bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var depth = 0
            var nodes = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml stops at 1,000 levels, before their events reach the depth counted here.
                    if parser.problem.map({ String(cString: $0).contains("nesting level") }) == true {
                        throw DocumentError(file: file, line: Int(parser.problem_mark.line) + firstLine, nestingMessage)
                    }
                    return
                }
                defer { yaml_event_delete(&event) }
                func refuse(_ message: String) -> DocumentError {
                    DocumentError(file: file, line: Int(event.start_mark.line) + firstLine, message)
                }
                let anchor: UnsafeMutablePointer<yaml_char_t>?
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return
                case YAML_ALIAS_EVENT:
                    throw refuse("YAML aliases (*name) are not accepted; write the value out in full")
                case YAML_SCALAR_EVENT:
                    anchor = event.data.scalar.anchor
                case YAML_SEQUENCE_START_EVENT:
                    anchor = event.data.sequence_start.anchor
                    depth += 1
                case YAML_MAPPING_START_EVENT:
                    anchor = event.data.mapping_start.anchor
                    depth += 1
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                    continue
                default:
                    continue
                }
                if anchor != nil { throw refuse("YAML anchors (&name) are not accepted; write each value out in full") }
                if depth > maximumDepth { throw refuse(nestingMessage) }
                nodes += 1
                if nodes > maximumNodes { throw refuse("more than \(maximumNodes) YAML values in one file are not accepted") }
            }
        }
    }
}
