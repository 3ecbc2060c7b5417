import BroadsheetFuzzing
import Foundation

/// The bridge to libFuzzer, which `-sanitize=fuzzer` links in: its driver is looked up at run time
/// (the fuzz build exports it), so the same source also builds, and replays inputs, without it.
enum LibFuzzer {
    nonisolated(unsafe) static var target = FuzzTarget.yaml
    /// libFuzzer's argument vector, kept for the life of the process (libFuzzer exits from inside its driver).
    nonisolated(unsafe) private static var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?

    private typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    private typealias RunDriver = @convention(c) (UnsafeMutablePointer<CInt>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                                  TestOneInput) -> CInt

    static func run(arguments: [String]) -> CInt {
        guard let driver = dlsym(nil, "LLVMFuzzerRunDriver") else {
            return replay(arguments.dropFirst().filter { !$0.hasPrefix("-") })
        }
        var argc = CInt(arguments.count)
        var vector = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: arguments.count + 1)
        for (index, argument) in arguments.enumerated() { vector[index] = strdup(argument) }
        vector[arguments.count] = nil
        argv = vector
        return unsafeBitCast(driver, to: RunDriver.self)(&argc, &vector, testOneInput)
    }

    /// Runs each file through the target; a broken promise is reported and makes the status 1.
    private static func replay(_ files: [String]) -> CInt {
        var status: CInt = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { print("\(file): not readable"); status = 1; continue }
            do {
                let errors = try target.run(data)
                print("\(file): ok" + errors.map { "\n  input error: \($0)" }.joined())
            } catch {
                print("\(file): \(error)")
                status = 1
            }
        }
        return status
    }
}

/// libFuzzer's entry point: one input, through the chosen target; a broken promise aborts, so that
/// libFuzzer keeps the input as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = data.map { Data(bytes: $0, count: size) } ?? Data()
    do {
        try LibFuzzer.target.run(input)
    } catch {
        FileHandle.standardError.write(Data("broken promise: \(error)\n".utf8))
        abort()
    }
    return 0
}
