package io.corroborate.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.ingest.IngestLog;
import io.corroborate.text.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every archive in ../shared/datasets/warc, valid and deliberately broken: for each, the offsets of the HTML
 * captures that must come out as articles, the count of records skipped by reason, and the offset named for
 * each broken stretch. Nothing hangs, nothing throws.
 */
class WarcDatasetTest {
    /** What one archive must give. */
    record Expect(String file, List<Long> articles, Map<String, Integer> skipped, List<Long> brokenAt) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expect> archives() {
        String ukwa = "ukwa/small-arcs-and-warcs/IAH-20080430204825-00000-blackbook-truncated";
        return Stream.of(
                // valid archives
                new Expect("jwarc/cc.warc.gz", List.of(0L), Map.of(), List.of()),
                new Expect("jwarc/gzip_extra_sl.warc.gz", List.of(), Map.of(), List.of()),
                new Expect(ukwa + ".arc", List.of(2379L, 3128L), Map.of("non-html", 6), List.of()),
                new Expect(ukwa + ".arc.gz", List.of(1776L, 4370L), Map.of("non-html", 6), List.of()),
                new Expect(ukwa + ".warc", List.of(3109L, 5169L), Map.of("non-html", 6), List.of()),
                new Expect(ukwa + ".warc.gz", List.of(2052L, 3380L), Map.of("non-html", 6), List.of()),
                new Expect("ukwa/small-arcs-and-warcs/IAH-urls-wget.warc.gz", List.of(5046L, 14426L),
                        Map.of("non-html", 8, "status", 9), List.of()),
                new Expect("ukwa/wikipedia-sopa-blackout-2012/wikipedia-blackout/sopa-wikipedia-homepage.warc.gz",
                        List.of(174119L), Map.of("non-html", 76), List.of()),
                new Expect("ukwa/wikipedia-sopa-blackout-2012/wikipedia-post-blackout/main-page.warc.gz",
                        List.of(173141L), Map.of("non-html", 72), List.of()),
                new Expect("warcio/example.warc", List.of(1197L), Map.of("revisit", 1), List.of()),
                new Expect("warcio/example.warc.gz", List.of(784L), Map.of("revisit", 1), List.of()),
                new Expect("warcio/example.arc", List.of(150L), Map.of(), List.of()),
                new Expect("warcio/example.arc.gz", List.of(171L), Map.of(), List.of()),
                new Expect("warcio/example-digest.warc", List.of(), Map.of(), List.of()),
                new Expect("warcio/example-iana.org-chunked.warc", List.of(405L), Map.of(), List.of()),
                new Expect("warcio/example-resource.warc.gz", List.of(802L), Map.of(), List.of()),
                new Expect("warcio/post-test.warc.gz", List.of(), Map.of("non-html", 3), List.of()),
                // deliberately bad archives
                // whole file one gzip member (not per record): read, but every record shares the member's offset
                new Expect("warcio/example-bad-non-chunked.warc.gz", List.of(2113L), Map.of("revisit", 1), List.of()),
                new Expect("warcio/example-bad.warc.gz.bad", List.of(1950L), Map.of("revisit", 1, "status", 1), List.of()),
                // gzip members split inside records
                new Expect("warcio/example-wrong-chunks.warc.gz", List.of(0L), Map.of(), List.of()),
                // a response with a short Content-Length; the stream after it is misaligned until the next record
                new Expect("warcio/example-trunc.warc", List.of(1197L), Map.of("broken", 1), List.of(1197L)),
                // target URIs in angle brackets (wget) and with spaces
                new Expect("warcio/example-wget-bad-target-uri.warc.gz", List.of(824L), Map.of("non-html", 2), List.of()),
                new Expect("warcio/example-space-in-target-uri.warc.gz", List.of(), Map.of("non-html", 1), List.of()),
                // an ARC header with spaces in the URL: repaired, the page comes out
                new Expect("warcio/example-space-in-url.arc", List.of(151L), Map.of(), List.of()),
                // negative and non-numeric lengths, an 18-digit date: two broken stretches around one tiny record
                new Expect("warcio/bad.arc", List.of(), Map.of("broken", 2, "non-html", 1), List.of(0L, 202L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    void everyGoodRecordComesOutAndEveryBadOneIsNamed(Expect expect) {
        Path file = dataset().resolve(expect.file());
        Assumptions.assumeTrue(Files.exists(file), "dataset file absent: " + file);
        String display = file.getFileName().toString();
        IngestLog log = new IngestLog();
        List<Article> out = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new WarcFileReader().read(file, display, out::add, log));

        List<Long> offsets = out.stream().map(a -> Long.parseLong(a.path().substring(a.path().lastIndexOf('#') + 1))).toList();
        assertEquals(expect.articles(), offsets, "article offsets; log: " + log.problems());
        for (Article a : out) {
            assertTrue(a.path().startsWith(display + "#"), a.path());
            assertTrue(a.url().startsWith("http"), a.url());
            assertFalse(a.text().isBlank(), a.path());
            assertTrue(a.published() != null, "record date kept: " + a.path());
        }
        assertEquals(new TreeMap<>(expect.skipped()), new TreeMap<>(log.skippedByReason()), "skipped by reason; log: " + log.problems());
        List<Long> broken = log.problems().stream()
                .filter(p -> p.reason().startsWith("unreadable") || p.reason().contains("broken"))
                .map(p -> Long.parseLong(p.input().substring(p.input().lastIndexOf('#') + 1))).toList();
        assertEquals(expect.brokenAt(), broken, "broken stretches named by offset; log: " + log.problems());
    }

    static Path dataset() {
        String root = System.getProperty("corroborate.root", ".");
        return Path.of(root, "..", "shared", "datasets", "warc").normalize();
    }
}
