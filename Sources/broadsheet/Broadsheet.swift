import ArgumentParser
import BroadsheetPipeline
import Foundation

@main
struct Broadsheet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broadsheet",
        abstract: "Lays out a Chinese newspaper page and renders it to a print PDF and PNG proofs.",
        discussion: "Broadsheet finds its grids, fonts and example pages in BROADSHEET_HOME when it is set, else in PREFIX/share/broadsheet beside the installed PREFIX/bin/broadsheet.",
        version: BroadsheetVersion.current,
        subcommands: [Render.self, Proof.self, Thumbnail.self, Galley.self, Epaper.self, Serve.self, Watch.self],
        defaultSubcommand: Render.self)
}

/// Prints a typed error as `broadsheet: file:line: message` and exits with status 1. A file size
/// limit makes a write fail with EFBIG, reported like a full disk, rather than kill the process.
func runReportingErrors(_ body: (RenderSession) throws -> Void) throws {
    signal(SIGXFSZ, SIG_IGN)
    do {
        try body(try RenderSession.forProcess(warn: { printToStandardError("warning: " + $0) }))
    } catch let error as ValidationError {
        throw error
    } catch {
        printToStandardError("broadsheet: \(error)")
        throw ExitCode.failure
    }
}

/// A line on standard error, with control characters from the input shown as `\u{…}` escapes
/// rather than sent to the terminal.
func printToStandardError(_ line: String) {
    let visible = line.unicodeScalars.map { scalar in
        scalar == "\n" || !(scalar.properties.generalCategory == .control) ? String(scalar) : "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    }.joined()
    FileHandle.standardError.write(Data((visible + "\n").utf8))
}
