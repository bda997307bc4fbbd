package io.corroborate.annotate.mention;

import io.corroborate.annotate.Mention;
import io.corroborate.annotate.MentionTagger;
import io.corroborate.annotate.Parsed;
import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rule-based people, organisations and places, with roles, descriptions, pronouns and in-article entity
 * ids. Stages, in order: {@link NameFinder} (capitalised runs, title roles, strong type cues),
 * {@link RoleAttacher} (roles written in lower case around a name), {@link NameTyper} (document-wide
 * consistency, context, default), {@link ReferenceFinder} (descriptions and pronouns), {@link EntityLinker}.
 * Lexicons are loaded once; the tagger holds no per-article state, so one instance serves every thread.
 */
public final class RuleMentionTagger implements MentionTagger {
    private final NameFinder names = new NameFinder();
    private final RoleAttacher roles = new RoleAttacher();
    private final NameTyper typer = new NameTyper();
    private final ReferenceFinder references = new ReferenceFinder();
    private final EntityLinker linker = new EntityLinker();

    @Override
    public List<Mention> tag(Parsed parsed) {
        DocWords doc = new DocWords(parsed);
        List<Draft> drafts = names.find(doc);
        roles.attach(doc, drafts);
        typer.type(doc, drafts);
        drafts.removeIf(d -> d.dropped);
        drafts.addAll(references.find(doc));
        drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> -d.end));
        List<Entity> entities = linker.link(drafts);
        List<Mention> out = new ArrayList<>(drafts.size());
        for (Entity e : entities) {
            String canonical = e.canonical();
            for (Draft d : e.mentions) {
                Span roleSpan = d.roleStart < 0 ? null : new Span(d.roleStart, d.roleEnd);
                out.add(new Mention(new Span(d.start, d.end), d.text, e.type, d.kind, e.id, canonical, d.role, roleSpan));
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }
}
