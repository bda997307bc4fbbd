package io.corroborate.ingest.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Metadata for a plain-text article from the file {@code X.meta.json} beside {@code X.txt} (or {@code X.md}):
 * {@code {"published": "YYYY-MM-DD", "title": ..., "source": ..., "url": ...}}, every field optional.
 * {@code published} may also be an ISO date-time; its first ten characters give the date.
 * A sidecar is never read as an article.
 *
 * @param published    the publication date, or null
 * @param publishedIso the value as written when it is a valid date or date-time, or null
 * @param problems     what was wrong with the file (unparsable JSON, a bad date), for warnings
 */
public record Sidecar(LocalDate published, String publishedIso, String title, String source, String url,
                      List<String> problems) {
    public static final String SUFFIX = ".meta.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Sidecar {
        problems = List.copyOf(problems);
    }

    public static boolean isSidecar(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    /** {@code dir/X.meta.json} for {@code dir/X.ext}. */
    public static Path pathFor(Path article) {
        String name = article.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return article.resolveSibling(stem + SUFFIX);
    }

    /** Whether some other file in the folder has the sidecar's stem (the article it describes). */
    public static boolean hasArticle(Path sidecar) throws IOException {
        String name = sidecar.getFileName().toString();
        String stem = name.substring(0, name.length() - SUFFIX.length());
        Path dir = sidecar.toAbsolutePath().getParent();
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> {
                String n = f.getFileName().toString();
                return !isSidecar(f) && n.startsWith(stem + ".") && n.indexOf('.', stem.length() + 1) < 0;
            });
        }
    }

    /** The sidecar of {@code article}, if it has one; a damaged one yields its problems and no values. */
    public static Optional<Sidecar> forArticle(Path article) {
        Path p = pathFor(article);
        if (!Files.isRegularFile(p)) return Optional.empty();
        try {
            return Optional.of(parse(Files.readString(p)));
        } catch (IOException e) {
            return Optional.of(new Sidecar(null, null, null, null, null,
                    List.of("cannot read " + p.getFileName() + ": " + e.getMessage())));
        }
    }

    /** Parses sidecar JSON; never throws on bad content. */
    public static Sidecar parse(String json) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            return new Sidecar(null, null, null, null, null, List.of("sidecar is not valid JSON"));
        }
        if (root == null || !root.isObject()) {
            return new Sidecar(null, null, null, null, null, List.of("sidecar is not a JSON object"));
        }
        LocalDate published = null;
        String iso = text(root, "published");
        if (iso != null) {
            try {
                published = LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
            } catch (DateTimeParseException e) {
                problems.add("sidecar \"published\" is not a YYYY-MM-DD date: " + iso);
                iso = null;
            }
        }
        return new Sidecar(published, iso, text(root, "title"), text(root, "source"), text(root, "url"), problems);
    }

    private static String text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull() || !n.isValueNode()) return null;
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
