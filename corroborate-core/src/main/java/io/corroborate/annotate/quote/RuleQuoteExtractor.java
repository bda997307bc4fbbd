package io.corroborate.annotate.quote;

import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Mention;
import io.corroborate.annotate.Parsed;
import io.corroborate.annotate.Quote;
import io.corroborate.annotate.QuoteExtractor;
import io.corroborate.annotate.QuoteKind;
import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rule-based quote and attribution extraction. Stateless and thread-safe; linear in the article (each rule
 * looks a bounded number of tokens around a cue).
 *
 * <p>Steps: (1) pair quotation marks into runs ({@link QuoteMarks}); (2) in every sentence, find attribution
 * cues: a reporting verb ({@link Cues}) with its source as subject ("Leavitt said", "the readout says"),
 * inverted after it ("…,” said Leavitt") or taken from the main clause for a participle (", adding that …"),
 * a phrasal verb with its particle ("talked about", "lashed out at"), a participle with its agent ("a plan
 * opposed by the unions"), an attribution noun with its possessor ("his promise to …", {@link NounCues}),
 * "according to X", "in the latest poll" and "To many, …"; (3) take the content on the side the clause structure gives (the rest of the sentence,
 * the part before ", X said", or the quotation next to the attribution, whole even when it runs over
 * several sentences or paragraphs); its kind is direct when it is all quotation, partial when it holds a
 * quotation, indirect otherwise; (4) a quotation in the same paragraph right after an attributed one joins it as
 * a second part ("A," he said. "B."); a quotation paragraph with no cue after an attributed paragraph gets that
 * speaker, marked floating; other quotations of four or more words are kept without a speaker; (5) speakers are
 * resolved to entities ({@link Speakers}).
 */
public final class RuleQuoteExtractor implements QuoteExtractor {
    /** Shortest unattributed quotation kept, in words: shorter ones are mostly titles and scare quotes. */
    static final int MIN_FREE_WORDS = 4;

    @Override
    public List<Quote> extract(Parsed parsed, List<Mention> mentions) {
        if (parsed.tokens().isEmpty()) return List.of();
        Doc d = new Doc(parsed);
        List<Attribution> found = new ArrayList<>();
        for (int s = 0; s < d.sentStart.length; s++) findInSentence(d, s, found);
        found.sort(Comparator.comparingInt(a -> a.cueStart));
        List<Attribution> all = attachFreeRuns(d, found);
        Speakers speakers = new Speakers(d, mentions);
        List<Quote> out = new ArrayList<>(all.size());
        for (Attribution a : all) {
            Quote q = a.toQuote(d, speakers);
            if (q != null) out.add(q);
        }
        out.sort(Comparator.comparing(Quote::span));
        return out;
    }

    // ------------------------------------------------------------------ cues in one sentence

    /** Sentence-opening words before a participle whose subject follows the comma ("After saying …, Ann Lee …"). */
    private static final java.util.Set<String> OPENING_PARTICIPLE_LEADS = java.util.Set.of("Besides", "After", "Before",
            "While", "By", "Since", "Despite", "Without", "Upon", "When", "In", "On");

    /** Words before a participle cue whose subject is the main clause's ("continued by saying"). */
    private static final java.util.Set<String> PARTICIPLE_LEADS = java.util.Set.of("by", "while", "before", "after",
            "when", "in", "and", "—", "--", "―", "–");

    /** Words that may follow the source of an inverted attribution ("said Ann Lee of the council"). */
    private static final java.util.Set<String> INVERTED_TAIL = java.util.Set.of("who", "of", "in", "at", "on", "during",
            "after", "before", "to", "as", "from", "for", "with", "and", "whose", "which", "told", "adding", "noting",
            "referring", "speaking", "according", "while", "when", "about", "earlier", "later", "last", "this",
            "today", "yesterday", "recently", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "then", "also", "again", "by", "via", "outside", "inside", "that");
    private static final java.util.Set<String> BE = java.util.Set.of("is", "was", "were", "are", "been", "be", "being");
    private static final java.util.Set<String> AUX = java.util.Set.of("has", "have", "had", "was", "were", "is", "are",
            "will", "would");

    /** Irregular past forms that let the rules tell a verb from a noun. */
    private static final java.util.Set<String> IRREGULAR_PAST = java.util.Set.of("took", "went", "made", "gave", "got",
            "sent", "held", "left", "came", "ran", "put", "set", "kept", "brought", "began", "shook", "stood", "sat",
            "met", "won", "lost", "paid", "spent", "built", "led", "fell", "rose", "drew", "drove", "threw", "wore",
            "bought", "caught", "fought", "taught", "hit", "cut", "let", "struck", "stuck", "spoke", "broke",
            "chose", "became", "forgot", "hid", "meant", "heard", "sought", "laid", "fled", "grew", "knew", "saw");
    /** Words before "to" that keep the subject before them ("wants to", "is going to", "used to"). */
    private static final java.util.Set<String> INFINITIVE_LEADS = java.util.Set.of("want", "wants", "going", "plans",
            "plan", "tried", "tries", "try", "refused", "refuses", "decided", "decides", "hopes", "hope", "appears",
            "seems", "seemed", "appeared", "likely", "able", "unable", "expected", "ready", "willing", "about",
            "continue", "continued", "continues", "began", "begins", "started", "starts", "used", "needs", "need",
            "failed", "fails", "declined", "declines", "chose", "agreed", "promised", "vowed", "intends", "intended",
            "managed", "happened", "sought", "wanted", "got", "had", "has", "have", "ought", "has yet");

    private static final java.util.Set<String> LY_NOUNS = java.util.Set.of("family", "ally", "rally", "assembly",
            "supply", "reply", "belly", "bully", "fly", "lily", "daily", "weekly", "monthly", "anomaly", "italy",
            "july", "homily", "folly", "melee", "oly");

    /** A lower-case -ly word between a subject and its verb ("Zelensky formally apologized"). */
    private static boolean isAdverb(String w) {
        return w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0)) && !LY_NOUNS.contains(w);
    }

    static boolean isPastOrPresentVerb(String w) {
        if (AUX.contains(w) || IRREGULAR_PAST.contains(w)) return true;
        return w.length() > 3 && Character.isLowerCase(w.charAt(0)) && (w.endsWith("ed") || Cues.of(w) != null);
    }

    /**
     * The attributions of one sentence. A stance attribution inside the content of a reported one ("the Kremlin
     * confirmed that Putin supported the plan") is dropped: the words are the Kremlin's report, and crediting them
     * to both would make one statement two sources' words.
     */
    private static void findInSentence(Doc d, int s, List<Attribution> out) {
        int from = out.size();
        collectInSentence(d, s, out);
        endBeforeOuterCue(d, out, from);
        oneCuePerQuotation(d, out, from);
        for (int i = out.size() - 1; i >= from; i--) {
            Attribution a = out.get(i);
            if (!a.stance) continue;
            for (int j = from; j < out.size(); j++) {
                Attribution b = out.get(j);
                if (b != a && !b.stance && b.hasContent() && b.start() <= a.cueStart && a.cueStart < b.end()) {
                    out.remove(i);
                    break;
                }
            }
        }
    }

    /**
     * True when a quotation closes shortly before token {@code k}, with only a short name or pronoun between
     * ("“…,” Oliver barked", "“…,” reads the editorial", "“…?” Hannity pressed").
     */
    private static boolean quotationJustBefore(Doc d, int k, int ts) {
        for (int i = k - 1; i >= ts && i >= k - 7; i--) {
            if (d.runOf[i] >= 0 || d.mark[i]) return true;
            if (d.word[i].equals(",") && i == k - 1) continue;
            if (!Phrases.isWord(d.word[i]) && !d.word[i].endsWith(".") && !d.word[i].equals("'s") && !d.word[i].equals("’s")) {
                return false;
            }
        }
        return k == ts && d.sentOf[ts] > 0 && d.runOf[ts - 1] >= 0;
    }

    /**
     * Quotation-side verbs that also introduce a quotation after them in any tense ("Ward states:", "as he puts it,
     * “…”"); the others do so in the past tense only ("Smith shot back: “…”", not "fire a speechwriter").
     */
    private static final java.util.Set<String> INTRODUCING = java.util.Set.of("state", "write", "put", "declare", "add",
            "continue", "remark", "conclude", "note", "recall", "read", "counter", "intone");

    /**
     * True when, after token {@code k} and a few words, a colon or comma opens a quotation in this sentence or a
     * colon ends the paragraph before a quotation paragraph ("Ward stated: / “…”", "as Weiner put it in a memo, “…”").
     */
    private static boolean quotationJustAfter(Doc d, int k, int te) {
        for (int i = k + 1; i < te && i <= k + 12; i++) {
            if (d.runOf[i] >= 0) return d.word[i - 1].equals(":") || d.word[i - 1].equals(",");
            if (d.word[i].equals(":") && i == te - 1 && te < d.size() && d.runOf[te] >= 0
                    && d.paragraph(te) != d.paragraph(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Trump, who has told aides he sees the issues as linked, said: “…”": an attribution inside the subject of
     * another ends before that other's cue, so it does not swallow the other's content.
     */
    /**
     * "“…,” Ramos said, smiling." / "“…,” Trump said after Nabisco announced …": a quotation before two cues of one
     * sentence that both claim it stays with the nearer cue; the other keeps its other content or is dropped.
     */
    private static void oneCuePerQuotation(Doc d, List<Attribution> out, int from) {
        // run -> the attributions of this sentence claiming it from a cue after it (linear in what they claim)
        java.util.Map<Integer, List<Attribution>> claims = new java.util.HashMap<>();
        for (int i = from; i < out.size(); i++) {
            Attribution a = out.get(i);
            if (a.cueEnd < 0) continue;
            for (int r : a.runs) {
                if (d.runs.get(r).outer().end() <= a.cueStart) claims.computeIfAbsent(r, x -> new ArrayList<>(2)).add(a);
            }
        }
        boolean dropped = false;
        for (var e : claims.entrySet()) {
            List<Attribution> cl = e.getValue();
            if (cl.size() < 2) continue;
            Span o = d.runs.get(e.getKey()).outer();
            Attribution nearest = cl.getFirst();
            for (Attribution a : cl) if (distance(a, o) < distance(nearest, o)) nearest = a;
            for (Attribution a : cl) {
                if (a != nearest && distance(a, o) > distance(nearest, o)) {
                    a.dropRun(d, e.getKey());
                    dropped = true;
                }
            }
        }
        if (dropped) {
            for (int i = out.size() - 1; i >= from; i--) if (!out.get(i).hasContent()) out.remove(i);
        }
    }

    private static int distance(Attribution a, Span o) {
        return a.cueStart >= o.end() ? a.cueStart - o.end() : Math.max(0, o.start() - a.cueEnd);
    }

    private static void endBeforeOuterCue(Doc d, List<Attribution> out, int from) {
        for (int i = from; i < out.size(); i++) {
            Attribution a = out.get(i);
            if (!a.hasContent()) continue;
            for (int j = from; j < out.size(); j++) {
                Attribution b = out.get(j);
                if (b == a || b.speaker == null || b.cueStart <= a.start() || b.cueStart >= a.end()) continue;
                int sp = d.start(b.speaker.start);
                if (sp > a.start() && b.speaker.start > 0 && d.word[b.speaker.start - 1].equals(",")
                        && b.speaker.end <= tokenAt(d, b.cueStart) && !b.stance && b.hasContent()
                        && b.end() >= a.end() && a.cueStart < sp && d.sentOf[tokenAt(d, a.cueStart)] == d.sentOf[b.speaker.start]) {
                    a.endBefore(d, sp); // "While not everything Trump says is true, Jamieson said …"
                    continue;
                }
                if (sp >= a.start() || b.speaker.end > a.end()) continue;
                a.endBefore(d, b.cueStart);
            }
        }
    }

    private static void collectInSentence(Doc d, int s, List<Attribution> out) {
        int ts = d.sentStart[s], te = d.sentEnd[s];
        Attribution colon = speakerColon(d, s);
        if (colon != null) {
            out.add(colon);
            return;
        }
        Attribution in = inDocument(d, s);
        if (in != null) out.add(in);
        Attribution trailing = trailingDocument(d, s);
        if (trailing != null) out.add(trailing);
        Attribution view = perspective(d, s);
        if (view != null) out.add(view);
        boolean headline = titleCase(d, ts, te);
        for (int k = ts; k < te; k++) {
            String w = d.word[k];
            if (d.runOf[k] >= 0) continue; // words inside a quotation are the quote, not its attribution
            if (w.equalsIgnoreCase("according") && k + 1 < te && d.word[k + 1].equals("to")) {
                Attribution a = accordingTo(d, s, k);
                if (a != null) out.add(a);
                continue;
            }
            Attribution noun = NounCues.attribution(d, s, k);
            if (noun != null) {
                out.add(noun);
                continue;
            }
            Cues.Verb phrasal = Cues.phrasalOf(w);
            int particles = phrasal == null ? 0 : Cues.particleLength(d.word, k, te, phrasal);
            if (particles > 0 && (Character.isLowerCase(w.charAt(0)) || k == ts || headline)) {
                Attribution a = verbAttribution(d, s, k, phrasal, k + 1 + particles);
                if (a != null) out.add(a);
                continue;
            }
            Cues.Verb verb = Cues.of(w);
            if (verb == null) {
                verb = Cues.besideQuotation(w);
                if (verb == null || !quotationJustBefore(d, k, ts)
                        && !((INTRODUCING.contains(verb.lemma()) || verb.past()) && quotationJustAfter(d, k, te))) {
                    continue;
                }
            }
            // "Says" inside a capitalised name or title; a headline in title case capitalises every verb
            if (Character.isUpperCase(w.charAt(0)) && k != ts && !headline) continue;
            Attribution byAgent = verb.past() ? passiveByAgent(d, s, k) : null;
            if (byAgent != null) {
                out.add(byAgent);
                continue;
            }
            Attribution a = verbAttribution(d, s, k, verb);
            if (a != null) out.add(a);
        }
    }

    /**
     * True for a headline in title case ("Mayor Says Pier Will Reopen"): most words of four letters or more
     * are capitalised (all-capital words do not count), and it holds no quotation.
     */
    private static boolean titleCase(Doc d, int ts, int te) {
        int words = 0, caps = 0;
        for (int i = ts; i < te; i++) {
            String w = d.word[i];
            if (d.runOf[i] >= 0) return false; // a quotation in a headline: left to the quotation rules
            if (!Phrases.isWord(w) || w.length() < 4 || isAllCaps(w)) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) caps++;
        }
        return words >= 3 && caps * 10 >= words * 8;
    }

    private static Attribution accordingTo(Doc d, int s, int k) {
        int ts = d.sentStart[s], te = d.sentEnd[s];
        Np src = Np.forward(d, k + 2, te, true);
        if (src == null) { // "according to 63 percent of …": the words up to the comma, when it comes soon
            int c = k + 2;
            while (c < te && c < k + 20 && !d.word[c].equals(",") && d.runOf[c] < 0 && !d.mark[c]) c++;
            if (c >= te || c == k + 2 || !d.word[c].equals(",")) return null;
            src = Np.phrase(d, k + 2, c);
        }
        // "according to an analysis by the Pew Research Center": the author of the document is the source
        Np author = src.kind == Np.Kind.NOMINAL ? authorOf(d, src.end, te) : null;
        Attribution a = new Attribution(d.start(k), d.end(k + 1), author != null ? author : src, false);
        int left = trimLeftEnd(d, ts, k);
        // the source runs to the next comma: content after it
        int after = k + 2;
        while (after < te && !d.word[after].equals(",") && d.runOf[after] < 0 && !d.word[after].equals(":")) after++;
        while (after < te && (d.word[after].equals(",") || d.word[after].equals(":"))) after++;
        int last = after < te ? lastContentToken(d, after, te) : -1;
        if (left > ts) {
            leftContent(d, a, ts, left);
            if (last >= after) a.content(d, d.start(after), d.end(last)); // "A, according to X, B"
        } else {
            if (last < after) return null;
            a.content(d, d.start(after), d.end(last));
        }
        return a;
    }

    /** After a document: "by the Pew Research Center", "filed by state attorney Dave Aronberg"; null if none. */
    private static Np authorOf(Doc d, int after, int te) {
        int i = after;
        if (i < te && d.word[i].endsWith("ed") && Cues.of(d.word[i]) == null) i++; // "filed", "released"
        if (i + 1 < te && (d.word[i].equals("by") || d.word[i].equals("from"))) {
            Np np = Np.forward(d, i + 1, te, true);
            if (np != null && (np.kind == Np.Kind.NAME || np.determined && Phrases.SOURCE_NOUNS.contains(np.headWord))) return np;
        }
        return null;
    }

    /**
     * "CLINTON: Honestly, I …", "Q: …", "Historians: Clinton, Obama linked": a short name or noun phrase that opens
     * the paragraph, then a colon; the content is the rest of the paragraph.
     */
    private static Attribution speakerColon(Doc d, int s) {
        int ts = d.sentStart[s], te = d.sentEnd[s];
        if (s > 0 && d.paraOfSent[s - 1] == d.paraOfSent[s]) return null;
        int colon = -1;
        for (int i = ts + 1; i < te && i <= ts + 4; i++) {
            if (d.word[i].equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0 || colon + 1 >= te || d.runOf[ts] >= 0) return null;
        for (int i = ts; i < colon; i++) if (!Phrases.isWord(d.word[i]) && !d.word[i].endsWith(".")) return null;
        if (isPastOrPresentVerb(d.word[colon - 1])) return null; // "Quist resisted: “…”" is a clause, not a label
        Np np = Np.backward(d, colon - 1, ts, true);
        if (np == null || np.start != ts || np.kind == Np.Kind.PRONOUN) return null;
        for (int i = colon + 1; i < te && i < colon + 6; i++) if (Cues.of(d.word[i]) != null) return null; // "Latest: Mourners say …"
        Attribution a = new Attribution(d.start(colon), d.end(colon), np, false);
        int last = te - 1;
        while (last + 1 < d.size() && d.paragraph(last + 1) == d.paraOfSent[s]) last++;
        a.content(d, d.start(colon + 1), d.end(lastContentToken(d, colon + 1, last + 1)));
        return a.hasContent() ? a : null;
    }

    private static Attribution verbAttribution(Doc d, int s, int k, Cues.Verb verb) {
        return verbAttribution(d, s, k, verb, k + 1);
    }

    /** @param cueEnd token just past the cue: past the particles of a phrasal verb ("talked about") */
    private static Attribution verbAttribution(Doc d, int s, int k, Cues.Verb verb, int cueEnd) {
        int ts = d.sentStart[s], te = d.sentEnd[s];
        if (verb.lemma().equals("point") && cueEnd == k + 1) {
            if (k + 1 >= te || !d.word[k + 1].equals("out")) return null;
            cueEnd = k + 2;
        }
        if (verb.lemma().equals("put")) { // "as Weiner put it, “…”"
            if (k + 1 >= te || !d.word[k + 1].equals("it")) return null;
            cueEnd = k + 2;
        }
        if ((verb.lemma().equals("ask") || verb.lemma().equals("request")) && k + 1 < te
                && (d.word[k + 1].equals("not") || d.word[k + 1].equals("anonymity"))) {
            return null; // "who asked not to be named", "requested anonymity": a condition, not a report
        }
        if (verb.lemma().equals("ask") && verb.past() && (k == ts || ASKED_LEADS.contains(Phrases.lower(d.word[k - 1])))
                && !activeCoordinatedAsk(d, k, ts)) {
            return askedClause(d, k, te);
        }
        if (verb.lemma().equals("appear") || verb.lemma().equals("seem")) {
            return appearance(d, k, ts, te);
        }
        // the subject: back over adverbs and auxiliaries
        if (k - 1 >= ts && Phrases.DETERMINERS.contains(Phrases.lower(d.word[k - 1])) && !countAsHead(d, k - 1, ts)) {
            return null; // "a call"
        }
        int j = k - 1;
        boolean passive = false;
        boolean objectInfinitive = false;
        while (j >= ts) {
            if (d.word[j].equals("to")) { // "continued to say" vs "urged Silicon Valley to find"
                if (j - 1 >= ts && (Phrases.BETWEEN.contains(Phrases.lower(d.word[j - 1])) || isPastOrPresentVerb(d.word[j - 1])
                        || INFINITIVE_LEADS.contains(Phrases.lower(d.word[j - 1])))) {
                    j--;
                    continue;
                }
                objectInfinitive = true;
                break;
            }
            if (d.word[j].equals(")")) { // "Rep. Earl Blumenauer (D-Ore.) said"
                int o = j - 1;
                while (o > ts && !d.word[o].equals("(") && j - o < 8) o--;
                if (!d.word[o].equals("(") || o - 1 < ts) break;
                j = o - 1;
                continue;
            }
            if (d.word[j].equals("ago") && j - 2 >= ts) { // "The State Department less than two weeks ago said"
                int b = j - 1;
                while (b > ts && b > j - 5 && (Phrases.isWord(d.word[b - 1]) && Character.isLowerCase(d.word[b - 1].charAt(0))
                        && !Phrases.DETERMINERS.contains(d.word[b - 1]) || Character.isDigit(d.word[b - 1].charAt(0))
                        || d.word[b - 1].equals("a") || d.word[b - 1].equals("two") || d.word[b - 1].equals("than"))) {
                    b--;
                }
                j = b - 1;
                continue;
            }
            if (j - 1 >= ts && isWeekday(d.word[j]) && (d.word[j - 1].equals("on") || d.word[j - 1].equals("On"))) {
                j -= 2; // "Donald Trump on Saturday tweeted"
                continue;
            }
            if (j - 2 >= ts && isTimeWord(d.word[j]) && TIME_LEADS.contains(d.word[j - 1])) {
                j -= 2; // "A survey in March found", "the senator last week said", "Trump in 2012 tweeted"
                continue;
            }
            int pp = midClausePhrase(d, j, ts);
            if (pp >= 0) {
                j = pp - 1; // "Trump earlier in the day touted", "Bush in a Medium post said": the subject is before it
                continue;
            }
            if ((d.word[j].equals("'s") || d.word[j].equals("’s")) && !verb.participle() && !verb.past()) {
                break; // "Lazar's claims", "Congress’s demand": a possessive before a noun, not "he's said"
            }
            if (Phrases.BETWEEN.contains(Phrases.lower(d.word[j])) || isAdverb(d.word[j])) {
                passive |= BE.contains(Phrases.lower(d.word[j])) && verb.past() && (!verb.lemma().equals("say")
                        || k + 1 < te && d.word[k + 1].equals("to")); // "he is said to have …" names no source
                j--;
            } else if ((d.word[j].equals("and") || d.word[j].equals("but")) && j - 1 >= ts && isPastOrPresentVerb(d.word[j - 1])
                    && !nounAfterModifier(d, j - 1, ts)) {
                j -= 2; // "he laughed and said"
            } else {
                break;
            }
        }
        Np subject = null;
        boolean inverted = false;
        if (objectInfinitive) {
            // "forcing candidates to address …", "leads experts to suspect …": the one caused speaks
            subject = controlledObject(d, j, ts);
            if (subject == null) subject = coordinatedSubject(d, j, ts); // "Byron York took a moment to point out …"
            if (subject == null) return null;
        } else if (j >= ts && (d.word[j].equals("and") || d.word[j].equals("but")) && !verb.participle()) {
            subject = coordinatedSubject(d, j, ts); // "Clinton called on Congress to act and said …"
            // "Farage said the President did not know what he was talking about, and accused …": a subject inside
            // the report of an earlier cue is not the one this verb shares
            Np main = mainClauseSubject(d, ts, j);
            if (main != null && (subject == null && (verb.past() || UNAMBIGUOUS_VERBS.contains(verb.lemma()))
                    || subject != null && main.end <= subject.start && cueBetween(d, main.end, subject.start))) {
                subject = main; // also "House Democrats, looking for a way out, seized the floor and said …"
            }
            if (subject == null) return null;
        } else if (j > ts && isDash(d.word[j]) && !verb.participle()) {
            subject = dashAppositiveSubject(d, j, ts); // "Gingrich — mentioned as a choice — told …"
        } else if (j >= ts && !d.word[j].equals(",") && !d.mark[j] && d.runOf[j] < 0) {
            subject = Np.backward(d, j, ts, verb.strength() == Cues.Strength.SPEECH || verb.past() && (j == k - 1 || passive));
            if (verb.participle() && j == ts && j == k - 1 && OPENING_PARTICIPLE_LEADS.contains(d.word[j])) {
                // "Besides attacking the senator, Trump asserted …": the subject of the clause after the comma
                subject = null;
                int c = cueEnd;
                while (c < te && !d.word[c].equals(",") && d.runOf[c] < 0) c++;
                if (c + 1 < te && d.word[c].equals(",")) {
                    Np after = Np.forward(d, c + 1, te, false);
                    if (after != null && after.end < te && verbAhead(d, after.end, te) && !after.pronounIt()) subject = after;
                }
                if (subject == null) return null;
            }
            if (verb.participle() && subject != null && subject.start - 1 > ts
                    && PARTICLES.contains(d.word[subject.start - 1])) {
                // "fired back a response saying …", "blasted out a robocall touting …": the sender says
                Np main = mainClauseSubject(d, ts, subject.start);
                if (main != null) subject = main;
            }
            // "Ayotte has spent nearly all of her time responding to …": the one who spends the time speaks
            if (verb.participle() && subject != null) {
                Np spender = spenderOf(d, subject.start, ts);
                if (spender != null) subject = spender;
            }
            // "Officials who spoke with The Huffington Post said", "A letter obtained by the AP warns": the noun
            // phrase before the relative clause is the subject, not the object inside it
            Np head = subject != null ? relativeHead(d, subject.start, ts) : null;
            if (head != null) subject = head;
            // "she issued a statement calling on …": that noun phrase is an object; the subject is before its verb
            if (subject != null && subject.kind != Np.Kind.PRONOUN && subject.start - 1 >= ts
                    && isPastOrPresentVerb(d.word[subject.start - 1]) && Cues.of(d.word[subject.start - 1]) == null
                    && !AUX.contains(d.word[subject.start - 1])) {
                Np real = coordinatedSubject(d, subject.start, ts);
                if (real != null) subject = real;
            }
            // "she gave a policy address on …", "he sounded a cautious note about …": a bare form right after a
            // singular article's phrase is a noun; the clause's subject is the source. After another singular
            // phrase ("Lee's most explosive claim is …") too, but then the phrase stays when no subject is found
            if (subject != null && subject.kind == Np.Kind.NOMINAL && j == k - 1 && subject.end == k
                    && Phrases.lower(d.word[k]).equals(verb.lemma())
                    && (SINGULAR_ARTICLES.contains(Phrases.lower(d.word[subject.start]))
                    || singularHead(d, subject, ts) && Character.isLowerCase(d.word[k].charAt(0))
                    && !SAME_PAST.contains(verb.lemma()))) {
                Np real = coordinatedSubject(d, subject.start, ts);
                if (real == null) real = mainClauseSubject(d, ts, subject.start);
                boolean article = SINGULAR_ARTICLES.contains(Phrases.lower(d.word[subject.start]));
                if (real == null && article) return null;
                if (real != null) subject = real;
            }
        } else if (j >= ts && d.word[j].equals(",") && !verb.participle()) {
            // "…, said an American official who …": an inverted source beats an appositive reading of the left
            subject = !INVERTING.contains(verb.lemma()) || !clearlyInverted(d, cueEnd, te) ? appositiveSubject(d, j, ts) : null;
        }
        if (subject == null && !verb.participle()) {
            // "…,” said Leavitt" / "…, says the report"
            boolean afterQuoteOrComma = j < ts || d.word[j].equals(",") || d.mark[j] || d.runOf[j] >= 0;
            if (afterQuoteOrComma) {
                subject = invertedSource(d, cueEnd, te);
                inverted = subject != null;
            }
        }
        if (subject == null && verb.participle() && j >= ts && (d.word[j].equals(",") || PARTICIPLE_LEADS.contains(d.word[j]))) {
            // "Trump revised the plan, saying that …": the main clause's subject, not one of a clause inside it
            // ("Bush, with whom he clashed, called him …")
            // "“A,” said Sherman, speaking of X, “and B”": a run right after a comma or "to" goes on with the earlier
            // cue's quotation, so the participle makes no attribution of its own; otherwise it shares that speaker
            if (!continuationRunAfter(d, cueEnd, te)) subject = speakerOfEarlierCue(d, ts, j);
            if (subject == null) {
                subject = mainClauseSubject(d, ts, j);
                // "Trump painted a dire portrait as he accepted the nomination, delivering …": the participle
                // goes with the subordinate clause right before it
                Np near = subject != null ? coordinatedSubject(d, j, ts) : null;
                if (near != null && near.start >= subject.end && (afterSubordinator(d, near.start, ts)
                        || afterClauseConjunction(d, near.start, ts))) {
                    subject = near;
                }
            }
            if (subject == null) subject = coordinatedSubject(d, j, ts);
            if (subject == null) subject = Np.clauseSubject(d, ts, j);
        }
        if (subject == null) return null;
        if (verb.strength() == Cues.Strength.COGNITION && subject.pronounIt()) return null;
        // "Clinton was asked whether …": the subject is the hearer; the text names no source
        Np source = subject;
        if (passive && !inverted) {
            // "he was accused by a reporter of …": the agent after "by" is the source; "others are determined
            // to …", "she is worried about …": a state of mind is its subject's; "Clinton was asked": no source
            Np agent = NO_AGENT_SOURCE.contains(verb.lemma()) ? null : passiveAgent(d, cueEnd, te);
            if (agent == null && !NO_AGENT_SOURCE.contains(verb.lemma())) agent = laterAgent(d, cueEnd, te);
            source = agent;
            // "Democratic leaders are worried about …", "they are focused on …": a state of mind is its subject's
            if (source == null && STATE_OF_MIND.contains(Phrases.lower(d.word[k])) && !subject.pronounIt()) {
                source = subject;
            }
        }
        if (source != null && reducedRelativeNaming(d, k, ts, te, verb, passive)) {
            source = null; // "a website called Real Voters", "the contests known as Super Tuesday": the noun is named
        }
        Attribution a = new Attribution(d.start(k), d.end(cueEnd - 1), source, false);
        a.stance = verb.strength() == Cues.Strength.COGNITION;
        if (inverted) {
            int left = trimLeftEnd(d, ts, k);
            boolean leftOk = left > ts || startsInsideEarlierRun(d, ts);
            if (!leftOk) {
                if (k != ts) return null;
                Attribution after = sentenceInitialInverted(d, a, subject, te);
                return after != null || !attachPreviousQuestion(d, a, ts) ? after : a; // "“Great!” beamed Ann Lee."
            }
            leftContent(d, a, ts, left);
            splitContinuation(d, a, subject.end, te);
            return a;
        }
        int right = cueEnd;
        if (verb.object()) right = skipObject(d, right, te);
        while (right < te && (d.word[right].equals(",") || d.word[right].equals(":"))) right++;
        int rightLast = right < te ? lastContentToken(d, right, te) : -1;
        if (subject.kind == Np.Kind.PRONOUN && (subject.headWord.equals("who") || subject.headWord.equals("which"))
                && subject.start > ts && d.word[subject.start - 1].equals(",")) {
            rightLast = relativeClauseEnd(d, right, rightLast); // "Reid, who endorsed Clinton, reiterated …"
        }
        boolean rightHasRun = right < te && anyRun(d, right, te);
        // "…, said Lena Okafor, who said she …": the words before a relative pronoun are its antecedent's
        int leftEnd = isRelativePronoun(subject) ? ts : subjectLeftEnd(d, subject.start, ts);
        if (leftEnd == ts && !inverted) leftEnd = quotationBeforeSubject(d, subject.start, ts);
        boolean leftMaterial = leftEnd > ts || (leftEnd == ts && startsInsideEarlierRun(d, ts)
                && subject.start > ts);
        // "…,” said Ann Lee, who declined to …": a relative clause's words before "who" are another's content
        if (subject.kind == Np.Kind.PRONOUN && (subject.headWord.equals("who") || subject.headWord.equals("which"))
                && subject.start > ts && d.word[subject.start - 1].equals(",") && rightLast > right) {
            leftMaterial = false;
        }
        boolean rightAdverbial = rightLast < right || isAdverbial(d, right, te) && !rightHasRun;
        // "voters want to limit immigration", "is expected to win": the infinitive is the content
        if (rightAdverbial && rightLast > right && d.word[right].equals("to") && TAKES_INFINITIVE.contains(verb.lemma())
                && Phrases.isWord(d.word[right + 1]) && Character.isLowerCase(d.word[right + 1].charAt(0))
                && !Phrases.DETERMINERS.contains(Phrases.lower(d.word[right + 1]))) {
            rightAdverbial = false;
        }
        // "was widely seen as a demotion", "is viewed as the favourite": the "as" phrase is the content
        if (rightAdverbial && passive && !inverted && rightLast > right && d.word[right].equals("as")) {
            rightAdverbial = false;
        }
        // "Trump's numbers are not as toxic as most insiders believe.": the clause before "as" / "than"
        if ((rightLast < right || rightAdverbial && !rightHasRun) && !inverted && !verb.participle()
                && subject.start - 2 > ts && d.runOf[subject.start - 1] < 0
                && (d.word[subject.start - 1].equals("than") || d.word[subject.start - 1].equals("as")
                && comparativeAs(d, subject.start - 1, ts))) {
            int end = subject.start - 2;
            int from = clauseStart(d, end + 1);
            if (end - from >= 2) {
                a.content(d, d.start(from), d.end(end));
                return a;
            }
        }
        if (verb.strength() == Cues.Strength.COGNITION && (leftMaterial && rightAdverbial || rightLast < right)) {
            return null; // "as he hoped" is no attribution
        }
        boolean participleTail = right > cueEnd && right < te && d.word[right - 1].equals(",")
                && d.word[right].endsWith("ing") && Character.isLowerCase(d.word[right].charAt(0));
        if (!leftMaterial && subject.start == ts && (rightAdverbial || participleTail) && !verb.participle()
                && attachPreviousQuestion(d, a, ts)) {
            return a; // "“Is he ready?” Clinton remarked."
        }
        // "On Sunday, Ann Lee said if …" / "In an interview, she said …": an opening adverbial is no content
        boolean leftOnlyAdverbial = leftMaterial && !leftHasRun(d, ts, leftEnd) && rightLast > right
                && adverbialOpening(d, ts, leftEnd);
        if (leftMaterial && !leftOnlyAdverbial && (rightAdverbial || leftHasRun(d, ts, leftEnd) && !verb.participle())) {
            leftContent(d, a, ts, leftEnd);
            splitContinuation(d, a, cueEnd, te);
            return a;
        }
        if (rightLast > right || rightLast == right && (d.runOf[right] >= 0 || Phrases.isWord(d.word[right]))) {
            // "If Sanders would debate, de Blasio tweeted, “…”": a clause on each side of the attribution
            int quoted = introducedRun(d, right, rightLast);
            if (quoted >= 0 && leftMaterial && !leftHasRun(d, ts, leftEnd) && leftEnd - ts >= 4 && !verb.participle()) {
                a.content(d, d.start(ts), d.end(leftEnd - 1));
            }
            a.content(d, d.start(quoted >= 0 ? quoted : right), d.end(rightLast));
            return a;
        }
        // "Cruz continued:" closing its paragraph: the content is the next paragraph
        if (cueEnd <= te && endsWithColon(d, k, te)) {
            int next = te;
            if (next < d.size() && d.paragraph(next) != d.paragraph(k)) {
                int p = d.paragraph(next);
                int last = next;
                while (last + 1 < d.size() && d.paragraph(last + 1) == p) last++;
                a.content(d, d.start(next), d.end(last));
                return a;
            }
        }
        return null;
    }

    /**
     * The content left of an attribution ending at token {@code leftEnd} (exclusive): the quotation right before
     * it when there is one ("… “A,” she said"), else the clause from the sentence start.
     */
    private static void leftContent(Doc d, Attribution a, int ts, int leftEnd) {
        int last = Math.max(ts, leftEnd - 1);
        int r = d.runOf[last];
        if (r >= 0 && !isFragment(d, d.runs.get(r))) {
            Span o = d.runs.get(r).outer();
            a.content(d, o.start(), o.end());
            return;
        }
        a.content(d, d.start(ts), d.end(last));
    }

    /**
     * When the right side is adverbials then a quotation after a comma or colon ("wrote on Facebook: “…”"), the
     * quotation's first token; else -1.
     */
    private static int introducedRun(Doc d, int from, int last) {
        for (int i = from; i <= last && i < from + 12; i++) {
            if (d.runOf[i] >= 0) {
                return i > from && (d.word[i - 1].equals(",") || d.word[i - 1].equals(":")) ? i : -1;
            }
            if (d.word[i].equals("that") || Cues.of(d.word[i]) != null) return -1;
        }
        return -1;
    }

    /**
     * "Quist smiled and asked workers whether …": after "and"/"but", "asked" shares an active subject unless the verb
     * before it is passive ("was interviewed and asked whether …").
     */
    private static boolean activeCoordinatedAsk(Doc d, int k, int ts) {
        if (k - 2 < ts || !(d.word[k - 1].equals("and") || d.word[k - 1].equals("but"))) return false;
        for (int i = k - 2; i >= ts && i >= k - 8; i--) {
            String w = Phrases.lower(d.word[i]);
            if (BE.contains(w) || w.equals("being") || w.equals("been") || w.equals(",") || d.runOf[i] >= 0) return false;
            if (isPastOrPresentVerb(d.word[i]) && i - 1 >= ts && !BE.contains(Phrases.lower(d.word[i - 1]))
                    && !Phrases.lower(d.word[i - 1]).equals("been") && !Phrases.lower(d.word[i - 1]).equals("being")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> ASKED_LEADS = java.util.Set.of("when", "after", "if", "once", "being",
            "while", "and", "but");
    private static final java.util.Set<String> QUESTION_WORDS = java.util.Set.of("whether", "if", "about", "why", "how",
            "what", "who", "whom", "which", "when", "where", "to", "for");

    /**
     * "Asked on Monday whether he would run, Smith said …" / "… when asked by a reporter about the deal": the
     * question is the content; its asker (after "by") the source, else none.
     */
    private static Attribution askedClause(Doc d, int k, int te) {
        Np asker = null;
        int i = k + 1;
        if (i < te && d.word[i].equals("by")) {
            asker = Np.forward(d, i + 1, te, true);
            if (asker != null) i = asker.end;
        }
        int q = -1;
        for (int j = i; j < te && j < i + 8; j++) {
            if (QUESTION_WORDS.contains(Phrases.lower(d.word[j])) || d.runOf[j] >= 0) {
                q = j;
                break;
            }
            if (d.word[j].equals(",")) break;
        }
        if (q < 0) return null;
        int end = q;
        while (end + 1 < te && !d.word[end + 1].equals(",") && d.runOf[end + 1] < 0) end++;
        end = Math.max(q, lastContentToken(d, q, end + 1));
        Attribution a = new Attribution(d.start(k), d.end(k), asker, false);
        a.content(d, d.start(q), d.end(end));
        return a;
    }

    /** "The foundation appeared to push aides …": no source; the content is the clause around the verb. */
    private static final java.util.Set<String> SHOWING_UP = java.util.Set.of("on", "at", "before", "alongside", "onstage",
            "together", "with");

    private static Attribution appearance(Doc d, int k, int ts, int te) {
        if (k + 1 >= te) return null;
        String next = Phrases.lower(d.word[k + 1]);
        if (!next.equals("to") && !Phrases.isWord(next)) return null;
        // "Schilling appeared on a radio show", "she appeared before supporters": showing up, not seeming
        if (SHOWING_UP.contains(next) && Character.isLowerCase(d.word[k].charAt(0))) return null; // not in a Title Case headline
        int from = clauseStart(d, k);
        int last = lastContentToken(d, k + 1, te);
        if (from >= k || last <= k) return null;
        for (int i = from; i < k; i++) if (Cues.of(d.word[i]) != null) return null;
        Attribution a = new Attribution(d.start(k), d.end(k), null, false);
        a.stance = true;
        a.content(d, d.start(from), d.end(last));
        return a;
    }

    /** "In the poll, Clinton led …" / "In a statement, the group said …": a document as the source. */
    private static Attribution inDocument(Doc d, int s) {
        int ts = d.sentStart[s], te = d.sentEnd[s];
        if (te - ts < 5 || !d.word[ts].equals("In")) return null;
        int comma = -1;
        for (int i = ts + 1; i < te && i <= ts + 9; i++) {
            if (d.word[i].equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < ts + 2) return null;
        String head = Phrases.lower(d.word[comma - 1]);
        if (!DOCUMENT_HEADS.contains(head)) return null;
        // "In a statement, Brian Fallon, a spokesman, said: …": the sentence has its own cue
        for (int i = comma + 1; i < te; i++) if (d.runOf[i] < 0 && Cues.of(d.word[i]) != null) return null;
        Np src = Np.forward(d, ts + 1, comma, true);
        if (src == null) return null;
        int last = lastContentToken(d, comma + 1, te);
        if (last <= comma) return null;
        Attribution a = new Attribution(d.start(ts), d.end(ts), src, false);
        a.content(d, d.start(comma + 1), d.end(last));
        return a;
    }

    private static final java.util.Set<String> OBJECT_PRONOUNS = java.util.Set.of("him", "her", "them", "me", "us");

    /**
     * "To many, the senator is a hero." / "But to Ann Lee, the choice is clear.": a person or group before the comma
     * holds the view the rest of the sentence states.
     */
    private static Attribution perspective(Doc d, int s) {
        int ts = d.sentStart[s], te = d.sentEnd[s];
        int i = ts;
        if (i < te && (d.word[i].equals("But") || d.word[i].equals("And"))) i++;
        if (i + 3 >= te || !d.word[i].equalsIgnoreCase("to")) return null; // "For X, …" is too often a topic
        int comma = -1;
        for (int c = i + 2; c < te && c <= i + 8; c++) {
            if (d.runOf[c] >= 0) return null;
            if (d.word[c].equals(",")) {
                comma = c;
                break;
            }
        }
        if (comma < 0) return null;
        Np holder;
        String first = Phrases.lower(d.word[i + 1]);
        if (comma == i + 2 && OBJECT_PRONOUNS.contains(first)) {
            holder = Np.possessivePronoun(d, i + 1);
        } else {
            holder = Np.backward(d, comma - 1, i + 1, false);
            if (holder == null || holder.start != i + 1 && !Phrases.DETERMINERS.contains(Phrases.lower(d.word[i + 1]))) {
                return null;
            }
            boolean person = holder.kind == Np.Kind.NAME || Phrases.SOURCE_NOUNS.contains(holder.headWord);
            if (!person) return null;
        }
        int last = lastContentToken(d, comma + 1, te);
        if (last - comma < 3) return null;
        for (int k = comma + 1; k < comma + 6 && k < te; k++) {
            Cues.Verb v = Cues.of(d.word[k]);
            if (v != null && v.strength() == Cues.Strength.SPEECH) return null; // "For years, he said …"
        }
        Attribution a = new Attribution(d.start(i), d.end(i), holder, false);
        a.stance = true;
        a.content(d, d.start(comma + 1), d.end(last));
        return a;
    }

    /** Documents that measure rather than state: "Trump leads by 20 points in the latest poll". */
    private static final java.util.Set<String> MEASURES = java.util.Set.of("poll", "polls", "survey", "surveys",
            "study", "studies", "analysis", "report", "census", "count", "tally");

    /**
     * "Clinton leads by 6 points in the latest NBC poll.": a sentence that ends with "in" and a poll or report;
     * the poll is the source of the clause before it.
     */
    private static Attribution trailingDocument(Doc d, int s) {
        int ts = d.sentStart[s], te = d.sentEnd[s];
        int last = lastContentToken(d, ts, te);
        if (last - ts < 5 || d.runOf[last] >= 0 || !MEASURES.contains(Phrases.lower(d.word[last]))) return null;
        int in = -1;
        for (int i = last - 1; i > ts + 2 && i >= last - 12; i--) {
            if (d.runOf[i] >= 0 || d.word[i].equals(",")) return null;
            if (d.word[i].equals("in")) {
                in = i;
                break;
            }
        }
        if (in < 0) return null;
        for (int i = ts; i < in; i++) if (Cues.of(d.word[i]) != null || d.runOf[i] >= 0) return null;
        Np src = Np.forward(d, in + 1, last + 1, true);
        if (src == null) return null;
        int end = trimLeftEnd(d, ts, in);
        if (end <= ts + 2) return null;
        Attribution a = new Attribution(d.start(in), d.end(in), src, false);
        a.stance = true;
        a.content(d, d.start(ts), d.end(end - 1));
        return a;
    }

    private static final java.util.Set<String> DOCUMENT_HEADS = java.util.Set.of("poll", "survey", "statement",
            "interview", "report", "study", "letter", "memo", "email", "op-ed", "speech", "tweet", "post", "filing",
            "complaint", "lawsuit", "ruling", "opinion", "editorial", "column", "essay", "book", "analysis",
            "release", "remarks", "testimony", "transcript", "readout", "video", "ad", "advertisement", "message",
            "note", "emails", "polls", "surveys", "documents", "records");

    /**
     * "Mike Smith, a Republican strategist, said", "Trump, who ..., said", "a spokeswoman, Ann White, said",
     * "Rep. Eli Cole (D-Md.), chair of the panel, said": the subject before the comma pair.
     */
    private static Np appositiveSubject(Doc d, int comma, int ts) {
        if (comma - 1 > ts && d.word[comma - 1].equals(")")) { // "Gov. John Kasich (R-OH), said"
            int o = comma - 2;
            while (o > ts && !d.word[o].equals("(") && comma - o < 8) o--;
            if (d.word[o].equals("(") && o - 1 >= ts) {
                Np np = Np.backward(d, o - 1, ts, true);
                if (np != null && np.kind == Np.Kind.NAME) {
                    return np.extendTo(comma - 1);
                }
            }
        }
        for (int c = comma - 1; c >= ts && c >= comma - 45; c--) {
            if (d.runOf[c] >= 0 && isFragment(d, d.runs.get(d.runOf[c]))) { // "wearing “Ted Cruz” pins,"
                int r = d.runOf[c];
                while (c > ts && d.runOf[c - 1] == r) c--;
                continue;
            }
            if (d.mark[c] || d.runOf[c] >= 0) return null;
            if (!d.word[c].equals(",")) continue;
            if (c + 1 >= comma || c - 1 < ts) return null;
            String firstWord = d.word[c + 1];
            String first = Phrases.lower(firstWord);
            // the inner part is a name: "a spokeswoman, Ann White, said"
            boolean allNames = true;
            for (int i = c + 1; i < comma; i++) {
                String w = d.word[i];
                if (!Phrases.isNamePart(w) && !Phrases.TITLES.contains(w)
                        && !(w.equals("and") && i > c + 1 && i + 1 < comma)) { // "David and Jeanne Heidler"
                    allNames = false;
                }
            }
            if (allNames && comma - c <= 5) {
                Np before = Np.backward(d, c - 1, ts, true);
                Np inner = Np.backward(d, comma - 1, c + 1, true);
                // "a meeting in Columbus, Ohio, said": a place after a preposition, not a renamed source
                boolean place = before != null && before.kind == Np.Kind.NAME && before.start - 1 >= ts
                        && PLACE_PREPOSITIONS.contains(d.word[before.start - 1]);
                if (inner != null && before != null && !place) return inner;
                if (place) continue;
            }
            boolean appositive = first.equals("who") || first.equals("whose") || first.equals("which")
                    || Phrases.DETERMINERS.contains(first)
                    || Phrases.isWord(firstWord) && Character.isLowerCase(firstWord.charAt(0))
                    || Character.isDigit(first.charAt(0)) || Phrases.TITLES.contains(firstWord)
                    || roleAfterName(d, c + 1, comma) || partyAndState(firstWord) && comma - c <= 3;
            if (!appositive) continue; // "Houston, Texas," inside the appositive: look further back
            int h = c - 1;
            if (Character.isDigit(d.word[h].charAt(0)) && h - 2 >= ts && d.word[h - 1].equals(",")) {
                h -= 2; // "Ramil Carr, 31, a photographer, said": skip the age
            }
            if (d.word[h].equals(")")) { // "Rep. Eli Cole (D-Md.)"
                int o = h - 1;
                while (o > ts && !d.word[o].equals("(") && h - o < 8) o--;
                if (!d.word[o].equals("(") || o - 1 < ts) return null;
                h = o - 1;
            }
            Np np = Np.backward(d, h, ts, true);
            if (np == null || np.kind == Np.Kind.NOMINAL && !np.determined && !Phrases.SOURCE_NOUNS.contains(np.headWord)) {
                return null; // "Cyber security experts and officials, however, said": a bare plural source is fine
            }
            Np head = chainHead(d, np, ts);
            return (head != null ? head : np).extendTo(comma - 1);
        }
        return null;
    }

    /**
     * Last content token of a relative clause set off by commas ("X, who has seen the messages, agreed"): before
     * the comma that closes it, when a verb follows that comma; else {@code last} unchanged.
     */
    private static int relativeClauseEnd(Doc d, int from, int last) {
        for (int i = from; i < last; i++) {
            if (d.runOf[i] >= 0) return last;
            if (d.word[i].equals(",") && i + 1 <= last) {
                String next = d.word[i + 1];
                if (isPastOrPresentVerb(next) || Phrases.BETWEEN.contains(Phrases.lower(next)) && !isAdverb(next)) {
                    return lastContentToken(d, from, i);
                }
            }
        }
        return last;
    }

    /** Passives whose "by" phrase is no source of words: "known by the acronym", "called by its name". */
    private static final java.util.Set<String> NO_AGENT_SOURCE = java.util.Set.of("know", "call", "find",
            "show", "dub", "label", "brand", "name", "back", "support", "sign",
            "pass", "adopt", "nominate", "approve", "order", "read", "write");

    /** Past participles that, after "is"/"are", state a state of mind of the subject ("is worried about"). */
    private static final java.util.Set<String> STATE_OF_MIND = java.util.Set.of("worried", "concerned", "focused",
            "convinced", "committed", "frustrated", "alarmed", "pleased", "disappointed", "troubled",
            "encouraged", "dismayed", "outraged", "delighted", "satisfied", "unconvinced", "resigned", "obsessed");

    /** The source right after the cue of "…, said Ann Lee." / "…, said Ann Lee of the council"; not "…, said the days when …". */
    private static Np invertedSource(Doc d, int cueEnd, int te) {
        Np subject = Np.forward(d, cueEnd, te, false);
        if (subject != null && subject.end < te && !INVERTED_TAIL.contains(Phrases.lower(d.word[subject.end]))
                && Phrases.isWord(d.word[subject.end])) {
            return null;
        }
        return subject;
    }

    /** Verbs that news prose puts before their source ("…, said Ann Lee"; "…, writes the author"). */
    private static final java.util.Set<String> INVERTING = java.util.Set.of("say", "write", "add", "note", "explain");

    /** "…, said an American official who …" / "…, said Ann Lee.": a source after the cue that ends the sentence or opens a relative clause. */
    private static boolean clearlyInverted(Doc d, int cueEnd, int te) {
        Np np = invertedSource(d, cueEnd, te);
        if (np == null || np.kind == Np.Kind.PRONOUN) return false;
        int after = np.end;
        return after >= te || isTrailingPunct(d.word[after]) && (after + 1 >= te || d.word[after].equals(","))
                && (after + 1 >= te || Phrases.DETERMINERS.contains(Phrases.lower(d.word[after + 1]))
                || Phrases.lower(d.word[after + 1]).equals("who")) || d.word[after].equals("who");
    }

    /**
     * A past participle with its agent: "a plan opposed by the unions", "Her remarks were first reported by The
     * Times", "As reported by the paper, the pier …". The agent is the source; the content is what the
     * participle describes (the phrase or subject before it), or, after "As", the clause after the agent.
     */
    private static Attribution passiveByAgent(Doc d, int s, int k) {
        int ts = d.sentStart[s], te = d.sentEnd[s];
        int by = k + 1;
        while (by < te && by <= k + 2 && isAdverb(d.word[by])) by++;
        if (by + 1 >= te || !d.word[by].equals("by")) return null;
        Cues.Verb verb = Cues.of(d.word[k]);
        if (verb == null || verb.lemma().equals("say")) return null; // "said by telephone"
        Np agent = Np.forward(d, by + 1, te, true);
        if (agent == null || agent.kind == Np.Kind.NOMINAL && !agent.determined
                && !Phrases.SOURCE_NOUNS.contains(agent.headWord)) {
            return null;
        }
        int j = k - 1;
        while (j >= ts && (BE.contains(Phrases.lower(d.word[j])) || AUX.contains(Phrases.lower(d.word[j]))
                || isAdverb(d.word[j]) || Phrases.lower(d.word[j]).equals("first") || d.word[j].equals("not"))) {
            j--;
        }
        Attribution a = new Attribution(d.start(k), d.end(k), agent, false);
        if (j >= ts && d.word[j].equalsIgnoreCase("as") && (j == ts || d.word[j - 1].equals(","))) {
            int c = agent.end; // "As reported by the paper, …"
            while (c < te && !d.word[c].equals(",") && c < agent.end + 8) c++;
            int last = c < te ? lastContentToken(d, c + 1, te) : -1;
            if (last <= c) return null;
            a.content(d, d.start(c + 1), d.end(last));
            return a;
        }
        // "he was criticized by libertarians for …": words after the agent are the content the usual rules take
        int after = agent.end;
        if (after < te && !d.word[after].equals(",") && lastContentToken(d, after, te) - after >= 2) return null;
        int end = j;
        while (end >= ts && d.word[end].equals(",")) end--;
        if (end < ts || d.runOf[end] >= 0 && !isFragment(d, d.runs.get(d.runOf[end]))
                || !Phrases.isWord(d.word[end]) && d.runOf[end] < 0) {
            return null;
        }
        int from = clauseStart(d, end + 1);
        if (from > end) from = ts;
        a.content(d, d.start(from), d.end(end));
        return a;
    }

    /** The agent of a passive cue: "by" right after it, or after a short adverb ("criticized harshly by"). */
    private static Np passiveAgent(Doc d, int after, int te) {
        for (int i = after; i < te && i <= after + 1; i++) {
            if (d.word[i].equals("by")) return Np.forward(d, i + 1, te, true);
            if (!isAdverb(d.word[i])) return null;
        }
        return null;
    }

    /**
     * "was recommended for the job by Ann Lee", "had been asked to wait by the committee": a "by" agent a few words
     * after the cue, still in its clause, naming a person or body (not "by Thursday", "by saying", "by 20 points").
     */
    private static Np laterAgent(Doc d, int after, int te) {
        for (int i = after; i < te && i <= after + 10; i++) {
            String w = d.word[i];
            if (d.runOf[i] >= 0 || d.mark[i] || w.equals("that") || w.equals(";") || isDash(w) || Cues.of(w) != null
                    || SUBORDINATORS.contains(Phrases.lower(w)) || Phrases.SUBJECT_PRONOUNS.contains(Phrases.lower(w))) {
                return null;
            }
            if (!w.equals("by") || i + 1 >= te) continue;
            String prev = d.word[i - 1];
            if (i > after && (isPastOrPresentVerb(prev) || Character.isLowerCase(prev.charAt(0)) && prev.length() > 4
                    && (prev.endsWith("en") || prev.endsWith("wn")))) {
                return null; // "a case brought by …", "a route chosen by …": another verb's agent
            }
            String next = d.word[i + 1];
            if (!Phrases.isWord(next) || next.endsWith("ing") || isTimeWord(next) || isWeekday(next)
                    || MONTHS.contains(next) || Character.isLowerCase(next.charAt(0)) && !Phrases.DETERMINERS.contains(next)) {
                return null;
            }
            Np np = Np.forward(d, i + 1, te, false);
            if (np == null || np.kind == Np.Kind.PRONOUN || isTimeWord(np.headWord) || np.headWord.equals("margin")) return null;
            return np;
        }
        return null;
    }

    private static boolean isDash(String w) {
        return w.equals("—") || w.equals("--") || w.equals("–") || w.equals("―"); // em, double hyphen, en, bar
    }

    /** The name or pronoun before a dash pair whose closing dash is token {@code dash}. */
    private static Np dashAppositiveSubject(Doc d, int dash, int ts) {
        for (int c = dash - 2; c > ts && c >= dash - 40; c--) {
            if (d.mark[c] || d.runOf[c] >= 0) return null;
            if (!isDash(d.word[c])) continue;
            Np np = Np.backward(d, c - 1, ts, true);
            if (np == null || np.kind == Np.Kind.NOMINAL && !np.determined) return null;
            return np;
        }
        return null;
    }

    /**
     * "the State of the Union address", "the next address": a singular noun or name right before a bare form leaves
     * it no finite verb, so the form is the head noun (not "the data show", "Lee and Ruiz address").
     */
    private static boolean singularHead(Doc d, Np np, int ts) {
        String h = np.headWord;
        if (h.endsWith("s") || h.endsWith("ing") || IRREGULAR_PLURALS.contains(h) || !Phrases.isWord(h)
                || Character.isDigit(h.charAt(0)) || NUMBER_WORDS.contains(h)) {
            return false;
        }
        if (np.start > ts) {
            String before = Phrases.lower(d.word[np.start - 1]);
            if (before.equals("and") || before.equals("&") || before.equals(",") || before.equals("or")) return false;
        }
        return true;
    }

    /** Verbs whose past tense is their bare form ("the statement read"). */
    private static final java.util.Set<String> SAME_PAST = java.util.Set.of("read", "put", "cut", "set", "let", "hit",
            "bet", "cast", "broadcast", "forecast", "spread", "quit", "upset");

    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand", "million", "percent", "both", "few", "many");

    private static final java.util.Set<String> IRREGULAR_PLURALS = java.util.Set.of("people", "police", "media",
            "data", "children", "men", "women", "staff", "public", "clergy", "personnel", "majority", "minority",
            "crowd", "team", "government", "family", "couple", "army", "press", "youth", "faithful");

    /** Articles after which a bare verb form is a noun ("a policy address", "a cautious note"). */
    private static final java.util.Set<String> SINGULAR_ARTICLES = java.util.Set.of("a", "an", "another", "each", "every");

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("back", "out", "up", "off");

    private static final java.util.Set<String> OBJECT_PREPOSITIONS = java.util.Set.of("with", "to", "by", "for", "at",
            "in", "on", "from", "about");

    /** The noun phrase a relative or participle clause ending at {@code start} hangs from, or null. */
    private static Np relativeHead(Doc d, int start, int ts) {
        if (start - 2 < ts || !OBJECT_PREPOSITIONS.contains(d.word[start - 1])) return null;
        if (d.word[start - 1].equals("by") && d.word[start - 2].endsWith("ed") && start - 3 >= ts) {
            Np np = Np.backward(d, start - 3, ts, true); // "a letter obtained by …"
            if (np != null && np.kind != Np.Kind.PRONOUN && np.determined) return np;
        }
        for (int i = start - 2; i > ts && i >= start - 12; i--) {
            String w = d.word[i];
            if (w.equals(",") || d.mark[i] || d.runOf[i] >= 0) return null;
            if (i == start - 2 && w.length() > 5 && w.endsWith("ing") && Character.isLowerCase(w.charAt(0)) && i - 1 >= ts) {
                // "Another source speaking to Fox News said": the noun phrase before the participle speaks
                Np np = Np.backward(d, i - 1, ts, true);
                if (np != null && np.end == i && np.kind != Np.Kind.PRONOUN && (np.kind == Np.Kind.NAME || np.determined
                        || np.headWord.endsWith("s"))) {
                    return np;
                }
                return null;
            }
            if (w.equals("who") || w.equals("that")) {
                Np np = Np.backward(d, i - 1, ts, true);
                if (np != null && np.kind != Np.Kind.PRONOUN && (np.kind == Np.Kind.NAME || np.determined
                        || np.headWord.endsWith("s"))) {
                    return np;
                }
                return null;
            }
        }
        return null;
    }

    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "of", "from", "at", "near",
            "outside", "to");

    /** "Sanders' campaign manager", "Twitter's director of political advertising": a name's role, ending in a noun. */
    private static boolean roleAfterName(Doc d, int from, int to) {
        String last = d.word[to - 1];
        if (!Phrases.isWord(last) || !Character.isLowerCase(last.charAt(0)) || Cues.of(last) != null) return false;
        for (int i = from + 1; i < to; i++) {
            String w = d.word[i];
            if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")) return true;
        }
        return Phrases.isNamePart(d.word[from]) && Character.isLowerCase(d.word[from + 1 < to ? from + 1 : from].charAt(0));
    }

    /** "R-Wis.", "D-Md": a party and state after a legislator's name. */
    private static boolean partyAndState(String w) {
        return w.length() >= 4 && w.length() <= 8 && "RDI".indexOf(w.charAt(0)) >= 0 && w.charAt(1) == '-'
                && Character.isUpperCase(w.charAt(2));
    }

    /**
     * "“…,” Harry Bond, 30, of Raleigh, N.C., who …, said": when a quotation or the sentence start comes shortly
     * before, through commas, the source is the name right after it, not the last name of the chain.
     */
    private static Np chainHead(Doc d, Np np, int ts) {
        int i = np.start - 1;
        boolean comma = false;
        while (i >= ts && !d.mark[i] && d.runOf[i] < 0 && i > np.start - 12) {
            if (d.word[i].equals(",")) comma = true;
            i--;
        }
        if (!comma || i >= ts && !d.mark[i] && d.runOf[i] < 0) return null;
        int first = i + 1;
        if (first < np.start && (opensWithAdverbial(d.word[first]) || isParticipleOpener(d.word[first]))) {
            // "Similarly, William J. Bennett, a Reagan education secretary, said", "Alarmed by the unrest, Reid, …"
            int c = first + 1;
            while (c < np.start && !d.word[c].equals(",")) c++;
            if (c < np.start) first = c + 1;
        }
        if (first >= np.start || !Phrases.isNamePart(d.word[first]) && !Phrases.TITLES.contains(d.word[first])) return null;
        int e = first;
        while (e + 1 < np.start && (Phrases.isNamePart(d.word[e + 1]) || Phrases.TITLES.contains(d.word[e + 1])
                || d.word[e + 1].length() == 2 && d.word[e + 1].endsWith("."))) {
            e++;
        }
        return Np.backward(d, e, first, true);
    }

    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("when", "if", "after", "while", "as",
            "although", "though", "because", "since", "before", "once", "until", "unless", "whereas", "whether");

    /**
     * The subject of the sentence's main clause before token {@code end}: after a leading subordinate clause
     * ("When Rubio did take Trump on, he …") or a dateline ("WASHINGTON —"), the first name or pronoun, when a
     * verb follows it within the clause. Null when there is none.
     */
    private static Np mainClauseSubject(Doc d, int ts, int end) {
        int from = ts;
        while (from < end && (d.mark[from] || d.word[from].equals("And") || d.word[from].equals("But"))) from++;
        // "Moments later Horowitz …" without a comma: a time noun and "later"/"earlier" open the sentence
        if (from + 2 < end && (d.word[from + 1].equals("later") || d.word[from + 1].equals("earlier"))
                && java.util.Set.of("Moments", "Seconds", "Minutes", "Hours", "Days", "Weeks", "Months", "Years").contains(d.word[from])) {
            from += 2;
        }
        // "PARIS, Aug 31 (Reuters) - In response to …, she …": the dateline comes before any opening phrase
        from = afterDateline(d, from, end);
        // "Hours later, Trump …", "A few days later, he …", "More recently, she …": an opening time phrase
        for (int c = from + 1; c < end && c <= from + 5; c++) {
            if (!d.word[c].equals(",")) continue;
            if (TIME_CLOSERS.contains(d.word[c - 1])) from = c + 1;
            break;
        }
        // "Last month, when I asked him, he …": one opening phrase or subordinate clause after another
        for (int round = 0; round < 3 && from < end
                && (SUBORDINATORS.contains(Phrases.lower(d.word[from])) || opensWithAdverbial(d.word[from])); round++) {
            int c = from + 1;
            boolean clause = false; // "By Sunday afternoon she had canceled …": the opener ended without a comma
            while (c < end && !d.word[c].equals(",")) {
                String lw = Phrases.lower(d.word[c]);
                if (Phrases.SUBJECT_PRONOUNS.contains(lw) && !lw.equals("it") && !lw.equals("who") && c + 1 < end
                        && (isPastOrPresentVerb(d.word[c + 1]) || Phrases.BETWEEN.contains(Phrases.lower(d.word[c + 1])))) {
                    clause = true;
                }
                c++;
            }
            if (clause && !SUBORDINATORS.contains(Phrases.lower(d.word[from]))) break;
            if (c < end) {
                from = skipPlaceOrTime(d, c + 1, end);
            } else {
                if (SUBORDINATORS.contains(Phrases.lower(d.word[from]))) return null;
                break;
            }
        }
        from = afterDateline(d, from, end);
        // "His campaign sued the DNC …": a described subject right at the clause start, followed by its verb
        if (from < end && Phrases.DETERMINERS.contains(Phrases.lower(d.word[from]))) {
            Np lead = Np.forward(d, from, end, true);
            if (lead != null && lead.end < end && (isPastOrPresentVerb(d.word[lead.end])
                    || Phrases.BETWEEN.contains(Phrases.lower(d.word[lead.end])))) {
                return lead;
            }
            // "The justice sounded off on …", "The mayor began by …": a past verb the lexicon lacks ended the phrase
            for (int t = from + 2; lead != null && t < lead.end && t < end; t++) {
                String w = d.word[t];
                if (!(w.endsWith("ed") || IRREGULAR_PAST.contains(w)) || !isPastOrPresentVerb(w)) continue;
                Np shorter = Np.forward(d, from, t, true);
                if (shorter != null && shorter.end == t) return shorter;
                break;
            }
        }
        Np np = Np.clauseSubject(d, from, end);
        if (np == null || np.start > from + 3) return null;
        return np;
    }

    /** The token after a dateline at {@code from} ("WASHINGTON —", "PARIS, Aug 31 (Reuters) -"), else {@code from}. */
    private static int afterDateline(Doc d, int from, int end) {
        for (int i = from; i < end && i < from + 8; i++) {
            if (isDash(d.word[i]) || d.word[i].equals("-")) {
                boolean dateline = true;
                for (int k = from; k < i; k++) {
                    String w = d.word[k];
                    if (Phrases.isWord(w) && Character.isLowerCase(w.charAt(0))) dateline = false;
                }
                if (dateline && i > from && (isAllCaps(d.word[from]) || d.word[i - 1].equals(")"))) return i + 1;
                break;
            }
        }
        return from;
    }

    private static final java.util.Set<String> TIME_CLOSERS = java.util.Set.of("later", "earlier", "ago", "recently",
            "afterward", "afterwards");

    private static final java.util.Set<String> MONTHS = java.util.Set.of("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December");

    /**
     * True when [ts, end) is only an opening adverbial of time, place or occasion ("On Sunday", "Wednesday on Fox
     * News", "In an interview with the paper"): a preposition or time word first, and no verb in it.
     */
    private static boolean adverbialOpening(Doc d, int ts, int end) {
        if (end - ts > 12) return false;
        String first = d.word[ts];
        boolean opener = first.equals("In") || first.equals("On") || first.equals("At") || first.equals("During")
                || first.equals("Last") || first.equals("Earlier") || first.equals("Later") || isWeekday(first)
                || MONTHS.contains(first) || first.equals("This") && end - ts <= 3;
        if (!opener) return false;
        for (int i = ts + 1; i < end; i++) {
            String w = d.word[i];
            if (d.runOf[i] >= 0 || Cues.of(w) != null || isPastOrPresentVerb(w) || w.equals(",")) return false;
        }
        return true;
    }

    /**
     * "“…,” Ann Lee said Tuesday, noting …" / "…, said Ann Lee, adding …": a participle after a reporting verb of
     * the same sentence shares that verb's source, not the subject of the reported clause. Null when no such verb.
     */
    private static Np speakerOfEarlierCue(Doc d, int ts, int end) {
        for (int i = end - 1; i > ts; i--) {
            if (d.runOf[i] >= 0) continue;
            Cues.Verb v = Cues.of(d.word[i]);
            if (v == null || v.strength() != Cues.Strength.SPEECH || v.participle()
                    || Character.isUpperCase(d.word[i].charAt(0))) {
                continue;
            }
            int b = i - 1;
            while (b > ts && (Phrases.BETWEEN.contains(Phrases.lower(d.word[b])) || isAdverb(d.word[b]))) b--;
            Np before = Np.backward(d, b, ts, false);
            if (before != null && before.kind != Np.Kind.NOMINAL && !before.pronounIt()) return before;
            if (b >= ts && (d.word[b].equals(",") || d.runOf[b] >= 0 || d.mark[b])) {
                Np after = Np.forward(d, i + 1, end, false);
                if (after != null && after.kind == Np.Kind.NAME) return after;
            }
            return null;
        }
        return null;
    }

    /** "Early in his campaign, …", "Speaking at a town hall, …", "Like Sanders, she …": not the subject. */
    private static boolean opensWithAdverbial(String w) {
        return ADVERBIAL_OPENERS.contains(w) || Phrases.isWord(w) && (w.endsWith("ing") || w.endsWith("ly"));
    }

    private static final java.util.Set<String> ADVERBIAL_OPENERS = java.util.Set.of("In", "On", "At", "For", "With",
            "As", "After", "Before", "During", "Despite", "Like", "Unlike", "Without", "Under", "Over", "From", "By",
            "Since", "Until", "Meanwhile", "However", "Still", "Now", "Then", "Also", "Later", "Earlier", "Instead",
            "Indeed", "Today", "Yesterday", "Last", "Next", "Early", "Late", "Back", "Thus", "Perhaps", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Amid", "Among", "Following", "Throughout", "Here",
            "There", "Along", "Inside", "Outside", "Behind", "Beyond", "Across", "Through", "Upon", "Within", "Moreover",
            "Furthermore", "Nevertheless", "Nonetheless", "Rather", "Likewise", "Additionally", "Besides",
            "Otherwise", "Overall", "Again", "Yet", "Hence", "Consequently", "Ultimately", "Previously");

    /** "…, N.H., on Tuesday, Sanders": a place or time segment after an opening adverbial, skipped too. */
    private static int skipPlaceOrTime(Doc d, int from, int end) {
        while (from < end) {
            int c = from;
            while (c < end && c < from + 4 && !d.word[c].equals(",")) c++;
            if (c >= end || !d.word[c].equals(",") || c == from) return from;
            String first = d.word[from];
            boolean capitalised = true;
            for (int k = from; k < c; k++) if (!Phrases.isNamePart(d.word[k]) && !d.word[k].equals(".")) capitalised = false;
            boolean afterPlace = from >= 2 && d.word[from - 1].equals(",") && Phrases.isNamePart(d.word[from - 2]);
            boolean place = c - from <= 2 && d.word[c - 1].endsWith(".") && Character.isUpperCase(first.charAt(0))
                    || capitalised && afterPlace && c - from <= 3 && c + 1 < end && (Phrases.isNamePart(d.word[c + 1])
                    || DATE_LEADS.contains(d.word[c + 1])); // "in Ames, Iowa, on Sunday, …"
            boolean time = first.equals("on") || first.equals("in") || first.equals("at") || first.equals("last")
                    || first.equals("this") || first.equals("early") || first.equals("late");
            if (!place && !time) return from;
            from = c + 1;
        }
        return from;
    }

    /** "Alarmed by …", "Speaking at …": a sentence-opening participle. */
    private static boolean isParticipleOpener(String w) {
        return w.length() > 4 && Character.isUpperCase(w.charAt(0)) && (w.endsWith("ed") || w.endsWith("ing"));
    }

    /** Words opening a date after a place ("in Ames, Iowa, on Sunday"); not "in", which may open an aside. */
    private static final java.util.Set<String> DATE_LEADS = java.util.Set.of("on", "last", "this", "earlier", "during");

    private static final java.util.Set<String> TIME_LEADS = java.util.Set.of("in", "on", "last", "this", "earlier",
            "since", "during");

    private static final java.util.Set<String> DAY_PARTS = java.util.Set.of("past", "day", "time", "moment", "meantime",
            "morning", "afternoon", "evening", "night", "interim", "end");
    private static final java.util.Set<String> MID_PREPOSITIONS = java.util.Set.of("in", "at", "during", "through", "on");

    /**
     * Start of a time or document phrase ending at token {@code j} that sits between a subject and its verb ("in the
     * past", "earlier in the day", "in a Medium post", "through his office"), or -1. A name or pronoun must come
     * right before it, so that "Exit polls taken in South Carolina found" keeps its subject.
     */
    private static int midClausePhrase(Doc d, int j, int ts) {
        String head = Phrases.lower(d.word[j]);
        boolean time = DAY_PARTS.contains(head);
        if (!time && !DOCUMENT_HEADS.contains(head) && !head.equals("office")) return -1;
        int p = j - 1;
        while (p > ts && j - p <= 3 && !MID_PREPOSITIONS.contains(d.word[p])) {
            if (!Phrases.isWord(d.word[p]) && !d.word[p].equals("'s") && !d.word[p].equals("’s")) return -1;
            p--;
        }
        if (p <= ts || !MID_PREPOSITIONS.contains(d.word[p]) || p + 1 >= j) return -1;
        if (!Phrases.DETERMINERS.contains(Phrases.lower(d.word[p + 1]))) return -1;
        if (time && !d.word[p + 1].equals("the") && !d.word[p + 1].equals("that")) return -1;
        if (d.word[p - 1].equals("earlier") || d.word[p - 1].equals("later")) p--;
        if (p - 1 < ts) return -1;
        String before = d.word[p - 1];
        boolean subjectBefore = Phrases.SUBJECT_PRONOUNS.contains(Phrases.lower(before)) || Phrases.isNamePart(before)
                || before.equals(")") || AUX.contains(before) || before.equals(",") && p - 2 >= ts && Phrases.isNamePart(d.word[p - 2]);
        return subjectBefore && !d.mark[p - 1] && d.runOf[p - 1] < 0 ? p : -1;
    }

    /** A month, a year, or "week" / "month" / "year": the head of a time phrase between a subject and its verb. */
    private static boolean isTimeWord(String w) {
        return MONTHS.contains(w) || w.equals("week") || w.equals("month") || w.equals("year") || w.equals("weekend")
                || w.length() == 4 && Character.isDigit(w.charAt(0)) && w.chars().allMatch(Character::isDigit);
    }

    private static boolean isWeekday(String w) {
        return w.endsWith("day") && ADVERBIAL_OPENERS.contains(w);
    }

    private static boolean isAllCaps(String w) {
        return w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    /** For "… and said", "… thanked Miami and said": the nearest name or pronoun before that is followed by a verb. */
    private static Np coordinatedSubject(Doc d, int and, int ts) {
        for (int i = and - 1; i >= ts && i >= and - 25; i--) {
            if (d.mark[i] || d.runOf[i] >= 0) return null;
            String w = d.word[i];
            if (w.equals(")")) { // "Mitch McConnell (R-Ky.) issued a statement saying …": the name before the bracket
                int o = i - 1;
                while (o > ts && !d.word[o].equals("(") && i - o < 8) o--;
                if (d.word[o].equals("(") && o - 1 >= ts && i + 1 < and && verbAhead(d, i + 1, and)
                        && Phrases.isNamePart(d.word[o - 1])) {
                    return Np.backward(d, o - 1, ts, true);
                }
                continue;
            }
            if (i + 1 < and && (isPastOrPresentVerb(d.word[i + 1]) || d.word[i + 1].equals("also") && verbAhead(d, i + 1, and))) {
                String lw = Phrases.lower(w);
                if (lw.equals("who") && commaBetween(d, i, and)) continue; // "Reid, who endorsed Clinton, reiterated … and"
                if (Phrases.SUBJECT_PRONOUNS.contains(lw) && !lw.equals("it") && !lw.equals("you") || Phrases.isNamePart(w)) {
                    return Np.backward(d, i, ts, true);
                }
                if (FLOATING_QUANTIFIERS.contains(w) && i - 1 >= ts && (AUX.contains(d.word[i - 1])
                        || Phrases.SUBJECT_PRONOUNS.contains(Phrases.lower(d.word[i - 1])))) {
                    continue; // "who has both endorsed him and criticized …", "they have all said …": not the subject
                }
                if (Phrases.SOURCE_NOUNS.contains(lw) && Character.isLowerCase(w.charAt(0))) {
                    Np np = Np.backward(d, i, ts, false);
                    if (np != null) return np;
                }
            }
        }
        return null;
    }

    /**
     * True when "as" or "while" opens the clause of the subject at {@code start} ("as he accepted …"): a participle
     * after such a clause describes the same moment, so it shares that clause's subject.
     */
    private static boolean afterSubordinator(Doc d, int start, int ts) {
        int b = start - 1;
        if (b >= ts && Phrases.DETERMINERS.contains(Phrases.lower(d.word[b]))) b--;
        return b >= ts && (d.word[b].equals("as") || d.word[b].equals("while"));
    }

    /** Quantifiers that float after an auxiliary or pronoun ("have all said", "they both said"). */
    private static final java.util.Set<String> FLOATING_QUANTIFIERS = java.util.Set.of("both", "all", "each");

    private static final java.util.Set<String> SPEND = java.util.Set.of("spent", "spend", "spends", "spending");

    /** The subject of "spend" a few words before {@code start} ("spent much of his speech praising …"), or null. */
    private static Np spenderOf(Doc d, int start, int ts) {
        for (int i = start - 1; i > ts && i >= start - 5; i--) {
            if (d.mark[i] || d.runOf[i] >= 0 || d.word[i].equals(",")) return null;
            if (SPEND.contains(d.word[i])) return coordinatedSubject(d, i + 1, ts);
        }
        return null;
    }

    /**
     * True when the cue-like word at {@code i} is a noun after an article or modifier ("a radio show and argued",
     * "the report and said"), not a verb ("he laughed and said"): only a bare or -s form can be such a noun.
     */
    private static boolean nounAfterModifier(Doc d, int i, int ts) {
        String w = d.word[i];
        if (i - 1 < ts || w.endsWith("ed") || IRREGULAR_PAST.contains(w) || AUX.contains(w)) return false;
        String p = Phrases.lower(d.word[i - 1]);
        if (Phrases.DETERMINERS.contains(p) && !p.equals("that")) return true;
        return Phrases.isWord(d.word[i - 1]) && Character.isLowerCase(d.word[i - 1].charAt(0)) && !Phrases.STOP.contains(p)
                && !Phrases.BETWEEN.contains(p) && !Phrases.SUBJECT_PRONOUNS.contains(p) && !isAdverb(p)
                && !Phrases.SOURCE_NOUNS.contains(p);
    }

    private static final java.util.Set<String> COUNT_WORDS = java.util.Set.of("two", "three", "four", "five");

    /** "the two said", "the three wrote": a count after "the" stands for the people counted. */
    private static boolean countAsHead(Doc d, int i, int ts) {
        return COUNT_WORDS.contains(d.word[i]) && i - 1 >= ts && Phrases.lower(d.word[i - 1]).equals("the");
    }

    /** True when the first quotation run after token {@code from} follows a comma or "to" (a quote going on). */
    private static boolean continuationRunAfter(Doc d, int from, int te) {
        for (int i = from; i < te; i++) {
            if (d.runOf[i] < 0 && !d.mark[i]) continue;
            return i > from && (d.word[i - 1].equals(",") || d.word[i - 1].equals("to"));
        }
        return false;
    }

    /** True when ", and" / ", but" opens the clause of the subject at {@code start}: a second main clause. */
    private static boolean afterClauseConjunction(Doc d, int start, int ts) {
        int b = start - 1;
        if (b >= ts && Phrases.DETERMINERS.contains(Phrases.lower(d.word[b]))) b--;
        return b - 1 >= ts && (d.word[b].equals("and") || d.word[b].equals("but")) && d.word[b - 1].equals(",");
    }

    private static boolean isRelativePronoun(Np np) {
        return np.kind == Np.Kind.PRONOUN && (np.headWord.equals("who") || np.headWord.equals("which"));
    }

    /** Cues whose present forms are never nouns ("and says", not "interviews and tweets"). */
    private static final java.util.Set<String> UNAMBIGUOUS_VERBS = java.util.Set.of("say", "tell", "argue", "insist",
            "add", "warn", "write", "explain", "contend", "believe", "think", "want", "suggest", "predict",
            "acknowledge", "agree", "deny", "admit", "concede", "declare", "announce", "urge", "vow", "accuse");

    private static boolean cueBetween(Doc d, int a, int b) {
        for (int i = a; i < b; i++) if (d.runOf[i] < 0 && Cues.of(d.word[i]) != null) return true;
        return false;
    }

    private static boolean commaBetween(Doc d, int a, int b) {
        for (int i = a + 1; i < b; i++) if (d.word[i].equals(",")) return true;
        return false;
    }

    /**
     * "“We know how it goes,” Trump senior adviser Paul Manafort conceded": a closing quotation shortly before a
     * subject whose leading words the noun phrase rules did not take in; the end of the left content, or ts.
     */
    private static int quotationBeforeSubject(Doc d, int subjectStart, int ts) {
        for (int i = subjectStart - 1; i >= ts && i >= subjectStart - 8; i--) {
            if (d.mark[i] || d.runOf[i] >= 0) {
                return i >= ts + 1 && d.runOf[i] >= 0 && endsWithCommaOrQuestion(d, i)
                        && !isFragment(d, d.runs.get(d.runOf[i])) ? trimLeftEnd(d, ts, i + 1) : ts;
            }
            String w = d.word[i];
            String lw = Phrases.lower(w);
            boolean nounish = Phrases.isWord(w) && Cues.of(w) == null && !isPastOrPresentVerb(w)
                    && (!Phrases.STOP.contains(lw) || lw.equals("of") || lw.equals("for") || lw.equals("and"))
                    || w.equals("'s") || w.equals("’s") || w.startsWith("$") || Character.isDigit(w.charAt(0));
            if (!nounish) return ts;
        }
        return ts;
    }

    /** True when the quotation holding token {@code i} closes with a comma, "?" or "!" inside or before its mark. */
    private static boolean endsWithCommaOrQuestion(Doc d, int i) {
        Span o = d.runs.get(d.runOf[i]).outer();
        for (int c = o.end() - 1; c >= o.start() && c >= o.end() - 3; c--) {
            char ch = d.text.charAt(c);
            if (ch == ',' || ch == '?' || ch == '!' || ch == '—') return true;
        }
        return false;
    }

    /**
     * Verbs of causing whose object does what the following "to" infinitive says ("forced candidates to address",
     * "leads experts to suspect"). Requests ("urged X to", "asked X to") stay the requester's words.
     */
    private static final java.util.Set<String> OBJECT_CONTROL = java.util.Set.of("force", "lead", "led", "prompt",
            "compel", "inspire", "drive", "drove", "cause", "spur", "move");

    /** The object of an object-control verb right before "to" (token {@code to}), or null. */
    private static Np controlledObject(Doc d, int to, int ts) {
        if (to - 2 < ts) return null;
        Np obj = Np.backward(d, to - 1, ts, true);
        if (obj == null) {
            String w = Phrases.lower(d.word[to - 1]);
            if (!w.equals("him") && !w.equals("her") && !w.equals("them") && !w.equals("us")) return null;
            obj = Np.backward(d, to - 1, ts, true);
            if (obj == null) return null;
        }
        int v = obj.start - 1;
        if (v > ts && d.word[v].equals("on")) v--; // "called on Congress to act"
        if (v < ts) return null;
        String verb = Phrases.lower(d.word[v]);
        for (String lemma : OBJECT_CONTROL) {
            if (verb.equals(lemma) || verb.startsWith(lemma) && verb.length() <= lemma.length() + 4
                    && (verb.endsWith("ed") || verb.endsWith("ing") || verb.endsWith("s") || verb.endsWith("d"))) {
                return obj.kind == Np.Kind.PRONOUN && obj.headWord.equals("it") ? null : obj;
            }
        }
        return null;
    }

    /** Participles that, right after an indefinite noun phrase (or any, before "as"), name or class it. */
    private static final java.util.Set<String> NAMING_PARTICIPLES = java.util.Set.of("called", "known", "dubbed",
            "labeled", "labelled", "nicknamed", "named", "deemed", "considered", "branded");

    /**
     * "a website called “Real Voters”", "a developer known to be bullish", "a Quist appointee considered a moderate":
     * a naming participle right after a noun phrase opened by "a"/"an" or a number, or any noun phrase before "as"
     * ("the contests known as Super Tuesday"), is a reduced relative clause.
     * Not for people who speak ("a spokesman called the plan …") nor for "call for"/"call on".
     */
    private static boolean reducedRelativeNaming(Doc d, int k, int ts, int te, Cues.Verb verb, boolean passive) {
        if (passive || !verb.past() || !NAMING_PARTICIPLES.contains(d.word[k]) || k - 1 < ts || k + 1 >= te) return false;
        if (!Phrases.isWord(d.word[k - 1]) || !Character.isLowerCase(d.word[k - 1].charAt(0))) return false;
        Np subject = Np.backward(d, k - 1, ts, true);
        if (subject == null || subject.kind == Np.Kind.PRONOUN || subject.end != k) return false;
        String first = Phrases.lower(d.word[subject.start]);
        String next = d.word[k + 1];
        // "a website called …", "a developer known to be …"; with "as", any noun phrase ("the contests known as …")
        boolean indefinite = first.equals("a") || first.equals("an") || Character.isDigit(first.charAt(0));
        if (!indefinite && !next.equals("as")) return false;
        if (Np.PERSON_ROLES.contains(Phrases.lower(d.word[k - 1]))) return false;
        if (d.word[k].equals("called")) return d.mark[k + 1] || d.runOf[k + 1] >= 0 || Phrases.isNamePart(next)
                || next.equals("the") && k + 2 < te && (d.mark[k + 2] || Phrases.isNamePart(d.word[k + 2]));
        if (d.word[k].equals("known")) return next.equals("to") || next.equals("as") || next.equals("for");
        return true;
    }

    /** True when a verb form follows at token {@code i}, after adverbs ("She also sent", "he quickly added"). */
    private static boolean verbAhead(Doc d, int i, int limit) {
        while (i < limit && (isAdverb(d.word[i]) || d.word[i].equals("also") || d.word[i].equals("then"))) i++;
        return i < limit && isPastOrPresentVerb(d.word[i]);
    }

    /** Token index just past the left content before a subject starting at {@code subjectStart}, or ts. */
    private static int subjectLeftEnd(Doc d, int subjectStart, int ts) {
        int j = subjectStart - 1;
        if (j < ts) return ts;
        if (d.word[j].equals(",") || isDash(d.word[j])) {
            int e = trimLeftEnd(d, ts, j + 1);
            return e == ts + 1 && opensWithAdverbial(d.word[ts]) ? ts : e; // "Similarly, Bennett said …"
        }
        if (d.mark[j]) return trimLeftEnd(d, ts, j + 1);
        return ts;
    }

    /** End (exclusive) of the left content [ts, end): drops trailing commas, marks and dashes. */
    private static int trimLeftEnd(Doc d, int ts, int end) {
        int e = end;
        while (e > ts && (d.word[e - 1].equals(",") || isDash(d.word[e - 1])
                || d.word[e - 1].equals(":"))) {
            e--;
        }
        return e;
    }

    static int lastContentToken(Doc d, int from, int te) {
        int e = te - 1;
        while (e >= from && isTrailingPunct(d.word[e]) && !d.mark[e]) e--;
        return e;
    }

    private static boolean isTrailingPunct(String w) {
        return w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("!") || w.equals("?")
                || isDash(w) || w.equals("...") || w.equals("…");
    }

    private static boolean anyRun(Doc d, int a, int b) {
        for (int i = a; i < b; i++) if (d.runOf[i] >= 0) return true;
        return false;
    }

    private static boolean leftHasRun(Doc d, int ts, int leftEnd) {
        return leftEnd > ts && d.runOf[leftEnd - 1] >= 0 || startsInsideEarlierRun(d, ts);
    }

    /** True when the sentence opens inside a quotation that began in an earlier sentence. */
    private static boolean startsInsideEarlierRun(Doc d, int ts) {
        int r = d.runOf[ts];
        return r >= 0 && d.runs.get(r).outer().start() < d.start(ts);
    }

    /** Right side is only time, place or manner ("Tuesday", "in a statement", "on Fox News"). */
    private static boolean isAdverbial(Doc d, int from, int te) {
        int last = lastContentToken(d, from, te);
        if (last < from) return true;
        while (from < last && isAdverb(d.word[from])) from++; // "said pleasantly into the phone"
        String first = Phrases.lower(d.word[from]);
        if (first.equals("that")) return false;
        if (last - from > 10) return false;
        // "In an email, Trump said his friendship …": a pronoun or possessive opens a reported clause
        if (CLAUSE_OPENERS.contains(first) && last - from >= 2 && d.runOf[from] < 0) return false;
        if (Phrases.STOP.contains(first) || first.endsWith("day") || first.equals("last") || first.equals("this")
                || first.equals("earlier") || first.equals("later")) {
            for (int i = from; i <= last; i++) {
                Cues.Verb v = Cues.of(d.word[i]);
                if (d.word[i].equals("that")) return false;
                if (v != null && i > from && d.word[i - 1].equals(",")) return true; // ", adding …"
            }
            return true;
        }
        // ", adding that …" right after the cue
        return d.word[from].equals(",");
    }

    /** Cue lemmas whose content can be a "to" infinitive. */
    private static final java.util.Set<String> TAKES_INFINITIVE = java.util.Set.of("want", "plan", "hope", "expect",
            "intend", "refuse", "decline", "promise", "vow", "pledge", "seek", "threaten", "agree", "decide", "wish",
            "prefer", "like", "love", "hate", "offer", "propose", "demand", "claim", "fear", "vote", "push",
            "need", "aim", "try", "prepare", "consider", "swear");

    /** True when the "as" at {@code as} closes "as … as" or "so … as" within five words ("as toxic as"). */
    private static boolean comparativeAs(Doc d, int as, int ts) {
        for (int i = as - 2; i >= ts && i >= as - 5; i--) {
            if (d.word[i].equals("as") || d.word[i].equals("so")) return true;
        }
        return false;
    }

    /** Words that open a reported clause right after a cue: subject pronouns and possessives. */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("he", "she", "they", "we", "i",
            "it", "there", "his", "her", "their", "its", "our", "my");

    private static boolean endsWithColon(Doc d, int k, int te) {
        int last = te - 1;
        return last > k && d.word[last].equals(":") || last >= k && last + 1 < d.size()
                && d.word[last].equals(":");
    }

    /** Skips the hearer after "told", "asked": up to "that", or over one noun phrase. */
    private static int skipObject(Doc d, int from, int te) {
        for (int i = from; i < te && i < from + 8; i++) {
            if (d.word[i].equals("that")) return i;
            if (d.word[i].equals(",") || d.mark[i] || d.word[i].equals(":")) return i;
        }
        if (from >= te) return from;
        String w = Phrases.lower(d.word[from]);
        if (w.equals("him") || w.equals("her") || w.equals("them") || w.equals("us") || w.equals("me")
                || w.equals("reporters") || w.equals("you")) {
            return from + 1;
        }
        Np np = Np.forward(d, from, te, true);
        return np == null ? from : np.end;
    }

    /**
     * "“Is he ready?” Clinton remarked.", "“We will win.” Trump said.": the sentence splitter ends a sentence after
     * a quotation closing with "?", "!" or ".", so the attribution opens the next one. Adds that quotation when the previous sentence, in the same
     * paragraph, is all or ends in it; true when added.
     */
    private static boolean attachPreviousQuestion(Doc d, Attribution a, int ts) {
        int s = d.sentOf[ts];
        if (s == 0 || d.paraOfSent[s - 1] != d.paraOfSent[s] || d.sentEnd[s - 1] <= d.sentStart[s - 1]) return false;
        int last = d.sentEnd[s - 1] - 1;
        int r = d.runOf[last];
        if (r < 0 || d.runs.get(r).outer().end() != d.end(last) || isFragment(d, d.runs.get(r))) return false;
        Span o = d.runs.get(r).outer();
        String inner = d.text.substring(o.start(), o.end()).strip();
        if (inner.length() < 3) return false;
        char close = lastBeforeClosingMark(inner);
        if (close != '?' && close != '!' && close != '.' && close != ',' && close != '…') return false;
        a.addRun(d, r);
        return true;
    }

    /**
     * The character before a quotation's closing mark, which may be two characters ("''" in some wires) or three
     * with a nested single quote ("…?'''"); a space when there is none.
     */
    private static char lastBeforeClosingMark(String quotation) {
        int c = quotation.length() - 1;
        while (c > 0 && "'\"”’".indexOf(quotation.charAt(c)) >= 0) c--;
        return c >= 1 && c < quotation.length() - 1 ? quotation.charAt(c) : ' ';
    }

    /** "Said Ann Lee, who grew up there, “We were proud.”": the quotation after the source. */
    private static Attribution sentenceInitialInverted(Doc d, Attribution a, Np subject, int te) {
        for (int i = subject.end; i < te && i < subject.end + 30; i++) {
            if (d.runOf[i] >= 0) {
                if (!d.word[i - 1].equals(",") && !d.word[i - 1].equals(":")) return null;
                a.addRun(d, d.runOf[i]);
                return a;
            }
        }
        return null;
    }

    /** "“A,” he said, “B.”": after the source, a comma and a quotation add a second part. */
    private static void splitContinuation(Doc d, Attribution a, int after, int te) {
        int i = after;
        while (i < te && !d.mark[i] && d.runOf[i] < 0 && i < after + 6) {
            if (Cues.of(d.word[i]) != null) return; // "…,” she said, adding: “…”": the next cue takes it
            i++;
        }
        if (i < te && d.runOf[i] >= 0 && (d.word[i - 1].equals(",") || d.word[i - 1].equals(":")
                || d.word[i - 1].equals("."))) {
            a.addRun(d, d.runOf[i]);
        }
    }

    // ------------------------------------------------------------------ quotations without their own cue

    private static List<Attribution> attachFreeRuns(Doc d, List<Attribution> found) {
        boolean[] used = new boolean[d.runs.size()];
        for (Attribution a : found) for (int r : a.runs) used[r] = true;
        List<Attribution> out = new ArrayList<>(found);
        int ai = 0;
        Attribution last = null; // latest attribution before the run
        int[] firstTokenOfRun = firstTokens(d);
        for (int r = 0; r < d.runs.size(); r++) {
            if (used[r] || firstTokenOfRun[r] < 0) continue;
            QuoteMarks.Run run = d.runs.get(r);
            while (ai < found.size() && found.get(ai).cueStart < run.outer().start()) {
                Attribution f = found.get(ai++);
                // "“…,” said Murphy, who thinks …": a relative pronoun goes on no further than its antecedent's quote
                if (f.speaker != null && isRelativePronoun(f.speaker) && last != null && last.speaker != null
                        && last.paragraph == f.paragraph && !isRelativePronoun(last.speaker)) {
                    continue;
                }
                if (f.speaker != null || last == null || last.paragraph < f.paragraph - 1) last = f; // "when asked …" names no one
            }
            int t = firstTokenOfRun[r];
            int para = d.paragraph(t);
            Attribution host = null; // "A," he said. "B.": the latest direct attribution right before, same paragraph
            for (int b = ai - 1; b >= 0 && b >= ai - 4; b--) {
                Attribution c = found.get(b);
                if (c.paragraph != para) break;
                if (c.speaker != null && c.direct(d) && onlyQuotesBetween(d, c, run)) {
                    host = c;
                    break;
                }
            }
            if (host != null) {
                host.addRun(d, r);
                continue;
            }
            int words = words(d, t, run);
            Attribution trailing = words >= 2 && !isFragment(d, run) ? trailingAttribution(d, run, r) : null;
            if (trailing != null) { // "“…,” the mayor fumed.": any verb in the slot after a quotation says
                out.add(trailing);
                last = trailing;
                continue;
            }
            Np byline = dashByline(d, run);
            if (byline != null && words >= 2) {
                // "“Great speech.” / — President Obama": the name after a dash signs the quotation
                Attribution signed = new Attribution(d.start(byline.start - 1), d.end(byline.start - 1), byline, false);
                attributeRun(d, out, signed, para, r);
                continue;
            }
            Np introducer = colonIntroducer(d, t);
            if (introducer != null && words >= 2) {
                // "Kasich resisted: “…”", "She went on: “…”": the clause before the colon names the speaker
                last = attributeRun(d, out, new Attribution(d.start(t - 1), d.end(t - 1), introducer, false), para,
                        r);
                continue;
            }
            Np nameLine = words >= 2 ? nameLineAround(d, run, t) : null;
            if (nameLine != null) { // "“…” / Ana Ruiz, 34, a nurse in Phoenix"
                attributeRun(d, out, new Attribution(run.outer().start(), -1, nameLine, false), para, r);
                continue;
            }
            boolean opensParagraph = t == 0 || d.paragraph(t - 1) != para;
            if (last != null && last.speaker != null && opensParagraph && last.paragraph == para - 1) {
                last = attributeRun(d, out, new Attribution(run.outer().start(), -1, last.speaker, true), para,
                        r);
                continue;
            }
            if (isFragment(d, run)) {
                // woven into a sentence ("promises to “lift up participation”"): report the clause around it
                if (words < MIN_FREE_WORDS) continue;
                int clause = clauseStart(d, t);
                // no cue: the sentence's subject is the likeliest holder of the words ("Cruz would not comment on
                // an order “to protect privacy”"), marked floating because it is inferred
                Np holder = Np.clauseSubject(d, d.sentStart[d.sentOf[t]], t);
                if (holder != null && holder.pronounIt()) holder = null;
                if (holder == null) { // "“A,” she says. It's “this new journalism.”": the paragraph's speaker goes on
                    for (int b = ai - 1; b >= 0 && b >= ai - 3; b--) {
                        Attribution c = found.get(b);
                        if (c.paragraph != para) break;
                        if (c.speaker != null && c.direct(d)) {
                            holder = c.speaker;
                            break;
                        }
                    }
                }
                Attribution f = new Attribution(run.outer().start(), -1, holder, holder != null);
                f.paragraph = para;
                f.content(d, d.start(clause), run.outer().end());
                out.add(f);
            } else if (words >= MIN_FREE_WORDS) {
                // the speaker of the latest attribution in this or the previous paragraph, inferred (floating)
                Np near = last != null && last.speaker != null && last.paragraph >= para - 1 ? last.speaker : null;
                attributeRun(d, out, new Attribution(run.outer().start(), -1, near, near != null), para,
                        r);
            }
        }
        return out;
    }


    /**
     * The subject of the clause that a colon right before the quotation (first token {@code t}) closes: "Kasich
     * resisted: “…”", "As Cornyn put it: “…”"; null when there is no colon or no subject.
     */
    private static Np colonIntroducer(Doc d, int t) {
        if (t < 2 || !d.word[t - 1].equals(":") || !d.mark[t] && d.runOf[t - 1] >= 0) return null;
        int ts = d.sentStart[d.sentOf[t - 1]];
        if (t - 1 - ts < 2 || t - 1 - ts > 25) return null;
        // "TURNOUT BEATS EXPECTATIONS - Ann Lee: “…”": a headline, a dash, then the name that the colon labels
        for (int i = t - 2; i > ts && i >= t - 7; i--) {
            if (!isDash(d.word[i]) && !d.word[i].equals("-")) continue;
            Np named = Np.forward(d, i + 1, t - 1, false);
            if (named != null && named.end == t - 1 && named.kind != Np.Kind.PRONOUN) return named;
            break;
        }
        // the clause that ends in the colon: after the last "that", "and" or "but" ("so odd that a spokesman
        // could only quip:")
        for (int i = t - 3; i > ts; i--) {
            String w = d.word[i];
            if (d.runOf[i] >= 0) break;
            if (w.equals("that") || w.equals("and") || w.equals("but")) {
                Np inner = Np.forward(d, i + 1, t - 1, false);
                if (inner == null || inner.kind == Np.Kind.PRONOUN) inner = Np.clauseSubject(d, i + 1, t - 1);
                if (inner != null && inner.start <= i + 3 && !inner.pronounIt()) return inner;
                break;
            }
        }
        Np np = mainClauseSubject(d, ts, t - 1);
        if (np == null || np.pronounIt()) return null;
        return np;
    }

    /**
     * "“…,” the mayor fumed.", "“…?” Smith pressed Jones.", "“…!” boomed the mayor.": a quotation closed by a comma,
     * "?" or "!" and followed in its sentence by a source and a verb the lexicon lacks; the slot makes it a verb
     * of saying. Null unless the sentence ends (or an adverbial follows) right after.
     */
    private static Attribution trailingAttribution(Doc d, QuoteMarks.Run run, int r) {
        Span o = run.outer();
        String inner = d.text.substring(o.start(), o.end()).strip();
        if (inner.length() < 3 || ",?!".indexOf(lastBeforeClosingMark(inner)) < 0) return null;
        int i = tokenAt(d, o.end());
        if (i >= d.size() || d.start(i) < o.end() || d.runOf[i] >= 0 || d.mark[i]) return null;
        int s = d.sentOf[i];
        if (d.paragraph(i) != d.paragraph(tokenAt(d, o.start()))) return null;
        int te = d.sentEnd[s];
        Np src;
        int verb;
        if (isSpeechSlotVerb(d.word[i]) && i + 1 < te) { // inverted
            src = Np.forward(d, i + 1, te, false);
            if (src == null || src.kind == Np.Kind.PRONOUN) return null;
            verb = i;
            if (!endsHere(d, src.end, te)) return null;
        } else {
            src = Np.forward(d, i, te, false);
            if (src == null || src.pronounIt()) return null;
            verb = src.end;
            while (verb < te && isAdverb(d.word[verb])) verb++;
            if (verb >= te || !isSpeechSlotVerb(d.word[verb]) || !endsHere(d, verb + 1, te)) return null;
        }
        Attribution a = new Attribution(d.start(verb), d.end(verb), src, false);
        a.addRun(d, r);
        return a;
    }

    /** A lower-case past-tense or present-tense verb form ("fumed", "quips"). */
    private static boolean isSpeechSlotVerb(String w) {
        return w.length() > 3 && Character.isLowerCase(w.charAt(0)) && Phrases.isWord(w)
                && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")) && !Phrases.STOP.contains(w)
                && !Phrases.BETWEEN.contains(w);
    }

    /** True when only punctuation, adverbs or a short adverbial follow token {@code from} to the sentence end. */
    private static boolean endsHere(Doc d, int from, int te) {
        return lastContentToken(d, from, te) < from || isAdverbial(d, from, te)
                || d.word[from].equals(",") || OBJECT_PREPOSITIONS.contains(d.word[from]);
    }

    /**
     * Vox-pop layout: a quotation paragraph with a paragraph that is only a name line right after it ("Ana Ruiz, 34,
     * a nurse in Phoenix") or, when the quotation opens its paragraph, right before it. The name, else null.
     */
    private static Np nameLineAround(Doc d, QuoteMarks.Run run, int t) {
        int para = d.paragraph(t);
        int endTok = tokenAt(d, run.outer().end() - 1);
        boolean wholeParagraph = (t == 0 || d.paragraph(t - 1) != para)
                && (endTok + 1 >= d.size() || d.paragraph(endTok + 1) != para || lastContentToken(d, endTok + 1, paragraphEnd(d, endTok + 1)) <= endTok);
        if (!wholeParagraph) return null;
        int after = paragraphEnd(d, endTok) ;
        if (after < d.size()) {
            Np np = nameLine(d, after);
            if (np != null) return np;
        }
        if (t > 0) {
            int start = t - 1;
            while (start > 0 && d.paragraph(start - 1) == d.paragraph(t - 1)) start--;
            return nameLine(d, start);
        }
        return null;
    }

    /** First token of the paragraph after the one holding token {@code i} (d.size() when none). */
    private static int paragraphEnd(Doc d, int i) {
        int p = d.paragraph(i);
        while (i < d.size() && d.paragraph(i) == p) i++;
        return i;
    }

    /** The name when the paragraph starting at token {@code i} is only a name line: a name, then an age, place or role. */
    private static Np nameLine(Doc d, int i) {
        int end = paragraphEnd(d, i);
        if (end - i > 14 || end - i < 2) return null;
        if (isDash(d.word[i]) || d.word[i].equals("-")) i++;
        Np np = Np.forward(d, i, end, false);
        if (np == null || np.kind != Np.Kind.NAME || np.start != i || np.nameEnd - np.nameStart < 2) return null;
        for (int k = np.end; k < end; k++) {
            String w = d.word[k];
            if (d.runOf[k] >= 0 || d.mark[k] || Cues.of(w) != null || isPastOrPresentVerb(w) && !Character.isUpperCase(w.charAt(0))
                    || Phrases.SUBJECT_PRONOUNS.contains(w) || BE.contains(w)) {
                return null;
            }
        }
        return np;
    }

    /** A name after a dash right after the quotation, on its line or the next ("“…” — Sahil Kapur"); else null. */
    private static Np dashByline(Doc d, QuoteMarks.Run run) {
        int i = tokenAt(d, run.outer().end());
        if (i >= d.size() || d.start(i) < run.outer().end()) return null;
        while (i < d.size() && (d.word[i].equals(".") || d.word[i].equals(","))) i++;
        if (i + 1 >= d.size() || !(isDash(d.word[i]) || d.word[i].equals("-"))) return null;
        if (d.start(i) - run.outer().end() > 6) return null;
        Np np = Np.forward(d, i + 1, Math.min(d.size(), i + 9), false);
        return np != null && np.kind == Np.Kind.NAME && np.start == i + 1 ? np : null;
    }

    /** Gives a quotation run (whole) to a new attribution of paragraph {@code para}, adds it to {@code out}. */
    private static Attribution attributeRun(Doc d, List<Attribution> out, Attribution f, int para, int r) {
        f.paragraph = para;
        f.addRun(d, r);
        out.add(f);
        return f;
    }

    /** True when the quotation is woven into its sentence: a word right before its opening mark. */
    private static boolean isFragment(Doc d, QuoteMarks.Run run) {
        int c = run.outer().start() - 1;
        while (c >= 0 && (d.text.charAt(c) == ' ' || d.text.charAt(c) == '\u00a0')) c--;
        return c >= 0 && Character.isLetterOrDigit(d.text.charAt(c));
    }

    /** First token of the clause holding token {@code t}: after the last comma, semicolon, colon or dash. */
    private static int clauseStart(Doc d, int t) {
        int ts = d.sentStart[d.sentOf[t]];
        for (int i = t - 1; i > ts; i--) {
            String w = d.word[i];
            if (d.runOf[i] >= 0) return i + 1;
            if (w.equals(",") || w.equals(";") || w.equals(":") || isDash(w)) return i + 1;
        }
        return ts;
    }

    /**
     * True when nothing but quotations lies between the attribution's sentence and the run: the run opens in that
     * sentence, or right after it. Sentence ends come from the splitter, so "Capt." or "N.H." inside the
     * attribution is no end.
     */
    private static boolean onlyQuotesBetween(Doc d, Attribution a, QuoteMarks.Run run) {
        int from = a.cueEnd >= 0 ? a.cueEnd : a.end();
        int s = d.sentOf[tokenAt(d, from)];
        int sentEnd = d.sentEnd[s] > d.sentStart[s] ? d.end(d.sentEnd[s] - 1) : from;
        if (run.outer().start() <= sentEnd) return true;
        for (int k = sentEnd; k < run.outer().start(); k++) {
            char x = d.text.charAt(k);
            if (!QuoteMarks.isSpace(x) && QuoteMarks.markLength(d.text, k) == 0) return false;
        }
        return true;
    }

    /** The first token ending after character {@code charPos} (the last token when none does). */
    private static int tokenAt(Doc d, int charPos) {
        int lo = 0, hi = d.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (d.end(mid) <= charPos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int[] firstTokens(Doc d) {
        int[] first = new int[d.runs.size()];
        java.util.Arrays.fill(first, -1);
        for (int i = 0; i < d.size(); i++) {
            int r = d.runOf[i];
            if (r >= 0 && first[r] < 0) first[r] = i;
        }
        return first;
    }

    private static int words(Doc d, int from, QuoteMarks.Run run) {
        int n = 0;
        for (int i = from; i < d.size() && d.start(i) < run.outer().end(); i++) if (Phrases.isWord(d.word[i])) n++;
        return n;
    }

    // ------------------------------------------------------------------ one attribution being built

    static final class Attribution {
        final int cueStart;
        final int cueEnd;
        final Np speaker;
        final boolean floating;
        /** Cued by a verb of belief, stance or evidence ("supported", "believes"), not of saying. */
        boolean stance;
        int paragraph = -1;
        /** Content regions [start, end) in text order, each widened to whole quotation runs. */
        final List<int[]> regions = new ArrayList<>(2);
        /** Quotation runs in the content, or joined to it ("A," he said. "B."). */
        final List<Integer> runs = new ArrayList<>();

        Attribution(int cueStart, int cueEnd, Np speaker, boolean floating) {
            this.cueStart = cueStart;
            this.cueEnd = cueEnd;
            this.speaker = speaker;
            this.floating = floating;
        }

        boolean hasContent() {
            return !regions.isEmpty();
        }

        int start() {
            return regions.getFirst()[0];
        }

        int end() {
            return regions.getLast()[1];
        }

        /** Adds the characters [a, b) to the content, widened to whole quotation runs it touches. */
        void content(Doc d, int a, int b) {
            if (b <= a) return;
            int lo = 0, hi = d.runs.size();
            while (lo < hi) { // first run ending after a
                int mid = (lo + hi) >>> 1;
                if (d.runs.get(mid).outer().end() <= a) lo = mid + 1;
                else hi = mid;
            }
            for (int r = lo; r < d.runs.size() && d.runs.get(r).outer().start() < b; r++) {
                Span o = d.runs.get(r).outer();
                a = Math.min(a, o.start());
                b = Math.max(b, o.end());
                if (!runs.contains(r)) runs.add(r);
            }
            int i = 0;
            while (i < regions.size() && regions.get(i)[0] < a) i++;
            regions.add(i, new int[] {a, b});
            // merge overlapping regions
            for (int k = regions.size() - 1; k > 0; k--) {
                int[] p = regions.get(k - 1), q = regions.get(k);
                if (q[0] <= p[1]) {
                    p[1] = Math.max(p[1], q[1]);
                    regions.remove(k);
                }
            }
            if (paragraph < 0) paragraph = paragraphAt(d, cueStart >= 0 ? cueStart : a);
        }

        /** Drops the content at and after character {@code pos}, unless {@code pos} falls inside a quotation. */
        void endBefore(Doc d, int pos) {
            for (int r : runs) {
                Span o = d.runs.get(r).outer();
                if (o.start() < pos && pos < o.end()) return;
            }
            int e = pos;
            while (e > start() && (QuoteMarks.isSpace(d.text.charAt(e - 1)) || ",;:—–-".indexOf(d.text.charAt(e - 1)) >= 0)) e--;
            if (e <= start()) return;
            for (int k = regions.size() - 1; k >= 0; k--) {
                int[] g = regions.get(k);
                if (g[0] >= e) regions.remove(k);
                else if (g[1] > e) g[1] = e;
            }
            runs.removeIf(r -> d.runs.get(r).outer().start() >= pos);
        }

        /** Removes the quotation run {@code r} and the content region that is only that run. */
        void dropRun(Doc d, int r) {
            Span o = d.runs.get(r).outer();
            runs.remove(Integer.valueOf(r));
            for (int k = regions.size() - 1; k >= 0; k--) {
                int[] g = regions.get(k);
                if (g[0] >= o.start() && g[1] <= o.end()) {
                    regions.remove(k);
                } else if (g[0] >= o.start() && g[0] < o.end()) {
                    g[0] = o.end(); // the region went on past the quotation: keep the rest
                } else if (g[1] > o.start() && g[1] <= o.end()) {
                    g[1] = o.start();
                }
            }
            regions.removeIf(g -> meaningful(d.text, g[0], g[1]) == 0);
        }

        void addRun(Doc d, int r) {
            if (runs.contains(r)) return;
            Span o = d.runs.get(r).outer();
            if (regions.isEmpty()) {
                content(d, o.start(), o.end());
            } else {
                runs.add(r);
            }
            if (paragraph < 0) paragraph = paragraphAt(d, o.start());
        }

        /** True when the content is all quotation. */
        boolean direct(Doc d) {
            if (regions.isEmpty()) return false;
            for (int[] g : regions) if (outsideRuns(d, g[0], g[1]) > 0) return false;
            return true;
        }

        private int outsideRuns(Doc d, int from, int to) {
            int outside = 0;
            int c = from;
            for (int r : runs) {
                Span o = d.runs.get(r).outer();
                if (o.start() >= to || o.end() <= from) continue;
                outside += meaningful(d.text, c, Math.max(c, o.start()));
                c = Math.max(c, o.end());
            }
            outside += meaningful(d.text, c, to);
            return outside;
        }

        private boolean inRegion(Span o) {
            for (int[] g : regions) if (o.start() >= g[0] && o.end() <= g[1]) return true;
            return false;
        }

        private static int meaningful(String text, int a, int b) {
            int n = 0;
            for (int i = a; i < b; i++) if (Character.isLetterOrDigit(text.charAt(i))) n++;
            return n;
        }

        Quote toQuote(Doc d, Speakers speakers) {
            if (regions.isEmpty()) return null;
            List<Span> ps = new ArrayList<>();
            QuoteKind kind;
            if (direct(d)) {
                kind = QuoteKind.DIRECT;
                for (int r : runs) ps.addAll(d.runs.get(r).pieces());
            } else {
                kind = runs.stream().anyMatch(r -> inRegion(d.runs.get(r).outer())) ? QuoteKind.PARTIAL
                        : QuoteKind.INDIRECT;
                for (int[] g : regions) {
                    Span main = trim(d.text, g[0], g[1]);
                    if (main != null) ps.add(main);
                }
                for (int r : runs) { // split continuations outside the regions
                    if (!inRegion(d.runs.get(r).outer())) ps.addAll(d.runs.get(r).pieces());
                }
            }
            ps.sort(Comparator.naturalOrder());
            if (ps.isEmpty()) return null;
            Span span = new Span(ps.getFirst().start(), ps.getLast().end());
            Quote.Speaker spk = speaker == null ? null : speakers.resolve(speaker, cueStart);
            Quote.Cue cue = cueEnd > cueStart ? new Quote.Cue(new Span(cueStart, cueEnd),
                    d.text.substring(cueStart, cueEnd)) : null;
            return new Quote(span, ps, span.of(d.text), kind, spk, cue, floating);
        }

        private static Span trim(String text, int a, int b) {
            while (a < b && QuoteMarks.isSpace(text.charAt(a))) a++;
            while (b > a && (QuoteMarks.isSpace(text.charAt(b - 1)) || ".,;:—".indexOf(text.charAt(b - 1)) >= 0)) {
                b--;
            }
            return b > a ? new Span(a, b) : null;
        }

        private static int paragraphAt(Doc d, int charPos) {
            // the paragraph of the first token at or after charPos
            int lo = 0, hi = d.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (d.end(mid) <= charPos) lo = mid + 1;
                else hi = mid;
            }
            return d.paragraph(lo);
        }
    }
}
