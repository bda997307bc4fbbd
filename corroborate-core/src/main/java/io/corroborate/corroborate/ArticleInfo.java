package io.corroborate.corroborate;

/** The articles of a dossier, as the report lists them. */
public record ArticleInfo(String id, String path, String source, String title, String published,
                          String anchor, String anchorSource, String language, boolean analysed) {
}
