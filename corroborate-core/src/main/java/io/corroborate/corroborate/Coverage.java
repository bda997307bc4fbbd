package io.corroborate.corroborate;

import java.util.List;

/**
 * What one article adds and leaves out.
 *
 * @param unique  ids of claims only this article makes
 * @param omitted ids of well-supported claims (made by most other articles) this article does not make
 */
public record Coverage(String articleId, List<String> unique, List<String> omitted) {
    public Coverage {
        unique = List.copyOf(unique);
        omitted = List.copyOf(omitted);
    }
}
