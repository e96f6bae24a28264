package ai.datafog.application.port.in;

import ai.datafog.domain.policy.PolicyIdentity;

/** Tells which policy, in which version, is in force ({@code GET /v1/policy/version}). */
public interface GetPolicyVersionUseCase {

    PolicyIdentity currentVersion();
}
