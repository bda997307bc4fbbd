package io.corroborate.annotate.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The attribution verbs: every inflected form of reporting verbs ("said", "tells", "wrote", "tweeting") and of
 * verbs of belief and evidence ("believes", "showed"), looked up by lower-case word.
 */
final class Cues {
    private Cues() {
    }

    /** How a verb attributes. */
    enum Strength {
        /** Verbs of saying: "said", "told", "wrote". */
        SPEECH,
        /** Verbs of belief, wish and evidence: "believes", "hopes", "showed": attributions only with a clause. */
        COGNITION
    }

    /** @param object true when the verb takes the hearer as object before the content ("told reporters that") */
    record Verb(String lemma, Strength strength, boolean participle, boolean object, boolean past) {
    }

    // declared before the static block that reads them
    private static final Set<String> DOUBLING = Set.of("admit", "quip", "plan", "commit", "regret", "snap", "brag", "refer", "veto",
            "slam", "prefer", "rebut", "jab", "prod", "sidestep");
    private static final Set<String> OBJECT_VERBS = Set.of("tell", "ask", "assure", "inform", "remind", "advise",
            "notify", "warn", "urge", "promise", "threaten");
    private static final Map<String, Verb> FORMS = new HashMap<>();

    static {
        // irregular: lemma, 3sg, past, past participle, -ing
        irregular(Strength.SPEECH, false, "say", "says", "said", "said", "saying");
        irregular(Strength.SPEECH, true, "tell", "tells", "told", "told", "telling");
        irregular(Strength.SPEECH, false, "write", "writes", "wrote", "written", "writing");
        irregular(Strength.SPEECH, false, "swear", "swears", "swore", "sworn", "swearing");
        irregular(Strength.SPEECH, false, "read", "reads", "read", "read", "reading");
        irregular(Strength.COGNITION, false, "think", "thinks", "thought", "thought", "thinking");
        irregular(Strength.COGNITION, false, "know", "knows", "knew", "known", "knowing");
        irregular(Strength.COGNITION, false, "feel", "feels", "felt", "felt", "feeling");
        irregular(Strength.COGNITION, false, "find", "finds", "found", "found", "finding");
        irregular(Strength.COGNITION, false, "show", "shows", "showed", "shown", "showing");
        for (String v : new String[] {"add", "note", "explain", "argue", "claim", "insist", "declare", "announce",
                "report", "tweet", "warn", "state", "continue", "respond", "reply", "acknowledge", "admit",
                "suggest", "predict", "promise", "vow", "pledge", "urge", "recall", "concede", "contend", "assert",
                "maintain", "emphasize", "stress", "observe", "remark", "comment", "complain", "boast", "joke",
                "quip", "muse", "agree", "deny", "confirm", "repeat", "reiterate", "testify", "allege", "caution",
                "counter", "shout", "yell", "scream", "whisper", "post", "mention", "propose", "lament", "plead",
                "retort", "exclaim", "proclaim", "reveal", "tout", "demand", "recount", "describe", "ask",
                "answer", "point", "chant", "cry", "add", "wonder", "conclude", "estimate", "indicate", "signal",
                "hint", "accuse", "criticize", "praise", "blame", "question", "charge", "cite", "insinuate",
                "brag", "gush", "sniff", "snap", "scoff", "fume", "rave", "rant", "interject", "opine",
                "theorize", "speculate", "posit", "surmise", "clarify", "elaborate", "announce", "disclose",
                "affirm", "assure", "inform", "remind", "advise", "notify", "ask", "threaten",
                "suggest", "recommend", "echo", "imply", "portray", "characterize", "depict", "compare", "assail",
                "retweet", "quote", "downplay", "dispute", "request", "outline", "detail", "reaffirm",
                "forecast", "project", "reference", "invoke", "address", "congratulate", "trumpet", "hammer",
                "savage", "publish", "share", "remember", "hail", "laud", "commend", "bash", "deride", "taunt",
                "skewer", "excoriate", "lambast", "underscore", "confess", "vent", "grumble", "gripe", "fret", "sneer",
                "preach", "lecture", "tease", "ponder", "liken", "equate", "reminisce", "summarize", "paraphrase",
                "implore", "exhort", "admonish", "chastise", "reprimand", "beg", "alert", "float", "broach", "pitch",
                "minimize", "sidestep", "dodge", "deflect", "evade", "assess"}) {
            regular(Strength.SPEECH, OBJECT_VERBS.contains(v), v);
        }
        { // verbs of stance and evidence ("endorsed", "opposes", "appears to"): PolNeAR-style attributions
            irregular(Strength.COGNITION, false, "see", "sees", "saw", "seen", "seeing");
            irregular(Strength.COGNITION, false, "seek", "seeks", "sought", "sought", "seeking");
            for (String v : new String[] {"endorse", "support", "oppose", "back", "defend", "reject", "dismiss",
                    "attack", "blast", "mock", "slam", "condemn", "denounce", "decline", "refuse", "plan",
                    "intend", "order", "welcome", "applaud", "embrace", "favor", "challenge", "appear", "seem",
                    "refer", "discuss", "express", "view", "demand", "call", "target", "tout", "highlight",
                    "push", "champion", "celebrate", "acknowledge", "recognize", "fault", "credit", "thank",
                    "regret", "apologize", "promise", "vow", "threaten", "like", "love", "hate", "dislike",
                    "prefer", "trust", "distrust", "question", "doubt", "ridicule", "lambaste", "chide",
                    "scold", "berate", "rebuke", "castigate", "decry", "bemoan", "lament", "insult", "label",
                    "dub", "brand", "nominate", "approve", "disapprove", "veto", "sign", "pass", "adopt", "offer",
                "identify", "list", "encourage", "deliver", "release", "deem", "expose", "ignore", "accept"}) {
                if (!FORMS.containsKey(v)) regular(Strength.COGNITION, false, v);
            }
        }
        for (String v : new String[] {"believe", "hope", "fear", "worry", "expect", "want", "doubt", "assume",
                "consider", "suspect", "predict", "insist", "imagine", "figure", "reckon", "guess", "wish",
                "realize", "understand", "recognize", "learn", "discover", "decide", "agree", "acknowledge",
                "indicate", "suggest", "reveal", "conclude", "determine", "prove"}) {
            if (!FORMS.containsKey(v)) regular(Strength.COGNITION, false, v);
        }
    }

    private static void irregular(Strength s, boolean object, String lemma, String s3, String past, String pp,
                                  String ing) {
        put(lemma, new Verb(lemma, s, false, object, false));
        put(s3, new Verb(lemma, s, false, object, false));
        put(past, new Verb(lemma, s, false, object, true));
        put(pp, new Verb(lemma, s, false, object, true));
        put(ing, new Verb(lemma, s, true, object, false));
    }

    private static void regular(Strength s, boolean object, String v) {
        String s3, past, ing;
        if (v.endsWith("y") && !isVowel(v.charAt(v.length() - 2))) {
            String stem = v.substring(0, v.length() - 1);
            s3 = stem + "ies";
            past = stem + "ied";
            ing = v + "ing";
        } else if (v.endsWith("e")) {
            s3 = v + "s";
            past = v + "d";
            ing = v.substring(0, v.length() - 1) + "ing";
        } else if (DOUBLING.contains(v)) {
            char last = v.charAt(v.length() - 1);
            s3 = v + "s";
            past = v + last + "ed";
            ing = v + last + "ing";
        } else {
            s3 = v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") ? v + "es" : v + "s";
            past = v + "ed";
            ing = v + "ing";
        }
        if (v.equals("plead")) past = "pleaded";
        put(v, new Verb(v, s, false, object, false));
        put(s3, new Verb(v, s, false, object, false));
        put(past, new Verb(v, s, false, object, true));
        put(ing, new Verb(v, s, true, object, false));
    }

    private static void put(String form, Verb verb) {
        FORMS.putIfAbsent(form, verb);
    }

    /** Verbs that attribute only with their particle ("talked about", "pointed to", "lashed out at"). */
    private static final Map<String, Verb> PHRASAL_FORMS = new HashMap<>();
    private static final Map<String, Set<String>> PARTICLES = new HashMap<>();
    /** Prepositions that may follow an adverb particle: "lashed out at", "weighed in on", "pushed back against". */
    private static final Set<String> SECOND_PARTICLES = Set.of("at", "against", "on", "about", "to", "for", "with", "of",
            "in", "from");

    static {
        phrasal(Strength.SPEECH, new String[] {"talk", "talks", "talked", "talked", "talking"}, "about", "of");
        phrasal(Strength.SPEECH, new String[] {"speak", "speaks", "spoke", "spoken", "speaking"}, "about", "of", "out");
        phrasal(Strength.SPEECH, new String[] {"point", "points", "pointed", "pointed", "pointing"}, "to", "out");
        phrasal(Strength.SPEECH, new String[] {"refer", "refers", "referred", "referred", "referring"}, "to");
        phrasal(Strength.SPEECH, new String[] {"rail", "rails", "railed", "railed", "railing"}, "against", "at");
        phrasal(Strength.SPEECH, new String[] {"lash", "lashes", "lashed", "lashed", "lashing"}, "out");
        phrasal(Strength.SPEECH, new String[] {"weigh", "weighs", "weighed", "weighed", "weighing"}, "in");
        phrasal(Strength.SPEECH, new String[] {"lay", "lays", "laid", "laid", "laying"}, "out");
        phrasal(Strength.SPEECH, new String[] {"spell", "spells", "spelled", "spelled", "spelling"}, "out");
        phrasal(Strength.SPEECH, new String[] {"open", "opens", "opened", "opened", "opening"}, "up");
        phrasal(Strength.SPEECH, new String[] {"comment", "comments", "commented", "commented", "commenting"}, "on");
        phrasal(Strength.COGNITION, new String[] {"focus", "focuses", "focused", "focused", "focusing"}, "on");
        phrasal(Strength.COGNITION, new String[] {"go", "goes", "went", "gone", "going"}, "after");
        phrasal(Strength.COGNITION, new String[] {"side", "sides", "sided", "sided", "siding"}, "with", "against");
        phrasal(Strength.COGNITION, new String[] {"vote", "votes", "voted", "voted", "voting"}, "for", "against");
        phrasal(Strength.COGNITION, new String[] {"push", "pushes", "pushed", "pushed", "pushing"}, "for", "back");
        phrasal(Strength.COGNITION, new String[] {"advocate", "advocates", "advocated", "advocated", "advocating"},
                "for");
        phrasal(Strength.COGNITION, new String[] {"shrug", "shrugs", "shrugged", "shrugged", "shrugging"}, "off");
        phrasal(Strength.COGNITION, new String[] {"distance", "distances", "distanced", "distanced", "distancing"},
                "himself", "herself", "themselves", "itself");
        phrasal(Strength.COGNITION, new String[] {"take", "takes", "took", "taken", "taking"}, "issue", "aim");
        phrasal(Strength.SPEECH, new String[] {"make", "makes", "made", "made", "making"}, "clear", "it");
        phrasal(Strength.COGNITION, new String[] {"count", "counts", "counted", "counted", "counting"}, "on");
        phrasal(Strength.COGNITION, new String[] {"stand", "stands", "stood", "stood", "standing"}, "by", "with");
        phrasal(Strength.COGNITION, new String[] {"double", "doubles", "doubled", "doubled", "doubling"}, "down");
        phrasal(Strength.SPEECH, new String[] {"walk", "walks", "walked", "walked", "walking"}, "back");
        phrasal(Strength.SPEECH, new String[] {"allude", "alludes", "alluded", "alluded", "alluding"}, "to");
        phrasal(Strength.COGNITION, new String[] {"object", "objects", "objected", "objected", "objecting"}, "to");
        phrasal(Strength.COGNITION, new String[] {"react", "reacts", "reacted", "reacted", "reacting"}, "to");
        phrasal(Strength.COGNITION, new String[] {"come", "comes", "came", "come", "coming"}, "out");
        phrasal(Strength.COGNITION, new String[] {"look", "looks", "looked", "looked", "looking"}, "forward");
        phrasal(Strength.SPEECH, new String[] {"reflect", "reflects", "reflected", "reflected", "reflecting"}, "on");
        phrasal(Strength.COGNITION, new String[] {"dwell", "dwells", "dwelt", "dwelled", "dwelling"}, "on");
        phrasal(Strength.SPEECH, new String[] {"harp", "harps", "harped", "harped", "harping"}, "on");
        phrasal(Strength.SPEECH, new String[] {"zero", "zeroes", "zeroed", "zeroed", "zeroing"}, "in");
        phrasal(Strength.SPEECH, new String[] {"single", "singles", "singled", "singled", "singling"}, "out");
        phrasal(Strength.COGNITION, new String[] {"back", "backs", "backed", "backed", "backing"}, "away");
        phrasal(Strength.COGNITION, new String[] {"sign", "signs", "signed", "signed", "signing"}, "on", "off");
        phrasal(Strength.SPEECH, new String[] {"cast", "casts", "cast", "cast", "casting"}, "doubt");
        phrasal(Strength.SPEECH, new String[] {"brush", "brushes", "brushed", "brushed", "brushing"}, "off", "aside");
        phrasal(Strength.SPEECH, new String[] {"wave", "waves", "waved", "waved", "waving"}, "off", "away");
        phrasal(Strength.SPEECH, new String[] {"chime", "chimes", "chimed", "chimed", "chiming"}, "in");
        phrasal(Strength.COGNITION, new String[] {"vouch", "vouches", "vouched", "vouched", "vouching"}, "for");
        phrasal(Strength.COGNITION, new String[] {"lobby", "lobbies", "lobbied", "lobbied", "lobbying"}, "for", "against");
        phrasal(Strength.COGNITION, new String[] {"fight", "fights", "fought", "fought", "fighting"}, "for", "against");
    }

    /** @param forms lemma, 3sg, past, past participle, -ing */
    private static void phrasal(Strength s, String[] forms, String... particles) {
        for (int i = 0; i < forms.length; i++) {
            PHRASAL_FORMS.putIfAbsent(forms[i], new Verb(forms[0], s, i == 4, false, i == 2 || i == 3));
        }
        PARTICLES.put(forms[0], Set.of(particles));
    }

    /** The phrasal verb this word is a form of, or null. */
    static Verb phrasalOf(String word) {
        return PHRASAL_FORMS.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * How many words after token {@code k} make the particle of phrasal verb {@code v}: 0 when the particle is
     * not there; "lashed out at" takes two, "distanced himself from" two.
     */
    static int particleLength(String[] word, int k, int te, Verb v) {
        if (k + 1 >= te) return 0;
        String p = word[k + 1].toLowerCase(Locale.ROOT);
        if (!PARTICLES.getOrDefault(v.lemma(), Set.of()).contains(p)) return 0;
        if (p.equals("it")) { // "made it clear that"
            return k + 2 < te && word[k + 2].equalsIgnoreCase("clear") ? 2 : 0;
        }
        if (k + 2 < te) {
            String q = word[k + 2].toLowerCase(Locale.ROOT);
            if (SECOND_PARTICLES.contains(q) || q.equals("from")) return 2;
        }
        // "distanced himself", "took issue", "weighed in", "opened up" need their preposition
        return p.endsWith("self") || p.endsWith("selves") || p.equals("issue") || p.equals("in") || p.equals("up")
                || p.equals("aim") || p.equals("forward") || p.equals("away") || p.equals("doubt")
                || p.equals("out") && v.lemma().equals("come") || (p.equals("on") || p.equals("off")) && v.lemma().equals("sign")
                ? 0 : 1;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /**
     * Verbs that attribute only right beside a quotation ("“…,” Oliver barked", "“…,” reads the statement"): as
     * cues anywhere else they mislead ("pressed the case", "read the bill").
     */
    private static final Map<String, Verb> BESIDE_QUOTATION = new HashMap<>();
    private static final Set<String> IRREGULAR_BESIDE = Set.of("sang", "shot", "went", "wrote", "read", "put", "began");

    static {
        for (String v : new String[] {"bark", "press", "demur", "beam", "sing", "chime", "growl", "sigh", "laugh",
                "gush", "marvel", "tease", "crack", "read", "post", "state", "comment", "offer", "shoot", "fire",
                "go", "write", "note", "point", "recall", "joke", "snap", "snarl", "smile", "shrug", "grin",
                "chuckle", "thunder", "roar", "bellow", "mutter", "murmur", "stammer", "sneer", "taunt", "jab",
                "interrupt", "intone", "declare", "continue", "add", "remark", "conclude", "counter", "put", "begin"}) {
            for (String form : forms(v)) {
                BESIDE_QUOTATION.putIfAbsent(form, new Verb(v, Strength.SPEECH, form.endsWith("ing"), false,
                        form.endsWith("ed") || IRREGULAR_BESIDE.contains(form)));
            }
        }
    }

    private static List<String> forms(String v) {
        return switch (v) {
            case "sing" -> List.of("sing", "sings", "sang", "singing");
            case "shoot" -> List.of("shot", "shoots");
            case "go" -> List.of("went", "goes");
            case "write" -> List.of("writes", "wrote");
            case "read" -> List.of("read", "reads");
            case "put" -> List.of("put", "puts");
            case "begin" -> List.of("begins", "began");
            default -> {
                String base = v.endsWith("e") ? v.substring(0, v.length() - 1) : v;
                String past = v.endsWith("e") ? v + "d" : DOUBLING.contains(v) || v.equals("snap") || v.equals("grin")
                        || v.equals("jab") ? v + v.charAt(v.length() - 1) + "ed" : v + "ed";
                String s3 = v.endsWith("sh") || v.endsWith("ch") || v.endsWith("ss") ? v + "es" : v + "s";
                yield List.of(v, s3, past, base + "ing");
            }
        };
    }

    /** A verb that attributes right beside a quotation, or null. */
    static Verb besideQuotation(String word) {
        return BESIDE_QUOTATION.get(word.toLowerCase(Locale.ROOT));
    }

    /** The verb this word is a form of, or null. */
    static Verb of(String word) {
        return FORMS.get(word.toLowerCase(Locale.ROOT));
    }

    static {
        // forms that are mostly nouns, prepositions or non-reporting senses in news text ("the state of", "like
        // Trump", "continues to climb", "signs"): measured to mislead more often than not
        for (String f : new String[] {"state", "states", "continue", "continues", "continuing", "like",
                "likes", "sign", "signs", "signing", "pass", "passes", "passing", "challenge", "challenges",
                "maintain", "maintains", "maintained", "find", "prove", "proved", "proves", "seeing", "thanks",
                "trusted", "appearing", "add", "order", "orders", "target", "targets", "targeted", "remarks",
                "comment", "comments", "question", "questions", "point", "points", "post", "posts", "posted",
                "charge", "charges", "back", "backs", "view", "views", "figure", "figures", "read", "reading",
                "shouting", "push", "pushes", "report", "reporting", "attack", "attacks"}) {
            FORMS.remove(f);
        }
    }
}
