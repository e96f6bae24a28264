package ai.datafog.adapter.http;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("JsonBody validates request fields and names the field, never its content")
class JsonBodyTest {

    private static JsonBody parse(String json) {
        return JsonBody.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{}                       | text is required",
            "{\"text\":null}          | text is required",
            "{\"text\":\"\"}          | text must not be empty",
            "{\"text\":5}             | text must be a string",
            "{\"text\":[\"secret\"]}  | text must be a string",
    })
    void requiredStringRejectsBadValues(String json, String message) {
        assertThatThrownBy(() -> parse(json).requiredString("text"))
                .isInstanceOf(ApiException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(ErrorCode.INVALID_REQUEST));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"text\":\"a\\ud800b\"}                                   | a string in the request body holds an unpaired UTF-16 surrogate; text must be valid Unicode",
            "{\"text\":\"end\\udbff\"}                                  | a string in the request body holds an unpaired UTF-16 surrogate; text must be valid Unicode",
            "{\"text\":\"\\udc00 first\"}                               | a string in the request body holds an unpaired UTF-16 surrogate; text must be valid Unicode",
            "{\"text\":\"\\ude00\\ud83d\"}                            | a string in the request body holds an unpaired UTF-16 surrogate; text must be valid Unicode",
            "{\"findings\":[{\"value\":\"ok\"},{\"value\":\"\\ud800\"}]} | a string in the request body holds an unpaired UTF-16 surrogate; text must be valid Unicode",
            "{\"action\":{\"args\":[\"\\udfff\"]}}                     | a string in the request body holds an unpaired UTF-16 surrogate; text must be valid Unicode",
            "{\"canary-4111111111111111\":\"\\ud800\"}                   | a string in the request body holds an unpaired UTF-16 surrogate; text must be valid Unicode",
            "{\"\\ud800\":1}                                             | malformed JSON",
            "{\"o\":{\"a\\udc00b\":\"v\"}}                                | malformed JSON",
    })
    @DisplayName("a string with an unpaired surrogate is refused, naming neither it nor the member that holds it")
    void unpairedSurrogatesAreRefused(String json, String message) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(ApiException.class)
                .hasMessage(message);
    }

    @Test
    @DisplayName("paired surrogates (an emoji, escaped or not) are ordinary text")
    void pairedSurrogatesPass() {
        assertThat(parse("{\"text\":\"\\ud83d\\ude00 and \uD83D\uDE00\"}").requiredString("text"))
                .isEqualTo("\uD83D\uDE00 and \uD83D\uDE00");
    }

    @Test
    @DisplayName("typed accessors read present values and treat null as absent")
    void typedAccessorsReadValues() {
        JsonBody body = parse("{\"a\":\"x\",\"n\":0.5,\"b\":true,\"l\":[\"p\",\"q\"],\"o\":{\"k\":\"v\"},\"z\":null}");
        assertThat(body.requiredString("a")).isEqualTo("x");
        assertThat(body.optionalNumber("n")).hasValue(0.5);
        assertThat(body.optionalBoolean("b")).contains(true);
        assertThat(body.optionalStringList("l")).contains(List.of("p", "q"));
        assertThat(body.requiredObject("o").requiredString("k")).isEqualTo("v");
        assertThat(body.optionalString("z")).isEmpty();
        assertThat(body.optionalNumber("missing")).isEmpty();
    }

    @Test
    @DisplayName("wrong types in optional fields are refused")
    void wrongTypesAreRefused() {
        JsonBody body = parse("{\"n\":\"1\",\"b\":\"yes\",\"l\":[1],\"o\":[]}");
        assertThatThrownBy(() -> body.optionalNumber("n")).hasMessage("n must be a number");
        assertThatThrownBy(() -> body.optionalBoolean("b")).hasMessage("b must be a boolean");
        assertThatThrownBy(() -> body.optionalStringList("l")).hasMessage("l must be an array of strings");
        assertThatThrownBy(() -> body.optionalObject("o")).hasMessage("o must be an object");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"n\":1e999999}",
            "{\"n\":-1e400}",
            "{\"n\":1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345}",
    })
    @DisplayName("numbers beyond the double range are refused as invalid, never an internal error")
    void hugeNumbersAreRefused(String json) {
        assertThatThrownBy(() -> parse(json).optionalNumber("n"))
                .isInstanceOf(ApiException.class)
                .hasMessage("n must be a finite number");
    }

    @Test
    @DisplayName("a string over its length limit is refused")
    void overLongStringIsRefused() {
        assertThatThrownBy(() -> parse("{\"k\":\"" + "a".repeat(201) + "\"}").optionalString("k", 200))
                .hasMessage("k must be at most 200 characters");
    }

    @Test
    @DisplayName("very deep nesting is refused as malformed rather than overflowing the stack")
    void deepNestingIsRefused() {
        String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThatThrownBy(() -> parse(deep)).isInstanceOf(ApiException.class).hasMessage("malformed JSON");
    }
}
