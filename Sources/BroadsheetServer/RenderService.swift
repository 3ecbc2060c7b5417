import BroadsheetFiles
import BroadsheetPipeline
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Broadsheet over HTTP for newsroom systems: the project's pages and editions as PDFs, PNGs,
/// thumbnails, proofs and reports, each rendered once per content of its input files (ETag, cache),
/// on a bounded pool of workers that share the process's font session.
public struct RenderService: Sendable {
    public struct Configuration: Sendable {
        public var project: URL
        public var host = "127.0.0.1"
        public var port = 8080
        /// Renders at a time; by default one per core.
        public var workers = ProcessInfo.processInfo.activeProcessorCount
        /// Renders that may wait for a worker before requests are refused (503).
        public var queueLimit = 16
        /// Bytes of rendered outputs kept in memory.
        public var cacheBytes = 256 << 20
        /// The largest page bundle `POST /api/render` takes (413 beyond).
        public var maximumBodyBytes = 64 << 20
        /// How long a request waits for its render before it is answered 503; the render goes on and
        /// its output is kept for the next request.
        public var renderTimeout: Duration = .seconds(30)
        /// How long a connection closing at shutdown waits for the response it is sending to reach the
        /// client; one that stops reading is cut off then.
        public var drainTimeout: Duration = .seconds(10)

        public init(project: URL) {
            self.project = project.standardizedFileURL
        }
    }

    let configuration: Configuration
    let session: RenderSession
    let pool: RenderPool
    let cache: RenderCache
    let layouts = LayoutCache(limit: 8)
    let metrics = ServiceMetrics()
    let digests = InputDigests()
    let catalog: ProjectCatalog

    public init(configuration: Configuration, session: RenderSession) {
        self.init(configuration: configuration, session: session, pool: RenderPool(workers: configuration.workers, queueLimit: configuration.queueLimit))
    }

    private init(configuration: Configuration, session: RenderSession, pool: RenderPool) {
        self.configuration = configuration
        self.session = session
        self.pool = pool
        cache = RenderCache(limit: configuration.cacheBytes)
        catalog = ProjectCatalog(root: configuration.project)
    }

    /// The service as a Hummingbird application; `run()` or `runService()` serves it.
    public func application(logger: Logger = Logger(label: "broadsheet.serve")) -> some ApplicationProtocol {
        let drainLimit = TimeAmount(configuration.drainTimeout)
        return Application(router: router(), server: .http1(configuration: .init(additionalChannelHandlers: [DrainingClose(limit: drainLimit)])),
                           configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "broadsheet"),
                           logger: logger)
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestLog(metrics: metrics))
        router.get("/") { _, _ -> Response in
            Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: ViewerPage.html)))
        }
        router.get("/healthz") { _, _ in "ok\n" }
        router.get("/api/events") { request, _ -> Response in
            do {
                return try events(for: try resolve((request.uri.queryParameters["page"].map(String.init) ?? "") + ".yaml"))
            } catch {
                return ServiceError(error, project: configuration.project).response
            }
        }
        router.get("/metrics") { _, _ -> Response in
            let text = metrics.exposition(queueDepth: await pool.queueDepth, busy: await pool.busy, cachedBytes: await cache.storedBytes)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        router.get("/api/pages") { _, _ -> Response in
            let data = try JSONEncoder.sorted.encode(catalog.entries())
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        router.post("/api/render") { request, _ -> Response in
            do {
                var request = request
                let body = try await request.collectBody(upTo: configuration.maximumBodyBytes)
                return try await render(bundle: Data(buffer: body), query: Self.query(request))
            } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
                return ServiceError(status: .contentTooLarge, message: "the bundle is larger than \(configuration.maximumBodyBytes) bytes").response
            } catch {
                return ServiceError(error, project: FileManager.default.temporaryDirectory).response
            }
        }
        router.get("/epaper/**") { request, context -> Response in
            await answer {
                try await epaper(context.parameters.getCatchAll().joined(separator: "/"), query: Self.query(request), host: request.head.authority)
            }
        }
        router.get("/api/page/**") { request, context -> Response in
            await answer {
                let asked = try PageRequest(path: context.parameters.getCatchAll().joined(separator: "/"), query: Self.query(request))
                return try await page(asked, ifNoneMatch: request.headers[.ifNoneMatch])
            }
        }
        return router
    }

    /// The response `body` makes, or its error as a JSON body with paths relative to the project.
    private func answer(_ body: () async throws -> Response) async -> Response {
        do {
            return try await body()
        } catch {
            return ServiceError(error, project: configuration.project).response
        }
    }

    /// The output a page request asks for: 304 when the client has it, from memory when rendered
    /// before, else rendered on the pool.
    func page(_ asked: PageRequest, ifNoneMatch: String?) async throws -> Response {
        let path = try resolve(asked.file)
        let (digest, loaded) = try await inputDigest(path)
        var key = ContentKey()
        key.add(BroadsheetVersion.current)
        key.add(asked.variant)
        key.add(digest.digest)
        let etag = "\"\(key)\""
        var headers: HTTPFields = [.eTag: etag, .cacheControl: "no-cache", .contentType: asked.output.contentType]
        if ifNoneMatch?.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag }) == true {
            metrics.unchanged()
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        let data: Data
        if let known = await cache.data(for: etag) {
            metrics.cacheHit()
            data = known
        } else {
            let (session, pool, metrics, cache, layouts, project) = (self.session, self.pool, self.metrics, self.cache, self.layouts, configuration.project)
            let render = Task { () throws -> Data in
                let start = ContinuousClock.now
                let data = try await pool.run {
                    let laidOut = try Self.laidOut(path, digest: digest, loaded: loaded, policy: asked.policy, session: session,
                                                   layouts: layouts, metrics: metrics)
                    return try Self.draw(asked, laidOut, session: session, project: project, metrics: metrics)
                }
                metrics.rendered(ContinuousClock.now - start)
                await cache.store(data, for: etag)
                return data
            }
            data = try await Self.value(of: render, within: configuration.renderTimeout)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A posted page bundle rendered: unpacked into a folder of its own (the project its page may not
    /// reach out of), `?page=` (default `page.yaml`) rendered as `?format=pdf|png|thumbnail|proof|report`
    /// with the page requests' parameters, and the folder removed whatever happens.
    func render(bundle: Data, query parameters: [String: String]) async throws -> Response {
        let page = parameters["page"] ?? "page.yaml"
        let format = parameters["format"] ?? "pdf"
        let endings = ["pdf": ".pdf", "png": ".png", "thumbnail": "/thumbnail.png", "proof": "/proof.png", "report": "/report.json"]
        guard let ending = endings[format] else { throw ServiceError.badRequest("format: '\(format)' is none of pdf, png, thumbnail, proof, report") }
        guard page.hasSuffix(".yaml") else { throw ServiceError.badRequest("page: '\(page)' is not a .yaml file of the bundle") }
        let files = try TarBundle(bundle)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try files.write(into: folder)
        var pageParameters = parameters
        pageParameters["page"] = nil
        let asked = try PageRequest(path: String(page.dropLast(".yaml".count)) + ending, query: pageParameters)
        let bundled = RenderService(configuration: { var configuration = self.configuration; configuration.project = folder; return configuration }(),
                                    session: session, pool: pool)
        do {
            let path = try bundled.resolve(asked.file)
            let (session, metrics) = (self.session, self.metrics)
            let start = ContinuousClock.now
            let data = try await pool.run {
                let reading = ContinuousClock.now
                let document = try session.loadDocument(path, policy: asked.policy)
                metrics.stage(.load, since: reading)
                return try Self.draw(asked, try Self.layOut(document, session: session, metrics: metrics), session: session, project: folder, metrics: metrics)
            }
            metrics.rendered(ContinuousClock.now - start)
            return Response(status: .ok, headers: [.contentType: asked.output.contentType], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        } catch {
            return ServiceError(error, project: folder).response
        }
    }

    /// A report with the paths beneath `project` made relative to it, as the error bodies give them, so
    /// that the server's folders are not disclosed.
    static func relativePaths(_ json: Data, beneath project: URL) throws -> Data {
        let root = project.standardizedFileURL.path + "/"
        func relative(_ value: Any) -> Any {
            switch value {
            case let text as String: text.hasPrefix(root) ? String(text.dropFirst(root.count)) : text
            case let array as [Any]: array.map(relative)
            case let object as [String: Any]: object.mapValues(relative)
            default: value
            }
        }
        return try JSONSerialization.data(withJSONObject: relative(try JSONSerialization.jsonObject(with: json)), options: [.sortedKeys, .withoutEscapingSlashes])
    }

    /// The render's output, or `RenderTimedOut` once `limit` has passed (the render itself goes on).
    static func value(of render: Task<Data, Error>, within limit: Duration) async throws -> Data {
        try await withThrowingTaskGroup(of: Data.self) { group in
            group.addTask { try await render.value }
            group.addTask {
                try await Task.sleep(for: limit)
                throw RenderTimedOut(limit: limit)
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }

    /// A request's query parameters, the last of a repeated name winning.
    static func query(_ request: Request) -> [String: String] {
        Dictionary(request.uri.queryParameters.map { (String($0.key), String($0.value)) }, uniquingKeysWith: { $1 })
    }

    /// The path of a page or edition file named beneath the project; not found when it lies outside it.
    func resolve(_ file: String) throws -> String {
        let path = configuration.project.appendingPathComponent(file).standardizedFileURL.path
        guard path.hasPrefix(configuration.project.path + "/"), ProjectFolder(pageFile: path, allowOutside: false).allows(path),
              FileManager.default.fileExists(atPath: path) else {
            throw ServiceError.notFound("no page or edition '\(file)' in the project")
        }
        return path
    }

    /// Server-sent events for the viewer's live reload: `changed` each time a file the page or edition
    /// reads (its stories, photos, grid, the file itself) is saved, looked at every 200 ms; the files
    /// are read again from the page after each change, so a story added to it is watched too. The
    /// stream closes when the service shuts down (the viewer's EventSource reconnects to the next one).
    func events(for path: String) throws -> Response {
        let session = self.session
        let policy = RunPolicy(allowOverset: true, allowMissingGlyphs: true, allowUnderfill: true)
        let inputs = { @Sendable (known: [String]) -> [String] in
            ((try? session.loadDocument(path, policy: policy).inputFiles) ?? known).uniqued(with: path)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"], body: .init { writer in
            var files = inputs([])
            var stamps = FileStamps(files)
            var changes = 0
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            // The stream ends when the service shuts down, which otherwise would wait for it forever.
            while !Task.isCancelled && !Task.isShuttingDownGracefully {
                try await Task.sleep(for: .milliseconds(200))
                guard FileStamps(files) != stamps else { continue }
                files = inputs(files)
                stamps = FileStamps(files)
                changes += 1
                try await writer.write(ByteBuffer(string: "event: changed\ndata: \(changes)\n\n"))
            }
            try await writer.finish(nil)
        })
    }

    /// The content digest of a page or edition file's inputs: the known one while none of them has
    /// changed, else made on the pool, with the document it loaded to find them.
    func inputDigest(_ path: String) async throws -> (digest: InputDigests.Digest, loaded: LoadedDocument?) {
        if let known = await digests.current(path) { return (known, nil) }
        let session = self.session
        let (document, digest) = try await pool.run { try InputDigests.make(path, session: session) }
        await digests.store(digest, for: path)
        return (digest, document)
    }

    /// The layout of `path` kept for its inputs' digest, else loaded (unless `loaded`) and laid out, and kept.
    static func laidOut(_ path: String, digest: InputDigests.Digest, loaded: LoadedDocument?, policy: RunPolicy, session: RenderSession,
                        layouts: LayoutCache, metrics: ServiceMetrics) throws -> LaidOutDocument {
        try layouts.laidOut(digest.digest) {
            let reading = ContinuousClock.now
            let document = try loaded ?? session.loadDocument(path, policy: policy)
            metrics.stage(.load, since: reading)
            return try layOut(document, session: session, metrics: metrics)
        }
    }

    static func layOut(_ document: LoadedDocument, session: RenderSession, metrics: ServiceMetrics) throws -> LaidOutDocument {
        let layingOut = ContinuousClock.now
        defer { metrics.stage(.layout, since: layingOut) }
        return try session.layOut(document)
    }

    /// Draws what `asked` wants of a laid-out document, under the run policy it asked for.
    static func draw(_ asked: PageRequest, _ laidOut: LaidOutDocument, session: RenderSession, project: URL, metrics: ServiceMetrics) throws -> Data {
        try session.check(laidOut, policy: asked.policy)
        let page = asked.page ?? 0
        let drawing = ContinuousClock.now
        defer { metrics.stage(.draw, since: drawing) }
        return switch asked.output {
        case .pdf: try session.pdfData(laidOut, page: asked.page)
        case .png(let dpi): try session.pngData(laidOut, page: page, dpi: dpi)
        case .thumbnail(let size): try session.thumbnailData(laidOut, page: page, size: size)
        case .proof(let dpi): try session.proofData(laidOut, page: page, dpi: dpi)
        case .report: try relativePaths(try laidOut.reportJSON(), beneath: project)
        case .proofReport: try relativePaths(try session.proofReportJSON(laidOut, page: page), beneath: project)
        case .press: try session.pressPDFData(laidOut, page: page)
        }
    }
}

extension Array where Element == String {
    /// The paths with `path` among them, each once.
    func uniqued(with path: String) -> [String] { Array(Set(self + [path])).sorted() }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
