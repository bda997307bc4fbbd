package io.corroborate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The same three pages as a folder of HTML files, as a WARC and as JSON Lines give the same dossier: once
 * article ids are mapped (they differ by format), claims, conflicts, variants, quotes, coverage and timeline
 * are equal.
 */
class FormatsEndToEndTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static String page(String site, String title, String date, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append(" | ").append(site).append("</title>")
                .append("<meta property=\"og:site_name\" content=\"").append(site).append("\">")
                .append("<meta property=\"article:published_time\" content=\"").append(date).append("\">")
                .append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>")
                .append(title).append("</h1>");
        for (String p : paragraphs) sb.append("<p>").append(p).append("</p>");
        return sb.append("</article><footer>Copyright ").append(site).append("</footer></body></html>").toString();
    }

    static final String[][] PAGES = {
            // in file-name order, as a folder is read, so all three formats give the articles in one order
            {"coast-wire", "https://wire.example/2031/04/08/quay", page("Coast Wire", "Harbour wall collapse damages boats",
                    "2031-04-08T15:00:00Z",
                    "A section of the old quay wall in Tollmere collapsed on Monday morning.",
                    "About 40 metres of the wall fell into the harbour, the port authority said.",
                    "\"Nobody was on the quay at the time,\" harbour master Ines Varga said.",
                    "Engineers will inspect the rest of the wall this week.")},
            {"quay-gazette", "https://gazette.example/quay-collapse", page("Quay Gazette", "Old quay wall collapses",
                    "2031-04-08T10:00:00Z",
                    "A section of the old quay wall in Tollmere collapsed on Monday morning, the port authority said.",
                    "About 40 metres of the wall fell into the harbour, and two moored boats were damaged.",
                    "\"We were lucky that nobody was on the quay at the time,\" harbour master Ines Varga said.",
                    "Engineers will inspect the rest of the wall this week.")},
            {"tollmere-post", "https://post.example/news/quay-wall", page("Tollmere Post", "Quay wall gives way",
                    "2031-04-08T12:30:00Z",
                    "Part of the old quay wall in Tollmere collapsed on Monday, according to the port authority.",
                    "Roughly 60 metres of the wall fell into the water, damaging two moored boats.",
                    "\"We were lucky that nobody was on the quay at the time,\" harbour master Ines Varga said.",
                    "The council has closed the quay to the public until further notice.")}};

    @Test
    void aFolderAWarcAndJsonLinesOfTheSamePagesGiveTheSameDossier(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pages"));
        for (String[] p : PAGES) Files.writeString(folder.resolve(p[0] + ".html"), p[2], UTF_8);

        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (String[] p : PAGES) {
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                        p[2].getBytes(UTF_8)).build();
                w.write(new WarcResponse.Builder(URI.create(p[1])).date(Instant.parse("2031-04-09T00:00:00Z")).body(http).build());
            }
        }

        Path jsonl = dir.resolve("export.jsonl");
        StringBuilder lines = new StringBuilder();
        for (String[] p : PAGES) {
            ObjectNode o = JSON.createObjectNode();
            o.put("url", p[1]);
            o.put("html", p[2]);
            lines.append(JSON.writeValueAsString(o)).append('\n');
        }
        Files.writeString(jsonl, lines.toString(), UTF_8);

        JsonNode fromFolder = canonical(analyze(folder, dir.resolve("a.json")));
        JsonNode fromWarc = canonical(analyze(warc, dir.resolve("b.json")));
        JsonNode fromJsonl = canonical(analyze(jsonl, dir.resolve("c.json")));

        assertFalse(fromFolder.path("claims").isEmpty(), "the story has claims");
        for (String key : List.of("claims", "conflicts", "variants", "quotes", "coverage", "timeline", "summary")) {
            assertEquals(fromFolder.path(key), fromWarc.path(key), "WARC vs folder: " + key);
            assertEquals(fromFolder.path(key), fromJsonl.path(key), "JSON Lines vs folder: " + key);
        }
    }

    static JsonNode analyze(Path input, Path out) throws Exception {
        assertEquals(0, Main.run("analyze", input.toString(), "--format", "json", "--out", out.toString()));
        return JSON.readTree(Files.readString(out));
    }

    /** The dossier with every article id replaced by the article's title, and id lists sorted. */
    static JsonNode canonical(JsonNode dossier) {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode a : dossier.path("articles")) ids.put(a.path("id").asText(), a.path("title").asText());
        assertEquals(3, ids.size(), "three articles: " + dossier.path("articles"));
        assertEquals(3, Set.copyOf(ids.values()).size(), "titles tell them apart: " + ids);
        return map(dossier.deepCopy(), ids);
    }

    private static JsonNode map(JsonNode n, Map<String, String> ids) {
        if (n.isTextual()) return ids.containsKey(n.asText()) ? new TextNode(ids.get(n.asText())) : n;
        if (n.isArray()) {
            ArrayNode arr = (ArrayNode) n;
            List<JsonNode> items = new ArrayList<>();
            for (JsonNode x : arr) items.add(map(x, ids));
            boolean allText = items.stream().allMatch(JsonNode::isTextual);
            if (allText) items.sort((a, b) -> a.asText().compareTo(b.asText()));
            arr.removeAll();
            items.forEach(arr::add);
            return arr;
        }
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                o.set(f, map(o.get(f), ids));
            }
            return o;
        }
        return n;
    }

    @Test
    void theCanonicalFormMapsIdsEverywhere() {
        ObjectNode d = JSON.createObjectNode();
        ArrayNode arts = d.putArray("articles");
        arts.addObject().put("id", "x-1").put("title", "B");
        arts.addObject().put("id", "x-2").put("title", "A");
        arts.addObject().put("id", "x-3").put("title", "C");
        d.putArray("claims").addObject().putArray("articles").add("x-1").add("x-2");
        JsonNode c = canonical(d);
        assertTrue(c.toString().contains("\"articles\":[\"A\",\"B\"]"), c.toString());
    }
}
