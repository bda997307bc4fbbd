package io.corroborate.corroborate;

import io.corroborate.text.Span;

/**
 * Where an output stands in one article.
 *
 * @param articleId the article's id
 * @param sentence  the sentence's span in the article text
 * @param text      the sentence text
 * @param highlight the part of the sentence the output is about (a date, a number, a name), or null
 */
public record Evidence(String articleId, Span sentence, String text, Span highlight) {
}
