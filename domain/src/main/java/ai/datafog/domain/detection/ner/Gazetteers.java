package ai.datafog.domain.detection.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The word lists the named-entity rules consult, read once from plain-text resources next to this
 * class. The holder idiom makes loading lazy and thread-safe without locks on the hot path.
 */
final class Gazetteers {

    static final int CITY = 1;
    static final int COUNTRY = 2;
    static final int STATE = 3;
    static final int REGION = 4;

    static final int LEGAL_FORM = 1;
    static final int DESCRIPTIVE = 2;

    static final int HONORIFIC = 1;
    static final int ROLE = 2;

    static final int FUNCTION_WORD = 1;
    static final int COMMON_WORD = 2;

    static final int CUE_ALONE = 1;
    static final int CUE_AFTER_VERB = 2;

    final Lexicon titles;
    final Lexicon firstNames;
    final Lexicon wordClasses;
    final Lexicon nameParticles;
    final Lexicon nonPersonWords;
    final Lexicon orgSuffixes;
    final Lexicon orgOfHeads;
    final Lexicon knownOrganizations;
    final Lexicon locations;
    final Lexicon placeSuffixes;
    final Lexicon locationPrepositions;
    final Lexicon locationVerbs;
    final Lexicon personCues;
    final Lexicon personCueVerbs;

    private Gazetteers() {
        titles = valued(false, "titles.txt", HONORIFIC, "role-titles.txt", ROLE);
        firstNames = Lexicon.of(false, read("first-names.txt"));
        wordClasses = valued(false, "common-capitalised.txt", COMMON_WORD, "function-words.txt", FUNCTION_WORD);
        nameParticles = Lexicon.of(true, read("name-particles.txt"));
        nonPersonWords = Lexicon.of(false, read("non-person-words.txt"));
        orgSuffixes = valued(true, "org-legal-forms.txt", LEGAL_FORM, "org-descriptive-suffixes.txt", DESCRIPTIVE);
        orgOfHeads = Lexicon.of(true, read("org-of-heads.txt"));
        knownOrganizations = Lexicon.of(true, read("known-organizations.txt"));
        locations = valued(false, "cities.txt", CITY, "countries.txt", COUNTRY, "us-states.txt", STATE,
                "regions.txt", REGION);
        placeSuffixes = Lexicon.of(true, read("place-suffixes.txt"));
        locationPrepositions = Lexicon.of(false, read("location-prepositions.txt"));
        locationVerbs = Lexicon.of(false, read("location-verbs.txt"));
        personCues = valued(false, "person-cues.txt", CUE_ALONE, "person-cue-links.txt", CUE_AFTER_VERB);
        personCueVerbs = Lexicon.of(false, read("person-cue-verbs.txt"));
    }

    static Gazetteers get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final Gazetteers INSTANCE = new Gazetteers();
    }

    /** Files paired with values; a later file wins for a phrase listed twice. */
    private static Lexicon valued(boolean caseSensitive, Object... fileValuePairs) {
        List<String> entries = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (int p = 0; p < fileValuePairs.length; p += 2) {
            List<String> lines = read((String) fileValuePairs[p]);
            entries.addAll(lines);
            for (int k = 0; k < lines.size(); k++) {
                values.add((Integer) fileValuePairs[p + 1]);
            }
        }
        return Lexicon.of(caseSensitive, entries, values);
    }

    static List<String> read(String resource) {
        List<String> lines = new ArrayList<>();
        InputStream in = Gazetteers.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing gazetteer resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && entry.charAt(0) != '#') {
                    lines.add(entry.replaceAll("\\s+", " "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
        return List.copyOf(lines);
    }
}
