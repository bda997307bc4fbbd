package io.corroborate.annotate.quote;

import java.util.Locale;
import java.util.Set;

/** Word classes the attribution rules need: pronouns, determiners, function words, source nouns. */
final class Phrases {
    private Phrases() {
    }

    static final Set<String> SUBJECT_PRONOUNS = set("he", "she", "they", "we", "i", "you", "it", "who");
    static final Set<String> PERSON_PRONOUNS = set("he", "she", "i", "who", "him", "her");
    static final Set<String> DETERMINERS = set("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "their", "its", "our", "my", "your", "some", "many", "several", "most", "both", "other", "another",
            "one", "two", "three", "four", "five", "each", "every", "few", "more", "all", "no", "any", "such",
            "top", "senior");
    /** Adverbs and auxiliaries allowed between a subject and its verb ("has also said"). */
    static final Set<String> BETWEEN = set("also", "later", "previously", "repeatedly", "then", "has", "have",
            "had", "will", "would", "could", "might", "may", "should", "must", "can", "once", "recently",
            "reportedly", "publicly", "privately", "again", "initially", "first", "last", "simply", "just",
            "already", "often", "frequently", "still", "even", "never", "not", "n't", "did", "does", "do", "is",
            "was", "were", "are", "been", "being", "be", "flatly", "quickly", "immediately", "openly", "long",
            "consistently", "personally", "separately", "subsequently", "directly", "explicitly", "famously",
            "herself", "himself", "themselves", "itself", "actually", "now", "further", "jokingly", "angrily",
            "bluntly", "candidly", "emphatically", "forcefully", "firmly", "loudly", "quietly", "sharply",
            "strongly", "tearfully", "testily", "wryly", "falsely", "correctly", "wrongly", "specifically",
            "essentially", "basically", "certainly", "clearly", "apparently", "ultimately", "eventually",
            "originally", "finally", "earlier", "ago", "allegedly", "routinely", "regularly", "continued",
            "continues", "went", "on",
            // contracted auxiliaries as the tokenizer splits them: "He’s suggesting", "They’ve argued", "don’t"
            "'s", "’s", "'ve", "’ve", "'re", "’re", "'m", "’m", "'ll", "’ll", "'d", "’d", "n’t");
    /** Words that end a noun phrase walking backwards or forwards. */
    static final Set<String> STOP = set("that", "which", "who", "whom", "whose", "and", "or", "but", "nor", "to",
            "of", "in", "on", "at", "for", "with", "by", "as", "from", "into", "about", "than", "is", "was",
            "are", "were", "be", "been", "being", "has", "have", "had", "it's", "not", "when", "while", "if",
            "then", "so", "because", "there", "where", "after", "before", "during", "since", "until", "though",
            "although", "also", "what", "how", "why", "said", "says", "do", "does", "did", "will", "would",
            "can", "could", "should", "may", "might", "must", "just", "even", "only", "very", "more", "most",
            "over", "under", "against", "between", "through", "without", "within", "like", "unlike", "per",
            "via", "upon", "among", "amid", "despite", "whether", "once", "here", "now", "again", "too",
            "yet", "still", "not", "n't", "no", "being", "today", "yesterday", "tonight", "tomorrow",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month",
            "year", "morning", "evening", "night", "afternoon", "ago", "earlier", "later", "recently", "up",
            "out", "off", "down", "away", "back", "around", "him", "her", "them", "us", "me", "it", "you",
            "i", "we", "they", "he", "she", "his", "its", "their", "our", "my", "your");
    /** Capitalised words that open sentences or clauses and are not names. */
    static final Set<String> NOT_NAMES = set("But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "With",
            "As", "If", "When", "While", "After", "Before", "Since", "Although", "Though", "Meanwhile", "However",
            "Still", "Now", "Then", "Also", "Later", "Earlier", "Asked", "According", "Instead", "Indeed", "That",
            "This", "These", "Those", "There", "Here", "What", "Who", "Why", "How", "Where", "Which", "It", "He",
            "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Its", "Your", "Some", "Many",
            "Most", "All", "Both", "Each", "Every", "Other", "Others", "Another", "One", "Not", "No", "Yes",
            "Even", "Only", "Just", "Because", "From", "To", "By", "Of", "Under", "Over", "During", "Despite",
            "Today", "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Mr.", "Mrs.", "Ms.", "Dr.", "The", "A", "An",
            "Last", "Next", "Such", "Both", "Neither", "Either", "Said", "Says", "Like", "Unlike", "Without",
            "Whether", "Once", "Until", "Perhaps", "Maybe", "Well", "Oh", "Then", "Thus", "Again");
    /** Titles and roles in front of a name: dropped when the full name is looked up. */
    static final Set<String> TITLES = set("Mr.", "Mrs.", "Ms.", "Dr.", "Gov.", "Sen.", "Rep.", "Gen.", "Lt.",
            "Col.", "Sgt.", "Capt.", "Adm.", "Prof.", "Rev.", "Hon.", "Sens.", "Reps.", "President", "Vice",
            "Secretary", "Press", "Senator", "Governor", "Representative", "Congressman", "Congresswoman",
            "Mayor", "Minister", "Prime", "Chancellor", "Chairman", "Chairwoman", "Chair", "Speaker", "Leader",
            "Majority", "Minority", "Judge", "Justice", "Chief", "General", "Attorney", "Ambassador", "Director",
            "Spokesman", "Spokeswoman", "Spokesperson", "Adviser", "Advisor", "Deputy", "Acting", "Former",
            "former", "Democratic", "Republican", "Democrat", "GOP", "candidate", "nominee", "presidential",
            "Presidential", "Sheriff", "Officer", "Detective", "Pastor", "Father", "Sister", "Pope", "King",
            "Queen", "Prince", "Princess", "Lord", "Lady", "Sir", "Dame", "State", "Foreign", "Defense",
            "Commerce", "Treasury", "Homeland", "Security", "National", "Russian", "American", "U.S.",
            "Ukrainian", "Chinese", "British", "French", "German", "Israeli", "Mexican", "Canadian");
    /** Words that make a capitalised name an organisation. */
    static final Set<String> ORG_WORDS = set("House", "Kremlin", "Pentagon", "Committee", "Party", "Campaign",
            "Department", "Ministry", "Office", "Agency", "Commission", "Court", "Senate", "Congress",
            "Administration", "Council", "Association", "University", "Institute", "Foundation", "Center",
            "Bureau", "Service", "Times", "Post", "Journal", "News", "Press", "Network", "Inc.", "Corp.",
            "Co.", "Group", "Union", "Organization", "Bank", "Board", "Fund", "Company", "Club", "Coalition",
            "Council", "Caucus", "Federation", "Reuters", "CNN", "NBC", "CBS", "ABC", "Fox", "AP", "BBC",
            "Police", "Government", "Republicans", "Democrats", "PAC", "Project", "Alliance", "Society",
            "Tribune", "Herald", "Gazette", "Magazine", "Daily", "Street", "Politico", "Breitbart", "Review",
            "Statement", "Readout", "Transcript");
    /** Nouns that can be a source without a name: people by role, groups, documents. */
    static final Set<String> SOURCE_NOUNS = set("spokesman", "spokeswoman", "spokesperson", "spokespeople",
            "official", "officials", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "campaign",
            "statement", "readout", "transcript", "report", "reports", "poll", "polls", "survey", "surveys",
            "study", "studies", "analysts", "analyst", "experts", "expert", "critics", "critic", "supporters",
            "supporter", "voters", "voter", "people", "sources", "source", "lawyer", "lawyers", "attorney",
            "attorneys", "leaders", "leader", "group", "committee", "memo", "letter", "document", "documents",
            "data", "researchers", "economists", "economist", "observers", "residents", "officers", "police",
            "authorities", "government", "administration", "agency", "department", "ministry", "office",
            "website", "article", "story", "newspaper", "network", "president", "senator", "governor",
            "secretary", "candidate", "nominee", "chairman", "chairwoman", "director", "strategist",
            "strategists", "operative", "operatives", "consultant", "pollster", "pollsters", "organizers",
            "activists", "activist", "protesters", "members", "member", "lawmakers", "lawmaker", "delegates",
            "democrats", "republicans", "candidates", "journalist", "reporter", "reporters", "host", "anchor",
            "editor", "columnist", "author", "authors", "professor", "scientists", "scholars", "historians",
            "diplomats", "diplomat", "minister", "ministers", "mayor", "judge", "court", "justices", "panel",
            "board", "party", "white", "kremlin", "man", "woman", "men", "women", "friend", "friends",
            "father", "mother", "son", "daughter", "wife", "husband", "team", "staff", "staffers", "staffer",
            "executive", "executives", "ceo", "founder", "manager", "chief", "head", "spokesmen", "insiders",
            "allies", "ally", "rivals", "opponents", "opponent", "backers", "donors", "organization", "union",
            "coalition", "company", "firm", "bank", "group", "groups", "filing", "complaint", "lawsuit",
            "indictment", "ruling", "email", "emails", "tweet", "tweets", "post", "video", "ad", "speech",
            "interview", "release", "book", "paper", "analysis", "figures", "numbers", "records", "filings",
            "surveyed", "respondents", "americans", "users", "workers", "students", "parents", "veterans",
            "citizens", "investigators", "prosecutors", "police", "agents", "officers", "doctors", "physician",
            "physicians", "representative", "representatives", "representative", "delegation", "speaker",
            "leadership", "majority", "everyone", "nobody", "someone", "many", "some", "others", "most", "few",
            "both", "all");

    /** A set from a word list that may repeat words. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    static boolean isWord(String w) {
        return !w.isEmpty() && Character.isLetter(w.charAt(0));
    }

    static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** A token that can be part of a person's or organisation's name ("Karoline", "J.", "O'Brien"). */
    static boolean isNamePart(String w) {
        return isCapitalised(w) && !NOT_NAMES.contains(w) && Character.isLetter(w.charAt(0));
    }

    static boolean isConnector(String w) {
        return w.equals("of") || w.equals("de") || w.equals("van") || w.equals("von") || w.equals("bin")
                || w.equals("al") || w.equals("del") || w.equals("da") || w.equals("la") || w.equals("le")
                || w.equals("du") || w.equals("der") || w.equals("for") || w.equals("and") || w.equals("&");
    }
}
