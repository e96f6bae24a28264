package ai.datafog.domain.policy;

/** Which policy, in which version, made a decision: what responses and receipts name. */
public record PolicyIdentity(String id, String version) {

    public PolicyIdentity {
        if (id == null || id.isBlank() || version == null || version.isBlank()) {
            throw new IllegalArgumentException("a policy needs an id and a version");
        }
    }
}
