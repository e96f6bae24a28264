package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** MAC addresses: six hex pairs joined by one consistent separator, {@code :} or {@code -}, standing alone. */
public final class MacAddressDetector implements Detector {

    static final double CONFIDENCE = 0.9;
    private static final int LENGTH = 17;

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.MAC_ADDRESS);
    }

    @Override
    public List<Candidate> detect(String text) {
        List<Candidate> found = new ArrayList<>();
        int last = text.length() - LENGTH;
        int i = 0;
        while (i <= last) {
            char separator = text.charAt(i + 2);
            if ((separator == ':' || separator == '-') && Chars.isHex(text.charAt(i)) && startsClean(text, i)
                    && isMac(text, i)) {
                found.add(new Candidate(EntityType.MAC_ADDRESS, i, i + LENGTH, CONFIDENCE));
                i += LENGTH;
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean startsClean(String text, int i) {
        char before = Chars.at(text, i - 1);
        return !Chars.isWordChar(before) && before != ':' && before != '-';
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
