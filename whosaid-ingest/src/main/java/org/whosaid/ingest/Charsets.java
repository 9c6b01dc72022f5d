package org.whosaid.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Decodes an HTML page's bytes. Labels lie often, so the bytes are trusted over them: a byte order
 * mark decides first; then bytes that are valid UTF-8 are read as UTF-8 whatever the label says
 * (text in another encoding is almost never valid UTF-8 by chance); otherwise the HTTP header's
 * charset, then the page's own {@code <meta>} charset, and failing both (or when the label claims
 * UTF-8 and the bytes are not) windows-1252, the fallback the HTML standard prescribes.
 */
final class Charsets {
    /** How far into the page a {@code <meta charset>} is looked for, as the HTML standard does. */
    private static final int PRESCAN_BYTES = 4096;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text, the charset it was read with, and a note when a label was overruled (else null). */
    record Decoded(String text, Charset charset, String note) {
    }

    private Charsets() {
    }

    static Decoded decode(byte[] b, int n, String httpCharset) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, n - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, n - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, null);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, n - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, null);
        }
        String utf8 = strictUtf8(b, n);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, null);
        }
        String label = httpCharset != null ? httpCharset : metaCharset(b, n);
        Charset declared = lookup(label);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && isAsciiCompatible(declared)) {
            // ISO-8859-1 pages are windows-1252 in practice (the standard maps one to the other)
            Charset cs = declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)
                    ? WINDOWS_1252 : declared;
            return new Decoded(new String(b, 0, n, cs), cs, null);
        }
        String note = label == null ? null
                : "declared charset " + label + " does not match the bytes; read as windows-1252";
        return new Decoded(new String(b, 0, n, WINDOWS_1252), WINDOWS_1252, note);
    }

    private static String strictUtf8(byte[] b, int n) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, n)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isAsciiCompatible(Charset cs) {
        String name = cs.name().toUpperCase(Locale.ROOT);
        return !name.startsWith("UTF-16") && !name.startsWith("UTF-32") && cs.canEncode();
    }

    static Charset lookup(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(label.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The charset named by {@code <meta charset=...>} or {@code <meta http-equiv content="...; charset=...">}. */
    static String metaCharset(byte[] b, int n) {
        String head = new String(b, 0, Math.min(n, PRESCAN_BYTES), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int meta = head.indexOf("<meta", from);
            if (meta < 0) {
                return null;
            }
            int end = head.indexOf('>', meta);
            if (end < 0) {
                return null;
            }
            String tag = head.substring(meta, end);
            int cs = tag.indexOf("charset");
            if (cs >= 0) {
                int i = cs + "charset".length();
                while (i < tag.length() && (tag.charAt(i) == ' ' || tag.charAt(i) == '=' || tag.charAt(i) == '"'
                        || tag.charAt(i) == '\'')) {
                    i++;
                }
                int j = i;
                while (j < tag.length() && (Character.isLetterOrDigit(tag.charAt(j)) || tag.charAt(j) == '-'
                        || tag.charAt(j) == '_' || tag.charAt(j) == ':' || tag.charAt(j) == '.')) {
                    j++;
                }
                if (j > i) {
                    return tag.substring(i, j);
                }
            }
            from = end;
        }
    }
}
