package ai.datafog.domain.detection.validate;

/** Whether a year, month and day name a real day of the Gregorian calendar (leap years included). */
public final class CalendarDate {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2099;

    private CalendarDate() {
    }

    public static boolean isReal(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= daysIn(year, month);
    }

    static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    /** A two-digit year as people write it in dates of birth: 00–29 → 2000s, 30–99 → 1900s. */
    public static int expandTwoDigitYear(int year) {
        return year < 30 ? 2000 + year : 1900 + year;
    }
}
