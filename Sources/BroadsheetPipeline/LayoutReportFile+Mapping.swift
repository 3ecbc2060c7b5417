import BroadsheetGeometry
import BroadsheetLayout
import Foundation

extension LayoutReportFile {
    public init(_ report: LayoutReport, page: String, proof findings: ProofFindings? = nil) {
        self.page = page
        blocks = report.blocks.map {
            Block(name: $0.name, kind: $0.kind, rectPt: $0.rect, linesPerColumn: $0.linesPerColumn,
                  placedCharacters: $0.placedCharacters, oversetCharacters: $0.oversetCharacters,
                  oversetHeadingCharacters: $0.oversetHeadingCharacters, continuesOnPage: $0.continuesOn,
                  jumpedCharacters: $0.jumpedCharacters, placement: $0.placement, flaggedLines: $0.flaggedLines.map(FlaggedLine.init))
        }
        overset = report.overset.map { Overset(block: $0.name, characters: $0.oversetCharacters + $0.oversetHeadingCharacters) }
        underfillLines = report.underfillLines
        glyphProblems = report.glyphProblems.map {
            GlyphProblemEntry(block: $0.block, kind: $0.problem.kind.rawValue, character: String($0.problem.character),
                              codePoints: $0.problem.codePoints, offset: $0.problem.offset)
        }
        fonts = report.fonts.map { Font(family: $0.family, style: $0.style, file: $0.file, index: $0.index) }
        images = report.images.map(Image.init)
        proof = findings.map(Proof.init)
    }

    /// The report as pretty-printed JSON with sorted keys.
    public func json() throws -> Data { try Self.encoder.encode(self) }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// A decoder for reports Broadsheet wrote.
    public static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }()
}

extension LayoutReportFile.FlaggedLine {
    init(_ flag: LineFlag) {
        self.init(block: flag.block, rectPt: flag.rect, reasons: flag.reasons.map(\.rawValue), gapAdjustmentEm: flag.gapAdjustment)
    }
}

extension LayoutReportFile.Image {
    init(_ image: ImageResolution) {
        self.init(path: image.path, rectPt: image.rect, ppi: image.pixelsPerInch, lowResolution: image.isLow)
    }
}

extension LayoutReportFile.Proof {
    init(_ findings: ProofFindings) {
        func rect(_ rect: Rect) -> [Double] { [rect.x, rect.y, rect.width, rect.height] }
        self.init(typeAreaPt: rect(findings.typeArea), columnsPt: findings.columns, baselinesPt: findings.baselines,
                  blocks: findings.blocks.map { .init(name: $0.name, rectPt: rect($0.rect), oversetCharacters: $0.oversetCharacters) },
                  flaggedLines: findings.flaggedLines.map(LayoutReportFile.FlaggedLine.init),
                  missingGlyphsPt: findings.missingGlyphs.map(rect), lowResolutionImages: findings.lowResolutionImages.map(LayoutReportFile.Image.init))
    }
}

extension EditionReportFile {
    public init(_ edition: LaidOutEdition) {
        self.edition = edition.spec.file
        pages = zip(edition.pages, edition.numbers).map { page, number in
            Page(number: number, report: LayoutReportFile(page.report, page: "\(edition.spec.file) page \(number)"))
        }
    }

    public func json() throws -> Data { try LayoutReportFile.encoder.encode(self) }
}
