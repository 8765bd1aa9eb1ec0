package org.nprand.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.nprand.bitgen.PCG64;
import org.nprand.internal.py.PyRepr;
import org.nprand.numpy.Generator;
import org.nprand.numpy.RandomState;

/**
 * {@code nprand generate}: every format written and read back against the single call, the
 * {@code .npy} files byte for byte against {@code np.save} (recorded by
 * {@code tools/eval/record_generate.py}), continuing states saved by Python, the histogram, and
 * the error paths (one line, non-zero status, nothing left under the output name).
 */
class GenerateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode expected() throws IOException {
        try (InputStream in = resource("expected.json")) {
            return JSON.readTree(in);
        }
    }

    private static InputStream resource(String name) {
        return GenerateCommandTest.class.getResourceAsStream("/org/nprand/cli/generate/" + name);
    }

    private static String[] args(String line, String... more) {
        List<String> a = new ArrayList<>();
        a.add("generate");
        a.addAll(List.of(line.split(" ")));
        a.addAll(List.of(more));
        return a.toArray(new String[0]);
    }

    /** A parsed {@code .npy}: NumPy's header fields and the data bytes. */
    record Npy(String descr, boolean fortran, long[] shape, byte[] data) {
        static Npy parse(byte[] b) {
            assertEquals((byte) 0x93, b[0]);
            assertEquals("NUMPY", new String(b, 1, 5, StandardCharsets.US_ASCII));
            assertEquals(1, b[6], "format version 1.0");
            int hlen = (b[8] & 0xFF) | (b[9] & 0xFF) << 8;
            assertEquals(0, (10 + hlen) % 64, "the data is 64-byte aligned");
            String header = new String(b, 10, hlen, StandardCharsets.ISO_8859_1);
            assertTrue(header.endsWith("\n"));
            Matcher m = Pattern.compile("\\{'descr': '([^']+)', 'fortran_order': (True|False), 'shape': \\(([0-9, ]*)\\), \\} *\n")
                    .matcher(header);
            assertTrue(m.matches(), header);
            String[] dims = m.group(3).isBlank() ? new String[0] : m.group(3).split(",");
            List<Long> shape = new ArrayList<>();
            for (String d : dims) {
                if (!d.isBlank()) {
                    shape.add(Long.parseLong(d.strip()));
                }
            }
            byte[] data = java.util.Arrays.copyOfRange(b, 10 + hlen, b.length);
            return new Npy(m.group(1), m.group(2).equals("True"), shape.stream().mapToLong(Long::longValue).toArray(), data);
        }
    }

    @TestFactory
    Stream<DynamicTest> npyFilesEqualNumPysSave(@TempDir Path dir) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = expected().get("npy").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                Path out = dir.resolve(e.getKey());
                Cli.Result r = Cli.run(args(e.getValue().textValue(), "-o", out.toString()));
                if (r.stderr().contains("not in nprand yet")) {
                    Assumptions.abort(r.stderr());
                }
                assertEquals(0, r.status(), r.stderr());
                byte[] want;
                try (InputStream in = resource(e.getKey())) {
                    want = in.readAllBytes();
                }
                byte[] got = Files.readAllBytes(out);
                Npy a = Npy.parse(got);
                Npy b = Npy.parse(want);
                assertEquals(b.descr(), a.descr());
                assertArrayEquals(b.shape(), a.shape());
                assertArrayEquals(want, got, "byte for byte as np.save");
            }));
        }
        return tests.stream();
    }

    @Test
    void npyReadBackIsTheSingleCall(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("r.npy");
        int n = 200_000; // more than three default chunks
        Cli.Result r = Cli.run("generate", "--seed", "42", "random", "--size", Integer.toString(n), "-o", out.toString());
        assertEquals(0, r.status(), r.stderr());
        Npy npy = Npy.parse(Files.readAllBytes(out));
        assertEquals("<f8", npy.descr());
        assertFalse(npy.fortran());
        assertArrayEquals(new long[] {n}, npy.shape());
        double[] want = new Generator(new PCG64(42)).random(n);
        ByteBuffer bb = ByteBuffer.wrap(npy.data()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(bb.getDouble()), "element " + i);
        }
        assertFalse(bb.hasRemaining());
    }

    @Test
    void csvParsesToTheSingleCall(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("x.csv");
        Cli.Result r = Cli.run("generate", "--legacy", "--seed", "0", "uniform", "-1", "1", "--size", "500,3", "-o", out.toString(),
                "--chunk", "100");
        assertEquals(0, r.status(), r.stderr());
        double[] want = new RandomState(0).uniform(-1, 1, 500, 3);
        List<String> lines = Files.readAllLines(out);
        assertEquals(500, lines.size());
        for (int i = 0; i < 500; i++) {
            String[] f = lines.get(i).split(",");
            assertEquals(3, f.length);
            for (int j = 0; j < 3; j++) {
                assertEquals(Double.doubleToRawLongBits(want[i * 3 + j]), Double.doubleToRawLongBits(Double.parseDouble(f[j])));
                assertEquals(PyRepr.repr(want[i * 3 + j]), f[j], "Python's repr");
            }
        }
    }

    @Test
    void jsonLinesTextAndRawReadBack(@TempDir Path dir) throws IOException {
        long[] want = new Generator(new PCG64(5)).integers(0, 1000, 300);
        Path jl = dir.resolve("x.jsonl");
        assertEquals(0, Cli.run("generate", "--seed", "5", "integers", "0", "1000", "--size", "300", "-o", jl.toString()).status());
        List<String> lines = Files.readAllLines(jl);
        for (int i = 0; i < 300; i++) {
            assertEquals(want[i], JSON.readTree(lines.get(i)).longValue());
        }
        Cli.Result text = Cli.run("generate", "--seed", "5", "integers", "0", "1000", "--size", "300");
        assertEquals(String.join("\n", lines) + "\n", text.stdout(), "text to standard output by default");
        Path raw = dir.resolve("x.bin");
        assertEquals(0, Cli.run("generate", "--seed", "5", "integers", "0", "1000", "--size", "300", "-o", raw.toString()).status());
        ByteBuffer bb = ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
        for (long w : want) {
            assertEquals(w, bb.getLong());
        }
        assertFalse(bb.hasRemaining());
        Cli.Result rows = Cli.run("generate", "--seed", "11", "multinomial", "20", "[0.2, 0.3, 0.5]", "--size", "4", "--format", "jsonl");
        for (String l : rows.stdout().split("\n")) {
            JsonNode row = JSON.readTree(l);
            assertEquals(3, row.size());
            assertEquals(20, row.get(0).longValue() + row.get(1).longValue() + row.get(2).longValue());
        }
        Cli.Result nan = Cli.run("generate", "--legacy", "--seed", "1", "choice", "[1.5, nan if False else float('nan')]",
                "--size", "4", "--format", "jsonl");
        assertEquals(0, nan.status(), nan.stderr());
    }

    @Test
    void pythonRandomAndItsValues() {
        Cli.Result r = Cli.run("generate", "--python", "--seed", "10", "random", "--size", "3");
        assertEquals("0.5714025946899135\n0.4288890546751146\n0.5780913011344704\n", r.stdout());
        Cli.Result ints = Cli.run("generate", "--python", "--seed", "10", "randint", "1", "100", "--size", "2", "--format", "csv");
        assertEquals("74\n5\n", ints.stdout());
        Cli.Result sample = Cli.run("generate", "--python", "--seed", "10", "sample", "range(100)", "3", "--size", "2",
                "--format", "jsonl");
        assertEquals(2, sample.stdout().lines().count(), sample.stderr());
        assertTrue(sample.stdout().startsWith("["), sample.stdout());
        Cli.Result str = Cli.run("generate", "--python", "--seed", "hello", "choice", "'abc'", "--size", "2");
        assertEquals(0, str.status(), str.stderr());
    }

    @TestFactory
    Stream<DynamicTest> statesSavedByPythonContinue(@TempDir Path dir) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = expected().get("saved").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                Path f = dir.resolve(e.getKey());
                try (InputStream in = resource(e.getKey())) {
                    Files.write(f, in.readAllBytes());
                }
                Cli.Result r = Cli.run(args("--state " + f + " " + e.getValue().get("args").textValue(), "--format", "jsonl"));
                assertEquals(0, r.status(), r.stderr());
                JsonNode next = e.getValue().get("next");
                String[] lines = r.stdout().split("\n");
                assertEquals(next.size(), lines.length);
                for (int i = 0; i < lines.length; i++) {
                    JsonNode got = JSON.readTree(lines[i]);
                    if (next.get(i).isFloatingPointNumber()) {
                        assertEquals(Double.doubleToRawLongBits(next.get(i).doubleValue()),
                                Double.doubleToRawLongBits(got.doubleValue()), e.getKey() + " value " + i);
                    } else {
                        assertEquals(next.get(i).longValue(), got.longValue(), e.getKey() + " value " + i);
                    }
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void histogramAndSummary() {
        Cli.Result r = Cli.run("generate", "--seed", "1", "integers", "0", "6", "--size", "60000", "--hist");
        assertEquals(0, r.status(), r.stderr());
        List<String> lines = r.stdout().lines().toList();
        assertEquals("count  60000", lines.get(0));
        assertTrue(lines.get(1).startsWith("mean   2.4"), lines.get(1));
        assertTrue(lines.get(2).startsWith("std    1.7"), lines.get(2));
        assertEquals("min    0", lines.get(3));
        assertEquals("max    5", lines.get(4));
        assertEquals(6, lines.size() - 5, "one bar per value");
        long total = 0;
        for (String l : lines.subList(5, lines.size())) {
            total += Long.parseLong(l.strip().split(" +")[1]);
        }
        assertEquals(60000, total);
        Cli.Result f = Cli.run("generate", "--seed", "1", "random", "--size", "10000", "--hist", "--bins", "10");
        assertEquals(15, f.stdout().lines().count(), f.stdout());
    }

    @Test
    void explainPrintsThePython() {
        assertEquals("np.random.Generator(np.random.PCG64(42)).uniform(0, 1, size=1000000)\n",
                Cli.run("generate", "--seed", "42", "uniform", "0", "1", "--size", "1000000", "--explain").stdout());
        assertEquals("np.random.RandomState(101).randint(1, 100, size=5)\n",
                Cli.run("generate", "--legacy", "--seed", "101", "randint", "1", "100", "--size", "5", "--explain").stdout());
        assertEquals("[random.Random(10).random() for _ in range(3)]\n",
                Cli.run("generate", "--python", "--seed", "10", "random", "--size", "3", "--explain").stdout());
        assertEquals("np.random.Generator(np.random.MT19937(7)).integers(0, 10, dtype='int8', size=(5, 2))\n",
                Cli.run("generate", "--seed", "7", "-b", "mt19937", "integers", "0", "10", "dtype=int8", "--size", "5,2",
                        "--explain").stdout());
    }

    @Test
    void badInputIsOneLineAndNonZero(@TempDir Path dir) throws IOException {
        String[][] cases = {
            {"generate", "--seed", "42", "nromal", "--size", "3"},
            {"generate", "--seed", "-1", "random", "--size", "3"},
            {"generate", "--seed", "42", "random", "--size", "abc"},
            {"generate", "--seed", "42", "random", "--size", "-5"},
            {"generate", "--seed", "42", "binomial", "10", "1.5", "--size", "3"},
            {"generate", "--seed", "42", "random", "--size", "3", "-o", dir.resolve("no/such/dir/x.npy").toString()},
            {"generate", "--seed", "42", "random", "--size", "3", "-o", dir.resolve("x.unknown").toString()},
            {"generate", "--seed", "42", "-b", "XYZ", "random"},
            {"generate", "--legacy", "--python", "random"},
            {"generate", "--state", dir.resolve("missing.json").toString(), "random"},
            {"generate", "--seed", "42", "permutation", "10", "--size", "3"},
            {"generate", "--seed", "1", "random", "--size", "3", "--format", "xls"},
        };
        for (String[] c : cases) {
            Cli.Result r = Cli.run(c);
            assertTrue(r.status() == 1 || r.status() == 2, String.join(" ", c) + ": " + r.status());
            assertEquals(1, r.stderr().lines().count(), String.join(" ", c) + ":\n" + r.stderr());
            assertTrue(r.stderr().startsWith("nprand generate: "), r.stderr());
            assertFalse(r.stderr().contains("\tat "), r.stderr());
            assertEquals("", r.stdout(), String.join(" ", c));
        }
        assertEquals("nprand generate: Generator has no method 'nromal' (did you mean normal?)\n", Cli.run(cases[0]).stderr());
        assertEquals("nprand generate: ValueError: expected non-negative integer\n", Cli.run(cases[1]).stderr());
        assertEquals("nprand generate: cannot read " + dir.resolve("missing.json") + ": no such file\n",
                Cli.run(cases[9]).stderr());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "nothing written");
        }
    }

    @Test
    void nothingHalfWrittenUnderTheOutputName(@TempDir Path dir) throws IOException {
        // getrandbits(64) gives ints past int64 after some draws: npy cannot hold them, mid-stream
        Path out = dir.resolve("bits.npy");
        Files.writeString(out, "an older file");
        Cli.Result r = Cli.run("generate", "--python", "--seed", "3", "getrandbits", "64", "--size", "1000", "--chunk", "1",
                "-o", out.toString());
        assertEquals(2, r.status(), r.stderr());
        assertTrue(r.stderr().startsWith("nprand generate: npy holds numbers"), r.stderr());
        assertEquals("an older file", Files.readString(out), "the old file is untouched");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left behind");
        }
    }

    @Test
    void unwritableDirectory(@TempDir Path dir) throws IOException {
        Path ro = dir.resolve("ro");
        Files.createDirectory(ro);
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(ro), "running as a user that writes anywhere");
            Cli.Result denied = Cli.run("generate", "--seed", "1", "random", "--size", "3", "-o", ro.resolve("x.npy").toString());
            assertEquals("nprand generate: cannot write " + ro.resolve("x.npy") + ": permission denied\n", denied.stderr());
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void binaryToATerminalIsRefusedButPipesAreFine() {
        Cli.Result r = Cli.run("generate", "--seed", "1", "random", "--size", "3", "--format", "npy");
        assertEquals(0, r.status(), "standard output is not a terminal in tests");
        assertEquals(128 + 24, r.stdoutBytes().length);
        assertEquals(new String(r.stdoutBytes(), 1, 5, StandardCharsets.US_ASCII), "NUMPY");
    }
}
