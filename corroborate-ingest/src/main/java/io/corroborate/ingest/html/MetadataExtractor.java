package io.corroborate.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata before any cleaning: title, publication date, outlet, byline, canonical URL and
 * language. Each field is taken from the most specific source that has it: JSON-LD (schema.org
 * {@code NewsArticle} and kin), OpenGraph / {@code article:*} meta, other {@code <meta>} names, microdata, then
 * visible cues ({@code <title>}, {@code <h1>}, {@code <time>}, byline elements) and finally the URL.
 * Stateless and thread-safe.
 */
final class MetadataExtractor {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting",
            "techarticle", "scholarlyarticle", "report", "socialmediaposting", "posting", "review", "advertisertextonly");

    // meta names (lower case) that carry the publication date, most specific first
    private static final List<String> DATE_META = List.of("article:published_time", "og:article:published_time",
            "article:published", "datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
            "publication_date", "published_time", "published-date", "parsely-pub-date", "sailthru.date",
            "article.published", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
            "citation_publication_date", "citation_date", "originalpublicationdate", "article_date_original",
            "date_published", "article.created", "dc.date", "dcterms.date", "date", "og:published_time",
            "release_date", "displaydate", "og:updated_time", "article:modified_time", "last-modified", "dc.date.modified");

    private static final List<String> AUTHOR_META = List.of("author", "article:author", "dc.creator", "dcterms.creator",
            "byl", "parsely-author", "sailthru.author", "citation_author", "twitter:creator");

    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|\\-–—·•»/]\\s+|\\s+::\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile(
            "^(?i)(by|von|par|por|di|da|door|av|af|przez|autor(?:\\(?in\\)?)?|text|texto|testo|written by)\\s*:?\\s+");

    PageMetadata extract(Document doc, String url) {
        Meta meta = Meta.of(doc);
        JsonNode ld = articleJsonLd(doc);

        String canonical = canonical(doc, meta, url);
        String h1 = firstH1(doc);
        String siteName = first(meta.get("og:site_name"), publisherName(ld), meta.get("application-name"),
                meta.get("al:ios:app_name"), meta.get("twitter:site") == null ? null : meta.get("twitter:site").replaceFirst("^@", ""));
        String title = title(doc, meta, ld, h1, siteName);
        DateValues.Parsed date = published(doc, meta, ld, canonical != null ? canonical : url);
        String byline = byline(doc, meta, ld);
        String language = language(doc, meta);
        return new PageMetadata(title, date == null ? null : date.date(), date == null ? null : date.iso(),
                clean(siteName), byline, canonical, language);
    }

    // ------------------------------------------------------------------ title

    private static String title(Document doc, Meta meta, JsonNode ld, String h1, String siteName) {
        String ldHeadline = ld == null ? null : text(ld.get("headline"));
        String og = first(meta.get("og:title"), meta.get("twitter:title"), meta.get("title"), meta.get("headline"),
                meta.get("dc.title"));
        String docTitle = doc.title();
        // the h1 is the visible headline; trust it when a metadata title confirms it
        for (String c : new String[] {ldHeadline, og, docTitle}) {
            // ...and is most of it: an h1 holding the site's name is only the tail of "Headline | Site Name"
            if (h1 != null && c != null && h1.length() >= 10 && norm(c).contains(norm(h1))
                    && norm(h1).length() * 2 >= norm(c).length()) {
                return h1;
            }
        }
        String t = first(ldHeadline, og);
        if (t != null) return stripSiteName(clean(t), siteName, h1);
        if (docTitle != null && !docTitle.isBlank()) return stripSiteName(clean(docTitle), siteName, h1);
        return h1;
    }

    /** "Headline | Outlet" -> "Headline": drops the part naming the site, else a short trailing or leading part. */
    static String stripSiteName(String title, String siteName, String h1) {
        if (title == null) return null;
        String[] parts = TITLE_SEPARATORS.split(title);
        if (parts.length < 2) return title;
        if (h1 != null) {
            for (String p : parts) if (norm(p).equals(norm(h1))) return p.strip();
        }
        String site = siteName == null ? "" : norm(siteName);
        List<String> keep = new ArrayList<>();
        for (String p : parts) {
            String n = norm(p);
            boolean isSite = !site.isEmpty() && (n.equals(site) || n.contains(site) && n.length() < site.length() + 12);
            if (!isSite) keep.add(p.strip());
        }
        if (keep.isEmpty()) return title;
        if (keep.size() < parts.length) return String.join(" - ", keep);
        // no site name known: drop a short last part (a site or section name)
        String last = parts[parts.length - 1].strip();
        int lastWords = last.split("\\s+").length;
        String rest = title.substring(0, title.length() - last.length()).replaceFirst("\\s*(\\||-|–|—|·|•|»|/|::)\\s*$", "");
        if (lastWords <= 3 && rest.split("\\s+").length > lastWords + 2) return rest.strip();
        return title;
    }

    private static String firstH1(Document doc) {
        Element h1 = headline(doc);
        if (h1 == null) return null;
        String t = clean(h1.text());
        return t == null || t.length() < 3 || t.length() > 300 ? null : t;
    }

    /** The visible headline: an h1 in the article before any other (a site's logo is often an h1 too). */
    static Element headline(Document doc) {
        for (String q : new String[] {"article h1", "main h1", "[itemprop=headline]", "h1"}) {
            for (Element e : doc.select(q)) {
                if (!e.text().isBlank()) return e;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ date

    private static DateValues.Parsed published(Document doc, Meta meta, JsonNode ld, String url) {
        if (ld != null) {
            for (String k : new String[] {"datePublished", "dateCreated", "uploadDate"}) {
                DateValues.Parsed p = DateValues.parse(text(ld.get(k)));
                if (p != null) return p;
            }
        }
        for (String name : DATE_META) {
            if (name.equals("og:updated_time")) {
                // modification dates only after every publication cue, including visible ones
                DateValues.Parsed p = visibleDate(doc);
                if (p != null) return p;
                p = DateValues.fromUrl(url);
                if (p != null) return p;
            }
            DateValues.Parsed p = DateValues.parse(meta.get(name));
            if (p != null) return p;
        }
        DateValues.Parsed line = datelineNearHeadline(doc);
        if (line != null) return line;
        if (ld != null) {
            DateValues.Parsed p = DateValues.parse(text(ld.get("dateModified")));
            if (p != null) return p;
        }
        return null;
    }

    private static DateValues.Parsed visibleDate(Document doc) {
        for (Element e : doc.select("[itemprop=datePublished], [itemprop=dateCreated]")) {
            DateValues.Parsed p = DateValues.parse(first(e.attr("content"), e.attr("datetime"), e.text()));
            if (p != null) return p;
        }
        for (Element e : doc.select("time[pubdate], time[datetime]")) {
            if (ContentExtractor.insideBoilerplate(e)) continue;
            DateValues.Parsed p = DateValues.parse(first(e.attr("datetime"), e.text()));
            if (p != null) return p;
        }
        for (Element e : doc.select("[class~=(?i)(^|[-_])(date|dateline|published|pubdate|timestamp|posted|post-date|entry-date|time)([-_]|$)]")) {
            String t = e.text();
            if (t.length() > 80 || ContentExtractor.insideBoilerplate(e)) continue;
            DateValues.Parsed p = DateValues.parse(t);
            if (p != null) return p;
        }
        return null;
    }

    /**
     * A date written beside the headline, where pages print "by X, 25. September 2018" or "Monday, November 18,
     * 2019": the first written-out date in the text just after the h1, else just before it.
     */
    private static DateValues.Parsed datelineNearHeadline(Document doc) {
        Element h1 = headline(doc);
        if (h1 == null || doc.body() == null) return null;
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        boolean[] seen = {false};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node == h1) return FilterResult.SKIP_CHILDREN;
                if (node instanceof Element e && (e.nameIs("script") || e.nameIs("style"))) return FilterResult.SKIP_ENTIRELY;
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    StringBuilder sb = seen[0] ? after : before;
                    sb.append(t.text()).append(' ');
                    if (!seen[0] && before.length() > 600) before.delete(0, before.length() - 300);
                    if (after.length() > 300) return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
                if (node == h1) seen[0] = true;
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        DateValues.Parsed p = DateValues.parseWritten(after.length() > 300 ? after.substring(0, 300) : after.toString());
        if (p != null) return p;
        String b = before.length() > 200 ? before.substring(before.length() - 200) : before.toString();
        return DateValues.parseWritten(b);
    }

    // ------------------------------------------------------------------ byline

    private static String byline(Document doc, Meta meta, JsonNode ld) {
        if (ld != null) {
            String a = names(ld.get("author"));
            if (a != null) return a;
        }
        for (String name : AUTHOR_META) {
            String v = meta.get(name);
            if (v != null && !v.contains("://") && !v.startsWith("@") && v.length() <= 120 && v.matches(".*\\p{L}.*")) {
                return cleanByline(v);
            }
        }
        Element rel = doc.selectFirst("a[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
        if (rel != null && rel.text().length() <= 120) {
            String v = cleanByline(rel.text());
            if (v != null) return v;
        }
        for (Element e : doc.select("[class~=(?i)(^|[-_])(byline|author|author-name|byline-name|writer)([-_]|$)]")) {
            String t = e.text();
            if (t.length() < 3 || t.length() > 120) continue;
            String v = cleanByline(t);
            if (v != null) return v;
        }
        return null;
    }

    static String cleanByline(String raw) {
        String v = clean(raw);
        if (v == null) return null;
        v = BY_PREFIX.matcher(v).replaceFirst("");
        v = v.replaceFirst("(?i)^(by)(?=\\p{Lu})", "");
        v = v.strip();
        return v.isEmpty() || !v.matches("(?s).*\\p{L}.*") ? null : v;
    }

    private static String names(JsonNode n) {
        if (n == null || n.isNull()) return null;
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            for (JsonNode x : n) {
                String s = names(x);
                if (s != null && !out.contains(s)) out.add(s);
            }
        } else if (n.isObject()) {
            String s = text(n.get("name"));
            if (s != null) out.add(clean(s));
        } else if (n.isTextual() && !n.asText().contains("://")) {
            String s = cleanByline(n.asText());
            if (s != null) out.add(s);
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    // ------------------------------------------------------------------ outlet, canonical, language

    private static String publisherName(JsonNode ld) {
        if (ld == null) return null;
        JsonNode p = ld.get("publisher");
        if (p != null && p.isArray() && !p.isEmpty()) p = p.get(0);
        if (p == null) return null;
        return p.isObject() ? text(p.get("name")) : text(p);
    }

    private static String canonical(Document doc, Meta meta, String url) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        String c = link != null ? link.attr("abs:href") : null;
        if (c == null || c.isBlank()) c = link != null ? link.attr("href") : null;
        if (c == null || c.isBlank() || !c.matches("(?i)https?://.+")) c = meta.get("og:url");
        if (c == null || !c.matches("(?i)https?://.+")) c = url;
        if (c != null && url != null && c.startsWith("/")) {
            try {
                c = URI.create(url).resolve(c).toString();
            } catch (IllegalArgumentException e) {
                c = url;
            }
        }
        return c == null || c.isBlank() ? null : c.strip();
    }

    private static String language(Document doc, Meta meta) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank() && html != null) lang = html.attr("xml:lang");
        if (lang.isBlank()) lang = first(meta.get("content-language"), meta.get("og:locale"), meta.get("language"), meta.get("dc.language"));
        if (lang == null || lang.isBlank()) return null;
        String primary = lang.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    // ------------------------------------------------------------------ JSON-LD

    /** The page's article object from JSON-LD (searching arrays and {@code @graph}), or null. */
    static JsonNode articleJsonLd(Document doc) {
        JsonNode fallback = null;
        for (Element s : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(s.data().strip());
            } catch (Exception e) {
                continue; // broken JSON-LD is common; other cues follow
            }
            List<JsonNode> objs = new ArrayList<>();
            flatten(root, objs, 0);
            for (JsonNode o : objs) {
                if (isArticle(o)) return o;
                if (fallback == null && (o.has("datePublished") || o.has("headline"))) fallback = o;
            }
        }
        return fallback;
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) return;
        if (n.isArray()) {
            for (JsonNode x : n) flatten(x, out, depth + 1);
        } else if (n.isObject()) {
            out.add(n);
            flatten(n.get("@graph"), out, depth + 1);
            JsonNode main = n.get("mainEntity");
            if (main != null && main.isObject()) flatten(main, out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode o) {
        JsonNode t = o.get("@type");
        if (t == null) return false;
        if (t.isArray()) {
            for (JsonNode x : t) if (ARTICLE_TYPES.contains(x.asText().toLowerCase(Locale.ROOT))) return true;
            return false;
        }
        return ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT));
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isArray()) return n.isEmpty() ? null : text(n.get(0));
        if (n.isObject()) return text(n.has("name") ? n.get("name") : n.get("@value"));
        String s = n.asText();
        return s == null || s.isBlank() ? null : s;
    }

    // ------------------------------------------------------------------ helpers

    /** The page's meta tags by lower-cased name / property / itemprop / http-equiv; the first value wins. */
    private record Meta(java.util.Map<String, String> values) {
        static Meta of(Document doc) {
            java.util.Map<String, String> m = new java.util.HashMap<>();
            for (Element e : doc.select("meta[content]")) {
                String content = e.attr("content").strip();
                if (content.isEmpty()) continue;
                for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                    String k = e.attr(attr).strip().toLowerCase(Locale.ROOT);
                    if (!k.isEmpty()) m.putIfAbsent(k, content);
                }
            }
            return new Meta(m);
        }

        String get(String key) {
            return values.get(key);
        }
    }

    static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    static String clean(String s) {
        if (s == null) return null;
        String t = org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("[\\s\\u00a0]+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
