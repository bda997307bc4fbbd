package io.corroborate.ingest.jsonl;

import io.corroborate.ingest.FormatReader;
import io.corroborate.ingest.IngestLog;
import io.corroborate.text.Article;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Placeholder: accepts nothing yet. */
public final class JsonLinesReader implements FormatReader {
    @Override
    public boolean accepts(Path file) {
        return false;
    }

    @Override
    public void read(Path file, String displayPath, Consumer<Article> sink, IngestLog log) {
    }
}
