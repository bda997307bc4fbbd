package io.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("quay-post.txt"), "Ferry Strike Ends After Talks\n\nCrews returned on Friday.\nThe union accepted the offer.\n");
        Files.writeString(in.resolve("bay-times.txt"), "Crews returned to work on Friday.\nShare this story\n");
        return in;
    }

    @Test
    void jsonIsTheDefaultAndOnlyTheConflictsKeyNamesConflicts() throws Exception {
        Path out = dir.resolve("d.json");
        assertEquals(0, Main.run("analyze", corpus().toString(), "--out", out.toString()));
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertTrue(root.get("conflicts").isArray());
        List<String> keys = new ArrayList<>();
        collectKeys(root, "", keys);
        assertEquals(List.of(".conflicts"), keys.stream().filter(k -> k.substring(k.lastIndexOf('.') + 1)
                .toLowerCase().contains("conflict")).toList());
        assertEquals(2, root.get("articles").size());
    }

    @Test
    void markdownAndHtmlFormatsAreWritten() throws Exception {
        Path in = corpus();
        Path md = dir.resolve("d.md"), html = dir.resolve("d.html");
        assertEquals(0, Main.run("analyze", in.toString(), "--format", "md", "--out", md.toString()));
        assertTrue(Files.readString(md).startsWith("# Dossier: Ferry Strike Ends After Talks"));
        assertEquals(0, Main.run("analyze", in.toString(), "--format", "html", "--out", html.toString()));
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("id=\"art-quay-post\""));
        assertFalse(page.contains("Share this story"), "furniture never reaches the report");
    }

    @Test
    void badInputIsSkippedAndTheRestAnalysed() throws Exception {
        Path in = corpus();
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("photo.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
        Path out = dir.resolve("d.json");
        assertEquals(0, Main.run("analyze", in.toString(), "--out", out.toString()));
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertEquals(2, root.get("articles").size());
        String warnings = root.get("warnings").toString();
        assertTrue(warnings.contains("empty.txt") && warnings.contains("photo.txt"), warnings);
    }

    @Test
    void exitStatusIsNonZeroOnlyWhenNothingCouldBeAnalysed() throws Exception {
        Path in = Files.createDirectories(dir.resolve("bad"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("zip.txt"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertEquals(1, Main.run("analyze", in.toString(), "--out", dir.resolve("x.json").toString()));
        assertEquals(1, Main.run("analyze", dir.resolve("missing").toString(), "--out", dir.resolve("y.json").toString()));
    }

    @Test
    void unknownFormatIsRefused() throws Exception {
        assertEquals(2, Main.run("analyze", corpus().toString(), "--format", "pdf", "--out", dir.resolve("z").toString()));
    }

    private static void collectKeys(JsonNode n, String path, List<String> out) {
        if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                out.add(path + "." + k);
                collectKeys(n.get(k), path + "." + k, out);
            }
        } else if (n.isArray()) {
            for (JsonNode x : n) collectKeys(x, path + "[]", out);
        }
    }

    @Test
    void anArticleInAnotherLanguageIsListedButNotAnalysed() throws Exception {
        Path in = corpus();
        Files.writeString(in.resolve("hafen-blatt.txt"), "Die Fähre fährt wieder\n\n"
                + "Die Besatzungen der Fähre haben am Freitag die Arbeit wieder aufgenommen, nachdem die Gewerkschaft "
                + "das Angebot der Reederei angenommen hatte. Die Verhandlungen dauerten mehr als zwei Wochen und "
                + "wurden von einem Schlichter geleitet. Nach Angaben der Stadt fahren die Schiffe ab Samstag wieder "
                + "nach dem gewohnten Fahrplan, und die Fahrgäste müssen nicht mit weiteren Verspätungen rechnen.\n");
        Path out = dir.resolve("d.json");
        assertEquals(0, Main.run("analyze", in.toString(), "--out", out.toString()));
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        JsonNode german = null;
        for (JsonNode a : root.get("articles")) if (a.get("id").asText().equals("hafen-blatt")) german = a;
        assertTrue(german != null, root.get("articles").toString());
        assertEquals("de", german.get("language").asText());
        assertFalse(german.get("analysed").asBoolean());
        assertTrue(root.get("warnings").toString().contains("not analysed"), root.get("warnings").toString());
        for (JsonNode c : root.get("claims")) assertFalse(c.get("articles").toString().contains("hafen-blatt"));
    }

    @Test
    void outIntoAMissingFolderCreatesIt() throws Exception {
        Path out = dir.resolve("reports/2031/d.json");
        assertEquals(0, Main.run("analyze", corpus().toString(), "--out", out.toString()));
        assertTrue(new ObjectMapper().readTree(out.toFile()).get("conflicts").isArray());
    }
}
