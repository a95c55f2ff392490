import NIOCore
import NIOHTTP1

/// Collects each HTTP request until its end, hands it to the service and writes the response.
final class HTTPHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let service: FakeStripeService
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()

    init(service: FakeStripeService) {
        self.service = service
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body.clear()
        case .body(var chunk):
            body.writeBuffer(&chunk)
        case .end:
            guard let head else { return }
            self.head = nil
            let response = service.respond(to: FakeRequest(head: head, body: String(buffer: body)))
            if response.dropsConnection {
                context.close(promise: nil)
            } else if let delay = response.delay {
                let (version, keepAlive) = (head.version, head.isKeepAlive)
                let (seconds, attoseconds) = delay.components
                let nanoseconds = seconds * 1_000_000_000 + attoseconds / 1_000_000_000
                let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
                context.eventLoop.scheduleTask(in: .nanoseconds(nanoseconds)) {
                    let (handler, context) = loopBound.value
                    handler.write(response, version: version, keepAlive: keepAlive, context: context)
                }
            } else {
                write(response, version: head.version, keepAlive: head.isKeepAlive, context: context)
            }
        }
    }

    private func write(
        _ response: FakeResponse, version: HTTPVersion, keepAlive: Bool,
        context: ChannelHandlerContext
    ) {
        var headers = HTTPHeaders(response.headers)
        headers.add(name: "Content-Length", value: String(response.body.utf8.count))
        if !keepAlive {
            headers.add(name: "Connection", value: "close")
        }
        let head = HTTPResponseHead(
            version: version, status: HTTPResponseStatus(statusCode: response.status),
            headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(
            wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: response.body)))), promise: nil)
        let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            let channel = context.channel
            written.whenComplete { _ in channel.close(promise: nil) }
        }
    }
}
