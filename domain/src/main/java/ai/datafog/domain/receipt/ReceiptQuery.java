package ai.datafog.domain.receipt;

import ai.datafog.domain.policy.Effect;
import java.time.Instant;
import java.util.Optional;

/**
 * A page request over receipts (SPEC §4.2): equality filters, a time range [{@code from}, {@code to}),
 * a page size and where to resume. Absent filters are {@code null}; results are newest first.
 */
public record ReceiptQuery(
        String tenantId,
        String actorId,
        String sessionId,
        Effect decision,
        String policyVersion,
        String ruleId,
        Instant from,
        Instant to,
        int limit,
        ReceiptCursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    /**
     * The earliest and latest times a query (or a cursor) may name: years 0001 to 9999, UTC, as RFC 3339
     * writes them, to the microsecond receipts are kept at (a later fraction would round into year 10000).
     */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    public ReceiptQuery {
        ReceiptText.optionalBounded(tenantId, "tenant_id", ReceiptText.SHORT);
        ReceiptText.optionalBounded(actorId, "actor_id", ReceiptText.SHORT);
        ReceiptText.optionalBounded(sessionId, "session_id", ReceiptText.SHORT);
        ReceiptText.optionalBounded(policyVersion, "policy_version", ReceiptText.SHORT);
        ReceiptText.optionalBounded(ruleId, "rule_id", ReceiptText.SHORT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if ((from != null && !isQueryable(from)) || (to != null && !isQueryable(to))) {
            throw new IllegalArgumentException("from and to must fall in the years 0001 to 9999 (UTC)");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }

    /** Whether {@code time} lies in the years a query may name ({@link #EARLIEST} to {@link #LATEST}). */
    public static boolean isQueryable(Instant time) {
        return !time.isBefore(EARLIEST) && !time.isAfter(LATEST);
    }

    /** Every receipt, newest first, in pages of the default size. */
    public static ReceiptQuery all() {
        return new ReceiptQuery(null, null, null, null, null, null, null, null, DEFAULT_LIMIT, null);
    }

    public ReceiptQuery withLimit(int newLimit) {
        return new ReceiptQuery(tenantId, actorId, sessionId, decision, policyVersion, ruleId, from, to, newLimit, after);
    }

    public ReceiptQuery withTenant(String tenant) {
        return new ReceiptQuery(tenant, actorId, sessionId, decision, policyVersion, ruleId, from, to, limit, after);
    }

    public ReceiptQuery after(ReceiptCursor cursor) {
        return new ReceiptQuery(tenantId, actorId, sessionId, decision, policyVersion, ruleId, from, to, limit, cursor);
    }

    public Optional<ReceiptCursor> cursor() {
        return Optional.ofNullable(after);
    }

    /** Whether {@code receipt} passes every filter of this query (not the cursor or the limit). */
    public boolean matches(Receipt receipt) {
        return (tenantId == null || tenantId.equals(receipt.tenantId()))
                && (actorId == null || actorId.equals(receipt.actorId()))
                && (sessionId == null || sessionId.equals(receipt.sessionId()))
                && (decision == null || decision == receipt.decision())
                && (policyVersion == null || policyVersion.equals(receipt.policyVersion()))
                && (ruleId == null || receipt.matchedRules().contains(ruleId))
                && (from == null || !receipt.timestamp().isBefore(from))
                && (to == null || receipt.timestamp().isBefore(to))
                && (after == null || after.isBefore(receipt.position()));
    }
}
