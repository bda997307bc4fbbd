package io.corroborate.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text of a page. The method (docs/extraction.md):
 * <ol>
 *   <li>drop what is never body text: scripts, forms controls, navigation, asides, footers, figures, hidden
 *       elements, and elements whose class/id names page furniture (comments, share bars, related lists);</li>
 *   <li>score containers by the paragraphs under them (length, commas), weighted by their class/id and
 *       discounted by link density; the best one, widened to its parent when several good candidates share it,
 *       is the root; a schema.org {@code articleBody} element is preferred when it holds most of that text;</li>
 *   <li>walk the root (and body-like siblings) in document order, skipping link lists and furniture-named
 *       blocks, and write each paragraph, heading, list item and table row as one line;</li>
 *   <li>drop lines repeated on the page ("Advertisement") and the headline itself.</li>
 * </ol>
 * Mutates the document it is given (the facade parses a fresh one per page). Stateless and thread-safe.
 */
final class ContentExtractor {
    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "applet", "audio", "video", "map", "button", "input", "select", "option",
            "optgroup", "textarea", "nav", "aside", "footer", "menu", "dialog", "link", "meta", "head", "picture",
            "source", "track", "figure", "figcaption", "label", "fieldset", "datalist", "output", "progress");

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
            "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
            "tfoot", "tr", "hr", "address", "center", "form", "body", "details", "summary", "hgroup");

    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "ul", "ol", "table", "form", "header",
            "dl", "article", "center", "details", "span");

    private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "blockquote");

    private static final Set<String> TABLE_PARTS = Set.of("tr", "td", "th", "tbody", "thead", "tfoot");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private static final boolean DEBUG = Boolean.getBoolean("corroborate.debug.extract");

    /** Per-element counts over its whole subtree (skipped subtrees excluded). */
    private static final class Stat {
        int text;      // non-space characters
        int link;      // non-space characters inside links
        int commas;
        double score;  // candidate score, once scored
        boolean candidate;
    }

    /** The text of the page's main content (may be empty), lines separated by "\n". */
    String extract(Document doc, String title, String byline, List<String> warnings) {
        Element body = doc.body();
        if (body == null) return "";
        removeJunk(body);
        Map<Element, Stat> all = stats(body, Collections.emptySet());
        Set<Element> unlikely = unlikely(body, all);
        String text = attempt(body, unlikely, title, byline);
        if (text.length() < 250 && !unlikely.isEmpty()) {
            // the names misled us (a "has-sidebar" wrapper, say): try again trusting the structure alone
            String retry = attempt(body, Collections.emptySet(), title, byline);
            if (retry.length() > text.length() * 2) text = retry;
        }
        if (text.isEmpty()) warnings.add("no main text found");
        return text;
    }

    private String attempt(Element body, Set<Element> skip, String title, String byline) {
        Map<Element, Stat> stats = stats(body, skip);
        List<Element> roots = roots(body, stats);
        if (DEBUG) {
            for (Element r : roots) System.err.println("root: " + r.cssSelector() + " text=" + stats.get(r).text + " score=" + stats.get(r).score);
        }
        List<Line> lines = new ArrayList<>();
        for (Element root : roots) collect(root, stats, skip, lines);
        return String.join("\n", postFilter(lines, title, byline));
    }

    // ------------------------------------------------------------------ step 1: junk

    private static void removeJunk(Element body) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            if (JUNK_TAGS.contains(e.normalName()) || hidden(e)) drop.add(e);
        }
        for (Element e : drop) e.remove();
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) return true;
        }
        if ("true".equals(e.attr("aria-hidden")) && !e.normalName().equals("body")) return true;
        String cls = e.className();
        if (!cls.isEmpty()) {
            String c = cls.toLowerCase(Locale.ROOT);
            return c.contains("sr-only") || c.contains("visually-hidden") || c.contains("visuallyhidden")
                    || c.contains("screen-reader") || c.contains("element-invisible");
        }
        return false;
    }

    /** Elements named as furniture, except those that hold a large share of the page's text. */
    private static Set<Element> unlikely(Element body, Map<Element, Stat> all) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        int total = Math.max(1, all.get(body).text);
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            String tag = e.normalName();
            Element first = e.firstElementChild();
            if (first != null && HEADINGS.contains(first.normalName()) && !HEADINGS.contains(tag)
                    && !tag.equals("main") && introducesFurniture(first)) {
                out.add(e); // a box that opens with "Related stories" / "Você pode gostar"
                continue;
            }
            if (tag.equals("article") || tag.equals("main") || TABLE_PARTS.contains(tag)) continue;
            int level = ClassHints.unlikely(e);
            if (level == ClassHints.LIKELY_OR_NEUTRAL) continue;
            Stat s = all.get(e);
            if (s == null) continue; // inside an element already skipped
            double share = (double) s.text / total;
            if (level == ClassHints.FURNITURE ? share < 0.5 : share < 0.2) {
                out.add(e);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ counts

    private static Map<Element, Stat> stats(Element root, Set<Element> skip) {
        // jsoup elements compare by identity; insertion (document) order keeps tie-breaks deterministic
        Map<Element, Stat> stats = new java.util.LinkedHashMap<>();
        int[] linkDepth = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (skip.contains(e)) return FilterResult.SKIP_ENTIRELY;
                    stats.put(e, new Stat());
                    if (e.nameIs("a")) linkDepth[0]++;
                } else if (node instanceof TextNode t && node.parent() instanceof Element p) {
                    Stat s = stats.get(p);
                    if (s != null) {
                        String w = t.getWholeText();
                        int n = 0;
                        int commas = 0;
                        for (int i = 0; i < w.length(); i++) {
                            char c = w.charAt(i);
                            if (!Character.isWhitespace(c) && c != '\u00a0') n++;
                            if (c == ',' || c == '，' || c == '、' || c == '،') commas++;
                        }
                        s.text += n;
                        s.commas += commas;
                        if (linkDepth[0] > 0) s.link += n;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.nameIs("a")) linkDepth[0]--;
                    Stat s = stats.get(e);
                    Element parent = e.parent();
                    Stat ps = parent == null ? null : stats.get(parent);
                    if (s != null && ps != null && e != root) {
                        ps.text += s.text;
                        ps.link += s.link;
                        ps.commas += s.commas;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return stats;
    }

    private static double linkDensity(Stat s) {
        return s.text == 0 ? 0 : (double) s.link / s.text;
    }

    // ------------------------------------------------------------------ step 2: the root

    private static List<Element> roots(Element body, Map<Element, Stat> stats) {
        List<Element> candidates = new ArrayList<>();
        for (Map.Entry<Element, Stat> en : stats.entrySet()) {
            Element p = en.getKey();
            Stat s = en.getValue();
            if (s.text < 20) continue;
            if (isParagraph(p)) {
                addScore(p.parent(), s.text, s.commas, body, stats, candidates);
            } else if (RUN_CONTAINERS.contains(p.normalName())) {
                // text written straight into a container beside its blocks ("<div><p>..</p>text<br>text</div>")
                int run = 0;
                int commas = 0;
                for (Node c : p.childNodes()) {
                    if (c instanceof TextNode t) {
                        String w = t.getWholeText();
                        for (int i = 0; i < w.length(); i++) {
                            char ch = w.charAt(i);
                            if (!Character.isWhitespace(ch) && ch != '\u00a0') run++;
                            if (ch == ',') commas++;
                        }
                    } else if (c instanceof Element ce) {
                        Stat cs = stats.get(ce);
                        if (cs == null) continue;
                        if (BLOCK_TAGS.contains(ce.normalName())) {
                            if (run >= 20) addScore(p, run, commas, body, stats, candidates);
                            run = 0;
                            commas = 0;
                        } else {
                            run += cs.text - cs.link;
                            commas += cs.commas;
                        }
                    }
                }
                if (run >= 20) addScore(p, run, commas, body, stats, candidates);
            }
        }
        if (candidates.isEmpty()) return List.of(body);
        for (Element c : candidates) {
            Stat s = stats.get(c);
            s.score *= 1 - linkDensity(s);
        }
        candidates.sort((a, b) -> Double.compare(stats.get(b).score, stats.get(a).score));
        Element top = candidates.get(0);
        double topScore = stats.get(top).score;

        // never widen past the <article> that holds the best candidate: its siblings are other stories
        Element ceiling = body;
        for (Element p = top; p != null && p != body; p = p.parent()) {
            if (p.nameIs("article")) {
                ceiling = p;
                break;
            }
        }
        // several strong candidates under one ancestor: the ancestor is the article (split bodies)
        List<Element> strong = new ArrayList<>();
        for (int i = 1; i < Math.min(5, candidates.size()); i++) {
            if (stats.get(candidates.get(i)).score >= topScore * 0.75) strong.add(candidates.get(i));
        }
        if (strong.size() >= 3 && top != ceiling) {
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                int n = 0;
                for (Element c : strong) if (isAncestor(p, c)) n++;
                if (n >= 3) {
                    top = p;
                    break;
                }
                if (p == ceiling) break;
            }
        }
        // climb while the parent scores higher (the paragraphs' scores spread upward)
        double last = stats.get(top).candidate ? stats.get(top).score : topScore;
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != body && top != ceiling; p = p.parent()) {
            Stat ps = stats.get(p);
            if (ps == null || !ps.candidate) {
                if (p == ceiling) break;
                continue;
            }
            if (ps.score < threshold) break;
            if (ps.score > last) {
                top = p;
                break;
            }
            last = ps.score;
            if (p == ceiling) break;
        }
        while (top != ceiling && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }

        Element marked = articleBody(body, stats, top);
        if (marked != null) return List.of(marked);
        List<Element> roots = siblings(top, stats);
        return withCousins(roots, top, ceiling, body, stats);
    }

    /**
     * A body split into chunks that share one class ("article__body", "paywall") under different parents: every
     * chunk named like the best one, with text and few links, joins it in document order.
     */
    private static List<Element> withCousins(List<Element> roots, Element top, Element ceiling, Element body,
                                             Map<Element, Stat> stats) {
        String cls = top.className();
        if (cls.isEmpty()) return roots;
        Element scope = top.parent();
        for (int i = 0; i < 3 && scope != null && scope != body && scope != ceiling; i++) scope = scope.parent();
        if (scope == null) return roots;
        List<Element> found = new ArrayList<>();
        for (Element e : scope.getAllElements()) {
            if (e == top || !e.normalName().equals(top.normalName()) || !e.className().equals(cls)) continue;
            Stat s = stats.get(e);
            if (s == null || s.text < 100 || linkDensity(s) > 0.4) continue;
            boolean nested = false;
            for (Element r : roots) if (isAncestor(r, e) || isAncestor(e, r)) nested = true;
            if (!nested) found.add(e);
        }
        if (found.isEmpty()) return roots;
        List<Element> all = new ArrayList<>(roots);
        all.addAll(found);
        List<Element> ordered = new ArrayList<>();
        for (Element e : scope.getAllElements()) if (all.contains(e)) ordered.add(e);
        for (Element r : roots) if (!ordered.contains(r)) ordered.add(r);
        return ordered;
    }

    /** The best candidate and those of its siblings that read like more of the article (Readability's rule). */
    private static List<Element> siblings(Element top, Map<Element, Stat> stats) {

        Element parent = top.parent();
        if (parent == null) return List.of(top);
        Stat ts = stats.get(top);
        double sibThreshold = Math.max(10, ts.score * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                roots.add(sib);
                continue;
            }
            if (sib.nameIs("article") && top.nameIs("article")) continue; // another story
            Stat ss = stats.get(sib);
            if (ss == null || ss.text == 0) continue;
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? ts.score * 0.2 : 0;
            if (ss.candidate && ss.score + bonus >= sibThreshold) {
                roots.add(sib);
            } else if (sib.nameIs("p")) {
                double ld = linkDensity(ss);
                String t = sib.text();
                if (ss.text > 70 && ld < 0.25 || ss.text > 0 && ss.text <= 70 && ld == 0 && t.matches("(?s).*[.!?。]( |$).*")) {
                    roots.add(sib);
                }
            }
        }
        return roots;
    }

    private static final Set<String> RUN_CONTAINERS = Set.of("div", "section", "article", "main", "td", "center", "form",
            "blockquote", "body");

    /** Adds a paragraph's score to its container and, divided by distance, to four more ancestors. */
    private static void addScore(Element container, int text, int commas, Element body, Map<Element, Stat> stats,
                                 List<Element> candidates) {
        double score = 1 + commas + Math.min(text / 85, 3);
        Element anc = container;
        for (int level = 0; anc != null && level < 5; level++, anc = anc.parent()) {
            Stat as = stats.get(anc);
            if (as == null) break;
            if (!as.candidate) {
                as.candidate = true;
                as.score = initialScore(anc);
                candidates.add(anc);
            }
            double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            as.score += score / div;
            if (anc == body) break;
        }
    }

    /** A single schema.org articleBody (or a body-named element) that holds most of the chosen root's text. */
    private static Element articleBody(Element body, Map<Element, Stat> stats, Element top) {
        List<Element> marked = body.select("[itemprop=articleBody], [itemprop=articlebody]");
        if (marked.size() != 1) return null;
        Element m = marked.get(0);
        Stat ms = stats.get(m);
        Stat ts = stats.get(top);
        if (ms == null || ts == null) return null;
        if (isAncestor(m, top)) return m.childrenSize() > 0 && ms.text <= ts.text * 1.6 ? m : null;
        return ms.text >= ts.text * 0.6 ? m : null;
    }

    private static boolean isAncestor(Element anc, Element e) {
        for (Element p = e; p != null; p = p.parent()) if (p == anc) return true;
        return false;
    }

    private static boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (SCORED_TAGS.contains(tag)) return true;
        if (!tag.equals("div") && !tag.equals("section") && !tag.equals("span")) return false;
        // a div used as a paragraph: text but no block children
        for (Element c : e.children()) if (BLOCK_TAGS.contains(c.normalName())) return false;
        return !tag.equals("span") || e.parent() != null && !isParagraphLikeParent(e.parent());
    }

    private static boolean isParagraphLikeParent(Element p) {
        return SCORED_TAGS.contains(p.normalName()) || HEADINGS.contains(p.normalName());
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + ClassHints.weight(e);
    }

    // ------------------------------------------------------------------ step 3: the text

    /** One output line; headings are marked so that a heading left with nothing under it can go. */
    private record Line(String text, boolean heading, boolean h1) { }

    private static void collect(Element root, Map<Element, Stat> stats, Set<Element> skip, List<Line> lines) {
        StringBuilder line = new StringBuilder();
        Set<Element> skipNext = Collections.newSetFromMap(new IdentityHashMap<>());
        int[] headingDepth = {0};
        boolean[] inH1 = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendNormalized(line, t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                if (e != root && (skip.contains(e) || skipNext.contains(e) || dropBlock(e, stats))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tag = e.normalName();
                if (HEADINGS.contains(tag) && e != root) {
                    if (introducesFurniture(e)) {
                        // "Related stories", "Lesen Sie auch": the heading and the list under it
                        Element next = e.nextElementSibling();
                        if (next != null && (next.normalName().equals("ul") || next.normalName().equals("ol")
                                || stats.get(next) != null && linkDensity(stats.get(next)) > 0.3)) {
                            skipNext.add(next);
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    flush(line, lines, headingDepth[0] > 0, inH1[0]);
                    headingDepth[0]++;
                    if (tag.equals("h1")) inH1[0] = true;
                } else if (tag.equals("br") || BLOCK_TAGS.contains(tag)) {
                    flush(line, lines, headingDepth[0] > 0, inH1[0]);
                } else if (tag.equals("td") || tag.equals("th")) {
                    while (!line.isEmpty() && line.charAt(line.length() - 1) == ' ') line.setLength(line.length() - 1);
                    if (!line.isEmpty()) line.append(" | ");
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush(line, lines, headingDepth[0] > 0, inH1[0]);
                    if (HEADINGS.contains(e.normalName()) && e != root) headingDepth[0]--;
                    if (e.nameIs("h1")) inH1[0] = false;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(line, lines, false, false);
    }

    /** Phrases that head a box of links to other pages, in the main European languages (compared by prefix). */
    private static final List<String> FURNITURE_HEADINGS = List.of("related", "read more", "read also", "also read",
            "more from", "more on this", "more stories", "more great", "you may also like", "you might also like",
            "you may like", "recommended", "see also", "most popular", "most read", "trending", "join the conversation",
            "share this", "follow us", "lesen sie auch", "mehr zum thema", "das könnte sie auch interessieren",
            "weitere artikel", "auch interessant", "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet",
            "vous aimerez aussi", "te puede interesar", "lee también", "noticias relacionadas", "leggi anche",
            "potrebbe interessarti", "articoli correlati", "você pode gostar", "voce pode gostar", "leia também",
            "leia mais", "veja também", "notícias relacionadas", "lees ook", "gerelateerde artikelen", "meer nieuws",
            "czytaj także", "czytaj też", "przeczytaj również", "läs också", "les også", "læs også", "lue myös",
            "další články", "čtěte také", "διαβάστε επίσης", "читайте также", "читайте також", "смотрите также",
            "похожие", "самые популярные", "популярное", "рекомендуем", "lo más leído", "lo mas leido", "más leídas",
            "les plus lus", "à voir aussi", "meistgelesen", "am meisten gelesen", "mehr aus", "i più letti",
            "più letti", "ti potrebbe interessare", "meest gelezen", "ook interessant", "mais lidas", "mais lidos",
            "najczęściej czytane", "zobacz też", "zobacz także", "polecamy", "nejčtenější", "související", "mest läst",
            "relaterat", "mest læste", "mest lest", "luetuimmat", "legolvasottabb", "kapcsolódó", "citește și",
            "articole similare");

    private static final List<String> COMMENT_WORDS = List.of("comments", "comment", "leave a reply", "leave a comment",
            "kommentare", "kommentar", "commentaires", "commentaire", "comentarios", "comentario", "commenti", "commento",
            "comentários", "comentário", "reacties", "reactie", "komentarze", "kommentarer", "kommentit", "komentáře");

    /** A short line that closes a page's body without being part of it ("Comments", "Share this", "Related"). */
    private static boolean closingFurniture(String line) {
        if (line.length() > 60) return false;
        String n = line.toLowerCase(Locale.ROOT).replaceAll("^[\\d\\s]+", "").strip();
        return startsWithPhrase(n, COMMENT_WORDS) || startsWithPhrase(n, FURNITURE_HEADINGS);
    }

    private static boolean startsWithPhrase(String n, List<String> phrases) {
        for (String f : phrases) {
            if (n.startsWith(f) && (n.length() == f.length() || !Character.isLetter(n.charAt(f.length())))) return true;
        }
        return false;
    }

    private static boolean introducesFurniture(Element heading) {
        if (ClassHints.unlikely(heading) == ClassHints.FURNITURE) return true;
        String t = heading.text();
        if (t.length() > 60) return false;
        String n = t.toLowerCase(Locale.ROOT).strip();
        for (String f : FURNITURE_HEADINGS) {
            if (n.startsWith(f) && (n.length() == f.length() || !Character.isLetter(n.charAt(f.length())))) return true;
        }
        return false;
    }

    /** Blocks inside the root that are not article text: link lists, furniture-weighted boxes. */
    private static boolean dropBlock(Element e, Map<Element, Stat> stats) {
        String tag = e.normalName();
        Stat s = stats.get(e);
        if (s == null) return true;
        if (s.text == 0) return false;
        double ld = linkDensity(s);
        if (HEADINGS.contains(tag) || tag.equals("p") || tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
            return ld > 0.5 && s.text < 300 && (HEADINGS.contains(tag) || ld > 0.8);
        }
        if (!CONTAINER_TAGS.contains(tag)) return false;
        int weight = ClassHints.weight(e);
        if (s.commas >= 10 && ld < 0.3) return false;
        if (weight < 0 && s.text < 1500) return true;
        if (ld > 0.5) return true;
        if (tag.equals("ul") || tag.equals("ol")) return linkList(e, stats);
        return weight < 25 && ld > 0.25 && s.text < 600;
    }

    /** A list whose items are mostly nothing but a link (related stories, tags), unlike items that cite a link. */
    private static boolean linkList(Element list, Map<Element, Stat> stats) {
        int items = 0;
        int linkOnly = 0;
        for (Element li : list.children()) {
            Stat s = stats.get(li);
            if (s == null || s.text == 0) continue;
            items++;
            if (linkDensity(s) > 0.75) linkOnly++;
        }
        return items > 0 && linkOnly * 2 > items;
    }

    private static void appendNormalized(StringBuilder line, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                if (!line.isEmpty() && line.charAt(line.length() - 1) != ' ') line.append(' ');
            } else {
                line.append(c);
            }
        }
    }

    private static void flush(StringBuilder line, List<Line> lines, boolean heading, boolean h1) {
        String s = line.toString().strip();
        if (s.endsWith("|")) s = s.substring(0, s.length() - 1).strip();
        if (!s.isEmpty()) lines.add(new Line(s, heading, h1));
        line.setLength(0);
    }

    // ------------------------------------------------------------------ step 4: line filters

    /** Labels that stand alone on a line to mark an advertisement or a jump, in the main European languages. */
    private static final Set<String> LABELS = Set.of("advertisement", "advert", "ad", "ads", "sponsored",
            "sponsored content", "paid content", "story continues below advertisement", "article continues below",
            "continue reading below", "story continues below", "anzeige", "werbung", "publicité", "publicite",
            "publicidad", "pubblicità", "pubblicita", "publicidade", "advertentie", "reclame", "reklama", "reklame",
            "annons", "annonse", "annonce", "mainos", "hirdetés", "oglas", "διαφήμιση");

    private static List<String> postFilter(List<Line> lines, String title, String byline) {
        String normTitle = title == null ? "" : MetadataExtractor.norm(title);
        String normByline = byline == null ? "" : MetadataExtractor.norm(byline);
        List<Line> kept = new ArrayList<>(lines.size());
        for (Line line : lines) {
            String l = line.text();
            if (!hasWordChar(l)) continue;
            String n = MetadataExtractor.norm(l);
            if (l.length() < 40 && LABELS.contains(n)) continue;
            if (!normTitle.isEmpty() && n.equals(normTitle)) continue;
            if (!normByline.isEmpty() && l.length() < normByline.length() + 30 && n.contains(normByline)) continue;
            if (dateLine(l)) continue;
            if (l.length() < 200 && pointerLine(l)) continue;
            kept.add(line);
        }
        // the headline repeated above the text (the page title is not body text)
        while (!kept.isEmpty() && kept.get(0).heading() && kept.get(0).h1()) kept.remove(0);
        // a heading with nothing under it (a comment box's title, a removed list's caption) is not body text
        while (!kept.isEmpty() && (kept.get(kept.size() - 1).heading() || closingFurniture(kept.get(kept.size() - 1).text()))) {
            kept.remove(kept.size() - 1);
        }
        List<String> out = new ArrayList<>(kept.size());
        for (Line l : kept) out.add(l.text());
        return out;
    }

    /** A short lead ("Read more", "Foto") and a separator, then the rest of the line. */
    private static final java.util.regex.Pattern POINTER = java.util.regex.Pattern.compile("^([^:|»>]{3,40}?)\\s*[:|»>]\\s*\\S");

    private static final List<String> CREDIT_WORDS = List.of("photo", "photos", "foto", "fotos", "bild", "image", "images",
            "credit", "credits", "crédit", "crédits", "photograph", "picture", "illustration", "quelle");

    /**
     * A line that points elsewhere rather than telling the story: "Read more: ...", "Lesen Sie auch: ...",
     * "À lire aussi | ...", or an image credit "Photo: Reuters", "Foto: dpa".
     */
    private static boolean pointerLine(String l) {
        java.util.regex.Matcher m = POINTER.matcher(l);
        if (!m.find()) return false;
        String lead = m.group(1).toLowerCase(Locale.ROOT).strip();
        if (lead.length() <= 30 && startsWithPhrase(lead, FURNITURE_HEADINGS)) return true;
        return l.length() < 100 && lead.split("\\s+").length <= 2 && startsWithPhrase(lead, CREDIT_WORDS);
    }

    /** A short line that is only a date ("Published Monday, November 18, 2019 8:22AM EST", "19.11.2019"). */
    private static boolean dateLine(String l) {
        if (l.length() > 90) return false;
        char last = l.charAt(l.length() - 1);
        if (last == '.' && !l.matches(".*\\d\\.$") || last == '!' || last == '?' || last == ':') return false;
        if (l.split("\\s+").length > 12) return false;
        int at = DateValues.writtenDateStart(l);
        if (at < 0) return DateValues.parse(l) != null && l.matches("\\W*\\d.*\\d{4}.*");
        // at most two words before the date: "Published Monday, ...", "Updated on ..."
        return l.substring(0, at).strip().split("\\s+").length <= 3 && !l.substring(0, at).contains("@");
    }

    private static boolean hasWordChar(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
        return false;
    }

    /** Whether an element sits in page furniture (a related-stories list, a sidebar, navigation, comments). */
    static boolean insideBoilerplate(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) return true;
            for (String w : ClassHints.words(p)) {
                if (w.startsWith("related") || w.startsWith("recommend") || w.startsWith("comment") || w.equals("sidebar")
                        || w.equals("teaser") || w.equals("trending") || w.equals("popular") || w.equals("recirc")
                        || w.equals("promo")) {
                    return true;
                }
            }
        }
        return false;
    }
}
