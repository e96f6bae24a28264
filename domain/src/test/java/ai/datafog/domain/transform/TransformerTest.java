package ai.datafog.domain.transform;

import ai.datafog.domain.crypto.Digests;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ai.datafog.domain.detection.EntityType.EMAIL;
import static ai.datafog.domain.detection.EntityType.PHONE;
import static ai.datafog.domain.detection.EntityType.SSN;
import static ai.datafog.domain.transform.TextFindings.findingOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Transforms rewrite findings by mode (SPEC §7)")
class TransformerTest {

    private static final String EMAIL_VALUE = "alice@example.com";
    private static final Digests KEYED = Digests.keyed("test-key".getBytes(StandardCharsets.UTF_8));
    private final Transformer transformer = new Transformer(KEYED, "*");

    private TransformResult apply(String text, TransformMode mode, Finding... findings) {
        return transformer.apply(text, List.of(findings), ModeSelection.everything(mode));
    }

    @Test
    @DisplayName("mask replaces each code point with the mask character")
    void mask() {
        String text = "mail " + EMAIL_VALUE + " now";

        assertThat(apply(text, TransformMode.MASK, findingOf(text, EMAIL, EMAIL_VALUE)).output())
                .isEqualTo("mail ***************** now");
    }

    @Test
    @DisplayName("mask keeps the length in code points, also for characters outside the BMP and a non-ASCII mask character")
    void maskCountsCodePoints() {
        String text = "😀 name: Zoë😀x end";
        Transformer withBullet = new Transformer(KEYED, "🔒");

        TransformResult result = withBullet.apply(text, List.of(findingOf(text, EntityType.PERSON, "Zoë😀x")),
                ModeSelection.everything(TransformMode.MASK));

        assertThat(result.output()).isEqualTo("😀 name: 🔒🔒🔒🔒🔒 end");
    }

    @Test
    @DisplayName("redact replaces the value with [REDACTED]")
    void redact() {
        String text = "to " + EMAIL_VALUE;

        assertThat(apply(text, TransformMode.REDACT, findingOf(text, EMAIL, EMAIL_VALUE)).output()).isEqualTo("to [REDACTED]");
    }

    @Test
    @DisplayName("tokenize gives TOK- and 8 hex digits, stable per value, different per value and per key")
    void tokenize() {
        String text = EMAIL_VALUE + " " + EMAIL_VALUE + " bob@example.com";
        Finding first = findingOf(text, EMAIL, EMAIL_VALUE);
        Finding second = findingOf(text, EMAIL, EMAIL_VALUE, 1);
        Finding bob = findingOf(text, EMAIL, "bob@example.com");

        String[] tokens = apply(text, TransformMode.TOKENIZE, first, second, bob).output().split(" ");
        String otherKey = new Transformer(Digests.randomlyKeyed(new SecureRandom()), "*")
                .apply(text, List.of(first), ModeSelection.everything(TransformMode.TOKENIZE)).output().split(" ")[0];

        assertThat(tokens[0]).matches("TOK-[0-9a-f]{8}").isEqualTo(tokens[1]).isNotEqualTo(tokens[2]);
        assertThat(tokens[2]).matches("TOK-[0-9a-f]{8}");
        assertThat(otherKey).matches("TOK-[0-9a-f]{8}").isNotEqualTo(tokens[0]);
    }

    @Test
    @DisplayName("anonymize gives anon- and 8 hex digits, stable per value and unlinkable to the token of the same value")
    void anonymize() {
        String text = EMAIL_VALUE;
        Finding finding = findingOf(text, EMAIL, EMAIL_VALUE);

        String anonymized = apply(text, TransformMode.ANONYMIZE, finding).output();
        String tokenized = apply(text, TransformMode.TOKENIZE, finding).output();

        assertThat(anonymized).matches("anon-[0-9a-f]{8}").isEqualTo(apply(text, TransformMode.ANONYMIZE, finding).output());
        assertThat(anonymized.substring(5)).isNotEqualTo(tokenized.substring(4));
    }

    @Test
    @DisplayName("hash is the hex HMAC-SHA256 of the value under the configured key (RFC 4231-style known vector)")
    void hashIsHmacSha256() {
        String value = "The quick brown fox jumps over the lazy dog";
        Transformer withKey = new Transformer(Digests.keyed("key".getBytes(StandardCharsets.UTF_8)), "*");

        String output = withKey.apply(value, List.of(findingOf(value, EntityType.PERSON, value)),
                ModeSelection.everything(TransformMode.HASH)).output();

        assertThat(output).isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    @DisplayName("replace numbers distinct values per type in order of first appearance")
    void replaceNumbersPerDistinctValue() {
        String text = "a@x.io, b@y.io, a@x.io, 555-0100, c@z.io, 555-0199";
        List<Finding> findings = List.of(
                findingOf(text, EMAIL, "a@x.io"), findingOf(text, EMAIL, "b@y.io"), findingOf(text, EMAIL, "a@x.io", 10),
                findingOf(text, PHONE, "555-0100"), findingOf(text, EMAIL, "c@z.io"), findingOf(text, PHONE, "555-0199"));

        List<Finding> reversed = new ArrayList<>(findings);
        Collections.reverse(reversed);

        TransformResult result = transformer.apply(text, reversed, ModeSelection.everything(TransformMode.REPLACE));

        assertThat(result.output()).isEqualTo("[EMAIL_1], [EMAIL_2], [EMAIL_1], [PHONE_1], [EMAIL_3], [PHONE_2]");
    }

    @Test
    @DisplayName("the result lists every change with type, mode and original span, and sorted distinct entity:mode pairs")
    void resultListsChanges() {
        String text = "ssn 123-45-6789 mail a@x.io call 555-0100 or b@y.io";
        ModeSelection modes = new ModeSelection(Map.of(EMAIL, TransformMode.MASK), Optional.of(TransformMode.TOKENIZE),
                TransformPlan.EMPTY);
        Finding ssn = findingOf(text, SSN, "123-45-6789");
        Finding a = findingOf(text, EMAIL, "a@x.io");
        Finding phone = findingOf(text, PHONE, "555-0100");
        Finding b = findingOf(text, EMAIL, "b@y.io");

        TransformResult result = transformer.apply(text, List.of(b, phone, ssn, a), modes);

        assertThat(result.entitiesTransformed()).isEqualTo(4);
        assertThat(result.modesApplied()).containsExactly("email:mask", "phone:tokenize", "ssn:tokenize");
        assertThat(result.applied()).containsExactly(
                new AppliedTransform(SSN, TransformMode.TOKENIZE, ssn.span()),
                new AppliedTransform(EMAIL, TransformMode.MASK, a.span()),
                new AppliedTransform(PHONE, TransformMode.TOKENIZE, phone.span()),
                new AppliedTransform(EMAIL, TransformMode.MASK, b.span()));
        assertThat(result.output()).startsWith("ssn TOK-").contains("mail ****** call TOK-").endsWith(" or ******");
        assertThat(result.toString()).doesNotContain("TOK-", "******");
    }

    @Test
    @DisplayName("a text without findings comes back unchanged with empty stats")
    void noFindings() {
        TransformResult result = apply("nothing here", TransformMode.MASK);

        assertThat(result.output()).isEqualTo("nothing here");
        assertThat(result.entitiesTransformed()).isZero();
        assertThat(result.modesApplied()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TransformMode.class)
    @DisplayName("no mode leaves the original value in the output")
    void noModeLeaksTheValue(TransformMode mode) {
        String text = "x CANARY-4f1c y";

        String output = apply(text, mode, findingOf(text, EntityType.API_KEY, "CANARY-4f1c")).output();

        assertThat(output).doesNotContain("CANARY-4f1c").startsWith("x ").endsWith(" y");
    }

    @Test
    @DisplayName("overlapping or out-of-range findings are a programming error, never a corrupted output")
    void refusesUnusableFindings() {
        String text = "a@x.io";
        Finding whole = findingOf(text, EMAIL, "a@x.io");
        Finding part = findingOf(text, EMAIL, "x.io");
        Finding beyond = findingOf(text + "zzz", EMAIL, "zzz");

        assertThatThrownBy(() -> apply(text, TransformMode.MASK, whole, part)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> apply(text, TransformMode.MASK, beyond)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the mask character must be exactly one code point")
    void maskCharIsOneCodePoint() {
        assertThatThrownBy(() -> new Transformer(KEYED, "**")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Transformer(KEYED, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Transformer(KEYED, "😀")).isNotNull();
    }
}
