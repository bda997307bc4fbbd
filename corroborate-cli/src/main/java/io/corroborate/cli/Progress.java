package io.corroborate.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of a long run, on standard error. Silent for the first {@link #DELAY_NANOS} (2 s): short runs print
 * nothing. Then, on a terminal ({@code System.console() != null}), one bar redrawn in place at most every 100 ms;
 * elsewhere (a pipe, a log file, CI), a plain line every 10 s. Thread-safe: {@link #advance} may be called from
 * many threads. Protocol: {@link #start} → {@link #step}/{@link #advance} ... → {@link #close} (ends the bar's
 * line, and prints a closing line if anything was printed).
 *
 * <pre>{@code
 * try (Progress p = Progress.start("extract", files.size())) {
 *     for (...) { work(); p.step(); }
 * }
 * }</pre>
 */
public final class Progress implements AutoCloseable {
    /** Nothing is shown before this much time has passed (2 s). */
    public static final long DELAY_NANOS = 2_000_000_000L;
    static final long BAR_INTERVAL_NANOS = 100_000_000L;
    static final long LOG_INTERVAL_NANOS = 10_000_000_000L;
    static final int BAR_WIDTH = 30;

    private final String label;
    private final long total;
    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long started;
    private final AtomicLong done = new AtomicLong();
    private long lastDrawn = Long.MIN_VALUE;
    private boolean printed;
    private int lastWidth;
    private boolean closed;

    Progress(String label, long total, PrintStream out, boolean terminal, LongSupplier clock) {
        this.label = label;
        this.total = total;
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    /**
     * @param label what is being counted ("extract", "fetch")
     * @param total how many items there will be, or 0 when unknown
     */
    public static Progress start(String label, long total) {
        return new Progress(label, Math.max(0, total), System.err, System.console() != null, System::nanoTime);
    }

    public void step() {
        advance(1);
    }

    public void advance(long n) {
        long now = done.addAndGet(n);
        maybeDraw(now, false);
    }

    /** Counts every item that passes: {@code ingestor.read(inputs, log, progress.counting(sink))}. */
    public <T> Consumer<T> counting(Consumer<T> sink) {
        return t -> {
            sink.accept(t);
            step();
        };
    }

    /** Prints a line (a warning) without tearing the bar: the bar's line is cleared first and redrawn after. */
    public synchronized void message(String line) {
        if (terminal && printed && !closed) {
            out.print("\r" + " ".repeat(lastWidth) + "\r" + line + "\n");
            out.print("\r" + render(done.get(), clock.getAsLong() - started));
        } else {
            out.println(line);
        }
        out.flush();
    }

    public long done() {
        return done.get();
    }

    private synchronized void maybeDraw(long count, boolean last) {
        if (closed) return;
        long now = clock.getAsLong();
        long elapsed = now - started;
        if (elapsed < DELAY_NANOS && !(last && printed)) return;
        long interval = terminal ? BAR_INTERVAL_NANOS : LOG_INTERVAL_NANOS;
        if (!last && lastDrawn != Long.MIN_VALUE && now - lastDrawn < interval) return;
        if (last && !printed) return;
        lastDrawn = now;
        printed = true;
        String line = render(count, elapsed);
        if (terminal) {
            String pad = line.length() < lastWidth ? " ".repeat(lastWidth - line.length()) : "";
            out.print("\r" + line + pad + (last ? "\n" : ""));
            lastWidth = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    String render(long count, long elapsedNanos) {
        double secs = elapsedNanos / 1e9;
        double rate = secs > 0 ? count / secs : 0;
        StringBuilder sb = new StringBuilder(label).append(' ');
        if (total > 0) {
            double frac = Math.min(1.0, (double) count / total);
            if (terminal) {
                int filled = (int) Math.round(frac * BAR_WIDTH);
                sb.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
            }
            sb.append(count).append('/').append(total)
                    .append(String.format(Locale.ROOT, " (%d%%)", (int) Math.floor(frac * 100)));
        } else {
            sb.append(count);
        }
        sb.append(String.format(Locale.ROOT, ", %.1f s, %.1f/s", secs, rate));
        if (total > 0 && count > 0 && count < total) {
            sb.append(String.format(Locale.ROOT, ", about %.0f s left", (total - count) / rate));
        }
        return sb.toString();
    }

    @Override
    public void close() {
        maybeDraw(done.get(), true);
        synchronized (this) {
            closed = true;
        }
    }
}
