package ai.datafog.adapter.http;

import org.springframework.web.server.ServerWebExchange;

import java.net.InetSocketAddress;

/**
 * Who is calling, for rate limits and idempotency scoping: a hash of the caller's token once
 * authentication has assigned one, else the remote address. Never the token itself.
 */
public final class ClientIds {

    private static final String ATTRIBUTE = ClientIds.class.getName() + ".id";

    private ClientIds() {
    }

    /** Records the authenticated client's id (a token hash) on the exchange. */
    public static void assign(ServerWebExchange exchange, String tokenHash) {
        exchange.getAttributes().put(ATTRIBUTE, "token:" + tokenHash);
    }

    public static String of(ServerWebExchange exchange) {
        Object assigned = exchange.getAttribute(ATTRIBUTE);
        if (assigned instanceof String id) {
            return id;
        }
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String address = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        return "addr:" + address;
    }
}
