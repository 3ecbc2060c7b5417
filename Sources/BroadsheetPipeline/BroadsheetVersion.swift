/// The release this build is, printed by `broadsheet --version` and written into reports.
public enum BroadsheetVersion {
    public static let current = "0.2.0"
}
