package ai.datafog.domain.detection;

import ai.datafog.domain.detection.ner.NamedEntityDetector;
import ai.datafog.domain.detection.structured.CreditCardDetector;
import ai.datafog.domain.detection.structured.DateDetector;
import ai.datafog.domain.detection.structured.EmailDetector;
import ai.datafog.domain.detection.structured.IbanDetector;
import ai.datafog.domain.detection.structured.IpAddressDetector;
import ai.datafog.domain.detection.structured.KnownSecretDetector;
import ai.datafog.domain.detection.structured.MacAddressDetector;
import ai.datafog.domain.detection.structured.PhoneDetector;
import ai.datafog.domain.detection.structured.PrivateKeyBlockDetector;
import ai.datafog.domain.detection.structured.SecretAssignmentDetector;
import ai.datafog.domain.detection.structured.SsnDetector;
import ai.datafog.domain.detection.structured.UrlDetector;
import ai.datafog.domain.detection.structured.ZipCodeDetector;

import java.util.ArrayList;
import java.util.List;

/** The one list of detectors the engine runs: adding a detector is one class plus one line here. */
public final class DetectorRegistry {

    private final List<Detector> detectors;

    private DetectorRegistry(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** Every detector of SPEC §5; the name/organization/location detector only when {@code nerEnabled}. */
    public static DetectorRegistry standard(boolean nerEnabled) {
        List<Detector> detectors = new ArrayList<>(List.of(
                new EmailDetector(),
                new UrlDetector(),
                new PhoneDetector(),
                new SsnDetector(),
                new CreditCardDetector(),
                new IbanDetector(),
                new KnownSecretDetector(),
                new PrivateKeyBlockDetector(),
                new SecretAssignmentDetector(),
                new IpAddressDetector(),
                new MacAddressDetector(),
                new DateDetector(),
                new ZipCodeDetector()));
        if (nerEnabled) {
            detectors.add(new NamedEntityDetector());
        }
        return new DetectorRegistry(detectors);
    }

    public List<Detector> detectors() {
        return detectors;
    }
}
