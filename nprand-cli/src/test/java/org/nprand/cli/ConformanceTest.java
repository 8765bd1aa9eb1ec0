package org.nprand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nprand.cli.replay.Replayer;

/**
 * Replays every committed conformance case ({@code conformance/cases/<suite>.jsonl}) in-process
 * through {@link Replayer#replayLine(String)} and compares each answer with the reference's
 * ({@code conformance/expected/<suite>.expected.jsonl}, written by {@code conformance/oracle.py} from
 * NumPy 2.4.6 and CPython 3.13) using the protocol's equality ({@link ProtocolEquality}).
 *
 * <p>One dynamic test per case, named by its id. A case fails on the first differing value
 * (the message names the call index and name, the path and both values), and also when every value
 * agrees but an error message differs: nprand promises Python's messages too. The run prints the
 * exact-case and identical-message counts.
 *
 * <p>Finds {@code conformance/} by walking up from the working directory (Maven runs tests in the
 * module directory), or from the system property {@code nprand.conformance.dir}.
 */
class ConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            // big Python ints (seeds, getrandbits(1000), ...) are long JSON numbers
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(100_000).maxStringLength(Integer.MAX_VALUE).build())
            .build());

    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger CASES_EXACT = new AtomicInteger();
    private static final AtomicInteger MESSAGES = new AtomicInteger();
    private static final AtomicInteger MESSAGES_IDENTICAL = new AtomicInteger();
    private static final AtomicInteger DEVIATIONS = new AtomicInteger();
    private static final AtomicInteger MESSAGES_SCANNED = new AtomicInteger();
    private static final AtomicInteger MESSAGES_WITH_JAVA = new AtomicInteger();

    @TestFactory
    Stream<DynamicNode> replaysEveryCommittedCaseLikeTheReference() throws IOException {
        Path conformance = conformanceDirectory();
        List<Path> suites;
        try (Stream<Path> files = Files.list(conformance.resolve("cases"))) {
            suites = files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        assertTrue(!suites.isEmpty(), "no case files under " + conformance.resolve("cases"));
        Map<String, String> deviations = deviations(conformance.resolve("deviations.txt"));
        Replayer replayer = new Replayer();
        List<DynamicNode> containers = new ArrayList<>();
        for (Path suite : suites) {
            String name = suite.getFileName().toString().replaceFirst("\\.jsonl$", "");
            Path expectedFile = conformance.resolve("expected").resolve(name + ".expected.jsonl");
            Map<String, String> expected = answersById(expectedFile);
            List<DynamicTest> tests = new ArrayList<>();
            for (String caseLine : nonBlankLines(suite)) {
                String id = JSON.readTree(caseLine).path("id").asText();
                tests.add(DynamicTest.dynamicTest(id, () -> {
                    String expectedLine = expected.get(id);
                    if (expectedLine == null) {
                        fail("case " + id + ": no answer in " + expectedFile + " (run conformance/regen.sh)");
                    }
                    String actualLine = replayer.replayLine(caseLine);
                    noJavaInMessages(id, actualLine, expectedLine); // deviations too
                    String why = deviations.get(id);
                    if (why != null) {
                        try {
                            check(caseLine, expectedLine, actualLine);
                        } catch (AssertionError differs) {
                            DEVIATIONS.incrementAndGet();
                            return;
                        }
                        fail("case " + id + " is listed in deviations.txt (" + why + ") but now agrees: remove it");
                    }
                    check(caseLine, expectedLine, actualLine);
                }));
            }
            containers.add(DynamicContainer.dynamicContainer(name, tests));
        }
        return containers.stream();
    }

    @AfterAll
    static void printScores() {
        System.out.printf("conformance: %d/%d cases exact; %d/%d error messages identical; %d documented deviations%n",
                CASES_EXACT.get(), CASES.get() - DEVIATIONS.get(), MESSAGES_IDENTICAL.get(), MESSAGES.get(),
                DEVIATIONS.get());
        System.out.printf("conformance: %d errors answered by nprand scanned for Java names, identities and exception"
                + " texts; %d with Java in them%n", MESSAGES_SCANNED.get(), MESSAGES_WITH_JAVA.get());
    }

    /** {@code deviations.txt}: case id to reason ({@code #} comments, blank lines ignored). */
    private static Map<String, String> deviations(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    out.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
                }
            }
        }
        return out;
    }

    /** Fails with the first difference between the reference's answer and nprand's. */
    private static void check(String caseLine, String expectedLine, String actualLine) throws IOException {
        CASES.incrementAndGet();
        JsonNode theCase = JSON.readTree(caseLine);
        String id = theCase.path("id").asText();
        JsonNode expected = JSON.readTree(expectedLine);
        JsonNode actual;
        try {
            actual = JSON.readTree(actualLine);
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("case " + id + ": the answer line is not JSON (" + e.getMessage() + "): "
                    + abbreviate(actualLine), e);
        }
        if (actual == null || !actual.isObject()) {
            fail("case " + id + ": the answer is not a JSON object: " + abbreviate(actualLine));
        }
        assertEquals(id, actual.path("id").asText(null), "case " + id + ": the answer's id");
        ProtocolEquality equality = new ProtocolEquality();
        ProtocolEquality.Difference difference = firstDifference(theCase, expected, actual, equality);
        MESSAGES.addAndGet(equality.messagesCompared());
        MESSAGES_IDENTICAL.addAndGet(equality.messagesIdentical());
        if (difference != null) {
            fail("case " + id + ": " + where(theCase, difference.path()) + difference);
        }
        ProtocolEquality.Difference message = equality.firstMessageDifference();
        if (message != null) {
            fail("case " + id + ": " + where(theCase, message.path()) + "the error class agrees but the message differs "
                    + message);
        }
        CASES_EXACT.incrementAndGet();
    }

    /**
     * Java showing through an error nprand answers (issue 13): a Java or nprand class name, a
     * Java exception name, an object identity ({@code [B@1b1473ab}), a JVM NullPointerException
     * text, or a Java class's {@code toString} ({@code NdArray(}, {@code PyRange}). Every error
     * of every answer is scanned, deviations included; a pattern the reference's own answer
     * contains is not Java's.
     */
    private static final java.util.regex.Pattern JAVA_ISMS = java.util.regex.Pattern.compile(
            "\\bjava\\.|\\bjavax\\.|org\\.nprand|[A-Za-z]Exception\\b|Exception:|@[0-9a-f]{4,}\\b"
                    + "|Cannot invoke|because \"|NdArray\\(|PyRange|\\bnull\\b");

    private static void noJavaInMessages(String id, String actualLine, String expectedLine) {
        JsonNode actual;
        try {
            actual = JSON.readTree(actualLine);
        } catch (IOException | RuntimeException notJson) {
            return; // check() reports it
        }
        for (JsonNode error : actual.findParents("error")) {
            JsonNode message = error.get("message");
            if (!error.get("error").isTextual() || message == null || !message.isTextual()) {
                continue;
            }
            for (String text : new String[] {error.get("error").asText(), message.asText()}) {
                java.util.regex.Matcher m = JAVA_ISMS.matcher(text);
                while (m.find()) {
                    if (!expectedLine.contains(m.group())) {
                        MESSAGES_WITH_JAVA.incrementAndGet();
                        fail("case " + id + ": Java in an error nprand answers (" + m.group() + "): " + text);
                    }
                }
            }
            MESSAGES_SCANNED.incrementAndGet();
        }
    }

    /** Compares call by call, so the difference's path starts with results[i]. */
    private static ProtocolEquality.Difference firstDifference(JsonNode theCase, JsonNode expected, JsonNode actual,
                                                               ProtocolEquality equality) {
        JsonNode expectedResults = expected.get("results");
        JsonNode actualResults = actual.get("results");
        if (expectedResults == null || actualResults == null || !actualResults.isArray()) {
            // the generator itself could not be made (or was, when it should not have been)
            return equality.firstDifference(withoutId(expected), withoutId(actual), "answer");
        }
        int calls = expectedResults.size();
        for (int i = 0; i < calls && i < actualResults.size(); i++) {
            ProtocolEquality.Difference d = equality.firstDifference(expectedResults.get(i), actualResults.get(i),
                    "results[" + i + "]");
            if (d != null) {
                return d;
            }
        }
        if (actualResults.size() != calls) {
            return new ProtocolEquality.Difference("results.length", Integer.toString(calls),
                    Integer.toString(actualResults.size()));
        }
        return null;
    }

    /** "call #i (name): " for a path inside results[i], else "". */
    private static String where(JsonNode theCase, String path) {
        if (!path.startsWith("results[")) {
            return "";
        }
        int end = path.indexOf(']');
        int index = Integer.parseInt(path.substring("results[".length(), end));
        String name = theCase.path("calls").path(index).path(0).asText("?");
        return "call #" + index + " (" + name + "): ";
    }

    private static JsonNode withoutId(JsonNode answer) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = answer.deepCopy();
        copy.remove("id");
        return copy;
    }

    private static Map<String, String> answersById(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), "missing " + file + " (run conformance/regen.sh)");
        Map<String, String> byId = new LinkedHashMap<>();
        for (String line : nonBlankLines(file)) {
            byId.put(JSON.readTree(line).path("id").asText(), line);
        }
        return byId;
    }

    private static List<String> nonBlankLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    /** The repository's conformance/ directory: the system property, else the nearest ancestor's. */
    static Path conformanceDirectory() {
        String configured = System.getProperty("nprand.conformance.dir");
        if (configured != null) {
            return Paths.get(configured).toAbsolutePath();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("conformance");
            if (Files.isDirectory(candidate.resolve("cases")) && Files.isDirectory(candidate.resolve("expected"))) {
                return candidate;
            }
        }
        throw new AssertionError("no conformance/ directory (with cases/ and expected/) above "
                + Paths.get("").toAbsolutePath());
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
