package org.nprand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a whole: exit statuses, help texts, and bad input answered with one line
 * on standard error, never a stack trace.
 */
class MainTest {

    @Test
    void replayExitStatus(@TempDir Path dir) throws Exception {
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, "not json\n{\"id\": \"a\", \"gen\": {\"type\": \"Foo\"}, \"calls\": []}\n");
        Cli.Result ok = Cli.run("replay", cases.toString());
        assertEquals(0, ok.status());
        assertEquals(2, ok.stdout().lines().count());
        Cli.Result missing = Cli.run("replay", dir.resolve("missing.jsonl").toString());
        assertEquals(2, missing.status());
        assertEquals("nprand: cannot read " + dir.resolve("missing.jsonl") + ": no such file\n", missing.stderr());
    }

    @Test
    void replayFromStandardInput() {
        Cli.Result r = Cli.runWithInput(("{\"id\": \"a\", \"gen\": {\"type\": \"RandomState\", \"seed\": 101}, "
                + "\"calls\": [[\"randint\", [1, 100], {\"size\": 5}]]}\n").getBytes(), "replay");
        assertEquals("{\"id\": \"a\", \"results\": [{\"dtype\": \"int64\", \"shape\": [5], \"data\": [96, 12, 82, 71, 64]}]}\n",
                r.stdout());
    }

    @Test
    void replayHelpExplainsTheProtocolWithAnExample() {
        Cli.Result r = Cli.run("replay", "--help");
        assertEquals(0, r.status());
        assertTrue(r.stdout().contains("JSON Lines"), r.stdout());
        assertTrue(r.stdout().contains("conformance/PROTOCOL.md"), r.stdout());
        assertTrue(r.stdout().contains("| nprand replay"), r.stdout());
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"eval", "generate", "state", "replay", "demo"}) {
            Cli.Result r = Cli.run(c, "--help");
            assertEquals(0, r.status(), c);
            assertTrue(r.stdout().startsWith("Usage: nprand " + c), r.stdout());
        }
        Cli.Result top = Cli.run("--help");
        assertTrue(top.stdout().contains("generate") && top.stdout().contains("eval") && top.stdout().contains("state"));
    }

    @Test
    void badOptionsGetOneLine() {
        Cli.Result r = Cli.run("generate", "--sed", "4", "random");
        assertEquals(2, r.status());
        assertEquals("nprand generate: Unknown option: '--sed' (see 'nprand generate --help')\n", r.stderr());
        Cli.Result none = Cli.run("nosuchcommand");
        assertEquals(2, none.status());
        assertEquals(1, none.stderr().lines().count(), none.stderr());
    }

    @Test
    void versionNamesTheReferences() {
        Cli.Result r = Cli.run("--version");
        assertTrue(r.stdout().contains("NumPy 2.4.6"), r.stdout());
        assertFalse(r.stdout().isEmpty());
    }
}
