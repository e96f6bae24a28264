package ai.datafog.bootstrap;

import ai.datafog.edgetest.TestRoutes;
import org.springframework.boot.SpringApplication;

/** The production start-up path plus the test routes, for the process-level SIGTERM test. */
public final class SigtermTestMain {

    private SigtermTestMain() {
    }

    public static void main(String[] args) {
        DatafogConfig config = DatafogConfig.load(System::getenv);
        SpringApplication application = new SpringApplication(DatafogApplication.class, TestRoutes.class);
        application.setDefaultProperties(DatafogApplication.defaultProperties(config));
        application.run(args);
    }
}
