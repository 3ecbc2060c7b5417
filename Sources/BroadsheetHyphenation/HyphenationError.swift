/// A hyphenation dictionary that cannot be used, with its path.
public enum HyphenationError: Error, Equatable, CustomStringConvertible {
    case missingDictionary(path: String)
    case unreadableDictionary(path: String)

    public var description: String {
        switch self {
        case .missingDictionary(let path): "hyphenation dictionary \(path) does not exist (Debian package hyphen-en-us)"
        case .unreadableDictionary(let path): "hyphenation dictionary \(path) cannot be read as libhyphen patterns"
        }
    }
}
