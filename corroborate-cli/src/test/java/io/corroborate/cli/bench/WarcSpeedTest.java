package io.corroborate.cli.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcSpeedTest {
    @Test
    void writesReadsBackAndReportsEveryRecord(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.html");
        Files.writeString(a, "<html><head><title>Quay</title></head><body><p>The quay was repaired in spring.</p></body></html>");
        Path b = dir.resolve("b.html");
        Files.writeString(b, "<html><body><p>Boats returned to the inner harbour on Sunday.</p></body></html>");
        String line = WarcSpeed.run(List.of(a, b), dir, 50);
        assertTrue(line.startsWith("WARC read: 50 records (50 articles), "), line);
        assertTrue(line.contains("MB/s on disk"), line);
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.toString().endsWith(".warc.gz")), "archive removed");
        }
    }
}
