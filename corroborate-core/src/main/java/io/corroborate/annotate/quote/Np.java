package io.corroborate.annotate.quote;

/**
 * A source noun phrase found by shallow rules: a pronoun ("he"), a name with its title ("Sen. Ted Cruz",
 * "the White House") or a described source ("a campaign spokeswoman", "the readout"). Token indices,
 * end exclusive; {@code nameStart}/{@code nameEnd} delimit the name or head the speaker span points at.
 */
final class Np {
    enum Kind { PRONOUN, NAME, NOMINAL }

    final int start;
    final int end;
    final Kind kind;
    final int nameStart;
    final int nameEnd;
    final boolean determined;
    final String headWord;

    private Np(int start, int end, Kind kind, int nameStart, int nameEnd, boolean determined, String headWord) {
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.nameStart = nameStart;
        this.nameEnd = nameEnd;
        this.determined = determined;
        this.headWord = headWord;
    }

    /** -ly words that are adjectives or nouns inside a source phrase ("early results", "a weekly poll"). */
    private static final java.util.Set<String> LY_ADJECTIVES = java.util.Set.of("early", "likely", "elderly", "daily",
            "weekly", "monthly", "quarterly", "yearly", "nightly", "friendly", "costly", "family", "ally", "assembly");

    /** The tokens [from, to) as a described source: a long phrase the rules could not parse ("early results of …"). */
    static Np phrase(Doc d, int from, int to) {
        return new Np(from, to, Kind.NOMINAL, from, to, true, Phrases.lower(d.word[to - 1]));
    }

    /** A possessive pronoun as the source of a noun cue: "his" in "his attacks on the plan". */
    static Np possessivePronoun(Doc d, int i) {
        return new Np(i, i + 1, Kind.PRONOUN, i, i + 1, true, Phrases.lower(d.word[i]));
    }

    Np extendTo(int lastToken) {
        return new Np(start, Math.max(end, lastToken + 1), kind, nameStart, nameEnd, determined, headWord);
    }

    boolean pronounIt() {
        return kind == Kind.PRONOUN && (headWord.equals("it") || headWord.equals("you"));
    }

    /** The noun phrase whose last word is token {@code j}, not reaching before {@code ts}; null if none. */
    static Np backward(Doc d, int j, int ts, boolean lenient) {
        Np np = backwardSimple(d, j, ts, lenient);
        return np == null ? null : withHolder(d, np, ts);
    }

    /** Prepositions between a person and what they speak for: "a spokeswoman for the ministry". */
    private static final java.util.Set<String> FOR_OF = java.util.Set.of("for", "of", "with", "at", "to", "from");
    private static final java.util.Set<String> LINK_ADJECTIVES = java.util.Set.of("familiar", "close", "loyal", "allied",
            "opposed", "near");

    /**
     * "a spokeswoman for the ministry", "a source familiar with the talks", "an aide to Quist": the person before the
     * preposition is the source, not the body after it. The whole phrase, or {@code np} unchanged.
     */
    private static Np withHolder(Doc d, Np np, int ts) {
        int k = np.start - 1;
        if (k - 1 < ts || !FOR_OF.contains(d.word[k])) return np;
        int j = k - 1;
        if (d.word[k].equals("of") && np.determined && PARTITIVES.contains(Phrases.lower(d.word[j]))) {
            // "One of the engineers said": the part of the group speaks
            return new Np(j, np.end, np.kind, np.kind == Kind.NOMINAL ? j : np.nameStart, np.nameEnd, true, np.headWord);
        }
        if (LINK_ADJECTIVES.contains(d.word[j]) && j - 1 >= ts) j--;
        String head = Phrases.lower(d.word[j]);
        boolean sentenceInitial = j == d.sentStart[d.sentOf[j]];
        if (!Phrases.isWord(d.word[j]) || !Character.isLowerCase(d.word[j].charAt(0)) && !sentenceInitial
                || !PERSON_ROLES.contains(head)) {
            return np;
        }
        Np holder = sentenceInitial && !Character.isLowerCase(d.word[j].charAt(0))
                ? new Np(j, j + 1, Kind.NOMINAL, j, j + 1, false, head) // "Sources close to the mayor say"
                : backwardSimple(d, j, ts, true);
        if (holder == null || holder.kind != Kind.NOMINAL || !holder.determined && !holder.headWord.endsWith("s")) return np;
        return new Np(holder.start, np.end, Kind.NOMINAL, holder.start, np.end, holder.determined, holder.headWord);
    }

    /** Nouns for people who speak for someone else. */
    static final java.util.Set<String> PERSON_ROLES = java.util.Set.of("spokesman", "spokeswoman",
            "spokesperson", "spokespeople", "spokesmen", "official", "officials", "aide", "aides", "adviser", "advisers",
            "advisor", "advisors", "source", "sources", "lawyer", "lawyers", "attorney", "attorneys", "representative",
            "representatives", "member", "members", "staffer", "staffers", "executive", "executives", "person",
            "people", "director", "chairman", "chairwoman", "head", "leader", "leaders", "analyst", "analysts",
            "economist", "economists", "professor", "researcher", "researchers", "expert", "experts", "supporter",
            "supporters", "friend", "friends", "ally", "allies", "associate", "associates", "manager", "strategist");

    private static Np backwardSimple(Doc d, int j, int ts, boolean lenient) {
        String w = d.word[j];
        String lw = Phrases.lower(w);
        if (d.mark[j] || d.runOf[j] >= 0) return null;
        if (Phrases.SUBJECT_PRONOUNS.contains(lw) && (!lw.equals("i") || w.equals("I"))) {
            return new Np(j, j + 1, Kind.PRONOUN, j, j + 1, true, lw);
        }
        Np share = share(d, j, ts);
        if (share != null) return share;
        if (Phrases.isNamePart(w) || w.endsWith(".") && w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
            int s = j;
            while (s - 1 >= ts && d.runOf[s - 1] < 0) {
                String p = d.word[s - 1];
                if (Phrases.isNamePart(p) || Phrases.TITLES.contains(p)) {
                    s--;
                } else if (Phrases.isConnector(p) && s - 2 >= ts && Phrases.isNamePart(d.word[s - 2])) {
                    s--;
                } else {
                    break;
                }
            }
            int nameStart = s; // after the last title: "Harbour Minister Lena Okafor" → "Lena Okafor"
            for (int k = j - 1; k >= s; k--) {
                if (Phrases.TITLES.contains(d.word[k])) {
                    nameStart = k + 1;
                    break;
                }
            }
            // role words and possessors before the name: "Italy's Northern League leader Matteo Salvini"
            boolean det = false;
            int limit = Math.max(ts, s - 6);
            while (s - 1 >= limit && d.runOf[s - 1] < 0) {
                String p = d.word[s - 1];
                String lp = Phrases.lower(p);
                if (Phrases.DETERMINERS.contains(lp) && !lp.equals("that")) {
                    s = determinersBack(d, s - 1, ts);
                    det = true;
                    break;
                }
                boolean modifier = p.equals("'s") || p.equals("’s") || Phrases.isNamePart(p) || Phrases.TITLES.contains(p)
                        || Phrases.isWord(p) && Character.isLowerCase(p.charAt(0)) && !Phrases.STOP.contains(lp)
                        && Cues.of(p) == null && !lp.endsWith("ly") && !lp.endsWith("ed");
                if (!modifier) break;
                s--;
            }
            while (s < nameStart && (d.word[s].equals("'s") || d.word[s].equals("’s"))) s++;
            return new Np(s, j + 1, Kind.NAME, nameStart, j + 1, det, w);
        }
        if (lw.equals("year-old") || lw.equals("year-olds")) { // "the 43-year-old"
            int s = j;
            if (s - 2 >= ts && d.word[s - 1].equals("-") && Character.isDigit(d.word[s - 2].charAt(0))) s -= 2;
            boolean det = s - 1 >= ts && Phrases.DETERMINERS.contains(Phrases.lower(d.word[s - 1]));
            if (det) s--;
            return det ? new Np(s, j + 1, Kind.NOMINAL, s, j + 1, true, lw) : null;
        }
        if (!Phrases.isWord(w) || Phrases.STOP.contains(lw) || !Character.isLowerCase(w.charAt(0))) return null;
        // a described source: back to a determiner, a possessive name or the sentence start, at most six words
        int s = j;
        boolean det = false;
        int limit = Math.max(ts, j - 6);
        while (s - 1 >= limit && d.runOf[s - 1] < 0) {
            String p = d.word[s - 1];
            String lp = Phrases.lower(p);
            if (Phrases.DETERMINERS.contains(lp)) {
                s = determinersBack(d, s - 1, ts);
                det = true;
                break;
            }
            if (p.equals("'s") || p.equals("’s") || p.equals("’") || p.equals("'")) {
                s--;
                continue;
            }
            if (p.equals("-") && s - 2 >= limit && Character.isDigit(d.word[s - 2].charAt(0))) {
                s -= 2; // "the 62-year-old grandmother"
                continue;
            }
            if (Phrases.isWord(p) && !Phrases.STOP.contains(lp) && Cues.of(p) == null) {
                s--;
                continue;
            }
            break;
        }
        boolean named = false;
        for (int i = s; i < j; i++) if (Phrases.isNamePart(d.word[i])) named = true;
        boolean known = Phrases.SOURCE_NOUNS.contains(lw);
        boolean plural = lw.endsWith("s") && !lw.endsWith("ous") && !lw.endsWith("ss") && !lw.endsWith("us")
                && !lw.endsWith("is");
        // "But hacking specialists say …": a bare plural right at a clause start is a group of people
        boolean bareGroup = plural && (s == ts || clauseBoundary(d.word[s - 1])) && j - s <= 2 && Cues.of(lw) == null;
        if (!known && !(det && (plural || lenient)) && !named && !bareGroup) {
            // "19 percent of college students polled", "the majority of voters surveyed": the phrase before "of"
            if (lenient && s - 2 >= ts && d.word[s - 1].equals("of") && d.runOf[s - 2] < 0) {
                Np head = backward(d, s - 2, ts, true);
                if (head != null && head.kind == Kind.NOMINAL && head.determined) {
                    return new Np(head.start, j + 1, Kind.NOMINAL, head.start, j + 1, true, head.headWord);
                }
            }
            return null;
        }
        if (!known && !det && !named && !lw.endsWith("s") && s == j) return null; // a bare singular noun is no subject
        return new Np(s, j + 1, Kind.NOMINAL, s, j + 1, det, lw);
    }

    private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("others", "some", "many", "most",
            "half", "several", "few", "both", "all", "another", "none", "majority", "plurality", "minority",
            "three-quarters", "two-thirds", "one-third", "one-quarter", "a third", "a quarter");
    private static final java.util.Set<String> APPROX = java.util.Set.of("about", "around", "nearly", "almost",
            "roughly", "only", "just", "over", "under", "some", "fully", "than", "more", "less", "fewer", "a", "the");

    private static boolean isNumber(String w) {
        return !w.isEmpty() && (Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(Phrases.lower(w)));
    }

    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty");

    /**
     * A share of people as a subject: "61 percent", "42%", "six in 10", "about half", "others", "most": poll
     * respondents and groups that say or think something. Null when token {@code j} ends no such phrase.
     */
    private static Np share(Doc d, int j, int ts) {
        String w = d.word[j];
        String lw = Phrases.lower(w);
        int s;
        if ((lw.equals("percent") || lw.equals("%")) && j - 1 >= ts && isNumber(d.word[j - 1])) {
            s = j - 1;
        } else if (w.endsWith("%") && w.length() > 1 && Character.isDigit(w.charAt(0))) {
            s = j;
        } else if (isNumber(w) && j - 2 >= ts && d.word[j - 1].equals("in") && isNumber(d.word[j - 2])) {
            s = j - 2; // "six in 10"
        } else if (QUANTIFIERS.contains(lw) && (j == ts || clauseBoundary(d.word[j - 1]))
                && !(j + 1 < d.size() && d.word[j + 1].endsWith("ing"))) { // not "half joking"
            return new Np(j, j + 1, Kind.NOMINAL, j, j + 1, true, lw); // "Others say", "but most believe"
        } else {
            return null;
        }
        while (s - 1 >= ts && d.runOf[s - 1] < 0 && APPROX.contains(Phrases.lower(d.word[s - 1]))) s--;
        if (s - 1 >= ts && !clauseBoundary(d.word[s - 1])) return null; // "with 61 percent said" is no subject
        return new Np(s, j + 1, Kind.NOMINAL, s, j + 1, true, lw);
    }

    /** A word after which a clause, and so a subject, can begin. */
    private static boolean clauseBoundary(String w) {
        String lw = Phrases.lower(w);
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("--") || lw.equals("and")
                || lw.equals("but") || lw.equals("while") || lw.equals("whereas") || lw.equals("because")
                || lw.equals("though") || lw.equals("although") || lw.equals("yet") || lw.equals("however")
                || lw.equals("meanwhile") || lw.equals("still") || lw.equals("and") || lw.equals("(");
    }

    /** Start of a run of determiners ending at token {@code j}: "one senior", "the two", "all the". */
    private static int determinersBack(Doc d, int j, int ts) {
        int s = j;
        while (s - 1 >= ts && s > j - 2 && d.runOf[s - 1] < 0 && !d.word[s - 1].equals("that")
                && Phrases.DETERMINERS.contains(Phrases.lower(d.word[s - 1]))) {
            s--;
        }
        return s;
    }

    /** The noun phrase starting at token {@code from} (after "said", "according to"); null if none. */
    static Np forward(Doc d, int from, int te, boolean lenient) {
        if (from >= te || d.runOf[from] >= 0 || d.mark[from]) return null;
        String w = d.word[from];
        String lw = Phrases.lower(w);
        if (Phrases.SUBJECT_PRONOUNS.contains(lw) && !lw.equals("it") && !lw.equals("you")) {
            if (lw.equals("i") && !w.equals("I")) return null;
            return new Np(from, from + 1, Kind.PRONOUN, from, from + 1, true, lw);
        }
        int e = from;
        boolean det = false;
        if (Phrases.DETERMINERS.contains(lw) && !lw.equals("that")) {
            det = true;
            e++;
            // "one of the engineers", "some of his aides": a part of a group, named by the group after "of"
            if (e + 1 < te && d.word[e].equals("of") && PARTITIVES.contains(lw)
                    && (Phrases.DETERMINERS.contains(Phrases.lower(d.word[e + 1])) || Phrases.isNamePart(d.word[e + 1]))) {
                e++;
                if (Phrases.DETERMINERS.contains(Phrases.lower(d.word[e]))) e++;
            }
        }
        int lastNameStart = -1, lastNameEnd = -1;
        int limit = Math.min(te, from + 10);
        while (e < limit && d.runOf[e] < 0 && !d.mark[e]) {
            String p = d.word[e];
            String lp = Phrases.lower(p);
            boolean name = Phrases.isNamePart(p) || Phrases.TITLES.contains(p)
                    || p.endsWith(".") && p.length() > 1 && Character.isUpperCase(p.charAt(0));
            if (name) {
                if (lastNameEnd != e) lastNameStart = e;
                lastNameEnd = e + 1;
                e++;
            } else if (Phrases.isConnector(p) && lastNameEnd == e && e + 1 < limit && Phrases.isNamePart(d.word[e + 1])
                    && !p.equals("and")) {
                // "Scott Hawkins of Cheyenne", "Sen. Bernie Sanders of Vermont": a person's name ends before "of"
                if (p.equals("of") && lastNameEnd - lastNameStart >= 2 && !Phrases.ORG_WORDS.contains(d.word[lastNameEnd - 1])
                        && !Phrases.ORG_WORDS.contains(d.word[e + 1]) && Phrases.isNamePart(d.word[lastNameStart])
                        && !Phrases.TITLES.contains(d.word[lastNameEnd - 1])) {
                    break;
                }
                e++;
            } else if (p.equals("'s") || p.equals("’s")) {
                e++;
            } else if (det && e > from && Character.isDigit(p.charAt(0)) && p.length() <= 4 && e + 1 < limit
                    && Phrases.isWord(d.word[e + 1])) {
                e++; // "a 2012 campaign veteran", "the 49 delegates"
            } else if (det && e > from && Character.isDigit(p.charAt(0)) && e + 2 < te && d.word[e + 1].equals("-")
                    && Phrases.isWord(d.word[e + 2])) {
                e += 2; // "the 46-year-old": the tokens "46", "-", "year-old"
            } else if (lp.endsWith("ed") && lp.length() > 4 && e > from + (det ? 1 : 0) && e + 1 < te
                    && (Phrases.DETERMINERS.contains(Phrases.lower(d.word[e + 1]))
                    || VERB_PARTICLES.contains(Phrases.lower(d.word[e + 1])))) {
                break; // "the justice sounded off on …": a past verb after the noun ends the phrase
            } else if (Phrases.isWord(p) && Character.isLowerCase(p.charAt(0)) && !Phrases.STOP.contains(lp)
                    && Cues.of(p) == null && (!lp.endsWith("ly") || LY_ADJECTIVES.contains(lp))) {
                e++;
            } else {
                break;
            }
        }
        if (e == from || det && e == from + 1) return null;
        String head = Phrases.lower(d.word[e - 1]);
        if (lastNameStart >= 0) {
            int ns = lastNameStart;
            for (int k = lastNameEnd - 2; k >= lastNameStart; k--) {
                if (Phrases.TITLES.contains(d.word[k])) {
                    ns = k + 1;
                    break;
                }
            }
            return new Np(from, e, Kind.NAME, ns, lastNameEnd, det, d.word[lastNameEnd - 1]);
        }
        if (!Phrases.SOURCE_NOUNS.contains(head) && !det && !lenient) return null;
        return new Np(from, e, Kind.NOMINAL, from, e, det, head);
    }

    private static final java.util.Set<String> VERB_PARTICLES = java.util.Set.of("off", "out", "up", "down", "back",
            "away");

    /** Determiners that, before "of", pick members of a group ("one of the engineers"). */
    private static final java.util.Set<String> PARTITIVES = java.util.Set.of("one", "two", "three", "some", "many",
            "several", "most", "both", "each", "few", "all", "another");

    /** The first subject-like noun phrase of the clause [ts, end): for participles ("…, saying …"). */
    private static final java.util.Set<String> TIME_NOUNS = java.util.Set.of("moments", "seconds", "minutes", "hours",
            "days", "weeks", "months", "years", "decades");

    static Np clauseSubject(Doc d, int ts, int end) {
        for (int i = ts; i < end; i++) {
            if (d.runOf[i] >= 0 || d.mark[i]) continue;
            String w = d.word[i];
            if (i + 1 < end && TIME_NOUNS.contains(Phrases.lower(w))
                    && (d.word[i + 1].equals("later") || d.word[i + 1].equals("earlier"))) {
                i++; // "Moments later …", "Hours earlier …": a time, not a name
                continue;
            }
            String lw = Phrases.lower(w);
            if (Phrases.SUBJECT_PRONOUNS.contains(lw) && !lw.equals("it") && !lw.equals("you")
                    && (!lw.equals("i") || w.equals("I"))) {
                return new Np(i, i + 1, Kind.PRONOUN, i, i + 1, true, lw);
            }
            if (Phrases.isNamePart(w) || Phrases.TITLES.contains(w)) {
                int e = i;
                while (e + 1 < end && (Phrases.isNamePart(d.word[e + 1]) || Phrases.TITLES.contains(d.word[e]))) e++;
                Np np = backward(d, e, ts, true);
                if (np != null) return np;
            }
            if (Cues.of(w) != null) return null; // the verb came first: no subject found
        }
        return null;
    }
}
