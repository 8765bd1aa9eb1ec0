package org.nprand.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nprand.cli.replay.Replayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code nprand replay [FILE|-]}: the replay protocol (conformance/PROTOCOL.md). */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replays protocol cases (JSON Lines) and writes one answer line per case.")
final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "case file, or - for standard input (default)")
    private String file = "-";

    @Override
    public Integer call() {
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        try (BufferedReader in = "-".equals(file)
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            new Replayer().replay(in, out);
            return 0;
        } catch (IOException e) {
            System.err.println("nprand replay: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
