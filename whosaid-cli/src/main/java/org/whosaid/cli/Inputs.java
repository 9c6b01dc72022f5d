package org.whosaid.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.whosaid.ingest.Ingest;
import org.whosaid.model.Article;

/**
 * Turns command-line paths into inputs. {@link #expandAll} and {@link #open} serve {@code extract}:
 * every format whosaid-ingest reads, each input a stream of records. {@link #expand} and
 * {@link #read} serve {@code bench}: plain-text files only, one article each. Either way each input
 * yields articles or failure messages naming the input; nothing else is lost.
 */
final class Inputs {
    /** Largest article read, in bytes; larger files are reported, not loaded. */
    static final long MAX_ARTICLE_BYTES = 8L * 1024 * 1024;

    /** One plain-text input: an article, or the reason it could not be read. */
    record Item(String source, Article article, String error) {
    }

    private Inputs() {
    }

    /** Message for a folder holding nothing {@code extract} reads. */
    static final String EMPTY_FOLDER = "is a folder with no .txt files (nor any other input whosaid reads: "
            + String.join(" ", Ingest.extensions()) + ")";

    /** Expands folders (their .txt files, sorted) and keeps the order of the arguments. */
    static List<String> expand(List<String> args) {
        return expand(args, f -> f.getFileName().toString().endsWith(".txt"));
    }

    /** Expands folders to every file with an extension whosaid-ingest reads, sorted. */
    static List<String> expandAll(List<String> args) {
        return expand(args, Ingest::isInputFile);
    }

    /** The records of one input: a file, or "-" for {@code stdin}; a folder left as itself is reported. */
    static Stream<org.whosaid.ingest.Item> open(Ingest ingest, String source, InputStream stdin) {
        if (source.equals("-")) {
            return ingest.read("-", stdin);
        }
        Path p = Path.of(source);
        if (Files.isDirectory(p)) {
            return Stream.of(new org.whosaid.ingest.Item.Failed(source, -1, EMPTY_FOLDER));
        }
        return ingest.read(p);
    }

    /**
     * Feeds every record of one input to {@code each}, in order. A reader that throws mid-stream
     * ends that input: its message is returned, and null when the input was read to its end.
     */
    static String forEach(Ingest ingest, String source, InputStream stdin,
            java.util.function.Consumer<org.whosaid.ingest.Item> each) {
        try (Stream<org.whosaid.ingest.Item> items = open(ingest, source, stdin)) {
            java.util.Iterator<org.whosaid.ingest.Item> it = items.iterator();
            while (true) {
                org.whosaid.ingest.Item item;
                try {
                    if (!it.hasNext()) {
                        return null;
                    }
                    item = it.next();
                } catch (RuntimeException e) {
                    return e.getMessage();
                }
                each.accept(item);
            }
        }
    }

    private static List<String> expand(List<String> args, java.util.function.Predicate<Path> wanted) {
        List<String> out = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (!arg.equals("-") && Files.isDirectory(p)) {
                List<String> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(wanted)
                            .map(Path::toString)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    files.clear();
                }
                // an empty or unreadable folder stays as itself, so that it is reported
                out.addAll(files.isEmpty() ? List.of(arg) : files);
            } else {
                out.add(arg);
            }
        }
        return out;
    }

    static Item read(String source, InputStream stdin) {
        try {
            byte[] bytes;
            String id;
            if (source.equals("-")) {
                bytes = readBounded(stdin);
                id = "stdin";
            } else {
                Path p = Path.of(source);
                if (!Files.exists(p)) {
                    return new Item(source, null, "no such file");
                }
                if (Files.isDirectory(p)) {
                    return new Item(source, null, "is a folder with no .txt files");
                }
                long size = Files.size(p);
                if (size > MAX_ARTICLE_BYTES) {
                    return new Item(source, null, "too large: " + size + " bytes, over the "
                            + MAX_ARTICLE_BYTES + "-byte limit for one article");
                }
                try (InputStream in = Files.newInputStream(p)) {
                    bytes = readBounded(in);
                }
                String name = p.getFileName().toString();
                id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
            }
            String text = decode(bytes);
            if (text.isBlank()) {
                return new Item(source, null, "empty: no text to read");
            }
            return new Item(source, new Article(id, source, text, Article.Metadata.EMPTY.withLanguage("en")), null);
        } catch (TooLarge e) {
            return new Item(source, null, "too large: over the " + MAX_ARTICLE_BYTES + "-byte limit for one article");
        } catch (BadText e) {
            return new Item(source, null, e.getMessage());
        } catch (IOException e) {
            return new Item(source, null, "cannot read: " + e.getMessage());
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_ARTICLE_BYTES + 1);
        if (bytes.length > MAX_ARTICLE_BYTES) {
            throw new TooLarge();
        }
        return bytes;
    }

    /** Strict UTF-8 (a BOM is dropped); binary data is refused rather than read as text. */
    static String decode(byte[] bytes) throws BadText {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadText("binary data: NUL byte at offset " + i);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadText("invalid UTF-8 near byte " + firstInvalid(bytes, from));
        }
    }

    private static int firstInvalid(byte[] bytes, int from) {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        dec.decode(in, out, true);
        return in.position();
    }

    static final class BadText extends Exception {
        BadText(String msg) {
            super(msg);
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }
}
