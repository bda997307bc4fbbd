package io.corroborate.corroborate.claim;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Sentence;
import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Evidence;
import java.util.ArrayList;
import java.util.List;

/** Placeholder: every sentence is its own claim. To be replaced by real alignment. */
public final class ClaimAligner {
    public List<Claim> align(List<AnnotatedArticle> articles) {
        List<Claim> out = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            for (Sentence s : a.sentences()) {
                String text = s.text(a.text());
                out.add(new Claim("c" + (out.size() + 1), text,
                        List.of(new Evidence(a.id(), s.span(), text, null)), List.of(a.id()), "verbatim"));
            }
        }
        return out;
    }
}
