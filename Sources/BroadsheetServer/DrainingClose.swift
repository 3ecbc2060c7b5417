import NIOCore

/// Holds a connection's close until the bytes written before it have gone to the socket, for at most
/// `limit`. NIO's close drops the writes it has not made yet (BaseSocketChannel.close0 fails them in
/// cancelWritesOnClose), and on graceful shutdown Hummingbird closes a connection as soon as its
/// response's end is handed down, or at once if that was before (HTTPConnectionStateHandler's write
/// and userInboundEventTriggered): a client reading a large image slowly got what the kernel's buffers
/// held and no more.
final class DrainingClose: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = Any

    private let limit: TimeAmount
    /// Writes handed on and not yet made or failed.
    private var unwritten = 0
    /// The close held back: the promises of its callers and the deadline that ends the wait.
    private var held: (promises: [EventLoopPromise<Void>], deadline: Scheduled<Void>)?

    init(limit: TimeAmount) {
        self.limit = limit
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let written = promise ?? context.eventLoop.makePromise()
        unwritten += 1
        written.futureResult.assumeIsolated().whenComplete { _ in
            self.unwritten -= 1
            if self.unwritten == 0 { self.release(context) }
        }
        context.write(data, promise: written)
    }

    func close(context: ChannelHandlerContext, mode: CloseMode, promise: EventLoopPromise<Void>?) {
        guard mode == .all, unwritten > 0 else { return context.close(mode: mode, promise: promise) }
        if held == nil {
            held = ([], context.eventLoop.assumeIsolated().scheduleTask(in: limit) { self.release(context) })
        }
        if let promise { held?.promises.append(promise) }
    }

    private func release(_ context: ChannelHandlerContext) {
        guard let held else { return }
        self.held = nil
        held.deadline.cancel()
        let closed = context.eventLoop.makePromise(of: Void.self)
        for promise in held.promises { closed.futureResult.cascade(to: promise) }
        context.close(mode: .all, promise: closed)
    }
}
