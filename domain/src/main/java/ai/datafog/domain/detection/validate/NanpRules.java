package ai.datafog.domain.detection.validate;

/** North American Numbering Plan: which area codes and exchanges can be dialled. */
public final class NanpRules {

    private NanpRules() {
    }

    /** Area code NXX: first digit 2–9, not an N11 service code, not 37X/96X (reserved). */
    public static boolean isAreaCode(int area) {
        if (area < 200 || area > 999) {
            return false;
        }
        if (area % 100 == 11) {
            return false;
        }
        int firstTwo = area / 10;
        return firstTwo != 37 && firstTwo != 96;
    }

    /** Central office code NXX: first digit 2–9 and not an N11 service code. */
    public static boolean isExchange(int exchange) {
        return exchange >= 200 && exchange <= 999 && exchange % 100 != 11;
    }
}
