package ai.datafog.bootstrap.hostile;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every annotated route the running application registered, read from its request-mapping handler
 * mappings, so a route merged later is attacked without anyone editing the harness.
 */
public final class RouteCatalog {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}");
    private static final String SWAGGER_UI = "/swagger-ui";
    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    /** One method on one path template. */
    public record Route(HttpMethod method, String template) {

        public boolean takesBody() {
            return BODY_METHODS.contains(method);
        }

        /** A springdoc UI page: it may redirect to the UI's index page (on the same origin), unlike an API route. */
        public boolean mayRedirect() {
            return method == HttpMethod.GET && template.startsWith(SWAGGER_UI);
        }

        /** The template with every path variable replaced by {@code value}. */
        public String path(String value) {
            return VARIABLE.matcher(template).replaceAll(value);
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private RouteCatalog() {
    }

    public static List<Route> of(ApplicationContext context) {
        Set<Route> routes = new TreeSet<>(Comparator.comparing(Route::toString));
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                Set<RequestMethod> effective = methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
                for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
                    for (RequestMethod method : effective) {
                        routes.add(new Route(method.asHttpMethod(), pattern.getPatternString()));
                    }
                }
            }
        }
        return List.copyOf(routes);
    }
}
