package ai.datafog.adapter.http;

import ai.datafog.domain.retention.Retention;

import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;

import java.net.URI;
import java.util.Optional;

/**
 * Validation shared by the retention routes, and of the subject ids decide stores (so every id a
 * receipt keeps is one an erasure or a hold can name); messages name the field, never echo its value.
 */
final class RetentionRequests {

    static final int MAX_ID_LENGTH = 200;
    static final int MAX_REASON_LENGTH = 2000;

    private RetentionRequests() {
    }

    static String tenantId(String pathValue) {
        if (pathValue == null || pathValue.isBlank()) {
            throw ApiException.invalid("tenant_id must not be blank");
        }
        if (pathValue.length() > MAX_ID_LENGTH) {
            throw ApiException.invalid("tenant_id must be at most " + MAX_ID_LENGTH + " characters");
        }
        return StoredText.id(pathValue, "tenant_id");
    }

    static Retention retention(String text) {
        try {
            return Retention.parse(text);
        } catch (IllegalArgumentException invalid) {
            throw ApiException.invalid(invalid.getMessage());
        }
    }

    static String requiredId(JsonBody body, String field) {
        String value = body.optionalId(field, MAX_ID_LENGTH)
                .orElseThrow(() -> ApiException.invalid(field + " is required"));
        if (value.isBlank()) {
            throw ApiException.invalid(field + " must not be blank");
        }
        return value;
    }

    static Optional<String> optionalId(JsonBody body, String field) {
        Optional<String> value = body.optionalId(field, MAX_ID_LENGTH);
        if (value.isPresent() && value.get().isBlank()) {
            throw ApiException.invalid(field + " must not be blank");
        }
        return value;
    }

    /** Who started a purge: the HTTP request id, so an operator can find it in their own logs. */
    static String trigger(ServerWebExchange exchange) {
        return "http request_id=" + RequestIds.of(exchange);
    }

    /**
     * 201 with the record when the run finished as asked; a failed or interrupted run is an error
     * whose details carry the purge id, so its evidence can be read at {@code /v1/retention/purges/{id}}.
     */
    static ResponseEntity<PurgeRecordResponse> created(PurgeRecord record) {
        if (record.status() == PurgeStatus.FAILED) {
            throw new ApiException(ErrorCode.INTERNAL_ERROR, "purge failed; see its purge record",
                    "purge_id: " + record.id());
        }
        if (record.status() == PurgeStatus.INTERRUPTED) {
            throw new ApiException(ErrorCode.CONFLICT, "purge interrupted; see its purge record",
                    "purge_id: " + record.id());
        }
        return ResponseEntity.created(URI.create("/v1/retention/purges/" + record.id()))
                .body(PurgeRecordResponse.from(record));
    }

    static ApiException unknownHold() {
        return new ApiException(ErrorCode.NOT_FOUND, "no such legal hold");
    }

    static String reason(JsonBody body) {
        String reason = body.optionalString("reason", MAX_REASON_LENGTH)
                .orElseThrow(() -> ApiException.invalid("reason is required"));
        if (reason.isBlank()) {
            throw ApiException.invalid("reason must not be blank");
        }
        return StoredText.noNul(reason, "reason");
    }
}
