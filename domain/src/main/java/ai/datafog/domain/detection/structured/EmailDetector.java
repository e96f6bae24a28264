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
 * E-mail addresses: a local part (letters, digits, {@code . _ % + -}, so {@code +tags} work, and an
 * apostrophe between letters as in {@code o'connor}) of at
 * most 64 chars, {@code @}, and a domain of at least two labels whose last label (TLD) is at least
 * two letters; no {@code ..} anywhere. Each {@code @} is examined once with bounded look-around.
 */
public final class EmailDetector implements Detector {

    static final double CONFIDENCE = 0.95;
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;
    private static final int MAX_LABEL = 63;

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.EMAIL);
    }

    @Override
    public List<Candidate> detect(ScanText scan) {
        String text = scan.text();
        List<Candidate> found = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = localStart(text, at);
            int end = domainEnd(text, at);
            if (start >= 0 && end >= 0) {
                found.add(new Candidate(EntityType.EMAIL, start, end, CONFIDENCE));
            }
        }
        return found;
    }

    private static boolean isLocalChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
    }

    /** Start of a valid local part ending at {@code at}, or -1. */
    private static int localStart(String text, int at) {
        int i = at;
        while (i > 0 && isLocalChar(text.charAt(i - 1))) {
            i--;
            if (at - i > MAX_LOCAL) {
                return -1;
            }
        }
        if (Chars.isWordChar(Chars.at(text, i - 1))) {
            return -1;
        }
        while (i < at && (text.charAt(i) == '.' || text.charAt(i) == '-' || text.charAt(i) == '+' || text.charAt(i) == '\'')) {
            i++;
        }
        if (i == at || text.charAt(at - 1) == '.') {
            return -1;
        }
        for (int k = i + 1; k < at; k++) {
            if (text.charAt(k) == '.' && text.charAt(k - 1) == '.') {
                return -1;
            }
            if (text.charAt(k) == '\'' && !(Chars.isAsciiAlnum(text.charAt(k - 1)) && Chars.isAsciiAlnum(text.charAt(k + 1)))) {
                return -1;
            }
        }
        return i;
    }

    /** End (exclusive) of a valid domain starting after {@code at}, or -1. */
    private static int domainEnd(String text, int at) {
        int end = at + 1;
        while (end < text.length() && isDomainChar(text.charAt(end))) {
            end++;
            if (end - at - 1 > MAX_DOMAIN) {
                return -1;
            }
        }
        while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
            end--;
        }
        if (Chars.isWordChar(Chars.at(text, end)) || Chars.at(text, end) == '@') {
            return -1;
        }
        return hasValidLabels(text, at + 1, end) ? end : -1;
    }

    private static boolean isDomainChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '-' || c == '.';
    }

    private static boolean hasValidLabels(String text, int from, int to) {
        int labels = 0;
        int labelStart = from;
        for (int k = from; k <= to; k++) {
            if (k == to || text.charAt(k) == '.') {
                int length = k - labelStart;
                if (length == 0 || length > MAX_LABEL
                        || text.charAt(labelStart) == '-' || text.charAt(k - 1) == '-') {
                    return false;
                }
                labels++;
                if (k == to) {
                    return labels >= 2 && isTld(text, labelStart, k);
                }
                labelStart = k + 1;
            }
        }
        return false;
    }

    private static boolean isTld(String text, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Chars.isAsciiLetter(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
