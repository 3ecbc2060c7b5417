import BroadsheetText

/// Bylines (署名) as Chinese papers set them: names separated by a full-width space, and a two-character
/// name spread over three character cells (均排, clreq §3.4.3) so that names line up.
enum Byline {
    /// Words that are roles, not names, and so are never spread: 本报记者 王浩, 通讯员 李明.
    static let roles: Set<String> = ["记者", "编辑", "摄影", "摄", "通讯员", "实习生", "特约记者", "本报记者", "见习记者", "本报讯"]

    static func evenlySpaced(_ byline: String) -> String {
        let words = byline.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        return words.map { word in
            let isHanName = word.count == 2 && word.allSatisfy { $0.cjkScript == .han }
            return isHanName && !roles.contains(word) ? String(word.first!) + "\u{3000}" + String(word.last!) : word
        }.joined(separator: "\u{3000}")
    }
}
