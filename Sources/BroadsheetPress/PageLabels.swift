import BroadsheetFiles
import Foundation

/// Gives the pages of a multi-page PDF their labels (an edition's page numbers: 1, 2, …, or 5–8 of a
/// section), as a /PageLabels number tree (PDF 1.7 §12.4.2) — cairo 1.16 drops the labels it is given.
public enum PageLabels {
    public static func apply(_ labels: [String], to path: String) throws {
        try AtomicFile.write(to: path) { temporary in
            let document = try QPDFDocument(reading: path)
            let numbers = labels.enumerated().map { index, label in
                // A label that is a number is a decimal page number starting there, else a fixed prefix.
                Int(label).map { "\(index) << /S /D /St \($0) >>" } ?? "\(index) << /P (\(escaped(label))) >>"
            }
            document.set(document.root, "PageLabels", try document.parse("<< /Nums [ \(numbers.joined(separator: " ")) ] >>"))
            try document.write(to: temporary, version: "1.5")
        }
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }
}
