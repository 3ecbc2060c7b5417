/// How a press PDF is made (a grid's `press:` section, or `render --press`): the printing condition
/// it is separated for, the ink limit of photos, the resolution photos need, and printer's marks.
public struct PressSettings: Equatable, Sendable {
    /// Total area coverage allowed in photos, in percent: 240 % for coldset newsprint (NIAD;
    /// cjk-newspaper-print §3.1).
    public var inkLimit: Double
    /// A CMYK output profile (ICC); nil: the newsprint profile Broadsheet ships (CGATS TR 002).
    public var outputProfile: OutputProfile?
    /// The printing condition's registered name for the OutputIntent (e.g. `CGATS TR 002`, `IFRA26`);
    /// nil: the shipped profile's, or `Custom` with another profile.
    public var outputCondition: String?
    /// Photos placed below this effective resolution (pixels per inch on the page) draw a warning.
    public var minimumResolution: Double
    /// Crop marks, registration marks and a slug line outside the trim.
    public var marks: Bool

    public init(inkLimit: Double = 240, outputProfile: OutputProfile? = nil, outputCondition: String? = nil,
                minimumResolution: Double = 200, marks: Bool = false) {
        self.inkLimit = inkLimit
        self.outputProfile = outputProfile
        self.outputCondition = outputCondition
        self.minimumResolution = minimumResolution
        self.marks = marks
    }
}
