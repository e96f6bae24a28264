package ai.datafog.adapter.http;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses bodies over {@code DATAFOG_MAX_BODY_BYTES} while they stream in: a declared length over
 * the limit is refused before any byte is read, and a chunked body is cut off at the first byte
 * past the limit, so an endless upload is never buffered; the connection is then closed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BodyLimit implements WebFilter {

    private final long maxBytes;

    public BodyLimit(HttpSettings settings) {
        this.maxBytes = settings.maxBodyBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return Mono.error(tooLarge());
        }
        ServerHttpRequest limited = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        sink.error(tooLarge());
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(limited).build());
    }

    /**
     * The refusal closes the connection: otherwise the server would keep reading (and discarding)
     * the rest of the upload to reuse the connection, and an endless body would never stop.
     */
    private ApiException tooLarge() {
        HttpHeaders close = new HttpHeaders();
        close.set(HttpHeaders.CONNECTION, "close");
        return new ApiException(ErrorCode.REQUEST_TOO_LARGE, "request body exceeds " + maxBytes + " bytes", null, close);
    }
}
