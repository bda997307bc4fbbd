package io.corroborate.ingest.html;

import io.corroborate.ingest.FormatReader;
import io.corroborate.ingest.IngestLog;
import io.corroborate.text.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Placeholder: whole-page text with jsoup; the real extractor replaces it. */
public final class HtmlFileReader implements FormatReader {
    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm");
    }

    @Override
    public void read(Path file, String displayPath, Consumer<Article> sink, IngestLog log) throws IOException {
        Document doc = Jsoup.parse(file.toFile());
        String name = file.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        String text = doc.body() == null ? "" : doc.body().wholeText().strip();
        if (text.isEmpty()) {
            log.skipped(displayPath, "empty", "page has no text");
            return;
        }
        sink.accept(new Article(id, displayPath, null, null, doc.title(), null, null, null, null, text,
                java.util.List.of(), java.util.List.of()));
    }
}
