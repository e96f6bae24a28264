package ai.datafog.adapter.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import java.util.Set;
import java.util.UUID;

/**
 * Gives the contract error body (SPEC §4.1) to requests Netty refuses before WebFlux ever sees them:
 * an over-long request line or header block, or an undecodable request head. Reactor Netty answers
 * those itself with a bare 414/431/400 and no body; this handler, placed between the HTTP codec and
 * Reactor Netty's request handling, fills in the body. They become 400 {@code invalid_request} —
 * the contract's table has no 414/431 — and keep {@code Connection: close}.
 */
@Component
public class MalformedHttpRequests implements NettyServerCustomizer {

    private static final String HANDLER_NAME = "datafog.malformedRequestBody";
    private static final ChannelHandler HANDLER = new ContractBodyForBareErrors();

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remote) -> {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(NettyPipeline.HttpCodec) != null && pipeline.get(HANDLER_NAME) == null) {
                pipeline.addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, HANDLER);
            }
        });
    }

    /** Rewrites a body-less, type-less 400/413/414/431 — only Reactor Netty's decoding failures look like that. */
    @ChannelHandler.Sharable
    static final class ContractBodyForBareErrors extends ChannelOutboundHandlerAdapter {

        private static final Set<Integer> BARE_FAILURES = Set.of(400, 413, 414, 431);

        @Override
        public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) throws Exception {
            if (message instanceof FullHttpResponse response && isBareFailure(response)) {
                super.write(ctx, withContractBody(response), promise);
                return;
            }
            super.write(ctx, message, promise);
        }

        private static boolean isBareFailure(FullHttpResponse response) {
            return BARE_FAILURES.contains(response.status().code())
                    && response.content().readableBytes() == 0
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE);
        }

        private static FullHttpResponse withContractBody(FullHttpResponse bare) {
            boolean tooLarge = bare.status().code() == 413;
            ApiException error = tooLarge
                    ? new ApiException(ErrorCode.REQUEST_TOO_LARGE, "request is too large")
                    : ApiException.invalid("malformed HTTP request: request line or headers are invalid or too large");
            String requestId = UUID.randomUUID().toString();
            byte[] body = ApiErrorHandler.body(error, requestId);
            FullHttpResponse rewritten = bare.replace(Unpooled.wrappedBuffer(body));
            bare.release();
            rewritten.setStatus(HttpResponseStatus.valueOf(error.code().status().value()));
            rewritten.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                    .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(RequestIds.HEADER, requestId);
            return rewritten;
        }
    }
}
