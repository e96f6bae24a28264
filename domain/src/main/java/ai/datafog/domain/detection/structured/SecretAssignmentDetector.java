package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;
import ai.datafog.domain.detection.scan.ScanText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Secrets assigned to a secret-named key ({@code api_key=…}, {@code "token": "…"},
 * {@code DB_PASSWORD: …}, {@code clientSecret=…}) and bearer tokens ({@code Authorization: Bearer …}).
 * Only the value is reported, so a transform keeps the key name readable. A value must look like a
 * credential: long enough, at least two character classes, and not a placeholder. A value has no
 * length limit (a JWT or a base64 key blob is reported whole), yet the scan stays linear: an unquoted
 * value stops at every cue char ({@code = :} and space), and a quoted one at its quote char, space or
 * line end, so no two values read with the same quoting overlap.
 */
public final class SecretAssignmentDetector implements Detector {

    static final double CONFIDENCE = 0.85;
    private static final int MAX_KEY = 64;
    private static final int MIN_VALUE = 8;
    private static final int MIN_PASSWORD = 6;
    private static final int MIN_BEARER = 16;
    private static final Set<String> SECRET_WORDS = Set.of(
            "token", "secret", "password", "passwd", "pwd", "apikey", "passphrase", "credential", "credentials");
    private static final Set<String> KEY_QUALIFIERS = Set.of(
            "api", "access", "secret", "private", "auth", "client", "signing", "encryption", "master", "app",
            "service", "account", "subscription", "license", "session", "webhook", "x", "admin", "root");
    private static final Set<String> PLACEHOLDERS = Set.of(
            "null", "none", "true", "false", "changeme", "redacted", "password", "undefined", "secret", "example");

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.API_KEY);
    }

    @Override
    public List<Candidate> detect(ScanText scan) {
        String text = scan.text();
        List<Candidate> found = new ArrayList<>();
        Cues cues = new Cues(text);
        int i = cues.next(0);
        while (i >= 0) {
            char c = text.charAt(i);
            Candidate secret;
            if (c == '=' || c == ':') {
                secret = assignment(text, i);
            } else {
                secret = Chars.regionMatchesLower(text, i - 6, "bearer") && !Chars.isWordChar(Chars.at(text, i - 7))
                        ? value(text, i + 1, MIN_BEARER) : null;
            }
            if (secret != null) {
                found.add(secret);
            }
            i = cues.next(secret != null ? secret.end() : i + 1);
        }
        return found;
    }

    /**
     * The positions worth a look, in order: every {@code =} and {@code :}, and every space after an
     * {@code r} (the end of "bearer"). Found with {@link String#indexOf}, which is much faster than
     * testing each char, since prose holds few of them.
     */
    private static final class Cues {

        private static final String[] MARKS = {"=", ":", "r ", "R "};
        private static final int[] OFFSETS = {0, 0, 1, 1};
        private static final int UNKNOWN = -2;

        private final String text;
        /** Per mark: its next known position, -1 when there is none left, UNKNOWN before the first search. */
        private final int[] next = {UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN};

        Cues(String text) {
            this.text = text;
        }

        /** The first cue position at or after {@code from}, or -1. */
        int next(int from) {
            int best = -1;
            for (int k = 0; k < MARKS.length; k++) {
                if (next[k] != -1 && next[k] < from) {
                    int at = text.indexOf(MARKS[k], Math.max(0, from - OFFSETS[k]));
                    next[k] = at < 0 ? -1 : at + OFFSETS[k];
                }
                if (next[k] >= 0 && (best < 0 || next[k] < best)) {
                    best = next[k];
                }
            }
            return best;
        }
    }

    private static Candidate assignment(String text, int operator) {
        int keyEnd = operator;
        if (keyEnd > 0 && (text.charAt(keyEnd - 1) == '"' || text.charAt(keyEnd - 1) == '\'')) {
            keyEnd--;
        }
        while (keyEnd > 0 && text.charAt(keyEnd - 1) == ' ' && operator - keyEnd < 3) {
            keyEnd--;
        }
        int keyStart = keyEnd;
        while (keyStart > 0 && isKeyChar(text.charAt(keyStart - 1))) {
            keyStart--;
            if (keyEnd - keyStart > MAX_KEY) {
                return null;
            }
        }
        if (keyStart == keyEnd) {
            return null;
        }
        int minimum = secretKind(text.substring(keyStart, keyEnd));
        if (minimum == 0) {
            return null;
        }
        int valueStart = operator + 1;
        if (Chars.at(text, valueStart) == '=' || Chars.at(text, valueStart) == '>') {
            valueStart++;
        }
        while (Chars.at(text, valueStart) == ' ' && valueStart - operator <= 3) {
            valueStart++;
        }
        return value(text, valueStart, minimum);
    }

    private static boolean isKeyChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '_' || c == '-' || c == '.';
    }

    /** The minimum value length when the key names a secret, else 0. */
    static int secretKind(String key) {
        List<String> parts = words(key);
        if (parts.isEmpty()) {
            return 0;
        }
        String last = parts.get(parts.size() - 1);
        if (last.equals("password") || last.equals("passwd") || last.equals("pwd") || last.equals("passphrase")) {
            return MIN_PASSWORD;
        }
        if (SECRET_WORDS.contains(last)) {
            return MIN_VALUE;
        }
        if (last.equals("key") && (parts.size() == 1 || KEY_QUALIFIERS.contains(parts.get(parts.size() - 2)))) {
            return MIN_VALUE;
        }
        return 0;
    }

    /** Lower-case words of an identifier split at {@code _ - .} and camelCase humps. */
    private static List<String> words(String key) {
        List<String> parts = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            boolean hump = Chars.isUpper(c) && k > 0 && Character.isLowerCase(key.charAt(k - 1));
            if (c == '_' || c == '-' || c == '.' || hump) {
                if (word.length() > 0) {
                    parts.add(word.toString().toLowerCase(Locale.ROOT));
                    word.setLength(0);
                }
                if (!hump) {
                    continue;
                }
            }
            word.append(c);
        }
        if (word.length() > 0) {
            parts.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return parts;
    }

    private static Candidate value(String text, int from, int minimum) {
        char quote = Chars.at(text, from);
        boolean quoted = quote == '"' || quote == '\'';
        int start = quoted ? from + 1 : from;
        int end = start;
        while (end < text.length() && isValueChar(text.charAt(end), quoted, quote)) {
            end++;
        }
        if (!quoted) {
            end = withPadding(text, end);
            while (end > start && ".,;)".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
        } else if (Chars.at(text, end) != quote) {
            return null;
        }
        return looksLikeSecret(text, start, end, minimum) ? new Candidate(EntityType.API_KEY, start, end, CONFIDENCE) : null;
    }

    /** Base64 padding ({@code =} or {@code ==}) ends a value when nothing value-like follows it. */
    private static int withPadding(String text, int end) {
        int padded = end;
        while (padded - end < 2 && Chars.at(text, padded) == '=') {
            padded++;
        }
        char after = Chars.at(text, padded);
        return after == '\0' || !isValueChar(after, false, '\0') ? padded : end;
    }

    private static boolean isValueChar(char c, boolean quoted, char quote) {
        if (quoted) {
            return c != quote && c != '\n' && c != '\r' && c != ' ';
        }
        return c > ' ' && c < 0x7f && "\"'&<>`=:".indexOf(c) < 0;
    }

    private static boolean looksLikeSecret(String text, int start, int end, int minimum) {
        if (end - start < minimum) {
            return false;
        }
        char first = text.charAt(start);
        if (first == '$' || first == '{' || first == '<' || first == '%' || first == '[') {
            return false;
        }
        String value = text.substring(start, end);
        if (PLACEHOLDERS.contains(value.toLowerCase(Locale.ROOT)) || value.contains("xxxx") || value.contains("XXXX")
                || value.contains("***") || value.contains("://")) {
            return false;
        }
        int lower = 0;
        int upper = 0;
        int digit = 0;
        int symbol = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 'a' && c <= 'z') {
                lower = 1;
            } else if (Chars.isUpper(c)) {
                upper = 1;
            } else if (Chars.isDigit(c)) {
                digit = 1;
            } else {
                symbol = 1;
            }
        }
        return lower + upper + digit + symbol >= 2;
    }
}
