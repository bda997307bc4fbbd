/** Downloads pages with a bounded, polite HTTP client, only when a run asks for it ({@code --fetch}). */
package io.corroborate.ingest.fetch;
