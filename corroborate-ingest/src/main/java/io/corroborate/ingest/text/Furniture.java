package io.corroborate.ingest.text;

/** Why a line of a plain-text article is page furniture rather than body text. */
public enum Furniture {
    /** A lone section or label word: "Politics", "World news", "Opinion". */
    SECTION_LABEL,
    /** A prompt addressed to the reader: share, subscribe, comment, click, sign up, read more. */
    UI_PROMPT,
    /** A short line in capitals: "MORE STORIES", "ADVERTISEMENT". */
    ALL_CAPS,
    /** Several short links in a row: "Home | World | Europe", a bare URL. */
    LINK_LIST,
    /** A picture credit: "Photo: Jane Doe/Agency", "(Image by ...)", a copyright line. */
    CREDIT,
    /** A cookie or consent notice. */
    COOKIE_NOTICE,
    /** A headline of another story (title case, no sentence punctuation). */
    TEASER_HEADLINE,
    /** "By Jane Doe": the byline, kept as metadata. */
    BYLINE,
    /** "Published 18 March 2025", "Updated: ...", "5 min read". */
    PAGE_META,
    /** A line with no letters or digits: rules, bullets, ornaments. */
    NO_WORDS,
    /** A Markdown heading or image line. */
    MARKUP
}
