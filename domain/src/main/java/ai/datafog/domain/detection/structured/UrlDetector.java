package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;
import ai.datafog.domain.detection.scan.ScanText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code http://} and {@code https://} URLs, and scheme-less {@code www.} addresses, up to the first whitespace or delimiter, without
 * trailing sentence punctuation. A URL of any scheme that carries a password
 * ({@code https://user:pw@host}, {@code postgres://app:pw@db/app}) is reported whole as an
 * {@code api_key}: the credential makes the whole string a secret.
 */
public final class UrlDetector implements Detector {

    static final double URL_CONFIDENCE = 0.85;
    static final double CREDENTIAL_CONFIDENCE = 0.95;
    static final double SCHEMELESS_CONFIDENCE = 0.8;
    private static final int MAX_SCHEME = 20;

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.URL, EntityType.API_KEY);
    }

    @Override
    public List<Candidate> detect(ScanText scan) {
        String text = scan.text();
        List<Candidate> found = new ArrayList<>();
        int from = 0;
        for (int sep = text.indexOf("://", from); sep >= 0; sep = text.indexOf("://", from)) {
            // Decided on the authority alone: a rejected candidate reads no further than its authority,
            // which ends before the next "://", so no part of the text is read twice.
            int start = schemeStart(text, sep, from);
            int authorityEnd = start < 0 ? -1 : authorityEnd(text, sep + 3);
            if (authorityEnd < 0 || !hasHost(text, sep + 3, authorityEnd)) {
                from = sep + 3;
                continue;
            }
            boolean credential = hasPassword(text, sep + 3, authorityEnd);
            if (!credential && !isHttp(text, start, sep)) {
                from = sep + 3;
                continue;
            }
            int end = urlEnd(text, sep + 3);
            found.add(credential ? new Candidate(EntityType.API_KEY, start, end, CREDENTIAL_CONFIDENCE)
                    : new Candidate(EntityType.URL, start, end, URL_CONFIDENCE));
            from = end;
        }
        schemeless(text, found);
        return found;
    }

    /**
     * {@code www.example.org/docs}: a URL without scheme, when its host ends in a letter TLD. The search
     * resumes after whatever each attempt read, so every char is read a bounded number of times.
     */
    private static void schemeless(String text, List<Candidate> found) {
        int size = found.size();
        int dot = text.indexOf('.', 3);
        while (dot >= 0) {
            int www = dot - 3;
            int next = dot + 1;
            if (isWww(text, www)) {
                char before = Chars.at(text, www - 1);
                if (!Chars.isWordChar(before) && before != '/' && before != '.' && before != '@' && before != ':'
                        && before != '-' && !insideFound(found, size, www)) {
                    int end = urlEnd(text, www + 4);
                    if (end > 0 && hasLetterTld(text, www + 4, authorityEnd(text, www + 4, end))) {
                        found.add(new Candidate(EntityType.URL, www, end, SCHEMELESS_CONFIDENCE));
                    }
                    next = Math.max(next, end);
                }
            }
            dot = next < text.length() ? text.indexOf('.', next) : -1;
        }
    }

    /** "www" or "WWW" at {@code at}. */
    private static boolean isWww(String text, int at) {
        char c = text.charAt(at);
        return (c == 'w' || c == 'W') && text.charAt(at + 1) == c && text.charAt(at + 2) == c;
    }

    private static boolean insideFound(List<Candidate> found, int size, int at) {
        return size > 0 && found.get(size - 1).end() > at && found.get(0).start() <= at && containsIndex(found, size, at);
    }

    private static boolean containsIndex(List<Candidate> found, int size, int at) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Candidate c = found.get(mid);
            if (c.end() <= at) {
                low = mid + 1;
            } else if (c.start() > at) {
                high = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The host in {@code text[from, to)} (port dropped) has a dot and ends in a label of ≥ 2 ASCII letters. */
    private static boolean hasLetterTld(String text, int from, int to) {
        int hostEnd = to;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == ':') {
                hostEnd = k;
                break;
            }
        }
        int dot = hostEnd - 1;
        while (dot >= from && text.charAt(dot) != '.') {
            dot--;
        }
        if (dot < from || hostEnd - dot - 1 < 2) {
            return false;
        }
        for (int k = dot + 1; k < hostEnd; k++) {
            if (!Chars.isAsciiLetter(text.charAt(k))) {
                return false;
            }
        }
        return true;
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
        return end(text, from, false);
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == ']';
    }

    /** The first {@code /}, {@code ?} or {@code #} in {@code text[from, to)}, or {@code to}. */
    private static int authorityEnd(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '/' || c == '?' || c == '#') {
                return k;
            }
        }
        return to;
    }

    /**
     * Where the authority of a URL starting at {@code from} ends: at its first {@code /}, {@code ?} or
     * {@code #}, else where {@link #urlEnd} would end the URL; -1 when that leaves nothing. Reads only
     * the authority.
     */
    private static int authorityEnd(String text, int from) {
        return end(text, from, true);
    }

    /**
     * The end of the URL starting at {@code from} (URL characters, parentheses balanced, trailing
     * sentence punctuation left out), or with {@code authorityOnly} of its authority: the first
     * {@code /}, {@code ?} or {@code #} ends that. -1 when nothing is left.
     */
    private static int end(String text, int from, boolean authorityOnly) {
        int end = from;
        int openParens = 0;
        while (end < text.length() && isUrlChar(text.charAt(end))) {
            char c = text.charAt(end);
            if (authorityOnly && (c == '/' || c == '?' || c == '#')) {
                return end;
            }
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

    /** Whether the authority {@code text[from, authorityEnd)} names a host (after any user info). */
    private static boolean hasHost(String text, int from, int authorityEnd) {
        int at = lastAt(text, from, authorityEnd);
        int hostStart = at < 0 ? from : at + 1;
        if (hostStart >= authorityEnd) {
            return false;
        }
        char first = text.charAt(hostStart);
        return Chars.isAsciiAlnum(first) || first == '[';
    }

    /** Whether the authority {@code text[from, authorityEnd)} has user info with a password ({@code user:pw@}). */
    private static boolean hasPassword(String text, int from, int authorityEnd) {
        int at = lastAt(text, from, authorityEnd);
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
