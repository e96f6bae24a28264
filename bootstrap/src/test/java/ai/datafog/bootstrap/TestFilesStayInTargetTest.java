package ai.datafog.bootstrap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.attribute.FileAttribute;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The module's tests create their files under target/, not in the system temp directory")
class TestFilesStayInTargetTest {

    @Test
    @DisplayName("no test but TestFiles and the read-only start test creates a file or directory in the system temp directory")
    void onlyTestFilesCreatesTemporaryFiles() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("ai.datafog.bootstrap");
        assertThat(tests.contain(ApiTestSupport.class)).as("the module's test classes are imported").isTrue();

        noClasses().that().doNotBelongToAnyOf(TestFiles.class, ReadOnlyFilesystemStartTest.class)
                .should().callMethod(Files.class, "createTempDirectory", String.class, FileAttribute[].class)
                .orShould().callMethod(Files.class, "createTempFile", String.class, String.class, FileAttribute[].class)
                .orShould().callMethod(File.class, "createTempFile", String.class, String.class)
                .because("files in the system temp directory outlive the build; TestFiles puts them under target/")
                .check(tests);
    }
}
