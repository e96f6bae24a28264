package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code http://} and {@code https://} URLs up to the first whitespace or delimiter, without
 * trailing sentence punctuation. A URL of any scheme that carries a password
 * ({@code https://user:pw@host}, {@code postgres://app:pw@db/app}) is reported whole as an
 * {@code api_key}: the credential makes the whole string a secret.
 */
public final class UrlDetector implements Detector {

    static final double URL_CONFIDENCE = 0.85;
    static final double CREDENTIAL_CONFIDENCE = 0.95;
    private static final int MAX_SCHEME = 20;

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.URL, EntityType.API_KEY);
    }

    @Override
    public List<Candidate> detect(String text) {
        List<Candidate> found = new ArrayList<>();
        int from = 0;
        for (int sep = text.indexOf("://", from); sep >= 0; sep = text.indexOf("://", from)) {
            int start = schemeStart(text, sep, from);
            int end = start < 0 ? -1 : urlEnd(text, sep + 3);
            if (end < 0 || !hasHost(text, sep + 3, end)) {
                from = sep + 3;
                continue;
            }
            if (hasPassword(text, sep + 3, end)) {
                found.add(new Candidate(EntityType.API_KEY, start, end, CREDENTIAL_CONFIDENCE));
            } else if (isHttp(text, start, sep)) {
                found.add(new Candidate(EntityType.URL, start, end, URL_CONFIDENCE));
            } else {
                from = sep + 3;
                continue;
            }
            from = end;
        }
        return found;
    }

    /** Start of the scheme ending at {@code sep} ({@code https}, {@code postgres}, {@code amqp+ssl}), or -1. */
    private static int schemeStart(String text, int sep, int floor) {
        int start = sep;
        while (start > floor && sep - start < MAX_SCHEME && isSchemeChar(text.charAt(start - 1))) {
            start--;
        }
        while (start < sep && !Chars.isAsciiLetter(text.charAt(start))) {
            start++;
        }
        if (start == sep || Chars.isWordChar(Chars.at(text, start - 1))) {
            return -1;
        }
        return start;
    }

    private static boolean isSchemeChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '+' || c == '-' || c == '.';
    }

    private static boolean isHttp(String text, int start, int sep) {
        return (sep - start == 4 && Chars.regionMatchesLower(text, start, "http"))
                || (sep - start == 5 && Chars.regionMatchesLower(text, start, "https"));
    }

    private static boolean isUrlChar(char c) {
        if (c <= ' ' || c == 0x7f) {
            return false;
        }
        return switch (c) {
            case '<', '>', '"', '`', '{', '}', '|', '\\', '^' -> false;
            default -> !Character.isWhitespace(c);
        };
    }

    private static int urlEnd(String text, int from) {
        int end = from;
        int openParens = 0;
        while (end < text.length() && isUrlChar(text.charAt(end))) {
            char c = text.charAt(end);
            if (c == '(') {
                openParens++;
            } else if (c == ')') {
                if (openParens == 0) {
                    break;
                }
                openParens--;
            }
            end++;
        }
        while (end > from && isTrailingPunctuation(text.charAt(end - 1))) {
            end--;
        }
        return end > from ? end : -1;
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == ']';
    }

    private static int authorityEnd(String text, int from, int end) {
        for (int k = from; k < end; k++) {
            char c = text.charAt(k);
            if (c == '/' || c == '?' || c == '#') {
                return k;
            }
        }
        return end;
    }

    private static boolean hasHost(String text, int from, int end) {
        int authEnd = authorityEnd(text, from, end);
        int at = lastAt(text, from, authEnd);
        int hostStart = at < 0 ? from : at + 1;
        if (hostStart >= authEnd) {
            return false;
        }
        char first = text.charAt(hostStart);
        return Chars.isAsciiAlnum(first) || first == '[';
    }

    private static boolean hasPassword(String text, int from, int end) {
        int authEnd = authorityEnd(text, from, end);
        int at = lastAt(text, from, authEnd);
        for (int k = from; k < at - 1; k++) {
            if (text.charAt(k) == ':') {
                return true;
            }
        }
        return false;
    }

    /** The last {@code @} in {@code text[from, to)}, or -1; bounded so each URL costs its own length. */
    private static int lastAt(String text, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (text.charAt(k) == '@') {
                return k;
            }
        }
        return -1;
    }
}
