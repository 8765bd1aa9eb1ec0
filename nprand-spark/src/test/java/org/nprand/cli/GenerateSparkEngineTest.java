package org.nprand.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nprand generate --engine spark --partitions P} writes the bytes the single-machine
 * command writes (seek and scan methods, float64, int64 and int32, a 2-d size, multinomial's and
 * multivariate_normal's vectors, text), on a
 * {@code local[2]} session this JVM already runs (as under {@code spark-submit}), and once on an
 * embedded master the command starts and stops itself.
 */
class GenerateSparkEngineTest {

    private static final String N = "100003";
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("nprand-generate-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void sparkWritesTheSingleMachineFile(@TempDir Path dir) throws Exception {
        List<List<String>> jobs = List.of(
                List.of("--seed", "12345", "random", "--size", N),
                List.of("--seed", "3", "normal", "1", "2", "--size", N),
                List.of("--seed", "3", "-b", "Philox", "poisson", "3", "--size", N),
                List.of("--seed", "7", "integers", "-5", "1000", "dtype=int32", "--size", "33335,3"),
                List.of("--seed", "8", "multinomial", "50", "[0.5, 0.25, 0.25]", "--size", "20011"),
                List.of("--seed", "8", "multivariate_normal", "[1.0, -2.0]", "[[2.0, 0.3], [0.3, 1.0]]",
                        "--size", "20011"),
                // blocked streams (GenerateBlockedTest checks the one-machine files against NumPy)
                List.of("--legacy", "--seed", "3", "--blocked", "777", "randint", "0", "200", "dtype=uint8",
                        "--size", "20011"),
                List.of("--seed", "42", "-b", "MT19937", "--blocked", "7", "multivariate_normal", "[1.0, -2.0]",
                        "[[2.0, 0.3], [0.3, 1.0]]", "method=eigh", "--size", "2003"));
        int k = 0;
        for (List<String> job : jobs) {
            byte[] one = run(dir, "one" + k + ".npy", job);
            for (String p : new String[] {"1", "3", "7"}) {
                List<String> more = new ArrayList<>(job);
                more.addAll(List.of("--engine", "spark", "--partitions", p));
                assertArrayEquals(one, run(dir, "spark" + k + "-" + p + ".npy", more), job + " --partitions " + p);
            }
            k++;
        }
        List<String> text = List.of("--seed", "5", "standard_gamma", "2.5", "--size", "5001");
        byte[] one = run(dir, "one.csv", text);
        List<String> more = new ArrayList<>(text);
        more.addAll(List.of("--engine", "spark", "--partitions", "4", "--master", "local[2]"));
        assertArrayEquals(one, run(dir, "spark.csv", more), "csv");
    }

    @Test
    void anEmbeddedMasterStartedAndStoppedByTheCommand(@TempDir Path dir) throws Exception {
        spark.stop();
        try {
            List<String> job = List.of("--seed", "3", "standard_normal", "--size", "20011");
            byte[] one = run(dir, "one.npy", job);
            List<String> more = new ArrayList<>(job);
            more.addAll(List.of("--engine", "spark", "--partitions", "3", "--master", "local[1]"));
            assertArrayEquals(one, run(dir, "spark.npy", more), "local[1] started by the command");
            assertEquals(false, SparkSession.getDefaultSession().isDefined(), "the command stopped its session");
        } finally {
            start();
        }
    }

    private static byte[] run(Path dir, String file, List<String> job) throws Exception {
        List<String> args = new ArrayList<>();
        args.add("generate");
        args.addAll(job);
        args.add("-o");
        args.add(dir.resolve(file).toString());
        PrintStream savedErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = Main.commandLine().execute(args.toArray(new String[0]));
        } finally {
            System.setErr(savedErr);
        }
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, String.join(" ", args) + ": " + e);
        assertEquals("", e.lines().filter(l -> l.startsWith("nprand")).reduce("", String::concat),
                Arrays.toString(args.toArray()) + ": no note (the job is split)");
        return Files.readAllBytes(dir.resolve(file));
    }
}
