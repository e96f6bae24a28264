package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;
import ai.datafog.domain.detection.scan.ScanText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Secrets with a published, self-identifying format: cloud access key ids ({@code AKIA…}, 20
 * chars), Google API keys ({@code AIza…}, 39), GitHub tokens ({@code ghp_ gho_ ghu_ ghs_ ghr_}
 * + 36, {@code github_pat_…}), GitLab ({@code glpat-…}), npm ({@code npm_} + 36), Slack bot and
 * user tokens ({@code xoxb- xoxp- …}), Stripe secret and restricted keys ({@code sk_live_ sk_test_
 * rk_live_ rk_test_}), OpenAI-style {@code sk-…} keys and JWTs ({@code eyJ….eyJ….sig}). Only
 * tokens that start like a format are read to their end, then checked against its length and charset.
 */
public final class KnownSecretDetector implements Detector {

    static final double CONFIDENCE = 0.95;
    private static final int MIN_TOKEN = 15;
    private static final Set<String> AWS_PREFIXES = Set.of(
            "AKIA", "ASIA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "ABIA", "ACCA");
    /**
     * Rare chars that every format holds at a fixed offset from its start (AKIA, gh, xox, npm_, sk_/rk_,
     * eyJ): found with {@link String#indexOf}, far faster than reading every token of the text.
     */
    private static final String TRIGGERS = "AgxpkJ";
    private static final int[] TRIGGER_OFFSETS = {0, 0, 0, 1, 1, 2};

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.API_KEY);
    }

    @Override
    public List<Candidate> detect(ScanText scan) {
        String text = scan.text();
        List<Candidate> found = new ArrayList<>();
        for (int k = 0; k < TRIGGERS.length(); k++) {
            char trigger = TRIGGERS.charAt(k);
            for (int at = text.indexOf(trigger); at >= 0; at = text.indexOf(trigger, at + 1)) {
                int start = at - TRIGGER_OFFSETS[k];
                if (start < 0 || !startsFormat(text, start, trigger) || !startsToken(text, start)) {
                    continue;
                }
                int end = tokenEnd(text, start);
                if (end - start >= MIN_TOKEN && isSecret(text, start, end)) {
                    found.add(new Candidate(EntityType.API_KEY, start, end, CONFIDENCE));
                }
            }
        }
        found.sort(Comparator.comparingInt(Candidate::start));
        return found;
    }

    private static boolean isTokenChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '_' || c == '-' || c == '.';
    }

    /**
     * The first chars of the formats searched for by {@code trigger}: each format's first letter
     * belongs to exactly one trigger, so a token start is never found twice.
     */
    private static boolean startsFormat(String text, int start, char trigger) {
        char first = text.charAt(start);
        char second = Chars.at(text, start + 1);
        return switch (trigger) {
            case 'A' -> "KSGIRNBC".indexOf(second) >= 0;
            case 'g' -> second == 'h' || second == 'i' || second == 'l';
            case 'x' -> second == 'o';
            case 'p' -> first == 'n';
            case 'k' -> first == 's' || first == 'r';
            case 'J' -> first == 'e' && second == 'y';
            default -> false;
        };
    }

    /** A token starts here: no token or word char before it, nor a path or base64 char. */
    private static boolean startsToken(String text, int i) {
        char before = Chars.at(text, i - 1);
        return !isTokenChar(before) && !Chars.isWordChar(before) && before != '/' && before != '+';
    }

    /** End of the token: token chars, minus trailing dots and dashes (sentence punctuation). */
    private static int tokenEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isTokenChar(text.charAt(end))) {
            end++;
        }
        int trimmed = end;
        while (trimmed > from + 1 && (text.charAt(trimmed - 1) == '.' || text.charAt(trimmed - 1) == '-')) {
            trimmed--;
        }
        return Chars.isWordChar(Chars.at(text, end)) ? end : trimmed;
    }

    private static boolean isSecret(String text, int start, int end) {
        int length = end - start;
        return switch (text.charAt(start)) {
            case 'A' -> awsKeyId(text, start, end) || (text.startsWith("AIza", start) && length == 39
                    && charset(text, start + 4, end, "_-"));
            case 'g' -> githubToken(text, start, end) || (text.startsWith("glpat-", start)
                    && length >= 26 && length <= 70 && charset(text, start + 6, end, "_-"));
            case 'n' -> text.startsWith("npm_", start) && length == 40 && charset(text, start + 4, end, "");
            case 'x' -> slackToken(text, start, end);
            case 's', 'r' -> paymentKey(text, start, end) || openAiKey(text, start, end);
            case 'e' -> jwt(text, start, end);
            default -> false;
        };
    }

    private static boolean awsKeyId(String text, int start, int end) {
        if (end - start != 20 || !AWS_PREFIXES.contains(text.substring(start, start + 4))) {
            return false;
        }
        for (int k = start + 4; k < end; k++) {
            char c = text.charAt(k);
            if (!Chars.isUpper(c) && !Chars.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean githubToken(String text, int start, int end) {
        if (text.startsWith("github_pat_", start)) {
            return end - start >= 11 + 22 && end - start <= 255 && charset(text, start + 11, end, "_");
        }
        boolean classic = text.startsWith("ghp_", start) || text.startsWith("gho_", start)
                || text.startsWith("ghu_", start) || text.startsWith("ghs_", start) || text.startsWith("ghr_", start);
        return classic && end - start >= 40 && end - start <= 255 && charset(text, start + 4, end, "");
    }

    private static boolean slackToken(String text, int start, int end) {
        if (end - start < 15 || !text.startsWith("xox", start) || text.charAt(start + 4) != '-'
                || "abposre".indexOf(text.charAt(start + 3)) < 0) {
            return false;
        }
        return charset(text, start + 5, end, "-") && hasDigit(text, start + 5, end);
    }

    private static boolean paymentKey(String text, int start, int end) {
        boolean prefixed = text.startsWith("sk_live_", start) || text.startsWith("sk_test_", start)
                || text.startsWith("rk_live_", start) || text.startsWith("rk_test_", start);
        return prefixed && end - start >= 8 + 16 && charset(text, start + 8, end, "");
    }

    private static boolean openAiKey(String text, int start, int end) {
        if (!text.startsWith("sk-", start) || end - start < 3 + 32 || !charset(text, start + 3, end, "_-")) {
            return false;
        }
        boolean upper = false;
        boolean lower = false;
        for (int k = start + 3; k < end; k++) {
            char c = text.charAt(k);
            upper |= Chars.isUpper(c);
            lower |= c >= 'a' && c <= 'z';
        }
        return upper && lower && hasDigit(text, start + 3, end);
    }

    /** Three base64url segments: a JSON header and payload (both start {@code eyJ}) and a signature. */
    private static boolean jwt(String text, int start, int end) {
        if (!text.startsWith("eyJ", start)) {
            return false;
        }
        int firstDot = dot(text, start, end);
        if (firstDot < 0) {
            return false;
        }
        int secondDot = dot(text, firstDot + 1, end);
        if (secondDot < 0 || !text.startsWith("eyJ", firstDot + 1)) {
            return false;
        }
        return firstDot - start >= 10 && secondDot - firstDot > 10 && end - secondDot > 10
                && charset(text, start, firstDot, "_-") && charset(text, firstDot + 1, secondDot, "_-")
                && charset(text, secondDot + 1, end, "_-");
    }

    private static int dot(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '.') {
                return k;
            }
        }
        return -1;
    }

    private static boolean charset(String text, int from, int to, String extra) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Chars.isAsciiAlnum(c) && extra.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Chars.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
