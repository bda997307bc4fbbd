package io.corroborate.annotate.mention;

import io.corroborate.annotate.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Roles written in lower case around a name: before it ("chief executive Steve Jobs", "the Russian
 * president Vladimir Putin", "Apple's chief executive Tim Cook") or as an apposition after it ("Karoline
 * Leavitt, the White House press secretary,"). A name that gets a role is a person.
 */
final class RoleAttacher {
    private static final Set<String> APPOSITION_END = Set.of(",", ".", ";", ")", "said", "says", "told", "and");

    private static final Set<String> OF = Set.of("of", "for", "at");

    private final Lexicon lex = Lexicon.get();

    void attach(DocWords doc, List<Draft> names) {
        for (Draft d : names) {
            if (d.role != null || d.demonym) continue;
            if (d.strong && d.type != EntityType.PERSON) continue;
            List<Word> words = doc.sentences.get(d.sentence);
            if (!before(doc, words, d)) after(doc, words, d);
        }
    }

    private boolean before(DocWords doc, List<Word> words, Draft d) {
        int k = d.firstWord - 1;
        if (k < 0) return false;
        Word head = words.get(k);
        if (!lex.titleHeads.contains(head.lower()) || head.isCapitalised()) return false;
        if (lex.weakTitles.contains(head.lower()) && !startsWithFirstName(words, d)) return false;
        int from = k;
        while (from > 0) {
            Word p = words.get(from - 1);
            String l = p.lower();
            if (!p.isCapitalised() && (lex.titleMods.contains(l) || lex.titleHeads.contains(l))) {
                from--;
            } else if (lex.demonyms.containsKey(p.text())) {
                from--;
            } else if (p.isPossessive() && from >= 2 && words.get(from - 2).isNameLike()) {
                from -= 2;
                while (from > 0 && words.get(from - 1).isNameLike()) from--;
                break;
            } else {
                break;
            }
        }
        set(doc, words, d, from, k + 1);
        return true;
    }

    private void after(DocWords doc, List<Word> words, Draft d) {
        int k = d.endWord;
        if (k + 2 >= words.size() || !words.get(k).is(",")) return;
        int from = k + 1;
        int i = from;
        String first = words.get(i).lower();
        if (first.equals("the") || first.equals("a") || first.equals("an")) i++;
        int lastHead = -1;
        for (int steps = 0; i < words.size() && steps < 7; i++, steps++) {
            Word w = words.get(i);
            String l = w.lower();
            if (lex.titleHeads.contains(l) && !lex.weakTitles.contains(l) || lex.titleMods.contains(l) && lastHead >= 0) {
                if (lex.titleHeads.contains(l)) lastHead = i;
                continue;
            }
            if (lastHead >= 0) break;
            if (lex.titleMods.contains(l) || w.isCapitalised() || w.isPossessive() || lex.demonyms.containsKey(w.text())) {
                continue;
            }
            return;
        }
        if (lastHead < 0) return;
        int end = lastHead + 1;
        if (end < words.size() && OF.contains(words.get(end).lower())) {
            // "minister of transport for Indonesia": the role runs to the next punctuation, six words at most.
            int stop = end;
            while (stop < words.size() && stop - end < 6 && words.get(stop).isWord()) stop++;
            if (stop < words.size() && !words.get(stop).isWord()) end = stop;
        }
        if (end < words.size() && !APPOSITION_END.contains(words.get(end).lower())) return;
        set(doc, words, d, from, end);
    }

    private boolean startsWithFirstName(List<Word> words, Draft d) {
        return lex.firstName(words.get(d.firstWord).lower()) != null && d.endWord - d.firstWord >= 2;
    }

    private void set(DocWords doc, List<Word> words, Draft d, int from, int to) {
        int s = words.get(from).start(), e = words.get(to - 1).end();
        d.role(doc.text.substring(s, e), s, e);
        d.type(EntityType.PERSON, "role", true);
    }
}
