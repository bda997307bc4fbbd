package io.corroborate.ingest;

import io.corroborate.text.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one kind of input file into articles. Implementations are stateless and thread-safe.
 * A reader reports damaged records to the log and goes on; it throws only when the whole file is unusable
 * (the {@link Ingestor} then logs the file as skipped with the exception's message).
 */
public interface FormatReader {
    /** Whether this reader handles the file, judged from its name (and, if needed, its first bytes). */
    boolean accepts(Path file);

    /**
     * @param file        the file to read
     * @param displayPath the path to show and to record as {@link Article#path()}
     * @param sink        receives each article read
     */
    void read(Path file, String displayPath, Consumer<Article> sink, IngestLog log) throws IOException;
}
