package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.scan.Chars;

import java.util.ArrayList;
import java.util.List;

/**
 * The scan shared by detectors of free-standing numbers: try a match at every digit that starts a
 * number (not inside a word or a longer number); after a match, resume past it, else past the digits.
 * Linear: every character is passed once, whatever the matcher reads ahead.
 */
final class NumberStarts {

    /** Tries to read one entity starting at {@code start}; {@code null} when there is none. */
    interface Matcher {
        Candidate at(String text, int start);
    }

    private NumberStarts() {
    }

    static List<Candidate> scan(String text, Matcher matcher) {
        List<Candidate> found = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Chars.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            if (!Chars.isWordChar(Chars.at(text, i - 1)) && !Chars.numberEndsBefore(text, i)) {
                Candidate match = matcher.at(text, i);
                if (match != null) {
                    found.add(match);
                    i = match.end();
                    continue;
                }
            }
            i = Chars.skipDigits(text, i);
        }
        return found;
    }
}
