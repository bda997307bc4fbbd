package io.corroborate.annotate.sentence;

import java.util.Set;

/**
 * How a word written with a final period behaves at a possible sentence end. Shared by the splitter
 * (does "Gov." end the sentence?) and the tokenizer (does the period belong to the word?).
 */
final class Abbreviations {
    private Abbreviations() {
    }

    /** What a period after the word means. */
    enum Kind {
        /** Not an abbreviation: the period is punctuation. */
        NONE,
        /** Titles and the like ("Mr.", "Gov.", "St."): never end a sentence. */
        NEVER_ENDS,
        /** Before a number ("Mar. 18", "No. 5") never ends a sentence; otherwise it may. */
        BEFORE_NUMBER,
        /** May well end a sentence ("U.S.", "Inc.", "a.m."): ends one only before a typical sentence opener. */
        AMBIGUOUS
    }

    // Case-sensitive on purpose: "Sen." is a title, "sen." is not written.
    private static final Set<String> NEVER = Set.of(
            "Mr", "Mrs", "Ms", "Mssrs", "Messrs", "Dr", "Prof", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps",
            "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Rev",
            "Hon", "Pres", "Supt", "Det", "Insp", "Atty", "Amb", "Sec", "Treas", "Gens", "Msgr", "Fr",
            "St", "Ste", "Mt", "Ft", "Pt", "vs", "v", "Vs", "cf", "approx", "Assn", "Dept", "Univ",
            "Ave", "Blvd", "Rd", "Hwy", "Calif", "Fla", "Ill", "Mass", "Mich", "Minn", "Penn", "Pa",
            "Va", "Wash", "Wis", "Ariz", "Ark", "Colo", "Conn", "Del", "Ga", "Ind", "Kan", "Ky", "La",
            "Md", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Tenn", "Tex", "Vt", "Wyo", "Ala",
            "Mex", "Esq", "e.g", "i.e", "E.g", "I.e", "viz", "ca");
    // Months and numbering words: an abbreviation only before a number ("Mar. 18", "No. 5").
    private static final Set<String> NUMBERED = Set.of(
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "No", "Nos", "Art", "Vol", "Fig", "pp", "p", "Ch", "Op", "Sec");
    private static final Set<String> AMBIG = Set.of(
            "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros", "etc", "LLC", "Plc", "plc", "al", "Mfg",
            "a.m", "p.m", "A.M", "P.M");

    /** Words that typically open a sentence; after an ambiguous abbreviation they signal a sentence end. */
    static final Set<String> OPENERS = Set.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our",
            "My", "Your", "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet",
            "In", "On", "At", "For", "With", "As", "If", "When", "While", "After", "Before", "Since",
            "Although", "Though", "Meanwhile", "However", "Still", "Now", "Then", "Some", "Many", "Most",
            "All", "Not", "What", "Who", "Why", "How", "Where", "Which", "Such", "Both", "Each", "Every",
            "One", "Other", "Others", "Another", "Instead", "Indeed", "Also", "Later", "Earlier", "Last",
            "Next", "Despite", "During", "According", "Asked", "Under", "Over", "From", "By", "To", "Of",
            "Yes", "No", "Nor", "Because", "Even", "Only", "Just", "Today", "Yesterday", "Tomorrow");

    /** The kind of {@code word} (the letters before the period, internal periods kept: "U.S", "a.m"). */
    static Kind of(String word) {
        if (word.isEmpty()) return Kind.NONE;
        if (NUMBERED.contains(word)) return Kind.BEFORE_NUMBER;
        if (NEVER.contains(word)) return Kind.NEVER_ENDS;
        if (AMBIG.contains(word)) return Kind.AMBIGUOUS;
        // A lone capital is an initial ("J. Smith"); a lone small letter is a list mark or ellipsis piece.
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return Kind.NEVER_ENDS;
        // Dotted initialisms ("U.S", "D.C", "U.N"): letters joined by periods.
        if (isDotted(word)) return Kind.AMBIGUOUS;
        return Kind.NONE;
    }

    /** True for "U.S", "a.m", "D.C": single letters joined by periods. */
    static boolean isDotted(String word) {
        int n = word.length();
        if (n < 3) return false;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (i % 2 == 0 ? !Character.isLetter(c) : c != '.') return false;
        }
        return n % 2 == 1;
    }
}
