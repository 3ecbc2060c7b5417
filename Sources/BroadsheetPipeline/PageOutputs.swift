import BroadsheetCairo
import BroadsheetConcurrency
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetLayout
import BroadsheetPress
import Foundation

/// A file a page run writes.
public enum PageOutput: Sendable, Equatable {
    /// The screen PDF, or the printer's PDF when press settings are in force.
    case pdf(String)
    /// A PNG proof at `dpi` pixels per inch.
    case png(String, dpi: Double)

    public var path: String {
        switch self {
        case .pdf(let path), .png(let path, _): path
        }
    }

    /// The output a file name asks for: `.pdf` or `.png`; nil for another ending.
    public init?(file: String, dpi: Double) {
        if file.hasSuffix(".pdf") { self = .pdf(file) } else if file.hasSuffix(".png") { self = .png(file, dpi: dpi) } else { return nil }
    }
}

extension RenderSession {
    /// Writes every output of a laid-out page, each drawn on its own core with its own renderer, all
    /// or none.
    public func write(_ page: LaidOutPage, to outputs: [PageOutput], press: PressRequest = PressRequest()) throws {
        try refuseOverwriting(inputs: page.spec.inputFiles, with: outputs.map(\.path))
        let settings = press.settings(for: page.spec)
        try commit(try concurrently(outputs) { output in
            switch output {
            case .pdf(let path):
                let data = try settings.map { try pressPDF(page, settings: $0, output: path) }
                    ?? pdfWriter().pdf([page.frame], output: path)
                return RenderedOutput(path: path, data: data)
            case .png(let path, let dpi):
                return RenderedOutput(path: path, data: try renderer().png([page.frame], dpi: dpi, output: path))
            }
        })
    }

    /// The printer's PDF of a laid-out page, with a warning for each photo too coarse for print.
    func pressPDF(_ page: LaidOutPage, settings: PressSettings, output: String) throws -> Data {
        for image in page.report.images where image.isLow {
            warn("\(page.spec.file): photo '\(image.path)' is placed at \(Int(image.pixelsPerInch.rounded())) ppi, below the \(Int(settings.minimumResolution)) ppi print needs")
        }
        let sheet = try shaping(page.spec.language) { shapers in
            try PrinterMarksLayout(shaper: shapers.horizontal).sheet(page.frame, for: page.spec, marks: settings.marks)
        }
        let condition = try settings.outputProfile.map {
            try OutputCondition.custom(file: $0.file, bytes: $0.bytes, identifier: settings.outputCondition)
        } ?? shippedNewsprint()
        return try PressPDFWriter(condition: condition, inkLimit: settings.inkLimit, decodings: decodedImages).pdf(sheet, output: output)
    }
}
