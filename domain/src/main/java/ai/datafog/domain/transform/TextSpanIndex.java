package ai.datafog.domain.transform;

/** Converts code point offsets of one text to UTF-16 indices in constant time per lookup. */
final class TextSpanIndex {

    private final String text;
    private final int codePoints;
    private final int[] charIndexOfCodePoint;

    TextSpanIndex(String text) {
        this.text = text;
        this.codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            this.charIndexOfCodePoint = null;
        } else {
            int[] index = new int[codePoints + 1];
            int charIndex = 0;
            for (int cp = 0; cp < codePoints; cp++) {
                index[cp] = charIndex;
                charIndex += Character.charCount(text.codePointAt(charIndex));
            }
            index[codePoints] = text.length();
            this.charIndexOfCodePoint = index;
        }
    }

    int codePointLength() {
        return codePoints;
    }

    int charIndex(int codePointOffset) {
        return charIndexOfCodePoint == null ? codePointOffset : charIndexOfCodePoint[codePointOffset];
    }

    /** The text between two code point offsets, which must be within range. */
    String slice(int start, int end) {
        return text.substring(charIndex(start), charIndex(end));
    }
}
