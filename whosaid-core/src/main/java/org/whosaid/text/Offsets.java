package org.whosaid.text;

/**
 * Converts Java char offsets to Unicode code-point offsets, the unit of the output contract. Free
 * for text without supplementary characters; otherwise one prefix table per article.
 */
public final class Offsets {
    private final int[] codePointAt;

    /** The offsets of a text given as its UTF-16 units (read, not kept). */
    public Offsets(char[] text) {
        int[] table = null;
        for (char c : text) {
            if (Character.isSurrogate(c)) {
                table = new int[text.length + 1];
                break;
            }
        }
        if (table != null) {
            int cp = 0;
            for (int i = 0; i < text.length; i++) {
                table[i] = cp;
                if (!(Character.isLowSurrogate(text[i]) && i > 0 && Character.isHighSurrogate(text[i - 1]))) {
                    cp++;
                }
            }
            table[text.length] = cp;
        }
        this.codePointAt = table;
    }

    /** The code-point offset of a char offset. */
    public int cp(int charOffset) {
        return codePointAt == null ? charOffset : codePointAt[charOffset];
    }
}
