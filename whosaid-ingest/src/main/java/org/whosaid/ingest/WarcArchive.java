package org.whosaid.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC archive (plain or gzipped per record, as Common Crawl publishes) to one article per HTTP
 * 200 response with an HTML payload; every other record is skipped with its reason. Records are
 * read one at a time with jwarc, so an archive of any size runs in constant memory; a payload over
 * the article size limit is skipped unread.
 *
 * <p>Damage is contained to the record it is in. A record whose declared length is wrong is found
 * by the trailer check when the next record is read, so each article is held back one record and
 * replaced by a failure if that check fails. After a corrupt or truncated record, reading resumes
 * at the next record header (or gzip member holding one) found in the file; standard input cannot
 * be searched, so a stream stops at its first corrupt record.
 */
final class WarcArchive extends Records {
    private static final int SCAN_CHUNK = 1 << 16;

    private final String source;
    private final String stem;
    private final FileChannel channel;
    private final long maxPayload;
    private final HtmlReader html;
    private final ArrayDeque<Item> out = new ArrayDeque<>();
    private WarcReader reader;
    /** Where the current jwarc reader started in the file: its positions are relative to it. */
    private long base;
    private boolean gzip;
    private boolean badTrailer;
    private Item held;
    private long heldStart = -1;
    private long recordNo;
    private boolean finished;

    /** An archive in a file, which can be searched for the next record after damage. */
    WarcArchive(FileChannel channel, String stem, String source, long maxPayload, HtmlReader html) throws IOException {
        this.channel = channel;
        this.stem = stem;
        this.source = source;
        this.maxPayload = maxPayload;
        this.html = html;
        start(new WarcReader(channel), 0);
    }

    /** An archive on a stream (standard input). */
    WarcArchive(InputStream in, String stem, String source, long maxPayload, HtmlReader html) throws IOException {
        this.channel = null;
        this.stem = stem;
        this.source = source;
        this.maxPayload = maxPayload;
        this.html = html;
        start(new WarcReader(in), 0);
    }

    private void start(WarcReader r, long at) {
        reader = r;
        // jwarc counts from where the channel was when it started, or from 0: find out which
        base = at - r.position();
        gzip = r.compression() == WarcCompression.GZIP;
        reader.onWarning(w -> {
            if (w.contains("trailer")) {
                badTrailer = true;
            }
        });
    }

    @Override
    protected Item compute() throws IOException {
        while (out.isEmpty() && !finished) {
            step();
        }
        return out.poll();
    }

    private void step() throws IOException {
        badTrailer = false;
        WarcRecord record;
        try {
            record = reader.next().orElse(null);
        } catch (IOException | RuntimeException e) {
            if (held != null && badTrailer) {
                // the record before ended where its length said, but no record follows there: its
                // length lied, and what failed to parse is the inside of some record
                long after = heldStart;
                out.add(lengthMismatch());
                resync(after + 1);
                return;
            }
            release();
            long at = base + reader.position();
            if (at <= heldStart) {
                at = heldStart + 1;
            }
            out.add(new Item.Failed(source + "@" + at, at, "corrupt record: " + message(e)
                    + (channel == null ? "; the rest of a stream cannot be searched for the next record" : "")));
            resync(at + 1);
            return;
        }
        if (held != null && badTrailer) {
            out.add(lengthMismatch());
        } else {
            release();
        }
        if (record == null) {
            finished = true;
            return;
        }
        long at = base + reader.position();
        recordNo++;
        held = process(record, at);
        heldStart = at;
    }

    private void release() {
        if (held != null) {
            out.add(held);
            held = null;
        }
    }

    private Item lengthMismatch() {
        Item bad = held;
        held = null;
        return new Item.Failed(bad.source(), bad.offset(),
                "record length does not match its content (Content-Length lies or the record is cut); record dropped");
    }

    private Item process(WarcRecord record, long at) {
        String where = source + "@" + at;
        try {
            if (!(record instanceof WarcResponse response)) {
                return new Item.Skipped(where, at, SkipReason.NOT_RESPONSE, "not a response: WARC-Type " + record.type());
            }
            MediaType block = response.contentType();
            if (!block.base().equals(MediaType.HTTP_RESPONSE) && !block.base().equals(MediaType.HTTP)) {
                return new Item.Skipped(where, at, SkipReason.NOT_RESPONSE, "not an HTTP response: " + block.base());
            }
            HttpResponse http = response.http();
            if (http.status() != 200) {
                return new Item.Skipped(where, at, SkipReason.HTTP_STATUS, "HTTP status " + http.status());
            }
            MediaType type = http.headers().first("Content-Type").map(MediaType::parseLeniently).orElse(null);
            String declared = type == null ? null : type.base().toString().toLowerCase(Locale.ROOT);
            if (declared != null && !isHtmlType(declared) && !isGeneric(declared)) {
                return new Item.Skipped(where, at, SkipReason.NOT_HTML, "payload is " + declared + ", not HTML");
            }
            byte[] payload;
            try (InputStream in = http.bodyDecoded().stream()) {
                payload = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPayload + 1));
            }
            if (payload.length > maxPayload) {
                return new Item.Skipped(where, at, SkipReason.TOO_LARGE, "HTML payload over the " + maxPayload
                        + "-byte limit for one article");
            }
            if (declared == null || isGeneric(declared)) {
                Format seen = Format.byContent(payload, Math.min(payload.length, Format.HEAD_BYTES));
                if (seen != Format.HTML) {
                    return new Item.Skipped(where, at, SkipReason.NOT_HTML, "payload is not HTML"
                            + (declared == null ? " (no Content-Type)" : " (" + declared + ")"));
                }
            }
            String charset = type == null ? null : type.parameters().get("charset");
            HtmlReader.Origin origin = new HtmlReader.Origin(stem + "#" + recordNo, where, at, response.target(),
                    Dates.iso(response.date()));
            return html.page(payload, payload.length, charset, origin);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new Item.Failed(where, at, "cannot read record: " + message(e));
        }
    }

    private static boolean isHtmlType(String t) {
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    private static boolean isGeneric(String t) {
        return t.equals("application/octet-stream") || t.equals("unknown/unknown") || t.isEmpty();
    }

    /** Continues at the first record header after {@code from}, or finishes when there is none. */
    private boolean resync(long from) throws IOException {
        held = null;
        heldStart = -1;
        if (channel == null) {
            finished = true;
            return false;
        }
        long next = gzip ? nextGzipRecord(from) : nextPlainRecord(from);
        if (next < 0) {
            finished = true;
            return false;
        }
        channel.position(next);
        start(new WarcReader(channel), next);
        return true;
    }

    /** Offset of the next "WARC/1." at the start of a line, at or after {@code from}, or -1. */
    private long nextPlainRecord(long from) throws IOException {
        byte[] magic = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return scan(from, (buf, i, abs) -> {
            if (!matches(buf, i, magic)) {
                return false;
            }
            return abs == 0 || (i > 0 ? buf.get(i - 1) == '\n' : byteAt(abs - 1) == '\n');
        }, magic.length);
    }

    /** Offset of the next gzip member whose first bytes inflate to a WARC header, or -1. */
    private long nextGzipRecord(long from) throws IOException {
        return scan(from, (buf, i, abs) -> buf.get(i) == 0x1F && (buf.get(i + 1) & 0xFF) == 0x8B
                && buf.get(i + 2) == 8 && inflatesToWarc(abs), 3);
    }

    private interface Match {
        boolean at(ByteBuffer buf, int i, long abs) throws IOException;
    }

    private long scan(long from, Match match, int need) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(SCAN_CHUNK);
        long pos = from;
        long size = channel.size();
        while (pos < size) {
            buf.clear();
            int n = channel.read(buf, pos);
            if (n <= 0) {
                return -1;
            }
            buf.flip();
            for (int i = 0; i + need <= n; i++) {
                if (match.at(buf, i, pos + i)) {
                    return pos + i;
                }
            }
            if (pos + n >= size) {
                return -1;
            }
            pos += Math.max(1, n - need + 1);
        }
        return -1;
    }

    private static boolean matches(ByteBuffer buf, int i, byte[] magic) {
        for (int k = 0; k < magic.length; k++) {
            if (buf.get(i + k) != magic[k]) {
                return false;
            }
        }
        return true;
    }

    private byte byteAt(long abs) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        return channel.read(one, abs) == 1 ? one.get(0) : 0;
    }

    private boolean inflatesToWarc(long abs) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(512);
        int n = channel.read(head, abs);
        if (n < 18) {
            return false;
        }
        byte[] b = head.array();
        int flags = b[3] & 0xFF;
        int i = 10;
        if ((flags & 4) != 0) {
            i += 2 + ((b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8);
        }
        if ((flags & 8) != 0) {
            while (i < n && b[i] != 0) {
                i++;
            }
            i++;
        }
        if ((flags & 16) != 0) {
            while (i < n && b[i] != 0) {
                i++;
            }
            i++;
        }
        if ((flags & 2) != 0) {
            i += 2;
        }
        if (i >= n) {
            return false;
        }
        Inflater inf = new Inflater(true);
        try {
            inf.setInput(b, i, n - i);
            byte[] outb = new byte[8];
            int got = inf.inflate(outb);
            return got >= 5 && new String(outb, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/");
        } catch (DataFormatException e) {
            return false;
        } finally {
            inf.end();
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        if (channel != null) {
            channel.close();
        }
    }
}
