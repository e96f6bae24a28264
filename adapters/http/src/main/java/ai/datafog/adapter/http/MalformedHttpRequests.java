package ai.datafog.adapter.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import java.util.Set;
import java.util.UUID;

/**
 * Gives the contract error body (SPEC §4.1) to requests Netty refuses before WebFlux ever sees them:
 * an over-long request line or header block, or an undecodable request head. They become 400
 * {@code invalid_request} — the contract's table has no 414/431 — with {@code Connection: close}.
 *
 * <p>A handler placed right after the HTTP codec answers a refused request head itself instead of
 * passing it to Reactor Netty. Reactor Netty (1.3.6) checks a head's decoding failure before it checks
 * whether the previous request's operations on a keep-alive connection have terminated; when the next
 * request arrives in that window, it hands the failure to the finished operations and never answers,
 * and the client hangs. Our handler knows from the responses it sees pass whether an earlier answer
 * is still due, and answers only after it, so keep-alive and pipelined order both hold.
 *
 * <p>Bare 400/413 answers Reactor Netty still makes for a broken body (an invalid chunk) are rewritten
 * to the contract body on their way out.
 */
@Component
public class MalformedHttpRequests implements NettyServerCustomizer {

    private static final String HANDLER_NAME = "datafog.malformedRequests";

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remote) -> {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(NettyPipeline.HttpCodec) != null && pipeline.get(HANDLER_NAME) == null) {
                pipeline.addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, new ContractAnswers());
            }
        });
    }

    /** Per connection: answers refused heads after any answer still due, and fills in bare failure bodies. */
    static final class ContractAnswers extends ChannelDuplexHandler {

        private static final Set<Integer> BARE_FAILURES = Set.of(400, 413, 414, 431);
        /** Package-private in Reactor Netty, so matched by name; the keep-alive regression tests catch a rename. */
        private static final String TERMINATED_EVENT = "reactor.netty.http.server.HttpServerOperationsTerminatedEvent";

        /** Requests passed on whose final response part has not been written yet. */
        private int answersDue;
        /** A refused head arrived: nothing more is read from this connection; it is answered and closed. */
        private boolean refused;
        private boolean answered;
        /** Whether anything asked to read since the last request's operations terminated. */
        private boolean readRequested;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (refused) {
                ReferenceCountUtil.release(message);
                return;
            }
            if (message instanceof HttpRequest request && request.decoderResult().isFailure()) {
                ReferenceCountUtil.release(message);
                refused = true;
                if (answersDue == 0) {
                    answerRefusedHead(ctx);
                }
                return;
            }
            if (message instanceof HttpRequest) {
                answersDue++;
            }
            ctx.fireChannelRead(message);
        }

        /**
         * Reactor Netty (1.3.6) can stop reading a keep-alive connection: a request that arrives before the
         * previous one's operations terminated is queued; if it is then answered while still being drained
         * (a 400 answered on the event loop), the drain schedules another drain that finds nothing and never
         * asks for the next read, so the client's next request is never read. After each termination, once
         * Reactor Netty's own drain has run, read if nothing is pending and nobody asked to read.
         */
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            boolean terminated = TERMINATED_EVENT.equals(event.getClass().getName());
            if (terminated) {
                readRequested = false;
            }
            super.userEventTriggered(ctx, event);
            if (terminated) {
                ctx.executor().execute(() -> {
                    if (!readRequested && answersDue == 0 && !refused && ctx.channel().isActive()) {
                        ctx.read();
                    }
                });
            }
        }

        @Override
        public void read(ChannelHandlerContext ctx) throws Exception {
            readRequested = true;
            super.read(ctx);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
            Object outgoing = message instanceof FullHttpResponse response && isBareFailure(response)
                    ? withContractBody(response) : message;
            boolean finalPart = outgoing instanceof LastHttpContent && !isInformational(outgoing);
            ctx.write(outgoing, promise);
            if (finalPart && answersDue > 0) {
                answersDue--;
                if (refused && answersDue == 0) {
                    answerRefusedHead(ctx);
                }
            }
        }

        private void answerRefusedHead(ChannelHandlerContext ctx) {
            if (answered) {
                return;
            }
            answered = true;
            FullHttpResponse response = contractResponse(HttpResponseStatus.BAD_REQUEST);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }

        private static boolean isInformational(Object message) {
            return message instanceof HttpResponse response
                    && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
        }

        private static boolean isBareFailure(FullHttpResponse response) {
            return BARE_FAILURES.contains(response.status().code())
                    && response.content().readableBytes() == 0
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE);
        }

        private static FullHttpResponse withContractBody(FullHttpResponse bare) {
            FullHttpResponse rewritten = contractResponse(bare.status());
            bare.release();
            return rewritten;
        }

        /** A 413 stays {@code request_too_large}; every other refusal is {@code invalid_request}. */
        private static FullHttpResponse contractResponse(HttpResponseStatus refusal) {
            ApiException error = refusal.code() == 413
                    ? new ApiException(ErrorCode.REQUEST_TOO_LARGE, "request is too large")
                    : ApiException.invalid("malformed HTTP request: request line or headers are invalid or too large");
            String requestId = UUID.randomUUID().toString();
            byte[] body = ApiErrorHandler.body(error, requestId);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(error.code().status().value()), Unpooled.wrappedBuffer(body));
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                    .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                    .set(RequestIds.HEADER, requestId);
            return response;
        }
    }
}
