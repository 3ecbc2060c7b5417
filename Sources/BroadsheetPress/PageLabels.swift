import Foundation

/// Gives the pages of a multi-page PDF their labels (an edition's page numbers: 1, 2, …, or 5–8 of a
/// section), as a /PageLabels number tree (PDF 1.7 §12.4.2) — cairo 1.16 drops the labels it is given.
public enum PageLabels {
    /// The PDF `data` with its pages labelled; `output` names it in errors.
    public static func apply(_ labels: [String], to data: Data, output: String) throws -> Data {
        let document = try QPDFDocument(reading: data, file: output)
        let numbers = labels.enumerated().map { index, label in
            // A label that is a number is a decimal page number starting there, else a fixed prefix.
            Int(label).map { "\(index) << /S /D /St \($0) >>" } ?? "\(index) << /P (\(escaped(label))) >>"
        }
        document.set(document.root, "PageLabels", try document.parse("<< /Nums [ \(numbers.joined(separator: " ")) ] >>"))
        return try document.written(version: "1.5")
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }
}
