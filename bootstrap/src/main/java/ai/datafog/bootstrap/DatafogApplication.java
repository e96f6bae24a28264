package ai.datafog.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Map;

/** Starts datafog-api: validates the configuration first, then starts Spring with it. */
@SpringBootApplication(scanBasePackages = {"ai.datafog.bootstrap", "ai.datafog.adapter.http"})
public class DatafogApplication {

    static final int CONFIG_ERROR_EXIT_CODE = 2;

    public static void main(String[] args) {
        DatafogConfig config;
        try {
            config = DatafogConfig.load(System::getenv);
            PolicyWiring.requireLoadablePolicy(config);
        } catch (ConfigException invalid) {
            System.err.println("datafog-api: invalid configuration: " + invalid.getMessage());
            System.exit(CONFIG_ERROR_EXIT_CODE);
            return;
        }
        SpringApplication application = new SpringApplication(DatafogApplication.class);
        application.setDefaultProperties(Map.of(
                "server.address", config.host(),
                "server.port", String.valueOf(config.port())));
        application.run(args);
    }
}
