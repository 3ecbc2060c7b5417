import Foundation

/// A key for what a request renders: every input file's name and bytes, what is asked of them and
/// the program's version, hashed (FNV-1a, 64 bits, twice with different offsets). It names cache
/// entries and ETags, so it only has to tell inputs apart, not resist a forger: no cryptographic hash
/// (and no crypto library) is needed.
struct ContentKey: Hashable, CustomStringConvertible {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x6c62_272e_07bb_0142

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        first = (first ^ 0xff) &* 0x0000_0100_0000_01b3
    }

    mutating func add(_ text: String) { add(text.utf8) }

    /// A file's bytes, hashed over the raw buffer: Data's own iterator costs several times the hash.
    mutating func add(_ data: Data) { data.withUnsafeBytes { add($0) } }

    var description: String { String(format: "%016llx%016llx", first, second) }
}
