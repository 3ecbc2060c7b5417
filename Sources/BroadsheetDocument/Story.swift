import BroadsheetText

/// One news story as an editor writes it: headline hierarchy (clreq §4 / newspaper 引题·主题·副题) and body.
public struct Story: Equatable, Sendable {
    /// 引题 (kicker): the line above the headline.
    public var kicker: String?
    /// 主题: the headline. A line break in it forces a new headline line; a space marks a pause.
    public var headline: String
    /// 副题: the subhead below the headline.
    public var subhead: String?
    /// Byline (署名), e.g. `本报记者 张三`.
    public var byline: String?
    public var body: [BodyElement]
    /// The story's language when it differs from its page's.
    public var language: LanguageTag?
    /// Composition choices of the story, over its page's.
    public var composition: CompositionSettings
    /// The page this story continues from (上接第N版), when it is the jumped rest of a story.
    public var continuedFrom: Int?
    /// The story file, for diagnostics.
    public var file: String

    public init(kicker: String? = nil, headline: String, subhead: String? = nil, byline: String? = nil,
                body: [BodyElement], language: LanguageTag? = nil, composition: CompositionSettings = CompositionSettings(),
                file: String) {
        self.kicker = kicker
        self.headline = headline
        self.subhead = subhead
        self.byline = byline
        self.body = body
        self.language = language
        self.composition = composition
        self.file = file
    }

    /// A block of the story body.
    public enum BodyElement: Equatable, Sendable {
        case paragraph(String)
        /// An in-body subhead (小标题), written as a `## ` line.
        case subheading(String)
        /// The rest of a paragraph whose beginning stands on another page: no first-line indent.
        case continuation(String)

        public var text: String {
            switch self {
            case .paragraph(let text), .subheading(let text), .continuation(let text): text
            }
        }
    }

    /// Number of characters in the body, the unit overset is counted in.
    public var bodyCharacterCount: Int { body.reduce(0) { $0 + $1.text.count } }
}
