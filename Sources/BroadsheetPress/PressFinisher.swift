import BroadsheetCalendar
import BroadsheetFrame
import BroadsheetGeometry
import Foundation

/// Turns cairo's PDF of a `PressSheet` drawn in stand-in colours into a PDF/X-1a:2003 file
/// (ISO 15930-4), working on the PDF's objects with libqpdf:
/// - every content stream's stand-ins become DeviceCMYK, black-only colours overprinting;
/// - photos are separated to CMYK with the output profile, total ink limited;
/// - no transparency group is left on a page or form (cairo puts one on every page);
/// - TrimBox and BleedBox are set inside cairo's MediaBox;
/// - the OutputIntent, GTS_PDFXVersion, Trapped and document ID are added.
struct PressFinisher {
    let key: ColorKey
    let condition: OutputCondition
    let profile: ICCProfile
    let separator: PhotoSeparator
    /// Sheet height, to turn top-down sheet rectangles into PDF boxes.
    let sheetHeight: Double
    let trimBox: Rect
    let bleedBox: Rect
    /// Dates the file, so that equal input gives equal output.
    let date: CalendarDate

    /// The press PDF of cairo's keyed PDF; `path` names the output in errors.
    func finish(_ keyed: Data, reportedAs path: String) throws -> Data {
        let pdf = try QPDFDocument(reading: keyed, file: path)
        var visited: Set<Int> = []
        for page in try pdf.pages() {
            let content = try pdf.pageContent(page)
            let stream = try pdf.newStream(try recolor(content, initial: OverprintState(fill: false, stroke: false), path))
            pdf.set(page, "Contents", stream)
            pdf.remove(page, "Group")
            pdf.set(page, "TrimBox", pdf.rectangle(box(trimBox)))
            pdf.set(page, "BleedBox", pdf.rectangle(box(bleedBox)))
            try finishResources(of: page, in: pdf, visited: &visited, path)
        }
        try addOutputIntent(to: pdf)
        return try pdf.written(version: "1.4")
    }

    /// A rectangle in sheet coordinates (y down) as a PDF box `[llx lly urx ury]` (y up).
    private func box(_ rect: Rect) -> [Double] {
        [rect.minX, sheetHeight - rect.maxY, rect.maxX, sheetHeight - rect.minY]
    }

    private func recolor(_ content: [UInt8], initial: OverprintState, _ path: String) throws -> [UInt8] {
        do {
            return try ContentRecolorer(key: key).rewrite(content, initial: initial)
        } catch {
            throw RenderError(file: path, "cannot separate the page's colours: \(error)")
        }
    }

    /// Adds the overprint states to a page's or form's resources, recolours its forms and separates its images.
    private func finishResources(of owner: QPDFDocument.Object, in pdf: QPDFDocument, visited: inout Set<Int>,
                                 _ path: String) throws {
        let resources = pdf.dictionary(owner, "Resources")
        let states = pdf.dictionary(resources, "ExtGState")
        for (name, dictionary) in OverprintState.resources { pdf.set(states, name, try pdf.parse(dictionary)) }
        // PDF/X-1a allows no transparency (ISO 15930-4 §6.3): no soft mask, no blend mode, full opacity.
        for name in pdf.keys(states) {
            guard let state = pdf.value(states, name) else { continue }
            let opaque = ["CA", "ca"].allSatisfy { key in pdf.value(state, key).map { pdf.number($0) == 1 } ?? true }
            if pdf.value(state, "SMask") != nil || pdf.value(state, "BM") != nil || !opaque {
                throw RenderError(file: path, "graphics state /\(name) uses transparency, which PDF/X-1a forbids")
            }
        }
        guard let objects = pdf.value(resources, "XObject") else { return }
        for name in pdf.keys(objects) {
            guard let object = pdf.value(objects, name), visited.insert(pdf.objectID(object)).inserted else { continue }
            if pdf.isName(pdf.value(object, "Subtype") ?? pdf.name("?"), "Form") {
                try pdf.replaceData(object, with: try recolor(try pdf.streamData(object), initial: OverprintState(), path))
                pdf.remove(object, "Group")
                try finishResources(of: object, in: pdf, visited: &visited, path)
            } else {
                try separateImage(object, in: pdf, path)
            }
        }
    }

    /// Converts an image XObject to DeviceCMYK: an RGB one through the output profile, a grey one
    /// (cairo writes a photo of greys as DeviceGray) to the black plate.
    private func separateImage(_ image: QPDFDocument.Object, in pdf: QPDFDocument, _ path: String) throws {
        // A stencil mask paints in the current fill colour, which the content stream sets.
        if let mask = pdf.value(image, "ImageMask"), pdf.bool(mask) { return }
        guard pdf.value(image, "SMask") == nil, pdf.value(image, "Mask") == nil else {
            throw RenderError(file: path, "image \(pdf.objectID(image)) has a soft mask, which PDF/X-1a forbids")
        }
        guard let space = pdf.value(image, "ColorSpace"), let bitsValue = pdf.value(image, "BitsPerComponent"),
              let widthValue = pdf.value(image, "Width") else {
            throw RenderError(file: path, "image \(pdf.objectID(image)) has no colour space, depth or width")
        }
        let bits = pdf.integer(bitsValue), width = pdf.integer(widthValue)
        let samples = try pdf.streamData(image)
        let cmyk: [UInt8]
        switch (pdf.isName(space, "DeviceRGB"), pdf.isName(space, "DeviceGray"), bits) {
        case (true, _, 8): cmyk = separator.separate(rgb: samples)
        case (_, true, 8): cmyk = separator.separate(grey: samples)
        // A photo of black and white alone (cairo writes it 1 bit deep, rows padded to whole bytes).
        case (_, true, 1): cmyk = separator.separate(grey: Self.expand(bits: samples, width: width))
        default:
            throw RenderError(file: path, "image \(pdf.objectID(image)) is \(bits)-bit in a colour space Broadsheet cannot separate")
        }
        pdf.set(image, "BitsPerComponent", try pdf.parse("8"))
        try pdf.replaceData(image, with: cmyk)
        pdf.set(image, "ColorSpace", pdf.name("DeviceCMYK"))
        pdf.remove(image, "Interpolate")
    }

    /// 1-bit grey samples, rows padded to whole bytes, as 8-bit ones (0 or 255).
    static func expand(bits: [UInt8], width: Int) -> [UInt8] {
        let rowBytes = (width + 7) / 8
        guard rowBytes > 0 else { return [] }
        var grey: [UInt8] = []
        grey.reserveCapacity(bits.count / rowBytes * width)
        for row in stride(from: 0, to: bits.count - rowBytes + 1, by: rowBytes) {
            for x in 0..<width { grey.append(bits[row + x / 8] & (0x80 >> (x % 8)) != 0 ? 255 : 0) }
        }
        return grey
    }

    /// PDF/X-1a:2003 (ISO 15930-4 §6.2.2, §6.7): an OutputIntent of subtype GTS_PDFX naming the printing
    /// condition and embedding its profile; GTS_PDFXVersion and Trapped in the Info dictionary.
    private func addOutputIntent(to pdf: QPDFDocument) throws {
        let profileStream = try pdf.newStream(profile.bytes, entries: ["N": try pdf.parse("4")])
        let intent = try pdf.parse("<< /Type /OutputIntent /S /GTS_PDFX >>")
        pdf.set(intent, "OutputConditionIdentifier", pdf.text(condition.identifier))
        pdf.set(intent, "OutputCondition", pdf.text(condition.condition))
        pdf.set(intent, "Info", pdf.text(condition.condition))
        if let registry = condition.registry { pdf.set(intent, "RegistryName", pdf.text(registry)) }
        pdf.set(intent, "DestOutputProfile", profileStream)
        let intents = try pdf.parse("[]")
        pdf.append(pdf.indirect(intent), to: intents)
        pdf.set(pdf.root, "OutputIntents", intents)
        let info = pdf.dictionary(pdf.trailer, "Info")
        pdf.set(info, "GTS_PDFXVersion", pdf.text("PDF/X-1:2003"))
        pdf.set(info, "Trapped", pdf.name("False"))
        // cairo 1.16 writes its dates without the `D:` prefix (ISO 32000-1 §7.9.4), which PDF/X requires.
        pdf.set(info, "CreationDate", pdf.text(date.pdfDate))
        pdf.set(info, "ModDate", pdf.text(date.pdfDate))
        try pdf.check("cannot add the output intent")
    }
}
