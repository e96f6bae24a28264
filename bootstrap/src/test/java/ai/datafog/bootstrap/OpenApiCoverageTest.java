package ai.datafog.bootstrap;

import ai.datafog.edgetest.TestRoutes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("/v3/api-docs documents every registered route with its error responses")
@Import(TestRoutes.class)
class OpenApiCoverageTest extends ApiTestSupport {

    private static final Set<RequestMethod> ALL_METHODS = Set.of(RequestMethod.GET, RequestMethod.POST,
            RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    @DisplayName("every route of the router (except springdoc's own) is an operation in /v3/api-docs")
    void everyRouteIsDocumented() {
        JsonNode paths = apiDocs().get("paths");
        List<String> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (entry.getValue().getBeanType().getPackageName().startsWith("org.springdoc")) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (PathPattern pattern : entry.getKey().getPatternsCondition().getPatterns()) {
                for (RequestMethod method : methods.isEmpty() ? ALL_METHODS : methods) {
                    String route = method + " " + pattern.getPatternString();
                    routes.add(route);
                    JsonNode item = paths.get(pattern.getPatternString());
                    assertThat(item).as(route + " is documented").isNotNull();
                    assertThat(item.get(method.name().toLowerCase(Locale.ROOT))).as(route + " is documented").isNotNull();
                }
            }
        }
        assertThat(routes).contains("GET /health", "GET /metrics", "GET /test/items/{id}", "POST /test/upload");
    }

    @Test
    @DisplayName("every operation lists the error responses with the SPEC §4.1 error schema")
    void errorsAreDocumented() {
        JsonNode docs = apiDocs();
        JsonNode error = docs.at("/components/schemas/Error/properties/error/properties");
        assertThat(error.has("code") && error.has("message") && error.has("request_id")).isTrue();
        assertThat(docs.at("/components/schemas/Error/properties/error/properties/code/enum").toString())
                .contains("rate_limited", "request_too_large", "timeout", "unauthorized");
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode responses = operation.getValue().get("responses");
            for (String status : List.of("404", "405", "500", "503")) {
                assertThat(responses.at("/" + status + "/content/application~1json/schema/$ref").asString())
                        .as(operation.getKey() + " " + path.getKey() + " documents " + status)
                        .isEqualTo("#/components/schemas/Error");
            }
        }));
        assertThat(docs.at("/paths/~1test~1upload/post/responses/413").isMissingNode()).isFalse();
        assertThat(docs.at("/paths/~1test~1upload/post/responses/415").isMissingNode()).isFalse();
        assertThat(docs.at("/paths/~1v1~1retention~1test-admin/get/responses/403").isMissingNode()).isFalse();
        assertThat(docs.at("/paths/~1metrics/get/responses/401").isMissingNode()).isFalse();
        assertThat(docs.at("/paths/~1health/get/security").size()).isZero();
        assertThat(docs.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
    }

    @Test
    @DisplayName("the listing routes document the query parameters they read, and no operation shows a handler argument as one")
    void queryParametersAreDocumented() {
        JsonNode docs = apiDocs();

        assertThat(parameterNames(docs, "/v1/retention/holds")).containsExactly("tenant_id", "active", "limit", "cursor");
        assertThat(parameterNames(docs, "/v1/retention/purges")).containsExactly("kind", "status", "limit", "cursor");
        assertThat(parameterNames(docs, "/v1/receipts")).containsExactly("tenant_id", "actor_id", "session_id",
                "policy_version", "rule_id", "decision", "from", "to", "limit", "cursor");
        assertThat(docs.at("/paths/~1v1~1retention~1holds/get/parameters/2/schema/maximum").asInt()).isEqualTo(500);
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                assertThat(parameter.get("name").asString()).as(operation.getKey() + " " + path.getKey())
                        .isNotIn("exchange", "parameters", "request");
                assertThat(parameter.path("required").asBoolean(false) && "query".equals(parameter.get("in").asString()))
                        .as("a required query parameter in " + operation.getKey() + " " + path.getKey()).isFalse();
            }
        }));
    }

    private static List<String> parameterNames(JsonNode docs, String path) {
        List<String> names = new ArrayList<>();
        docs.get("paths").get(path).get("get").get("parameters").forEach(parameter -> names.add(parameter.get("name").asString()));
        return names;
    }

    @Test
    @DisplayName("the YAML form of the description is served too (its YAML library ships with the service, not only with the tests)")
    void yamlIsServed() {
        String yaml = client.get().uri("/v3/api-docs.yaml").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(yaml).startsWith("openapi:").contains("/v1/retention/holds:");
    }

    @Test
    @DisplayName("the UI page is served")
    void uiIsServed() {
        client.get().uri("/swagger-ui.html").exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/swagger-ui/index.html");
        client.get().uri("/swagger-ui/index.html").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    private JsonNode apiDocs() {
        byte[] body = client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return JsonMapper.builder().build().readTree(body);
    }
}
