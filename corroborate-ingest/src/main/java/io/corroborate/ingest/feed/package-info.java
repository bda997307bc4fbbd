/** RSS and Atom feeds read with Rome: each entry an article, its link followed when fetching is on. */
package io.corroborate.ingest.feed;
