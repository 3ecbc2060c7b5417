import BroadsheetDocument
import BroadsheetFiles
import BroadsheetPipeline
import Foundation
import Hummingbird

/// An error as a request sees it: an HTTP status and a JSON body naming the file, the line and what
/// is wrong (`{"file","line","message"}`), as the command line names them.
struct ServiceError: Error, Sendable {
    var status: HTTPResponse.Status
    var file: String?
    var line: Int?
    var message: String
    var retryAfter: Int? = nil

    static func notFound(_ message: String) -> Self { Self(status: .notFound, message: message) }
    static func badRequest(_ message: String) -> Self { Self(status: .badRequest, message: message) }

    /// What a failure while loading, laying out or drawing a page says to the client; paths are
    /// given relative to the project so that the server's folders are not disclosed.
    init(_ error: Error, project: URL) {
        func relative(_ file: String) -> String {
            let root = project.standardizedFileURL.path + "/"
            let path = URL(fileURLWithPath: file).standardizedFileURL.path
            return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : URL(fileURLWithPath: file).lastPathComponent
        }
        switch error {
        case let error as ServiceError:
            self = error
        case let error as DocumentError:
            self.init(status: .unprocessableContent, file: relative(error.file), line: error.line, message: error.message)
        case let error as FileError:
            self.init(status: .unprocessableContent, file: relative(error.file), message: error.message)
        case let error as NoSuchPage:
            self.init(status: .notFound, file: relative(error.file), message: "has no page \(error.index + 1)")
        case let error as RenderPoolFull:
            self.init(status: .serviceUnavailable, message: error.description, retryAfter: 1)
        case let error as RenderTimedOut:
            self.init(status: .serviceUnavailable, message: error.description, retryAfter: 2)
        case let error as RunFailure:
            self.init(status: .unprocessableContent, message: error.description)
        default:
            self.init(status: .internalServerError, message: "\(error)")
        }
    }

    init(status: HTTPResponse.Status, file: String? = nil, line: Int? = nil, message: String, retryAfter: Int? = nil) {
        self.status = status
        self.file = file
        self.line = line
        self.message = message
        self.retryAfter = retryAfter
    }

    var response: Response {
        var body: [String: Any] = ["message": message]
        if let file { body["file"] = file }
        if let line { body["line"] = line }
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
        var headers: HTTPFields = [.contentType: "application/json"]
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
