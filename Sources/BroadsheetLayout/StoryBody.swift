import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetText

/// A story's byline, paragraphs and in-body subheads composed to one column width, as a list of
/// lines ready to pour into columns.
struct StoryBody {
    var paragraphs: [SetParagraph] = []
    /// For each of `paragraphs`, the story body element it sets (nil: the byline or a jump line).
    var elements: [Int?] = []
    var flow: [FlowLine] = []
    private var hasByline = false

    init(_ story: Story, width: Double, house: HouseStyle, setter: inout TextSetter, block: String) throws {
        let size = house.bodySize
        var requests: [TextSetter.ParagraphRequest] = []
        func add(_ text: String, _ role: String, _ options: LineComposer.Options, element: Int?) {
            requests.append(.init(text: text, style: setter.style(role, size), options: options))
            elements.append(element)
        }
        if let byline = story.byline {
            hasByline = true
            add(Byline.evenlySpaced(byline), house.bylineRole, setter.composition.options(.left), element: nil)
        }
        if let page = story.continuedFrom {
            add(JumpLine.continuedFrom(page), house.bylineRole, setter.composition.options(.left), element: nil)
        }
        for (index, element) in story.body.enumerated() {
            switch element {
            case .paragraph(let text):
                add(text, house.bodyRole, setter.composition.body(size: size), element: index)
            case .continuation(let text):
                add(text, house.bodyRole, setter.composition.body(size: size, indented: false), element: index)
            case .subheading(let text):
                add(text, house.subheadingRole, setter.composition.options(.center), element: index)
            }
        }
        for set in try setter.set(requests, width: width, block: block) { take(set) }
    }

    /// What paragraph `index` of the flow is in the story: a body element, else the byline or a jump line.
    func part(_ index: Int) -> TextTag.Part {
        if let element = elements[index] { return .body(element) }
        return index == 0 && hasByline ? .byline : .jumpLine
    }

    /// Composes `text` and adds its lines at the end of the flow.
    mutating func append(_ text: String, _ style: BroadsheetText.TextStyle, _ options: LineComposer.Options, width: Double,
                         element: Int? = nil, setter: inout TextSetter, block: String) throws {
        take(try setter.set(text, style, width: width, options: options, block: block))
        elements.append(element)
    }

    /// A set paragraph's lines added at the end of the flow.
    private mutating func take(_ set: SetParagraph) {
        flow += set.lines.map { FlowLine(paragraph: paragraphs.count, line: $0) }
        paragraphs.append(set)
    }

    /// The story's text from flow line `first` on, as body elements: the rest of the paragraph that
    /// line belongs to (continued, without indent), then every later element whole.
    func remainder(of story: Story, from first: Int) -> [Story.BodyElement] {
        guard first < flow.count else { return [] }
        let line = flow[first]
        var elements: [Story.BodyElement] = []
        var next: Int
        if let element = self.elements[line.paragraph] {
            let set = paragraphs[line.paragraph]
            let start = line.line.placements.first?.cluster ?? 0
            let rest = set.shaped.clusters[start...].map(\.text).joined()
            if case .subheading = story.body[element] { elements.append(.subheading(rest)) } else { elements.append(.continuation(rest)) }
            next = element + 1
        } else {
            next = self.elements[line.paragraph...].compactMap { $0 }.first ?? story.body.count
        }
        elements += story.body[min(next, story.body.count)...]
        return elements
    }
}

/// The jump lines of a story continued on another page (转版).
enum JumpLine {
    static func continuedOn(_ page: Int) -> String { "（下转第\(page)版）" }
    static func continuedFrom(_ page: Int) -> String { "（上接第\(page)版）" }
}
