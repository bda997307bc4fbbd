package io.corroborate.ingest.web;

import java.time.Instant;
import java.util.Objects;

/**
 * One HTML page as captured or fetched, before extraction.
 *
 * @param id       article id to give it
 * @param path     where it came from (archive path + "#" + offset, a URL, a file and line)
 * @param url      the page's URL, or null
 * @param body     the raw bytes as served (content encoding already removed)
 * @param charset  the charset the transport declared (HTTP header), or null to detect it
 * @param captured when the page was captured or fetched, or null; used as the date when the page states none
 */
public record WebPage(String id, String path, String url, byte[] body, String charset, Instant captured) {
    public WebPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
    }
}
