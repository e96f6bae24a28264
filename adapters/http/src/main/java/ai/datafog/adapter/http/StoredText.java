package ai.datafog.adapter.http;

/**
 * Checks for request strings that the service stores (receipts, legal holds, policies) or filters
 * stored rows by. PostgreSQL text cannot hold U+0000, so a NUL would fail the write (and, before the
 * receipt writer isolated refused rows, its whole batch): it is refused here with 400 instead. Ids
 * (tenant, actor, session, request and trace ids, action type, tool and adapter) hold no control
 * characters at all. Messages name the field, never the value.
 */
final class StoredText {

    private StoredText() {
    }

    /** {@code value} unchanged, or 400 when it holds a control character (U+0000–U+001F, U+007F–U+009F). */
    static String id(String value, String field) {
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                if (Character.isISOControl(value.charAt(i))) {
                    throw ApiException.invalid(field + " must not contain control characters");
                }
            }
        }
        return value;
    }

    /** {@code value} unchanged, or 400 when it holds U+0000. */
    static String noNul(String value, String field) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw ApiException.invalid(field + " must not contain NUL characters");
        }
        return value;
    }
}
