package ai.datafog.adapter.http.scan;

import ai.datafog.adapter.http.FindingValues;
import ai.datafog.domain.detection.Finding;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The body of a successful {@code POST /v1/scan} (SPEC §4.2). */
record ScanResponse(@JsonProperty("request_id") String requestId,
                    @JsonProperty("trace_id") String traceId,
                    List<FindingBody> findings) {

    static ScanResponse from(String requestId, String traceId, List<Finding> findings, ScanSettings settings) {
        return new ScanResponse(requestId, traceId,
                findings.stream().map(f -> FindingBody.from(f, settings)).toList());
    }

    /** One finding; {@code value} is shown, masked or left out as {@code DATAFOG_FINDING_VALUES} says. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FindingBody(@JsonProperty("entity_type") String entityType,
                       String value,
                       int start,
                       int end,
                       double confidence) {

        static FindingBody from(Finding finding, ScanSettings settings) {
            return new FindingBody(finding.type().wireName(), shown(finding, settings),
                    finding.start(), finding.end(), finding.confidence().value());
        }

        private static String shown(Finding finding, ScanSettings settings) {
            FindingValues mode = settings.findingValues();
            return switch (mode) {
                case INCLUDE -> finding.value();
                case MASK -> settings.maskChar().repeat(finding.span().length());
                case OMIT -> null;
            };
        }
    }
}
