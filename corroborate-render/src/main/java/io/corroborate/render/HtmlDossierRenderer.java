package io.corroborate.render;

import io.corroborate.corroborate.ArticleInfo;
import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Conflict;
import io.corroborate.corroborate.Dossier;
import io.corroborate.corroborate.Evidence;
import io.corroborate.corroborate.QuoteCopy;
import io.corroborate.corroborate.QuoteGroup;
import io.corroborate.corroborate.Side;
import io.corroborate.corroborate.SummaryLine;
import io.corroborate.corroborate.TimelineEntry;
import io.corroborate.corroborate.Variant;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dossier as one self-contained HTML page: no external assets, inline CSS and a few lines of inline
 * script (a filter for the coverage grid). Sections: summary with citations, conflicts side by side with
 * the disputed words highlighted, variants apart, quotes with provenance, a source-by-claim coverage grid,
 * the timeline, and the articles (each with an anchor {@code #art-<id>}) with their warnings. Every piece
 * of text is HTML-escaped.
 */
public final class HtmlDossierRenderer implements DossierRenderer {
    /** Most claims shown in the coverage grid. */
    public static final int GRID_MAX_CLAIMS = 80;

    private static final String CSS = """
            :root{--ink:#1d2330;--muted:#5b6475;--line:#d9dde5;--bg:#f7f8fa;--card:#fff;--accent:#2f5fb3;--warn:#a3460f;--hl:#ffe58a}
            *{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:var(--bg)}
            header{background:var(--ink);color:#fff;padding:1.2rem 2rem}header h1{margin:0 0 .3rem;font-size:1.4rem}header p{margin:0;color:#c9cfdb}
            nav{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:.5rem 2rem;z-index:2}nav a{margin-right:1rem;color:var(--accent);text-decoration:none}
            main{max-width:1200px;margin:0 auto;padding:1rem 2rem 4rem}section{margin-top:2rem}h2{border-bottom:2px solid var(--ink);padding-bottom:.2rem}
            .card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem;margin:.8rem 0}
            .badge{display:inline-block;border-radius:3px;padding:0 .4rem;font-size:.8rem;background:#e6ebf5;color:var(--accent);margin-right:.4rem}
            .badge.verbatim{background:#e3f4e8;color:#1f6b35}.badge.trimmed{background:#fdf1dc;color:#8a5a00}.badge.altered{background:#fbe4e4;color:#9b1c1c}
            .sides{display:grid;gap:.8rem;grid-template-columns:repeat(auto-fit,minmax(260px,1fr))}.side{border-left:4px solid var(--accent);padding-left:.7rem}
            .side h4{margin:.2rem 0}.ev{margin:.4rem 0;color:var(--ink)}.ev .src{color:var(--muted);font-size:.85rem}
            mark{background:var(--hl);padding:0 .1rem}.muted{color:var(--muted)}.cite a{color:var(--accent);text-decoration:none;font-size:.85rem}
            blockquote{margin:.3rem 0 .6rem;padding:.2rem .8rem;border-left:3px solid var(--line);font-style:italic}
            table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid var(--line);padding:.3rem .5rem;vertical-align:top;text-align:left}
            th{background:#eef1f6}td.c{text-align:center;width:3.5rem}td.yes{background:#e3f4e8}td.only{background:#cdebd6;font-weight:bold}td.gap{background:#fbe4e4}
            .warn{color:var(--warn)}.offs{color:var(--muted);font-size:.75rem;font-family:ui-monospace,monospace}input[type=search]{padding:.3rem;width:20rem;margin:.4rem 0}
            """;
    private static final String SCRIPT = """
            document.getElementById('gridFilter').addEventListener('input',function(e){var q=e.target.value.toLowerCase();
            document.querySelectorAll('#grid tbody tr').forEach(function(r){r.style.display=r.textContent.toLowerCase().indexOf(q)<0?'none':'';});});
            """;

    @Override
    public void render(Dossier dossier, Writer out) throws IOException {
        DossierView v = new DossierView(dossier);
        StringBuilder b = new StringBuilder(16384);
        String headline = v.headline();
        String title = headline == null ? "Story dossier" : "Dossier: " + headline;
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>").append(esc(title)).append("</title><style>").append(CSS).append("</style></head><body>\n");
        b.append("<header><h1>").append(esc(title)).append("</h1><p>").append(dossier.articles().size()).append(" articles · ")
                .append(dossier.claims().size()).append(" claims · ").append(dossier.conflicts().size()).append(" disagreements · ")
                .append(dossier.variants().size()).append(" variants · ").append(dossier.quotes().size()).append(" quotes</p></header>\n");
        b.append("<nav><a href=\"#summary\">Summary</a><a href=\"#conflicts\">Conflicts</a><a href=\"#variants\">Variants</a>")
                .append("<a href=\"#quotes\">Quotes</a><a href=\"#coverage\">Coverage</a><a href=\"#timeline\">Timeline</a>")
                .append("<a href=\"#articles\">Articles</a></nav>\n<main>\n");
        summary(b, v);
        conflicts(b, v);
        variants(b, v);
        quotes(b, v);
        coverage(b, v);
        timeline(b, v);
        articles(b, v);
        b.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body></html>\n");
        out.write(b.toString());
    }

    private static void summary(StringBuilder b, DossierView v) {
        b.append("<section id=\"summary\"><h2>Summary</h2>\n");
        if (v.dossier.summary().isEmpty()) {
            b.append("<p class=\"muted\">No claim is supported well enough to summarise.</p>");
        } else {
            b.append("<ol>");
            for (SummaryLine s : v.dossier.summary()) {
                b.append("<li>").append(esc(s.text())).append(' ').append(cite(v, s.articles())).append("</li>\n");
            }
            b.append("</ol>");
        }
        b.append("</section>\n");
    }

    private static void conflicts(StringBuilder b, DossierView v) {
        b.append("<section id=\"conflicts\"><h2>Conflicts</h2>\n");
        if (v.dossier.conflicts().isEmpty()) b.append("<p class=\"muted\">The sources do not disagree on any compared point.</p>");
        for (Conflict c : v.dossier.conflicts()) {
            b.append("<div class=\"card\" id=\"").append(attr(c.id())).append("\"><span class=\"badge\">").append(esc(c.kind()))
                    .append("</span><strong>").append(esc(c.slot())).append("</strong> <span class=\"muted\">")
                    .append(String.format(Locale.ROOT, "confidence %.2f", c.confidence())).append("</span><p>")
                    .append(esc(c.reason())).append("</p>");
            sides(b, v, c.sides());
            b.append("</div>\n");
        }
        b.append("</section>\n");
    }

    private static void variants(StringBuilder b, DossierView v) {
        b.append("<section id=\"variants\"><h2>Variants</h2><p class=\"muted\">Written differently, agreeing once normalised:")
                .append(" shown for the reader, not counted as disagreements.</p>\n");
        if (v.dossier.variants().isEmpty()) b.append("<p class=\"muted\">None.</p>");
        for (Variant x : v.dossier.variants()) {
            b.append("<div class=\"card\" id=\"").append(attr(x.id())).append("\"><span class=\"badge\">").append(esc(x.kind()))
                    .append("</span><strong>").append(esc(x.slot())).append("</strong>");
            if (x.reason() != null) b.append("<p>").append(esc(x.reason())).append("</p>");
            sides(b, v, x.sides());
            b.append("</div>\n");
        }
        b.append("</section>\n");
    }

    private static void sides(StringBuilder b, DossierView v, List<Side> sides) {
        b.append("<div class=\"sides\">");
        for (Side s : sides) {
            b.append("<div class=\"side\"><h4>“").append(esc(s.value())).append("”</h4><div>").append(cite(v, s.articles()))
                    .append("</div>");
            for (Evidence e : s.evidence()) {
                String[] p = DossierView.split(e);
                b.append("<p class=\"ev\"><span class=\"src\">").append(esc(v.source(e.articleId()))).append(":</span> ")
                        .append(esc(p[0]));
                if (!p[1].isEmpty()) b.append("<mark>").append(esc(p[1])).append("</mark>");
                b.append(esc(p[2])).append(offsets(e)).append("</p>");
            }
            b.append("</div>");
        }
        b.append("</div>");
    }

    private static void quotes(StringBuilder b, DossierView v) {
        b.append("<section id=\"quotes\"><h2>Quotes</h2>\n");
        if (v.dossier.quotes().isEmpty()) b.append("<p class=\"muted\">No quotation was found.</p>");
        for (QuoteGroup q : v.dossier.quotes()) {
            b.append("<div class=\"card\" id=\"").append(attr(q.id())).append("\"><blockquote>").append(esc(q.text()))
                    .append("</blockquote><p>Credited to <strong>")
                    .append(q.speakers().isEmpty() ? "nobody named" : esc(String.join("; ", q.speakers())))
                    .append("</strong>")
                    .append(q.speakers().size() > 1 ? " <span class=\"warn\">(different speakers)</span>" : "")
                    .append(" · carried by ").append(cite(v, q.articles())).append(" · earliest: ")
                    .append(q.earliest() == null ? "unknown" : link(v, q.earliest())).append("</p>");
            b.append("<table><thead><tr><th>Article</th><th>Form</th><th>Speaker</th><th>Cue</th><th>Copy</th></tr></thead><tbody>");
            for (QuoteCopy c : q.copies()) {
                b.append("<tr><td>").append(link(v, c.articleId())).append("</td><td><span class=\"badge ").append(attr(c.form()))
                        .append("\">").append(esc(c.form())).append("</span>");
                if (!c.changed().isEmpty()) b.append("<br><span class=\"muted\">changed: ").append(esc(String.join(", ", c.changed()))).append("</span>");
                b.append("</td><td>").append(c.speaker() == null ? "<span class=\"muted\">—</span>" : esc(c.speaker()));
                if (c.speakerCanonical() != null && !c.speakerCanonical().equals(c.speaker())) {
                    b.append(" <span class=\"muted\">(").append(esc(c.speakerCanonical())).append(")</span>");
                }
                if (c.speakerInferred()) b.append(" <span class=\"warn\" title=\"not named with the quote: inferred from earlier context\">(inferred)</span>");
                b.append("</td><td>").append(c.cue() == null ? "" : esc(c.cue())).append("</td><td>").append(esc(c.text()))
                        .append(c.span() == null ? "" : " <span class=\"offs\">[" + c.span().start() + "–" + c.span().end() + ")</span>")
                        .append("</td></tr>");
            }
            b.append("</tbody></table></div>\n");
        }
        b.append("</section>\n");
    }

    private static void coverage(StringBuilder b, DossierView v) {
        b.append("<section id=\"coverage\"><h2>Coverage</h2><p class=\"muted\">✓ the article makes the claim · ★ only this article")
                .append(" does · ✗ a well-supported claim it leaves out.</p>\n");
        List<Claim> grid = v.gridClaims(GRID_MAX_CLAIMS);
        b.append("<input type=\"search\" id=\"gridFilter\" placeholder=\"Filter claims\">");
        b.append("<table id=\"grid\"><thead><tr><th>Claim</th>");
        for (ArticleInfo a : v.dossier.articles()) b.append("<th>").append(link(v, a.id())).append("</th>");
        b.append("</tr></thead><tbody>");
        for (Claim c : grid) {
            b.append("<tr id=\"").append(attr(c.id())).append("\"><td>").append(esc(c.text())).append(" <span class=\"muted\">(")
                    .append(esc(c.match())).append(")</span></td>");
            for (ArticleInfo a : v.dossier.articles()) {
                if (v.uniqueByArticle.getOrDefault(a.id(), Set.of()).contains(c.id())) b.append("<td class=\"c only\">★</td>");
                else if (v.claimsByArticle.getOrDefault(a.id(), Set.of()).contains(c.id())) b.append("<td class=\"c yes\">✓</td>");
                else if (v.omittedByArticle.getOrDefault(a.id(), Set.of()).contains(c.id())) b.append("<td class=\"c gap\">✗</td>");
                else b.append("<td class=\"c\"></td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>");
        if (grid.isEmpty()) b.append("<p class=\"muted\">No claims.</p>");
        b.append("</section>\n");
    }

    private static void timeline(StringBuilder b, DossierView v) {
        b.append("<section id=\"timeline\"><h2>Timeline</h2>\n");
        if (v.dossier.timeline().isEmpty()) b.append("<p class=\"muted\">No dated events.</p>");
        else b.append("<table><thead><tr><th>Date</th><th>What happened</th><th>Sources</th></tr></thead><tbody>");
        for (TimelineEntry t : v.dossier.timeline()) {
            b.append("<tr><td>").append(esc(t.date())).append("</td><td>").append(esc(t.text())).append("</td><td>")
                    .append(cite(v, t.evidence().stream().map(Evidence::articleId).distinct().toList())).append("</td></tr>\n");
        }
        if (!v.dossier.timeline().isEmpty()) b.append("</tbody></table>");
        b.append("</section>\n");
    }

    private static void articles(StringBuilder b, DossierView v) {
        b.append("<section id=\"articles\"><h2>Articles</h2>\n");
        for (ArticleInfo a : v.dossier.articles()) {
            b.append("<div class=\"card\" id=\"").append(anchor(a.id())).append("\"><strong>").append(esc(a.source()))
                    .append("</strong> <span class=\"muted\">").append(esc(a.id())).append("</span>");
            if (a.title() != null) b.append("<br>").append(esc(a.title()));
            b.append("<br><span class=\"muted\">").append(esc(a.path())).append(" · ")
                    .append(a.published() == null ? "publication date unknown" : "published " + esc(a.published()));
            if (a.anchor() != null && !"metadata".equals(a.anchorSource())) {
                b.append(" · dates read against ").append(esc(a.anchor())).append(" (from ").append(esc(a.anchorSource())).append(')');
            }
            if (a.language() != null) b.append(" · ").append(esc(a.language()));
            b.append("</span>");
            for (String w : v.warningsFor(a)) b.append("<br><span class=\"warn\">⚠ ").append(esc(w)).append("</span>");
            b.append("</div>\n");
        }
        if (!v.dossier.warnings().isEmpty()) {
            b.append("<h3>Warnings</h3><ul>");
            for (String w : v.dossier.warnings()) b.append("<li class=\"warn\">").append(esc(w)).append("</li>");
            b.append("</ul>");
        }
        b.append("</section>\n");
    }

    private static String cite(DossierView v, List<String> ids) {
        StringBuilder sb = new StringBuilder("<span class=\"cite\">[");
        for (int k = 0; k < ids.size(); k++) {
            if (k > 0) sb.append("; ");
            sb.append(link(v, ids.get(k)));
        }
        return sb.append("]</span>").toString();
    }

    private static String link(DossierView v, String articleId) {
        return "<a href=\"#" + anchor(articleId) + "\">" + esc(v.source(articleId)) + "</a>";
    }

    private static String offsets(Evidence e) {
        return e.sentence() == null ? ""
                : " <span class=\"offs\">[" + e.sentence().start() + "–" + e.sentence().end() + ")</span>";
    }

    /** An id attribute for an article: "art-" + the id with anything but letters, digits, '-' and '_' as '_'. */
    static String anchor(String articleId) {
        return "art-" + attr(articleId);
    }

    private static String attr(String s) {
        return s == null ? "" : s.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
