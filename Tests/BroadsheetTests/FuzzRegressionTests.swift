import BroadsheetFuzzing
import Foundation
import Testing

/// Replays the inputs kept in `Tests/Fuzz/regressions/TARGET/` — each once crashed a fuzz target or
/// broke one of its promises — and the seed corpus through the targets' entry points: no crash, and
/// every error a located `DocumentError` (the targets check that, and that no text is lost).
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let fuzz = TestSupport.root.appendingPathComponent("Tests/Fuzz")

    /// Paths relative to `Tests/Fuzz`: `regressions/TARGET/NAME` and `corpus/TARGET/seed-NAME`.
    static let inputs: [String] = FuzzTarget.allCases.flatMap { target in
        ["regressions", "corpus"].flatMap { kind in
            let folder = fuzz.appendingPathComponent("\(kind)/\(target.rawValue)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { kind == "regressions" || $0.hasPrefix("seed-") }.sorted().map { "\(kind)/\(target.rawValue)/\($0)" }
        }
    }

    @Test("every kept input runs through its target without a crash or a broken promise", arguments: inputs)
    func replay(input: String) throws {
        let target = try #require(FuzzTarget(rawValue: URL(fileURLWithPath: input).deletingLastPathComponent().lastPathComponent))
        try target.run(try Data(contentsOf: Self.fuzz.appendingPathComponent(input)))
    }

    @Test("there are regression inputs for every target, and seeds")
    func inputsExist() {
        for target in FuzzTarget.allCases {
            #expect(Self.inputs.contains { $0.hasPrefix("regressions/\(target.rawValue)/") }, "no regression input for \(target)")
            #expect(Self.inputs.contains { $0.hasPrefix("corpus/\(target.rawValue)/seed-") }, "no seed for \(target)")
        }
    }
}
