import BroadsheetDocument

extension HouseColors {
    static func read(_ value: YAMLValue?) throws -> HouseColors {
        guard let value else { return HouseColors() }
        let map = try value.mapping(what: "'colors'")
        try map.rejectUnknownKeys(["accent"], in: "'colors'")
        return HouseColors(accent: try map["accent"]?.processColor(what: "'accent'"))
    }
}
