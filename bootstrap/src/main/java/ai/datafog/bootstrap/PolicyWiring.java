package ai.datafog.bootstrap;

import ai.datafog.adapter.policyfile.InvalidPolicyException;
import ai.datafog.adapter.policyfile.PolicyFiles;
import ai.datafog.adapter.policyfile.WatchedPolicyFile;
import ai.datafog.application.policy.PolicyService;
import ai.datafog.application.port.in.ScanTextUseCase;
import ai.datafog.application.port.out.CurrentPolicy;
import ai.datafog.application.transform.TransformService;
import ai.datafog.domain.policy.Policy;
import ai.datafog.domain.transform.Transformer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Duration;

/** Wires the policy in force (file or built-in, reloaded on change), policy evaluation and transforms. */
@Configuration(proxyBeanMethods = false)
class PolicyWiring {

    static final String POLICY_VARIABLE = "DATAFOG_POLICY_PATH";
    private static final Duration RELOAD_DEBOUNCE = Duration.ofMillis(250);
    /** How often the policy file is re-read whatever the watch reports (a replaced directory, a lost watch). */
    private static final Duration RELOAD_RECHECK = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(PolicyWiring.class);

    /** Fails with a {@link ConfigException} naming every problem when the configured policy cannot be used. */
    static Policy requireLoadablePolicy(DatafogConfig config) {
        try {
            return config.policyPath().map(PolicyFiles::load).orElseGet(PolicyFiles::builtIn);
        } catch (InvalidPolicyException invalid) {
            throw new ConfigException(POLICY_VARIABLE, invalid.getMessage());
        }
    }

    /** The configured file, watched for changes; else the built-in default policy. Closed on shutdown. */
    @Bean
    CurrentPolicy currentPolicy(DatafogConfig config) {
        if (config.policyPath().isEmpty()) {
            Policy builtIn = requireLoadablePolicy(config);
            log.info("using the built-in default policy {} version {}", builtIn.identity().id(), builtIn.identity().version());
            return () -> builtIn;
        }
        Path file = config.policyPath().get();
        try {
            return WatchedPolicyFile.open(file, RELOAD_DEBOUNCE, RELOAD_RECHECK, result -> { });
        } catch (InvalidPolicyException invalid) {
            throw new ConfigException(POLICY_VARIABLE, invalid.getMessage());
        }
    }

    @Bean
    PolicyService policyService(CurrentPolicy currentPolicy) {
        return new PolicyService(currentPolicy);
    }

    /** Tokens and hashes are keyed by DATAFOG_RECEIPT_HASH_KEY; without it, by a key that dies with the process. */
    @Bean
    Transformer transformer(DigestKeys digestKeys, DatafogConfig config) {
        return new Transformer(digestKeys.values(), config.maskChar());
    }

    @Bean
    TransformService transformService(ScanTextUseCase scan, CurrentPolicy currentPolicy, Transformer transformer) {
        return new TransformService(scan, currentPolicy, transformer);
    }
}
