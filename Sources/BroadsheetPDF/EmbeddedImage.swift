import BroadsheetImage

/// A photo as an image XObject (ISO 32000-1 §8.9.5), in the form `PDFPhotoCache` made: a JPEG as
/// DCTDecode, pixels deflated with their transparency as a soft mask.
enum EmbeddedImage {
    static func write(_ photo: PDFPhotoCache.Photo, number: Int, to pdf: inout PDFFile) {
        let common = "/Type /XObject /Subtype /Image /Interpolate true /BitsPerComponent 8"
        switch photo {
        case .jpeg(let bytes, let width, let height, let components):
            let space = [1: "/DeviceGray", 4: "/DeviceCMYK"][components] ?? "/DeviceRGB"
            // libjpeg writes CMYK with Adobe's APP14 marker, whose samples are inverted (Adobe TN 5116).
            let decode = components == 4 ? " /Decode [1 0 1 0 1 0 1 0]" : ""
            pdf.writeStream(number, [UInt8](bytes), entries: "\(common) /Width \(width) /Height \(height) /ColorSpace \(space)\(decode) /Filter /DCTDecode",
                            compress: false)
        case .pixels(let pixels):
            let colour = pixels.channels >= 3 ? 3 : 1
            let size = "/Width \(pixels.width) /Height \(pixels.height)"
            var samples = [UInt8](), alpha = [UInt8]()
            samples.reserveCapacity(pixels.width * pixels.height * colour)
            for start in stride(from: 0, to: pixels.pixels.count, by: pixels.channels) {
                samples += pixels.pixels[start..<start + colour]
                if pixels.hasAlpha { alpha.append(pixels.pixels[start + pixels.channels - 1]) }
            }
            var mask = ""
            if pixels.hasAlpha {
                let maskNumber = pdf.reserve()
                pdf.writeStream(maskNumber, alpha, entries: "/Type /XObject /Subtype /Image /BitsPerComponent 8 \(size) /ColorSpace /DeviceGray")
                mask = " /SMask \(maskNumber) 0 R"
            }
            pdf.writeStream(number, samples, entries: "\(common) \(size) /ColorSpace \(colour == 3 ? "/DeviceRGB" : "/DeviceGray")\(mask)")
        }
    }
}
