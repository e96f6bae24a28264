package ai.datafog.adapter.http.edge;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /**
     * Whether the request is for an admin route, judged on the path as the router sees it: segments
     * percent-decoded and stripped of {@code ;parameters} ({@code /v1/retention;x=1/policies} and
     * {@code /v1/%72etention/policies} reach the retention routes), dot segments resolved, and in any case,
     * so that no spelling of an admin route escapes the admin check. A spelling the router does not serve
     * then answers 403 instead of 404, which reveals nothing.
     */
    static boolean isAdmin(ServerHttpRequest request) {
        List<String> segments = routedSegments(request.getPath().pathWithinApplication());
        return segments.size() >= 2 && segments.get(0).equals("v1") && segments.get(1).equals("retention");
    }

    private static List<String> routedSegments(PathContainer path) {
        List<String> segments = new ArrayList<>();
        for (PathContainer.Element element : path.elements()) {
            if (!(element instanceof PathContainer.PathSegment segment)) {
                continue;
            }
            for (String part : segment.valueToMatch().split("/", -1)) {
                if (part.equals("..")) {
                    if (!segments.isEmpty()) {
                        segments.remove(segments.size() - 1);
                    }
                } else if (!part.isEmpty() && !part.equals(".")) {
                    segments.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        return segments;
    }

    /** A CORS preflight: OPTIONS with an Origin and the method the browser wants to use. */
    static boolean isPreflight(ServerHttpRequest request) {
        return HttpMethod.OPTIONS.equals(request.getMethod())
                && request.getHeaders().getOrigin() != null
                && request.getHeaders().getFirst("Access-Control-Request-Method") != null;
    }
}
