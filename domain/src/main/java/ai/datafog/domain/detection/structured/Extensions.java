package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.scan.Chars;

/**
 * A phone extension right after a number ({@code x204}, {@code ext. 12}, {@code ext 12},
 * {@code extension 4410}) belongs to the number: it identifies one person's line.
 */
final class Extensions {

    private static final int MAX_DIGITS = 6;
    private static final String[] MARKERS = {"extension", "ext.", "ext", "x"};

    private Extensions() {
    }

    /** {@code phone}, widened over a following extension when one is there. */
    static Candidate extend(String text, Candidate phone) {
        int k = phone.end();
        if (Chars.at(text, k) == ',') {
            k++;
        }
        if (Chars.at(text, k) == ' ') {
            k++;
        }
        for (String marker : MARKERS) {
            if (Chars.regionMatchesLower(text, k, marker)) {
                int digitsFrom = k + marker.length();
                if (Chars.at(text, digitsFrom) == ' ' && marker.length() > 1) {
                    digitsFrom++;
                }
                int digitsEnd = Chars.skipDigits(text, digitsFrom);
                int count = digitsEnd - digitsFrom;
                if (count >= 1 && count <= MAX_DIGITS && !Chars.isWordChar(Chars.at(text, digitsEnd))
                        && !Chars.numberContinuesAt(text, digitsEnd) && k > phone.end()) {
                    return new Candidate(phone.type(), phone.start(), digitsEnd, phone.confidence());
                }
                return phone;
            }
        }
        return phone;
    }
}
