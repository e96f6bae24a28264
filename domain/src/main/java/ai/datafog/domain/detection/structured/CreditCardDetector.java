package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;
import ai.datafog.domain.detection.scan.ScanText;
import ai.datafog.domain.detection.validate.CardIssuers;
import ai.datafog.domain.detection.validate.Luhn;

import java.util.List;
import java.util.Set;

/**
 * Payment card numbers: 13–19 digits, contiguous or in groups joined by one consistent separator
 * (space or dash; dots only as 4-4-4-4), with a known issuer prefix for that length and a valid Luhn check digit.
 * A dash-joined or contiguous run is taken whole; a space-separated run may hold a card among
 * other numbers, so windows of its groups are tried.
 */
public final class CreditCardDetector implements Detector {

    static final double GROUPED_CONFIDENCE = 0.9;
    static final double CONTIGUOUS_CONFIDENCE = 0.85;
    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.CREDIT_CARD);
    }

    @Override
    public List<Candidate> detect(ScanText text) {
        return NumberStarts.scan(text, CreditCardDetector::atRun);
    }

    /** Runs that cannot gather {@link #MIN_DIGITS} digits in one-char-separated groups are not read. */
    private static Candidate atRun(ScanText scan, int run) {
        return scan.groupedDigits(run, MIN_DIGITS) < MIN_DIGITS ? null : at(scan.text(), scan.runStart(run));
    }

    private static Candidate at(String text, int i) {
        DigitGroups g = DigitGroups.read(text, i, false);
        if (g.count == 0) {
            return null;
        }
        char separator = g.count > 1 ? g.separators[1] : 0;
        for (int k = 2; k < g.count; k++) {
            if (g.separators[k] != separator) {
                return g.digitCount(0, k) >= MIN_DIGITS ? window(text, g, 0, k, separator) : null;
            }
        }
        if (separator == '.') {
            return isFourByFour(g) ? window(text, g, 0, g.count, separator) : null;
        }
        return window(text, g, 0, g.count, separator);
    }

    /** The longest valid card among groups [from, to) starting at group {@code from}. */
    private static Candidate window(String text, DigitGroups g, int from, int to, char separator) {
        if (g.truncated && to == g.count && separator != ' ') {
            return null;
        }
        for (int k = to; k > from; k--) {
            int digits = g.digitCount(from, k);
            if (digits < MIN_DIGITS) {
                return null;
            }
            boolean whole = k == to || separator == ' ';
            if (digits <= MAX_DIGITS && whole && endsClean(text, g.ends[k - 1]) && isCard(g.digits(text, from, k))) {
                double confidence = k - from > 1 ? GROUPED_CONFIDENCE : CONTIGUOUS_CONFIDENCE;
                return new Candidate(EntityType.CREDIT_CARD, g.starts[from], g.ends[k - 1], confidence);
            }
        }
        return null;
    }

    /** Dots join card groups only in the 4-4-4-4 layout; other dotted runs are versions and amounts. */
    private static boolean isFourByFour(DigitGroups g) {
        if (g.count != 4 || g.truncated) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (g.length(k) != 4) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCard(String digits) {
        return CardIssuers.isKnown(digits) && Luhn.isValid(digits);
    }

    private static boolean endsClean(String text, int end) {
        return !Chars.isWordChar(Chars.at(text, end)) && !Chars.numberContinuesAt(text, end);
    }
}
