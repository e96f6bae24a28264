package ai.datafog.bootstrap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The SPEC §2 rules, parameterised by the root package so a fixture can prove each rule bites. */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static ArchRule domainDependsOnNothingButTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java..", "javax.crypto..")
                .as("domain depends on nothing but the JDK")
                .allowEmptyShould(false);
    }

    static ArchRule applicationDependsOnDomainOnly(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(root + ".application..", root + ".domain..", "java..", "javax.crypto..")
                .as("application depends on domain and the JDK only")
                .allowEmptyShould(false);
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.(*)..")
                .should().notDependOnEachOther()
                .as("adapters never depend on each other")
                .allowEmptyShould(false);
    }

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*).(*)..")
                .should().beFreeOfCycles()
                .as("there are no cycles between feature packages")
                .allowEmptyShould(false);
    }

    static ArchRule springStaysInAdaptersAndBootstrap(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..",
                        "tools.jackson..", "com.fasterxml..", "jakarta..", "javax.sql..", "lombok..")
                .as("frameworks (Spring, Reactor, Jackson, JDBC, Jakarta) stay in adapters and bootstrap")
                .allowEmptyShould(false);
    }

    static ArchRule domainAndApplicationCarryNoFrameworkAnnotations(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().beAnnotatedWith(DescribedPredicate.describe("an annotation from outside the JDK",
                        annotation -> !annotation.getRawType().getPackageName().startsWith("java.")))
                .as("domain and application carry no framework annotations")
                .allowEmptyShould(false);
    }
}
