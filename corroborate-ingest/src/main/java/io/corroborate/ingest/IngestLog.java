package io.corroborate.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What happened to every input: articles read, inputs skipped and why. Thread-safe.
 * Each problem names the input and the reason; {@link #summary()} is the closing line of a run.
 */
public final class IngestLog {
    /** One skipped or damaged input. */
    public record Problem(String input, String reason) {
        @Override
        public String toString() {
            return input + ": " + reason;
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> skippedByReason = new TreeMap<>();
    private int read;
    private final Consumer<Problem> listener;

    public IngestLog() {
        this(p -> { });
    }

    /** @param listener told of each problem as it happens (the CLI prints warnings live) */
    public IngestLog(Consumer<Problem> listener) {
        this.listener = listener;
    }

    public synchronized void articleRead() {
        read++;
    }

    /** An input (or a record in it) was skipped; {@code category} groups the closing counts ("empty", "binary"). */
    public void skipped(String input, String category, String reason) {
        Problem p = new Problem(input, reason);
        synchronized (this) {
            problems.add(p);
            skippedByReason.merge(category, 1, Integer::sum);
        }
        listener.accept(p);
    }

    /** Something was wrong but the article was still read (a guessed encoding, a repaired record). */
    public void warn(String input, String reason) {
        Problem p = new Problem(input, reason);
        synchronized (this) {
            problems.add(p);
        }
        listener.accept(p);
    }

    public synchronized int read() {
        return read;
    }

    public synchronized int skipped() {
        return skippedByReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    public synchronized Map<String, Integer> skippedByReason() {
        return Map.copyOf(skippedByReason);
    }

    /** "read 5 articles, skipped 2 (binary 1, empty 1)". */
    public synchronized String summary() {
        StringBuilder sb = new StringBuilder("read ").append(read).append(read == 1 ? " article" : " articles")
                .append(", skipped ").append(skipped());
        if (!skippedByReason.isEmpty()) {
            sb.append(" (");
            skippedByReason.forEach((k, v) -> sb.append(k).append(' ').append(v).append(", "));
            sb.setLength(sb.length() - 2);
            sb.append(')');
        }
        return sb.toString();
    }
}
