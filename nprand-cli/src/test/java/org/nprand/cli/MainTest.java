package org.nprand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line: {@code replay} exits 0 on any content and non-zero only for an unreadable FILE. */
class MainTest {

    @Test
    void replayExitStatus(@TempDir Path dir) throws Exception {
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, "not json\n{\"id\": \"a\", \"gen\": {\"type\": \"Foo\"}, \"calls\": []}\n");
        java.io.PrintStream saved = System.out;
        try {
            System.setOut(new java.io.PrintStream(new java.io.ByteArrayOutputStream()));
            assertEquals(0, new CommandLine(new Main()).execute("replay", cases.toString()));
            assertEquals(2, new CommandLine(new Main()).execute("replay", dir.resolve("missing.jsonl").toString()));
        } finally {
            System.setOut(saved);
        }
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
