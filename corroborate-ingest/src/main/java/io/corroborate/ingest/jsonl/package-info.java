/** JSON Lines exports: one article per line, text or HTML plus optional metadata. */
package io.corroborate.ingest.jsonl;
