package io.corroborate.ingest.warc;

import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.web.PageArticles;
import io.corroborate.ingest.web.WebPage;
import io.corroborate.text.Article;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * What one archive gives, in record order: pages are extracted on worker threads (extraction costs far more
 * than reading the archive) while every outcome — article, skip, warning — reaches the log and the sink in the
 * order of the records, exactly as a sequential read would give it. At most {@link #WINDOW} outcomes wait, so
 * memory stays bounded. Single use, driven by one thread.
 */
final class OrderedOutput {
    /** Outcomes in flight at most; a constant, so the output never depends on the number of threads. */
    static final int WINDOW = 32;

    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "warc-extract");
                t.setDaemon(true);
                return t;
            });

    /** One record's effect on the log and the sink. */
    private interface Outcome {
        void apply(IngestLog log, Consumer<Article> sink);
    }

    private final IngestLog log;
    private final Consumer<Article> sink;
    private final boolean parallel;
    private final ArrayDeque<Future<Outcome>> pending = new ArrayDeque<>();

    OrderedOutput(IngestLog log, Consumer<Article> sink, boolean parallel) {
        this.log = log;
        this.sink = sink;
        this.parallel = parallel;
    }

    void skipped(String input, String category, String reason) {
        post((l, s) -> l.skipped(input, category, reason));
    }

    void warn(String input, String reason) {
        post((l, s) -> l.warn(input, reason));
    }

    /** @param damage why the body was cut short, or null */
    void page(WebPage page, String damage) {
        if (!parallel) {
            extract(page, damage).apply(log, sink);
            return;
        }
        pending.add(WORKERS.submit(() -> extract(page, damage)));
        drain(WINDOW);
    }

    /** Emits everything still waiting. */
    void finish() {
        drain(0);
    }

    private static Outcome extract(WebPage page, String damage) {
        PageArticles.Extraction x;
        try {
            x = PageArticles.extractQuietly(page);
        } catch (RuntimeException e) {
            return (l, s) -> l.skipped(page.path(), "broken", "page unreadable: " + ArchiveWalk.describe(e));
        }
        return (l, s) -> {
            x.report(page.path(), l);
            x.article().ifPresent(a -> {
                if (damage != null) {
                    a = a.withWarning("page body cut short: " + damage);
                    l.warn(page.path(), "page body cut short, read what was there: " + damage);
                }
                s.accept(a);
            });
        };
    }

    private void post(Outcome o) {
        if (!parallel || pending.isEmpty()) {
            // nothing waits ahead of it: apply now
            drain(0);
            o.apply(log, sink);
            return;
        }
        pending.add(CompletableFuture.completedFuture(o));
        drain(WINDOW);
    }

    private void drain(int keep) {
        while (pending.size() > keep) {
            Outcome o;
            try {
                o = pending.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while extracting archived pages", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("page extraction failed: " + e.getCause(), e.getCause());
            }
            o.apply(log, sink);
        }
    }
}
