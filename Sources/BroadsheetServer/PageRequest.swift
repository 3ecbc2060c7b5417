import BroadsheetPipeline
import Foundation

/// What `/api/page/{path}…` asks for: the page or edition file (`{path}.yaml` beneath the project),
/// which of its pages, the output and what the run lets through.
struct PageRequest: Sendable {
    enum Output: Sendable, Equatable {
        case pdf
        case png(dpi: Double)
        case thumbnail(ThumbnailSize)
        case proof(dpi: Double)
        case report
        /// The page's report with its proof findings, which the viewer draws its overlays from.
        case proofReport
        case press

        var contentType: String {
            switch self {
            case .pdf, .press: "application/pdf"
            case .png, .thumbnail, .proof: "image/png"
            case .report, .proofReport: "application/json"
            }
        }

        /// Diagnostic outputs show a page whatever is wrong with it; the others obey the run policy.
        var isDiagnostic: Bool {
            switch self {
            case .report, .proof, .proofReport: true
            default: false
            }
        }
    }

    /// The file's path beneath the project, `.yaml` included.
    var file: String
    var output: Output
    /// 0-based page of an edition; nil: the whole edition (PDF, report) or its first page.
    var page: Int?
    var policy: RunPolicy

    static let endings: [(suffix: String, make: @Sendable (Limits, [String: String]) throws -> Output)] = [
        ("/thumbnail.png", { limits, query in .thumbnail(try thumbnailSize(query, limits: limits)) }),
        ("/proof.png", { limits, query in .proof(dpi: try number(query["dpi"], default: 100, in: 10...limits.maximumDPI, name: "dpi")) }),
        ("/report.json", { _, _ in .report }),
        ("/proof.json", { _, _ in .proofReport }),
        ("/press.pdf", { _, _ in .press }),
        (".pdf", { _, _ in .pdf }),
        (".png", { limits, query in .png(dpi: try number(query["dpi"], default: 150, in: 10...limits.maximumDPI, name: "dpi")) }),
    ]

    struct Limits: Sendable {
        var maximumDPI: Double = 300
        var maximumThumbnail = 4000
    }

    init(path: String, query: [String: String], limits: Limits = Limits()) throws {
        guard let ending = Self.endings.first(where: { path.hasSuffix($0.suffix) && path.count > $0.suffix.count }) else {
            throw ServiceError.notFound("no such output: ask for .pdf, .png, /thumbnail.png, /proof.png, /proof.json, /report.json or /press.pdf")
        }
        file = String(path.dropLast(ending.suffix.count)) + ".yaml"
        output = try ending.make(limits, query)
        page = try query["page"].map { Int(try Self.number($0, default: 1, in: 1...999, name: "page")) - 1 }
        policy = try Self.policy(query, diagnostic: output.isDiagnostic)
    }

    /// What `?allow=overset,underfill,missing-glyphs` lets through; a diagnostic output shows everything.
    static func policy(_ query: [String: String], diagnostic: Bool = false) throws -> RunPolicy {
        let allowed = Set((query["allow"] ?? "").split(separator: ",").map(String.init))
        let known: Set<String> = ["overset", "underfill", "missing-glyphs"]
        if let unknown = allowed.subtracting(known).first { throw ServiceError.badRequest("allow: unknown '\(unknown)' (known: overset, underfill, missing-glyphs)") }
        return RunPolicy(allowOverset: diagnostic || allowed.contains("overset"), allowMissingGlyphs: diagnostic || allowed.contains("missing-glyphs"),
                         allowUnderfill: diagnostic || allowed.contains("underfill"))
    }

    private static func thumbnailSize(_ query: [String: String], limits: Limits) throws -> ThumbnailSize {
        let range = 16...Double(limits.maximumThumbnail)
        switch (query["width"], query["height"]) {
        case (let width?, nil): return .width(Int(try number(width, default: 300, in: range, name: "width")))
        case (nil, let height?): return .height(Int(try number(height, default: 300, in: range, name: "height")))
        case (nil, nil): return .width(300)
        default: throw ServiceError.badRequest("a thumbnail takes width or height, not both")
        }
    }

    private static func number(_ text: String?, default fallback: Double, in range: ClosedRange<Double>, name: String) throws -> Double {
        guard let text else { return fallback }
        guard let value = Double(text), value.isFinite, range.contains(value) else {
            throw ServiceError.badRequest("\(name): '\(text)' is not a number from \(Int(range.lowerBound)) to \(Int(range.upperBound))")
        }
        return value
    }

    /// What the key of this request's output adds to its input files.
    var variant: String { "\(output)|\(page.map(String.init) ?? "-")|\(policy.key)" }
}

extension RunPolicy {
    /// What a run policy adds to the key of an output.
    var key: String { "\(allowOverset)\(allowUnderfill)\(allowMissingGlyphs)" }
}
