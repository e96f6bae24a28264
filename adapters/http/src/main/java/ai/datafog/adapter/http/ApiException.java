package ai.datafog.adapter.http;

import org.springframework.http.HttpHeaders;

import java.util.Objects;

/**
 * An error that leaves the service as the contract body of SPEC §4.1. The message is shown to the
 * caller, so it must never contain request text, finding values or tokens.
 */
public final class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final String details;
    private final HttpHeaders headers;

    public ApiException(ErrorCode code, String message) {
        this(code, message, null, HttpHeaders.EMPTY);
    }

    public ApiException(ErrorCode code, String message, String details) {
        this(code, message, details, HttpHeaders.EMPTY);
    }

    public ApiException(ErrorCode code, String message, String details, HttpHeaders headers) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.details = details;
        // A copy, not a view: the caller's headers object may still change after the throw.
        this.headers = HttpHeaders.readOnlyHttpHeaders(HttpHeaders.copyOf(headers));
    }

    public static ApiException invalid(String message) {
        return new ApiException(ErrorCode.INVALID_REQUEST, message);
    }

    public ErrorCode code() {
        return code;
    }

    public String details() {
        return details;
    }

    /** The extra response headers ({@code Allow}, {@code Retry-After}, …), as a copy the caller may change. */
    public HttpHeaders headers() {
        return HttpHeaders.copyOf(headers);
    }
}
