package io.corroborate.ingest.html;

import io.corroborate.ingest.FormatReader;
import io.corroborate.ingest.IngestLog;
import io.corroborate.text.Article;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads saved web pages ({@code .html}, {@code .htm}, {@code .xhtml}, and any of them gzipped) into articles with
 * {@link HtmlExtractor}. The article id is the file name without its extensions ({@code abc.html.gz} -> {@code abc}).
 * A truncated gzip gives the part that could be read, with a warning; an empty, binary or text-less page is
 * skipped and logged. Stateless and thread-safe.
 */
public final class HtmlFileReader implements FormatReader {
    /** Bytes read from one file at most (after gunzip); the rest is ignored with a warning. Default 32 MiB. */
    public static final int DEFAULT_MAX_BYTES = 32 << 20;

    private static final String[] EXTENSIONS = {".html.gz", ".htm.gz", ".xhtml.gz", ".html", ".htm", ".xhtml"};

    private final HtmlExtractor extractor;
    private final int maxBytes;

    public HtmlFileReader() {
        this(HtmlExtractor.standard(), DEFAULT_MAX_BYTES);
    }

    public HtmlFileReader(HtmlExtractor extractor, int maxBytes) {
        this.extractor = extractor;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) if (n.endsWith(ext)) return true;
        return false;
    }

    /** The file name without its HTML and gzip extensions. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) {
            if (lower.endsWith(ext) && name.length() > ext.length()) return name.substring(0, name.length() - ext.length());
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public void read(Path file, String displayPath, Consumer<Article> sink, IngestLog log) throws IOException {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        byte[] bytes = readBytes(file, displayPath, warnings);
        if (bytes.length == 0 || isBlank(bytes)) {
            log.skipped(displayPath, "empty", "file is empty");
            return;
        }
        if (looksBinary(bytes)) {
            log.skipped(displayPath, "binary", "not a text file (binary content)");
            return;
        }
        ExtractedPage page = extractor.extract(bytes, null, null);
        warnings.addAll(page.warnings());
        if (page.text().isBlank()) {
            log.skipped(displayPath, "empty", "page has no main text");
            return;
        }
        for (String w : warnings) log.warn(displayPath, w);
        sink.accept(toArticle(idOf(file), displayPath, page, warnings));
    }

    /** An extracted page as an article; the outlet falls back to the URL's host name. */
    public static Article toArticle(String id, String displayPath, ExtractedPage page, java.util.List<String> warnings) {
        String source = page.source() != null ? page.source() : host(page.canonicalUrl());
        return new Article(id, displayPath, page.canonicalUrl(), source, page.title(), page.byline(), page.published(),
                page.publishedIso(), page.language(), page.text(), warnings, java.util.List.of());
    }

    static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            return h == null ? null : h.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private byte[] readBytes(Path file, String displayPath, java.util.List<String> warnings) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = new java.io.BufferedInputStream(raw);
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            boolean gzip = b1 == 0x1f && b2 == 0x8b;
            if (gzip) {
                try {
                    in = new GZIPInputStream(in, 64 << 10);
                } catch (ZipException | EOFException e) {
                    throw new IOException("corrupt gzip header: " + e.getMessage(), e);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(gzip ? 256 << 10 : (int) Math.min(Files.size(file), maxBytes));
            byte[] buf = new byte[64 << 10];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    int room = maxBytes - out.size();
                    out.write(buf, 0, Math.min(n, room));
                    if (n >= room) {
                        warnings.add("file larger than " + maxBytes + " bytes; read the first " + maxBytes);
                        break;
                    }
                }
            } catch (EOFException | ZipException e) {
                // a truncated or damaged gzip: keep what came out before the damage
                warnings.add("damaged gzip (" + e.getMessage() + "); read the first " + out.size() + " bytes");
            }
            return out.toByteArray();
        }
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) if (x != ' ' && x != '\n' && x != '\r' && x != '\t') return false;
        return true;
    }

    /** NUL bytes in the first KiB, unless it is UTF-16 (which a byte-order mark announces). */
    private static boolean looksBinary(byte[] b) {
        if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            return false;
        }
        int n = Math.min(b.length, 1024);
        int nul = 0;
        for (int i = 0; i < n; i++) if (b[i] == 0) nul++;
        return nul > 0 && nul * 10 > n / 10;
    }
}
