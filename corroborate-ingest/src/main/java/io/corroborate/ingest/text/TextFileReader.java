package io.corroborate.ingest.text;

import io.corroborate.ingest.FormatReader;
import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.encoding.BinaryContentException;
import io.corroborate.ingest.encoding.Decoded;
import io.corroborate.ingest.encoding.TextDecoder;
import io.corroborate.text.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads {@code .txt} and {@code .md} files. Stateless and thread-safe.
 *
 * <p>The article text is exactly the file's characters (after the byte-order mark), so every offset
 * indexes the file. A headline-like first line becomes the title and, with every page-furniture line
 * ({@link FurnitureRules}), goes to {@link Article#skipped()}. A sidecar {@code X.meta.json} gives the
 * publication date, title, source and URL; without one the source is derived from the file name.
 * Sidecar files are accepted here so that no other reader takes them for articles; reading one alone does
 * nothing (its article reads it).
 */
public final class TextFileReader implements FormatReader {
    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown") || Sidecar.isSidecar(file);
    }

    @Override
    public void read(Path file, String displayPath, Consumer<Article> sink, IngestLog log) throws IOException {
        if (Sidecar.isSidecar(file)) {
            if (!Sidecar.hasArticle(file)) log.warn(displayPath, "sidecar without an article beside it; ignored");
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            log.skipped(displayPath, "empty", "file is empty");
            return;
        }
        Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes);
        } catch (BinaryContentException e) {
            log.skipped(displayPath, "binary", e.getMessage() + "; not read as text");
            return;
        }
        String text = decoded.text();
        if (text.isBlank()) {
            log.skipped(displayPath, "empty", "file holds only blank characters");
            return;
        }
        List<String> warnings = new ArrayList<>();
        if (decoded.guessed()) {
            String w = "not valid UTF-8; decoded as " + decoded.charset().name();
            warnings.add(w);
            log.warn(displayPath, w);
        }
        String name = file.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        boolean markdown = !name.toLowerCase(Locale.ROOT).endsWith(".txt");
        PlainTextLayout layout = PlainTextLayout.of(text, markdown);

        Optional<Sidecar> meta = Sidecar.forArticle(file);
        Sidecar sc = meta.orElse(null);
        if (sc != null) {
            for (String p : sc.problems()) {
                String w = Sidecar.pathFor(file).getFileName() + ": " + p;
                warnings.add(w);
                log.warn(displayPath, w);
            }
        }
        String title = sc != null && sc.title() != null ? sc.title() : layout.title();
        String source = sc != null && sc.source() != null ? sc.source() : SourceNames.fromStem(id);
        Article a = new Article(id, displayPath, sc == null ? null : sc.url(), source, title, layout.byline(),
                sc == null ? null : sc.published(), sc == null ? null : sc.publishedIso(), null, text, warnings,
                layout.skipped());
        sink.accept(a);
    }
}
