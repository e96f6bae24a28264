package ai.datafog.bootstrap;

import ai.datafog.edgetest.TestRoutes;

/** The production start-up path plus the test routes, for the process-level SIGTERM test. */
public final class SigtermTestMain {

    private SigtermTestMain() {
    }

    public static void main(String[] args) {
        DatafogConfig config = DatafogConfig.load(System::getenv);
        DatafogApplication.application(config, DatafogApplication.class, TestRoutes.class).run(args);
    }
}
