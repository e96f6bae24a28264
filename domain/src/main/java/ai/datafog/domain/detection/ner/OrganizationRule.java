package ai.datafog.domain.detection.ner;

import ai.datafog.domain.detection.EntityType;

/**
 * Organisations: capitalised words ended by a legal form or an organisation noun ("Acme Corp",
 * "Riverside Hospital"), an organisation noun followed by "of" and a name ("University of Denver"),
 * and a short list of well-known names written without either.
 */
final class OrganizationRule {

    private static final int MAX_TOKENS = 8;
    private static final int MAX_OBJECT_TOKENS = 4;
    private static final double LEGAL_FORM = 0.9;
    private static final double DESCRIPTIVE = 0.75;
    private static final double OF_PATTERN = 0.8;
    private static final double KNOWN = 0.75;

    private final Words words;
    private final Gazetteers lists;

    OrganizationRule(Words words) {
        this.words = words;
        this.lists = words.lists;
    }

    Match match(Tokens t, int i) {
        Match suffixed = suffixed(t, i);
        return suffixed != null ? suffixed : known(t, i);
    }

    private Match suffixed(Tokens t, int i) {
        int heads = 0;
        boolean conventionalFirst = false;
        int bestLast = -1;
        double best = 0;
        for (int j = i; j < t.size() && j - i < MAX_TOKENS; j++) {
            if (heads > 0 && (heads > 1 || !conventionalFirst) && couldBeSuffix(t, j) && words.isOrgSuffix(t, j)) {
                bestLast = j;
                best = words.isLegalForm(t, j) ? LEGAL_FORM : DESCRIPTIVE;
            }
            if (t.isCap(j) && words.takesOfName(t, j)) {
                int objectLast = ofObject(t, j);
                if (objectLast > j) {
                    return Match.entity(EntityType.ORGANIZATION, t, i, objectLast, OF_PATTERN);
                }
            }
            if (!canHead(t, j) || words.isFunctionWord(t, j)) {
                break;
            }
            if (j == i && words.isConventionallyCapitalised(t, j)) {
                conventionalFirst = true;
            }
            heads++;
            int gap = t.gapAfter(j);
            boolean joined = gap == Tokens.GAP_SPACE || gap == Tokens.GAP_AMP
                    || (gap == Tokens.GAP_COMMA && j + 1 < t.size()
                        && words.isLegalForm(t, j + 1));
            if (!joined) {
                break;
            }
        }
        if (bestLast < 0) {
            return null;
        }
        Match match = Match.entity(EntityType.ORGANIZATION, t, i, bestLast, best);
        return words.isLegalForm(t, bestLast) && includesAbbreviationPeriod(t, bestLast)
                ? new Match(match.type(), i, bestLast, match.end() + 1, match.confidence())
                : match;
    }

    /** Capitalised and mixed-case words head a name; a short all-caps word only right before the suffix. */
    private boolean canHead(Tokens t, int j) {
        if (t.is(j, Tokens.CODE)) {
            return false;
        }
        if (t.is(j, Tokens.CAP | Tokens.MIXED | Tokens.INITIAL)) {
            return true;
        }
        return t.is(j, Tokens.UPPER) && t.length(j) <= 6 && t.spaceJoined(j)
                && words.isOrgSuffix(t, j + 1);
    }

    /** Suffixes are capitalised or all caps, except short lower-case forms such as "plc". */
    private static boolean couldBeSuffix(Tokens t, int j) {
        return t.is(j, Tokens.CAP | Tokens.UPPER | Tokens.MIXED) || (t.is(j, Tokens.LOWER) && t.length(j) <= 3);
    }

    /** "Inc." and "Corp." keep their period: it belongs to the abbreviation. */
    private static boolean includesAbbreviationPeriod(Tokens t, int last) {
        int end = t.end(last);
        if (end >= t.text.length() || t.text.charAt(end) != '.') {
            return false;
        }
        char lastChar = t.text.charAt(end - 1);
        return t.length(last) <= 4 && Character.isLowerCase(lastChar);
    }

    /** The last token of "of [the] Name Name" after an organisation noun, or -1. */
    private int ofObject(Tokens t, int head) {
        if (!t.spaceJoined(head) || !t.isWord(head + 1, "of") || !t.spaceJoined(head + 1)) {
            return -1;
        }
        int k = head + 2;
        if (t.isWord(k, "the") && t.spaceJoined(k)) {
            k++;
        }
        int last = -1;
        for (int count = 0; k < t.size() && count < MAX_OBJECT_TOKENS; count++, k++) {
            if (!t.isCap(k) || words.isFunctionWord(t, k)) {
                break;
            }
            last = k;
            if (!t.spaceJoined(k)) {
                break;
            }
        }
        return last;
    }

    private Match known(Tokens t, int i) {
        int packed = lists.knownOrganizations.longestPhrase(t, i);
        if (packed == 0 || t.is(i, Tokens.CODE)) {
            return null;
        }
        int last = i + (packed >>> 8) - 1;
        return Match.entity(EntityType.ORGANIZATION, t, i, last, KNOWN);
    }
}
