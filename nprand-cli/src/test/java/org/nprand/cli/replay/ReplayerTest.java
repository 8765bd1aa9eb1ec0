package org.nprand.cli.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Replayer} in process. {@code replay-cases.jsonl} holds hand-written cases over every
 * type of this issue (keywords, REPEAT, dotted names, assignments, errors, special answers);
 * {@code replay-expected.jsonl} is what the reference executor ({@code conformance/oracle.py} on
 * branch oracle: NumPy 2.4.6 under python3, CPython 3.13 for random.Random) answered for them.
 */
class ReplayerTest {

    private final Replayer replayer = new Replayer();

    @Test
    void handWrittenCasesAgreeWithTheReference() throws IOException {
        List<String> cases = lines("/org/nprand/cli/replay-cases.jsonl");
        List<String> expected = lines("/org/nprand/cli/replay-expected.jsonl");
        assertEquals(cases.size(), expected.size());
        for (int i = 0; i < cases.size(); i++) {
            AnswerAssert.assertAgrees(expected.get(i), replayer.replayLine(cases.get(i)));
        }
    }

    @Test
    void theProtocolExample() {
        AnswerAssert.assertAgrees(
                "{\"id\": \"doc-1\", \"results\": [{\"dtype\": \"int64\", \"shape\": [5], \"data\": [96, 12, 82, 71, 64]}, 0.9844476146364335]}",
                replayer.replayLine("{\"id\": \"doc-1\", \"gen\": {\"type\": \"RandomState\", \"seed\": 101}, \"calls\": [[\"randint\", [1, 100], {\"size\": 5}], [\"random\", [], {}]]}"));
    }

    @Test
    void invalidJsonIsAProtocolErrorAndTheRunGoesOn() throws IOException {
        String in = "not json\n\n{\"id\": 7, \"gen\": {\"type\": \"RandomState\", \"seed\": 0}, \"calls\": [[\"rand\", [], {}]]}\n"
                + "{\"id\": \"x\", \"gen\": 5, \"calls\": []}\n[1, 2]\n{\"id\": \"trailing\"} junk\n";
        StringWriter out = new StringWriter();
        replayer.replay(new BufferedReader(new StringReader(in)), out);
        String[] answers = out.toString().split("\n");
        assertEquals(5, answers.length, out.toString());
        assertTrue(answers[0].startsWith("{\"id\": null, \"error\": {\"error\": \"ProtocolError\", \"message\": "), answers[0]);
        AnswerAssert.assertAgrees("{\"id\": 7, \"results\": [0.5488135039273248]}", answers[1]);
        assertTrue(answers[2].startsWith("{\"id\": \"x\", \"error\": {\"error\": \"ProtocolError\""), answers[2]);
        assertTrue(answers[3].startsWith("{\"id\": null, \"error\": {\"error\": \"ProtocolError\""), answers[3]);
        assertTrue(answers[4].startsWith("{\"id\": null, \"error\": {\"error\": \"ProtocolError\""), answers[4]);
    }

    /**
     * One line with a byte that is not UTF-8 answers a ProtocolError of its own; every line
     * before and after it is answered (issue 13: 1,000 good lines before it used to give no
     * output at all, 5,000 a line cut mid-way).
     */
    @Test
    void aLineThatIsNotUtf8AnswersAProtocolErrorAndEveryOtherLineIsAnswered() throws IOException {
        for (int before : new int[] {0, 1, 1000, 5000}) {
            java.io.ByteArrayOutputStream in = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < before; i++) {
                in.write(goodLine("g" + i).getBytes(StandardCharsets.UTF_8));
            }
            in.write("{\"id\": \"bad".getBytes(StandardCharsets.UTF_8));
            in.write(0xFF);
            in.write("\", \"gen\": {\"type\": \"RandomState\", \"seed\": 1}, \"calls\": []}\r\n".getBytes(StandardCharsets.UTF_8));
            in.write(new byte[] {(byte) 0xE2, (byte) 0x82, '\n'}); // a sequence cut short
            in.write("\n  \n".getBytes(StandardCharsets.UTF_8)); // blank lines: no answer
            in.write("{\"id\": \"\u00e9\u20ac\", \"gen\": {\"type\": \"RandomState\", \"seed\": 1}, \"calls\": [[\"random\", [], {}]]}\r\n"
                    .getBytes(StandardCharsets.UTF_8));
            in.write(goodLine("last").trim().getBytes(StandardCharsets.UTF_8)); // no final line break
            StringWriter out = new StringWriter();
            replayer.replay(new java.io.ByteArrayInputStream(in.toByteArray()), out);
            String[] answers = out.toString().split("\n", -1);
            assertEquals(before + 5, answers.length, "answers (and the final empty string)");
            assertEquals("", answers[before + 4]);
            for (int i = 0; i < before; i++) {
                AnswerAssert.assertAgrees("{\"id\": \"g" + i + "\", \"results\": [0.417022004702574]}", answers[i]);
            }
            AnswerAssert.assertAgrees("{\"id\": null, \"error\": {\"error\": \"ProtocolError\", \"message\": \"line "
                    + (before + 1) + " is not valid UTF-8 (byte 0xff at offset 11)\"}}", answers[before]);
            AnswerAssert.assertAgrees("{\"id\": null, \"error\": {\"error\": \"ProtocolError\", \"message\": \"line "
                    + (before + 2) + " is not valid UTF-8 (byte 0xe2 at offset 0)\"}}", answers[before + 1]);
            AnswerAssert.assertAgrees("{\"id\": \"\u00e9\u20ac\", \"results\": [0.417022004702574]}", answers[before + 2]);
            AnswerAssert.assertAgrees("{\"id\": \"last\", \"results\": [0.417022004702574]}", answers[before + 3]);
        }
    }

    /** A stream that fails part-way: the answers made before the failure are written and flushed. */
    @Test
    void aReadErrorStillFlushesEveryAnswerMadeBeforeIt() {
        byte[] good = (goodLine("a") + goodLine("b")).getBytes(StandardCharsets.UTF_8);
        java.io.InputStream failing = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(good),
                new java.io.InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("device gone");
                    }
                });
        StringBuilder flushed = new StringBuilder();
        java.io.Writer out = new java.io.BufferedWriter(new java.io.Writer() {
            @Override
            public void write(char[] c, int off, int len) {
                flushed.append(c, off, len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, 1 << 16);
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> replayer.replay(failing, out));
        assertEquals("device gone", e.getMessage());
        String[] answers = flushed.toString().split("\n");
        assertEquals(2, answers.length, flushed.toString());
        AnswerAssert.assertAgrees("{\"id\": \"b\", \"results\": [0.417022004702574]}", answers[1]);
    }

    private static String goodLine(String id) {
        return "{\"id\": \"" + id + "\", \"gen\": {\"type\": \"RandomState\", \"seed\": 1}, \"calls\": [[\"random\", [], {}]]}\n";
    }

    @Test
    void unknownCallsAndTypesAreNotImplementedAndGeneratorAnswers() {
        AnswerAssert.assertAgrees(
                "{\"id\": \"u\", \"results\": [{\"error\": \"NotImplementedError\", \"message\": \"nprand replay does not support RandomState.no_such_method\"}, 0.417022004702574]}",
                replayer.replayLine("{\"id\": \"u\", \"gen\": {\"type\": \"RandomState\", \"seed\": 1}, \"calls\": [[\"no_such_method\", [], {}], [\"random_sample\", [], {}]]}"));
        AnswerAssert.assertAgrees(
                "{\"id\": \"t\", \"error\": {\"error\": \"NotImplementedError\", \"message\": \"unknown generator type 'Foo'\"}}",
                replayer.replayLine("{\"id\": \"t\", \"gen\": {\"type\": \"Foo\"}, \"calls\": [[\"random\", [], {}]]}"));
        // Generator(PCG64(1)).random(), then random() twice (REPEAT), as NumPy 2.4.6 answers.
        AnswerAssert.assertAgrees(
                "{\"id\": \"g\", \"results\": [0.5118216247002567, [0.9504636963259353, 0.14415961271963373]]}",
                replayer.replayLine("{\"id\": \"g\", \"gen\": {\"type\": \"Generator\", \"bit_generator\": \"PCG64\", "
                        + "\"seed\": 1}, \"calls\": [[\"random\", [], {}], [\"random\", [], {}, 2]]}"));
    }

    @Test
    void badCallShapesAnswerProtocolErrorsWithoutStoppingTheCase() {
        // The expected line is oracle.py's answer (NumPy 2.4.6).
        AnswerAssert.assertAgrees(
                "{\"id\": \"b\", \"results\": [{\"error\": \"ProtocolError\", \"message\": \"a call is [NAME, ARGS, KWARGS] or [NAME, ARGS, KWARGS, REPEAT]\"}, "
                        + "{\"error\": \"ProtocolError\", \"message\": \"state is an attribute, not a method\"}, "
                        + "{\"error\": \"ProtocolError\", \"message\": \"an assignment takes exactly one argument\"}, 1033693557]}",
                replayer.replayLine("{\"id\": \"b\", \"gen\": {\"type\": \"BitGenerator\", \"bit_generator\": \"MT19937\", \"seed\": 1}, "
                        + "\"calls\": [[\"random\"], [\"state\", [1], {}], [\"state=\", [], {}], [\"random_raw\", [], {}]]}"));
    }

    @Test
    void repeatAnswersAListAndDecodesArgumentsAfresh() {
        // From python3 + NumPy 2.4.6: shuffle answers [3, 2, 1, 4], then [4, 2, 1, 3] twice:
        // each repetition shuffles a fresh [1, 2, 3, 4].
        AnswerAssert.assertAgrees("{\"id\": \"r\", \"results\": [[[3, 2, 1, 4], [4, 2, 1, 3], [4, 2, 1, 3]], [8, 7, 6, 4], []]}",
                replayer.replayLine("{\"id\": \"r\", \"gen\": {\"type\": \"RandomState\", \"seed\": 7}, \"calls\": "
                        + "[[\"shuffle\", [[1, 2, 3, 4]], {}, 3], [\"randint\", [0, 10], {}, 4], [\"random\", [], {}, 0]]}"));
    }

    @Test
    void replayIsFast() {
        String line = "{\"id\": \"f\", \"gen\": {\"type\": \"RandomState\", \"seed\": 5}, \"calls\": [[\"randint\", [0, 100], {\"size\": 10}], [\"random_sample\", [], {}]]}";
        replayer.replayLine(line);
        long t0 = System.nanoTime();
        for (int i = 0; i < 2000; i++) {
            replayer.replayLine(line);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 5, "2000 cases took " + seconds + " s");
    }

    private static List<String> lines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ReplayerTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line);
                }
            }
        }
        return out;
    }
}
