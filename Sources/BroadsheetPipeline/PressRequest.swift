import BroadsheetDocument

/// What the command line or a request asks of press output, over the grid's `press:` section.
public struct PressRequest: Sendable, Equatable {
    /// Write the printer's PDF even when the grid has no `press:` section.
    public var press = false
    /// Crop marks, registration marks and a slug line outside the trim.
    public var marks = false
    /// Total ink limit of photos in percent; nil: the grid's, else 240.
    public var inkLimit: Double?

    public init(press: Bool = false, marks: Bool = false, inkLimit: Double? = nil) {
        self.press = press
        self.marks = marks
        self.inkLimit = inkLimit
    }

    /// The settings in force for `page`; nil when neither the request nor the grid asks for press output.
    public func settings(for page: PageSpec) -> PressSettings? {
        guard press || page.grid.press != nil else { return nil }
        var settings = page.grid.press ?? PressSettings()
        if marks { settings.marks = true }
        if let inkLimit { settings.inkLimit = inkLimit }
        return settings
    }
}
