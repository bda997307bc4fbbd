package io.corroborate.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.ingest.FormatReader;
import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.web.PageArticles;
import io.corroborate.ingest.web.WebPage;
import io.corroborate.text.Article;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .ndjson}, either gzipped): one JSON object per line, one article each.
 * Fields: {@code text} (plain body) or {@code html} (a page, extracted like any other), and optionally
 * {@code title}, {@code url}, {@code source}, {@code published} (ISO-8601 date or date-time), {@code id} and
 * {@code byline}. A line that is not such an object is logged as skipped with its line number and the run goes
 * on; blank lines are ignored. Streamed: memory holds one line, at most {@link #MAX_LINE_BYTES}. An article's
 * path is the file path + ":" + its line number; its id is the {@code id} field, else the file name + "-" + line.
 */
public final class JsonLinesReader implements FormatReader {
    /** Lines longer than this (32 MiB) are skipped. */
    public static final int MAX_LINE_BYTES = 32 << 20;
    /** After this many bad lines without one good line the file is taken to be something else and dropped. */
    static final int MAX_BAD_BEFORE_GOOD = 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson.gz");
    }

    @Override
    public void read(Path file, String displayPath, Consumer<Article> sink, IngestLog log) throws IOException {
        String stem = stem(file);
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        int line = 0;
        int good = 0;
        int bad = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
            LineReader lines = new LineReader(in);
            byte[] bytes;
            while ((bytes = lines.next()) != null) {
                line++;
                String at = displayPath + ":" + line;
                if (lines.overlong()) {
                    log.skipped(at, "too-large", "line longer than " + MAX_LINE_BYTES + " bytes");
                    bad++;
                } else {
                    LineResult r = parseLine(bytes, line == 1);
                    if (r == null) continue; // blank line
                    if (r.error() != null) {
                        log.skipped(at, "bad-line", r.error());
                        bad++;
                    } else {
                        Optional<Article> a = toArticle(r.node(), stem + "-" + line, at, log);
                        if (a.isPresent()) {
                            sink.accept(a.get());
                            good++;
                        }
                    }
                }
                if (good == 0 && bad >= MAX_BAD_BEFORE_GOOD) {
                    log.skipped(displayPath, "not-jsonl", "first " + bad + " lines are not JSON objects: stopped reading");
                    return;
                }
            }
        } catch (EOFException | ZipException e) {
            log.skipped(displayPath, "truncated", "compressed data ends early or is corrupt after line " + line
                    + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
        if (line == 0) log.skipped(displayPath, "empty", "file is empty");
    }

    /** A parsed line: a JSON object, or why not. */
    private record LineResult(JsonNode node, String error) {
    }

    private static LineResult parseLine(byte[] bytes, boolean first) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new LineResult(null, "not UTF-8 text (binary data?)");
        }
        if (first && s.startsWith("\uFEFF")) s = s.substring(1);
        if (s.isBlank()) return null;
        try {
            JsonNode node = JSON.readTree(s);
            if (node == null || !node.isObject()) return new LineResult(null, "not a JSON object");
            return new LineResult(node, null);
        } catch (JsonProcessingException e) {
            return new LineResult(null, "not JSON: " + e.getOriginalMessage());
        }
    }

    private static Optional<Article> toArticle(JsonNode o, String fallbackId, String at, IngestLog log) {
        String id = str(o, "id");
        if (id == null) id = fallbackId;
        String text = raw(o, "text");
        String html = raw(o, "html");
        String url = str(o, "url");
        List<String> warnings = new ArrayList<>();
        Article base;
        if (text != null && text.isBlank() && (html == null || html.isBlank())) {
            log.skipped(at, "empty", "article text is empty");
            return Optional.empty();
        }
        if (text != null && !text.isBlank()) {
            base = new Article(id, at, url, null, null, null, null, null, null, text, List.of(), List.of());
        } else if (html != null) {
            Optional<Article> page = PageArticles.extract(
                    new WebPage(id, at, url, html.getBytes(StandardCharsets.UTF_8), "UTF-8", null), log);
            if (page.isEmpty()) return Optional.empty();
            base = page.get();
        } else {
            log.skipped(at, "bad-line", "no \"text\" or \"html\" field");
            return Optional.empty();
        }
        if (base.text().isBlank()) {
            log.skipped(at, "empty", "article text is empty");
            return Optional.empty();
        }
        String title = str(o, "title");
        String source = str(o, "source");
        String byline = str(o, "byline");
        LocalDate day = base.published();
        String iso = base.publishedIso();
        String published = str(o, "published");
        if (published != null) {
            String normal = normaliseDate(published);
            if (normal == null) {
                String w = "\"published\" is not an ISO-8601 date: " + published;
                warnings.add(w);
                log.warn(at, w);
            } else {
                iso = normal;
                day = LocalDate.parse(normal.substring(0, 10));
            }
        }
        warnings.addAll(0, base.warnings());
        return Optional.of(new Article(id, at, url != null ? url : base.url(), source != null ? source : base.source(),
                title != null ? title : base.title(), byline != null ? byline : base.byline(), day, iso,
                base.language(), base.text(), warnings, base.skipped()));
    }

    /** "2025-03-18", "2025-03-18T09:30:00Z", "2025-03-18T09:30+01:00", "2025-03-18T09:30" -> ISO-8601, else null. */
    static String normaliseDate(String s) {
        String v = s.strip();
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            // not a bare date
        }
        try {
            return OffsetDateTime.parse(v).toString();
        } catch (DateTimeParseException e) {
            // no offset
        }
        try {
            return LocalDateTime.parse(v).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The field as text, blank kept (an empty body is a different problem from a missing one). */
    private static String raw(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() || !n.isValueNode() ? null : n.asText();
    }

    private static String str(JsonNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) return null;
        String s = n.isTextual() ? n.asText() : n.isValueNode() ? n.asText() : null;
        return s == null || s.isBlank() ? null : s;
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".jsonl.gz", ".ndjson.gz", ".jsonl", ".ndjson"}) {
            if (lower.endsWith(ext)) return n.substring(0, n.length() - ext.length());
        }
        return n;
    }

    /** Splits a stream on LF without ever holding more than {@link #MAX_LINE_BYTES} of one line. */
    private static final class LineReader {
        private final InputStream in;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        private boolean overlong;
        private boolean eof;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** The next line without its terminator, or null at the end. */
        byte[] next() throws IOException {
            if (eof) return null;
            line.reset();
            overlong = false;
            int b;
            boolean any = false;
            while ((b = in.read()) >= 0) {
                any = true;
                if (b == '\n') break;
                if (line.size() < MAX_LINE_BYTES) line.write(b);
                else overlong = true;
            }
            if (b < 0) {
                eof = true;
                if (!any) return null;
            }
            byte[] out = line.toByteArray();
            int n = out.length;
            if (n > 0 && out[n - 1] == '\r') return java.util.Arrays.copyOf(out, n - 1);
            return out;
        }

        boolean overlong() {
            return overlong;
        }
    }
}
