package ai.datafog.adapter.http.edge;

import org.springframework.core.Ordered;

/**
 * The order of the edge's filters, after the request id (first of all) and around the body limit:
 * observe everything, answer CORS preflights, authenticate, rate-limit by the authenticated client,
 * then bound the processing time.
 */
public final class EdgeOrder {

    public static final int OBSERVE = Ordered.HIGHEST_PRECEDENCE + 1;
    public static final int CORS = Ordered.HIGHEST_PRECEDENCE + 2;
    public static final int AUTH = Ordered.HIGHEST_PRECEDENCE + 3;
    public static final int RATE_LIMIT = Ordered.HIGHEST_PRECEDENCE + 4;
    public static final int TIMEOUT = Ordered.HIGHEST_PRECEDENCE + 20;

    private EdgeOrder() {
    }
}
