package ai.datafog.adapter.http;

import org.springframework.http.HttpStatus;

/** Every error code of the v1 contract (SPEC §4.1) with its HTTP status: the one table of them. */
public enum ErrorCode {
    INVALID_REQUEST("invalid_request", HttpStatus.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    NOT_FOUND("not_found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method_not_allowed", HttpStatus.METHOD_NOT_ALLOWED),
    IDEMPOTENCY_CONFLICT("idempotency_conflict", HttpStatus.CONFLICT),
    CONFLICT("conflict", HttpStatus.CONFLICT),
    REQUEST_TOO_LARGE("request_too_large", HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    RATE_LIMITED("rate_limited", HttpStatus.TOO_MANY_REQUESTS),
    RECEIPT_ERROR("receipt_error", HttpStatus.SERVICE_UNAVAILABLE),
    TIMEOUT("timeout", HttpStatus.SERVICE_UNAVAILABLE),
    INTERNAL_ERROR("internal_error", HttpStatus.INTERNAL_SERVER_ERROR);

    private final String code;
    private final HttpStatus status;

    ErrorCode(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }
}
