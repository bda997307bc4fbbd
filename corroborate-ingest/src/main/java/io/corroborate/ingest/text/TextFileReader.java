package io.corroborate.ingest.text;

import io.corroborate.ingest.FormatReader;
import io.corroborate.ingest.IngestLog;
import io.corroborate.text.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Placeholder: reads .txt and .md as UTF-8; the first line is the title. */
public final class TextFileReader implements FormatReader {
    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return (n.endsWith(".txt") || n.endsWith(".md")) && !n.endsWith(".meta.json");
    }

    @Override
    public void read(Path file, String displayPath, Consumer<Article> sink, IngestLog log) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            log.skipped(displayPath, "empty", "file is empty");
            return;
        }
        String name = file.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        sink.accept(new Article(id, displayPath, null, null, null, null, null, null, null, text, java.util.List.of(), java.util.List.of()));
    }
}
