/// One token of a PDF content stream and the bytes it spans.
struct ContentToken: Equatable {
    enum Kind: Equatable {
        case number(Double)
        case name
        case string
        /// `true`, `false`, `null`: operands that look like operators.
        case keyword
        /// `[`, `]`, `<<`, `>>`, `{`, `}`.
        case delimiter
        case `operator`(String)
        /// The bytes between an inline image's `ID` and `EI`.
        case inlineImageData
    }

    var kind: Kind
    var range: Range<Int>
}

/// Splits a decoded content stream into tokens (ISO 32000-1 §7.2 lexical conventions, §7.8.2 content
/// streams, §8.9.7 inline images), so that colour operators can be found without being fooled by
/// strings, names, comments or image data. It reads; it does not interpret.
struct ContentStreamTokenizer {
    enum Failure: Error, Equatable {
        case unterminatedString(at: Int)
        case unterminatedHexString(at: Int)
        case unterminatedInlineImage(at: Int)
        case unexpectedByte(UInt8, at: Int)
    }

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    static func tokens(_ bytes: [UInt8]) throws(Failure) -> [ContentToken] {
        var tokenizer = ContentStreamTokenizer(bytes)
        var tokens: [ContentToken] = []
        while let token = try tokenizer.next() {
            tokens.append(token)
            if token.kind == .operator("ID") {
                tokens.append(try tokenizer.inlineImageData())
            }
        }
        return tokens
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { [0, 9, 10, 12, 13, 32].contains(byte) }
    static func isDelimiter(_ byte: UInt8) -> Bool { Array("()<>[]{}/%".utf8).contains(byte) }
    static func isRegular(_ byte: UInt8) -> Bool { !isWhitespace(byte) && !isDelimiter(byte) }

    private mutating func next() throws(Failure) -> ContentToken? {
        skipWhitespaceAndComments()
        guard position < bytes.count else { return nil }
        let start = position
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "("):
            try skipLiteralString()
            return ContentToken(kind: .string, range: start..<position)
        case UInt8(ascii: "<"):
            if peek(1) == UInt8(ascii: "<") {
                position += 2
                return ContentToken(kind: .delimiter, range: start..<position)
            }
            guard let close = bytes[position...].firstIndex(of: UInt8(ascii: ">")) else { throw .unterminatedHexString(at: start) }
            position = close + 1
            return ContentToken(kind: .string, range: start..<position)
        case UInt8(ascii: ">"):
            guard peek(1) == UInt8(ascii: ">") else { throw .unexpectedByte(byte, at: start) }
            position += 2
            return ContentToken(kind: .delimiter, range: start..<position)
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            position += 1
            return ContentToken(kind: .delimiter, range: start..<position)
        case UInt8(ascii: "/"):
            position += 1
            skipRegular()
            return ContentToken(kind: .name, range: start..<position)
        case UInt8(ascii: ")"):
            throw .unexpectedByte(byte, at: start)
        default:
            skipRegular()
            let word = String(decoding: bytes[start..<position], as: UTF8.self)
            if let number = Self.number(word) { return ContentToken(kind: .number(number), range: start..<position) }
            if ["true", "false", "null"].contains(word) { return ContentToken(kind: .keyword, range: start..<position) }
            return ContentToken(kind: .operator(word), range: start..<position)
        }
    }

    /// A PDF number: an optional sign, digits and at most one period, no exponent (§7.3.3).
    static func number(_ word: String) -> Double? {
        var body = Substring(word)
        if let first = body.first, first == "+" || first == "-" { body = body.dropFirst() }
        guard !body.isEmpty, body != ".", body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              body.filter({ $0 == "." }).count <= 1 else { return nil }
        return Double(word)
    }

    /// After `ID` and one whitespace byte, the image data runs to an `EI` that stands alone between
    /// whitespace (and the end of the stream or a delimiter).
    private mutating func inlineImageData() throws(Failure) -> ContentToken {
        let start = min(position + 1, bytes.count)
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "E"), bytes[index + 1] == UInt8(ascii: "I"),
               index > start, Self.isWhitespace(bytes[index - 1]),
               index + 2 == bytes.count || !Self.isRegular(bytes[index + 2]) {
                position = index
                return ContentToken(kind: .inlineImageData, range: start..<(index - 1))
            }
            index += 1
        }
        throw .unterminatedInlineImage(at: start)
    }

    private func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private mutating func skipWhitespaceAndComments() {
        while position < bytes.count {
            if Self.isWhitespace(bytes[position]) {
                position += 1
            } else if bytes[position] == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 10, bytes[position] != 13 { position += 1 }
            } else {
                return
            }
        }
    }

    private mutating func skipRegular() {
        while position < bytes.count, Self.isRegular(bytes[position]) { position += 1 }
    }

    /// A literal string: balanced parentheses, a backslash escaping the next byte (§7.3.4.2).
    private mutating func skipLiteralString() throws(Failure) {
        let start = position
        var depth = 0
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 {
                    position += 1
                    return
                }
            default: break
            }
            position += 1
        }
        throw .unterminatedString(at: start)
    }
}
