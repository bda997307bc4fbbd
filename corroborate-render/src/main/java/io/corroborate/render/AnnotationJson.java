package io.corroborate.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Mention;
import io.corroborate.annotate.Quantity;
import io.corroborate.annotate.Quote;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Timex;
import io.corroborate.text.Span;
import java.util.Locale;

/**
 * The {@code annotate} command's JSON object for one article: path, anchor, verbatim text and every layer as
 * spans with {@code start}/{@code end} offsets into {@code text} (schema in docs/annotate-schema.md).
 */
public final class AnnotationJson {
    private AnnotationJson() {
    }

    public static ObjectNode of(AnnotatedArticle a) {
        var m = Json.mapper();
        ObjectNode o = m.createObjectNode();
        o.put("id", a.id());
        o.put("path", a.article().path());
        o.put("published", a.anchor().date() == null ? null : a.anchor().date().toString());
        o.put("anchor", a.anchor().source());
        o.put("language", a.article().language());
        o.put("text", a.text());
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : a.sentences()) span(sentences.addObject(), s.span());
        ArrayNode mentions = o.putArray("mentions");
        for (Mention x : a.mentions()) {
            ObjectNode n = mentions.addObject();
            n.put("text", x.text());
            span(n, x.span());
            n.put("type", x.type().name());
            n.put("kind", x.kind().name().toLowerCase(Locale.ROOT));
            n.put("entity", x.entity());
            n.put("canonical", x.canonical());
            n.put("role", x.role());
        }
        ArrayNode timexes = o.putArray("timexes");
        for (Timex x : a.timexes()) {
            ObjectNode n = timexes.addObject();
            n.put("text", x.text());
            span(n, x.span());
            n.put("type", x.type().name());
            n.put("value", x.value());
        }
        ArrayNode numbers = o.putArray("numbers");
        for (Quantity x : a.quantities()) {
            ObjectNode n = numbers.addObject();
            n.put("text", x.text());
            span(n, x.span());
            n.put("value", x.value());
            n.put("unit", x.unit());
            n.put("qualifier", x.qualifier());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : a.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("text", q.text());
            span(n, q.span());
            ArrayNode parts = n.putArray("spans");
            for (Span p : q.parts()) span(parts.addObject(), p);
            n.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
            if (q.speaker() == null) {
                n.putNull("speaker");
            } else {
                ObjectNode s = n.putObject("speaker");
                s.put("text", q.speaker().text());
                span(s, q.speaker().span());
                s.put("entity", q.speaker().entity());
                s.put("canonical", q.speaker().canonical());
                s.put("type", q.speaker().type() == null ? null : q.speaker().type().name());
            }
            n.put("floating", q.floating());
            if (q.cue() == null) {
                n.putNull("cue");
            } else {
                ObjectNode c = n.putObject("cue");
                c.put("text", q.cue().text());
                span(c, q.cue().span());
            }
        }
        return o;
    }

    private static void span(ObjectNode n, Span s) {
        n.put("start", s.start());
        n.put("end", s.end());
    }
}
