package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;
import ai.datafog.domain.detection.scan.ContextWords;
import ai.datafog.domain.detection.scan.ScanText;
import ai.datafog.domain.detection.validate.SsnRules;

import java.util.List;
import java.util.Set;

/**
 * US Social Security numbers {@code ddd-dd-dddd} that obey the issuing rules; the spaced form
 * {@code ddd dd dddd} and nine bare digits only next to a cue word ("ssn", "social security").
 * Never part of a longer number.
 */
public final class SsnDetector implements Detector {

    static final double DASHED_CONFIDENCE = 0.85;
    static final double CUED_CONFIDENCE = 0.7;
    static final ContextWords CUES = ContextWords.of("ssn", "ssns", "social security", "soc sec", "ss#", "ss #", "ssa");
    private static final int CUE_WINDOW = 40;

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.SSN);
    }

    @Override
    public List<Candidate> detect(ScanText text) {
        return NumberStarts.scan(text, (scan, run) -> at(scan.text(), scan.runStart(run)));
    }

    private static Candidate at(String text, int i) {
        int runEnd = Chars.skipDigits(text, i);
        if (runEnd - i == 9) {
            return endsClean(text, runEnd) && cued(text, i, runEnd) && valid(text, i, i + 3, i + 5)
                    ? new Candidate(EntityType.SSN, i, runEnd, CUED_CONFIDENCE) : null;
        }
        if (runEnd - i != 3) {
            return null;
        }
        char separator = Chars.at(text, i + 3);
        if ((separator != '-' && separator != ' ') || Chars.skipDigits(text, i + 4) != i + 6
                || Chars.at(text, i + 6) != separator || Chars.skipDigits(text, i + 7) != i + 11) {
            return null;
        }
        int end = i + 11;
        if (!endsClean(text, end) || !valid(text, i, i + 4, i + 7)) {
            return null;
        }
        if (separator == '-') {
            return new Candidate(EntityType.SSN, i, end, DASHED_CONFIDENCE);
        }
        return cued(text, i, end) ? new Candidate(EntityType.SSN, i, end, CUED_CONFIDENCE) : null;
    }

    private static boolean cued(String text, int start, int end) {
        return CUES.near(text, start, end, CUE_WINDOW, 0);
    }

    private static boolean valid(String text, int area, int group, int serial) {
        return SsnRules.isValid(Integer.parseInt(text, area, area + 3, 10),
                Integer.parseInt(text, group, group + 2, 10),
                Integer.parseInt(text, serial, serial + 4, 10));
    }

    private static boolean endsClean(String text, int end) {
        return !Chars.isWordChar(Chars.at(text, end)) && !Chars.numberContinuesAt(text, end);
    }
}
