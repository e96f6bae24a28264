package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.scan.Chars;
import ai.datafog.domain.detection.scan.ScanText;

import java.util.ArrayList;
import java.util.List;

/**
 * The scan shared by detectors of free-standing numbers: try a match at every digit run that starts a
 * number (not inside a word or a longer number), in text order; runs that start inside an earlier
 * match are skipped. Only the text's digit runs are visited, whatever the matcher reads ahead.
 */
final class NumberStarts {

    /** Tries to read one entity starting at digit run {@code run}; {@code null} when there is none. */
    interface Matcher {
        Candidate at(ScanText scan, int run);
    }

    private NumberStarts() {
    }

    static List<Candidate> scan(ScanText scan, Matcher matcher) {
        List<Candidate> found = new ArrayList<>();
        String text = scan.text();
        int resume = 0;
        for (int k = 0; k < scan.digitRuns(); k++) {
            int i = scan.runStart(k);
            if (i >= resume && !Chars.isWordChar(Chars.at(text, i - 1)) && !Chars.numberEndsBefore(text, i)) {
                Candidate match = matcher.at(scan, k);
                if (match != null) {
                    found.add(match);
                    resume = match.end();
                }
            }
        }
        return found;
    }
}
