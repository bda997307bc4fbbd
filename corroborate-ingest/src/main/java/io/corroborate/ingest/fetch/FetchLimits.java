package io.corroborate.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of the HTTP client.
 *
 * @param connectTimeout     to open a connection (default 10 s)
 * @param readTimeout        from sending the request to the last byte of the body (default 30 s)
 * @param maxRedirects       redirects followed before giving up (default 5)
 * @param maxBodyBytes       body size cap, after gzip decoding (default 10 MiB)
 * @param perHostConcurrency requests in flight to one host at once (default 2)
 * @param concurrency        requests in flight in all (default 6)
 * @param userAgent          names the tool to the sites it reads
 */
public record FetchLimits(Duration connectTimeout, Duration readTimeout, int maxRedirects, long maxBodyBytes,
                          int perHostConcurrency, int concurrency, String userAgent) {
    public static final String USER_AGENT = "corroborate/0.1 (news corroboration tool; polite, low-volume)";
    public static final FetchLimits DEFAULT = new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
            10L << 20, 2, 6, USER_AGENT);

    public FetchLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) throw new IllegalArgumentException("connectTimeout must be positive");
        if (readTimeout.isNegative() || readTimeout.isZero()) throw new IllegalArgumentException("readTimeout must be positive");
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must be >= 0");
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive");
        if (perHostConcurrency <= 0 || concurrency <= 0) throw new IllegalArgumentException("concurrency must be positive");
    }

    public FetchLimits withReadTimeout(Duration d) {
        return new FetchLimits(connectTimeout, d, maxRedirects, maxBodyBytes, perHostConcurrency, concurrency, userAgent);
    }

    public FetchLimits withMaxBodyBytes(long n) {
        return new FetchLimits(connectTimeout, readTimeout, maxRedirects, n, perHostConcurrency, concurrency, userAgent);
    }

    public FetchLimits withMaxRedirects(int n) {
        return new FetchLimits(connectTimeout, readTimeout, n, maxBodyBytes, perHostConcurrency, concurrency, userAgent);
    }

    public FetchLimits withConcurrency(int perHost, int total) {
        return new FetchLimits(connectTimeout, readTimeout, maxRedirects, maxBodyBytes, perHost, total, userAgent);
    }
}
