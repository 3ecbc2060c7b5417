import BroadsheetFrame
import CLCMS2
import Foundation

/// The printing condition a press PDF is separated for: the CMYK output profile photos are converted
/// with, and the names its OutputIntent gives (PDF/X-1a: ISO 15930-4 §6.2.2 — an
/// OutputConditionIdentifier, and the profile itself when the condition is not a registered one).
public struct OutputCondition: Sendable {
    /// The profile file, for messages, and its bytes.
    public var profileFile: String
    public var profileBytes: Data
    /// A name from the ICC characterization registry (e.g. `CGATS TR 002`), or `Custom`.
    public var identifier: String
    /// A human-readable description of the condition.
    public var condition: String
    public var registry: String?

    /// The newsprint profile Broadsheet ships (`Layouts/press/newsprint-tr002.icc`, made from CGATS TR 002,
    /// coldset offset on newsprint, which the ICC registry lists).
    public static func shippedNewsprint(file: String, bytes: Data) -> OutputCondition {
        OutputCondition(profileFile: file, profileBytes: bytes, identifier: "CGATS TR 002",
                        condition: "Coldset offset printing on newsprint (CGATS/SNAP TR 002-2007)",
                        registry: "http://www.color.org")
    }

    /// Another CMYK profile; its description names the condition unless `identifier` is a registered name.
    public static func custom(file: String, bytes: Data, identifier: String?) throws -> OutputCondition {
        let profile = try ICCProfile(file: file, bytes: bytes)
        return OutputCondition(profileFile: file, profileBytes: bytes, identifier: identifier ?? "Custom", condition: profile.description,
                               registry: identifier == nil ? nil : "http://www.color.org")
    }
}

/// An ICC profile opened with LittleCMS, checked to be a CMYK output profile.
final class ICCProfile {
    let handle: cmsHPROFILE
    let path: String
    let bytes: [UInt8]

    init(file path: String, bytes data: Data) throws {
        bytes = Array(data)
        guard let handle = bytes.withUnsafeBytes({ cmsOpenProfileFromMem($0.baseAddress, cmsUInt32Number($0.count)) }) else {
            throw RenderError(file: path, "not an ICC profile")
        }
        // Checked before the handle is stored: once every property is set, a throwing init runs deinit.
        guard cmsGetColorSpace(handle) == cmsSigCmykData else {
            cmsCloseProfile(handle)
            throw RenderError(file: path, "the output profile must be a CMYK profile")
        }
        self.handle = handle
        self.path = path
    }

    deinit { cmsCloseProfile(handle) }

    var description: String {
        var buffer = [CChar](repeating: 0, count: 256)
        let length = cmsGetProfileInfoASCII(handle, cmsInfoDescription, "en", "US", &buffer, cmsUInt32Number(buffer.count))
        return length > 0 ? String(cString: buffer) : URL(fileURLWithPath: path).lastPathComponent
    }
}
