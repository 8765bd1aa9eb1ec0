package org.nprand.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nprand generate --threads T} writes exactly the bytes of the one-thread command (which
 * {@link GenerateCommandTest} and the conformance suite compare with NumPy): for seek methods
 * (float64 and float32 {@code random}, {@code uniform}, power-of-two {@code integers},
 * {@code standard_exponential(method='inv')}), scan methods ({@code normal}, {@code gamma},
 * {@code poisson}, {@code binomial}, general {@code integers} of int64 and int32), vector-valued
 * methods ({@code dirichlet}, {@code multinomial}, {@code multivariate_normal},
 * {@code multivariate_hypergeometric}: one vector per row), {@code choice} with replacement (with
 * and without {@code p}), three bit
 * generators, a 2-d size, text output and reads that cut the scan's regions (a small chunk),
 * for T in {1, 2, 3, 7}. Jobs the threads cannot split are drawn on one thread, with a note.
 */
class GenerateThreadsTest {

    private static final int N = 200_003;
    private static final int[] THREADS = {1, 2, 3, 7};

    private static final List<List<String>> SPLIT = List.of(
            List.of("--seed", "12345", "random"),
            List.of("--seed", "12345", "random", "dtype=float32"),
            List.of("--seed", "7", "-b", "Philox", "uniform", "-1", "3"),
            List.of("--seed", "7", "integers", "0", "1024"),
            List.of("--seed", "7", "-b", "PCG64DXSM", "standard_exponential", "method=inv"),
            List.of("--seed", "[1, 2, 3]", "standard_normal"),
            List.of("--seed", "3", "normal", "1", "2"),
            List.of("--seed", "3", "-b", "Philox", "gamma", "0.5", "2.0"),
            List.of("--seed", "3", "standard_gamma", "2.5", "dtype=float32"),
            List.of("--seed", "3", "poisson", "3"),
            List.of("--seed", "3", "-b", "PCG64DXSM", "binomial", "50", "0.3"),
            List.of("--seed", "3", "integers", "0", "10"),
            List.of("--seed", "3", "integers", "-5", "1000", "dtype=int32", "endpoint=True"),
            List.of("--seed", "3", "exponential", "2.0"),
            List.of("--seed", "3", "dirichlet", "[0.5, 2.0, 7.5]"),
            List.of("--seed", "3", "-b", "Philox", "dirichlet", "[0.05, 0.08, 0.02]"),
            List.of("--seed", "3", "multinomial", "20", "[0.2, 0.3, 0.5]"),
            List.of("--seed", "3", "multivariate_hypergeometric", "[5, 10, 20, 3]", "7"),
            List.of("--seed", "3", "-b", "Philox", "choice", "7"),
            List.of("--seed", "3", "choice", "4", "p=[0.1, 0.2, 0.3, 0.4]"),
            List.of("--seed", "3", "multivariate_normal", "[1.0, -2.0, 0.5]",
                    "[[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 0.5]]"),
            List.of("--seed", "3", "-b", "Philox", "multivariate_normal", "[1.0, -2.0, 0.5]",
                    "[[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 0.5]]", "method=cholesky"),
            List.of("--seed", "3", "multivariate_normal", "[0.0, 1.0]", "[[1.0, 1.0], [1.0, 1.0]]",
                    "check_valid=ignore", "method=eigh"));

    @TestFactory
    Stream<DynamicTest> threadsWriteTheOneThreadFile(@TempDir Path dir) {
        List<DynamicTest> tests = new ArrayList<>();
        int[] k = {0};
        for (List<String> job : SPLIT) {
            tests.add(DynamicTest.dynamicTest(String.join(" ", job), () -> {
                String name = "j" + (k[0]++);
                byte[] one = run(dir, name + "-1.npy", job, "--size", Integer.toString(N));
                for (int t : THREADS) {
                    Cli.Result r = runWith(dir, name + "-" + t + "t.npy", job, "--size", Integer.toString(N),
                            "--threads", Integer.toString(t));
                    assertEquals("", r.stderr(), "no note: the job is split");
                    assertArrayEquals(one, Files.readAllBytes(dir.resolve(name + "-" + t + "t.npy")),
                            job + " --threads " + t + ": " + firstDifference(one, dir.resolve(name + "-" + t + "t.npy")));
                }
                // reads smaller than the scan's regions, and not a multiple of anything
                Cli.Result r = runWith(dir, name + "-c.npy", job, "--size", Integer.toString(N), "--threads", "3",
                        "--chunk", "10007");
                assertEquals("", r.stderr());
                assertArrayEquals(one, Files.readAllBytes(dir.resolve(name + "-c.npy")), job + " --chunk 10007");
            }));
        }
        return tests.stream();
    }

    @Test
    void shapesAndText(@TempDir Path dir) throws IOException {
        List<String> job = List.of("--seed", "5", "standard_normal");
        byte[] one = run(dir, "s1.npy", job, "--size", "33335,3");
        runWith(dir, "s2.npy", job, "--size", "33335,3", "--threads", "2");
        assertArrayEquals(one, Files.readAllBytes(dir.resolve("s2.npy")), "--size 33335,3");
        byte[] csv = run(dir, "t1.csv", List.of("--seed", "5", "poisson", "4"), "--size", "50001");
        runWith(dir, "t2.csv", List.of("--seed", "5", "poisson", "4"), "--size", "50001", "--threads", "2");
        assertArrayEquals(csv, Files.readAllBytes(dir.resolve("t2.csv")), "csv");
        // a multivariate_normal of one row takes NumPy's dgemv order; of a 2-d size, rows of rows
        for (String size : new String[] {"1", "2", "5001,2"}) {
            List<String> mvn = List.of("--seed", "4", "multivariate_normal", "[0.0, 10.0]", "[[1.0, 0.9], [0.9, 1.0]]");
            byte[] m1 = run(dir, "m1.npy", mvn, "--size", size);
            Cli.Result r = runWith(dir, "m2.npy", mvn, "--size", size, "--threads", "2");
            assertEquals("", r.stderr());
            assertArrayEquals(m1, Files.readAllBytes(dir.resolve("m2.npy")), "multivariate_normal --size " + size);
        }
        Cli.Result a = Cli.run("generate", "--seed", "9", "normal", "--size", "70000", "--hist");
        Cli.Result b = Cli.run("generate", "--seed", "9", "normal", "--size", "70000", "--hist", "--threads", "2");
        assertEquals(a.stdout(), b.stdout(), "--hist");
    }

    @Test
    void unsplittableJobsAreDrawnOnOneThread(@TempDir Path dir) throws IOException {
        for (List<String> job : List.of(
                List.of("--seed", "3", "-b", "MT19937", "normal"),
                List.of("--legacy", "--seed", "3", "normal"),
                List.of("--seed", "3", "integers", "0", "10", "dtype=int8"),
                List.of("--seed", "3", "normal", "[0, 1]"))) {
            List<String> sized = new ArrayList<>(job);
            String size = job.contains("[0, 1]") ? "1000,2" : "20001";
            byte[] one = run(dir, "u1.npy", sized, "--size", size);
            Cli.Result r = runWith(dir, "u2.npy", sized, "--size", size, "--threads", "2");
            assertEquals(0, r.status(), r.stderr());
            assertTrue(r.stderr().startsWith("nprand generate: --threads 2: ") && r.stderr().contains("one thread"),
                    job + ": " + r.stderr());
            assertArrayEquals(one, Files.readAllBytes(dir.resolve("u2.npy")), job.toString());
        }
        Cli.Result bad = Cli.run("generate", "--seed", "1", "random", "--size", "5", "--threads", "0");
        assertEquals(2, bad.status());
        assertTrue(bad.stderr().contains("--threads must be at least 1"), bad.stderr());
    }

    @Test
    void sparkEngineWithoutSparkSaysWhatIsMissing() {
        // nprand-cli has no Spark dependency: nprand-spark's tests run --engine spark itself
        Cli.Result r = Cli.run("generate", "--seed", "1", "random", "--size", "10", "--engine", "spark");
        assertEquals(2, r.status());
        assertTrue(r.stderr().contains("--engine spark needs nprand-spark and Apache Spark 4"), r.stderr());
        Cli.Result p = Cli.run("generate", "--seed", "1", "random", "--size", "10", "--partitions", "3");
        assertEquals(2, p.status());
        assertTrue(p.stderr().contains("--partitions and --master are for --engine spark"), p.stderr());
    }

    private static byte[] run(Path dir, String file, List<String> job, String... more) throws IOException {
        Cli.Result r = runWith(dir, file, job, more);
        assertEquals(0, r.status(), r.stderr());
        return Files.readAllBytes(dir.resolve(file));
    }

    private static Cli.Result runWith(Path dir, String file, List<String> job, String... more) {
        List<String> args = new ArrayList<>();
        args.add("generate");
        args.addAll(job);
        args.addAll(Arrays.asList(more));
        args.add("-o");
        args.add(dir.resolve(file).toString());
        return Cli.run(args.toArray(new String[0]));
    }

    private static String firstDifference(byte[] want, Path got) throws IOException {
        byte[] g = Files.readAllBytes(got);
        int n = Math.min(want.length, g.length);
        for (int i = 0; i < n; i++) {
            if (want[i] != g[i]) {
                return "first differing byte " + i + " of " + want.length + " (got " + g.length + " bytes)";
            }
        }
        return want.length == g.length ? "equal" : "lengths " + want.length + " and " + g.length;
    }
}
