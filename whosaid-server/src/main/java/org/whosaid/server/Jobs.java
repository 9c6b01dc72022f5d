package org.whosaid.server;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.whosaid.bank.QuoteBank;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Article;
import org.whosaid.model.Extraction;

/**
 * Background indexing: one thread owns every write to the bank (extract, add, commit), jobs queue in
 * front of it (a bounded queue: a full one refuses with 503 rather than holding unbounded bodies),
 * and each job's state can be read while it runs. The last {@value #KEPT} jobs are remembered.
 */
final class Jobs implements AutoCloseable {
    static final int KEPT = 500;
    private static final int QUEUED = 32;
    private static final System.Logger LOG = System.getLogger(Jobs.class.getName());

    /** A job as the API reports it. {@code state} is queued, running, done or failed. */
    record Job(String id, String state, int articles, int indexed, int statements, String submitted,
               String started, String finished, String error, List<String> articleKeys) {
        Job {
            articleKeys = List.copyOf(articleKeys);
        }
    }

    private final QuoteBank bank;
    private final Extractor extractor = new Extractor();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Job> jobs = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT;
        }
    };
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUED), r -> {
                Thread t = new Thread(r, "whosaid-bank-writer");
                t.setDaemon(true);
                return t;
            });

    Jobs(QuoteBank bank) {
        this.bank = bank;
    }

    /** Queues the articles for indexing and returns the job as queued; 503 when the queue is full. */
    Job submit(List<Article> articles) {
        String id = "j-" + HexFormat.of().formatHex(bytes(8));
        Job queued = new Job(id, "queued", articles.size(), 0, 0, Instant.now().toString(), null, null, null, List.of());
        put(queued);
        try {
            writer.execute(() -> run(queued, List.copyOf(articles)));
        } catch (RejectedExecutionException e) {
            synchronized (jobs) {
                jobs.remove(id);
            }
            throw new ApiError(503, "the indexing queue is full (" + QUEUED + " jobs waiting): try again later");
        }
        return queued;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private void run(Job job, List<Article> articles) {
        String started = Instant.now().toString();
        put(new Job(job.id(), "running", job.articles(), 0, 0, job.submitted(), started, null, null, List.of()));
        int indexed = 0;
        int statements = 0;
        List<String> keys = new ArrayList<>();
        try {
            for (Article a : articles) {
                Extraction x = extractor.extract(a);
                bank.add(x);
                indexed++;
                statements += x.statements().size();
                keys.add(QuoteBank.articleKey(a));
                put(new Job(job.id(), "running", job.articles(), indexed, statements, job.submitted(), started, null,
                        null, keys));
            }
            bank.commit();
            put(new Job(job.id(), "done", job.articles(), indexed, statements, job.submitted(), started,
                    Instant.now().toString(), null, keys));
        } catch (RuntimeException | StackOverflowError e) {
            // the client sees that the job failed; the cause stays in the server's log
            LOG.log(System.Logger.Level.ERROR, "job " + job.id() + " failed", e);
            put(new Job(job.id(), "failed", job.articles(), indexed, statements, job.submitted(), started,
                    Instant.now().toString(), "indexing failed after " + indexed + " of " + job.articles()
                    + " articles; see the server log", keys));
        }
    }

    private void put(Job j) {
        synchronized (jobs) {
            jobs.put(j.id(), j);
        }
    }

    Optional<Job> get(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** Every remembered job, newest first. */
    List<Job> list() {
        synchronized (jobs) {
            List<Job> out = new ArrayList<>(jobs.values());
            java.util.Collections.reverse(out);
            return out;
        }
    }

    /** Lets queued jobs finish (bounded wait) so that what was accepted is committed. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
