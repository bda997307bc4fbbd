/**
 * Annotation layers over one article's text (sentences, tokens, mentions, time expressions,
 * quantities, quotes), each a list of immutable spans; implementations live in sub-packages,
 * assembled by {@link io.corroborate.annotate.Annotator}.
 */
package io.corroborate.annotate;
