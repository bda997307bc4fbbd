package io.corroborate.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Guards the multinews-dev conflict figures a little under what was reached (recall 0.87, precision 0.96,
 * 0.8 conflicts per unedited cluster), through the same in-process scoring as {@code bench conflicts}.
 */
class ConflictsRegressionTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "conflict recall ([0-9.]+) \\(weekday ([0-9.]+), number ([0-9.]+), name ([0-9.]+), speaker ([0-9.]+)\\),"
                    + " precision ([0-9.]+), clean conflicts/cluster ([0-9.]+)");

    @Test
    void multinewsDevFiguresStayAboveTheGuard() {
        String root = System.getProperty("corroborate.root");
        assumeTrue(root != null, "corroborate.root not set");
        Path clusters = Path.of(root, "..", "shared", "datasets", "conflicts", "multinews-dev");
        assumeTrue(Files.isDirectory(clusters), "multinews-dev data absent");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new BenchConflicts()).execute("--clusters", clusters.toString());
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, out);
        Matcher m = SUMMARY.matcher(out);
        assertTrue(m.find(), out);
        assertTrue(Double.parseDouble(m.group(1)) >= 0.84, m.group());
        for (int kind = 2; kind <= 5; kind++) assertTrue(Double.parseDouble(m.group(kind)) >= 0.75, m.group());
        assertTrue(Double.parseDouble(m.group(6)) >= 0.92, m.group());
        assertTrue(Double.parseDouble(m.group(7)) <= 1.2, m.group());
    }
}
