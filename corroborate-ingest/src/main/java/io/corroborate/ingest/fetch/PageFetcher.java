package io.corroborate.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * A bounded, polite HTTP client for web pages (java.net.http). Every request names the tool in its User-Agent,
 * asks for gzip, and is bounded by {@link FetchLimits}: connect and read timeouts (the read timeout covers the
 * whole body, so a server that stalls mid-body is cut off), a redirect limit (redirects are followed here, to
 * http and https only), a body size cap (checked on the decoded bytes, so a gzip bomb stops at the cap), and a
 * cap on requests in flight to one host. Only 2xx responses with an HTML content type (or none, when the bytes
 * look like HTML) are pages; everything else is a {@link FetchException} with a stable {@link FetchException.Kind}.
 * Thread-safe; close it when done.
 */
public final class PageFetcher implements AutoCloseable {
    private final FetchLimits limits;
    private final HttpClient client;
    private final ConcurrentHashMap<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog;

    public PageFetcher(FetchLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    public FetchLimits limits() {
        return limits;
    }

    /** Downloads one page, following redirects. */
    public FetchedPage fetch(String url) throws FetchException {
        URI uri = checkUrl(url, url);
        for (int redirects = 0; ; redirects++) {
            Hop hop = request(uri);
            if (hop.location == null) {
                return new FetchedPage(url, uri.toString(), hop.status, hop.contentType, charsetOf(hop.contentType),
                        hop.body, Instant.now());
            }
            if (redirects >= limits.maxRedirects()) {
                throw new FetchException(FetchException.Kind.REDIRECTS,
                        "more than " + limits.maxRedirects() + " redirects (last to " + hop.location + ")");
            }
            uri = checkUrl(resolve(uri, hop.location), url);
        }
    }

    /** One request: a redirect (location set) or a page (body set). */
    private record Hop(int status, String location, String contentType, byte[] body) {
    }

    private Hop request(URI uri) throws FetchException {
        Semaphore host = hosts.computeIfAbsent(hostKey(uri), k -> new Semaphore(limits.perHostConcurrency(), true));
        try {
            host.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Kind.NETWORK, "interrupted", e);
        }
        try {
            return send(uri);
        } finally {
            host.release();
        }
    }

    private Hop send(URI uri) throws FetchException {
        long deadline = System.nanoTime() + limits.readTimeout().toNanos();
        HttpRequest req = HttpRequest.newBuilder(uri)
                .timeout(limits.readTimeout())
                .header("User-Agent", limits.userAgent())
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
                .header("Accept-Encoding", "gzip")
                .GET().build();
        HttpResponse<InputStream> resp;
        try {
            resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException(FetchException.Kind.TIMEOUT, "no connection within " + seconds(limits.connectTimeout().toMillis()), e);
        } catch (HttpTimeoutException e) {
            throw new FetchException(FetchException.Kind.TIMEOUT, "no response within " + seconds(limits.readTimeout().toMillis()), e);
        } catch (IOException e) {
            throw new FetchException(FetchException.Kind.NETWORK, describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Kind.NETWORK, "interrupted", e);
        }
        try (InputStream raw = resp.body()) {
            int status = resp.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                String location = resp.headers().firstValue("Location").orElse(null);
                if (location == null) throw new FetchException(FetchException.Kind.STATUS, "HTTP " + status + " without a Location");
                return new Hop(status, location, null, null);
            }
            if (status < 200 || status > 299) throw new FetchException(FetchException.Kind.STATUS, "HTTP " + status);
            String type = resp.headers().firstValue("Content-Type").orElse(null);
            if (type != null && !isHtmlType(type)) {
                throw new FetchException(FetchException.Kind.CONTENT_TYPE, "content type " + baseType(type) + " is not a web page");
            }
            long declared = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
            String encoding = resp.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
            if (declared > limits.maxBodyBytes() && encoding.equals("identity")) {
                throw tooLarge();
            }
            byte[] body = readBody(raw, encoding, deadline);
            if (type == null && !looksLikeHtml(body)) {
                throw new FetchException(FetchException.Kind.CONTENT_TYPE, "no content type and the body is not HTML");
            }
            return new Hop(status, null, type, body);
        } catch (IOException e) {
            if (e instanceof FetchException fe) throw fe;
            throw new FetchException(FetchException.Kind.NETWORK, describe(e), e);
        }
    }

    private byte[] readBody(InputStream raw, String encoding, long deadline) throws FetchException {
        AtomicBoolean timedOut = new AtomicBoolean();
        long remaining = Math.max(1, deadline - System.nanoTime());
        // a stalled body blocks read(); closing the stream from the watchdog unblocks it
        ScheduledFuture<?> cutOff = watchdog.schedule(() -> {
            timedOut.set(true);
            try {
                raw.close();
            } catch (IOException ignored) {
                // closing is all we can do
            }
        }, remaining, TimeUnit.NANOSECONDS);
        try {
            InputStream in = switch (encoding) {
                case "gzip", "x-gzip" -> new GZIPInputStream(raw);
                case "deflate" -> new InflaterInputStream(raw);
                case "identity", "" -> raw;
                default -> throw new FetchException(FetchException.Kind.CONTENT_TYPE, "unsupported content encoding " + encoding);
            };
            ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (out.size() + (long) n > limits.maxBodyBytes()) throw tooLarge();
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new FetchException(FetchException.Kind.TIMEOUT, "body not complete within " + seconds(limits.readTimeout().toMillis()), e);
            }
            throw new FetchException(FetchException.Kind.NETWORK, "body unreadable: " + describe(e), e);
        } finally {
            cutOff.cancel(false);
        }
    }

    private FetchException tooLarge() {
        return new FetchException(FetchException.Kind.TOO_LARGE, "body larger than " + limits.maxBodyBytes() + " bytes");
    }

    private static URI checkUrl(String url, String asked) throws FetchException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new FetchException(FetchException.Kind.BAD_URL, "not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new FetchException(FetchException.Kind.BAD_URL, url.equals(asked)
                    ? "not an http(s) URL" : "redirected to a non-http(s) URL " + url);
        }
        return uri;
    }

    private static String resolve(URI base, String location) throws FetchException {
        try {
            return base.resolve(location.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.BAD_URL, "bad redirect location " + location);
        }
    }

    private static String hostKey(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    }

    static boolean isHtmlType(String contentType) {
        String base = baseType(contentType);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String baseType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    static String charsetOf(String contentType) {
        if (contentType == null) return null;
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String v = p.substring(8).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1);
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private static boolean looksLikeHtml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<head");
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        client.shutdownNow();
    }
}
