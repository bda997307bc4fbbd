package io.corroborate.corroborate;

import java.util.List;

/**
 * A statement that one or more articles make, aligned across them.
 *
 * @param id       stable id ("c1", ...) in order of support
 * @param text     the representative sentence, verbatim from one article (no generated text)
 * @param support  one evidence per supporting article sentence, earliest article first
 * @param articles distinct supporting article ids
 * @param match    how the support was aligned: "verbatim", "near-verbatim" or "paraphrase"
 */
public record Claim(String id, String text, List<Evidence> support, List<String> articles, String match) {
    public Claim {
        support = List.copyOf(support);
        articles = List.copyOf(articles);
    }
}
