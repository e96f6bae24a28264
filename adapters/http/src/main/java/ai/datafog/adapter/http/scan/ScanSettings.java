package ai.datafog.adapter.http.scan;

import ai.datafog.adapter.http.FindingValues;

import java.util.Objects;

/** How {@code /v1/scan} shows finding values ({@code DATAFOG_FINDING_VALUES}) and the mask character. */
public record ScanSettings(FindingValues findingValues, String maskChar) {

    public ScanSettings {
        Objects.requireNonNull(findingValues, "findingValues");
        if (maskChar == null || maskChar.codePointCount(0, maskChar.length()) != 1) {
            throw new IllegalArgumentException("maskChar must be exactly one character");
        }
    }
}
