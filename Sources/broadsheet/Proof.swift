import ArgumentParser
import BroadsheetPipeline

struct Proof: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proof",
        abstract: "Draw a layout proof: the page under its grid, block outlines and the problems the layout found.",
        discussion: """
            Overlays: type area, column grid and baseline grid; each block's outline and name; overset as a red tag \
            at the block's end with the characters left over; body lines with a forced break (断) or spacing looser \
            (松) or tighter (紧) than allowed, marked in the margin; characters no font has, boxed in red; photos \
            below the minimum resolution, outlined with their ppi. A proof is written whatever it shows; \
            --report writes the same findings as JSON.
            """)

    @Argument(help: "The page file (YAML). Default: the built-in example page.")
    var page: String?

    @Option(name: .shortAndLong, help: "The proof file, .png or .pdf; repeat for both.")
    var output: [String] = []

    @Option(help: "Resolution of a PNG proof in pixels per inch.")
    var dpi: Double = 100

    @Option(help: "Write the layout report, with everything the overlays show, as JSON.")
    var report: String?

    @Flag(help: "Let the page name stories, photos or a grid outside its project folder.")
    var allowOutside = false

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("name the proof with -o FILE.png or -o FILE.pdf") }
        for file in output where !(file.hasSuffix(".pdf") || file.hasSuffix(".png")) {
            throw ValidationError("'\(file)': a proof must end in .png or .pdf")
        }
        guard dpi >= 10, dpi <= 1200 else { throw ValidationError("--dpi must be between 10 and 1200") }
    }

    func run() throws {
        try runReportingErrors(run)
    }

    private func run(_ session: RenderSession) throws {
        let laidOut = try session.layOutPage(page, policy: RunPolicy(allowOutside: allowOutside))
        let proof = try session.proof(laidOut)
        try session.refuseOverwriting(inputs: laidOut.spec.inputFiles, with: output + [report].compactMap { $0 })
        if let path = report {
            try session.writeFile(try LayoutReportFile(laidOut.report, page: laidOut.spec.file, proof: proof.findings).json(), to: path)
        }
        try session.write(proof, of: laidOut, to: output, dpi: dpi)
    }
}
