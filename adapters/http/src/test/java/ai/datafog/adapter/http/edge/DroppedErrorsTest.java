package ai.datafog.adapter.http.edge;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Errors dropped after a cancelled request are logged by class only")
class DroppedErrorsTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(DroppedErrors.class);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    @BeforeEach
    void capture() {
        logger.setLevel(Level.DEBUG);
        events.start();
        logger.addAppender(events);
    }

    @AfterEach
    void release() {
        logger.detachAppender(events);
        logger.setLevel(null);
    }

    @Test
    @DisplayName("a cancellation is a DEBUG line; any other error a WARN naming its class and its causes' classes, never a message")
    void logsClassOnly() {
        DroppedErrors.log(new CancellationException("canary-4111111111111111"));
        DroppedErrors.log(new IllegalStateException("canary-4111111111111111",
                new java.io.UncheckedIOException("canary-4111111111111111", new java.io.IOException("canary-4111111111111111"))));

        assertThat(events.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.DEBUG, Level.WARN);
        assertThat(events.list.get(1).getFormattedMessage()).as("the classes of the error and its causes")
                .endsWith("java.lang.IllegalStateException <- java.io.UncheckedIOException <- java.io.IOException");
        assertThat(events.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain("canary");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }
}
