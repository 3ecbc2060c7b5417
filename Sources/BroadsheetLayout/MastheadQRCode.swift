import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetQR

/// The QR code in the masthead's ear: the paper's digital edition, else its first website, else its
/// WeChat account when given as a link (an account's name alone is no link a phone can follow).
struct MastheadQRCode {
    /// What the symbol encodes.
    let address: String
    /// What a reader gets by scanning it, set under the symbol.
    let caption: String
    let code: QRCode

    /// The symbol's width without its quiet zone: 15 mm scans from a newspaper page at reading distance.
    static let minimumWidth = Length.mm(15).points

    init?(_ masthead: Masthead, file: String) throws {
        let fields: [(text: String?, caption: String, hostAlone: Bool)] = [(masthead.digitalEdition, "扫码看数字报", true)]
            + masthead.websites.map { ($0, "扫码访问网站", true) } + [(masthead.wechat, "扫码关注微信", false)]
        guard let (address, caption) = fields.lazy.compactMap({ field in
            field.text.flatMap { Self.address(in: $0, acceptingHost: field.hostAlone) }.map { ($0, field.caption) }
        }).first else { return nil }
        self.address = address
        self.caption = caption
        do {
            code = try QRCode(encoding: address)
        } catch {
            throw DocumentError(file: file, line: masthead.sourceLine, "masthead: \(error)")
        }
    }

    /// The web address in a masthead field such as `数字报网址：http://zjfzb.zjol.com.cn`: from `http://`
    /// or `https://`, else (for a website) the host after the label, given `http://`.
    static func address(in text: String, acceptingHost: Bool) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "：" || $0 == "\u{3000}" }).map(String.init)
        if let link = words.first(where: { $0.hasPrefix("http://") || $0.hasPrefix("https://") }) { return link }
        guard acceptingHost, let host = words.last(where: { $0.contains(".") && $0.allSatisfy { $0.isASCII } }) else { return nil }
        return "http://" + host
    }

    /// The dark modules as filled squares, the symbol's top-left corner at `origin`, each module `module` points a side.
    func tiles(origin: Point, module: Double) -> Tiles {
        var rects: [Rect] = []
        for row in 0..<code.size {
            // One rectangle for each run of dark modules in a row.
            var column = 0
            while column < code.size {
                guard code.isDark(row: row, column: column) else { column += 1; continue }
                var end = column
                while end < code.size && code.isDark(row: row, column: end) { end += 1 }
                rects.append(Rect(x: origin.x + Double(column) * module, y: origin.y + Double(row) * module,
                                  width: Double(end - column) * module, height: module))
                column = end
            }
        }
        return Tiles(rects: rects, fill: .black)
    }
}
