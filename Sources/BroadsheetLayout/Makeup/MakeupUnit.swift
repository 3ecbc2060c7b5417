import BroadsheetDocument
import BroadsheetGeometry

/// What make-up places as one rectangle: a story, a photo listed alone, or a photo kept with its story
/// (the photo on top, its caption under it, then the story's headline and body).
struct MakeupUnit {
    enum Role {
        /// The page's first story that does not continue one from another page (头条).
        case lead
        case story
        /// The rest of a story from an earlier page (转版): low or at the side, 2–3 columns, a small headline.
        case continuation
        /// A photo listed alone: placed wherever it breaks up the page best.
        case photo
    }

    let members: [Int]
    let role: Role
    /// The editor's wanted width (`columns:`), if any.
    let hint: Int?

    /// The story of the unit, with its item index.
    func story(in items: [AutoItem]) -> (Int, Story)? { Self.story(of: members, in: items) }

    private static func story(of members: [Int], in items: [AutoItem]) -> (Int, Story)? {
        for member in members { if case .story(let story) = items[member].content { return (member, story) } }
        return nil
    }

    /// The photo of the unit, with its item index.
    func photo(in items: [AutoItem]) -> (Int, Photo)? {
        for member in members { if case .photo(let photo) = items[member].content { return (member, photo) } }
        return nil
    }

    /// The page's items grouped into units: a photo that keeps with a story joins it.
    static func units(of items: [AutoItem]) -> [MakeupUnit] {
        var groups: [[Int]] = []
        for (index, item) in items.enumerated() {
            if let other = item.keepWith, let group = groups.firstIndex(where: { $0.contains { items[$0].name == other } }) {
                groups[group].append(index)
            } else {
                groups.append([index])
            }
        }
        var leadFound = false
        return groups.map { members in
            let role: Role
            if let (_, story) = story(of: members, in: items) {
                if story.continuedFrom != nil { role = .continuation } else if !leadFound { role = .lead; leadFound = true } else { role = .story }
            } else {
                role = .photo
            }
            return MakeupUnit(members: members, role: role, hint: members.lazy.compactMap { items[$0].columns }.first)
        }
    }
}
