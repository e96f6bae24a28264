package ai.datafog.application.port.out;

import ai.datafog.domain.policy.Policy;

/** The policy in force right now; it may be replaced at any time by a reload, never by a half-valid one. */
public interface CurrentPolicy {

    /** A consistent snapshot: use one snapshot for everything one request decides. */
    Policy current();
}
