package org.nprand.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nprand.cli.replay.Replayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code nprand replay [FILE|-]}: the replay protocol (conformance/PROTOCOL.md). A file and
 * standard input are read the same way, as bytes, line by line ({@link Replayer#replay(InputStream,
 * Writer)}): a line that is not UTF-8 answers a {@code ProtocolError} and the others are answered
 * as usual. Exit status 2 only when FILE cannot be opened or reading it fails part-way (the
 * answers made until then are written first).
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replays protocol cases (JSON Lines) and writes one answer line per case.")
final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "case file, or - for standard input (default)")
    private String file = "-";

    @Override
    public Integer call() {
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        boolean stdin = "-".equals(file);
        try (InputStream in = stdin ? System.in : Files.newInputStream(Path.of(file))) {
            new Replayer().replay(in, out);
            return 0;
        } catch (IOException | RuntimeException e) {
            flushQuietly(out);
            System.err.println("nprand replay: cannot read " + (stdin ? "standard input" : file) + ": " + e.getMessage());
            return 2;
        } finally {
            flushQuietly(out);
        }
    }

    private static void flushQuietly(Writer out) {
        try {
            out.flush();
        } catch (IOException ignored) {
            // standard output is gone: nothing left to tell
        }
    }
}
