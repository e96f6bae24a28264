package ai.datafog.domain.detection.validate;

/** The SSA's rules for a US Social Security number that can have been issued. */
public final class SsnRules {

    private SsnRules() {
    }

    /** Area ≠ 000, 666, 900–999; group ≠ 00; serial ≠ 0000; and not a number known to be published as a sample. */
    public static boolean isValid(int area, int group, int serial) {
        if (area <= 0 || area == 666 || area >= 900) {
            return false;
        }
        if (group <= 0 || group > 99 || serial <= 0 || serial > 9999) {
            return false;
        }
        boolean woolworthSample = area == 78 && group == 5 && serial == 1120;
        boolean advertisedSample = area == 219 && group == 9 && serial == 9999;
        return !woolworthSample && !advertisedSample;
    }
}
