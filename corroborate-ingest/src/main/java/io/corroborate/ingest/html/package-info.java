/**
 * HTML pages into articles: main-content extraction (boilerplate removal) and page metadata; see docs/extraction.md.
 */
package io.corroborate.ingest.html;
