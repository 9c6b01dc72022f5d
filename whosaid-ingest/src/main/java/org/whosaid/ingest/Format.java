package org.whosaid.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The input formats, told apart by their first bytes and by the file name. Content that can only be
 * one format (a WARC header, an HTML doctype, an RSS or Atom root) wins over the name, so that a
 * saved page called {@code story.txt} is still read as HTML; otherwise the extension decides, and an
 * input with no known extension (standard input) falls back to what its first character suggests.
 */
enum Format {
    TEXT, HTML, FEED, WARC, JSONL;

    /** File name endings read as each format (folders are expanded to files with these endings). */
    static final String[] EXTENSIONS = {".txt", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom",
        ".jsonl", ".ndjson", ".warc", ".warc.gz"};

    /** How many leading bytes {@link #detect} looks at. */
    static final int HEAD_BYTES = 8192;

    static boolean hasKnownExtension(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (String e : EXTENSIONS) {
            if (n.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** The format named by a file's extension, or null. */
    static Format byName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".warc") || n.endsWith(".arc")) {
            return WARC;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return HTML;
        }
        if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")) {
            return FEED;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return JSONL;
        }
        if (n.endsWith(".txt")) {
            return TEXT;
        }
        return null;
    }

    /** True when the bytes open a gzip member. */
    static boolean isGzip(byte[] head, int n) {
        return n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /** The format the content shows beyond doubt, or null when the first bytes could be several. */
    static Format byContent(byte[] head, int n) {
        int i = skipBomAndSpace(head, n);
        if (startsWith(head, n, i, "WARC/")) {
            return WARC;
        }
        if (i < n && head[i] == '<') {
            String lower = new String(head, i, Math.min(n - i, HEAD_BYTES), StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT);
            int rss = firstOf(lower, "<rss", "<feed", "<rdf:rdf");
            int html = firstOf(lower, "<!doctype html", "<html", "<head", "<body");
            if (rss >= 0 && (html < 0 || rss < html)) {
                return FEED;
            }
            if (html >= 0) {
                return HTML;
            }
        }
        return null;
    }

    /** The format of an input: content first when it is conclusive, then the name, then a guess. */
    static Format detect(String fileName, byte[] head, int n) {
        Format content = byContent(head, n);
        if (content != null) {
            return content;
        }
        Format named = fileName == null ? null : byName(fileName);
        if (named != null) {
            return named;
        }
        int i = skipBomAndSpace(head, n);
        if (i < n && head[i] == '{') {
            return JSONL;
        }
        if (i < n && head[i] == '<') {
            return startsWith(head, n, i, "<?xml") ? FEED : HTML;
        }
        return TEXT;
    }

    private static int firstOf(String s, String... needles) {
        int best = -1;
        for (String needle : needles) {
            int at = s.indexOf(needle);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private static int skipBomAndSpace(byte[] b, int n) {
        int i = n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] b, int n, int at, String prefix) {
        if (n - at < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (b[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
