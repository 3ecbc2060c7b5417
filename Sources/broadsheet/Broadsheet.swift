import ArgumentParser
import BroadsheetPipeline
import Foundation

@main
struct Broadsheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broadsheet",
        abstract: "Lays out a Chinese newspaper page and renders it to a print PDF and PNG proofs.",
        discussion: "Broadsheet finds its grids, fonts and example pages in BROADSHEET_HOME when it is set, else in PREFIX/share/broadsheet beside the installed PREFIX/bin/broadsheet.",
        version: BroadsheetVersion.current,
        subcommands: [Render.self, Proof.self, Thumbnail.self, Galley.self],
        defaultSubcommand: Render.self)
}

/// Prints a typed error as `broadsheet: file:line: message` and exits with status 1.
func runReportingErrors(_ body: (RenderSession) throws -> Void) throws {
    do {
        try body(try RenderSession.forProcess())
    } catch let error as ValidationError {
        throw error
    } catch {
        FileHandle.standardError.write(Data("broadsheet: \(error)\n".utf8))
        throw ExitCode.failure
    }
}
