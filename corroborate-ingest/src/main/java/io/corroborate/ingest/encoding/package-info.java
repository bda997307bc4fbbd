/**
 * Turns the bytes of a text file into characters: byte-order marks, a strict UTF-8 check, a scored guess
 * among single-byte charsets, and a binary sniff so that images or archives are skipped, not garbled.
 */
package io.corroborate.ingest.encoding;
