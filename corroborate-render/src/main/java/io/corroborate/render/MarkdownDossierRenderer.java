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

/**
 * The dossier as one Markdown document: summary with citations, conflicts with each side's evidence
 * (the disputed words in bold), variants apart, quotes with provenance, a source-by-claim coverage table,
 * the timeline, and the articles with their warnings. Every piece of source text is escaped so that it
 * cannot turn into markup.
 */
public final class MarkdownDossierRenderer implements DossierRenderer {
    /** Most claims shown in the coverage table. */
    public static final int GRID_MAX_CLAIMS = 40;

    @Override
    public void render(Dossier dossier, Writer out) throws IOException {
        DossierView v = new DossierView(dossier);
        StringBuilder b = new StringBuilder();
        String headline = v.headline();
        b.append("# Dossier").append(headline == null ? "" : ": " + inline(headline)).append("\n\n");
        b.append(dossier.articles().size()).append(" articles, ").append(dossier.claims().size()).append(" claims, ")
                .append(dossier.conflicts().size()).append(" disagreements, ").append(dossier.quotes().size())
                .append(" quotes.\n\n");

        b.append("## Summary\n\n");
        if (dossier.summary().isEmpty()) b.append("_No claim is supported well enough to summarise._\n");
        int i = 1;
        for (SummaryLine s : dossier.summary()) {
            b.append(i++).append(". ").append(inline(s.text())).append(' ').append(cite(v, s.articles())).append('\n');
        }

        b.append("\n## Conflicts\n\n");
        if (dossier.conflicts().isEmpty()) b.append("_The sources do not disagree on any compared point._\n");
        for (Conflict c : dossier.conflicts()) {
            b.append("### ").append(inline(c.id())).append(" · ").append(inline(c.kind())).append(": ")
                    .append(inline(c.slot())).append("\n\n");
            b.append(inline(c.reason())).append(String.format(Locale.ROOT, " (confidence %.2f)", c.confidence()))
                    .append("\n\n");
            sides(b, v, c.sides());
        }

        b.append("\n## Variants\n\nWritten differently, agreeing once normalised; not counted as disagreements.\n\n");
        if (dossier.variants().isEmpty()) b.append("_None._\n");
        for (Variant x : dossier.variants()) {
            b.append("- **").append(inline(x.kind())).append("**: ").append(inline(x.slot())).append(" — ");
            for (int k = 0; k < x.sides().size(); k++) {
                Side s = x.sides().get(k);
                if (k > 0) b.append(" / ");
                b.append('“').append(inline(s.value())).append("” ").append(cite(v, s.articles()));
            }
            if (x.reason() != null) b.append(" (").append(inline(x.reason())).append(')');
            b.append('\n');
        }

        b.append("\n## Quotes\n\n");
        if (dossier.quotes().isEmpty()) b.append("_No quotation was found._\n");
        for (QuoteGroup q : dossier.quotes()) {
            b.append("### ").append(inline(q.id())).append("\n\n> ").append(inline(q.text())).append("\n\n");
            b.append("Credited to: ").append(q.speakers().isEmpty() ? "nobody named" : inline(String.join("; ", q.speakers())))
                    .append(". Carried by ").append(cite(v, q.articles())).append("; earliest: ")
                    .append(q.earliest() == null ? "unknown" : inline(v.source(q.earliest()))).append(".\n\n");
            b.append("| Article | Form | Speaker | Cue | Copy |\n|---|---|---|---|---|\n");
            for (QuoteCopy c : q.copies()) {
                String form = c.form() + (c.changed().isEmpty() ? "" : " (" + String.join(", ", c.changed()) + ")");
                String speaker = c.speaker() == null ? "—" : c.speaker()
                        + (c.speakerCanonical() != null && !c.speakerCanonical().equals(c.speaker()) ? " → " + c.speakerCanonical() : "")
                        + (c.speakerInferred() ? " (inferred)" : "");
                b.append("| ").append(cell(v.source(c.articleId()))).append(" | ").append(cell(form)).append(" | ")
                        .append(cell(speaker)).append(" | ").append(cell(c.cue() == null ? "—" : c.cue())).append(" | ")
                        .append(cell(c.text())).append(" |\n");
            }
            b.append('\n');
        }

        b.append("\n## Coverage\n\n");
        List<Claim> grid = v.gridClaims(GRID_MAX_CLAIMS);
        if (grid.isEmpty()) {
            b.append("_No claims._\n");
        } else {
            b.append("✓ the article makes the claim; ★ only this article does; ✗ a well-supported claim it leaves out.\n\n| Claim |");
            for (ArticleInfo a : dossier.articles()) b.append(' ').append(cell(a.source())).append(" |");
            b.append("\n|---|");
            for (int k = 0; k < dossier.articles().size(); k++) b.append(":-:|");
            b.append('\n');
            for (Claim c : grid) {
                b.append("| ").append(cell(c.id() + " " + abbreviate(c.text(), 90))).append(" |");
                for (ArticleInfo a : dossier.articles()) b.append(' ').append(mark(v, a.id(), c.id())).append(" |");
                b.append('\n');
            }
        }

        if (!dossier.timeline().isEmpty()) {
            b.append("\n## Timeline\n\n");
            for (TimelineEntry t : dossier.timeline()) {
                b.append("- **").append(inline(t.date())).append("** ").append(inline(t.text())).append(' ')
                        .append(cite(v, t.evidence().stream().map(Evidence::articleId).distinct().toList())).append('\n');
            }
        }

        b.append("\n## Articles\n\n");
        for (ArticleInfo a : dossier.articles()) {
            b.append("- **").append(inline(a.source())).append("** (`").append(code(a.id())).append("`)");
            if (a.title() != null) b.append(": ").append(inline(a.title()));
            b.append(" — ").append(a.published() == null ? "date unknown" : "published " + inline(a.published()));
            if (a.anchor() != null && !"metadata".equals(a.anchorSource())) {
                b.append(", dates read against ").append(inline(a.anchor())).append(" (from ").append(inline(a.anchorSource())).append(')');
            }
            b.append(", `").append(code(a.path())).append("`\n");
            for (String w : v.warningsFor(a)) b.append("  - warning: ").append(inline(w)).append('\n');
        }
        if (!dossier.warnings().isEmpty()) {
            b.append("\n## Warnings\n\n");
            for (String w : dossier.warnings()) b.append("- ").append(inline(w)).append('\n');
        }
        out.write(b.toString());
    }

    private static void sides(StringBuilder b, DossierView v, List<Side> sides) {
        for (Side s : sides) {
            b.append("- **“").append(inline(s.value())).append("”** ").append(cite(v, s.articles())).append('\n');
            for (Evidence e : s.evidence()) {
                String[] p = DossierView.split(e);
                b.append("  - ").append(inline(v.source(e.articleId()))).append(": ").append(inline(p[0]));
                if (!p[1].isEmpty()) b.append("**").append(inline(p[1])).append("**");
                b.append(inline(p[2])).append(offsets(e)).append('\n');
            }
        }
        b.append('\n');
    }

    private static String offsets(Evidence e) {
        return e.sentence() == null ? "" : " `[" + e.sentence().start() + "–" + e.sentence().end() + ")`";
    }

    private static String mark(DossierView v, String articleId, String claimId) {
        if (v.uniqueByArticle.getOrDefault(articleId, java.util.Set.of()).contains(claimId)) return "★";
        if (v.claimsByArticle.getOrDefault(articleId, java.util.Set.of()).contains(claimId)) return "✓";
        if (v.omittedByArticle.getOrDefault(articleId, java.util.Set.of()).contains(claimId)) return "✗";
        return "";
    }

    /** "\\[Outlet A; Outlet B\\]": the outlets cited, in escaped brackets so they never become a link. */
    private static String cite(DossierView v, List<String> ids) {
        StringBuilder sb = new StringBuilder("\\[");
        for (int k = 0; k < ids.size(); k++) {
            if (k > 0) sb.append("; ");
            sb.append(inline(v.source(ids.get(k))));
        }
        return sb.append("\\]").toString();
    }

    private static String abbreviate(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }

    /** Escapes Markdown's inline markup so source text shows as written. */
    static String inline(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                sb.append(' ');
                continue;
            }
            if ("\\`*_[]<>#|~!".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return inline(s);
    }

    private static String code(String s) {
        return s == null ? "" : s.replace("`", "'").replace('\n', ' ');
    }
}
