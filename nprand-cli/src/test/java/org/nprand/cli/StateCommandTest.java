package org.nprand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nprand state}: the JSON equals Python's {@code json.dumps} of the same state byte for
 * byte (recorded by {@code tools/eval/record_generate.py}), and reading it back (or a state
 * written by Python) gives the same generator.
 */
class StateCommandTest {

    private static JsonNode expected() throws IOException {
        try (InputStream in = StateCommandTest.class.getResourceAsStream("/org/nprand/cli/generate/expected.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @TestFactory
    Stream<DynamicTest> jsonEqualsPythonsJsonDumps() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = expected().get("states").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                List<String> a = new ArrayList<>(List.of("state"));
                a.addAll(List.of(e.getValue().get("args").textValue().split(" ")));
                Cli.Result r = Cli.run(a.toArray(new String[0]));
                assertEquals(0, r.status(), r.stderr());
                assertEquals(e.getValue().get("json").textValue() + "\n", r.stdout());
            }));
        }
        return tests.stream();
    }

    @Test
    void roundTripThroughAFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("s.json");
        Cli.Result saved = Cli.run("state", "--seed", "42", "random", "--size", "1000", "-o", f.toString(), "--explain");
        assertEquals(0, saved.status(), saved.stderr());
        assertTrue(saved.stderr().contains("rng.bit_generator.state = json.load(f)"), saved.stderr());
        Cli.Result cont = Cli.run("generate", "--state", f.toString(), "random", "--size", "5");
        Cli.Result direct = Cli.run("generate", "--seed", "42", "random", "--size", "1005");
        List<String> all = direct.stdout().lines().toList();
        assertEquals(String.join("\n", all.subList(1000, 1005)) + "\n", cont.stdout());
        Cli.Result again = Cli.run("state", "--state", f.toString());
        assertEquals(Files.readString(f), again.stdout());
        Cli.Result stdin = Cli.runWithInput(Files.readAllBytes(f), "state", "--state", "-");
        assertEquals(Files.readString(f), stdin.stdout());
    }

    @Test
    void legacyAndPythonStates(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("legacy.json");
        Cli.Result saved = Cli.run("state", "--legacy", "--seed", "101", "randint", "1", "100", "--size", "5", "-o", f.toString(),
                "--explain");
        assertTrue(saved.stderr().contains("np.random.set_state(json.load(f))"), saved.stderr());
        Cli.Result cont = Cli.run("generate", "--state", f.toString(), "randint", "1", "100", "--size", "3");
        Cli.Result direct = Cli.run("generate", "--legacy", "--seed", "101", "randint", "1", "100", "--size", "8");
        assertEquals(String.join("\n", direct.stdout().lines().toList().subList(5, 8)) + "\n", cont.stdout());
        Path p = dir.resolve("py.json");
        Cli.run("state", "--python", "--seed", "10", "random", "--size", "2", "-o", p.toString());
        Cli.Result pc = Cli.run("generate", "--state", p.toString(), "random", "--size", "1");
        assertEquals("0.5780913011344704\n", pc.stdout());
    }

    @Test
    void badStatesAreOneLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"bit_generator\": \"PCG64\", \"state\": {}}");
        Cli.Result r = Cli.run("state", "--state", f.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
        assertTrue(r.stderr().startsWith("nprand state: " + f + " is not a valid state: KeyError"), r.stderr());
        Files.writeString(f, "not json");
        Cli.Result j = Cli.run("state", "--state", f.toString());
        assertTrue(j.stderr().startsWith("nprand state: " + f + " is not JSON"), j.stderr());
        Files.writeString(f, "[3, [1, 2], null]");
        Cli.Result wrong = Cli.run("state", "--legacy", "--state", f.toString());
        assertEquals(2, wrong.status());
    }
}
