/** WARC and ARC archives (plain or gzip) read record by record with jwarc; damaged stretches are skipped. */
package io.corroborate.ingest.warc;
