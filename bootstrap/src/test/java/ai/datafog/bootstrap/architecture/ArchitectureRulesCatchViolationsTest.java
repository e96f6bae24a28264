package ai.datafog.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Each architecture rule fails on a fixture that breaks it")
class ArchitectureRulesCatchViolationsTest {

    private static final String FIXTURE = "ai.datafog.bootstrap.architecture.fixture";
    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    private static void assertCaught(Function<String, ArchRule> rule, String offender) {
        assertThatThrownBy(() -> rule.apply(FIXTURE).check(FIXTURE_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(offender);
    }

    @Test
    @DisplayName("a domain class using Spring breaks 'domain depends on nothing but the JDK'")
    void domainRuleBites() {
        assertCaught(ArchitectureRules::domainDependsOnNothingButTheJdk, "LeakyDomainType");
    }

    @Test
    @DisplayName("an application class using an adapter breaks 'application depends on domain only'")
    void applicationRuleBites() {
        assertCaught(ArchitectureRules::applicationDependsOnDomainOnly, "LeakyService");
    }

    @Test
    @DisplayName("an HTTP adapter using the JDBC adapter breaks 'adapters never depend on each other'")
    void adapterRuleBites() {
        assertCaught(ArchitectureRules::adaptersDoNotDependOnEachOther, "SomeController");
    }

    @Test
    @DisplayName("two adapters using each other break 'no cycles'")
    void cycleRuleBites() {
        assertCaught(ArchitectureRules::noPackageCycles, "SomeRepository");
    }

    @Test
    @DisplayName("Spring in the domain breaks 'frameworks stay in adapters and bootstrap'")
    void frameworkRuleBites() {
        assertCaught(ArchitectureRules::springStaysInAdaptersAndBootstrap, "LeakyDomainType");
    }

    @Test
    @DisplayName("a Spring annotation in the domain breaks 'no framework annotations'")
    void annotationRuleBites() {
        assertCaught(ArchitectureRules::domainAndApplicationCarryNoFrameworkAnnotations, "LeakyDomainType");
    }
}
