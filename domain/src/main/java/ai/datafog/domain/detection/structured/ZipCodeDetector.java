package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;
import ai.datafog.domain.detection.scan.ContextWords;
import ai.datafog.domain.detection.scan.ScanText;
import ai.datafog.domain.detection.validate.UsStates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * US ZIP ({@code 12345}) and ZIP+4 ({@code 12345-6789}) codes, only right after a US state
 * ("Springfield, IL 62704", "Austin, Texas 78701") or near a cue word ("zip", "postal code"):
 * a bare five-digit number is a quantity, not a ZIP code.
 */
public final class ZipCodeDetector implements Detector {

    static final double AFTER_STATE_CONFIDENCE = 0.85;
    static final double CUED_CONFIDENCE = 0.8;
    static final ContextWords CUES = ContextWords.of("zip", "zipcode", "zip code", "postal code", "postcode", "zip+4");
    private static final int CUE_WINDOW = 25;

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.ZIP_CODE);
    }

    @Override
    public List<Candidate> detect(ScanText scan) {
        List<Candidate> found = new ArrayList<>();
        String text = scan.text();
        int resume = 0;
        for (int k = 0; k < scan.digitRuns(); k++) {
            int i = scan.runStart(k);
            int runEnd = scan.runEnd(k);
            if (i < resume || runEnd - i != 5 || Chars.isWordChar(Chars.at(text, i - 1))
                    || Chars.numberEndsBefore(text, i)) {
                continue;
            }
            int end = runEnd;
            if (Chars.at(text, end) == '-' && Chars.skipDigits(text, end + 1) == end + 5) {
                end += 5;
            }
            if (!Chars.isWordChar(Chars.at(text, end)) && !Chars.numberContinuesAt(text, end)) {
                double confidence = afterState(text, i) ? AFTER_STATE_CONFIDENCE
                        : CUES.near(text, i, end, CUE_WINDOW, 0) ? CUED_CONFIDENCE : 0;
                if (confidence > 0) {
                    found.add(new Candidate(EntityType.ZIP_CODE, i, end, confidence));
                    resume = end;
                }
            }
        }
        return found;
    }

    /** True when one or two spaces, preceded by a state abbreviation or name, come right before {@code start}. */
    private static boolean afterState(String text, int start) {
        int k = start - 1;
        if (Chars.at(text, k) != ' ') {
            return false;
        }
        if (Chars.at(text, k - 1) == ' ') {
            k--;
        }
        if (k >= 2 && Chars.isUpper(text.charAt(k - 1)) && Chars.isUpper(text.charAt(k - 2))
                && !Chars.isWordChar(Chars.at(text, k - 3))
                && UsStates.ABBREVIATIONS.contains(text.substring(k - 2, k))) {
            return true;
        }
        for (String name : UsStates.NAMES) {
            int from = k - name.length();
            if (from >= 0 && text.startsWith(name, from) && !Chars.isWordChar(Chars.at(text, from - 1))) {
                return true;
            }
        }
        return false;
    }
}
