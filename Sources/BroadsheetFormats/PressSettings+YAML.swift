import BroadsheetDocument
import BroadsheetFiles
import Foundation

extension PressSettings {
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
            do {
                settings.outputProfile = OutputProfile(file: path, bytes: try InputFile.readBytes(path, maximumBytes: OutputProfile.maximumBytes))
            } catch let error as FileError {
                throw DocumentError(error)
            }
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
