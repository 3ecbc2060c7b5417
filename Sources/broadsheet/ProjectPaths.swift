import Foundation

/// Where Broadsheet finds its own files: the project folder (`BROADSHEET_HOME`, else the checkout this
/// binary was built from), its role map, grids and the built-in example page.
struct ProjectPaths {
    let root: URL

    init() {
        if let home = ProcessInfo.processInfo.environment["BROADSHEET_HOME"], !home.isEmpty {
            root = URL(fileURLWithPath: home)
        } else {
            root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        }
    }

    var roleMap: String { root.appendingPathComponent("Fonts/roles.yaml").path }
    var grids: String { root.appendingPathComponent("Layouts/grids").path }
    var examplePage: String { root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/page.yaml").path }

    /// fontconfig's cache for Broadsheet's font folders, in the user's cache folder.
    var fontCache: String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSTemporaryDirectory()) + "/.cache"
        return base + "/broadsheet/fontconfig"
    }
}
