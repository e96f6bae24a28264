package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;
import ai.datafog.domain.detection.scan.ScanText;
import ai.datafog.domain.detection.validate.IbanCountries;
import ai.datafog.domain.detection.validate.Mod97;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * IBANs: country code, two check digits and the national account number, compact or in groups of
 * four separated by single spaces; exactly the length the country registered, and mod-97 = 1.
 */
public final class IbanDetector implements Detector {

    static final double CONFIDENCE = 0.95;

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.IBAN);
    }

    /** Tried where two letters come right before a run of at least two digits (the check digits). */
    @Override
    public List<Candidate> detect(ScanText scan) {
        List<Candidate> found = new ArrayList<>();
        String text = scan.text();
        int resume = 0;
        for (int k = 0; k < scan.digitRuns(); k++) {
            int i = scan.runStart(k) - 2;
            if (i >= resume && scan.runEnd(k) - i >= 4 && Chars.isAsciiLetter(text.charAt(i))
                    && Chars.isAsciiLetter(text.charAt(i + 1)) && !Chars.isWordChar(Chars.at(text, i - 1))) {
                Candidate iban = at(text, i);
                if (iban != null) {
                    found.add(iban);
                    resume = iban.end();
                }
            }
        }
        return found;
    }

    private static Candidate at(String text, int i) {
        boolean upper = Chars.isUpper(text.charAt(i));
        if (Chars.isUpper(text.charAt(i + 1)) != upper) {
            return null;
        }
        String country = text.substring(i, i + 2).toUpperCase(Locale.ROOT);
        OptionalInt length = IbanCountries.lengthOf(country);
        if (length.isEmpty()) {
            return null;
        }
        boolean spaced = Chars.at(text, i + 4) == ' ';
        StringBuilder compact = new StringBuilder(IbanCountries.MAX_LENGTH).append(country).append(text, i + 2, i + 4);
        int pos = i + 4;
        while (compact.length() < length.getAsInt()) {
            if (spaced && compact.length() % 4 == 0) {
                if (Chars.at(text, pos) != ' ') {
                    return null;
                }
                pos++;
            }
            char c = Chars.at(text, pos);
            if (!Chars.isDigit(c) && !(Chars.isAsciiLetter(c) && Chars.isUpper(c) == upper)) {
                return null;
            }
            compact.append(Character.toUpperCase(c));
            pos++;
        }
        if (Chars.isWordChar(Chars.at(text, pos)) || !Mod97.isValidIban(compact)) {
            return null;
        }
        return new Candidate(EntityType.IBAN, i, pos, CONFIDENCE);
    }
}
