package io.corroborate.ingest.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about it. Names are split into words at non-letters and
 * camel-case humps ("articleBody" -> article, body; "share-bar" -> share, bar) and the words are compared with
 * short lists, by prefix for the stems ("comment" matches comments, commenting). Whole-word matching keeps
 * "header" from matching "ad" and "shadow" from matching "ad".
 */
final class ClassHints {
    private ClassHints() { }

    /** Words of page furniture, never of an article body. */
    private static final Set<String> UNLIKELY = Set.of("comment", "comments", "disqus", "share", "sharing", "sharebar",
            "social", "related", "relatedposts", "recirc", "recirculation", "recommended", "recommendations", "outbrain",
            "taboola", "sidebar", "footer", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "gdpr",
            "newsletter", "subscribe", "subscription", "signup", "promo", "promotion", "sponsor", "sponsored",
            "advert", "advertisement", "advertising", "ad", "ads", "adslot", "adunit", "banner", "popup", "modal",
            "masthead", "menu", "nav", "navbar", "navigation", "pagination", "pager", "skyscraper", "shoutbox", "rss",
            "trending", "popular", "mostread", "most", "toolbar", "widget", "login", "signin", "tags", "tagcloud",
            "topics", "crumbs", "jump", "skip", "print", "dropdown", "overlay", "community", "replies", "agegate",
            "byline", "dateline", "timestamp", "author", "caption", "credit", "credits", "date", "pubdate", "meta",
            "image", "photo", "img", "gallery", "slideshow", "carousel", "thumbnail", "figure",
            // the same in the class names of sites written in other European languages
            "teilen", "verwandt", "aehnliche", "partager", "partage", "compartir", "compartilhar", "partilhar",
            "condividi", "delen", "udostepnij", "relacionados", "relacionadas", "relacionado", "correlati",
            "gerelateerd", "powiazane", "anuncio", "anuncios", "annonce", "annunci", "newsletters");

    /** Words of an article body. */
    private static final Set<String> LIKELY = Set.of("article", "articlebody", "body", "content", "entry", "hentry",
            "main", "post", "text", "blog", "story", "prose", "column", "richtext", "paragraph", "copy",
            "artikel", "inhalt", "beitrag", "texte", "contenu", "contenido", "cuerpo", "testo", "contenuto", "corpo",
            "conteudo", "articolo", "articulo", "artigo", "noticia", "tekst", "tresc");

    private static final Set<String> POSITIVE = Set.of("article", "articlebody", "body", "content", "entry", "hentry",
            "main", "page", "post", "text", "blog", "story", "prose", "richtext", "artikel", "inhalt", "beitrag",
            "contenu", "contenido", "contenuto", "conteudo", "articolo", "articulo", "artigo", "noticia", "tekst");

    private static final Set<String> NEGATIVE = Set.of("hidden", "hid", "banner", "combx", "comment", "comments",
            "contact", "footer", "masthead", "media", "meta", "outbrain", "taboola", "promo", "related", "scroll",
            "share", "sharing", "shoutbox", "sidebar", "skyscraper", "sponsor", "sponsored", "shopping", "tags",
            "widget", "ad", "ads", "advert", "advertisement", "social", "newsletter", "subscribe", "recommended",
            "byline", "author", "caption", "credit", "nav", "menu", "breadcrumb", "breadcrumbs", "popular", "trending",
            "cookie", "consent", "signup", "teaser", "teasers", "more", "readmore", "recirc");

    /** The words of an element's class and id, lower case. */
    static String[] words(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return NONE;
        StringBuilder sb = new StringBuilder(cls.length() + id.length() + 8);
        split(cls, sb);
        sb.append(' ');
        split(id, sb);
        String s = sb.toString().strip();
        return s.isEmpty() ? NONE : dropModified(s.split(" +"));
    }

    private static final String[] NONE = new String[0];

    private static final Set<String> MODIFIERS = Set.of("has", "no", "with", "without", "hide", "show");

    /** "has-image", "no-sidebar", "with-comments" describe a feature of the element, not what it is: drop both words. */
    private static String[] dropModified(String[] words) {
        boolean any = false;
        for (String w : words) if (MODIFIERS.contains(w)) any = true;
        if (!any) return words;
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (MODIFIERS.contains(words[i])) {
                i++;
                continue;
            }
            out.add(words[i]);
        }
        return out.toArray(NONE);
    }

    private static void split(String name, StringBuilder sb) {
        char prev = ' ';
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) sb.append(' ');
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(' ');
            }
            prev = c;
        }
    }

    /** {@link #unlikely}: no furniture word. */
    static final int LIKELY_OR_NEUTRAL = 0;
    /** {@link #unlikely}: a furniture word beside a content word ("article-comments", "main-content has-sidebar"). */
    static final int MIXED = 1;
    /** {@link #unlikely}: furniture words only (comments, share bars, related lists, cookie notices). */
    static final int FURNITURE = 2;

    /** Whether an element's name says it is page furniture: {@link #FURNITURE}, {@link #MIXED} or neither. */
    static int unlikely(Element e) {
        String[] w = words(e);
        if (w.length == 0) return LIKELY_OR_NEUTRAL;
        boolean bad = false;
        boolean good = false;
        for (String s : w) {
            if (LIKELY.contains(s)) good = true;
            if (UNLIKELY.contains(s) || s.startsWith("comment") || s.startsWith("advert") || s.startsWith("newsletter")
                    || s.startsWith("subscri") || s.startsWith("sponsor") || s.startsWith("recommend")
                    || s.startsWith("breadcrumb") || s.startsWith("sharing") || s.startsWith("related")
                    || s.startsWith("kommentar") || s.startsWith("comentar") || s.startsWith("komentar")
                    || s.startsWith("reactie") || s.startsWith("publicit") || s.startsWith("pubblicit")
                    || s.startsWith("werbung") || s.startsWith("anzeige") || s.startsWith("reclam")
                    || s.startsWith("reklam")) {
                bad = true;
            }
        }
        return !bad ? LIKELY_OR_NEUTRAL : good ? MIXED : FURNITURE;
    }

    /** Readability-style class weight: +25 for a content name, -25 for a furniture name, summed over class and id. */
    static int weight(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return 0;
        int w = 0;
        w += weightOf(wordsOf(cls));
        w += weightOf(wordsOf(id));
        return w;
    }

    private static String[] wordsOf(String name) {
        if (name.isEmpty()) return NONE;
        StringBuilder sb = new StringBuilder(name.length() + 4);
        split(name, sb);
        String s = sb.toString().strip();
        return s.isEmpty() ? NONE : dropModified(s.split(" +"));
    }

    private static int weightOf(String[] words) {
        if (words.length == 0) return 0;
        boolean pos = false;
        boolean neg = false;
        for (String s : words) {
            if (POSITIVE.contains(s)) pos = true;
            if (NEGATIVE.contains(s) || s.startsWith("comment") || s.startsWith("advert") || s.startsWith("sponsor")
                    || s.startsWith("share") || s.startsWith("related") || s.startsWith("kommentar")
                    || s.startsWith("comentar") || s.startsWith("werbung") || s.startsWith("publicit")) {
                neg = true;
            }
        }
        return (pos ? 25 : 0) - (neg ? 25 : 0);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
