package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;
import ai.datafog.domain.detection.scan.ScanText;
import ai.datafog.domain.detection.validate.CalendarDate;
import ai.datafog.domain.detection.validate.MonthNames;
import ai.datafog.domain.detection.validate.Weekdays;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Calendar dates that exist: ISO {@code 2024-03-15}, numeric D/M/Y or M/D/Y with {@code / - .}
 * (two-digit years only with {@code /} or {@code -}), and month-name forms ("March 15, 1985",
 * "15 Mar 1985", "15-Mar-1985", "5th of March 2024", with a weekday before it kept in the span), and,
 * with a capitalised month name, month-year ("March 2024") and yearless ("July 14") dates. A date directly followed by a time of day is a machine timestamp
 * and is not reported; nor is a date inside a longer dotted or dashed number.
 */
public final class DateDetector implements Detector {

    static final double ISO_CONFIDENCE = 0.85;
    static final double NUMERIC_CONFIDENCE = 0.8;
    static final double SHORT_YEAR_CONFIDENCE = 0.6;
    static final double MONTH_NAME_CONFIDENCE = 0.9;
    static final double MONTH_YEAR_CONFIDENCE = 0.7;
    static final double NO_YEAR_CONFIDENCE = 0.6;
    private static final int WEEKDAY_LONGEST = 9;

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.DATE);
    }

    /**
     * Every date holds a digit, so only digit runs are visited, in text order: first the month-first
     * form whose month word ends just before the run ("March 15"), then the forms that start at the run.
     */
    @Override
    public List<Candidate> detect(ScanText scan) {
        List<Candidate> found = new ArrayList<>();
        String text = scan.text();
        int resume = 0;
        for (int k = 0; k < scan.digitRuns(); k++) {
            int i = scan.runStart(k);
            if (i < resume) {
                continue;
            }
            Candidate date = null;
            int monthStart = monthWordBefore(text, i);
            if (monthStart >= resume) {
                date = monthFirst(text, monthStart, wordEnd(text, monthStart));
            }
            if (date == null && !Chars.isWordChar(Chars.at(text, i - 1)) && !Chars.numberEndsBefore(text, i)) {
                date = numeric(text, i);
                if (date == null) {
                    date = dayFirst(text, i);
                }
            }
            if (date != null) {
                found.add(date);
                resume = date.end();
            }
        }
        return found;
    }

    /**
     * The start of the word that may be a month before the digits at {@code digits} ("March 15",
     * "Sept. 3"): an ASCII letter run of at most {@link MonthNames#LONGEST} letters, not inside a
     * word, then an optional dot and one space; -1 when there is none.
     */
    private static int monthWordBefore(String text, int digits) {
        int end = digits - 1;
        if (Chars.at(text, end) != ' ') {
            return -1;
        }
        if (Chars.at(text, end - 1) == '.') {
            end--;
        }
        int start = end;
        while (start > 0 && end - start <= MonthNames.LONGEST && Chars.isAsciiLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || end - start > MonthNames.LONGEST || Chars.isWordChar(Chars.at(text, start - 1))) {
            return -1;
        }
        return start;
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Chars.isAsciiLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int value(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    private static Candidate numeric(String text, int i) {
        int e1 = Chars.skipDigits(text, i);
        char separator = Chars.at(text, e1);
        if (e1 - i > 4 || (separator != '/' && separator != '-' && separator != '.')) {
            return null;
        }
        int e2 = Chars.skipDigits(text, e1 + 1);
        if (e2 - e1 - 1 < 1 || e2 - e1 - 1 > 2 || Chars.at(text, e2) != separator) {
            return null;
        }
        int e3 = Chars.skipDigits(text, e2 + 1);
        int lengthA = e1 - i;
        int lengthC = e3 - e2 - 1;
        if (lengthC < 1 || lengthC > 4 || !endsClean(text, e3)) {
            return null;
        }
        int a = value(text, i, e1);
        int b = value(text, e1 + 1, e2);
        int c = value(text, e2 + 1, e3);
        if (lengthA == 4 && lengthC <= 2) {
            return CalendarDate.isReal(a, b, c) ? new Candidate(EntityType.DATE, i, e3, ISO_CONFIDENCE) : null;
        }
        if (lengthA > 2) {
            return null;
        }
        double confidence;
        int year;
        if (lengthC == 4) {
            year = c;
            confidence = NUMERIC_CONFIDENCE;
        } else if (lengthC == 2 && separator != '.') {
            year = CalendarDate.expandTwoDigitYear(c);
            confidence = SHORT_YEAR_CONFIDENCE;
        } else {
            return null;
        }
        boolean real = CalendarDate.isReal(year, a, b) || CalendarDate.isReal(year, b, a);
        return real ? new Candidate(EntityType.DATE, i, e3, confidence) : null;
    }

    /** "15 March 1985", "15th Mar. 1985", "15-Mar-1985". */
    private static Candidate dayFirst(String text, int i) {
        int dayEnd = Chars.skipDigits(text, i);
        if (dayEnd - i > 2) {
            return null;
        }
        int day = value(text, i, dayEnd);
        int k = skipOrdinal(text, dayEnd);
        char separator = Chars.at(text, k);
        if (separator != ' ' && separator != '-') {
            return null;
        }
        if (separator == ' ' && Chars.regionMatchesLower(text, k + 1, "of ")) {
            k += 3;
        }
        int monthStart = k + 1;
        int monthEnd = wordEnd(text, monthStart);
        int month = MonthNames.monthOf(text, monthStart, monthEnd);
        if (month == 0) {
            return null;
        }
        k = monthEnd;
        if (Chars.at(text, k) == '.') {
            k++;
        }
        if (separator == ' ' && Chars.at(text, k) == ',') {
            k++;
        }
        Candidate dated = Chars.at(text, k) == separator ? withYear(text, i, k + 1, month, day) : null;
        if (dated == null && separator == ' ' && Chars.isUpper(text.charAt(monthStart))
                && !isMayAlone(text, monthStart, monthEnd)) {
            return withoutYear(text, i, monthEnd, month, day);
        }
        return dated == null ? null : withWeekday(text, dated);
    }

    /** "March 15, 1985", "Mar 15th 1985", "Sept. 3, 2021". */
    private static Candidate monthFirst(String text, int i, int wordEnd) {
        int month = MonthNames.monthOf(text, i, wordEnd);
        if (month == 0) {
            return null;
        }
        int k = wordEnd;
        if (Chars.at(text, k) == '.') {
            k++;
        }
        if (Chars.at(text, k) != ' ') {
            return null;
        }
        int dayStart = k + 1;
        int dayEnd = Chars.skipDigits(text, dayStart);
        boolean capitalised = Chars.isUpper(text.charAt(i)) && !isMayAlone(text, i, wordEnd);
        if (dayEnd - dayStart == 4 && capitalised) {
            return monthYear(text, i, dayStart, dayEnd);
        }
        if (dayEnd == dayStart || dayEnd - dayStart > 2) {
            return null;
        }
        int day = value(text, dayStart, dayEnd);
        int ordinalEnd = skipOrdinal(text, dayEnd);
        k = ordinalEnd;
        if (Chars.at(text, k) == ',') {
            k++;
        }
        Candidate dated = Chars.at(text, k) == ' ' ? withYear(text, i, k + 1, month, day) : null;
        if (dated == null && capitalised) {
            return withoutYear(text, i, ordinalEnd, month, day);
        }
        return dated == null ? null : withWeekday(text, dated);
    }

    /** "May" is also a verb ("May 2020 be kinder"): without a full date around it, it is not a month. */
    private static boolean isMayAlone(String text, int from, int to) {
        return to - from == 3 && Chars.regionMatchesLower(text, from, "may");
    }

    /** "March 2024", "Sept 2023": a capitalised month and a four-digit year. */
    private static Candidate monthYear(String text, int start, int yearStart, int yearEnd) {
        int year = value(text, yearStart, yearEnd);
        return year >= CalendarDate.MIN_YEAR && year <= CalendarDate.MAX_YEAR && endsClean(text, yearEnd)
                ? new Candidate(EntityType.DATE, start, yearEnd, MONTH_YEAR_CONFIDENCE) : null;
    }

    /** "July 14", "14 July": a day that exists in that month in some year, standing alone. */
    private static Candidate withoutYear(String text, int start, int end, int month, int day) {
        if (!CalendarDate.isReal(2000, month, day) || !endsClean(text, end)) {
            return null;
        }
        char after = Chars.at(text, end);
        if ((after == ' ' || after == ',' || after == '-' || after == '/') && Chars.digitAt(text, end + 1)) {
            return null;
        }
        return new Candidate(EntityType.DATE, start, end, NO_YEAR_CONFIDENCE);
    }

    /** Widens a date over a weekday written before it: "Tuesday, March 5, 2024", "Tue 5 Mar 2024". */
    private static Candidate withWeekday(String text, Candidate date) {
        int k = date.start() - 1;
        if (Chars.at(text, k) != ' ') {
            return date;
        }
        k--;
        if (Chars.at(text, k) == ',') {
            k--;
        }
        int wordEnd = k + 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && wordEnd - wordStart < WEEKDAY_LONGEST && Chars.isAsciiLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (Chars.isWordChar(Chars.at(text, wordStart - 1)) || !Weekdays.isWeekday(text, wordStart, wordEnd)) {
            return date;
        }
        return new Candidate(EntityType.DATE, wordStart, date.end(), date.confidence());
    }

    private static Candidate withYear(String text, int start, int yearStart, int month, int day) {
        int yearEnd = Chars.skipDigits(text, yearStart);
        if (yearEnd - yearStart != 4 || !endsClean(text, yearEnd)) {
            return null;
        }
        int year = value(text, yearStart, yearEnd);
        return CalendarDate.isReal(year, month, day)
                ? new Candidate(EntityType.DATE, start, yearEnd, MONTH_NAME_CONFIDENCE) : null;
    }

    private static int skipOrdinal(String text, int at) {
        if (Chars.regionMatchesLower(text, at, "st") || Chars.regionMatchesLower(text, at, "nd")
                || Chars.regionMatchesLower(text, at, "rd") || Chars.regionMatchesLower(text, at, "th")) {
            return Chars.isWordChar(Chars.at(text, at + 2)) ? at : at + 2;
        }
        return at;
    }

    /** Nothing word-like or numeric continues the date, and no time of day follows it. */
    private static boolean endsClean(String text, int end) {
        if (Chars.isWordChar(Chars.at(text, end)) || Chars.numberContinuesAt(text, end)) {
            return false;
        }
        return !(Chars.at(text, end) == ' ' && isTimeOfDay(text, end + 1));
    }

    private static boolean isTimeOfDay(String text, int at) {
        int hourEnd = Chars.skipDigits(text, at);
        int hourLength = hourEnd - at;
        return hourLength >= 1 && hourLength <= 2 && Chars.at(text, hourEnd) == ':'
                && Chars.digitAt(text, hourEnd + 1) && Chars.digitAt(text, hourEnd + 2);
    }
}
