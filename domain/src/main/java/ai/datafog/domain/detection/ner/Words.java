package ai.datafog.domain.detection.ner;

/** Token-level questions the rules share: is this word a function word, a name-like word, an initial? */
final class Words {

    final Gazetteers lists;

    Words(Gazetteers lists) {
        this.lists = lists;
    }

    boolean isFunctionWord(Tokens t, int i) {
        return lists.wordClasses.get(t, i) == Gazetteers.FUNCTION_WORD;
    }

    /** Capitalised by convention (function word, day, month, heading word) rather than because it is a name. */
    boolean isConventionallyCapitalised(Tokens t, int i) {
        return lists.wordClasses.contains(t, i);
    }

    /** A capitalised word that could be part of a name: not code, not a function or heading word. */
    boolean isNameWord(Tokens t, int i) {
        return t.isCap(i) && !lists.wordClasses.contains(t, i);
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
        return t.isCap(i) && lists.firstNames.contains(t, i);
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
        return !lists.wordClasses.contains(t, next) || lists.nonPersonWords.contains(t, next);
    }
}
