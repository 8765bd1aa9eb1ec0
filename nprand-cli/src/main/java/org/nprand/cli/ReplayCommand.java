package org.nprand.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
@Command(name = "replay", mixinStandardHelpOptions = true, usageHelpWidth = 120,
        description = {
            "Replays conformance cases: reads JSON Lines, one case per line - a generator (\"gen\": its type "
                + "RandomState, Generator, BitGenerator, SeedSequence or random.Random, and its seed) and the calls "
                + "to make on it (\"calls\": [NAME, ARGS, KWARGS] each) - and writes one answer line per case, in "
                + "order: what each call returned, in the protocol's JSON (exact big integers, arrays with dtype "
                + "and shape, Python exceptions as {\"error\", \"message\"}). It never stops at a bad call or line. "
                + "Python's reference executor (conformance/oracle.py) answers the same cases, and the two answers "
                + "must be equal; the protocol is conformance/PROTOCOL.md.",
        },
        footer = {
            "",
            "Example:",
            "  echo '{\"id\":\"a\",\"gen\":{\"type\":\"RandomState\",\"seed\":101},"
                + "\"calls\":[[\"randint\",[1,100],{\"size\":5}]]}' | nprand replay",
            "  {\"id\": \"a\", \"results\": [{\"dtype\": \"int64\", \"shape\": [5], \"data\": [96, 12, 82, 71, 64]}]}",
        })
final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "case file, or - for standard input (default)")
    private String file = "-";

    private final PrintStream out;
    private final PrintStream err;

    ReplayCommand() {
        this(System.out, System.err);
    }

    ReplayCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        boolean stdin = "-".equals(file);
        try (InputStream in = stdin ? System.in : Files.newInputStream(Path.of(file))) {
            new Replayer().replay(in, w);
            return 0;
        } catch (NoSuchFileException e) {
            err.println("nprand: cannot read " + file + ": no such file");
            return 2;
        } catch (AccessDeniedException e) {
            err.println("nprand: cannot read " + file + ": permission denied");
            return 2;
        } catch (IOException | RuntimeException e) {
            flushQuietly(w);
            err.println("nprand: cannot read " + (stdin ? "standard input" : file) + ": " + e.getMessage());
            return 2;
        } finally {
            flushQuietly(w);
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
