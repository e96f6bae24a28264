package ai.datafog.domain.detection.validate;

import ai.datafog.domain.detection.scan.Chars;

/**
 * IPv6 text grammar (RFC 4291 §2.2): eight groups of 1–4 hex digits, or fewer with exactly one
 * {@code ::}, optionally ending in an embedded dotted quad that counts as two groups.
 */
public final class Ipv6 {

    public static final int MAX_LENGTH = 45;

    private Ipv6() {
    }

    /** The number of explicit groups when {@code text[from, to)} is a valid address, else -1. */
    public static int groups(CharSequence text, int from, int to) {
        if (to - from < 2 || to - from > MAX_LENGTH) {
            return -1;
        }
        int groups = 0;
        boolean compressed = false;
        int i = from;
        if (text.charAt(i) == ':') {
            if (text.charAt(i + 1) != ':') {
                return -1;
            }
            compressed = true;
            i += 2;
        }
        while (i < to) {
            int end = i;
            while (end < to && Chars.isHex(text.charAt(end)) && end - i <= 4) {
                end++;
            }
            if (end < to && text.charAt(end) == '.') {
                if (!Ipv4.isValid(text, i, to)) {
                    return -1;
                }
                groups += 2;
                i = to;
                break;
            }
            if (end == i || end - i > 4) {
                return -1;
            }
            groups++;
            i = end;
            if (i == to) {
                break;
            }
            if (text.charAt(i) != ':') {
                return -1;
            }
            i++;
            if (i < to && text.charAt(i) == ':') {
                if (compressed) {
                    return -1;
                }
                compressed = true;
                i++;
            } else if (i == to) {
                return -1;
            }
        }
        if (groups == 0 || (compressed ? groups > 7 : groups != 8)) {
            return -1;
        }
        return groups;
    }
}
