package ai.datafog.adapter.http;

import ai.datafog.domain.detection.Finding;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A finding on the wire; its {@code value} is included, masked or omitted per {@code DATAFOG_FINDING_VALUES}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FindingJson(@JsonProperty("entity_type") String entityType, String value, int start, int end,
                          double confidence) {

    public static FindingJson from(Finding finding, HttpSettings settings) {
        String shown = switch (settings.findingValues()) {
            case INCLUDE -> finding.value();
            case MASK -> settings.maskChar().repeat(finding.span().length());
            case OMIT -> null;
        };
        return new FindingJson(finding.type().wireName(), shown, finding.start(), finding.end(),
                finding.confidence().value());
    }
}
