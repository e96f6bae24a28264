package ai.datafog.adapter.http;

import java.util.Objects;

/** What the HTTP edge needs from the service configuration. */
public record HttpSettings(long maxBodyBytes, FindingValues findingValues, String maskChar) {

    public HttpSettings {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        Objects.requireNonNull(findingValues, "findingValues");
        if (maskChar == null || maskChar.codePointCount(0, maskChar.length()) != 1) {
            throw new IllegalArgumentException("maskChar must be exactly one character");
        }
    }
}
