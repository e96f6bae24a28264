package ai.datafog.domain.detection.validate;

import ai.datafog.domain.detection.scan.Chars;

/** English weekday names and their usual abbreviations ("Tue", "Tues", "Thurs"), case-insensitive. */
public final class Weekdays {

    private static final String[] NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"};

    private Weekdays() {
    }

    /** True when {@code text[from, to)} is a weekday name or abbreviation. */
    public static boolean isWeekday(CharSequence text, int from, int to) {
        for (String name : NAMES) {
            if (name.length() == to - from && Chars.regionMatchesLower(text, from, name)) {
                return true;
            }
        }
        return false;
    }
}
