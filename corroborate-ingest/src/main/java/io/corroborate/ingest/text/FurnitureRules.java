package io.corroborate.ingest.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether one line of a plain-text article is page furniture. Stateless.
 *
 * <p>The rules look at the shape of a line, never at particular pages: its length in words, whether it ends
 * like a sentence, its capitalisation, separators between short parts, and the vocabulary of web page
 * controls (share, subscribe, comment, newsletter, cookie, photo). A line that ends with a colon introduces
 * what follows and is kept; so is a line that carries a quotation, and a short line holding a date or
 * number (it can anchor the article's dates).
 */
public final class FurnitureRules {
    /** Longest line (in words) that can be a section label. */
    public static final int LABEL_MAX_WORDS = 3;
    /** Longest unpunctuated line (in words) that can be a prompt or a capitals line. */
    public static final int SHORT_MAX_WORDS = 8;
    /** Longest line (in words) that can be a prompt even when it ends like a sentence. */
    public static final int PROMPT_MAX_WORDS = 25;

    /** Verbs that open a prompt addressed to the reader of a web page. */
    private static final Set<String> UI_VERBS = Set.of("share", "click", "tap", "subscribe", "sign", "log",
            "login", "register", "follow", "read", "watch", "listen", "comment", "download", "join", "print",
            "email", "e-mail", "tweet", "like", "view", "continue", "skip", "scroll", "accept", "manage", "reply",
            "load", "show", "hide", "close", "back", "upgrade", "save", "copy", "bookmark", "explore", "enable",
            "donate", "advertise", "install", "get", "be", "see", "leave", "allow", "try", "support", "send");
    /** Words of web page controls and their surroundings. */
    private static final Set<String> UI_WORDS = Set.of("comment", "comments", "share", "shares", "subscribe",
            "subscription", "subscribers", "newsletter", "newsletters", "inbox", "click", "tap", "advertisement",
            "advertisements", "sponsored", "promoted", "cookie", "cookies", "related", "trending", "recommended",
            "stories", "app", "apps", "podcast", "notifications", "alerts", "facebook", "twitter", "whatsapp",
            "linkedin", "telegram", "reddit", "pinterest", "instagram", "youtube", "tiktok", "bookmark", "premium",
            "paywall", "javascript", "browser", "login", "account", "feedback", "gallery", "video", "videos",
            "photos", "slideshow", "print", "email", "link", "links", "menu", "homepage", "more", "ad", "ads",
            "watch", "listen", "read", "playlist", "episode", "download", "sign", "follow", "register");
    /** Nouns a reader prompt points at, for prompts that end like a sentence. */
    private static final Set<String> UI_OBJECTS = Set.of("newsletter", "newsletters", "inbox", "comment",
            "comments", "app", "notifications", "alerts", "subscription", "subscribe", "account", "article",
            "story", "stories", "podcast", "video", "videos", "updates", "feed", "page", "link", "briefing",
            "digest", "facebook", "twitter", "instagram", "whatsapp", "telegram", "youtube", "tiktok", "linkedin");

    private static final Set<String> READER_WORDS = Set.of("our", "your", "you", "us", "this", "here", "below");

    private static final Pattern CREDIT = Pattern.compile(
            "^[(\\[]?\\s*(?:file\\s+)?(?:photo(?:graph)?s?|images?|pictures?|pictured|illustrations?|video|graphics?"
                    + "|credits?|photo credit|image credit|source)\\s*(?::|/|\\||-|–|—|©|by\\b|courtesy\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COPYRIGHT = Pattern.compile("(?:^©|^\\(c\\)\\s|^copyright\\b|all rights reserved)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_SLASH_AGENCY = Pattern.compile(
            "\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*)*\\s*/\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*)*\\)?$");
    private static final Pattern COOKIE_CONTEXT = Pattern.compile(
            "\\bcookies?\\b.*\\b(?:use|uses|using|accept|consent|privacy|policy|settings|preferences|browsing|agree|continu\\w*)\\b"
                    + "|\\b(?:use|uses|using|accept|consent|privacy|policy|settings|preferences|browsing|agree|continu\\w*)\\b.*\\bcookies?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("^(?:https?://|www\\.)\\S+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s+[|•·»›/]\\s+|\\s*[|•·»›]\\s*");
    private static final Pattern BYLINE = Pattern.compile("^[Bb][Yy]\\s+\\p{Lu}[\\p{L}.'-]*(?:[\\s,]+(?:and\\s+)?\\p{Lu}[\\p{L}.'-]*){0,6}$",
            Pattern.UNICODE_CASE);
    private static final Pattern PAGE_META = Pattern.compile(
            "^(?:(?:first\\s+|last\\s+)?(?:published|updated|posted|modified)(?:\\s+on)?\\b\\s*:?.*\\d.*"
                    + "|\\d+\\s*(?:-\\s*)?(?:min(?:ute)?s?|mins?)\\.?\\s+read)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s");
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("^!\\[[^\\]]*]\\([^)]*\\)$");

    private FurnitureRules() {
    }

    /**
     * Classifies one line.
     *
     * @param line     the line without its line break (surrounding blanks are ignored)
     * @param markdown whether the file is Markdown (headings and image lines are markup)
     * @return why the line is furniture, or empty for body text
     */
    public static Optional<Furniture> classify(String line, boolean markdown) {
        String s = line.strip();
        if (s.isEmpty()) return Optional.empty();
        if (!hasWordChar(s)) return Optional.of(Furniture.NO_WORDS);
        if (markdown && (MARKDOWN_HEADING.matcher(s).find() || MARKDOWN_IMAGE.matcher(s).matches())) {
            return Optional.of(Furniture.MARKUP);
        }
        // a colon introduces what follows; a quotation or a "— Name" line attributes one
        if (s.endsWith(":") || opensWithQuote(s) || s.charAt(0) == '—' || s.charAt(0) == '–') return Optional.empty();
        String[] words = s.split("\\s+");
        int n = words.length;
        boolean sentenceEnd = endsLikeSentence(s);
        String lower = s.toLowerCase(Locale.ROOT);

        if (n <= 60 && COOKIE_CONTEXT.matcher(s).find()) return Optional.of(Furniture.COOKIE_NOTICE);
        if (n <= PROMPT_MAX_WORDS && (CREDIT.matcher(s).find() || COPYRIGHT.matcher(s).find())) {
            return Optional.of(Furniture.CREDIT);
        }
        if (URL.matcher(s).matches()) return Optional.of(Furniture.LINK_LIST);
        if (!sentenceEnd && isLinkList(s)) return Optional.of(Furniture.LINK_LIST);
        if (n <= SHORT_MAX_WORDS && PAGE_META.matcher(s).matches()) return Optional.of(Furniture.PAGE_META);
        if (n <= SHORT_MAX_WORDS && !sentenceEnd && BYLINE.matcher(s).matches()) return Optional.of(Furniture.BYLINE);
        if (n <= PROMPT_MAX_WORDS && isPrompt(words, sentenceEnd)) return Optional.of(Furniture.UI_PROMPT);
        if (sentenceEnd) return Optional.empty();
        if (n <= SHORT_MAX_WORDS && !sentenceEnd && NAME_SLASH_AGENCY.matcher(s).find() && !s.contains(" said")) {
            return Optional.of(Furniture.CREDIT);
        }
        boolean digits = s.chars().anyMatch(Character::isDigit);
        if (n <= SHORT_MAX_WORDS && isAllCaps(s)) return Optional.of(Furniture.ALL_CAPS);
        if (n <= LABEL_MAX_WORDS && !digits) return Optional.of(Furniture.SECTION_LABEL);
        // page-control words must be a good part of the line: "Shares worldwide surge ..." is a headline
        if (n <= SHORT_MAX_WORDS && !digits && countUiWords(lower) * 3 >= n && !hasClausePunctuation(s)) {
            return Optional.of(Furniture.UI_PROMPT);
        }
        if (n >= 4 && n <= 20 && isTitleCase(words)) return Optional.of(Furniture.TEASER_HEADLINE);
        return Optional.empty();
    }

    /** Whether the line ends as a sentence does: . ! ? … possibly followed by closing quotes or brackets. */
    static boolean endsLikeSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(s.charAt(i)) >= 0) i--;
        return i >= 0 && ".!?…".indexOf(s.charAt(i)) >= 0;
    }

    private static boolean opensWithQuote(String s) {
        return "\"“‘«„'".indexOf(s.charAt(0)) >= 0;
    }

    private static boolean hasWordChar(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
        return false;
    }

    private static boolean hasClausePunctuation(String s) {
        return s.indexOf(',') >= 0 || s.indexOf(';') >= 0;
    }

    /** Three or more short parts between separators: a menu or a list of links. */
    private static boolean isLinkList(String s) {
        String[] parts = LIST_SEPARATOR.split(s);
        if (parts.length < 3) return false;
        for (String p : parts) if (p.isBlank() || p.strip().split("\\s+").length > 5) return false;
        return true;
    }

    /**
     * A reader prompt: opens with a page-control verb and names what it acts on ("Sign up for our
     * newsletter.", "Share this article", "Be the first to comment"); a long line must also name a UI object.
     */
    private static boolean isPrompt(String[] words, boolean sentenceEnd) {
        String first = bare(words[0]);
        if (!UI_VERBS.contains(first)) return false;
        int objects = 0, ui = 0;
        for (int i = 1; i < words.length; i++) {
            String w = bare(words[i]);
            if (UI_OBJECTS.contains(w)) objects++;
            if (UI_WORDS.contains(w)) ui++;
        }
        if (objects > 0 && (sentenceEnd ? addressesReader(words) : words.length <= 12)) return true;
        // unpunctuated short prompts need only some page-control vocabulary ("Read more", "Click here")
        return !sentenceEnd && words.length <= SHORT_MAX_WORDS && (ui > 0 || words.length <= 3)
                && !first.equals("be") && !first.equals("get") && !first.equals("try") && !first.equals("see");
    }

    /** A sentence-like prompt speaks to the reader ("our newsletter", "this article", "click here"). */
    private static boolean addressesReader(String[] words) {
        for (String w : words) {
            if (READER_WORDS.contains(bare(w))) return true;
        }
        return false;
    }

    private static int countUiWords(String lower) {
        int c = 0;
        for (String w : lower.split("\\s+")) if (UI_WORDS.contains(bare(w))) c++;
        return c;
    }

    private static String bare(String w) {
        int a = 0, b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) a++;
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) b--;
        return w.substring(a, b).toLowerCase(Locale.ROOT);
    }

    private static boolean isAllCaps(String s) {
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        return upper >= 2;
    }

    /** Most words of four letters or more start with a capital, as headlines are set. */
    static boolean isTitleCase(String[] words) {
        int longWords = 0, capitalised = 0;
        for (String w : words) {
            String b = bareKeepCase(w);
            if (b.length() < 4) continue;
            longWords++;
            if (Character.isUpperCase(b.charAt(0))) capitalised++;
        }
        return longWords >= 2 && capitalised * 10 >= longWords * 8;
    }

    static String bareKeepCase(String w) {
        int a = 0, b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) a++;
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) b--;
        return w.substring(a, b);
    }
}
