import Foundation

/// How a press PDF is made (a grid's `press:` section, or `render --press`): the printing condition
/// it is separated for, the ink limit of photos, the resolution photos need, and printer's marks.
public struct PressSettings: Equatable, Sendable {
    /// Total area coverage allowed in photos, in percent: 240 % for coldset newsprint (NIAD;
    /// cjk-newspaper-print §3.1).
    public var inkLimit: Double
    /// A CMYK output profile (ICC); nil: the newsprint profile Broadsheet ships (CGATS TR 002).
    public var outputProfile: String?
    /// The printing condition's registered name for the OutputIntent (e.g. `CGATS TR 002`, `IFRA26`);
    /// nil: the shipped profile's, or `Custom` with another profile.
    public var outputCondition: String?
    /// Photos placed below this effective resolution (pixels per inch on the page) draw a warning.
    public var minimumResolution: Double
    /// Crop marks, registration marks and a slug line outside the trim.
    public var marks: Bool

    public init(inkLimit: Double = 240, outputProfile: String? = nil, outputCondition: String? = nil,
                minimumResolution: Double = 200, marks: Bool = false) {
        self.inkLimit = inkLimit
        self.outputProfile = outputProfile
        self.outputCondition = outputCondition
        self.minimumResolution = minimumResolution
        self.marks = marks
    }

    static func read(_ value: YAMLValue, folder: URL) throws -> PressSettings {
        let map = try value.mapping(what: "'press'")
        try map.rejectUnknownKeys(["ink-limit", "output-profile", "output-condition", "min-resolution", "marks"], in: "'press'")
        var settings = PressSettings()
        if let limit = map["ink-limit"] {
            let text = try limit.string(what: "'ink-limit'")
            guard let percent = Double(text.hasSuffix("%") ? String(text.dropLast()) : text), (100...400).contains(percent) else {
                throw limit.error("'ink-limit' '\(text)' must be a total ink percentage from 100 to 400 (e.g. 240%)")
            }
            settings.inkLimit = percent
        }
        if let profile = try map.string("output-profile") {
            let path = profile.hasPrefix("/") ? profile : folder.appendingPathComponent(profile).standardized.path
            guard FileManager.default.fileExists(atPath: path) else {
                throw map["output-profile"]!.error("output profile '\(profile)' not found (looked at \(path))")
            }
            settings.outputProfile = path
        }
        settings.outputCondition = try map.string("output-condition")
        if let resolution = try map.number("min-resolution") {
            guard resolution > 0 else { throw map["min-resolution"]!.error("'min-resolution' must be positive") }
            settings.minimumResolution = resolution
        }
        settings.marks = try map.bool("marks") ?? false
        return settings
    }
}
