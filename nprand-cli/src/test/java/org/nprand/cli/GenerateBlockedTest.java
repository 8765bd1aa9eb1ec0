package org.nprand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nprand generate --blocked B}: NumPy's blocked streams (Generator and RandomState over
 * children of {@code SeedSequence(SEED)}) written on one and several threads, against NumPy
 * 2.4.6's SHA-256 (nprand-core's {@code src/test/python/parallel_blocked_vectors.py}, the cases
 * named below), and the NumPy code {@code --explain} prints.
 */
class GenerateBlockedTest {

    /** job, size, dtype width in bytes, NumPy's SHA-256 of the values as int64 / float64 little-endian. */
    private static final Object[][] CASES = {
        // rs-standard-normal-7
        {List.of("--legacy", "--seed", "42", "--blocked", "7", "standard_normal"), "20011", 8,
            "3a4918b1ca80c2a4ec9ec7313eb215032bcd53c2c9e7bffb2f87282d2c9be41c"},
        // rs-randint-uint8: a uint8 file, widened to int64 for the hash
        {List.of("--legacy", "--seed", "3", "--blocked", "777", "randint", "0", "200", "dtype=uint8"), "20011", 1,
            "6606fc76e2002c7ee8250cfc7d3cc86efdf1a0410e0fc5da21218d3c9d5bd652"},
        // rs-binomial
        {List.of("--legacy", "--seed", "10", "--blocked", "1000", "binomial", "20", "0.3"), "20011", 8,
            "d35ca397daa9cc9f9e4cce8ffe684fc8f9e94539aefa8ad262497850ac1717b6"},
        // mvn3-cholesky-blocked-mt: a Generator over MT19937
        {List.of("--seed", "42", "-b", "MT19937", "--blocked", "7", "multivariate_normal", "[1.0, -2.0, 0.5]",
            "[[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 0.5]]", "method=cholesky"), "2003", 8,
            "99bd85f998cfb6e2bab4dc77f78871dd4d7ca1d1ef91d7eee55bb4224942be3f"},
    };

    @Test
    void blockedFilesAreNumpys(@TempDir Path dir) throws Exception {
        int k = 0;
        for (Object[] c : CASES) {
            @SuppressWarnings("unchecked")
            List<String> job = (List<String>) c[0];
            for (String threads : new String[] {"1", "3"}) {
                Path file = dir.resolve("b" + (k++) + ".npy");
                List<String> args = new ArrayList<>(List.of("generate"));
                args.addAll(job);
                args.addAll(List.of("--size", (String) c[1], "--threads", threads, "-o", file.toString()));
                Cli.Result r = Cli.run(args.toArray(new String[0]));
                assertEquals(0, r.status(), r.stderr());
                assertEquals("", r.stderr(), job + ": no note");
                assertEquals(c[3], sha(npyData(Files.readAllBytes(file)), (int) c[2]), job + " --threads " + threads);
            }
        }
    }

    @Test
    void explainPrintsTheBlocks() {
        Cli.Result r = Cli.run("generate", "--legacy", "--seed", "42", "--blocked", "7", "normal", "1.5", "2.0",
                "--size", "100", "--explain");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("N, B = 100, 7\nss = np.random.SeedSequence(42)\n"
                + "out = np.concatenate([np.random.RandomState(np.random.MT19937(child)).normal(1.5, 2.0, "
                + "size=min(B, N - b * B)) for b, child in enumerate(ss.spawn(-(-N // B)))])", r.stdout().strip());
        Cli.Result g = Cli.run("generate", "--seed", "5", "--blocked", "10", "-b", "SFC64", "gamma", "2.0",
                "--size", "20,3", "--explain");
        assertTrue(g.stdout().contains("np.random.Generator(np.random.SFC64(child)).gamma(2.0, 1.0, "
                + "size=min(B, N - b * B))") && g.stdout().contains("out = out.reshape((20, 3))"), g.stdout());
        Cli.Result p = Cli.run("generate", "--python", "--seed", "5", "--blocked", "10", "random", "--size", "3");
        assertEquals(2, p.status());
        assertTrue(p.stderr().contains("--blocked is for numpy.random's Generator and RandomState"), p.stderr());
        Cli.Result c = Cli.run("generate", "--legacy", "--seed", "5", "--blocked", "10", "choice", "5", "--size", "3");
        assertEquals(2, c.status());
        assertTrue(c.stderr().contains("--blocked: choice with these arguments has no blocked stream"), c.stderr());
        Cli.Result s = Cli.run("generate", "--blocked", "10", "random", "--size", "3");
        assertTrue(s.stderr().contains("give --seed"), s.stderr());
    }

    /** The data of a version 1.0 .npy file. */
    private static byte[] npyData(byte[] npy) {
        int header = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
        return java.util.Arrays.copyOfRange(npy, 10 + header, npy.length);
    }

    /** SHA-256 of the values as 8-byte little-endian words (1-byte values zero-extended). */
    private static String sha(byte[] data, int width) throws Exception {
        byte[] wide = data;
        if (width == 1) {
            ByteBuffer b = ByteBuffer.allocate(data.length * 8).order(ByteOrder.LITTLE_ENDIAN);
            for (byte x : data) {
                b.putLong(x & 0xff);
            }
            wide = b.array();
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(wide));
    }
}
