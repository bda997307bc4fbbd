package io.corroborate.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A web server on 127.0.0.1 (a free port) for fetcher tests: pages, redirects, a 404, stalls, a big body,
 * an image, gzip. Each stall is bounded so the server always stops.
 */
public final class TestServer implements AutoCloseable {
    public static final String PAGE = "<!doctype html><html><head><title>Pier repairs begin</title></head><body>"
            + "<p>Work on the north pier began on Monday and is due to last six weeks.</p></body></html>";

    private final HttpServer server;
    private final ExecutorService pool;
    /** Requests seen: path, User-Agent and Accept-Encoding. In flight: "/held" requests only. */
    public final List<String> requests = new CopyOnWriteArrayList<>();
    public final AtomicInteger inFlight = new AtomicInteger();
    public final AtomicInteger maxInFlight = new AtomicInteger();

    public TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(path + " UA=" + ex.getRequestHeaders().getFirst("User-Agent")
                + " AE=" + ex.getRequestHeaders().getFirst("Accept-Encoding"));
        try {
            route(ex, path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ex.close();
        }
    }

    private void route(HttpExchange ex, String path) throws IOException, InterruptedException {
        switch (path) {
            case "/page", "/a/page" -> send(ex, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
            case "/redirect" -> redirect(ex, "/page");
            case "/relative-redirect" -> redirect(ex, "a/page");
            case "/loop" -> redirect(ex, "/loop");
            case "/to-ftp" -> redirect(ex, "ftp://127.0.0.1/file");
            case "/missing" -> send(ex, 404, "text/html", "<html><body>not here</body></html>".getBytes(StandardCharsets.UTF_8));
            case "/image" -> send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
            case "/untyped" -> send(ex, 200, null, PAGE.getBytes(StandardCharsets.UTF_8));
            case "/big" -> send(ex, 200, "text/html", ("<html><body><p>" + "word ".repeat(50_000) + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
            case "/gzip" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
                }
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
                send(ex, 200, "text/html; charset=utf-8", out.toByteArray());
            }
            case "/gzip-bomb" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write("<html><body>".getBytes(StandardCharsets.UTF_8));
                    gz.write(new byte[2_000_000]);
                }
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
                send(ex, 200, "text/html", out.toByteArray());
            }
            case "/slow-headers" -> {
                Thread.sleep(3000);
                send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
            }
            case "/slow-body" -> {
                ex.getResponseHeaders().add("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0);
                OutputStream os = ex.getResponseBody();
                os.write("<html><body><p>first part".getBytes(StandardCharsets.UTF_8));
                os.flush();
                Thread.sleep(3000);
                os.write("</p></body></html>".getBytes(StandardCharsets.UTF_8));
            }
            case "/held" -> {
                // counted until the response starts: the client may send its next request as soon as it has this one
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(150);
                } finally {
                    inFlight.decrementAndGet();
                }
                send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
            }
            default -> send(ex, 404, "text/plain", new byte[0]);
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
