package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;
import ai.datafog.domain.detection.scan.ScanText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PEM private-key blocks ({@code -----BEGIN RSA PRIVATE KEY-----} … {@code -----END … -----}),
 * including OpenSSH, EC, encrypted and PGP private keys. A block whose END line is missing (a key
 * pasted truncated) is still a secret: it runs to the end of its base64 body. Each search resumes
 * after the previous block, so the text is read once.
 */
public final class PrivateKeyBlockDetector implements Detector {

    static final double CONFIDENCE = 0.99;
    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";
    private static final int MAX_LABEL = 40;

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.API_KEY);
    }

    @Override
    public List<Candidate> detect(ScanText scan) {
        String text = scan.text();
        List<Candidate> found = new ArrayList<>();
        int from = 0;
        int begin;
        while ((begin = text.indexOf(BEGIN, from)) >= 0) {
            int labelEnd = labelEnd(text, begin + BEGIN.length());
            if (labelEnd < 0 || !isPrivateKeyLabel(text.substring(begin + BEGIN.length(), labelEnd))) {
                from = begin + BEGIN.length();
                continue;
            }
            int bodyStart = labelEnd + DASHES.length();
            int endMarker = text.indexOf(END, bodyStart);
            int blockEnd;
            if (endMarker < 0) {
                blockEnd = base64BodyEnd(text, bodyStart);
            } else {
                int endLabel = labelEnd(text, endMarker + END.length());
                blockEnd = endLabel < 0 ? endMarker + END.length() : endLabel + DASHES.length();
            }
            found.add(new Candidate(EntityType.API_KEY, begin, blockEnd, CONFIDENCE));
            if (endMarker < 0) {
                break;
            }
            from = blockEnd;
        }
        return found;
    }

    /** Index of the {@code -----} closing a header label that starts at {@code from}, or -1. */
    private static int labelEnd(String text, int from) {
        for (int k = from; k < text.length() && k - from <= MAX_LABEL; k++) {
            char c = text.charAt(k);
            if (text.startsWith(DASHES, k)) {
                return k;
            }
            if (!Chars.isUpper(c) && c != ' ') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isPrivateKeyLabel(String label) {
        return label.endsWith("PRIVATE KEY") || label.equals("PGP PRIVATE KEY BLOCK");
    }

    /** End of the base64 lines after a header: every whole line made of base64 chars belongs to the key. */
    private static int base64BodyEnd(String text, int from) {
        int end = from;
        int pos = from;
        while (pos < text.length()) {
            int lineStart = pos;
            if (text.charAt(pos) == '\r' || text.charAt(pos) == '\n') {
                pos++;
                if (pos < text.length() && text.charAt(pos - 1) == '\r' && text.charAt(pos) == '\n') {
                    pos++;
                }
                lineStart = pos;
            }
            int lineEnd = lineStart;
            while (lineEnd < text.length() && isBase64(text.charAt(lineEnd))) {
                lineEnd++;
            }
            boolean wholeLine = lineEnd == text.length() || text.charAt(lineEnd) == '\n' || text.charAt(lineEnd) == '\r';
            if (lineEnd == lineStart || !wholeLine) {
                break;
            }
            end = lineEnd;
            pos = lineEnd;
        }
        return end;
    }

    private static boolean isBase64(char c) {
        return Chars.isAsciiAlnum(c) || c == '+' || c == '/' || c == '=';
    }
}
