import ArgumentParser
import BroadsheetFiles
import BroadsheetPipeline
import Foundation

struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Render a page whenever one of its files changes, printing each result or error.",
        discussion: "Watches the page or edition file and every story, photo and grid it reads; stop with Ctrl-C.")

    @OptionGroup var arguments: RenderArguments

    @Option(help: "How often to look at the files, in milliseconds.")
    var interval = 200

    func validate() throws {
        guard (20...10_000).contains(interval) else { throw ValidationError("--interval must be between 20 and 10000 ms") }
    }

    func run() throws {
        let session = try RenderSession.forProcess(warn: { printToStandardError("warning: " + $0) })
        let page = arguments.options.page ?? session.home.examplePage
        var inputs = [page]
        while true {
            let start = ContinuousClock.now
            do {
                inputs = try arguments.perform(session)
                let elapsed = ContinuousClock.now - start
                // Written at once, not buffered: the lines are read as they come (an editor's terminal, a log).
                FileHandle.standardOutput.write(Data("\(timestamp()) wrote \(arguments.output.joined(separator: ", ")) in \(elapsed.formatted(.units(allowed: [.milliseconds])))\n".utf8))
            } catch {
                printToStandardError("\(timestamp()) broadsheet: \(error)")
                inputs = Array(Set(inputs + [page]))
            }
            let seen = FileStamps(inputs)
            while FileStamps(inputs) == seen { usleep(UInt32(interval) * 1000) }
        }
    }

    private func timestamp() -> String {
        Date().formatted(.dateTime.hour(.twoDigits(amPM: .omitted)).minute(.twoDigits).second(.twoDigits))
    }
}
