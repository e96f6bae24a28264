package ai.datafog.adapter.http;

import ai.datafog.domain.receipt.ReceiptCursor;
import ai.datafog.domain.policy.Effect;
import ai.datafog.domain.receipt.ReceiptQuery;
import org.springframework.util.MultiValueMap;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads the query string of {@code GET /v1/receipts} (SPEC §4.2); every bad value is a 400 naming the parameter. */
final class ReceiptQueryParameters {

    private ReceiptQueryParameters() {
    }

    static ReceiptQuery parse(MultiValueMap<String, String> parameters) {
        Instant from = time(parameters, "from");
        Instant to = time(parameters, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from must not be after to");
        }
        Effect decision = QueryParameters.oneOf(parameters, "decision", Effect.values(), Effect::wireName).orElse(null);
        return new ReceiptQuery(QueryParameters.id(parameters, "tenant_id"), QueryParameters.id(parameters, "actor_id"),
                QueryParameters.id(parameters, "session_id"), decision, QueryParameters.id(parameters, "policy_version"),
                QueryParameters.id(parameters, "rule_id"), from, to,
                QueryParameters.limit(parameters, ReceiptQuery.DEFAULT_LIMIT, ReceiptQuery.MAX_LIMIT),
                QueryParameters.cursor(parameters, ReceiptCursor::decode).orElse(null));
    }

    /** RFC 3339: a date, a time and an offset ({@code Z} or {@code ±hh:mm}); lower-case t and z allowed. */
    private static Instant time(MultiValueMap<String, String> parameters, String name) {
        String text = QueryParameters.single(parameters, name);
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
