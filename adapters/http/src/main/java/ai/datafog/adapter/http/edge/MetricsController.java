package ai.datafog.adapter.http.edge;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** {@code GET /metrics}: request counters since start (SPEC §4.2); Prometheus format is at {@code /actuator/prometheus}. */
@RestController
public class MetricsController {

    private final RequestStats stats;

    public MetricsController(RequestStats stats) {
        this.stats = stats;
    }

    @GetMapping("/metrics")
    public MetricsResponse metrics() {
        return MetricsResponse.from(stats.snapshot());
    }

    /** The body of {@code GET /metrics}; paths are route templates, unknown routes count as {@code /_not_found}. */
    public record MetricsResponse(
            @JsonProperty("total_requests") long totalRequests,
            @JsonProperty("error_requests") long errorRequests,
            @JsonProperty("by_status") Map<String, Long> byStatus,
            @JsonProperty("by_path") Map<String, Long> byPath,
            @JsonProperty("by_method") Map<String, Long> byMethod,
            @JsonProperty("started_at") String startedAt,
            @JsonProperty("uptime_seconds") long uptimeSeconds) {

        public MetricsResponse {
            byStatus = Map.copyOf(byStatus);
            byPath = Map.copyOf(byPath);
            byMethod = Map.copyOf(byMethod);
        }


        static MetricsResponse from(RequestStats.Snapshot snapshot) {
            return new MetricsResponse(snapshot.totalRequests(), snapshot.errorRequests(), snapshot.byStatus(),
                    snapshot.byPath(), snapshot.byMethod(), snapshot.startedAt().toString(), snapshot.uptimeSeconds());
        }
    }
}
