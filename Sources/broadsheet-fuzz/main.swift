import BroadsheetFuzzing
import Foundation

// broadsheet-fuzz TARGET [libFuzzer options] [corpus folders or input files]
//
// Built with `-sanitize=fuzzer,address` (`make fuzz`), it runs libFuzzer on TARGET; built without,
// it runs the input files it is given through TARGET once each.
let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: broadsheet-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) [libFuzzer options] [corpus]\n".utf8))
    exit(2)
}
LibFuzzer.target = target
exit(LibFuzzer.run(arguments: [arguments[0]] + arguments.dropFirst(2)))
