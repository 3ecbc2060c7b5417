import Foundation

/// Where Broadsheet's own data lies — the font role map and fontconfig file, the shipped grids, the
/// press profile and the example pages: `BROADSHEET_HOME` when it is set, else found from the
/// executable's own place (`/proc/self/exe`): `PREFIX/share/broadsheet` beside an installed
/// `PREFIX/bin/broadsheet`, or the source tree a build folder lies in.
public struct BroadsheetHome: Sendable, Equatable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public var roleMap: String { root.appendingPathComponent("Fonts/roles.yaml").path }
    public var grids: String { root.appendingPathComponent("Layouts/grids").path }
    /// The newsprint output profile press PDFs are separated for when a grid names none.
    public var newsprintProfile: String { root.appendingPathComponent("Layouts/press/newsprint-tr002.icc").path }
    public var examplePage: String { root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/page.yaml").path }

    /// The home of the running process.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String? = currentExecutable()) throws -> BroadsheetHome {
        if let home = environment["BROADSHEET_HOME"], !home.isEmpty {
            let candidate = BroadsheetHome(root: URL(fileURLWithPath: home))
            guard candidate.holdsData else {
                throw HomeError("BROADSHEET_HOME=\(home) holds no Fonts/roles.yaml and Layouts/grids")
            }
            return candidate
        }
        guard let executable else { throw HomeError("cannot tell where the broadsheet executable lies; set BROADSHEET_HOME") }
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        while true {
            for candidate in [BroadsheetHome(root: folder.appendingPathComponent("share/broadsheet")), BroadsheetHome(root: folder)]
            where candidate.holdsData {
                return candidate
            }
            guard folder.path != "/" else { break }
            folder.deleteLastPathComponent()
        }
        throw HomeError("no Broadsheet data (share/broadsheet/Fonts/roles.yaml) above \(executable); install with 'make install' or set BROADSHEET_HOME")
    }

    /// The executable's real path, links resolved.
    public static func currentExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private var holdsData: Bool {
        FileManager.default.fileExists(atPath: roleMap) && FileManager.default.fileExists(atPath: grids)
    }

    /// fontconfig's cache for Broadsheet's font folders, in the user's cache folder.
    public static func fontCache(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSTemporaryDirectory()) + "/.cache"
        return base + "/broadsheet/fontconfig"
    }
}

/// Broadsheet's data cannot be found.
public struct HomeError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
