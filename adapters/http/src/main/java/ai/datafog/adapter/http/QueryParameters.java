package ai.datafog.adapter.http;

import org.springframework.util.MultiValueMap;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Query-string values of the listing routes; every bad value is a 400 naming the parameter, never echoing it. */
final class QueryParameters {

    /** The {@code cursor} parameter, as the listing routes document it. */
    static final String CURSOR_DESCRIPTION = "next_cursor of the previous page";

    private static final int MAX_ID_LENGTH = 200;

    private QueryParameters() {
    }

    /** The parameter's one value, or null when absent; given twice or empty is a 400. */
    static String single(MultiValueMap<String, String> parameters, String name) {
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

    /** An id filter (tenant, actor, …): at most 200 characters, no control characters; null when absent. */
    static String id(MultiValueMap<String, String> parameters, String name) {
        String value = single(parameters, name);
        if (value != null && value.length() > MAX_ID_LENGTH) {
            throw ApiException.invalid(name + " must be at most " + MAX_ID_LENGTH + " characters");
        }
        return StoredText.id(value, name);
    }

    /** {@code limit}: a whole number from 1 to {@code max}, {@code defaultLimit} when absent. */
    static int limit(MultiValueMap<String, String> parameters, int defaultLimit, int max) {
        String text = single(parameters, "limit");
        if (text == null) {
            return defaultLimit;
        }
        String message = "limit must be a whole number from 1 to " + max;
        if (!text.matches("[0-9]{1,4}")) {
            throw ApiException.invalid(message);
        }
        int limit = Integer.parseInt(text);
        if (limit < 1 || limit > max) {
            throw ApiException.invalid(message);
        }
        return limit;
    }

    /** {@code cursor}, read by {@code decode}; a value it cannot read is a 400. Empty when absent. */
    static <T> Optional<T> cursor(MultiValueMap<String, String> parameters, Function<String, Optional<T>> decode) {
        String text = single(parameters, "cursor");
        return text == null ? Optional.empty() : Optional.of(decode.apply(text).orElseThrow(QueryParameters::invalidCursor));
    }

    /** The 400 for a {@code cursor} this service did not hand out. */
    static ApiException invalidCursor() {
        return ApiException.invalid("cursor is not valid; use next_cursor from a previous page");
    }

    /** One of {@code values} by its wire name ({@code wireName}), exactly; empty when absent. */
    static <E extends Enum<E>> Optional<E> oneOf(MultiValueMap<String, String> parameters, String name, E[] values,
                                                 Function<E, String> wireName) {
        String text = single(parameters, name);
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values).filter(value -> wireName.apply(value).equals(text)).findFirst()
                .orElseThrow(() -> ApiException.invalid(name + " must be one of "
                        + Arrays.stream(values).map(wireName).collect(Collectors.joining(", ")))));
    }

    /** {@code true} or {@code false}, exactly; empty when absent. */
    static Optional<Boolean> bool(MultiValueMap<String, String> parameters, String name) {
        String text = single(parameters, name);
        if (text == null) {
            return Optional.empty();
        }
        if (!text.equals("true") && !text.equals("false")) {
            throw ApiException.invalid(name + " must be true or false");
        }
        return Optional.of(Boolean.parseBoolean(text));
    }
}
