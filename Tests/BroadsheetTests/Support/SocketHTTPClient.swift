import Foundation

/// HTTP/1.1 on a plain socket, for what an HTTP library hides: a small receive buffer, a response read
/// only when the test says so, and its bytes as they came (chunks and all).
final class SocketHTTPClient {
    private let socket: Int32
    /// Bytes received after the last response's head.
    private var received = Data()

    /// Connects to 127.0.0.1:`port`; `receiveBuffer` is set before connecting, so that the server
    /// sees that small a window. A read waits at most 10 s.
    init(port: Int, receiveBuffer: Int32? = nil) throws {
        socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        if var size = receiveBuffer {
            setsockopt(socket, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: UInt16(port).bigEndian,
                                  sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let reason = String(cString: strerror(errno))
            close(socket)
            throw TestFailure("cannot connect to port \(port): \(reason)")
        }
    }

    deinit { close(socket) }

    /// Sends `GET path` and reads the response's head: the status and the body's Content-Length (nil
    /// for a chunked body).
    func get(_ path: String) throws -> (status: Int, length: Int?) {
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        guard send(socket, request, request.count, 0) == request.count else { throw TestFailure("cannot send GET \(path)") }
        let blank = Data("\r\n\r\n".utf8)
        while received.range(of: blank) == nil {
            guard try receive() else { throw TestFailure("the connection closed before the head of GET \(path)") }
        }
        let end = received.range(of: blank)!
        let lines = String(decoding: received[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        received = Data(received[end.upperBound...])
        let status = lines[0].split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        let length = lines.first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) }
        return (status, length)
    }

    /// The body's bytes, read until `enough` says so or the connection ends.
    func body(until enough: (Data) -> Bool = { _ in false }) throws -> Data {
        while !enough(received), try receive() {}
        return received
    }

    /// Reads what has come: false once the connection has ended (closed or reset).
    private func receive() throws -> Bool {
        var bytes = [UInt8](repeating: 0, count: 1 << 16)
        let count = recv(socket, &bytes, bytes.count, 0)
        if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { throw TestFailure("nothing came for 10 s") }
        guard count > 0 else { return false }
        received.append(contentsOf: bytes[..<count])
        return true
    }
}
