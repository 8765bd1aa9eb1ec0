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
