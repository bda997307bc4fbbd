package io.corroborate.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.netpreserve.jwarc.MessageBody;

/**
 * A record's payload read into memory up to a cap.
 *
 * @param bytes    what was read (empty when oversize)
 * @param oversize the body was larger than the cap (the rest is left for jwarc to skip)
 * @param damage   why reading stopped early (a truncated gzip or chunked body), or null when complete
 */
record BodyBytes(byte[] bytes, boolean oversize, String damage) {
    static BodyBytes read(MessageBody body, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[8192];
        InputStream in = body.stream();
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (out.size() + n > max) return new BodyBytes(new byte[0], true, null);
                out.write(buf, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            // a body cut short (truncated gzip, bad chunk sizes) still holds a page worth reading
            if (out.size() == 0) throw e instanceof IOException io ? io : new IOException(e);
            return new BodyBytes(out.toByteArray(), false, ArchiveWalk.describe(e));
        }
        return new BodyBytes(out.toByteArray(), false, null);
    }

    /**
     * An HTTP payload: the body as jwarc gives it (transfer chunking undone) read up to the cap, then its
     * Content-Encoding undone here, keeping what decodes before any damage.
     */
    static BodyBytes readHttp(org.netpreserve.jwarc.HttpResponse http, int max) throws IOException {
        java.util.List<String> encodings = http.headers().all("Content-Encoding");
        String enc = encodings.isEmpty() ? "identity" : encodings.get(encodings.size() - 1).strip().toLowerCase(Locale.ROOT);
        if (enc.equals("identity") || enc.equals("none") || enc.isEmpty()) return read(http.body(), max);
        if (!(enc.equals("gzip") || enc.equals("x-gzip") || enc.equals("deflate"))) {
            return read(http.bodyDecoded(), max); // brotli, zstd: jwarc decodes them when their codec is present
        }
        BodyBytes raw = read(http.body(), max);
        if (raw.oversize()) return raw;
        ContentDecoding.Decoded d = enc.equals("deflate") ? ContentDecoding.inflate(raw.bytes(), max)
                : ContentDecoding.gunzip(raw.bytes(), max);
        if (d.oversize()) return new BodyBytes(new byte[0], true, null);
        if (d.bytes().length == 0 && d.damage() != null) throw new IOException(enc + " body: " + d.damage());
        String damage = d.damage() != null ? d.damage() : raw.damage();
        return new BodyBytes(d.bytes(), false, damage);
    }

    /** A page without a usable content type: HTML when its first bytes open a document or an html element. */
    static boolean looksLikeHtml(byte[] b) {
        int n = Math.min(b.length, 1024);
        String head = new String(b, 0, n, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3).stripLeading();
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")
                || head.contains("<head") || head.contains("<body");
    }
}
