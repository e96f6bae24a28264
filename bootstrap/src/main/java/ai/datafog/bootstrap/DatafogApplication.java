package ai.datafog.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.HashMap;
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
        application.setDefaultProperties(defaultProperties(config));
        application.run(args);
    }

    /** Spring properties derived from the configuration: listen address, shutdown drain, log format. */
    static Map<String, Object> defaultProperties(DatafogConfig config) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.address", config.host());
        properties.put("server.port", String.valueOf(config.port()));
        properties.put("spring.lifecycle.timeout-per-shutdown-phase", config.shutdownTimeout().toMillis() + "ms");
        if (config.jsonLogs()) {
            properties.put("logging.structured.format.console", "logstash");
        }
        return properties;
    }
}
