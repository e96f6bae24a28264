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
 * MAC addresses: six hex pairs joined by one consistent separator, {@code :} or {@code -}, or the
 * dotted form of network gear, three groups of four hex digits ({@code 0123.4567.89ab}) with at least
 * one letter (all-digit dotted triples are versions and serials); standing alone or after a label and
 * its colon ({@code hwaddr:00:1a:2b:3c:4d:5e}, see {@link Labels}).
 */
public final class MacAddressDetector implements Detector {

    static final double CONFIDENCE = 0.9;
    private static final int LENGTH = 17;
    private static final int DOTTED_LENGTH = 14;

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.MAC_ADDRESS);
    }

    /** The colon and dash forms, tried where a separator stands two chars after the start. */
    @Override
    public List<Candidate> detect(ScanText scan) {
        String text = scan.text();
        List<Candidate> found = new ArrayList<>();
        int last = text.length() - LENGTH;
        int colon = text.indexOf(':', 2);
        int dash = text.indexOf('-', 2);
        int i = 0;
        while (i <= last) {
            if (colon >= 0 && colon < i + 2) {
                colon = text.indexOf(':', i + 2);
            }
            if (dash >= 0 && dash < i + 2) {
                dash = text.indexOf('-', i + 2);
            }
            int separator = colon < 0 ? dash : dash < 0 ? colon : Math.min(colon, dash);
            if (separator < 0) {
                break;
            }
            i = separator - 2;
            if (i > last) {
                break;
            }
            if (Chars.isHex(text.charAt(i)) && startsClean(text, i) && isMac(text, i)) {
                found.add(new Candidate(EntityType.MAC_ADDRESS, i, i + LENGTH, CONFIDENCE));
                i += LENGTH;
            } else {
                i++;
            }
        }
        dotted(text, found);
        return found;
    }

    /** The dotted form, found from its first dot: dots are rarer than characters, so this pass is cheap. */
    private static void dotted(String text, List<Candidate> found) {
        int dot = text.indexOf('.', 4);
        while (dot >= 0) {
            int start = dot - 4;
            int next = dot + 1;
            if (Chars.isHex(text.charAt(start)) && startsClean(text, start) && isDotted(text, start)) {
                found.add(new Candidate(EntityType.MAC_ADDRESS, start, start + DOTTED_LENGTH, CONFIDENCE));
                next = start + DOTTED_LENGTH;
            }
            dot = next < text.length() ? text.indexOf('.', next) : -1;
        }
    }

    private static boolean isDotted(String text, int i) {
        if (i + DOTTED_LENGTH > text.length() || Chars.at(text, i - 1) == '.') {
            return false;
        }
        boolean letter = false;
        boolean upper = false;
        boolean lower = false;
        for (int k = 0; k < DOTTED_LENGTH; k++) {
            char c = text.charAt(i + k);
            if (k == 4 || k == 9) {
                if (c != '.') {
                    return false;
                }
            } else if (!Chars.isHex(c)) {
                return false;
            } else if (!Chars.isDigit(c)) {
                letter = true;
                upper |= Chars.isUpper(c);
                lower |= !Chars.isUpper(c);
            }
        }
        char after = Chars.at(text, i + DOTTED_LENGTH);
        boolean continues = (after == '.' || after == '-' || after == ':') && Chars.isAsciiAlnum(Chars.at(text, i + DOTTED_LENGTH + 1));
        return letter && !(upper && lower) && !Chars.isWordChar(after) && !continues;
    }

    /** Not inside a word or a longer colon- or dash-joined run; after a label's colon ({@code mac:}) is clean. */
    private static boolean startsClean(String text, int i) {
        char before = Chars.at(text, i - 1);
        if (before == ':') {
            return Labels.endsAt(text, i - 1);
        }
        return !Chars.isWordChar(before) && before != '-';
    }

    private static boolean isMac(String text, int i) {
        char separator = text.charAt(i + 2);
        if (separator != ':' && separator != '-') {
            return false;
        }
        for (int group = 0; group < 6; group++) {
            int at = i + group * 3;
            if (!Chars.isHex(text.charAt(at)) || !Chars.isHex(text.charAt(at + 1))) {
                return false;
            }
            if (group < 5 && text.charAt(at + 2) != separator) {
                return false;
            }
        }
        int end = i + LENGTH;
        char after = Chars.at(text, end);
        boolean continues = after == separator && Chars.isHex(Chars.at(text, end + 1));
        return !Chars.isWordChar(after) && !continues;
    }
}
