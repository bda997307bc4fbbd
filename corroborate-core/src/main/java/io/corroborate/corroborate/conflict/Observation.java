package io.corroborate.corroborate.conflict;

import io.corroborate.text.Span;

/**
 * One article's value for a slot, where it stands.
 *
 * @param article    index of the article in the story
 * @param sentence   index of the sentence in that article
 * @param highlight  the value in the text
 * @param value      the value as written ("Wednesday", "$3,900", "Katherine Leavitt")
 * @param normalized the value compared ("wednesday", "3900 usd", "katherine leavitt")
 * @param slot       what the value is about, in words, as this observation sees it
 */
record Observation(int article, int sentence, Span highlight, String value, String normalized, String slot) {
}
