package ai.datafog.adapter.http.edge;

import ai.datafog.adapter.http.ApiException;
import ai.datafog.adapter.http.ClientIds;
import ai.datafog.adapter.http.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.core.Ordered;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Objects;
import java.util.Optional;

/**
 * Token authentication (SPEC §10): when API tokens are configured every route but {@code /health}
 * needs {@code Authorization: Bearer <token>} or {@code X-API-Key: <token>}. Admin routes
 * ({@code /v1/retention/**}) need an admin token when admin tokens are configured (an API token gets
 * 403 there), else an API token. An admin token is accepted on every route. On success the client id
 * becomes a hash of the token, never the token.
 */
public final class TokenAuth implements WebFilter, Ordered {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "bearer ";

    private final TokenSource apiTokens;
    private final TokenSource adminTokens;

    public TokenAuth(TokenSource apiTokens, TokenSource adminTokens) {
        this.apiTokens = Objects.requireNonNull(apiTokens, "apiTokens");
        this.adminTokens = Objects.requireNonNull(adminTokens, "adminTokens");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (EdgeRoutes.isPublic(request)) {
            return chain.filter(exchange);
        }
        TokenSet api = apiTokens.current();
        TokenSet admin = adminTokens.current();
        boolean adminRoute = EdgeRoutes.isAdmin(request);
        boolean adminSeparate = !admin.isEmpty();
        boolean required = !api.isEmpty() || (adminRoute && adminSeparate);
        if (!required) {
            return chain.filter(exchange);
        }
        String presented = presentedToken(request);
        Optional<String> asAdmin = admin.match(presented);
        Optional<String> asApi = api.match(presented);
        if (asAdmin.isPresent()) {
            ClientIds.assign(exchange, asAdmin.get());
            return chain.filter(exchange);
        }
        if (asApi.isEmpty()) {
            return Mono.error(unauthorized(presented == null));
        }
        if (adminRoute && adminSeparate) {
            return Mono.error(new ApiException(ErrorCode.FORBIDDEN, "this route needs the admin token"));
        }
        ClientIds.assign(exchange, asApi.get());
        return chain.filter(exchange);
    }

    /** The bearer token or API key as sent; null when neither header carries one. */
    static String presentedToken(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.length() > BEARER.length()
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).trim();
        }
        String apiKey = request.getHeaders().getFirst(API_KEY_HEADER);
        return apiKey == null || apiKey.isBlank() ? null : apiKey.trim();
    }

    private static ApiException unauthorized(boolean missing) {
        HttpHeaders challenge = new HttpHeaders();
        challenge.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return new ApiException(ErrorCode.UNAUTHORIZED,
                missing ? "an API token is required" : "the API token is not valid", null, challenge);
    }

    @Override
    public int getOrder() {
        return EdgeOrder.AUTH;
    }
}
