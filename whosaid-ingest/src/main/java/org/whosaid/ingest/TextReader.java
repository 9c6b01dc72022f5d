package org.whosaid.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.whosaid.model.Article;

/**
 * A plain-text file to one article: strict UTF-8 (a byte order mark is dropped), the text as it is.
 * Binary data and invalid UTF-8 are refused rather than read as text.
 */
final class TextReader {
    private TextReader() {
    }

    static Item read(byte[] bytes, String id, String source) {
        String text;
        try {
            text = decode(bytes);
        } catch (IngestException e) {
            return new Item.Failed(source, -1, e.getMessage());
        }
        if (text.isBlank()) {
            return new Item.Failed(source, -1, "empty: no text to read");
        }
        return new Item.Accepted(new Article(id, source, text, Article.Metadata.EMPTY), -1, List.of());
    }

    static String decode(byte[] bytes) throws IngestException {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int nul = firstNul(bytes, from);
        if (nul >= 0) {
            throw new IngestException(null, -1, "binary data: NUL byte at offset " + nul);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IngestException(null, -1, "invalid UTF-8 near byte " + firstInvalid(bytes, from));
        }
    }

    static int firstNul(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int firstInvalid(byte[] bytes, int from) {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        dec.decode(in, out, true);
        return in.position();
    }
}
