package io.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    final AtomicLong now = new AtomicLong();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aShortRunPrintsNothing() {
        try (Progress p = new Progress("extract", 10, out, true, now::get)) {
            for (int i = 0; i < 10; i++) {
                now.addAndGet(100_000_000L);
                p.step();
            }
        }
        assertEquals("", printed());
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndEndsWithANewline() {
        try (Progress p = new Progress("extract", 100, out, true, now::get)) {
            for (int i = 0; i < 100; i++) {
                now.addAndGet(50_000_000L); // 5 s in all
                p.step();
            }
        }
        String s = printed();
        assertTrue(s.startsWith("\rextract ["), s);
        assertTrue(s.endsWith("\n"), s);
        assertEquals(1, s.chars().filter(c -> c == '\n').count(), "one line, redrawn");
        assertTrue(s.contains("\rextract [##############################] 100/100 (100%), 5.0 s, 20.0/s"), s);
        long redraws = s.chars().filter(c -> c == '\r').count();
        assertTrue(redraws >= 20 && redraws <= 33, "redrawn at most every 100 ms: " + redraws);
    }

    @Test
    void offATerminalPlainLinesComeEveryTenSeconds() {
        try (Progress p = new Progress("fetch", 0, out, false, now::get)) {
            for (int i = 0; i < 250; i++) {
                now.addAndGet(100_000_000L); // 25 s
                p.step();
            }
        }
        String[] lines = printed().split("\n");
        assertEquals("fetch 20, 2.0 s, 10.0/s", lines[0]);
        assertEquals("fetch 120, 12.0 s, 10.0/s", lines[1]);
        assertEquals("fetch 220, 22.0 s, 10.0/s", lines[2]);
        assertEquals("fetch 250, 25.0 s, 10.0/s", lines[3]);
        assertEquals(4, lines.length);
        assertTrue(!printed().contains("\r"));
    }

    @Test
    void knownTotalsShowShareAndTimeLeft() {
        Progress p = new Progress("read", 200, out, false, now::get);
        assertEquals("read 50/200 (25%), 10.0 s, 5.0/s, about 30 s left", p.render(50, 10_000_000_000L));
    }

    @Test
    void countingWrapsASink() {
        AtomicLong seen = new AtomicLong();
        try (Progress p = new Progress("x", 0, out, false, now::get)) {
            var sink = p.<String>counting(s -> seen.incrementAndGet());
            sink.accept("a");
            sink.accept("b");
            assertEquals(2, p.done());
        }
        assertEquals(2, seen.get());
    }

    @Test
    void aMessageClearsTheBarAndTheBarComesBack() {
        try (Progress p = new Progress("extract", 10, out, true, now::get)) {
            now.addAndGet(3_000_000_000L);
            p.step();
            p.message("warning: a.html: empty");
        }
        String s = printed();
        assertTrue(s.contains("\rwarning: a.html: empty\n\rextract ["), s);
    }
}
