package ai.datafog.adapter.http;

import ai.datafog.domain.receipt.ReceiptCursor;
import ai.datafog.domain.policy.Effect;
import ai.datafog.domain.receipt.ReceiptQuery;
import org.springframework.util.MultiValueMap;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Reads the query string of {@code GET /v1/receipts} (SPEC §4.2); every bad value is a 400 naming the parameter. */
final class ReceiptQueryParameters {

    private static final int MAX_ID_LENGTH = 200;

    private ReceiptQueryParameters() {
    }

    static ReceiptQuery parse(MultiValueMap<String, String> parameters) {
        Instant from = time(parameters, "from");
        Instant to = time(parameters, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from must not be after to");
        }
        String decisionText = single(parameters, "decision");
        Effect decision = decisionText == null ? null : Effect.fromWireName(decisionText)
                .filter(effect -> effect.wireName().equals(decisionText))
                .orElseThrow(() -> ApiException.invalid("decision must be one of " + String.join(", ", Effect.wireNames())));
        String cursorText = single(parameters, "cursor");
        ReceiptCursor cursor = cursorText == null ? null : ReceiptCursor.decode(cursorText)
                .orElseThrow(() -> ApiException.invalid("cursor is not valid; use next_cursor from a previous page"));
        return new ReceiptQuery(id(parameters, "tenant_id"), id(parameters, "actor_id"), id(parameters, "session_id"),
                decision, id(parameters, "policy_version"), id(parameters, "rule_id"), from, to, limit(parameters), cursor);
    }

    private static String single(MultiValueMap<String, String> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.invalid(name + " must be given at most once");
        }
        String value = values.get(0);
        if (value == null || value.isEmpty()) {
            throw ApiException.invalid(name + " must not be empty");
        }
        return value;
    }

    private static String id(MultiValueMap<String, String> parameters, String name) {
        String value = single(parameters, name);
        if (value != null && value.length() > MAX_ID_LENGTH) {
            throw ApiException.invalid(name + " must be at most " + MAX_ID_LENGTH + " characters");
        }
        return StoredText.id(value, name);
    }

    private static int limit(MultiValueMap<String, String> parameters) {
        String text = single(parameters, "limit");
        if (text == null) {
            return ReceiptQuery.DEFAULT_LIMIT;
        }
        String message = "limit must be a whole number from 1 to " + ReceiptQuery.MAX_LIMIT;
        if (!text.matches("[0-9]{1,4}")) {
            throw ApiException.invalid(message);
        }
        int limit = Integer.parseInt(text);
        if (limit < 1 || limit > ReceiptQuery.MAX_LIMIT) {
            throw ApiException.invalid(message);
        }
        return limit;
    }

    /** RFC 3339: a date, a time and an offset ({@code Z} or {@code ±hh:mm}); lower-case t and z allowed. */
    private static Instant time(MultiValueMap<String, String> parameters, String name) {
        String text = single(parameters, name);
        if (text == null) {
            return null;
        }
        Instant time;
        try {
            time = OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException notRfc3339) {
            throw ApiException.invalid(name + " must be an RFC 3339 date-time such as 2025-01-31T00:00:00Z");
        }
        if (!ReceiptQuery.isQueryable(time)) {
            throw ApiException.invalid(name + " must fall between " + ReceiptQuery.EARLIEST + " and " + ReceiptQuery.LATEST);
        }
        return time;
    }
}
