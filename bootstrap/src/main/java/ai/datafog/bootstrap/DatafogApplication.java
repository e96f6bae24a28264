package ai.datafog.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/** Starts datafog-api: validates the configuration first, then starts Spring with it. */
@SpringBootApplication(scanBasePackages = {"ai.datafog.bootstrap", "ai.datafog.adapter.http"})
public class DatafogApplication {

    static final int CONFIG_ERROR_EXIT_CODE = 2;
    static final int START_FAILURE_EXIT_CODE = 1;
    static final String PINNED_SOURCE = "datafog-config";

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
        try {
            application(config, DatafogApplication.class).run(args);
        } catch (RuntimeException failedToStart) {
            // Spring has reported why (port taken, database unreachable, ...); no thread a half-started
            // context left behind may keep a failed process running.
            System.exit(START_FAILURE_EXIT_CODE);
        }
    }

    /**
     * The Spring application for {@code sources} under {@code config}. The listen address and port
     * (the actuator's included) and the graceful shutdown drain come from DATAFOG_* only: they are put
     * ahead of every other property source, so {@code SERVER_ADDRESS}, {@code MANAGEMENT_SERVER_PORT},
     * {@code SERVER_SHUTDOWN}, {@code -Dserver.port}, {@code --server.address} or an application.properties
     * beside the jar cannot open a listener past the loopback check DATAFOG_ADDR went through.
     */
    static SpringApplication application(DatafogConfig config, Class<?>... sources) {
        SpringApplication application = new SpringApplication(sources);
        application.setDefaultProperties(defaultProperties(config));
        application.addInitializers(context -> pin(context.getEnvironment(), config));
        return application;
    }

    /** Puts the configuration's own Spring properties ahead of every other source in {@code environment}. */
    static void pin(ConfigurableEnvironment environment, DatafogConfig config) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.address", config.host());
        properties.put("server.port", String.valueOf(config.port()));
        // The actuator stays on the one listener (a port of its own would bind every interface, outside the
        // edge); with it, a MANAGEMENT_SERVER_ADDRESS set elsewhere stops start-up (Spring refuses it).
        properties.put("management.server.port", String.valueOf(config.port()));
        properties.put("server.shutdown", "graceful");
        properties.put("spring.lifecycle.timeout-per-shutdown-phase", config.shutdownTimeout().toMillis() + "ms");
        environment.getPropertySources().addFirst(new MapPropertySource(PINNED_SOURCE, properties));
    }

    /**
     * Defaults an operator may override with Spring's own settings: the log format (read before any
     * initializer runs, so it cannot be pinned, and it decides nothing about exposure).
     */
    static Map<String, Object> defaultProperties(DatafogConfig config) {
        Map<String, Object> properties = new HashMap<>();
        if (config.jsonLogs()) {
            properties.put("logging.structured.format.console", "logstash");
        }
        return properties;
    }
}
