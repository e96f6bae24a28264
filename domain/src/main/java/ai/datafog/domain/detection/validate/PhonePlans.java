package ai.datafog.domain.detection.validate;

import java.util.Map;
import java.util.Optional;

/**
 * Country calling codes with the number of national significant digits each plan dials
 * (ITU-T E.164 national plans, simplified to a min–max range per country).
 */
public final class PhonePlans {

    /** How many national digits follow a country code. */
    public record Plan(String countryCode, int minDigits, int maxDigits) {
    }

    private static final Map<String, Plan> PLANS = Map.ofEntries(
            plan("1", 10, 10), plan("7", 10, 10), plan("20", 9, 10), plan("27", 9, 9), plan("30", 10, 10),
            plan("31", 9, 9), plan("32", 8, 9), plan("33", 9, 9), plan("34", 9, 9), plan("36", 8, 9),
            plan("39", 6, 11), plan("40", 9, 9), plan("41", 9, 9), plan("43", 4, 13), plan("44", 9, 10),
            plan("45", 8, 8), plan("46", 7, 10), plan("47", 8, 8), plan("48", 9, 9), plan("49", 6, 13),
            plan("51", 8, 9), plan("52", 10, 10), plan("53", 8, 8), plan("54", 10, 11), plan("55", 10, 11),
            plan("56", 9, 9), plan("57", 10, 10), plan("58", 10, 10), plan("60", 8, 10), plan("61", 9, 9),
            plan("62", 8, 12), plan("63", 8, 10), plan("64", 8, 10), plan("65", 8, 8), plan("66", 8, 9),
            plan("81", 9, 10), plan("82", 8, 10), plan("84", 9, 10), plan("86", 10, 11), plan("90", 10, 10),
            plan("91", 10, 10), plan("92", 9, 10), plan("93", 9, 9), plan("94", 9, 9), plan("95", 8, 10),
            plan("98", 10, 10), plan("212", 9, 9), plan("213", 9, 9), plan("216", 8, 8), plan("234", 8, 10),
            plan("233", 9, 9), plan("254", 9, 9), plan("255", 9, 9), plan("256", 9, 9), plan("351", 9, 9),
            plan("352", 6, 11), plan("353", 7, 9), plan("354", 7, 9), plan("356", 8, 8), plan("357", 8, 8),
            plan("358", 6, 10), plan("359", 8, 9), plan("370", 8, 8), plan("371", 8, 8), plan("372", 7, 8),
            plan("380", 9, 9), plan("381", 8, 9), plan("385", 8, 9), plan("386", 8, 8), plan("420", 9, 9),
            plan("421", 9, 9), plan("852", 8, 8), plan("853", 8, 8), plan("880", 10, 10), plan("886", 8, 9),
            plan("961", 7, 8), plan("962", 8, 9), plan("965", 8, 8), plan("966", 9, 9), plan("971", 8, 9),
            plan("972", 8, 9), plan("974", 8, 8));

    private PhonePlans() {
    }

    private static Map.Entry<String, Plan> plan(String code, int min, int max) {
        return Map.entry(code, new Plan(code, min, max));
    }

    /** The plan whose country code is a prefix of {@code digits} (country codes are prefix-free). */
    public static Optional<Plan> forDigits(CharSequence digits) {
        for (int length = 1; length <= 3 && length <= digits.length(); length++) {
            Plan plan = PLANS.get(digits.subSequence(0, length).toString());
            if (plan != null) {
                return Optional.of(plan);
            }
        }
        return Optional.empty();
    }
}
