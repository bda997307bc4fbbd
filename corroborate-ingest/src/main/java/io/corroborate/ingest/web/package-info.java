/**
 * Web pages (fetched, archived or embedded HTML) into articles: the one place the format readers call the HTML
 * extractor, plus ids derived from URLs.
 */
package io.corroborate.ingest.web;
