package io.corroborate.ingest.fetch;

import java.time.Instant;

/**
 * A page downloaded with a 2xx status and an HTML content type.
 *
 * @param requested   the URL asked for
 * @param url         the URL after redirects
 * @param status      the HTTP status
 * @param contentType the Content-Type header, or null
 * @param charset     the charset the Content-Type declares, or null
 * @param body        the body, gzip already decoded
 * @param fetched     when the response arrived
 */
public record FetchedPage(String requested, String url, int status, String contentType, String charset, byte[] body,
                          Instant fetched) {
}
