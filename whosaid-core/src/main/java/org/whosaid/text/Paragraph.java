package org.whosaid.text;

import java.util.ArrayList;
import java.util.List;

/** A paragraph as char offsets, trimmed of surrounding whitespace; never empty. */
public record Paragraph(int start, int end) {

    /** Splits on line breaks: one or more newlines (with optional blank lines) end a paragraph. */
    public static List<Paragraph> split(String text) {
        return split(text.toCharArray());
    }

    /** As {@link #split(String)}, for a text given as its UTF-16 units (read, not kept): the analysis has them already. */
    static List<Paragraph> split(char[] text) {
        List<Paragraph> out = new ArrayList<>();
        int n = text.length;
        int i = 0;
        while (i < n) {
            int lineEnd = i;
            while (lineEnd < n && text[lineEnd] != '\n' && text[lineEnd] != '\r' && text[lineEnd] != '\u2029') {
                lineEnd++;
            }
            int s = i;
            int e = lineEnd;
            while (s < e && isSpace(text[s])) {
                s++;
            }
            while (e > s && isSpace(text[e - 1])) {
                e--;
            }
            if (e > s) {
                out.add(new Paragraph(s, e));
            }
            i = lineEnd + 1;
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
