import BroadsheetCairo
import CLCMS2

/// Converts photos from sRGB to the output condition's CMYK with LittleCMS (perceptual intent, black
/// point compensation), then limits total ink with LittleCMS's ink-limiting device link, which keeps
/// black and takes cyan, magenta and yellow down in proportion (cmsCreateInkLimitingDeviceLink).
final class PhotoSeparator {
    private let transform: cmsHTRANSFORM

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
    }

    deinit { cmsDeleteTransform(transform) }

    /// 8-bit RGB pixels to 8-bit CMYK (255 = 100 % ink, as DeviceCMYK samples are in PDF).
    func separate(rgb: [UInt8]) -> [UInt8] {
        let pixels = rgb.count / 3
        var cmyk = [UInt8](repeating: 0, count: pixels * 4)
        rgb.withUnsafeBytes { source in
            cmyk.withUnsafeMutableBytes { target in
                cmsDoTransform(transform, source.baseAddress, target.baseAddress, cmsUInt32Number(pixels))
            }
        }
        return cmyk
    }

    // TYPE_RGB_8 and TYPE_CMYK_8 from lcms2.h, whose macros Swift does not import.
    private static let rgb8 = cmsUInt32Number(4 << 16 | 3 << 3 | 1)
    private static let cmyk8 = cmsUInt32Number(6 << 16 | 4 << 3 | 1)
}
