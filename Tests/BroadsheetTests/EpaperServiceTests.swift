@testable import BroadsheetServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The digital edition served live by `broadsheet serve`: the files `broadsheet epaper` writes, made
/// once per content of the edition's files, with IIIF identifiers on the address asked.
@Suite("Digital edition served", .serialized)
struct EpaperServiceTests {
    static let edition = "/epaper/Layouts/examples/edition-2021-12-16/edition.yaml"

    @Test("index, page view, ALTO and info.json of the example edition; a file the site lacks is 404 without rendering again")
    func served() async throws {
        let service = try RenderServiceTests().service()
        try await Application(router: service.router()).test(.router) { client in
            let index = try await client.execute(uri: Self.edition + "/", method: .get)
            #expect(index.status == .ok)
            #expect(index.headers[.contentType] == "text/html; charset=utf-8")
            #expect(String(buffer: index.body).contains("第1版 要闻"))
            let page = try await client.execute(uri: Self.edition + "/pages/p02.html", method: .get)
            #expect(page.status == .ok && String(buffer: page.body).contains("class=\"zone\""))
            let alto = try await client.execute(uri: Self.edition + "/alto/p01.xml", method: .get)
            #expect(alto.headers[.contentType] == "application/xml" && String(buffer: alto.body).contains("<ComposedBlock"))
            let info = try await client.execute(uri: Self.edition + "/iiif/p01/info.json", method: .get)
            let json = try #require(JSONSerialization.jsonObject(with: Data(buffer: info.body)) as? [String: Any])
            #expect((json["id"] as? String)?.hasSuffix("/epaper/Layouts/examples/edition-2021-12-16/edition.yaml/iiif/p01") == true, "\(json)")
            let missing = try await client.execute(uri: Self.edition + "/pages/p09.html", method: .get)
            #expect(missing.status == .notFound)
            let outside = try await client.execute(uri: "/epaper/../etc/passwd.yaml/index.html", method: .get)
            #expect(outside.status == .notFound)
            let metrics = String(buffer: try await client.execute(uri: "/metrics", method: .get).body)
            #expect(metrics.contains("broadsheet_cache_hits_total 3"), "\(metrics)")
        }
    }
}
