import BroadsheetCairo
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
    /// Writes every output of a laid-out page, each on its own core with its own renderer.
    public func write(_ page: LaidOutPage, to outputs: [PageOutput], press: PressRequest = PressRequest()) throws {
        let settings = press.settings(for: page.spec)
        try concurrently(outputs) { output in
            switch output {
            case .pdf(let path):
                if let settings { try writePress(page, settings: settings, to: path) } else { try PageRenderer().writePDF(page.frame, to: path) }
            case .png(let path, let dpi):
                try PageRenderer().writePNG(page.frame, to: path, dpi: dpi)
            }
        }
    }

    /// The printer's PDF of a laid-out page, with a warning for each photo too coarse for print.
    public func writePress(_ page: LaidOutPage, settings: PressSettings, to path: String) throws {
        for image in page.report.images where image.isLow {
            warn("\(page.spec.file): photo '\(image.path)' is placed at \(Int(image.pixelsPerInch.rounded())) ppi, below the \(Int(settings.minimumResolution)) ppi print needs")
        }
        let sheet = try shaping(page.spec.language) { shapers in
            try PrinterMarksLayout(shaper: shapers.horizontal).sheet(page.frame, for: page.spec, marks: settings.marks)
        }
        let condition = try settings.outputProfile.map {
            try OutputCondition.custom(file: $0.file, bytes: $0.bytes, identifier: settings.outputCondition)
        } ?? shippedNewsprint()
        try PressPDFWriter(condition: condition, inkLimit: settings.inkLimit).write(sheet, to: path)
    }
}

/// Runs `body` for every element on all cores; the first error, if any, is thrown once all are done.
func concurrently<Element: Sendable>(_ elements: [Element], _ body: @Sendable (Element) throws -> Void) throws {
    let failures = FailureList()
    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
        do { try body(elements[index]) } catch { failures.append(error) }
    }
    if let failure = failures.first { throw failure }
}

/// Errors collected from concurrent work.
private final class FailureList: @unchecked Sendable {
    private var errors: [Error] = []
    private let lock = NSLock()

    func append(_ error: Error) { lock.withLock { errors.append(error) } }
    var first: Error? { lock.withLock { errors.first } }
}
