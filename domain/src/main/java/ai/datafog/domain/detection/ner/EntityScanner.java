package ai.datafog.domain.detection.ner;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Walks the tokens once, left to right, asking the rules in order of strength at each capitalised
 * token; the first rule that answers claims its tokens, so candidates never overlap. Unknown
 * capitalised words are never entities on their own; a second pass recalls names seen earlier.
 */
final class EntityScanner {

    private static final int STARTS = Tokens.CAP | Tokens.UPPER | Tokens.MIXED | Tokens.INITIAL;

    private final Words words;
    private final OrganizationRule organizations;
    private final PersonRule people;
    private final LocationRule places;

    EntityScanner(Gazetteers lists) {
        this.words = new Words(lists);
        this.organizations = new OrganizationRule(words);
        this.people = new PersonRule(words);
        this.places = new LocationRule(words);
    }

    List<Candidate> scan(Tokens t) {
        List<Candidate> out = new ArrayList<>();
        NameMemory memory = new NameMemory();
        int i = 0;
        while (i < t.size()) {
            if (!t.is(i, STARTS) || t.is(i, Tokens.CODE)) {
                i++;
                continue;
            }
            Match match = firstMatch(t, i);
            if (match == null) {
                if (words.isNameWord(t, i)) {
                    t.mark(i, Tokens.CANDIDATE);
                }
                i++;
                continue;
            }
            if (!match.isSkip()) {
                out.add(new Candidate(match.type(), t.start(match.firstToken()), match.end(), match.confidence()));
                t.consume(match.firstToken(), match.lastToken());
                memory.remember(t, match, words);
            }
            i = match.lastToken() + 1;
        }
        int found = out.size();
        memory.recall(t, words, out);
        if (out.size() > found) {
            out.sort(Comparator.comparingInt(Candidate::start));
        }
        return out;
    }

    private Match firstMatch(Tokens t, int i) {
        Match state = places.stateBeforeZip(t, i);
        if (state != null) {
            return state;
        }
        if (words.isFunctionWord(t, i)) {
            return null;
        }
        Match match = organizations.match(t, i);
        if (match != null) {
            return match;
        }
        Match place = places.gazetteer(t, i);
        if (place != null && place.lastToken() > i) {
            return place;
        }
        match = people.titled(t, i);
        if (match != null || !t.isCap(i) || words.isConventionallyCapitalised(t, i)) {
            return match;
        }
        match = people.givenAndFamily(t, i);
        if (match == null && place == null) {
            match = people.cued(t, i);
        }
        if (match == null) {
            match = place;
        }
        if (match == null) {
            match = people.givenAlone(t, i);
        }
        if (match == null) {
            match = places.unknown(t, i);
        }
        return match;
    }

}
