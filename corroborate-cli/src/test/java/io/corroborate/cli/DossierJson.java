package io.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Runs {@code analyze} on a folder and answers questions about the dossier's JSON. */
final class DossierJson {
    final JsonNode root;

    private DossierJson(JsonNode root) {
        this.root = root;
    }

    static DossierJson analyze(Path folder, Path out) throws Exception {
        assertEquals(0, Main.run("analyze", folder.toString(), "--format", "json", "--out", out.toString()));
        return new DossierJson(new ObjectMapper().readTree(Files.readString(out)));
    }

    /** The project root as the build passes it, else the working directory. */
    static Path projectRoot() {
        String root = System.getProperty("corroborate.root");
        return root != null ? Path.of(root) : Path.of("").toAbsolutePath();
    }

    List<JsonNode> list(String key) {
        List<JsonNode> out = new ArrayList<>();
        root.path(key).forEach(out::add);
        return out;
    }

    List<JsonNode> conflicts(String kind) {
        return list("conflicts").stream().filter(c -> kind.equals(c.path("kind").asText())).toList();
    }

    /** The side of a conflict (or variant) whose value matches {@code regex}, ignoring case. */
    static Optional<JsonNode> side(JsonNode conflict, String regex) {
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        for (JsonNode s : conflict.path("sides")) if (p.matcher(s.path("value").asText()).find()) return Optional.of(s);
        return Optional.empty();
    }

    /** A conflict of this kind with one side matching each regex. */
    Optional<JsonNode> conflictBetween(String kind, String a, String b) {
        return conflicts(kind).stream().filter(c -> side(c, a).isPresent() && side(c, b).isPresent()).findFirst();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Claims whose text contains every word given (case-insensitive). */
    List<JsonNode> claimsWith(String... words) {
        return list("claims").stream().filter(c -> {
            String t = c.path("text").asText().toLowerCase(Locale.ROOT);
            for (String w : words) if (!t.contains(w.toLowerCase(Locale.ROOT))) return false;
            return true;
        }).toList();
    }

    List<String> uniqueClaimsOf(String articleId) {
        for (JsonNode c : root.path("coverage")) {
            if (articleId.equals(c.path("articleId").asText())) return strings(c.path("unique"));
        }
        return List.of();
    }

    /** Quote groups whose text contains {@code words}. */
    List<JsonNode> quotesWith(String words) {
        return list("quotes").stream()
                .filter(q -> q.path("text").asText().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT)))
                .toList();
    }
}
