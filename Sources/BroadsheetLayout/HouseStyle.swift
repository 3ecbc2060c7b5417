/// Type choices for page elements: roles from `Fonts/roles.yaml` and sizes relative to the body.
/// Headline sizes follow the block's width, as a make-up editor sizes a headline to its columns.
struct HouseStyle {
    let bodySize: Double

    var bodyRole: String { "song" }
    var kickerRole: String { "hei" }
    var headlineRole: String { "biaosong" }
    var subheadRole: String { "kai-bold" }
    var bylineRole: String { "kai" }
    var subheadingRole: String { "hei-bold" }
    var captionRole: String { "kai" }
    var captionTitleRole: String { "hei-bold" }

    /// Default headline size for a block `columns` basic columns wide (初号 42 pt down to 小三 15 pt).
    func headlineSize(columns: Int) -> Double {
        switch columns {
        case ...1: 15
        case 2: 18
        case 3: 22
        case 4: 26
        case 5: 28
        default: 32
        }
    }

    /// A photo's credit (××摄) a size below the caption: 六号 beside a 小五 body.
    var creditSize: Double { bodySize * 5 / 6 }

    func kickerSize(headline: Double) -> Double { max(bodySize * 1.2, (headline * 0.45).rounded()) }
    func subheadSize(headline: Double) -> Double { max(bodySize * 1.2, (headline * 0.5).rounded()) }
}
