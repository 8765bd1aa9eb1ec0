package org.nprand.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nprand.errors.LinAlgError;
import org.nprand.errors.ValueError;

/**
 * {@code multivariate_normal} with each method (NumPy's sequential call and blocked mode) in
 * random chunks and on 1, 2, 3 and 7 threads, against NumPy 2.4.6's values
 * ({@code src/test/python/parallel_blocked_vectors.py}: SHA-256, first and last element).
 */
class ParallelBlockedTest {

    private static final int[] THREADS = {1, 2, 3, 7};

    /** One line of the golden file. */
    record Golden(String name, int n, long block, String sha256, String first, String last) {
    }

    static Map<String, Golden> golden() throws IOException {
        Map<String, Golden> m = new LinkedHashMap<>();
        try (InputStream in = ParallelBlockedTest.class.getResourceAsStream(
                "/org/nprand/parallel/parallel_blocked_vectors.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null;) {
                String[] t = line.split(" ");
                m.put(t[0], new Golden(t[0], Integer.parseInt(t[1]), Long.parseLong(t[2]), t[3], t[4], t[5]));
            }
        }
        return m;
    }

    static byte[] bytes(Object a) {
        int n = java.lang.reflect.Array.getLength(a);
        ByteBuffer b = ByteBuffer.allocate(n * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            b.putLong(a instanceof double[] ? Double.doubleToRawLongBits(((double[]) a)[i]) : ((long[]) a)[i]);
        }
        return b.array();
    }

    /** The array against NumPy's SHA-256, first and last element; the case and the cuts on failure. */
    static void assertNumpys(Golden g, Object got, String what) throws Exception {
        int n = java.lang.reflect.Array.getLength(got);
        byte[] b = bytes(got);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        String first = n == 0 ? "-" : String.format("%016x", ByteBuffer.wrap(b, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong());
        String last = n == 0 ? "-" : String.format("%016x",
                ByteBuffer.wrap(b, b.length - 8, 8).order(ByteOrder.LITTLE_ENDIAN).getLong());
        if (!g.sha256().equals(sha) || !g.first().equals(first) || !g.last().equals(last)) {
            fail(g.name() + " (" + what + "): first " + first + " (NumPy's " + g.first() + "), last " + last
                    + " (NumPy's " + g.last() + "), sha256 " + sha + " (NumPy's " + g.sha256() + ")");
        }
    }

    // ---- multivariate_normal -------------------------------------------------------------------

    static final double[][] COV3 = {{2.0, 0.3, 0.1}, {0.3, 1.0, -0.2}, {0.1, -0.2, 0.5}};
    static final double[] MEAN3 = {1.0, -2.0, 0.5};
    static final double[][] COV5 = {{1.0, 0.2, 0.0, 0.0, 0.1}, {0.2, 2.0, 0.3, 0.0, 0.0}, {0.0, 0.3, 1.5, 0.4, 0.0},
        {0.0, 0.0, 0.4, 1.0, 0.2}, {0.1, 0.0, 0.0, 0.2, 0.8}};
    static final double[] MEAN5 = {0.0, 1.0, 2.0, 3.0, 4.0};

    /** The python script's MVN cases, by name: bit generator, seed, mean, cov, method, check_valid. */
    record Mvn(String bitGenerator, long seed, double[] mean, double[][] cov, String method, String checkValid) {
        MultivariateNormalSpec spec(long block) {
            return StreamSpec.of(bitGenerator, seed).blocked(block).multivariateNormal(mean, cov, checkValid, 1e-8,
                    method);
        }
    }

    static final Map<String, Mvn> MVN = new LinkedHashMap<>();

    static {
        MVN.put("mvn3-cholesky", new Mvn("PCG64", 12345, MEAN3, COV3, "cholesky", "warn"));
        MVN.put("mvn3-eigh-philox", new Mvn("Philox", 7, MEAN3, COV3, "eigh", "warn"));
        MVN.put("mvn5-eigh", new Mvn("PCG64DXSM", 5, MEAN5, COV5, "eigh", "warn"));
        MVN.put("mvn5-cholesky-philox", new Mvn("Philox", 8, MEAN5, COV5, "cholesky", "warn"));
        MVN.put("mvn2-eigh-singular", new Mvn("PCG64", 3, new double[] {0.0, 1.0}, new double[][] {{1, 1}, {1, 1}},
                "eigh", "ignore"));
        MVN.put("mvn3-cholesky-one-row", new Mvn("PCG64", 12345, MEAN3, COV3, "cholesky", "warn"));
        MVN.put("mvn3-eigh-one-row", new Mvn("PCG64", 12345, MEAN3, COV3, "eigh", "warn"));
        MVN.put("mvn1-cholesky", new Mvn("PCG64DXSM", 3, new double[] {4.0}, new double[][] {{9.0}}, "cholesky", "warn"));
        MVN.put("mvn3-svd-blocked", new Mvn("PCG64", 12345, MEAN3, COV3, "svd", "warn"));
        MVN.put("mvn3-cholesky-blocked-mt", new Mvn("MT19937", 42, MEAN3, COV3, "cholesky", "warn"));
        MVN.put("mvn3-eigh-blocked-one", new Mvn("SFC64", 5, MEAN3, COV3, "eigh", "warn"));
        MVN.put("mvn5-svd-blocked-last-one", new Mvn("Philox", 9, MEAN5, COV5, "svd", "warn"));
        MVN.put("mvn1-eigh-blocked", new Mvn("PCG64DXSM", 4, new double[] {4.0}, new double[][] {{9.0}}, "eigh", "warn"));
        MVN.put("mvn5-cholesky-blocked-sfc", new Mvn("SFC64", 11, MEAN5, COV5, "cholesky", "warn"));
    }

    @Test
    void multivariateNormalChunksEqualNumpy() throws Exception {
        Map<String, Golden> golden = golden();
        for (Map.Entry<String, Mvn> e : MVN.entrySet()) {
            Golden g = golden.get(e.getKey());
            MultivariateNormalSpec mvn = e.getValue().spec(g.block());
            int k = mvn.dim();
            Random rnd = new Random(g.name().hashCode());
            for (int threads : THREADS) {
                // rows in random chunks (empty and one-row ones too), in a shuffled order
                IndexedStream normals = IndexedStream.of(mvn.normals(), (long) g.n() * k, threads);
                long[] cuts = ParallelChunksTest.randomCuts(rnd, g.n(), 9);
                double[] got = new double[g.n() * k];
                Integer[] order = new Integer[cuts.length - 1];
                Arrays.setAll(order, i -> i);
                java.util.Collections.shuffle(Arrays.asList(order), rnd);
                for (int i : order) {
                    double[] part = mvn.rows(normals, cuts[i], cuts[i + 1]);
                    System.arraycopy(part, 0, got, (int) cuts[i] * k, part.length);
                }
                assertNumpys(g, got, threads + " threads' plan, rows cut at " + Arrays.toString(cuts));
            }
            // the normals read in order on several threads, transformed piece by piece (generate --threads)
            int threads = THREADS[rnd.nextInt(THREADS.length)];
            double[] got = new double[g.n() * k];
            try (ParallelReader r = ParallelReader.open(mvn.normals(), (long) g.n() * k, threads)) {
                long row = 0;
                while (row < g.n()) {
                    int rows = (int) Math.min(g.n() - row, rnd.nextInt(40));
                    double[] x = new double[rows * k];
                    assertEquals(x.length, Math.max(0, r.read(x, 0, x.length)));
                    mvn.transform(x, 0, row, rows, g.n(), got, (int) row * k);
                    row += rows;
                }
            }
            assertNumpys(g, got, "read on " + threads + " threads");
            assertEquals(g.block(), mvn.blockSize());
            assertEquals(e.getValue().method(), mvn.method());
        }
    }

    @Test
    void multivariateNormalChecksAreNumpys() {
        StreamSpec s = StreamSpec.of("PCG64", 1);
        double[] mean = {0.0, 0.0};
        double[][] notPsd = {{1.0, 2.0}, {2.0, 1.0}};
        ValueError m = assertThrows(ValueError.class, () -> s.multivariateNormal(mean, notPsd, "warn", 1e-8, "qr"));
        assertEquals("method must be one of {'eigh', 'svd', 'cholesky'}", m.getMessage());
        ValueError c = assertThrows(ValueError.class, () -> s.multivariateNormal(mean, notPsd, "maybe", 1e-8, "svd"));
        assertEquals("check_valid must equal 'warn', 'raise', or 'ignore'", c.getMessage());
        for (String method : new String[] {"svd", "eigh"}) {
            ValueError v = assertThrows(ValueError.class,
                    () -> s.blocked(10).multivariateNormal(mean, notPsd, "raise", 1e-8, method));
            assertEquals("covariance is not symmetric positive-semidefinite.", v.getMessage());
            // 'warn' and 'ignore' go on
            s.multivariateNormal(mean, notPsd, "warn", 1e-8, method);
        }
        LinAlgError l = assertThrows(LinAlgError.class,
                () -> s.multivariateNormal(mean, notPsd, "raise", 1e-8, "cholesky"));
        assertEquals("Matrix is not positive definite", l.getMessage());
        ValueError shape = assertThrows(ValueError.class,
                () -> s.blocked(3).multivariateNormal(mean, new double[][] {{1}}, "warn", 1e-8, "eigh"));
        assertEquals("mean and cov must have same length", shape.getMessage());
    }

    @Test
    void multivariateNormalNumpyCode() {
        MultivariateNormalSpec mvn = StreamSpec.of("MT19937", 42).blocked(7).multivariateNormal(new double[] {0.0, 1.0},
                new double[][] {{1.0, 0.5}, {0.5, 2.0}}, "warn", 1e-8, "cholesky");
        String code = mvn.numpyCode(100);
        assertTrue(code.contains("mean, cov = [0.0, 1.0], [[1.0, 0.5], [0.5, 2.0]]"), code);
        assertTrue(code.contains("N, B = 100, 7"), code);
        assertTrue(code.contains("np.random.Generator(np.random.MT19937(child)).multivariate_normal(mean, cov, "
                + "method='cholesky', size=min(B, N - b * B))"), code);
        String seq = StreamSpec.of("PCG64", 5).multivariateNormal(new double[] {0.0}, new double[][] {{2.0}})
                .numpyCode(10);
        assertTrue(seq.endsWith("np.random.Generator(np.random.PCG64(5)).multivariate_normal(mean, cov, size=10)"), seq);
    }
}
