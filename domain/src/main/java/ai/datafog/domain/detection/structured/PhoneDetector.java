package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;
import ai.datafog.domain.detection.scan.ContextWords;
import ai.datafog.domain.detection.scan.ScanText;
import ai.datafog.domain.detection.validate.NanpRules;
import ai.datafog.domain.detection.validate.PhonePlans;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Phone numbers. NANP: {@code (415) 555-0132}, {@code (415)-555-0132}, {@code 415-555-0132}, {@code 415.555.0132},
 * {@code 415 555 0132}, with an optional leading {@code 1}/{@code +1}; area code and exchange obey
 * the numbering plan; ten bare digits only next to a phone cue word; trunk-prefixed national numbers
 * ({@link TrunkNumbers}); an extension ({@link Extensions}) stays with its number. International: {@code +CC}
 * followed by exactly the national digit count of that country's plan. Never part of a longer
 * digit run (so not inside a card number, a date or an IP address).
 */
public final class PhoneDetector implements Detector {

    static final double INTERNATIONAL_CONFIDENCE = 0.9;
    static final double BARE_CONFIDENCE = 0.6;
    private static final ContextWords CUES = ContextWords.of(
            "phone", "tel", "telephone", "call", "mobile", "cell", "fax", "contact", "text", "sms", "whatsapp", "ph",
            "dial", "ring", "extension", "hotline", "landline", "portable", "téléphone", "numéro", "telefon", "ruf",
            "handy", "mob", "cellphone");
    private static final int CUE_WINDOW = 30;

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.PHONE);
    }

    @Override
    public List<Candidate> detect(ScanText scan) {
        List<Candidate> found = new ArrayList<>();
        String text = scan.text();
        int resume = 0;
        for (int k = 0; k < scan.digitRuns(); k++) {
            int digit = scan.runStart(k);
            for (int i = Math.max(digit - 1, 0); i <= digit; i++) {
                Candidate phone = i >= resume ? at(text, i) : null;
                if (phone != null) {
                    phone = Extensions.extend(text, phone);
                    found.add(phone);
                    resume = phone.end();
                }
            }
        }
        return found;
    }

    /** A number starts at a digit, or at a {@code +} or {@code (} right before one. */
    private static Candidate at(String text, int i) {
        char c = text.charAt(i);
        if (c == '+' && Chars.digitAt(text, i + 1) && startsClean(text, i)) {
            return international(text, i);
        }
        if ((Chars.isDigit(c) || (c == '(' && Chars.digitAt(text, i + 1)))
                && startsClean(text, i) && Chars.at(text, i - 1) != '+') {
            return national(text, i);
        }
        return null;
    }

    private static boolean startsClean(String text, int i) {
        return !Chars.isWordChar(Chars.at(text, i - 1)) && !Chars.numberEndsBefore(text, i);
    }

    private static Candidate national(String text, int i) {
        DigitGroups g = DigitGroups.read(text, i, true);
        if (g.count >= 4 && g.length(0) == 1 && text.charAt(g.starts[0]) == '1' && !g.parenthesised[0]
                && isNanpShape(g, 1)) {
            return nanp(text, i, g, 1, 0.05);
        }
        if (g.count >= 3 && isNanpShape(g, 0)) {
            return nanp(text, i, g, 0, 0.0);
        }
        Candidate trunk = TrunkNumbers.match(text, i, g);
        if (trunk != null && (!TrunkNumbers.needsCue(trunk) || CUES.near(text, i, trunk.end(), CUE_WINDOW, 0))) {
            return trunk;
        }
        if (g.count >= 1 && g.length(0) == 10 && !g.parenthesised[0] && !g.gluedBefore(1)
                && CUES.near(text, i, g.ends[0], CUE_WINDOW, 0)) {
            int start = g.starts[0];
            boolean valid = NanpRules.isAreaCode(Integer.parseInt(text, start, start + 3, 10))
                    && NanpRules.isExchange(Integer.parseInt(text, start + 3, start + 6, 10));
            return valid && endsClean(text, g.ends[0]) ? new Candidate(EntityType.PHONE, i, g.ends[0], BARE_CONFIDENCE) : null;
        }
        return null;
    }

    /**
     * Groups first..first+2 are 3, 3 and 4 digits, written consistently; a parenthesised area code is
     * followed by the exchange directly, after a space, or after a hyphen when the line number is
     * hyphenated too ({@code (415)-555-0132}).
     */
    private static boolean isNanpShape(DigitGroups g, int first) {
        if (g.length(first) != 3 || g.length(first + 1) != 3 || g.length(first + 2) != 4
                || g.parenthesised[first + 1] || g.parenthesised[first + 2]) {
            return false;
        }
        char s1 = g.separators[first + 1];
        char s2 = g.separators[first + 2];
        if (g.parenthesised[first]) {
            return (s1 == ')' && s2 != ')') || (s1 == '-' && s2 == '-');
        }
        return s1 != ')' && (s1 == s2 || (s1 == ' ' && s2 == '-'));
    }

    private static Candidate nanp(String text, int start, DigitGroups g, int first, double bonus) {
        int consumed = first + 3;
        if (g.gluedBefore(consumed) || (consumed == g.count && g.truncated)) {
            return null;
        }
        int area = Integer.parseInt(text, g.starts[first], g.ends[first], 10);
        int exchange = Integer.parseInt(text, g.starts[first + 1], g.ends[first + 1], 10);
        int end = g.endOf(consumed - 1);
        if (!NanpRules.isAreaCode(area) || !NanpRules.isExchange(exchange) || !endsClean(text, end)) {
            return null;
        }
        char style = g.separators[first + 2];
        double confidence = g.parenthesised[first] || style == '-' ? 0.85 : style == '.' ? 0.8 : 0.75;
        // Rounded to two decimals: 0.8 + 0.05 is 0.8500000000000001 in binary, which would beat an equal 0.85.
        return new Candidate(EntityType.PHONE, start, end, Math.round((confidence + bonus) * 100) / 100.0);
    }

    private static Candidate international(String text, int plus) {
        DigitGroups g = DigitGroups.read(text, plus + 1, true);
        if (g.count == 0 || g.parenthesised[0]) {
            return null;
        }
        String all = g.digits(text, 0, g.count);
        Optional<PhonePlans.Plan> found = PhonePlans.forDigits(all);
        if (found.isEmpty() || found.get().countryCode().length() > g.length(0)) {
            return null;
        }
        PhonePlans.Plan plan = found.get();
        int trunk = g.count > 1 && g.parenthesised[1] && g.length(1) == 1 && text.charAt(g.starts[1]) == '0' ? 1 : 0;
        for (int k = g.count; k >= 1; k--) {
            int national = g.digitCount(0, k) - plan.countryCode().length() - trunk;
            boolean boundary = k == g.count ? !g.truncated : !g.gluedBefore(k);
            if (boundary && national >= plan.minDigits() && national <= plan.maxDigits()
                    && endsClean(text, g.endOf(k - 1))
                    && (!plan.countryCode().equals("1") || isNanpNational(g.digits(text, 0, k).substring(1)))) {
                return new Candidate(EntityType.PHONE, plus, g.endOf(k - 1), INTERNATIONAL_CONFIDENCE);
            }
        }
        return null;
    }

    private static boolean isNanpNational(String national) {
        return national.length() == 10
                && NanpRules.isAreaCode(Integer.parseInt(national, 0, 3, 10))
                && NanpRules.isExchange(Integer.parseInt(national, 3, 6, 10));
    }

    private static boolean endsClean(String text, int end) {
        return !Chars.isWordChar(Chars.at(text, end)) && !Chars.numberContinuesAt(text, end);
    }
}
