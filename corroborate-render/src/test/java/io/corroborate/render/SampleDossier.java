package io.corroborate.render;

import io.corroborate.corroborate.ArticleInfo;
import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Conflict;
import io.corroborate.corroborate.Coverage;
import io.corroborate.corroborate.Dossier;
import io.corroborate.corroborate.Evidence;
import io.corroborate.corroborate.QuoteCopy;
import io.corroborate.corroborate.QuoteGroup;
import io.corroborate.corroborate.Side;
import io.corroborate.corroborate.SummaryLine;
import io.corroborate.corroborate.TimelineEntry;
import io.corroborate.corroborate.Variant;
import io.corroborate.text.Span;
import java.util.List;

/** A small hand-made dossier with text that would break markup if it were not escaped. */
final class SampleDossier {
    static final String A_SENTENCE = "The pier closed on Monday <b>at dawn</b> & stayed shut.";
    static final String B_SENTENCE = "The pier closed on Sunday, the \"port\" said.";

    static Dossier build() {
        var a = new ArticleInfo("pier-post", "pier-post.txt", "Pier Post", "Pier Closes | Again", "2031-05-06",
                "2031-05-06", "metadata", null, true);
        var b = new ArticleInfo("bay<x>", "bay.txt", "Bay & Co", null, null, "2031-05-06", "story", null, true);
        Evidence ea = new Evidence("pier-post", new Span(100, 100 + A_SENTENCE.length()), A_SENTENCE, new Span(119, 125));
        Evidence eb = new Evidence("bay<x>", new Span(0, B_SENTENCE.length()), B_SENTENCE, new Span(19, 25));
        Claim c1 = new Claim("c1", "The pier closed.", List.of(ea, eb), List.of("pier-post", "bay<x>"), "paraphrase");
        Claim c2 = new Claim("c2", "Gulls | crows <i>left</i>.", List.of(ea), List.of("pier-post"), "verbatim");
        Conflict k = new Conflict("k1", "date", "day the pier closed",
                List.of(new Side("Monday", "2031-05-05", List.of("pier-post"), List.of(ea)),
                        new Side("Sunday", "2031-05-04", List.of("bay<x>"), List.of(eb))),
                0.9, "Monday and Sunday are different days");
        Variant var = new Variant("v1", "spelling", "harbour master",
                List.of(new Side("Jon Reyes", "jon reyes", List.of("pier-post"), List.of()),
                        new Side("John Reyes", "john reyes", List.of("bay<x>"), List.of())), "one letter apart");
        QuoteGroup q = new QuoteGroup("q1", "We close the pier for everyone's safety & calm.",
                List.of(new QuoteCopy("pier-post", new Span(5, 50), "We close the pier for everyone's safety & calm.",
                                "verbatim", List.of(), "Reyes", "Jon Reyes", false, "said"),
                        new QuoteCopy("bay<x>", new Span(7, 40), "We close the pier", "trimmed", List.of(),
                                "the mayor", "the mayor", true, null)),
                List.of("Jon Reyes", "the mayor"), List.of("pier-post", "bay<x>"), "pier-post");
        return new Dossier(List.of(a, b), List.of(new SummaryLine("c1", "The pier closed.", List.of("pier-post", "bay<x>"))),
                List.of(c1, c2), List.of(k), List.of(var), List.of(q),
                List.of(new Coverage("pier-post", List.of("c2"), List.of()), new Coverage("bay<x>", List.of(), List.of("c2"))),
                List.of(new TimelineEntry("2031-05-05", "The pier closed.", List.of(ea))),
                List.of("bay.txt: not valid UTF-8; decoded as windows-1252", "broken.bin: binary file (PNG data)"));
    }

    private SampleDossier() {
    }
}
