package io.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private static String page(String title, String date, String para) {
        return "<html lang='en'><head><title>" + title + " | Quay Post</title><meta property='og:site_name' content='Quay Post'>"
                + "<meta property='article:published_time' content='" + date + "'><meta name='author' content='Ana Ruiz'></head>"
                + "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>" + title + "</h1><p>" + para
                + "</p><p>" + para.replace("said", "added") + "</p></article><footer>Copyright Quay Post</footer></body></html>";
    }

    private Path corpus() throws Exception {
        Path in = Files.createDirectories(dir.resolve("pages/sub"));
        Files.writeString(in.getParent().resolve("b-ferry.html"), page("Ferry strike ends", "2025-03-18T09:00:00Z",
                "Crews said they would return to work on Friday after the union accepted the improved offer from the operator."));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(page("Bridge reopens", "2025-03-19", "The council said the bridge would reopen to traffic on Monday morning, "
                    + "two days earlier than planned, once the last inspection is signed off.").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.write(in.resolve("a-bridge.html.gz"), gz.toByteArray());
        Files.writeString(in.resolve("empty.html"), "");
        return in.getParent();
    }

    private static List<JsonNode> lines(Path out) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (String l : Files.readAllLines(out)) rows.add(new ObjectMapper().readTree(l));
        return rows;
    }

    @Test
    void writesOneObjectPerArticleWithPathsRelativeToTheFolderGiven() throws Exception {
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("extract", corpus().toString(), "--out", out.toString(), "--threads", "2"));
        List<JsonNode> rows = lines(out);
        assertEquals(2, rows.size());
        JsonNode b = rows.get(0);
        assertEquals("b-ferry.html", b.get("path").asText());
        assertEquals("Ferry strike ends", b.get("title").asText());
        assertEquals("2025-03-18T09:00:00Z", b.get("published").asText());
        assertEquals("Quay Post", b.get("source").asText());
        assertEquals("Ana Ruiz", b.get("byline").asText());
        assertEquals("en", b.get("language").asText());
        assertEquals(2, b.get("text").asText().split("\n").length);
        assertTrue(b.get("url").isNull());
        assertTrue(b.get("warnings").isArray());
        assertEquals(Path.of("sub", "a-bridge.html.gz").toString(), rows.get(1).get("path").asText());
        assertEquals("2025-03-19", rows.get(1).get("published").asText());
    }

    @Test
    void outputIsTheSameWithOneThreadOrMany() throws Exception {
        Path in = corpus();
        Path one = dir.resolve("one.jsonl");
        Path two = dir.resolve("two.jsonl");
        Main.run("extract", in.toString(), "--out", one.toString(), "--threads", "1");
        Main.run("extract", in.toString(), "--out", two.toString(), "--threads", "3");
        assertEquals(Files.readString(one), Files.readString(two));
    }

    @Test
    void jsonFormatIsOneArray() throws Exception {
        Path out = dir.resolve("out.json");
        assertEquals(0, Main.run("extract", corpus().toString(), "--format", "json", "--out", out.toString()));
        JsonNode arr = new ObjectMapper().readTree(out.toFile());
        assertEquals(2, arr.size());
    }

    @Test
    void nothingReadableExitsWithOne() throws Exception {
        Path empty = Files.writeString(dir.resolve("x.html"), "");
        assertEquals(1, Main.run("extract", empty.toString(), "--out", dir.resolve("o.jsonl").toString()));
        assertEquals(2, Main.run("extract", empty.toString(), "--format", "xml"));
    }
}
