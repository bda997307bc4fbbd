/** Claims: sentences of different articles aligned as saying the same thing (lexical, deterministic). */
package io.corroborate.corroborate.claim;
