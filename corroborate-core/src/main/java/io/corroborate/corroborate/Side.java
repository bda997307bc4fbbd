package io.corroborate.corroborate;

import java.util.List;

/**
 * One value of a disputed slot.
 *
 * @param value    the value as written ("Wednesday", "Katherine Leavitt", "175")
 * @param normalized the normalised value compared ("2025-03-19", "katherine leavitt", "175 prisoner")
 * @param articles the ids of the articles that give it
 * @param evidence each article's sentence, with the value highlighted
 */
public record Side(String value, String normalized, List<String> articles, List<Evidence> evidence) {
    public Side {
        articles = List.copyOf(articles);
        evidence = List.copyOf(evidence);
    }
}
