package io.corroborate.cli.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.ingest.html.HtmlExtractor;
import io.corroborate.ingest.html.HtmlFileReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Guards the extraction quality reached on the scrapinghub benchmark (bench extraction: F1 0.980 when this guard was
 * set). Skips when the shared dataset is absent.
 */
class ScrapinghubRegressionTest {
    private static final double MIN_F1 = 0.975;

    @Test
    void f1StaysAboveTheGuard() throws Exception {
        String root = System.getProperty("corroborate.root", ".");
        Path data = Path.of(root, "..", "shared", "datasets", "extraction", "scrapinghub").normalize();
        assumeTrue(Files.isRegularFile(data.resolve("ground-truth.json")), "benchmark data absent: " + data);
        JsonNode gt = new ObjectMapper().readTree(data.resolve("ground-truth.json").toFile());
        List<Path> files;
        try (Stream<Path> s = Files.list(data.resolve("html"))) {
            files = s.sorted().toList();
        }
        List<ShingleMetric.PageCounts> pages = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Path f : files) {
            String id = HtmlFileReader.idOf(f);
            if (!gt.has(id)) continue;
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                html = in.readAllBytes();
            }
            String text = HtmlExtractor.standard().extract(html, null, null).text();
            pages.add(ShingleMetric.page(gt.get(id).path("articleBody").asText(""), text));
            seen.add(id);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = gt.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!seen.contains(e.getKey())) pages.add(ShingleMetric.page(e.getValue().path("articleBody").asText(""), ""));
        }
        ShingleMetric.Score s = ShingleMetric.aggregate(pages);
        assertTrue(s.f1() >= MIN_F1, "scrapinghub F1 " + s.f1() + " fell below " + MIN_F1);
    }
}
