package ai.datafog.adapter.http.edge;

import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The route template of an exchange ({@code /v1/receipts/{id}}), so metrics and logs never carry ids
 * or other caller-chosen path segments. The router's matched pattern is used when there is one;
 * a request refused before routing (401, 413, 429) is matched against the registered patterns;
 * anything else is {@code /_not_found}.
 */
public final class RouteTemplates {

    public static final String NOT_FOUND = "/_not_found";

    private final Supplier<List<RequestMappingInfoHandlerMapping>> mappings;
    private volatile List<PathPattern> patterns;

    public RouteTemplates(Supplier<List<RequestMappingInfoHandlerMapping>> mappings) {
        this.mappings = Objects.requireNonNull(mappings, "mappings");
    }

    /** The template for a finished exchange; a 404 from a catch-all resource pattern is an unknown route. */
    public String of(ServerWebExchange exchange, int status) {
        Object matched = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (matched instanceof PathPattern pattern) {
            String template = pattern.getPatternString();
            return status == 404 && template.endsWith("/**") ? NOT_FOUND : template;
        }
        var path = exchange.getRequest().getPath().pathWithinApplication();
        for (PathPattern pattern : patterns()) {
            if (pattern.matches(path)) {
                return pattern.getPatternString();
            }
        }
        return NOT_FOUND;
    }

    private List<PathPattern> patterns() {
        List<PathPattern> known = patterns;
        if (known == null) {
            known = mappings.get().stream()
                    .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                    .map(RequestMappingInfo::getPatternsCondition)
                    .flatMap(condition -> condition.getPatterns().stream())
                    .distinct()
                    .sorted(Comparator.nullsLast(PathPattern.SPECIFICITY_COMPARATOR))
                    .toList();
            patterns = known;
        }
        return known;
    }
}
