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
}
