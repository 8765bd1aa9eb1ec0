package org.nprand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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

    /**
     * {@code nprand replay FILE} and the same bytes on standard input answer the same lines: a
     * byte that is not UTF-8 costs its own line only (issue 13: FILE used to lose every answer).
     */
    @Test
    void aFileAndStandardInputAnswerTheSameWhateverTheBytes(@TempDir Path dir) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        String good = "{\"id\": \"g%d\", \"gen\": {\"type\": \"RandomState\", \"seed\": 1}, \"calls\": [[\"random\", [], {}]]}\n";
        for (int i = 0; i < 5000; i++) {
            bytes.write(String.format(good, i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        bytes.write(new byte[] {'{', (byte) 0xFF, '}', '\n'});
        bytes.write(String.format(good, 5001).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path cases = dir.resolve("cases.jsonl");
        Files.write(cases, bytes.toByteArray());
        java.io.PrintStream savedOut = System.out;
        java.io.InputStream savedIn = System.in;
        java.io.ByteArrayOutputStream fromFile = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream fromStdin = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(fromFile));
            assertEquals(0, new CommandLine(new Main()).execute("replay", cases.toString()));
            System.setOut(new java.io.PrintStream(fromStdin));
            System.setIn(new java.io.ByteArrayInputStream(bytes.toByteArray()));
            assertEquals(0, new CommandLine(new Main()).execute("replay", "-"));
        } finally {
            System.setOut(savedOut);
            System.setIn(savedIn);
        }
        String[] answers = fromFile.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n");
        assertEquals(5002, answers.length);
        assertEquals("{\"id\": null, \"error\": {\"error\": \"ProtocolError\", \"message\": "
                + "\"line 5001 is not valid UTF-8 (byte 0xff at offset 1)\"}}", answers[5000]);
        assertEquals("{\"id\": \"g5001\", \"results\": [0.417022004702574]}", answers[5001]);
        assertEquals(fromFile.toString(java.nio.charset.StandardCharsets.UTF_8),
                fromStdin.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
