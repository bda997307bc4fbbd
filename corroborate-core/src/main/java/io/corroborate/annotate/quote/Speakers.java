package io.corroborate.annotate.quote;

import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Mention;
import io.corroborate.annotate.MentionKind;
import io.corroborate.annotate.Quote;
import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a source phrase into a {@link Quote.Speaker}: the span of the mention in the attribution, and its entity
 * and full name. With a mentions layer the overlapping mention gives both (a pronoun mention carries the entity
 * it refers to; without one, the pronoun takes the latest person named before it). Without mentions, names are
 * found here: a surname takes the longest name in the article that ends with it ("Leavitt" to "Karoline
 * Leavitt"), and a pronoun the latest person speaker, else the latest person named. One instance per article,
 * used in text order.
 */
final class Speakers {
    private static final Set<String> DOCUMENTS = Set.of("statement", "readout", "transcript", "report", "reports",
            "poll", "polls", "survey", "surveys", "study", "studies", "memo", "letter", "document", "documents",
            "data", "website", "article", "story", "newspaper", "filing", "complaint", "lawsuit", "indictment",
            "ruling", "email", "emails", "tweet", "tweets", "post", "video", "ad", "speech", "interview",
            "release", "book", "paper", "analysis", "figures", "numbers", "records", "filings");
    private static final Set<String> ORGS = Set.of("campaign", "government", "administration", "agency",
            "department", "ministry", "office", "committee", "group", "groups", "party", "company", "firm", "bank",
            "organization", "union", "coalition", "court", "board", "panel", "network", "team", "staff",
            "delegation", "leadership", "police", "authorities");

    private final Doc d;
    private final List<Mention> mentions;
    /** Last token of a name → the longest name ending with it, titles dropped. */
    private final Map<String, String> fullNames = new HashMap<>();
    /** Start offset → full name, for every person-like name in the text. */
    private final TreeMap<Integer, String> personsAt = new TreeMap<>();
    /** Start offset → speaker already resolved to a named person. */
    private final TreeMap<Integer, Quote.Speaker> speakersAt = new TreeMap<>();

    Speakers(Doc d, List<Mention> mentions) {
        this.d = d;
        this.mentions = mentions == null ? List.of() : mentions.stream()
                .sorted((a, b) -> a.span().compareTo(b.span())).toList();
        if (this.mentions.isEmpty()) indexNames();
    }

    /** Name runs in the text: two or more capitalised words (titles dropped), one linear pass. */
    private void indexNames() {
        List<int[]> names = new ArrayList<>();
        int n = d.size();
        int i = 0;
        while (i < n) {
            if (!Phrases.isNamePart(d.word[i]) || Phrases.TITLES.contains(d.word[i])) {
                i++;
                continue;
            }
            int e = i;
            while (e + 1 < n && d.sentOf[e + 1] == d.sentOf[i] && (Phrases.isNamePart(d.word[e + 1])
                    || d.word[e + 1].length() == 2 && d.word[e + 1].endsWith("."))) {
                e++;
            }
            boolean sentenceInitial = i == d.sentStart[d.sentOf[i]];
            if (e > i || !sentenceInitial) names.add(new int[] {i, e});
            i = e + 1;
        }
        for (int[] nm : names) { // "Harbour Minister Lena Okafor": the name is what follows the last title
            for (int k = nm[1] - 1; k >= nm[0]; k--) {
                if (Phrases.TITLES.contains(d.word[k])) {
                    nm[0] = k + 1;
                    break;
                }
            }
        }
        for (int[] nm : names) {
            String last = d.word[nm[1]];
            String full = d.text.substring(d.start(nm[0]), d.end(nm[1]));
            String known = fullNames.get(last);
            if (known == null || full.length() > known.length()) fullNames.put(last, full);
        }
        for (int[] nm : names) {
            if (isOrgName(nm[0], nm[1] + 1)) continue;
            String full = fullNames.get(d.word[nm[1]]);
            if (full != null && full.indexOf(' ') > 0) personsAt.put(d.start(nm[0]), full);
        }
    }

    /** True when the mention holds the noun phrase's head word ("spokeswoman" in "a spokeswoman for …"). */
    private boolean coversHead(Mention m, Np np) {
        for (int i = np.start; i < np.end; i++) {
            if (Phrases.lower(d.word[i]).equals(np.headWord)) {
                return m.span().start() <= d.start(i) && d.end(i) <= m.span().end();
            }
        }
        return true;
    }

    Quote.Speaker resolve(Np np, int at) {
        Span span = new Span(d.start(np.nameStart), d.end(np.nameEnd - 1));
        String text = span.of(d.text);
        if (!mentions.isEmpty()) {
            Mention m = overlapping(span);
            if (m != null && np.kind == Np.Kind.NOMINAL && (Np.PERSON_ROLES.contains(np.headWord) || ORGS.contains(np.headWord))
                    && !coversHead(m, np)) {
                m = null; // "a spokeswoman for the ministry", "Ford's office": the named one is not the speaker
            }
            if (m != null) {
                Quote.Speaker s = new Quote.Speaker(m.span(), m.text(), m.entity(),
                        m.canonical() != null ? m.canonical() : m.text(), m.type());
                if (m.kind() == MentionKind.PRONOUN && m.entity() == null) {
                    return pronounFromMentions(s, at);
                }
                if (m.kind() == MentionKind.NAME && m.type() == EntityType.PERSON) speakersAt.put(m.span().start(), s);
                return s;
            }
            if (np.kind == Np.Kind.PRONOUN) {
                return pronounFromMentions(new Quote.Speaker(span, text, null, text, EntityType.PERSON), at);
            }
        }
        return switch (np.kind) {
            case PRONOUN -> pronoun(span, text, np.headWord, at);
            case NAME -> {
                boolean org = isOrgName(np.nameStart, np.nameEnd);
                String full = org ? text : fullNames.getOrDefault(d.word[np.nameEnd - 1], text);
                if (full.length() < text.length()) full = text;
                Quote.Speaker s = new Quote.Speaker(span, text, null, full,
                        org ? EntityType.ORGANIZATION : EntityType.PERSON);
                if (!org) speakersAt.put(span.start(), s);
                yield s;
            }
            case NOMINAL -> new Quote.Speaker(span, text, null, text, DOCUMENTS.contains(np.headWord)
                    ? EntityType.OTHER : ORGS.contains(np.headWord) ? EntityType.ORGANIZATION : EntityType.PERSON);
        };
    }

    private Quote.Speaker pronoun(Span span, String text, String word, int at) {
        if (!Phrases.PERSON_PRONOUNS.contains(word)) {
            return new Quote.Speaker(span, text, null, text, EntityType.OTHER);
        }
        var spk = speakersAt.floorEntry(span.start());
        var named = personsAt.floorEntry(span.start());
        String canonical = text;
        // the latest person speaker when recent (quotes run in threads), else the latest person named
        if (spk != null && (named == null || named.getKey() <= spk.getKey() || recent(spk.getKey(), span.start()))) {
            canonical = spk.getValue().canonical();
        } else if (named != null) {
            canonical = named.getValue();
        }
        return new Quote.Speaker(span, text, null, canonical, EntityType.PERSON);
    }

    /** True when the speaker at {@code from} is at most one paragraph before {@code to}. */
    private boolean recent(int from, int to) {
        int breaks = 0;
        for (int c = from; c < to && breaks < 2; c++) {
            if (d.text.charAt(c) == '\n') {
                breaks++;
                while (c + 1 < to && Character.isWhitespace(d.text.charAt(c + 1))) c++;
            }
        }
        return breaks < 2;
    }

    private Quote.Speaker pronounFromMentions(Quote.Speaker s, int at) {
        // "it" says an organisation or a document said it ("…,” it adds): never resolve it to a person
        if (s.text().equalsIgnoreCase("it")) {
            return new Quote.Speaker(s.span(), s.text(), null, s.text(), EntityType.OTHER);
        }
        var spk = speakersAt.floorEntry(s.span().start());
        if (spk != null && spk.getValue().entity() != null && recent(spk.getKey(), s.span().start())) {
            Quote.Speaker p = spk.getValue();
            return new Quote.Speaker(s.span(), s.text(), p.entity(), p.canonical(), EntityType.PERSON);
        }
        Mention best = null;
        for (Mention m : mentions) {
            if (m.span().start() >= s.span().start()) break;
            if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME) best = m;
        }
        if (best == null) return s;
        return new Quote.Speaker(s.span(), s.text(), best.entity(),
                best.canonical() != null ? best.canonical() : best.text(), EntityType.PERSON);
    }

    private Mention overlapping(Span span) {
        Mention best = null;
        int lo = 0, hi = mentions.size();
        while (lo < hi) { // first mention ending after span.start
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < span.start() - 200) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.span().start() >= span.end()) break;
            if (m.span().overlaps(span) && (best == null || m.span().length() > best.span().length())) best = m;
        }
        return best;
    }

    private boolean isOrgName(int from, int to) {
        for (int i = from; i < to; i++) if (Phrases.ORG_WORDS.contains(d.word[i])) return true;
        return false;
    }
}
