package org.whosaid.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.whosaid.model.Article;
import org.whosaid.model.Extraction;
import org.whosaid.model.Statement;
import org.whosaid.model.Via;

/**
 * The front door of whosaid-bank: a quote bank in one folder (a Lucene index) that keeps extracted
 * statements with their articles, a speaker registry across articles, and clusters of the same
 * statement reported by many outlets, and answers searches over them.
 *
 * <p>Articles are identified by URL, or by a hash of their text when they have none; adding an
 * article again replaces it. Additions become durable at commits, made every
 * {@link Options#commitEvery()} articles, by {@link #commit()} and by {@link #close()}: a process
 * killed between commits leaves the bank as of the last commit, registry and clusters included,
 * and {@link #isIndexed} lets a resumed batch skip what was committed. One writer per folder (Lucene's
 * lock); read-only banks may be opened alongside.
 *
 * <p>A bank is safe to share between threads: searches and the speaker, cluster, article and stats
 * lookups run in parallel, each on a searcher acquired from a {@link SearcherManager} and under the
 * read lock of the in-memory registry and clusters; {@link #add}, {@link #commit} and {@link #close}
 * run one at a time and take the write lock only while they change that state. A read sees every
 * addition made before it started, committed or not.
 *
 * <pre>{@code
 * try (QuoteBank bank = QuoteBank.open(Path.of("bank"))) {
 *     bank.add(new Extractor().extract(article));
 *     SearchResult r = bank.search(Query.of("\"no talks\"").withSpeaker("Peskov"));
 * }
 * }</pre>
 */
public final class QuoteBank implements Closeable {

    /** How often additions are committed. */
    public record Options(int commitEvery) {
        public static final Options DEFAULTS = new Options(200);

        public Options {
            if (commitEvery < 1) {
                throw new IllegalArgumentException("commitEvery must be 1 or more: " + commitEvery);
            }
        }
    }

    /** Counts of what the bank holds. */
    public record Stats(long articles, long statements, long speakers) {
    }

    private static final String USER_VERSION = "whosaid.bank.version";
    private static final String USER_SEQ = "whosaid.bank.seq";
    private static final String USER_LAST = "whosaid.bank.last";
    private static final String USER_ARTICLES = "whosaid.bank.articlesAdded";
    private static final char OPEN_MARK = '\u0001';
    private static final char CLOSE_MARK = '\u0002';
    private static final int MAX_CANDIDATES = 200;
    private static final int MAX_LISTED = 10_000;
    /** The stored fields an appearance is made of; the quote and the article text are left unread. */
    private static final Set<String> APPEARANCE_FIELDS = Set.of(Fields.JSON, Fields.SID, Fields.ARTICLE, Fields.SOURCE,
            Fields.URL, Fields.TITLE, Fields.OUTLET, Fields.PUBLISHED, Fields.SPEAKER, Fields.CLUSTER);

    private final Path dir;
    private final Options options;
    private final Directory directory;
    private final IndexWriter writer;
    private final Analyzer analyzer = Fields.analyzer();
    private final FacetsConfig facetsConfig = Fields.facets();
    private final ObjectMapper json = JsonMapper.builder().build();
    /** Readers made once: an ObjectReader is immutable and shared by every thread. */
    private final ObjectReader statementJson = json.readerFor(Statement.class);
    private final Registry registry = new Registry();
    private final Clusters clusters = new Clusters();
    /** The index as committed when this bank was opened: the clusters' lookup of earlier statements. */
    private final DirectoryReader startReader;
    /** Searchers over the latest view of the index (uncommitted additions included when writable). */
    private final SearcherManager searchers;
    /**
     * Guards the registry, the clusters and the session's bookkeeping: reads hold the read lock for
     * their whole run, so the ids and cluster roots they resolve stay consistent with each other.
     */
    private final ReentrantReadWriteLock state = new ReentrantReadWriteLock();
    /** Serialises add, commit and close, so a commit's slow fsync need not hold the write lock. */
    private final Lock writing = new ReentrantLock();
    /** Counts changes made through the writer; a reader refreshes when it saw more than the searchers hold. */
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong refreshedTo = new AtomicLong();
    private final Map<String, String> sessionHashes = new HashMap<>();
    private long seq;
    private long articlesAdded;
    private int uncommitted;
    private String lastKey;
    private volatile boolean closed;

    private QuoteBank(Path dir, Options options, boolean readOnly) throws IOException {
        this.dir = dir;
        this.options = options;
        if (readOnly) {
            this.directory = FSDirectory.open(dir);
            this.writer = null;
            try {
                this.startReader = DirectoryReader.open(directory);
            } catch (IndexNotFoundException e) {
                directory.close();
                throw new BankException(dir, "no quote bank here (create one with whosaid index PATH... --into "
                        + dir + ")", null);
            }
        } else {
            Files.createDirectories(dir);
            this.directory = FSDirectory.open(dir);
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(64);
            cfg.setCommitOnClose(false);
            IndexWriter w;
            try {
                w = new IndexWriter(directory, cfg);
            } catch (IOException e) {
                directory.close();
                throw e;
            }
            this.writer = w;
            Map<String, String> user = new HashMap<>();
            w.getLiveCommitData().forEach(en -> user.put(en.getKey(), en.getValue()));
            this.seq = Long.parseLong(user.getOrDefault(USER_SEQ, "0"));
            this.articlesAdded = Long.parseLong(user.getOrDefault(USER_ARTICLES, "0"));
            this.startReader = DirectoryReader.open(w);
        }
        try {
            loadDerived(startReader);
            // the manager takes its own reference, so it and startReader are closed independently
            startReader.incRef();
            this.searchers = new SearcherManager(startReader, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader r, org.apache.lucene.index.IndexReader previous) {
                    return new BankSearcher((DirectoryReader) r);
                }
            });
        } catch (IOException | RuntimeException e) {
            startReader.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
            throw e;
        }
    }

    /** Opens (or creates) the bank in {@code dir} for adding and searching. */
    public static QuoteBank open(Path dir) {
        return open(dir, Options.DEFAULTS);
    }

    public static QuoteBank open(Path dir, Options options) {
        try {
            return new QuoteBank(dir, options, false);
        } catch (IOException e) {
            throw new BankException(dir, "cannot open the quote bank", e);
        }
    }

    /** Opens an existing bank for searching only; fails when {@code dir} holds none. */
    public static QuoteBank openReadOnly(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BankException(dir, "no quote bank here (create one with whosaid index PATH... --into "
                    + dir + ")", null);
        }
        try {
            return new QuoteBank(dir, Options.DEFAULTS, true);
        } catch (IOException e) {
            throw new BankException(dir, "cannot open the quote bank", e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** An article's identity in the bank: its URL, or a hash of its text when it has none. */
    public static String articleKey(Article a) {
        return Keys.articleKey(a);
    }

    private static String textHash(Article a) {
        return Keys.textHash(a);
    }

    /**
     * True when this very article (same key, same text) is in the bank, committed or added in this
     * session: re-adding it would change nothing, so a resumed batch skips it before extraction.
     */
    public boolean isIndexed(Article a) {
        String key = articleKey(a);
        String hash = textHash(a);
        state.readLock().lock();
        try {
            if (closed) {
                throw new BankException(dir, "closed", null);
            }
            String h = sessionHashes.get(key);
            if (h != null) {
                return h.equals(hash);
            }
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TYPE, Fields.T_ARTICLE)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ARTICLE, key)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.HASH, hash)), Occur.FILTER)
                    .build();
            return new IndexSearcher(startReader).count(q) > 0;
        } catch (IOException e) {
            throw new BankException(dir, "cannot read the index", e);
        } finally {
            state.readLock().unlock();
        }
    }

    /**
     * Adds one extracted article, replacing any earlier version (same URL or same text), assigning
     * registry speakers and clusters; commits when {@link Options#commitEvery()} articles are pending.
     */
    public void add(Extraction x) {
        writing.lock();
        try {
            state.writeLock().lock();
            try {
                addLocked(x);
            } finally {
                state.writeLock().unlock();
            }
            if (uncommitted >= options.commitEvery()) {
                commit();
            }
        } finally {
            writing.unlock();
        }
    }

    private void addLocked(Extraction x) {
        requireWritable();
        Article a = x.article();
        String key = articleKey(a);
        String hash = textHash(a);
        Article.Metadata m = a.metadata();
        LocalDate day = day(m.published());
        String dayText = day == null ? null : day.toString();
        String outlet = m.outlet() == null || m.outlet().isBlank() ? null : m.outlet().strip();
        clusters.replacing(key);
        List<String> speakerIds = registry.assign(x, key, outlet, dayText);
        List<Document> docs = new ArrayList<>(x.statements().size() + 1);
        try {
            Document ad = new Document();
            ad.add(new StringField(Fields.TYPE, Fields.T_ARTICLE, Field.Store.NO));
            ad.add(new StringField(Fields.ARTICLE, key, Field.Store.YES));
            ad.add(new StringField(Fields.HASH, hash, Field.Store.NO));
            ad.add(new StringField(Fields.AID, a.id(), Field.Store.NO));
            ad.add(new NumericDocValuesField(Fields.SEQ, seq++));
            ObjectNode meta = json.createObjectNode();
            meta.put("id", a.id());
            meta.put("source", a.source());
            meta.put("url", m.url());
            meta.put("title", m.title());
            meta.put("outlet", m.outlet());
            meta.put("published", m.published());
            meta.put("language", m.language());
            ad.add(new StoredField(Fields.JSON, json.writeValueAsBytes(meta)));
            ad.add(new StoredField(Fields.TEXT, a.text()));
            docs.add(ad);
            java.util.Map<String, java.util.Set<String>> roles = rolesBySpeaker(x);
            for (int i = 0; i < x.statements().size(); i++) {
                docs.add(statementDoc(x, i, key, hash, speakerIds.get(i), outlet, day, roles));
            }
            writer.deleteDocuments(new Term(Fields.HASH, hash));
            writer.updateDocuments(new Term(Fields.ARTICLE, key), docs);
        } catch (IOException e) {
            throw new BankException(dir, "cannot add " + key, e);
        } finally {
            changes.incrementAndGet();
        }
        sessionHashes.put(key, hash);
        lastKey = key;
        articlesAdded++;
        uncommitted++;
    }

    /** Adds several articles in order. */
    public void add(List<Extraction> xs) {
        for (Extraction x : xs) {
            add(x);
        }
    }

    /** The roles the article's statements give each speaker name. */
    private static java.util.Map<String, java.util.Set<String>> rolesBySpeaker(Extraction x) {
        java.util.Map<String, java.util.Set<String>> roles = new java.util.HashMap<>();
        for (Statement st : x.statements()) {
            if (st.speaker() != null && st.speaker().name() != null && st.speaker().role() != null) {
                roles.computeIfAbsent(st.speaker().name(), k -> new java.util.LinkedHashSet<>()).add(st.speaker().role());
            }
        }
        return roles;
    }

    private Document statementDoc(Extraction x, int i, String key, String hash, String speakerId, String outlet,
            LocalDate day, java.util.Map<String, java.util.Set<String>> roles) throws IOException {
        Statement s = x.statements().get(i);
        Article.Metadata m = x.article().metadata();
        String sid = key + "#" + (i + 1);
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, Fields.T_STATEMENT, Field.Store.NO));
        d.add(new StringField(Fields.ARTICLE, key, Field.Store.YES));
        d.add(new StringField(Fields.HASH, hash, Field.Store.NO));
        d.add(new StringField(Fields.SID, sid, Field.Store.YES));
        long mySeq = seq++;
        d.add(new NumericDocValuesField(Fields.SEQ, mySeq));
        d.add(new StoredField(Fields.SEQ, mySeq));
        String quote = s.quote().text();
        d.add(new Field(Fields.QUOTE, quote, Fields.QUOTE_TYPE));
        d.add(new TextField(Fields.ABOUT, quote, Field.Store.NO));
        d.add(new TextField(Fields.ABOUT, paragraph(x.article().text(), s), Field.Store.NO));
        if (m.title() != null) {
            d.add(new TextField(Fields.ABOUT, m.title(), Field.Store.NO));
            d.add(new StoredField(Fields.TITLE, m.title()));
        }
        if (speakerId != null) {
            d.add(new StringField(Fields.SPEAKER, speakerId, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(Fields.DIM_SPEAKER, speakerId));
        }
        if (s.speaker() != null && s.speaker().name() != null) {
            d.add(new TextField(Fields.SPEAKER_NAME, s.speaker().name(), Field.Store.NO));
        }
        if (s.speaker() != null && s.speaker().mention() != null) {
            d.add(new TextField(Fields.SPEAKER_NAME, s.speaker().mention().text(), Field.Store.NO));
        }
        if (s.speaker() != null && s.speaker().name() != null) {
            // every role the article gives this speaker, so that a search by role finds the statements of a paragraph
            // that does not repeat it ("Danilov said" two paragraphs after "Oleksiy Danilov, the secretary of …")
            for (String role : roles.getOrDefault(s.speaker().name(), java.util.Set.of())) {
                d.add(new TextField(Fields.ROLE, role, Field.Store.NO));
            }
        }
        if (outlet != null) {
            d.add(new StoredField(Fields.OUTLET, outlet));
            d.add(new TextField(Fields.OUTLET_TEXT, outlet, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Fields.DIM_OUTLET, outlet));
        }
        for (Via v : s.via()) {
            d.add(new TextField(Fields.OUTLET_TEXT, v.name(), Field.Store.NO));
            d.add(new StoredField(Fields.VIA, v.name()));
        }
        d.add(new StringField(Fields.KIND, s.kind().label(), Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(Fields.DIM_KIND, s.kind().label()));
        if (day != null) {
            d.add(new LongPoint(Fields.DAY, day.toEpochDay()));
            d.add(new NumericDocValuesField(Fields.DAY, day.toEpochDay()));
            d.add(new SortedSetDocValuesFacetField(Fields.DIM_MONTH, day.toString().substring(0, 7)));
        }
        if (m.published() != null) {
            d.add(new StoredField(Fields.PUBLISHED, m.published()));
        }
        if (m.url() != null) {
            d.add(new StoredField(Fields.URL, m.url()));
        }
        if (x.article().source() != null) {
            d.add(new StoredField(Fields.SOURCE, x.article().source()));
        }
        Clusters.Assigned c = clusters.assign(sid, key, quote, this::committedCandidates);
        d.add(new StringField(Fields.CLUSTER, c.cluster(), Field.Store.YES));
        for (String t : c.bandTerms()) {
            d.add(new StringField(Fields.LSH, t, Field.Store.NO));
        }
        d.add(new StoredField(Fields.JSON, json.writeValueAsBytes(s)));
        return facetsConfig.build(d);
    }

    /** The paragraph around a statement (bounded), for --about: "Peskov said, speaking of Belarus, ...". */
    private static String paragraph(String text, Statement s) {
        int from = text.offsetByCodePoints(0, Math.min(s.quote().start(), text.codePointCount(0, text.length())));
        int to = from + s.quote().text().length();
        int start = text.lastIndexOf('\n', from);
        start = Math.max(Math.max(0, start + 1), from - 600);
        int end = text.indexOf('\n', Math.min(text.length(), to));
        end = end < 0 ? text.length() : end;
        end = Math.min(end, to + 600);
        return text.substring(start, Math.max(start, Math.min(end, text.length())));
    }

    private List<Clusters.Candidate> committedCandidates(List<String> terms) {
        if (startReader.numDocs() == 0 || terms.isEmpty()) {
            return List.of();
        }
        try {
            IndexSearcher s = new IndexSearcher(startReader);
            List<BytesRef> refs = new ArrayList<>(terms.size());
            for (String t : terms) {
                refs.add(new BytesRef(t));
            }
            TopDocs top = s.search(new TermInSetQuery(Fields.LSH, refs), MAX_CANDIDATES);
            List<Clusters.Candidate> out = new ArrayList<>(top.scoreDocs.length);
            StoredFields sf = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = sf.document(sd.doc, Set.of(Fields.ARTICLE, Fields.CLUSTER, Fields.QUOTE));
                out.add(new Clusters.Candidate(d.get(Fields.ARTICLE), d.get(Fields.CLUSTER), d.get(Fields.QUOTE)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes every addition so far durable, with the registry and cluster merges they caused, in one
     * Lucene commit whose user data names the last article added.
     */
    public void commit() {
        writing.lock();
        try {
            commitLocked();
        } finally {
            writing.unlock();
        }
    }

    private void commitLocked() {
        requireWritable();
        Map<String, String> user = new LinkedHashMap<>();
        state.writeLock().lock();
        try {
            for (Registry.Entry e : registry.entries()) {
                if (e.dirty) {
                    Document d = new Document();
                    d.add(new StringField(Fields.TYPE, Fields.T_SPEAKER, Field.Store.NO));
                    d.add(new StringField(Fields.SPK, e.id, Field.Store.YES));
                    d.add(new StoredField(Fields.JSON, Registry.toJson(e, json)));
                    writer.updateDocument(new Term(Fields.SPK, e.id), d);
                    e.dirty = false;
                }
            }
            for (Map.Entry<String, String> al : clusters.drainDirty().entrySet()) {
                Document d = new Document();
                d.add(new StringField(Fields.TYPE, Fields.T_CLUSTER_ALIAS, Field.Store.NO));
                d.add(new StringField(Fields.CALIAS, al.getKey(), Field.Store.YES));
                d.add(new StoredField(Fields.CALIAS_TO, al.getValue()));
                writer.updateDocument(new Term(Fields.CALIAS, al.getKey()), d);
            }
            user.put(USER_VERSION, "1");
            user.put(USER_SEQ, Long.toString(seq));
            user.put(USER_ARTICLES, Long.toString(articlesAdded));
            if (lastKey != null) {
                user.put(USER_LAST, lastKey);
            }
            uncommitted = 0;
        } catch (IOException e) {
            throw new BankException(dir, "cannot commit", e);
        } finally {
            changes.incrementAndGet();
            state.writeLock().unlock();
        }
        // only additions change the index, and they wait for the writing lock we hold: readers go on
        try {
            writer.setLiveCommitData(user.entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new BankException(dir, "cannot commit", e);
        }
    }

    /** The user data of the last commit: the last article key added and counters. */
    public Map<String, String> lastCommit() {
        try {
            DirectoryReader r = DirectoryReader.open(directory);
            try {
                return Map.copyOf(r.getIndexCommit().getUserData());
            } finally {
                r.close();
            }
        } catch (IOException e) {
            throw new BankException(dir, "cannot read the last commit", e);
        }
    }

    /** Commits (when writable) and releases the index. */
    @Override
    public void close() {
        writing.lock();
        try {
            if (closed) {
                return;
            }
            if (writer != null) {
                commitLocked();
            }
            // waits for the reads in progress; later ones find the bank closed
            state.writeLock().lock();
            try {
                closed = true;
                searchers.close();
                if (writer != null) {
                    writer.close();
                }
                startReader.close();
                directory.close();
            } finally {
                state.writeLock().unlock();
            }
        } catch (IOException e) {
            throw new BankException(dir, "cannot close", e);
        } finally {
            writing.unlock();
        }
    }

    // ---- reading ----

    private void loadDerived(DirectoryReader r) throws IOException {
        IndexSearcher s = new IndexSearcher(r);
        StoredFields sf = s.storedFields();
        TopDocs sp = s.search(new TermQuery(new Term(Fields.TYPE, Fields.T_SPEAKER)), Math.max(1, r.maxDoc()));
        for (ScoreDoc d : sp.scoreDocs) {
            registry.load(sf.document(d.doc, Set.of(Fields.JSON)).getBinaryValue(Fields.JSON).bytes, json);
        }
        TopDocs al = s.search(new TermQuery(new Term(Fields.TYPE, Fields.T_CLUSTER_ALIAS)), Math.max(1, r.maxDoc()));
        for (ScoreDoc d : al.scoreDocs) {
            Document doc = sf.document(d.doc);
            clusters.loadAlias(doc.get(Fields.CALIAS), doc.get(Fields.CALIAS_TO));
        }
    }

    /** One read of the bank, given a searcher it must not keep. */
    @FunctionalInterface
    private interface Read<T> {
        T run(BankSearcher s) throws IOException;
    }

    /**
     * Runs a read under the read lock of the in-memory state with a searcher that sees every addition
     * made before the call (and, read-only, the last commit of the folder), released afterwards.
     */
    private <T> T read(String failure, Read<T> body) {
        state.readLock().lock();
        try {
            if (closed) {
                throw new BankException(dir, "closed", null);
            }
            BankSearcher s = acquire();
            try {
                return body.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new BankException(dir, failure, e);
        } finally {
            state.readLock().unlock();
        }
    }

    private BankSearcher acquire() throws IOException {
        if (writer != null) {
            // additions only happen under the write lock, so none is in progress while we read
            long seen = changes.get();
            if (refreshedTo.get() < seen) {
                searchers.maybeRefreshBlocking();
                refreshedTo.accumulateAndGet(seen, Math::max);
            }
        } else {
            // another process may have committed: seen on the next call, as the server promises
            BankSearcher s = (BankSearcher) searchers.acquire();
            boolean current;
            try {
                current = s.reader.isCurrent();
            } catch (IOException | RuntimeException e) {
                searchers.release(s);
                throw e;
            }
            if (current) {
                return s;
            }
            searchers.release(s);
            searchers.maybeRefreshBlocking();
        }
        return (BankSearcher) searchers.acquire();
    }

    /**
     * A searcher with what is worth keeping for one view of the index and sharing between threads:
     * the facet ordinals (costly to build, valid until the reader changes) and the highlighter's
     * settings, from which each page makes its own light {@link PageHighlighter}.
     */
    private final class BankSearcher extends IndexSearcher {
        final DirectoryReader reader;
        /** The highlighter's settings, fixed per searcher; only read by {@link UnifiedHighlighter}'s constructor. */
        final UnifiedHighlighter.Builder highlighting;
        private DefaultSortedSetDocValuesReaderState facetState;

        BankSearcher(DirectoryReader reader) {
            super(reader);
            this.reader = reader;
            this.highlighting = UnifiedHighlighter.builder(this, analyzer)
                    .withFormatter(new DefaultPassageFormatter(String.valueOf(OPEN_MARK), String.valueOf(CLOSE_MARK),
                            " \u2026 ", false))
                    .withMaxLength(100_000);
        }

        synchronized DefaultSortedSetDocValuesReaderState facetState() throws IOException {
            if (facetState == null) {
                facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            }
            return facetState;
        }
    }

    /**
     * A highlighter for one page of hits that takes the quotes from the statements already read
     * instead of loading the stored quote field of every hit again.
     */
    private static final class PageHighlighter extends UnifiedHighlighter {
        private final Map<Integer, String> quotes;

        PageHighlighter(UnifiedHighlighter.Builder settings, Map<Integer, String> quotes) {
            super(settings);
            this.quotes = quotes;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            if (fields.length != 1 || !fields[0].equals(Fields.QUOTE)) {
                return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            }
            // every remaining document at once: a page holds at most a hundred quotes
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                out.add(new CharSequence[] {quotes.get(doc)});
            }
            return out;
        }
    }

    private static FacetCountsHolder facetCounts(BankSearcher s, FacetsCollector fc) throws IOException {
        DefaultSortedSetDocValuesReaderState st = s.facetState();
        return new FacetCountsHolder(new SortedSetDocValuesFacetCounts(st, fc), st);
    }

    private record FacetCountsHolder(SortedSetDocValuesFacetCounts counts,
                                     DefaultSortedSetDocValuesReaderState state) {
        List<LabelAndValue> all(String dim) throws IOException {
            if (state.getOrdRange(dim) == null) {
                return List.of();
            }
            FacetResult r = counts.getAllChildren(dim);
            return r == null ? List.of() : List.of(r.labelValues);
        }
    }

    /** Counts of articles, statements and speakers (merged ids not counted). */
    public Stats stats() {
        return read("cannot read the index", s -> {
            long speakers = registry.entries().stream().filter(e -> e.mergedInto == null).count();
            return new Stats(s.count(new TermQuery(new Term(Fields.TYPE, Fields.T_ARTICLE))),
                    s.count(new TermQuery(new Term(Fields.TYPE, Fields.T_STATEMENT))), speakers);
        });
    }

    /** Runs a search: the best hits (by relevance for a text query, newest first otherwise) and facets. */
    public SearchResult search(Query q) {
        return search(q, null);
    }

    /**
     * The page of hits that follows {@code after} (the {@link SearchResult#next()} of the previous page
     * of the same query), or the first page when it is null. Hits are ordered by a sort that ends in
     * the statement's indexing sequence number, which is unique, so pages neither repeat nor skip hits
     * while the bank is unchanged.
     */
    public SearchResult search(Query q, SearchResult.After after) {
        return read("cannot search", s -> search(s, q, after));
    }

    private SearchResult search(BankSearcher s, Query q, SearchResult.After after) throws IOException {
        boolean scored = q.text() != null && !q.text().isBlank() && !q.text().strip().equals("*");
        org.apache.lucene.search.Query text = scored ? parse(q.text()) : null;
        org.apache.lucene.search.Query lq = build(q, text);
        Sort sort = scored
                ? new Sort(SortField.FIELD_SCORE, new SortField(Fields.SEQ, SortField.Type.LONG))
                : new Sort(newestFirst(), new SortField(Fields.SEQ, SortField.Type.LONG));
        int n = Math.max(1, q.limit());
        TopDocs top;
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        // the sort values decide, seq being unique; the highest doc id keeps the last hit itself out
        FieldDoc from = after == null ? null : new FieldDoc(Math.max(0, s.reader.maxDoc() - 1), after.score(),
                scored ? new Object[] {after.score(), after.seq()} : new Object[] {after.day(), after.seq()});
        if (q.facets()) {
            FacetsCollectorManager.FacetsResult fr = FacetsCollectorManager.searchAfter(s, from, lq, n, sort, true,
                    new FacetsCollectorManager());
            top = fr.topDocs();
            FacetCountsHolder fc = facetCounts(s, fr.facetsCollector());
            facets.put(Fields.DIM_SPEAKER, speakerFacet(fc.all(Fields.DIM_SPEAKER), 10));
            // months in calendar order, the others by count
            facets.put(Fields.DIM_OUTLET, plainFacet(fc.all(Fields.DIM_OUTLET), 10, false));
            facets.put(Fields.DIM_MONTH, plainFacet(fc.all(Fields.DIM_MONTH), Integer.MAX_VALUE, true));
            facets.put(Fields.DIM_KIND, plainFacet(fc.all(Fields.DIM_KIND), 10, false));
        } else {
            top = s.searchAfter(from, lq, n, sort, true);
        }
        // the collector counted every match unless the bank is large; then count them apart
        long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : s.count(lq);
        List<SearchResult.Hit> hits = new ArrayList<>();
        if (q.limit() > 0 && top.scoreDocs.length > 0) {
            StoredFields sf = s.storedFields();
            Statement[] statements = new Statement[top.scoreDocs.length];
            Map<Integer, Appearance> onPage = new LinkedHashMap<>();
            Map<Integer, String> quotes = new HashMap<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                Document d = sf.document(top.scoreDocs[i].doc, APPEARANCE_FIELDS);
                statements[i] = statementJson.readValue(d.getBinaryValue(Fields.JSON).bytes);
                onPage.put(top.scoreDocs[i].doc, appearance(d, statements[i]));
                quotes.put(top.scoreDocs[i].doc, statements[i].quote().text());
            }
            // only the text query can match words of the quote: the filters are on other fields, and
            // handing them to the highlighter would make it re-run them for every hit
            String[] snippets = new PageHighlighter(s.highlighting, quotes).highlight(Fields.QUOTE,
                    text == null ? new MatchNoDocsQuery() : text, top, 2);
            Map<String, SearchResult.ClusterRef> refs = clusterRefs(s, onPage);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Statement st = statements[i];
                Appearance ap = onPage.get(sd.doc);
                SearchResult.Snippet sn = snippet(snippets[i], st.quote().text());
                hits.add(new SearchResult.Hit(ap.statementId(), Float.isNaN(sd.score) ? 0f : sd.score, st,
                        ap.speakerId(), ap, sn, refs.get(ap.clusterId())));
            }
        }
        SearchResult.After next = null;
        if (q.limit() > 0 && top.scoreDocs.length == n) {
            FieldDoc last = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
            next = scored ? new SearchResult.After(((Number) last.fields[0]).floatValue(), 0L,
                    ((Number) last.fields[1]).longValue())
                    : new SearchResult.After(0f, ((Number) last.fields[0]).longValue(),
                    ((Number) last.fields[1]).longValue());
        }
        return new SearchResult(total, hits, facets, next);
    }

    private static SortField newestFirst() {
        SortField f = new SortField(Fields.DAY, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        return f;
    }

    private static SortField oldestFirst() {
        SortField f = new SortField(Fields.DAY, SortField.Type.LONG, false);
        f.setMissingValue(Long.MAX_VALUE);
        return f;
    }

    private static SearchResult.Snippet snippet(String marked, String quote) {
        if (marked == null) {
            String t = quote.length() > 300 ? quote.substring(0, 300) + "\u2026" : quote;
            return new SearchResult.Snippet(t, List.of());
        }
        StringBuilder b = new StringBuilder();
        List<SearchResult.Range> ranges = new ArrayList<>();
        int open = -1;
        int cps = 0;
        for (int i = 0; i < marked.length(); ) {
            int c = marked.codePointAt(i);
            i += Character.charCount(c);
            if (c == OPEN_MARK) {
                open = cps;
            } else if (c == CLOSE_MARK) {
                if (open >= 0) {
                    ranges.add(new SearchResult.Range(open, cps));
                }
                open = -1;
            } else {
                b.appendCodePoint(c);
                cps++;
            }
        }
        return new SearchResult.Snippet(b.toString(), ranges);
    }

    /** The text of a query in Lucene's classic syntax over the quote, every word required by default. */
    private org.apache.lucene.search.Query parse(String text) {
        QueryParser p = new QueryParser(Fields.QUOTE, analyzer);
        p.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return p.parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read the query '" + text + "': "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The statements matching the text query (null: every statement) and the query's filters. */
    private org.apache.lucene.search.Query build(Query q, org.apache.lucene.search.Query text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.TYPE, Fields.T_STATEMENT)), Occur.FILTER);
        if (text != null) {
            b.add(text, Occur.MUST);
        }
        QueryBuilder words = new QueryBuilder(analyzer);
        if (q.speaker() != null && !q.speaker().isBlank()) {
            Set<String> ids = new TreeSet<>();
            for (String id : registry.find(q.speaker().strip())) {
                ids.addAll(registry.withAliases(id));
            }
            if (!ids.isEmpty()) {
                b.add(new TermInSetQuery(Fields.SPEAKER, ids.stream().map(BytesRef::new).toList()), Occur.FILTER);
            } else {
                b.add(phrase(words, Fields.SPEAKER_NAME, q.speaker()), Occur.FILTER);
            }
        }
        if (q.role() != null && !q.role().isBlank()) {
            b.add(phrase(words, Fields.ROLE, q.role()), Occur.FILTER);
        }
        if (q.outlet() != null && !q.outlet().isBlank()) {
            b.add(phrase(words, Fields.OUTLET_TEXT, q.outlet()), Occur.FILTER);
        }
        if (q.kind() != null) {
            b.add(new TermQuery(new Term(Fields.KIND, q.kind().label())), Occur.FILTER);
        }
        if (q.since() != null || q.until() != null) {
            long from = q.since() == null ? Long.MIN_VALUE : q.since().toEpochDay();
            long to = q.until() == null ? Long.MAX_VALUE : q.until().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.DAY, from, to), Occur.FILTER);
        }
        if (q.about() != null && !q.about().isBlank()) {
            b.add(phrase(words, Fields.ABOUT, q.about()), Occur.FILTER);
        }
        return b.build();
    }

    private static org.apache.lucene.search.Query phrase(QueryBuilder words, String field, String text) {
        org.apache.lucene.search.Query p = words.createPhraseQuery(field, text);
        return p == null ? new MatchNoDocsQuery("no words in '" + text + "'") : p;
    }

    private List<SearchResult.FacetCount> speakerFacet(List<LabelAndValue> values, int top) {
        Map<String, Long> byCanonical = new HashMap<>();
        for (LabelAndValue lv : values) {
            byCanonical.merge(registry.canonical(lv.label), lv.value.longValue(), Long::sum);
        }
        List<SearchResult.FacetCount> out = new ArrayList<>();
        byCanonical.forEach((id, n) -> {
            Registry.Entry e = registry.get(id);
            out.add(new SearchResult.FacetCount(id, e == null ? id : e.name(), n));
        });
        out.sort(Comparator.comparingLong(SearchResult.FacetCount::count).reversed()
                .thenComparing(SearchResult.FacetCount::value));
        return out.size() > top ? out.subList(0, top) : out;
    }

    private static List<SearchResult.FacetCount> plainFacet(List<LabelAndValue> values, int top, boolean byValue) {
        List<SearchResult.FacetCount> out = new ArrayList<>();
        for (LabelAndValue lv : values) {
            out.add(new SearchResult.FacetCount(lv.label, lv.label, lv.value.longValue()));
        }
        out.sort(byValue ? Comparator.comparing(SearchResult.FacetCount::value)
                : Comparator.comparingLong(SearchResult.FacetCount::count).reversed()
                        .thenComparing(SearchResult.FacetCount::value));
        return out.size() > top ? out.subList(0, top) : out;
    }

    private Appearance appearance(Document d, Statement st) {
        List<String> via = new ArrayList<>();
        for (Via v : st.via()) {
            via.add(v.name());
        }
        String speakerId = d.get(Fields.SPEAKER);
        String canonical = speakerId == null ? null : registry.canonical(speakerId);
        String clusterId = clusters.find(d.get(Fields.CLUSTER));
        return new Appearance(d.get(Fields.SID), d.get(Fields.ARTICLE), d.get(Fields.SOURCE), d.get(Fields.URL), d.get(Fields.TITLE),
                d.get(Fields.OUTLET), d.get(Fields.PUBLISHED), canonical,
                st.speaker() == null ? null : st.speaker().name(), st.speaker() == null ? null : st.speaker().role(),
                st.kind().label(), st.quote().text(), via, clusterId);
    }

    private List<Appearance> appearances(IndexSearcher s, org.apache.lucene.search.Query filter, int limit)
            throws IOException {
        org.apache.lucene.search.Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, Fields.T_STATEMENT)), Occur.FILTER)
                .add(filter, Occur.FILTER)
                .build();
        TopDocs top = s.search(q, limit, new Sort(oldestFirst(), new SortField(Fields.SEQ, SortField.Type.LONG)));
        StoredFields sf = s.storedFields();
        List<Appearance> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = sf.document(sd.doc, APPEARANCE_FIELDS);
            out.add(appearance(d, statementJson.readValue(d.getBinaryValue(Fields.JSON).bytes)));
        }
        return out;
    }

    private org.apache.lucene.search.Query clusterFilter(String id) {
        return new TermInSetQuery(Fields.CLUSTER, clusters.members(id).stream().map(BytesRef::new).toList());
    }

    /** What a page needs of one cluster: how many appearances, from how many outlets, and the earliest. */
    private static final class ClusterTally {
        int appearances;
        final Set<String> outlets = new TreeSet<>();
        long firstDay = Long.MAX_VALUE;
        long firstSeq = Long.MAX_VALUE;
        int firstDoc = -1;

        void add(int doc, long day, long seq, String outletOrArticle) {
            appearances++;
            outlets.add(outletOrArticle);
            if (day < firstDay || (day == firstDay && seq < firstSeq)) {
                firstDay = day;
                firstSeq = seq;
                firstDoc = doc;
            }
        }
    }

    /**
     * The clusters of a page of hits with one query over all their members: per member only the day
     * and sequence number (doc values) and, for members not on the page, the outlet and article; the
     * JSON of a statement is read only for a cluster's first appearance when it is not on the page.
     * Ordering matches {@link #appearances}: earliest day first (undated last), then indexing order.
     */
    private Map<String, SearchResult.ClusterRef> clusterRefs(BankSearcher s, Map<Integer, Appearance> onPage)
            throws IOException {
        Map<String, String> rootOf = new HashMap<>();
        for (Appearance a : onPage.values()) {
            if (!rootOf.containsValue(a.clusterId())) {
                for (String m : clusters.members(a.clusterId())) {
                    rootOf.put(m, a.clusterId());
                }
            }
        }
        // only statements have a cluster field, so no type filter is needed
        org.apache.lucene.search.Query q = new TermInSetQuery(Fields.CLUSTER,
                rootOf.keySet().stream().sorted().map(BytesRef::new).toList());
        Set<String> fields = Set.of(Fields.CLUSTER, Fields.OUTLET, Fields.ARTICLE);
        Map<String, ClusterTally> tallies = s.search(q, new CollectorManager<SimpleCollector, Map<String, ClusterTally>>() {
            // one map for the whole search: this searcher has no executor, so leaves are collected in turn
            final Map<String, ClusterTally> out = new HashMap<>();

            @Override
            public SimpleCollector newCollector() {
                return new SimpleCollector() {
                    private int base;
                    private NumericDocValues days;
                    private NumericDocValues seqs;
                    private StoredFields stored;

                    @Override
                    protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                        base = ctx.docBase;
                        days = ctx.reader().getNumericDocValues(Fields.DAY);
                        seqs = ctx.reader().getNumericDocValues(Fields.SEQ);
                        stored = ctx.reader().storedFields();
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        long day = days != null && days.advanceExact(doc) ? days.longValue() : Long.MAX_VALUE;
                        long sq = seqs != null && seqs.advanceExact(doc) ? seqs.longValue() : Long.MAX_VALUE;
                        Appearance known = onPage.get(base + doc);
                        String cluster;
                        String outlet;
                        if (known != null) {
                            cluster = known.clusterId();
                            outlet = known.outlet() == null ? known.articleKey() : known.outlet();
                        } else {
                            Document d = stored.document(doc, fields);
                            cluster = rootOf.get(d.get(Fields.CLUSTER));
                            outlet = d.get(Fields.OUTLET) == null ? d.get(Fields.ARTICLE) : d.get(Fields.OUTLET);
                        }
                        out.computeIfAbsent(cluster, k -> new ClusterTally()).add(base + doc, day, sq, outlet);
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE_NO_SCORES;
                    }
                };
            }

            @Override
            public Map<String, ClusterTally> reduce(java.util.Collection<SimpleCollector> collectors) {
                return out;
            }
        });
        Map<String, SearchResult.ClusterRef> refs = new HashMap<>();
        StoredFields sf = s.storedFields();
        for (Map.Entry<String, ClusterTally> e : tallies.entrySet()) {
            ClusterTally t = e.getValue();
            Appearance first = onPage.get(t.firstDoc);
            if (first == null) {
                Document d = sf.document(t.firstDoc, APPEARANCE_FIELDS);
                first = appearance(d, statementJson.readValue(d.getBinaryValue(Fields.JSON).bytes));
            }
            refs.put(e.getKey(), new SearchResult.ClusterRef(e.getKey(), t.appearances, t.outlets.size(), first));
        }
        return refs;
    }

    /** A cluster of repeated statements by id (or by the id of any statement in it). */
    public Optional<ClusterInfo> cluster(String id) {
        return read("cannot read the index", s -> {
            String cid = id;
            if (!id.startsWith("c-")) {
                List<Appearance> one = appearances(s, new TermQuery(new Term(Fields.SID, id)), 1);
                if (one.isEmpty()) {
                    return Optional.empty();
                }
                cid = one.get(0).clusterId();
            }
            List<Appearance> all = appearances(s, clusterFilter(cid), MAX_LISTED);
            if (all.isEmpty()) {
                return Optional.empty();
            }
            Set<String> outlets = new LinkedHashSet<>();
            for (Appearance a : all) {
                if (a.outlet() != null) {
                    outlets.add(a.outlet());
                }
                outlets.addAll(a.via());
            }
            return Optional.of(new ClusterInfo(clusters.find(cid), all.get(0), all, List.copyOf(outlets)));
        });
    }

    /** Every speaker of the registry (merged ids folded into their target), most quoted first. */
    public List<SpeakerInfo> speakers() {
        return read("cannot read the index", s -> {
            FacetsCollectorManager.FacetsResult fr = FacetsCollectorManager.search(s,
                    new TermQuery(new Term(Fields.TYPE, Fields.T_STATEMENT)), 1, new FacetsCollectorManager());
            Map<String, Long> counts = new HashMap<>();
            for (SearchResult.FacetCount fc : speakerFacet(facetCounts(s, fr.facetsCollector()).all(Fields.DIM_SPEAKER),
                    Integer.MAX_VALUE)) {
                counts.put(fc.value(), fc.count());
            }
            List<SpeakerInfo> out = new ArrayList<>();
            for (Registry.Entry e : registry.entries()) {
                if (e.mergedInto == null) {
                    out.add(info(e, counts.getOrDefault(e.id, 0L), List.of()));
                }
            }
            out.sort(Comparator.comparingLong(SpeakerInfo::statements).reversed().thenComparing(SpeakerInfo::name));
            return out;
        });
    }

    /**
     * One speaker by id, or by a name when it matches exactly one speaker, with every statement
     * oldest first.
     */
    public Optional<SpeakerInfo> speaker(String idOrName) {
        return read("cannot read the index", s -> {
            Set<String> ids = registry.find(idOrName.strip());
            if (ids.size() != 1) {
                return Optional.empty();
            }
            Registry.Entry e = registry.get(ids.iterator().next());
            if (e == null) {
                return Optional.empty();
            }
            List<Appearance> timeline = appearances(s, new TermInSetQuery(Fields.SPEAKER,
                    registry.withAliases(e.id).stream().map(BytesRef::new).toList()), MAX_LISTED);
            return Optional.of(info(e, timeline.size(), timeline));
        });
    }

    /** Speaker ids matching a name as typed: an id, a full name in any spelling, or a surname. */
    public Set<String> findSpeakers(String typed) {
        state.readLock().lock();
        try {
            return registry.find(typed.strip());
        } finally {
            state.readLock().unlock();
        }
    }

    private SpeakerInfo info(Registry.Entry e, long count, List<Appearance> timeline) {
        List<SpeakerInfo.RoleSeen> roles = new ArrayList<>();
        e.roles.forEach((r, d) -> roles.add(new SpeakerInfo.RoleSeen(r, d[0], d[1])));
        roles.sort(Comparator.comparing((SpeakerInfo.RoleSeen r) -> r.first() == null ? "9" : r.first())
                .thenComparing(SpeakerInfo.RoleSeen::role));
        List<String> spellings = new ArrayList<>(e.spellings.keySet());
        Set<String> aliases = new TreeSet<>(registry.withAliases(e.id));
        aliases.remove(e.id);
        List<String> evidence = new ArrayList<>(e.evidence);
        for (String a : aliases) {
            Registry.Entry ae = registry.get(a);
            if (ae != null) {
                evidence.addAll(ae.evidence);
            }
        }
        return new SpeakerInfo(e.id, e.name(), e.type, count, spellings, roles, List.copyOf(e.outlets),
                List.copyOf(aliases), evidence, timeline);
    }

    /** One stored article by key (its URL, or text:HASH), with its statements as extracted. */
    public Optional<Extraction> article(String key) {
        return read("cannot read the index", s -> {
            TopDocs top = s.search(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TYPE, Fields.T_ARTICLE)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ARTICLE, key)), Occur.FILTER).build(), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document d = s.storedFields().document(top.scoreDocs[0].doc);
            JsonNode meta = json.readTree(d.getBinaryValue(Fields.JSON).bytes);
            Article a = new Article(meta.get("id").asText(), text(meta, "source"), d.get(Fields.TEXT),
                    new Article.Metadata(text(meta, "url"), text(meta, "title"), text(meta, "outlet"),
                            text(meta, "published"), text(meta, "language")));
            TopDocs sts = s.search(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TYPE, Fields.T_STATEMENT)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ARTICLE, key)), Occur.FILTER).build(), MAX_LISTED,
                    new Sort(new SortField(Fields.SEQ, SortField.Type.LONG)));
            List<Statement> statements = new ArrayList<>();
            for (ScoreDoc sd : sts.scoreDocs) {
                statements.add(statementJson.readValue(s.storedFields().document(sd.doc, Set.of(Fields.JSON))
                        .getBinaryValue(Fields.JSON).bytes));
            }
            return Optional.of(new Extraction(a, statements, List.of()));
        });
    }

    /** Article keys per number of statements, for tests and diagnostics: every article key once. */
    Map<String, Integer> articleKeys() {
        return read("cannot read the index", s -> {
            TopDocs top = s.search(new TermQuery(new Term(Fields.TYPE, Fields.T_ARTICLE)), Math.max(1, s.reader.maxDoc()));
            Map<String, Integer> out = new TreeMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.merge(s.storedFields().document(sd.doc, Set.of(Fields.ARTICLE)).get(Fields.ARTICLE), 1, Integer::sum);
            }
            return out;
        });
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** The publication day of an ISO date or date-time; null when absent or unreadable. */
    static LocalDate day(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void requireWritable() {
        if (writer == null) {
            throw new BankException(dir, "opened read-only", null);
        }
        if (closed) {
            throw new BankException(dir, "closed", null);
        }
    }
}
