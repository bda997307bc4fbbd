package io.corroborate.annotate.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Annotator;
import io.corroborate.annotate.EntityType;
import io.corroborate.text.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryEntitiesTest {
    private static List<StoryEntities.Group> group(String... texts) {
        Annotator annotator = Annotator.standard();
        List<AnnotatedArticle> arts = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) arts.add(annotator.annotate(Article.of("a" + i, texts[i])));
        return StoryEntities.group(arts);
    }

    private static StoryEntities.Group groupOf(List<StoryEntities.Group> groups, int article, String canonical) {
        return groups.stream().filter(g -> g.members().stream()
                        .anyMatch(m -> m.article() == article && m.canonical().equals(canonical)))
                .findFirst().orElseThrow(() -> new AssertionError(canonical + " not in " + groups));
    }

    @Test
    void spellingVariantsAcrossArticlesAreOneEntity() {
        List<StoryEntities.Group> gs = group(
                "Ukrainian President Volodymyr Zelensky met envoys in Kyiv on Monday.",
                "Volodymyr Zelenskyy said the talks in Kyiv went well.",
                "Zelenskyy thanked the envoys.");
        StoryEntities.Group z = groupOf(gs, 0, "Volodymyr Zelensky");
        assertEquals(z, groupOf(gs, 1, "Volodymyr Zelenskyy"));
        assertEquals(z, groupOf(gs, 2, "Zelenskyy"));
        assertEquals(EntityType.PERSON, z.type());
        assertEquals(groupOf(gs, 0, "Kyiv"), groupOf(gs, 1, "Kyiv"));
    }

    @Test
    void differentFirstNamesStayApart() {
        List<StoryEntities.Group> gs = group(
                "Press Secretary Karoline Leavitt spoke on Tuesday.",
                "Press Secretary Katherine Leavitt spoke on Tuesday.");
        assertNotEquals(groupOf(gs, 0, "Karoline Leavitt"), groupOf(gs, 1, "Katherine Leavitt"));
    }

    @Test
    void anAmbiguousSurnameJoinsNobody() {
        List<StoryEntities.Group> gs = group(
                "Senator Ruth Okafor and her husband, Governor Alan Okafor, voted in Dayton.",
                "Okafor did not comment.");
        StoryEntities.Group bare = groupOf(gs, 1, "Okafor");
        assertEquals(1, bare.members().size());
    }
}
