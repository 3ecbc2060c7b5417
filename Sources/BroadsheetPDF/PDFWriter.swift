import BroadsheetConcurrency
import BroadsheetFontSubset
import BroadsheetFrame
import BroadsheetImage
import BroadsheetText
import Foundation

/// Writes pages as a PDF itself: the frame's few kinds of item map straight onto PDF operators, and
/// its glyphs onto HarfBuzz subsets embedded as they come. cairo's PDF surface would subset each face
/// again and load every glyph's outline twice more for its metrics (a third of a page's instructions),
/// and decode every JPEG only to attach its bytes back. Byte-reproducible: nothing depends on the clock or
/// on hashing order. `output` names the file in errors.
public struct PDFWriter {
    private let photos: PDFPhotoCache

    /// - Parameter photos: the photos' embedded forms, made or being made (a session's).
    public init(photos: PDFPhotoCache = PDFPhotoCache(decodings: DecodedImageCache())) {
        self.photos = photos
    }

    /// A PDF with one page per frame; the first frame's metadata describes the document.
    public func pdf(_ frames: [PageFrame], output: String) throws -> Data {
        guard let first = frames.first else { throw RenderError(file: output, "no pages to write") }
        var pdf = PDFFile()
        let catalog = pdf.reserve(), pageTree = pdf.reserve(), info = pdf.reserve()

        let glyphs = frames.flatMap(\.items).glyphsByFace
        var images: [UInt64: (image: SourceImage, name: String, number: Int)] = [:]
        for frame in frames {
            for case .image(let placed) in frame.items where images[placed.image.digest] == nil {
                images[placed.image.digest] = (placed.image, "Im\(images.count)", pdf.reserve())
            }
        }
        photos.prepare(images.values.map(\.image))
        // Each face subset, read back and its program deflated on all cores.
        let faces = glyphs.keys.sorted(by: { ($0.file, $0.index) < ($1.file, $1.index) })
        let embedded = try concurrently(Array(faces.enumerated())) { (index, face) throws(RenderError) in
            guard let subset = FontSubsetter().subset(face, glyphs: glyphs[face]!) else {
                throw RenderError(file: output, "the font \(face) (\(face.file)) cannot be subset for embedding")
            }
            return try EmbeddedFont(face: face, subset: subset, resourceName: "F\(index)", output: output)
        }
        var fonts: [FontFace: (font: EmbeddedFont, number: Int)] = [:]
        for (face, font) in zip(faces, embedded) { fonts[face] = (font, pdf.reserve()) }

        var pages: [Int] = []
        for frame in frames {
            var content = PageContent(height: frame.height)
            content.paper(width: frame.width, height: frame.height)
            for item in frame.items {
                switch item {
                case .glyphs(let run): content.glyphs(run, font: &fonts[run.face]!.font)
                case .rule(let rule): content.rule(rule)
                case .box(let box): content.box(box)
                case .tiles(let tiles): content.tiles(tiles)
                case .image(let placed): content.image(placed, name: images[placed.image.digest]!.name)
                }
            }
            let page = pdf.reserve(), stream = pdf.reserve()
            pdf.writeStream(stream, Array(content.text.utf8))
            let fontResources = fonts.values.filter { content.fonts.contains($0.font.resourceName) }
                .sorted { $0.number < $1.number }.map { "/\($0.font.resourceName) \($0.number) 0 R" }
            let imageResources = images.values.filter { content.images.contains($0.name) }
                .sorted { $0.number < $1.number }.map { "/\($0.name) \($0.number) 0 R" }
            var resources = ""
            if !fontResources.isEmpty { resources += " /Font << \(fontResources.joined(separator: " ")) >>" }
            if !imageResources.isEmpty { resources += " /XObject << \(imageResources.joined(separator: " ")) >>" }
            pdf.write(page, "<< /Type /Page /Parent \(pageTree) 0 R /MediaBox [0 0 \(PDFSyntax.number(frame.width, decimals: 4)) "
                      + "\(PDFSyntax.number(frame.height, decimals: 4))] /Contents \(stream) 0 R /Resources <<\(resources) >> >>")
            pages.append(page)
        }
        for entry in fonts.values.sorted(by: { $0.number < $1.number }) { entry.font.write(to: &pdf, number: entry.number) }
        for entry in images.values.sorted(by: { $0.number < $1.number }) {
            let photo: PDFPhotoCache.Photo
            do { photo = try photos.photo(entry.image) } catch let error as ImageError { throw RenderError(file: error.file, error.message) }
            EmbeddedImage.write(photo, number: entry.number, to: &pdf)
        }
        pdf.write(pageTree, "<< /Type /Pages /Kids [\(pages.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        pdf.write(catalog, "<< /Type /Catalog /Pages \(pageTree) 0 R >>")
        let date = first.metadata.documentDate.pdfDate
        pdf.write(info, "<< /Title \(PDFSyntax.textString(first.metadata.title)) /Creator (Broadsheet) /Producer (Broadsheet) "
                  + "/CreationDate (\(date)) /ModDate (\(date)) >>")
        return Data(pdf.finished(root: catalog, info: info))
    }
}
