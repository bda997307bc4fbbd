package io.corroborate.annotate.mention;

import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.MentionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds mentions that are not names: descriptions ("the Russian president", "the company", "the
 * Ukrainian side") and third-person pronouns (he, she, its). They are linked to names by
 * {@link EntityLinker}.
 */
final class ReferenceFinder {
    private static final Map<String, Character> PERSON_PRONOUNS = Map.of("he", 'M', "him", 'M', "his", 'M',
            "himself", 'M', "she", 'F', "her", 'F', "hers", 'F', "herself", 'F');

    private final Lexicon lex = Lexicon.get();

    List<Draft> find(DocWords doc) {
        List<Draft> out = new ArrayList<>();
        for (int si = 0; si < doc.sentences.size(); si++) {
            List<Word> words = doc.sentences.get(si);
            for (int k = 0; k < words.size(); k++) {
                Word w = words.get(k);
                Character g = PERSON_PRONOUNS.get(w.lower());
                if (g != null) {
                    Draft d = draft(doc, si, words, k, k + 1, MentionKind.PRONOUN);
                    d.type(EntityType.PERSON, "pronoun", true);
                    d.gender = g;
                    out.add(d);
                } else if (w.lower().equals("its") || w.lower().equals("itself")) {
                    Draft d = draft(doc, si, words, k, k + 1, MentionKind.PRONOUN);
                    d.type(EntityType.ORGANIZATION, "pronoun", true);
                    out.add(d);
                } else if (w.lower().equals("the")) {
                    Draft d = nominal(doc, si, words, k);
                    if (d != null) out.add(d);
                }
            }
        }
        return out;
    }

    /** "the (demonym|place|title modifier|Name)* head", not followed by a name (that case is a role). */
    private Draft nominal(DocWords doc, int si, List<Word> words, int k) {
        int i = k + 1;
        String modifier = null;
        int headAt = -1;
        String head = null;
        EntityType type = null;
        for (int steps = 0; i < words.size() && steps < 6; i++, steps++) {
            Word w = words.get(i);
            String l = w.lower();
            if (lex.titleHeads.contains(l)) {
                headAt = i;
                head = l;
                type = EntityType.PERSON;
                continue;
            }
            if (lex.orgNominals.contains(l) && !w.isCapitalised()) {
                headAt = i;
                head = l;
                type = EntityType.ORGANIZATION;
                continue;
            }
            if (l.equals("side") && modifier != null && headAt < 0) {
                headAt = i;
                head = l;
                type = EntityType.LOCATION;
                break;
            }
            if (headAt >= 0) break;
            if (lex.demonyms.containsKey(w.text())) {
                modifier = lex.demonyms.get(w.text());
                continue;
            }
            if (lex.titleMods.contains(l) || w.isCapitalised() || w.isPossessive()) continue;
            break;
        }
        if (headAt < 0) return null;
        if (headAt + 1 < words.size()) {
            Word next = words.get(headAt + 1);
            if (next.isCapitalised() || next.isPossessive() || next.lower().equals("of") && type == EntityType.ORGANIZATION) {
                return null;
            }
        }
        Draft d = draft(doc, si, words, k, headAt + 1, MentionKind.NOMINAL);
        d.type(type, "nominal", true);
        d.head = head;
        d.modifier = modifier;
        int rs = words.get(k + 1).start();
        d.role(doc.text.substring(rs, d.end), rs, d.end);
        return d;
    }

    private static Draft draft(DocWords doc, int si, List<Word> words, int a, int b, MentionKind kind) {
        int s = words.get(a).start(), e = words.get(b - 1).end();
        Draft d = new Draft(si, s, e, doc.text.substring(s, e), kind);
        d.firstWord = a;
        d.endWord = b;
        return d;
    }
}
