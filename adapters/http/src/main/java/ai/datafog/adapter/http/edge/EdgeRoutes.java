package ai.datafog.adapter.http.edge;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** Which routes the edge treats specially: the public health probe and the admin (retention) routes. */
final class EdgeRoutes {

    static final String HEALTH = "/health";
    static final String ADMIN_PREFIX = "/v1/retention";

    private EdgeRoutes() {
    }

    static String path(ServerHttpRequest request) {
        return request.getPath().pathWithinApplication().value();
    }

    /** {@code GET /health} needs no token and is never rate limited (probes must always get through). */
    static boolean isPublic(ServerHttpRequest request) {
        return HEALTH.equals(path(request));
    }

    static boolean isAdmin(ServerHttpRequest request) {
        String path = path(request);
        return path.equals(ADMIN_PREFIX) || path.startsWith(ADMIN_PREFIX + "/");
    }

    /** A CORS preflight: OPTIONS with an Origin and the method the browser wants to use. */
    static boolean isPreflight(ServerHttpRequest request) {
        return HttpMethod.OPTIONS.equals(request.getMethod())
                && request.getHeaders().getOrigin() != null
                && request.getHeaders().getFirst("Access-Control-Request-Method") != null;
    }
}
