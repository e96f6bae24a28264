package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.scan.Chars;

/**
 * A colon that ends a label ({@code addr:}, {@code src:}, {@code iface:}, {@code hwaddr:}): an address
 * may start right after it. A word made only of hex digits ({@code dead:}, {@code face:}) is no label,
 * since it may be an address's first group ({@code dead:beef::1}).
 */
final class Labels {

    /** Longer hex words before a colon are digests or data, not labels; the bound keeps each look-back short. */
    private static final int MAX_HEX_TAIL = 64;

    private Labels() {
    }

    /** True when the word ending just before {@code colon} holds a letter or digit that is no hex digit. */
    static boolean endsAt(String text, int colon) {
        int i = colon - 1;
        while (i >= 0 && Chars.isHex(text.charAt(i))) {
            if (colon - i > MAX_HEX_TAIL) {
                return false;
            }
            i--;
        }
        return Chars.isWordChar(Chars.at(text, i));
    }
}
