package ai.datafog.domain.detection.validate;

import ai.datafog.domain.detection.scan.Chars;

/** Dotted-quad IPv4 grammar: four octets 0–255, no leading zeros ({@code 01} reads as a version, not an address). */
public final class Ipv4 {

    private Ipv4() {
    }

    /** End (exclusive) of a dotted quad starting at {@code from}, or -1. Reads at most 15 chars. */
    public static int parse(CharSequence text, int from) {
        int i = from;
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0) {
                if (Chars.at(text, i) != '.') {
                    return -1;
                }
                i++;
            }
            int end = Chars.skipDigits(text, i);
            int length = end - i;
            if (length == 0 || length > 3 || (length > 1 && text.charAt(i) == '0')) {
                return -1;
            }
            int value = Integer.parseInt(text.subSequence(i, end).toString());
            if (value > 255) {
                return -1;
            }
            i = end;
        }
        return i;
    }

    /** True when the whole of {@code text[from, to)} is a dotted quad. */
    public static boolean isValid(CharSequence text, int from, int to) {
        return parse(text, from) == to;
    }
}
