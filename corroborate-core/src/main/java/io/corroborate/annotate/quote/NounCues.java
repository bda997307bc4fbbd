package io.corroborate.annotate.quote;

import java.util.Map;
import java.util.Set;

/**
 * Attributions cued by a noun with its possessor: "Clinton's criticism of the deal", "his promise to be neutral",
 * "their support for Sanders". The possessor is the source; the content is what the noun's preposition,
 * infinitive or "that" clause introduces, up to the clause's end or its verb.
 */
final class NounCues {
    private NounCues() {
    }

    private static final Set<String> OF = Set.of("of");
    private static final Set<String> CLAUSE = Set.of("that", "to");

    /** Attribution nouns, singular and plural, with the words that may introduce their content. */
    private static final Map<String, Set<String>> NOUNS = Map.ofEntries(
            both("criticism", "of"), both("attack", "on", "against"), Map.entry("support", Set.of("for")),
            Map.entry("opposition", Set.of("to")), both("endorsement", "of"), both("call", "for"),
            both("promise", "to", "that", "of"), both("pledge", "to", "that"), both("vow", "to", "that"),
            both("plan", "to", "for"), both("proposal", "to", "for", "that"), both("decision", "to"),
            both("claim", "that", "of"), both("statement", "that", "about", "on"), both("remark", "about", "on", "that"),
            both("comment", "about", "on", "that"), both("view", "of", "on", "that"), both("belief", "that", "in"),
            both("argument", "that", "for", "against"), both("assertion", "that"), Map.entry("insistence", Set.of("that", "on")),
            both("suggestion", "that"), both("warning", "that", "about", "of", "against"), both("demand", "for", "that"),
            both("refusal", "to"), both("accusation", "of", "that"), both("allegation", "of", "that"),
            both("complaint", "about", "that"), both("concern", "about", "over", "that"), Map.entry("praise", Set.of("for", "of")),
            Map.entry("defense", Set.of("of")), Map.entry("embrace", Set.of("of")), both("rejection", "of"),
            both("denial", "of", "that"), both("description", "of"), both("characterization", "of"),
            both("portrayal", "of"), both("question", "about", "of"), both("doubt", "about", "that"),
            both("fear", "of", "that", "about"), both("hope", "of", "that", "for"), both("bid", "to", "for"),
            both("threat", "to"), both("announcement", "that", "of"), both("admission", "that"),
            Map.entry("confidence", Set.of("that", "in")), both("stance", "on"), both("position", "on"),
            Map.entry("rhetoric", Set.of("about", "on")), Map.entry("disdain", Set.of("for")),
            Map.entry("contempt", Set.of("for")), Map.entry("admiration", Set.of("for")), both("dismissal", "of"),
            both("assessment", "of", "that"), both("prediction", "that", "of"), both("push", "for"),
            both("insult", "to"), both("idea", "of", "that"), both("goal", "of"), both("pitch", "for", "to"),
            both("case", "for", "against"), both("critique", "of"), both("condemnation", "of"),
            both("objection", "to"), both("appeal", "for", "to"), both("request", "for", "to"), both("offer", "to", "of"),
            both("recommendation", "that", "to"), both("explanation", "of", "for"), both("account", "of"),
            both("response", "to"), both("reaction", "to"), both("opinion", "of", "on", "that"),
            both("thought", "on", "about"), both("feeling", "about"), both("desire", "to", "for"),
            both("wish", "to", "for"), both("intention", "to", "of"), both("commitment", "to"));

    private static Map.Entry<String, Set<String>> both(String noun, String... intro) {
        return Map.entry(noun, Set.of(intro)); // the plural is looked up by stripping its -s
    }

    private static Set<String> introsOf(String w) {
        Set<String> in = NOUNS.get(w);
        if (in != null) return in;
        if (w.endsWith("s") && w.length() > 3) {
            String sg = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
            in = NOUNS.get(sg);
            if (in == null && w.endsWith("es")) in = NOUNS.get(w.substring(0, w.length() - 2));
        }
        return in;
    }

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my");
    /** Words that end a noun-phrase content: finite verbs and auxiliaries of the surrounding clause. */
    private static final Set<String> CLAUSE_VERBS = Set.of("is", "was", "were", "are", "has", "have", "had", "will",
            "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "remains", "remained");

    /** The attribution cued by the noun at token {@code k}, or null. */
    static RuleQuoteExtractor.Attribution attribution(Doc d, int s, int k) {
        int ts = d.sentStart[s], te = d.sentEnd[s];
        String w = d.word[k];
        if (!Phrases.isWord(w) || !Character.isLowerCase(w.charAt(0)) || k + 2 >= te) return null;
        Set<String> intros = introsOf(w);
        if (intros == null) return null;
        RuleQuoteExtractor.Attribution after = agentAfter(d, k, ts, te, intros);
        if (after != null) return after;
        String next = Phrases.lower(d.word[k + 1]);
        if ((next.equals("is") || next.equals("was")) && k + 3 < te && d.word[k + 2].equals("that")) {
            return predicate(d, k, ts, te); // "His argument is that …"
        }
        if (!intros.contains(next) || d.runOf[k + 1] >= 0) return null;
        if (existential(d, k, ts)) return unsourced(d, k, te, next);
        Np source = possessor(d, k, ts);
        if (source == null || !freeStanding(d, source.start, ts)) return null;
        int from = CLAUSE.contains(next) ? k + 1 : k + 2; // "to be neutral", "that he lied": the clause whole
        if (next.equals("to") && !CLAUSE.equals(intros) && !isVerbLike(d, k + 2, te) && !intros.contains("to")) return null;
        int last = contentEnd(d, from, te, next.equals("that"));
        if (last < from || last == from && !Phrases.isWord(d.word[from]) && d.runOf[from] < 0) return null;
        var a = new RuleQuoteExtractor.Attribution(d.start(k), d.end(from - 1), source, false);
        a.stance = true;
        a.content(d, d.start(from), d.end(last));
        return a;
    }

    private static final Set<String> EXISTENTIAL_BE = Set.of("is", "are", "was", "were", "been");

    /** "there are fears that …", "There is growing concern about …": the noun after "there" and a form of "be". */
    private static boolean existential(Doc d, int k, int ts) {
        int i = k - 1;
        int adjectives = 0;
        while (i > ts && adjectives < 2 && Phrases.isWord(d.word[i]) && Character.isLowerCase(d.word[i].charAt(0))
                && !EXISTENTIAL_BE.contains(d.word[i]) && !Phrases.STOP.contains(Phrases.lower(d.word[i]))) {
            i--;
            adjectives++;
        }
        if (i > ts && (d.word[i].equals("some") || d.word[i].equals("no") || d.word[i].equals("many"))) i--;
        return i - 1 >= ts && EXISTENTIAL_BE.contains(d.word[i]) && d.word[i - 1].equalsIgnoreCase("there");
    }

    /** The content of an existential noun cue, with no source: the text names none. */
    private static RuleQuoteExtractor.Attribution unsourced(Doc d, int k, int te, String next) {
        int from = CLAUSE.contains(next) ? k + 1 : k + 2;
        int last = contentEnd(d, from, te, next.equals("that"));
        if (last <= from) return null;
        var a = new RuleQuoteExtractor.Attribution(d.start(k), d.end(from - 1), null, false);
        a.stance = true;
        a.content(d, d.start(from), d.end(last));
        return a;
    }

    /** "Clinton's view is that the deal is weak": the possessor's belief is the "that" clause after the copula. */
    private static RuleQuoteExtractor.Attribution predicate(Doc d, int k, int ts, int te) {
        Np source = possessor(d, k, ts);
        if (source == null || !freeStanding(d, source.start, ts)) return null;
        int from = k + 2;
        int last = contentEnd(d, from, te, true);
        if (last <= from + 1) return null;
        var a = new RuleQuoteExtractor.Attribution(d.start(k), d.end(k), source, false);
        a.stance = true;
        a.content(d, d.start(from), d.end(last));
        return a;
    }

    /**
     * "calls from her rivals to break up the banks", "criticism by Democrats of the plan": the source after "from" or
     * "by", then the content after the noun's own preposition. Null when the words do not follow that order.
     */
    private static RuleQuoteExtractor.Attribution agentAfter(Doc d, int k, int ts, int te, Set<String> intros) {
        String by = Phrases.lower(d.word[k + 1]);
        if (!by.equals("from") && !by.equals("by")) return null;
        int np = k; // the noun's own phrase: "the suggestion", "repeated calls"
        while (np - 1 >= ts && np > k - 3 && d.runOf[np - 1] < 0 && Phrases.isWord(d.word[np - 1])
                && Character.isLowerCase(d.word[np - 1].charAt(0)) && Cues.of(d.word[np - 1]) == null
                && (Phrases.DETERMINERS.contains(Phrases.lower(d.word[np - 1]))
                || !Phrases.STOP.contains(Phrases.lower(d.word[np - 1])))) {
            np--;
        }
        if (!freeStanding(d, np, ts)) return null;
        Np source = Np.forward(d, k + 2, te, true);
        if (source == null || source.end + 1 >= te || source.kind == Np.Kind.NOMINAL && !source.determined
                && !Phrases.SOURCE_NOUNS.contains(source.headWord)) {
            return null;
        }
        int i = source.end;
        if (d.word[i].equals(",")) i++; // "calls from her rivals, Sanders and O'Malley, to …" keeps its order
        String intro = Phrases.lower(d.word[i]);
        if (!intros.contains(intro) || i + 1 >= te) return null;
        int from = CLAUSE.contains(intro) ? i : i + 1;
        int last = contentEnd(d, from, te, intro.equals("that"));
        if (last <= from) return null;
        var a = new RuleQuoteExtractor.Attribution(d.start(k), d.end(k), source, false);
        a.stance = true;
        a.content(d, d.start(from), d.end(last));
        return a;
    }

    private static final Set<String> PREPOSITIONS = Set.of("in", "of", "by", "with", "after", "over", "on", "about",
            "for", "to", "from", "at", "despite", "amid", "against", "under", "without", "following", "behind",
            "before", "since", "during", "into", "like", "than");

    /**
     * True when the noun phrase starting at token {@code np} is not the object of a verb ("Ann bashed Bo's plan to
     * …" is Ann's attribution about the plan): it opens the clause, or follows a preposition that no verb governs.
     */
    private static boolean freeStanding(Doc d, int np, int ts) {
        int p = np - 1;
        if (p < ts) return true;
        String w = Phrases.lower(d.word[p]);
        if (w.equals(",") || w.equals(";") || w.equals("and") || w.equals("but") || w.equals("that") || w.equals("—")
                || w.equals("while") || w.equals("because") || w.equals("as") || w.equals("when") || d.mark[p]) {
            return true;
        }
        if (!PREPOSITIONS.contains(w)) return false;
        if (p - 1 < ts || w.equals("by")) return true; // "dented by her decision to …": a passive's agent
        String v = d.word[p - 1];
        return Cues.of(v) == null && Cues.phrasalOf(v) == null && !RuleQuoteExtractor.isPastOrPresentVerb(v)
                && !v.endsWith("ing");
    }

    private static boolean isVerbLike(Doc d, int i, int te) {
        return i < te && Phrases.isWord(d.word[i]) && Character.isLowerCase(d.word[i].charAt(0));
    }

    /** "his", "Clinton's", "the senator's", "Trump’s recent": the possessor before the noun, or null. */
    private static Np possessor(Doc d, int k, int ts) {
        int i = k - 1;
        int adjectives = 0;
        while (i >= ts && adjectives < 2 && d.runOf[i] < 0 && Phrases.isWord(d.word[i])
                && Character.isLowerCase(d.word[i].charAt(0)) && !Phrases.STOP.contains(Phrases.lower(d.word[i]))
                && !Phrases.DETERMINERS.contains(Phrases.lower(d.word[i])) && Cues.of(d.word[i]) == null) {
            i--; // "his repeated attacks on", "her sharp criticism of"
            adjectives++;
        }
        if (i < ts || d.runOf[i] >= 0) return null;
        String p = d.word[i];
        if (POSSESSIVES.contains(Phrases.lower(p))) return Np.possessivePronoun(d, i);
        if ((p.equals("'s") || p.equals("’s") || p.equals("'") || p.equals("’")) && i - 1 >= ts) {
            return Np.backward(d, i - 1, ts, true);
        }
        return null;
    }

    /** Last token of the content starting at {@code from}: to the clause's end, or before its verb. */
    private static int contentEnd(Doc d, int from, int te, boolean thatClause) {
        int e = from;
        int limit = Math.min(te, from + 40);
        while (e < limit) {
            String x = d.word[e];
            if (d.runOf[e] < 0 && (x.equals(",") || x.equals(";") || x.equals(":") || x.equals("—") || x.equals("--")
                    || x.equals("(") || x.equals("?"))) {
                break;
            }
            if (!thatClause && e > from && d.runOf[e] < 0 && CLAUSE_VERBS.contains(Phrases.lower(x))) break;
            e++;
        }
        return RuleQuoteExtractor.lastContentToken(d, from, e);
    }
}
