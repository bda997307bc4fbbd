/**
 * Reads inputs (folders, plain text, HTML, feeds, WARC, JSON Lines, URL lists) into {@link io.corroborate.text.Article}s.
 * Bad input is logged with the input's name and the reason; the run goes on.
 */
package io.corroborate.ingest;
