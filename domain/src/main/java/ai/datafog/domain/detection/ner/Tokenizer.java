package ai.datafog.domain.detection.ner;

/**
 * Splits a text into word tokens in one left-to-right pass, recording each token's shape and the
 * kind of gap that follows it. Words are runs of letters and digits; an apostrophe or hyphen
 * between letters stays inside (O'Brien, Jean-Pierre); a possessive 's is dropped.
 */
final class Tokenizer {

    private static final int GAP_MASK = 0xFF;
    private static final int SENTENCE_BREAK = 0x100;

    private static final byte UPPER_LETTER = 1;
    private static final byte LOWER_LETTER = 2;
    private static final byte DIGIT = 4;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            ASCII[c] = UPPER_LETTER;
            ASCII[c + 32] = LOWER_LETTER;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT;
        }
    }

    private Tokenizer() {
    }

    static Tokens tokenize(String text) {
        Tokens tokens = new Tokens(text);
        int n = text.length();
        int previousEnd = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128 ? ASCII[c] == 0 : !isLetterOrDigitAt(text, i)) {
                i++;
                continue;
            }
            int gapBits = previousEnd < 0 ? SENTENCE_BREAK : classifyGap(text, previousEnd, i);
            if (previousEnd >= 0) {
                tokens.setGapAfterLast(gapBits & GAP_MASK);
            }
            int end = scanWord(text, i, tokens);
            if ((gapBits & SENTENCE_BREAK) != 0) {
                tokens.markLast(Tokens.SENTENCE_START);
            }
            previousEnd = end;
            i = skipPossessive(text, end);
        }
        return tokens;
    }

    /** Scans one word from {@code start}, appends it with its shape and returns its end. */
    private static int scanWord(String text, int start, Tokens tokens) {
        int n = text.length();
        int j = start;
        int upper = 0;
        int lower = 0;
        int otherLetters = 0;
        int digits = 0;
        boolean underscore = false;
        boolean capitalised = true;
        boolean firstLower = false;
        int segmentStart = start;
        int segmentPos = 0;
        boolean lastWasLetter = false;
        while (j < n) {
            char c = text.charAt(j);
            if (c < 128 && ASCII[c] != 0) {
                byte kind = ASCII[c];
                if (kind == LOWER_LETTER) {
                    firstLower |= j == start;
                    int run = lowerRunEnd(text, j + 1, n);
                    lower += run - j;
                    segmentPos += run - j;
                    lastWasLetter = true;
                    j = run;
                    continue;
                } else if (kind == UPPER_LETTER) {
                    upper++;
                    if (segmentPos > 0 && !allowedInnerCapital(text, segmentStart, segmentPos)) {
                        capitalised = false;
                    }
                    lastWasLetter = true;
                } else {
                    digits++;
                    lastWasLetter = false;
                }
                segmentPos++;
                j++;
                continue;
            }
            int cp = Character.isHighSurrogate(c) ? text.codePointAt(j) : c;
            int width = cp > 0xFFFF ? 2 : 1;
            if (isLetter(cp)) {
                if (isUpper(cp)) {
                    upper++;
                    if (segmentPos > 0 && !allowedInnerCapital(text, segmentStart, segmentPos)) {
                        capitalised = false;
                    }
                } else if (isLower(cp)) {
                    lower++;
                    if (j == start) {
                        firstLower = true;
                    }
                } else {
                    otherLetters++;
                }
                segmentPos++;
                lastWasLetter = true;
            } else if (isDigit(cp)) {
                digits++;
                segmentPos++;
                lastWasLetter = false;
            } else if (c == '_') {
                underscore = true;
                segmentPos++;
                lastWasLetter = false;
            } else if (isJoiner(c) && lastWasLetter && j + 1 < n && isLetterAt(text, j + 1)
                    && !(c != '-' && isPossessiveS(text, j + 1))) {
                segmentStart = j + 1;
                segmentPos = 0;
                lastWasLetter = false;
                j++;
                continue;
            } else {
                break;
            }
            j += width;
        }
        int shape = shapeOf(upper, lower, otherLetters, digits, underscore, capitalised, firstLower);
        if (isEmbeddedInCode(text, start, j, shape)) {
            shape |= Tokens.CODE;
        }
        tokens.add(start, j, shape);
        return j;
    }

    /** Most chars of prose are lower-case ASCII letters: read a run of them with one test per char. */
    private static int lowerRunEnd(String text, int from, int n) {
        int j = from;
        while (j < n) {
            char c = text.charAt(j);
            if (c < 'a' || c > 'z') {
                break;
            }
            j++;
        }
        return j;
    }

    private static int shapeOf(int upper, int lower, int otherLetters, int digits, boolean underscore,
                               boolean capitalised, boolean firstLower) {
        if (underscore) {
            return Tokens.OTHER | Tokens.CODE;
        }
        if (digits > 0 || (otherLetters > 0 && upper + lower == 0)) {
            return Tokens.OTHER;
        }
        if (firstLower) {
            return upper == 0 ? Tokens.LOWER : Tokens.MIXED | Tokens.CODE;
        }
        if (upper == 1 && lower == 0 && otherLetters == 0) {
            return Tokens.INITIAL;
        }
        if (lower == 0) {
            return Tokens.UPPER;
        }
        return capitalised ? Tokens.CAP : Tokens.MIXED;
    }

    /** Mc/Mac/De/Di/La/Le/Du followed by a capital still reads as one capitalised name. */
    private static boolean allowedInnerCapital(String text, int segmentStart, int segmentPos) {
        if (segmentPos == 2) {
            char a = text.charAt(segmentStart);
            char b = text.charAt(segmentStart + 1);
            return (a == 'M' && b == 'c') || (a == 'D' && (b == 'e' || b == 'i' || b == 'u'))
                    || (a == 'L' && (b == 'a' || b == 'e'));
        }
        return segmentPos == 3 && text.startsWith("Mac", segmentStart);
    }

    /** Words glued to code punctuation (a.b, a_b, a/b, a@b, x=y) are identifiers, paths or addresses. */
    private static boolean isEmbeddedInCode(String text, int start, int end, int shape) {
        boolean initial = (shape & Tokens.INITIAL) != 0;
        if (start >= 2) {
            char before = text.charAt(start - 1);
            if (isCodePunctuation(before) && !(initial && before == '.') && isLetterOrDigitAt(text, start - 2)) {
                return true;
            }
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            if (after == '@' || after == '/' || after == '\\' || after == '=' || after == '_') {
                return true;
            }
            return after == '.' && !initial && end + 1 < text.length() && isLetterOrDigitAt(text, end + 1);
        }
        return false;
    }

    private static boolean isCodePunctuation(char c) {
        return c == '.' || c == '_' || c == '/' || c == '@' || c == '\\' || c == '#' || c == '$' || c == '=';
    }

    private static int classifyGap(String text, int from, int to) {
        if (to - from == 1 && text.charAt(from) == ' ') {
            return Tokens.GAP_SPACE;
        }
        int spaces = 0;
        int periods = 0;
        int commas = 0;
        int amps = 0;
        int others = 0;
        boolean newline = false;
        boolean stop = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                spaces++;
            } else if (c == '\n' || c == '\r') {
                newline = true;
            } else if (c == '.') {
                periods++;
            } else if (c == ',') {
                commas++;
            } else if (c == '&') {
                amps++;
            } else {
                if (c == '!' || c == '?') {
                    stop = true;
                }
                others++;
            }
        }
        boolean sentenceBreak = newline || stop || (periods > 0 && spaces > 0);
        int kind;
        if (newline) {
            kind = Tokens.GAP_NEWLINE;
        } else if (others > 0 || periods + commas + amps > 1) {
            kind = Tokens.GAP_OTHER;
        } else if (periods == 1) {
            kind = spaces > 0 ? Tokens.GAP_PERIOD_SPACE : Tokens.GAP_PERIOD;
        } else if (commas == 1) {
            kind = Tokens.GAP_COMMA;
        } else if (amps == 1) {
            kind = Tokens.GAP_AMP;
        } else {
            kind = Tokens.GAP_SPACE;
        }
        return sentenceBreak ? kind | SENTENCE_BREAK : kind;
    }

    private static int skipPossessive(String text, int end) {
        if (end + 1 < text.length() && isJoiner(text.charAt(end)) && text.charAt(end) != '-'
                && isPossessiveS(text, end + 1)) {
            return end + 2;
        }
        return end;
    }

    private static boolean isPossessiveS(String text, int at) {
        char s = text.charAt(at);
        return (s == 's' || s == 'S') && (at + 1 >= text.length() || !isLetterOrDigitAt(text, at + 1));
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }

    static boolean isLetterOrDigitAt(String text, int at) {
        char c = text.charAt(at);
        if (c < 128) {
            return ASCII[c] != 0;
        }
        int cp = Character.isHighSurrogate(c) ? text.codePointAt(at) : c;
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isLetterAt(String text, int at) {
        char c = text.charAt(at);
        int cp = Character.isHighSurrogate(c) ? text.codePointAt(at) : c;
        return isLetter(cp);
    }

    private static boolean isLetter(int cp) {
        if (cp < 128) {
            return (cp | 32) >= 'a' && (cp | 32) <= 'z';
        }
        return Character.isLetter(cp);
    }

    private static boolean isDigit(int cp) {
        return cp < 128 ? cp >= '0' && cp <= '9' : Character.isDigit(cp);
    }

    private static boolean isUpper(int cp) {
        return cp < 128 ? cp >= 'A' && cp <= 'Z' : Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean isLower(int cp) {
        return cp < 128 ? cp >= 'a' && cp <= 'z' : Character.isLowerCase(cp);
    }
}
