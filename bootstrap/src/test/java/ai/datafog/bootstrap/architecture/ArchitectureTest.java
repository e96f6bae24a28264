package ai.datafog.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The production code keeps the SPEC §2 architecture")
class ArchitectureTest {

    private static final String ROOT = "ai.datafog";
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
    }

    @Test
    @DisplayName("every package a rule speaks of exists, so no rule passes by matching nothing")
    void rulesTargetRealPackages() {
        assertThat(production.stream().map(c -> c.getPackageName()))
                .anyMatch(p -> p.startsWith(ROOT + ".domain"))
                .anyMatch(p -> p.startsWith(ROOT + ".application"))
                .anyMatch(p -> p.startsWith(ROOT + ".adapter.http"))
                .anyMatch(p -> p.startsWith(ROOT + ".adapter.jdbc"))
                .anyMatch(p -> p.startsWith(ROOT + ".bootstrap"));
    }

    @Test
    @DisplayName("domain depends on nothing but the JDK")
    void domainIsPlainJava() {
        ArchitectureRules.domainDependsOnNothingButTheJdk(ROOT).check(production);
    }

    @Test
    @DisplayName("application depends on domain and the JDK only")
    void applicationDependsOnDomainOnly() {
        ArchitectureRules.applicationDependsOnDomainOnly(ROOT).check(production);
    }

    @Test
    @DisplayName("adapters never depend on each other")
    void adaptersAreIndependent() {
        ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT).check(production);
    }

    @Test
    @DisplayName("there are no cycles between feature packages")
    void noCycles() {
        ArchitectureRules.noPackageCycles(ROOT).check(production);
    }

    @Test
    @DisplayName("frameworks stay in adapters and bootstrap")
    void frameworksStayOutOfTheCore() {
        ArchitectureRules.springStaysInAdaptersAndBootstrap(ROOT).check(production);
    }

    @Test
    @DisplayName("domain and application carry no framework annotations")
    void noFrameworkAnnotationsInTheCore() {
        ArchitectureRules.domainAndApplicationCarryNoFrameworkAnnotations(ROOT).check(production);
    }
}
