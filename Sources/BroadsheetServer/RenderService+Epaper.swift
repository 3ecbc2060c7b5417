import BroadsheetEpaper
import BroadsheetPipeline
import Foundation
import Hummingbird

/// The digital edition served live: `GET /epaper/EDITION.yaml/FILE` is the file `broadsheet epaper`
/// would write for the edition or page, made once per content of its input files and kept in the
/// cache, its IIIF identifiers on the address the request came to.
extension RenderService {
    func epaper(_ path: String, query: [String: String], host: String?) async throws -> Response {
        guard let split = path.range(of: ".yaml") else { throw ServiceError.notFound("ask for /epaper/EDITION.yaml/ and a file of its site") }
        let file = String(path[..<split.upperBound])
        var asked = String(path[split.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        if asked.isEmpty || asked.hasSuffix("/") { asked += "index.html" }
        let resolved = try resolve(file)
        let policy = try PageRequest.policy(query)
        let (digest, loaded) = try await inputDigest(resolved)
        let baseURL = "http://\(host ?? "\(configuration.host):\(configuration.port)")/epaper/\(file)/"
        var key = ContentKey()
        for part in [BroadsheetVersion.current, "epaper", baseURL, policy.key, digest.digest] { key.add(part) }
        let site = "epaper:\(key)"
        // The site's list of files, kept with them: a file it does not have is 404 without rendering again.
        if let list = await cache.data(for: site), !String(decoding: list, as: UTF8.self).split(separator: "\n").contains(Substring(asked)) {
            throw ServiceError.notFound("the digital edition of '\(file)' has no file '\(asked)'")
        }
        let data: Data
        if let known = await cache.data(for: "\(site)/\(asked)") {
            metrics.cacheHit()
            data = known
        } else {
            let (session, layouts, metrics) = (self.session, self.layouts, self.metrics)
            let files = try await pool.run { () throws -> [(path: String, data: Data)] in
                let laidOut = try Self.laidOut(resolved, digest: digest, loaded: loaded, policy: policy, session: session,
                                               layouts: layouts, metrics: metrics)
                try session.check(laidOut, policy: policy)
                return try EpaperSite(session: session, document: laidOut, baseURL: baseURL).files()
            }
            for (path, data) in files { await cache.store(data, for: "\(site)/\(path)") }
            await cache.store(Data(files.map(\.path).joined(separator: "\n").utf8), for: site)
            guard let found = files.first(where: { $0.path == asked }) else {
                throw ServiceError.notFound("the digital edition of '\(file)' has no file '\(asked)'")
            }
            data = found.data
        }
        return Response(status: .ok, headers: [.contentType: Self.contentType(of: asked), .eTag: "\"\(key)\"", .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func contentType(of file: String) -> String {
        switch URL(fileURLWithPath: file).pathExtension {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "jpg": "image/jpeg"
        case "pdf": "application/pdf"
        default: "application/octet-stream"
        }
    }
}
