package io.corroborate.ingest.html;

import java.time.LocalDate;

/** The metadata {@link MetadataExtractor} read from a page; any field may be null. */
record PageMetadata(String title, LocalDate published, String publishedIso, String source, String byline,
                    String canonicalUrl, String language) {
}
