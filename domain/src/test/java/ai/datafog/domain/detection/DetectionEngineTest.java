package ai.datafog.domain.detection;

import ai.datafog.domain.detection.scan.ScanText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("DetectionEngine resolves overlaps, boosts by context, filters and reports code point offsets")
class DetectionEngineTest {

    private static Detector fixed(Candidate... candidates) {
        return new Detector() {
            @Override
            public Set<EntityType> types() {
                return Set.of(EntityType.values());
            }

            @Override
            public List<Candidate> detect(ScanText text) {
                return List.of(candidates);
            }
        };
    }

    private static String summary(List<Finding> findings) {
        return String.join(" ", findings.stream().map(f -> f.type() + ":" + f.start() + "-" + f.end()).toList());
    }

    private final String plain = "0123456789abcdefghijklmnopqrstuvwxyz";

    @Test
    @DisplayName("of two overlapping candidates the higher confidence wins")
    void higherConfidenceWins() {
        DetectionEngine engine = new DetectionEngine(List.of(fixed(
                new Candidate(EntityType.PHONE, 2, 12, 0.6), new Candidate(EntityType.CREDIT_CARD, 0, 8, 0.7))));
        assertThat(summary(engine.detect(plain))).isEqualTo("credit_card:0-8");
    }

    @Test
    @DisplayName("equal confidence goes to the longer span")
    void tieGoesToLongerSpan() {
        DetectionEngine engine = new DetectionEngine(List.of(fixed(
                new Candidate(EntityType.ZIP_CODE, 4, 9, 0.8), new Candidate(EntityType.PHONE, 0, 12, 0.8))));
        assertThat(summary(engine.detect(plain))).isEqualTo("phone:0-12");
    }

    @Test
    @DisplayName("equal confidence and length goes to the earlier start")
    void thenEarlierStart() {
        DetectionEngine engine = new DetectionEngine(List.of(fixed(
                new Candidate(EntityType.DATE, 3, 8, 0.8), new Candidate(EntityType.PHONE, 1, 6, 0.8))));
        assertThat(summary(engine.detect(plain))).isEqualTo("phone:1-6");
    }

    @Test
    @DisplayName("a loser is only dropped for a winner it overlaps: chains keep the non-overlapping ends")
    void chainsKeepDisjointCandidates() {
        DetectionEngine engine = new DetectionEngine(List.of(fixed(
                new Candidate(EntityType.EMAIL, 5, 10, 0.9),
                new Candidate(EntityType.URL, 0, 6, 0.5),
                new Candidate(EntityType.DATE, 9, 20, 0.5),
                new Candidate(EntityType.IBAN, 20, 25, 0.1))));
        assertThat(summary(engine.detect(plain))).isEqualTo("email:5-10 iban:20-25");
    }

    @Test
    @DisplayName("the result does not depend on detector order")
    void independentOfDetectorOrder() {
        Detector a = fixed(new Candidate(EntityType.PHONE, 0, 5, 0.8), new Candidate(EntityType.SSN, 10, 15, 0.5));
        Detector b = fixed(new Candidate(EntityType.DATE, 0, 5, 0.8), new Candidate(EntityType.ZIP_CODE, 12, 17, 0.5));
        List<Finding> ab = new DetectionEngine(List.of(a, b)).detect(plain);
        List<Finding> ba = new DetectionEngine(List.of(b, a)).detect(plain);
        assertThat(ab).isEqualTo(ba);
        assertThat(summary(ab)).isEqualTo("date:0-5 ssn:10-15");
    }

    @Test
    @DisplayName("offsets count code points: an emoji or astral char before a finding counts once")
    void codePointOffsets() {
        DetectionEngine engine = DetectionEngine.of(DetectorRegistry.standard(false));
        String text = "😀 𝄞 héllo mail ann@example.org and 😀 call 415-555-0132";
        List<Finding> findings = engine.detect(text);
        assertThat(findings).extracting(Finding::type).containsExactly(EntityType.EMAIL, EntityType.PHONE);
        int[] codePoints = text.codePoints().toArray();
        for (Finding f : findings) {
            assertThat(new String(codePoints, f.start(), f.end() - f.start())).isEqualTo(f.value());
        }
        assertThat(findings.get(0).start()).isEqualTo(15);
    }

    @Test
    @DisplayName("context words raise confidence; min_confidence drops what stays weak")
    void contextBoostAndMinConfidence() {
        DetectionEngine engine = DetectionEngine.of(DetectorRegistry.standard(false));
        double plainDate = engine.detect("on 03/15/1985 we met").get(0).confidence().value();
        double dob = engine.detect("DOB: 03/15/1985").get(0).confidence().value();
        assertThat(dob).isGreaterThan(plainDate);
        assertThat(engine.detect("on 03/15/1985 we met", Set.of(), plainDate + 0.01)).isEmpty();
        assertThat(engine.detect("DOB: 03/15/1985", Set.of(), plainDate + 0.01)).hasSize(1);
    }

    @Test
    @DisplayName("entity_types filters after overlap resolution: no phone surfaces from inside a card")
    void typeFilterAfterResolution() {
        DetectionEngine engine = DetectionEngine.of(DetectorRegistry.standard(false));
        String text = "card 4111-1111-1111-1111 and ann@example.org";
        assertThat(engine.detect(text, Set.of(EntityType.PHONE), 0)).isEmpty();
        assertThat(engine.detect(text, Set.of(EntityType.EMAIL), 0)).extracting(Finding::value)
                .containsExactly("ann@example.org");
    }

    @Test
    @DisplayName("findings never overlap and come sorted by start; the same text gives the same findings; a secret in a URL wins over the URL")
    void deterministicAndDisjoint() {
        DetectionEngine engine = DetectionEngine.of(DetectorRegistry.standard(false));
        String text = "ssn 123-45-6789 ip 10.0.0.1 https://x.example.com/?token=Ab12Cd34Ef56 dob 1985-03-15 "
                + "Springfield, IL 62704 +44 20 7946 0958 mac 00:1a:2b:3c:4d:5e iban DE89370400440532013000";
        List<Finding> first = engine.detect(text);
        assertThat(engine.detect(text)).isEqualTo(first);
        assertThat(first).extracting(Finding::type).containsExactly(EntityType.SSN, EntityType.IP_ADDRESS,
                EntityType.API_KEY, EntityType.DATE, EntityType.ZIP_CODE, EntityType.PHONE, EntityType.MAC_ADDRESS,
                EntityType.IBAN);
        for (int k = 1; k < first.size(); k++) {
            assertThat(first.get(k).start()).isGreaterThanOrEqualTo(first.get(k - 1).end());
        }
    }

    @Test
    @DisplayName("the standard registry covers every structured type and leaves NER to its own detector")
    void registryCoversStructuredTypes() {
        Set<EntityType> supported = DetectionEngine.of(DetectorRegistry.standard(false)).supportedTypes();
        assertThat(supported).containsExactlyInAnyOrder(EntityType.EMAIL, EntityType.PHONE, EntityType.SSN,
                EntityType.CREDIT_CARD, EntityType.IBAN, EntityType.API_KEY, EntityType.IP_ADDRESS, EntityType.DATE,
                EntityType.ZIP_CODE, EntityType.MAC_ADDRESS, EntityType.URL);
    }

    @Test
    @DisplayName("Finding.toString never shows the value")
    void findingsDoNotPrintValues() {
        DetectionEngine engine = DetectionEngine.of(DetectorRegistry.standard(false));
        Finding finding = engine.detect("canary-ssn 078-05-1121").get(0);
        assertThat(finding.toString()).doesNotContain("078-05-1121");
    }

    @Test
    @DisplayName("a scan on an interrupted thread stops before its next detector and leaves the interrupt set")
    void interruptedScanStops() {
        List<String> ran = new ArrayList<>();
        Detector interrupting = recording("first", ran, () -> Thread.currentThread().interrupt());
        Detector second = recording("second", ran, () -> { });
        try {
            assertThatThrownBy(() -> new DetectionEngine(List.of(interrupting, second)).detect("canary@example.com"))
                    .isInstanceOf(CancellationException.class)
                    .hasMessage("detection interrupted");
            assertThat(ran).containsExactly("first");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(new DetectionEngine(List.of(second)).detect("x")).as("a thread no longer interrupted scans again").isEmpty();
    }

    private static Detector recording(String name, List<String> ran, Runnable effect) {
        return new Detector() {
            @Override
            public Set<EntityType> types() {
                return Set.of(EntityType.EMAIL);
            }

            @Override
            public List<Candidate> detect(ScanText text) {
                ran.add(name);
                effect.run();
                return List.of();
            }
        };
    }
}
