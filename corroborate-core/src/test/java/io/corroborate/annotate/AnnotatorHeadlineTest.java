package io.corroborate.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.text.Article;
import io.corroborate.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatorHeadlineTest {
    private static final String TEXT = "Mayor Ana Ruiz Opens Harbour Bridge\nSHARE THIS\nThe bridge opened on Monday.\n";

    private static Article article() {
        return Article.of("a", TEXT).withTitle("Mayor Ana Ruiz Opens Harbour Bridge")
                .withSkipped(List.of(new Span(0, 35), new Span(36, 46)));
    }

    @Test
    void headlineIsAnnotatedButFurnitureIsNot() {
        AnnotatedArticle a = Annotator.standard().annotate(article());
        List<String> sentences = a.sentences().stream().map(s -> s.text(TEXT)).toList();
        assertEquals(List.of("Mayor Ana Ruiz Opens Harbour Bridge", "The bridge opened on Monday."), sentences);
        assertTrue(a.mentions().stream().anyMatch(m -> m.text().equals("Ana Ruiz")), a.mentions().toString());
    }
}
