import BroadsheetFrame
import CLCMS2

/// Converts photos from sRGB to the output condition's CMYK with LittleCMS (perceptual intent, black
/// point compensation), then limits total ink with LittleCMS's ink-limiting device link, which keeps
/// black and takes cyan, magenta and yellow down in proportion (cmsCreateInkLimitingDeviceLink). A
/// photo whose every pixel is neutral grey — a greyscale or 1-bit original, or an RGB file of greys —
/// goes to the black plate alone, each grey level to the black tint the output profile prints at the
/// same lightness (L*), so it cannot pick up a colour cast from misregistered plates.
final class PhotoSeparator {
    private let transform: cmsHTRANSFORM
    /// For each 8-bit grey level, the black tint (255 = 100 %) of the same lightness.
    private let blackForGrey: [UInt8]

    /// - Parameter inkLimit: total ink in percent (e.g. 240 for newsprint).
    init(profile: ICCProfile, inkLimit: Double) throws {
        let source = cmsCreate_sRGBProfile()
        let limiter = cmsCreateInkLimitingDeviceLink(cmsSigCmykData, inkLimit)
        defer {
            cmsCloseProfile(source)
            cmsCloseProfile(limiter)
        }
        var chain: [cmsHPROFILE?] = [source, profile.handle, limiter]
        guard let transform = cmsCreateMultiprofileTransform(&chain, 3, Self.rgb8, Self.cmyk8, cmsUInt32Number(INTENT_PERCEPTUAL),
                                                             cmsUInt32Number(cmsFLAGS_BLACKPOINTCOMPENSATION)) else {
            throw RenderError(file: profile.path, "LittleCMS cannot make a transform to this profile")
        }
        self.transform = transform
        blackForGrey = try Self.blackForGrey(profile)
    }

    /// The lightness of each grey level in sRGB, matched against the lightness the profile gives each
    /// black tint on its own.
    private static func blackForGrey(_ profile: ICCProfile) throws -> [UInt8] {
        let lab = cmsCreateLab4Profile(nil)
        let srgb = cmsCreate_sRGBProfile()
        defer { cmsCloseProfile(lab); cmsCloseProfile(srgb) }
        guard let toLab = cmsCreateTransform(profile.handle, cmyk8, lab, labDouble, cmsUInt32Number(INTENT_RELATIVE_COLORIMETRIC), 0),
              let greyToLab = cmsCreateTransform(srgb, rgb8, lab, labDouble, cmsUInt32Number(INTENT_RELATIVE_COLORIMETRIC), 0) else {
            throw RenderError(file: profile.path, "LittleCMS cannot measure the black plate through this profile")
        }
        defer { cmsDeleteTransform(toLab); cmsDeleteTransform(greyToLab) }
        var tints = [UInt8](repeating: 0, count: 256 * 4)
        var greys = [UInt8](repeating: 0, count: 256 * 3)
        for level in 0..<256 {
            tints[level * 4 + 3] = UInt8(level)
            greys[level * 3] = UInt8(level); greys[level * 3 + 1] = UInt8(level); greys[level * 3 + 2] = UInt8(level)
        }
        var tintLab = [cmsCIELab](repeating: cmsCIELab(), count: 256)
        var greyLab = [cmsCIELab](repeating: cmsCIELab(), count: 256)
        cmsDoTransform(toLab, tints, &tintLab, 256)
        cmsDoTransform(greyToLab, greys, &greyLab, 256)
        let tintLightness = tintLab.map(\.L)
        return greyLab.map { grey -> UInt8 in
            var best = 0
            for tint in 1..<256 where abs(tintLightness[tint] - grey.L) < abs(tintLightness[best] - grey.L) { best = tint }
            return UInt8(best)
        }
    }

    deinit { cmsDeleteTransform(transform) }

    /// 8-bit RGB pixels to 8-bit CMYK (255 = 100 % ink, as DeviceCMYK samples are in PDF).
    func separate(rgb: [UInt8]) -> [UInt8] {
        let pixels = rgb.count / 3
        var cmyk = [UInt8](repeating: 0, count: pixels * 4)
        if Self.isNeutral(rgb) { return separate(grey: stride(from: 0, to: pixels * 3, by: 3).map { rgb[$0] }) }
        rgb.withUnsafeBytes { source in
            cmyk.withUnsafeMutableBytes { target in
                cmsDoTransform(transform, source.baseAddress, target.baseAddress, cmsUInt32Number(pixels))
            }
        }
        return cmyk
    }

    /// 8-bit grey pixels to the black plate alone.
    func separate(grey: [UInt8]) -> [UInt8] {
        var cmyk = [UInt8](repeating: 0, count: grey.count * 4)
        for (pixel, level) in grey.enumerated() { cmyk[pixel * 4 + 3] = blackForGrey[Int(level)] }
        return cmyk
    }

    /// Every pixel grey: red, green and blue equal.
    private static func isNeutral(_ rgb: [UInt8]) -> Bool {
        var index = 0
        while index + 2 < rgb.count {
            if rgb[index] != rgb[index + 1] || rgb[index] != rgb[index + 2] { return false }
            index += 3
        }
        return true
    }

    // TYPE_RGB_8 and TYPE_CMYK_8 from lcms2.h, whose macros Swift does not import.
    private static let rgb8 = cmsUInt32Number(4 << 16 | 3 << 3 | 1)
    private static let cmyk8 = cmsUInt32Number(6 << 16 | 4 << 3 | 1)
    // TYPE_Lab_DBL: colour space Lab (10), 3 channels, 0 bytes (double).
    private static let labDouble = cmsUInt32Number(1 << 22 | 10 << 16 | 3 << 3 | 0)
}
