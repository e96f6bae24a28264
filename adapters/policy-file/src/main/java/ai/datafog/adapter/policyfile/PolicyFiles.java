package ai.datafog.adapter.policyfile;

import ai.datafog.domain.policy.Policy;
import ai.datafog.domain.policy.PolicyValidation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a policy from a file, or the built-in default policy shipped as a resource. */
public final class PolicyFiles {

    static final String BUILT_IN_RESOURCE = "default-policy.json";
    static final String BUILT_IN_NAME = "the built-in default policy";

    private PolicyFiles() {
    }

    /** The built-in default policy (SPEC §6, docs/policy.md). */
    public static Policy builtIn() {
        try (InputStream in = PolicyFiles.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + BUILT_IN_RESOURCE + " is missing from the build");
            }
            return require(BUILT_IN_NAME, PolicyJson.parse(in.readAllBytes()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The policy in {@code file}; an unreadable or invalid file is an {@link InvalidPolicyException}. */
    public static Policy load(Path file) {
        return require(describe(file), PolicyJson.parse(read(file)));
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException | SecurityException unreadable) {
            throw new InvalidPolicyException(describe(file), List.of("the file cannot be read"));
        }
    }

    static String describe(Path file) {
        return "policy file " + file.toAbsolutePath().normalize();
    }

    static Policy require(String source, PolicyValidation validation) {
        if (validation instanceof PolicyValidation.Invalid invalid) {
            throw new InvalidPolicyException(source, invalid.problems());
        }
        return ((PolicyValidation.Valid) validation).policy();
    }
}
