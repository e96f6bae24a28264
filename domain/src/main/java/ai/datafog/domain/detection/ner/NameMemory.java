package ai.datafog.domain.detection.ner;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.EntityType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Remembers, within one text, the family names of people and the single-word names of
 * organisations already found, so that a later bare "Gonzalez" or "Acme" is recognised too.
 * A word remembered as two different types is dropped as ambiguous.
 */
final class NameMemory {

    private static final double PERSON_MENTION = 0.65;
    private static final double ORGANIZATION_MENTION = 0.6;

    private final Map<String, EntityType> remembered = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    void remember(Tokens t, Match match, Words words) {
        if (match.type() == EntityType.PERSON) {
            int last = match.lastToken();
            if (words.isNameWord(t, last) && !words.isFirstName(t, last)) {
                put(text(t, last), EntityType.PERSON);
            }
        } else if (match.type() == EntityType.ORGANIZATION && match.lastToken() > match.firstToken()) {
            int head = match.firstToken();
            if (words.isNameWord(t, head) && !words.isFirstName(t, head) && !words.isPlace(t, head)
                    && !words.isOrgSuffix(t, head) && !words.takesOfName(t, head)) {
                put(text(t, head), EntityType.ORGANIZATION);
            }
        }
    }

    private void put(String word, EntityType type) {
        EntityType before = remembered.putIfAbsent(word, type);
        if (before != null && before != type) {
            ambiguous.add(word);
        }
    }

    /** Second pass: unclaimed capitalised words marked as candidates that match a remembered name. */
    void recall(Tokens t, Words words, List<Candidate> out) {
        if (remembered.isEmpty()) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (!t.is(i, Tokens.CANDIDATE) || t.is(i, Tokens.CONSUMED) || words.continuesIntoName(t, i)) {
                continue;
            }
            String word = text(t, i);
            EntityType type = ambiguous.contains(word) ? null : remembered.get(word);
            if (type == EntityType.PERSON) {
                out.add(new Candidate(type, t.start(givenNameBefore(t, i, words)), t.end(i), PERSON_MENTION));
            } else if (type == EntityType.ORGANIZATION) {
                out.add(new Candidate(type, t.start(i), t.end(i), ORGANIZATION_MENTION));
            }
        }
    }

    /** "Barack Obama" after "Michelle Obama": an unknown capitalised word right before a family name joins it. */
    private static int givenNameBefore(Tokens t, int i, Words words) {
        int before = i - 1;
        boolean joins = before >= 0 && t.spaceJoined(before) && t.is(before, Tokens.CANDIDATE)
                && !t.is(before, Tokens.CONSUMED) && words.isNameWord(t, before);
        return joins ? before : i;
    }

    private static String text(Tokens t, int i) {
        return t.text.substring(t.start(i), t.end(i));
    }
}
