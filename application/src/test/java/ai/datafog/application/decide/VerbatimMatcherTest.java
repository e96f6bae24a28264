package ai.datafog.application.decide;

import ai.datafog.application.decide.VerbatimMatcher.Match;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The verbatim matcher reports, at every position where known strings end, the longest of them")
class VerbatimMatcherTest {

    @Test
    @DisplayName("overlapping and nested strings: the longest ending at each position")
    void overlapping() {
        VerbatimMatcher matcher = new VerbatimMatcher(List.of("he", "she", "his", "hers"));

        assertThat(matcher.longestMatches("ushers")).containsExactly(new Match(1, 4), new Match(2, 6));
        assertThat(matcher.longestMatches("ahishe")).containsExactly(new Match(1, 4), new Match(3, 6));
    }

    @Test
    @DisplayName("a string repeated back to back is found at every end, so merged spans cover the whole run")
    void repeated() {
        assertThat(new VerbatimMatcher(List.of("aaa")).longestMatches("aaaaa"))
                .containsExactly(new Match(0, 3), new Match(1, 4), new Match(2, 5));
    }

    @Test
    @DisplayName("no strings, an empty string, or a text without them: no match")
    void nothing() {
        assertThat(new VerbatimMatcher(List.of()).longestMatches("anything")).isEmpty();
        assertThat(new VerbatimMatcher(List.of("")).longestMatches("anything")).isEmpty();
        assertThat(new VerbatimMatcher(List.of("xyz")).longestMatches("")).isEmpty();
        assertThat(new VerbatimMatcher(List.of("xyz")).longestMatches("xy-yz")).isEmpty();
    }

    @Test
    @DisplayName("agrees with a naive search on 2,000 random texts and string sets over a small alphabet")
    void agreesWithNaiveSearch() {
        Random random = new Random(20261129);
        for (int round = 0; round < 2_000; round++) {
            Set<String> strings = new LinkedHashSet<>();
            for (int i = random.nextInt(6); i >= 0; i--) {
                strings.add(randomText(random, 1 + random.nextInt(4)));
            }
            String text = randomText(random, random.nextInt(40));

            assertThat(new VerbatimMatcher(strings).longestMatches(text)).as("%s in %s", strings, text)
                    .isEqualTo(naive(strings, text));
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("ab\\u00e9\\uD83D\\uDE00".charAt(random.nextInt(5)));
        }
        return text.toString();
    }

    private static List<Match> naive(Set<String> strings, String text) {
        List<Match> matches = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            int longest = 0;
            for (String string : strings) {
                if (string.length() > longest && text.startsWith(string, end - string.length()) && end - string.length() >= 0) {
                    longest = string.length();
                }
            }
            if (longest > 0) {
                matches.add(new Match(end - longest, end));
            }
        }
        return matches;
    }
}
