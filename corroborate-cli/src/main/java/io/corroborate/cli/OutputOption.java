package io.corroborate.cli;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out} option shared by the commands that write a result: a file, else standard output. */
public final class OutputOption {
    @Option(names = "--out", description = "Output file (default: standard output).")
    Path out;

    /**
     * A UTF-8 writer on the file (its folder created when missing), or on standard output; closing it
     * closes the file but only flushes standard output, so later output of the same process still shows.
     */
    public Writer open() throws IOException {
        if (out == null) {
            return new FilterWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }
}
