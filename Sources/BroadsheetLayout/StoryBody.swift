import BroadsheetComposer
import BroadsheetDocument

/// A story's byline, paragraphs and in-body subheads composed to one column width, as a list of
/// lines ready to pour into columns.
struct StoryBody {
    var paragraphs: [SetParagraph] = []
    var flow: [FlowLine] = []

    init(_ story: Story, width: Double, house: HouseStyle, setter: inout TextSetter, block: String) throws {
        let size = house.bodySize
        func add(_ text: String, _ role: String, _ options: LineComposer.Options) throws {
            let set = try setter.set(text, setter.style(role, size), width: width, options: options, block: block)
            flow += set.lines.map { FlowLine(paragraph: paragraphs.count, line: $0) }
            paragraphs.append(set)
        }
        if let byline = story.byline {
            try add(Byline.evenlySpaced(byline), house.bylineRole, setter.composition.options(.left))
        }
        for element in story.body {
            switch element {
            case .paragraph(let text):
                try add(text, house.bodyRole, setter.composition.body(indent: 2 * size))
            case .subheading(let text):
                try add(text, house.subheadingRole, setter.composition.options(.center))
            }
        }
    }
}
