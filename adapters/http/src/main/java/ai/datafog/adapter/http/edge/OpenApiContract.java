package ai.datafog.adapter.http.edge;

import ai.datafog.adapter.http.ErrorCode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Adds what the annotated controllers cannot say about themselves to {@code /v3/api-docs}: the
 * error body of SPEC §4.1 with the error responses every operation can give, and the two ways to
 * present a token. Applies to every route, including those added later.
 */
public final class OpenApiContract implements OpenApiCustomizer {

    static final String ERROR_SCHEMA = "Error";
    static final String BEARER = "bearer";
    static final String API_KEY = "apiKey";

    private static final Map<String, String> COMMON = Map.of(
            "401", "token required and missing or wrong (WWW-Authenticate: Bearer)",
            "404", "unknown route or resource",
            "405", "known route, wrong method (Allow header)",
            "429", "over the rate limit (Retry-After, X-RateLimit-Remaining)",
            "500", "unexpected failure; the message is generic",
            "503", "timeout, or a receipt could not be made durable");
    private static final Map<String, String> WITH_BODY = Map.of(
            "400", "malformed JSON, wrong types, missing field, bad value",
            "413", "body larger than DATAFOG_MAX_BODY_BYTES",
            "415", "body is not application/json");

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getInfo() == null || openApi.getInfo().getTitle() == null
                || openApi.getInfo().getTitle().startsWith("OpenAPI definition")) {
            openApi.info(new Info().title("datafog-api").version("v1")
                    .description("Finds PII and secrets in text, decides by policy, rewrites text, keeps receipts."));
        }
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        components.addSchemas(ERROR_SCHEMA, errorSchema());
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"));
        components.addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name(TokenAuth.API_KEY_HEADER));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> describe(path, method, operation)));
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.responses(responses);
        COMMON.forEach((status, why) -> addError(responses, status, why));
        if (operation.getRequestBody() != null || method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            WITH_BODY.forEach((status, why) -> addError(responses, status, why));
        } else {
            addError(responses, "400", "bad query parameter");
        }
        if (path.equals(EdgeRoutes.HEALTH)) {
            operation.security(List.of());
            responses.remove("401");
            responses.remove("429");
        } else {
            operation.security(List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(API_KEY)));
            if (path.startsWith(EdgeRoutes.ADMIN_PREFIX)) {
                addError(responses, "403", "an API token on an admin route (admin token required)");
            }
        }
    }

    private static void addError(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/json", new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA)))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema errorSchema() {
        Schema<?> code = new StringSchema()._enum(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList());
        ObjectSchema inner = new ObjectSchema();
        inner.addProperty("code", code);
        inner.addProperty("message", new StringSchema().description("safe to show; never contains request text or tokens"));
        inner.addProperty("request_id", new StringSchema());
        inner.addProperty("details", new StringSchema());
        inner.required(List.of("code", "message", "request_id"));
        ObjectSchema body = new ObjectSchema();
        body.addProperty("error", inner);
        body.required(List.of("error"));
        return body.description("The error body of every failure (SPEC §4.1)");
    }
}
