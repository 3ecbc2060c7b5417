import ArgumentParser
import BroadsheetPipeline
import BroadsheetServer
import Foundation
import Hummingbird
import Logging

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a project's pages, editions, thumbnails, proofs and reports over HTTP.",
        discussion: """
            Open http://HOST:PORT/ for the proof viewer. GET /api/pages lists the project's pages and editions; \
            GET /api/page/PATH.pdf, .png?dpi=N, /thumbnail.png?width=N|height=N, /proof.png, /proof.json, \
            /report.json and /press.pdf render them (?page=N for an edition's page, ?allow=overset,underfill,\
            missing-glyphs as the command line's --allow options); POST /api/render?format=… renders a page \
            bundle posted as a tar archive. GET /epaper/EDITION.yaml/ serves the edition's digital edition \
            (the site `broadsheet epaper` writes). /healthz and /metrics report on the service; the log names \
            every refusal and error (every request with --log-level debug). SIGTERM or SIGINT \
            stops it once running renders finish and the responses under way have reached their clients \
            (each within --drain-timeout).
            """)

    @Argument(help: "The project folder (the one holding Layouts/). (default: the current folder)")
    var project: String = "."

    @Option(help: "The address to listen on; 127.0.0.1 keeps the service on this machine.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "Renders at a time. (default: one per core)")
    var workers = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Renders that may wait for a worker before requests are answered 503.")
    var queue = 16

    @Option(help: "Seconds a response still being sent at shutdown has to reach its client before the connection is cut.")
    var drainTimeout = 10.0

    @Option(help: "The least level logged: trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical") }
    }

    func run() async throws {
        var configuration = RenderService.Configuration(project: URL(fileURLWithPath: project))
        configuration.host = host
        configuration.port = port
        configuration.workers = workers
        configuration.queueLimit = queue
        configuration.drainTimeout = .seconds(drainTimeout)
        guard FileManager.default.fileExists(atPath: configuration.project.path) else {
            throw ValidationError("no project folder at \(project)")
        }
        let session = try RenderSession.forProcess(warn: { printToStandardError("warning: " + $0) })
        var logger = Logger(label: "broadsheet.serve")
        logger.logLevel = Logger.Level(rawValue: logLevel)!
        try await RenderService(configuration: configuration, session: session).application(logger: logger).runService()
    }
}
