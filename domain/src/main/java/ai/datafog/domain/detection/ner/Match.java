package ai.datafog.domain.detection.ner;

import ai.datafog.domain.detection.EntityType;

/**
 * What a rule found at a token position: an entity over tokens [firstToken, lastToken] ending at
 * char {@code end}, or (when {@code type} is null) a run of tokens that is known not to be an entity
 * and must be skipped whole.
 */
record Match(EntityType type, int firstToken, int lastToken, int end, double confidence) {

    static Match entity(EntityType type, Tokens tokens, int first, int last, double confidence) {
        return new Match(type, first, last, tokens.end(last), Math.min(0.95, confidence));
    }

    static Match skip(int first, int last) {
        return new Match(null, first, last, -1, 0.0);
    }

    boolean isSkip() {
        return type == null;
    }
}
