package ai.datafog.domain.detection.ner;

/**
 * Token-level questions the rules share. Each token's single-word gazetteer answers are looked up
 * once, on first use, and cached in spare bits of its flags, so overlapping look-aheads stay cheap.
 */
final class Words {

    private static final int DONE = 1 << Tokens.FIRST_FREE_BIT;
    private static final int FUNCTION = DONE << 1;
    private static final int COMMON = DONE << 2;
    private static final int FIRST_NAME = DONE << 3;
    private static final int LEGAL_FORM = DONE << 4;
    private static final int ORG_NOUN = DONE << 5;
    private static final int OF_HEAD = DONE << 6;
    private static final int HONORIFIC = DONE << 7;
    private static final int ROLE = DONE << 8;
    private static final int NON_PERSON = DONE << 9;
    private static final int PLACE = DONE << 10;
    private static final int PLACE_SUFFIX = DONE << 11;

    /** Texts repeat their capitalised words: the facts of recent words, by exact spelling (direct-mapped). */
    private static final int CACHE_SIZE = 512;

    final Gazetteers lists;
    private final int[] cachedToken = new int[CACHE_SIZE];
    private final int[] cachedFacts = new int[CACHE_SIZE];

    Words(Gazetteers lists) {
        this.lists = lists;
    }

    private int facts(Tokens t, int i) {
        int flags = t.flags(i);
        if ((flags & DONE) != 0) {
            return flags;
        }
        int exact = Lexicon.exactHash(t, i);
        int slot = (exact ^ (exact >>> 11)) & (CACHE_SIZE - 1);
        int seen = cachedToken[slot] - 1;
        int facts;
        if (seen >= 0 && sameWord(t, seen, i)) {
            facts = cachedFacts[slot];
        } else {
            facts = lookUp(t, i, exact);
            cachedToken[slot] = i + 1;
            cachedFacts[slot] = facts;
        }
        t.mark(i, facts);
        return flags | facts;
    }

    private static boolean sameWord(Tokens t, int a, int b) {
        return t.length(a) == t.length(b) && t.text.regionMatches(t.start(a), t.text, t.start(b), t.length(b));
    }

    private int lookUp(Tokens t, int i, int exact) {
        int facts = DONE;
        int folded = Lexicon.foldedHash(t, i);
        int wordClass = lists.wordClasses.get(t, i, folded, exact);
        facts |= wordClass == Gazetteers.FUNCTION_WORD ? FUNCTION : wordClass == Gazetteers.COMMON_WORD ? COMMON : 0;
        facts |= lists.firstNames.get(t, i, folded, exact) != Lexicon.ABSENT ? FIRST_NAME : 0;
        int suffix = lists.orgSuffixes.get(t, i, folded, exact);
        facts |= suffix == Gazetteers.LEGAL_FORM ? LEGAL_FORM : suffix == Gazetteers.DESCRIPTIVE ? ORG_NOUN : 0;
        facts |= lists.orgOfHeads.get(t, i, folded, exact) != Lexicon.ABSENT ? OF_HEAD : 0;
        int title = lists.titles.get(t, i, folded, exact);
        facts |= title == Gazetteers.HONORIFIC ? HONORIFIC : title == Gazetteers.ROLE ? ROLE : 0;
        facts |= lists.nonPersonWords.get(t, i, folded, exact) != Lexicon.ABSENT ? NON_PERSON : 0;
        facts |= lists.locations.get(t, i, folded, exact) != Lexicon.ABSENT ? PLACE : 0;
        facts |= lists.placeSuffixes.get(t, i, folded, exact) != Lexicon.ABSENT ? PLACE_SUFFIX : 0;
        return facts;
    }

    private boolean has(Tokens t, int i, int fact) {
        return (facts(t, i) & fact) != 0;
    }

    boolean isFunctionWord(Tokens t, int i) {
        return has(t, i, FUNCTION);
    }

    /** Capitalised by convention (function word, day, month, heading word) rather than because it is a name. */
    boolean isConventionallyCapitalised(Tokens t, int i) {
        return has(t, i, FUNCTION | COMMON);
    }

    /** A capitalised word that could be part of a name: not code, not a function or heading word. */
    boolean isNameWord(Tokens t, int i) {
        return t.isCap(i) && !isConventionallyCapitalised(t, i);
    }

    /** "J" in "J. Smith" or "John F Kennedy"; the pronoun I and article A only when a period follows. */
    boolean isInitial(Tokens t, int i) {
        if (!t.isInitial(i)) {
            return false;
        }
        char c = t.charAt(i, 0);
        int gap = t.gapAfter(i);
        return (c != 'I' && c != 'A') || gap == Tokens.GAP_PERIOD || gap == Tokens.GAP_PERIOD_SPACE;
    }

    boolean isParticle(Tokens t, int i) {
        return t.isLower(i) && lists.nameParticles.contains(t, i);
    }

    boolean isFirstName(Tokens t, int i) {
        return t.isCap(i) && has(t, i, FIRST_NAME);
    }

    boolean isLegalForm(Tokens t, int i) {
        return has(t, i, LEGAL_FORM);
    }

    boolean isOrgSuffix(Tokens t, int i) {
        return has(t, i, LEGAL_FORM | ORG_NOUN);
    }

    boolean takesOfName(Tokens t, int i) {
        return has(t, i, OF_HEAD);
    }

    boolean isHonorific(Tokens t, int i) {
        return has(t, i, HONORIFIC);
    }

    boolean isTitle(Tokens t, int i) {
        return has(t, i, HONORIFIC | ROLE);
    }

    boolean isNonPersonWord(Tokens t, int i) {
        return has(t, i, NON_PERSON);
    }

    boolean isPlace(Tokens t, int i) {
        return has(t, i, PLACE);
    }

    boolean isPlaceSuffix(Tokens t, int i) {
        return has(t, i, PLACE_SUFFIX);
    }

    /** Another capitalised word follows with only a space between: this word modifies a longer name. */
    boolean continuesIntoName(Tokens t, int i) {
        if (!t.spaceJoined(i)) {
            return false;
        }
        int next = i + 1;
        if (t.is(next, Tokens.CODE) || !(t.isCap(next) || t.is(next, Tokens.MIXED | Tokens.UPPER))) {
            return false;
        }
        return !isConventionallyCapitalised(t, next) || isNonPersonWord(t, next);
    }
}
