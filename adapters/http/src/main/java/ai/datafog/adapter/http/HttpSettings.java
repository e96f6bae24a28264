package ai.datafog.adapter.http;

import java.util.Objects;

/** What the HTTP edge needs from the service configuration. */
public record HttpSettings(long maxBodyBytes, FindingValues findingValues) {

    public HttpSettings {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        Objects.requireNonNull(findingValues, "findingValues");
    }
}
