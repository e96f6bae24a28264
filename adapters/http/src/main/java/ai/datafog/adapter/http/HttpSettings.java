package ai.datafog.adapter.http;

/** What the HTTP edge needs from the service configuration. */
public record HttpSettings(long maxBodyBytes) {

    public HttpSettings {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
    }
}
