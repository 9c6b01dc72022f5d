package org.whosaid.text;

/**
 * A paired quotation: the char offsets of its opening and closing marks, its mark family, how many paragraphs it runs
 * over (1 for a quote inside one paragraph), and the char offsets of the quoted words between the marks, without the
 * spaces that may stand inside them (the no-break spaces of French typography: "«\u00a0…\u00a0»").
 *
 * @param contentStart first char of the quoted words
 * @param contentEnd   end (exclusive) of the quoted words: the closing mark, or the first space before it
 */
public record Quote(int open, int close, int family, int paragraphs, int contentStart, int contentEnd) {
}
