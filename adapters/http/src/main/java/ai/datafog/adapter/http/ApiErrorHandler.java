package ai.datafog.adapter.http;

import ai.datafog.application.port.out.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where failures become the error body of SPEC §4.1, including those raised by the
 * framework itself (unknown route, wrong method, bad media type, unreadable or oversized body).
 * Runs before Spring Boot's default handler, so no HTML or default error page ever leaves.
 */
@Component
@Order(-2)
public class ApiErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        ApiException error = toApiException(failure);
        if (error.code() == ErrorCode.INTERNAL_ERROR) {
            log.error("unhandled failure {} at {} request_id={}", failure.getClass().getName(),
                    firstFrame(failure), RequestIds.of(exchange));
        } else if (error.code() == ErrorCode.RECEIPT_ERROR && !causedBy(failure, StoreUnavailableException.class)) {
            // Its message may quote values: the class and SQLSTATE only.
            log.warn("database failure {} sqlstate={} at {} request_id={}", failure.getClass().getName(),
                    cause(failure, SQLException.class).map(SQLException::getSQLState).orElse(null), firstFrame(failure),
                    RequestIds.of(exchange));
        }
        HttpHeaders headers = response.getHeaders();
        headers.putAll(error.headers());
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(RequestIds.HEADER, RequestIds.of(exchange));
        response.setStatusCode(error.code().status());
        byte[] body = body(error, RequestIds.of(exchange));
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    static byte[] body(ApiException error, String requestId) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("code", error.code().code());
        inner.put("message", error.getMessage());
        inner.put("request_id", requestId);
        if (error.details() != null) {
            inner.put("details", error.details());
        }
        return JSON.writeValueAsString(Map.of("error", inner)).getBytes(StandardCharsets.UTF_8);
    }

    private static ApiException toApiException(Throwable failure) {
        if (failure instanceof ApiException api) {
            return api;
        }
        // A database failure from a store that does not translate its own (the retention stores run on
        // Spring's JdbcTemplate, whose exceptions keep the SQLException as their cause): the same 503.
        if (causedBy(failure, StoreUnavailableException.class) || causedBy(failure, SQLException.class)) {
            return new ApiException(ErrorCode.RECEIPT_ERROR, "the receipts database is unavailable; retry later");
        }
        // A bounded pool with its queue full (every database thread busy, or the retention threads'
        // queue): the service is not keeping up; retried like an outage, and logged without a message.
        if (causedBy(failure, RejectedExecutionException.class)) {
            return new ApiException(ErrorCode.RECEIPT_ERROR, "the service is busy; retry later");
        }
        if (causedBy(failure, DataBufferLimitException.class)) {
            return new ApiException(ErrorCode.REQUEST_TOO_LARGE, "request body is too large");
        }
        if (causedBy(failure, TimeoutException.class)) {
            return new ApiException(ErrorCode.TIMEOUT, "request processing timed out");
        }
        if (failure instanceof MethodNotAllowedException notAllowed) {
            HttpHeaders allow = new HttpHeaders();
            allow.set(HttpHeaders.ALLOW, notAllowed.getSupportedMethods().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", ")));
            // The method is the client's own text (any token is a method): not echoed; Allow says what is.
            return new ApiException(ErrorCode.METHOD_NOT_ALLOWED, "this method is not allowed on this route; see Allow",
                    null, allow);
        }
        if (failure instanceof UnsupportedMediaTypeStatusException) {
            return new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "request body must be application/json");
        }
        if (failure instanceof ServerWebInputException) {
            return ApiException.invalid("malformed request body");
        }
        if (failure instanceof ResponseStatusException status) {
            if (status.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                return new ApiException(ErrorCode.NOT_FOUND, "no such route");
            }
            if (status.getStatusCode().is4xxClientError()) {
                return ApiException.invalid("request could not be processed");
            }
        }
        return new ApiException(ErrorCode.INTERNAL_ERROR, "internal error");
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type).isPresent();
    }

    /** The first throwable of {@code type} in the cause chain of {@code failure}, itself included. */
    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String firstFrame(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        return frames.length == 0 ? "?" : frames[0].toString();
    }
}
