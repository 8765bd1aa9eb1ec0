package org.nprand.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nprand.bitgen.BitGenerators;
import org.nprand.bitgen.SeedSequence;
import org.nprand.errors.ValueError;
import org.nprand.numpy.Generator;

/**
 * {@link MultivariateNormalSpec}: rows generated in independent chunks (random cuts, empty and
 * one-row chunks, in a shuffled order) equal the sequential {@code Generator.multivariateNormal}
 * bit for bit, and that equals NumPy 2.4.6 (SHA-256 from
 * {@code src/test/python/parallel_rows_vectors.py}), including a call of one row (NumPy's
 * {@code dgemv}) and of one dimension.
 */
class MultivariateNormalSpecTest {

    /** The python script's cases: mean and cov, by name. */
    static final Map<String, double[][][]> CASES = new LinkedHashMap<>();

    static {
        double[][] cov3 = {{2.0, 0.3, 0.1}, {0.3, 1.0, -0.2}, {0.1, -0.2, 0.5}};
        CASES.put("mvn3", new double[][][] {{{1.0, -2.0, 0.5}}, cov3});
        CASES.put("mvn2-philox", new double[][][] {{{0.0, 10.0}}, {{1.0, 0.9}, {0.9, 1.0}}});
        CASES.put("mvn1", new double[][][] {{{4.0}}, {{9.0}}});
        CASES.put("mvn3-one-row", new double[][][] {{{1.0, -2.0, 0.5}}, cov3});
        CASES.put("mvn5-spark", new double[][][] {{{0.0, 1.0, 2.0, 3.0, 4.0}}, {
            {1.0, 0.2, 0.0, 0.0, 0.1}, {0.2, 2.0, 0.3, 0.0, 0.0}, {0.0, 0.3, 1.5, 0.4, 0.0},
            {0.0, 0.0, 0.4, 1.0, 0.2}, {0.1, 0.0, 0.0, 0.2, 0.8}}});
    }

    /** name -> {bitgen, seed, n, sha256}. */
    static Map<String, String[]> golden() throws Exception {
        Map<String, String[]> m = new LinkedHashMap<>();
        try (InputStream in = MultivariateNormalSpecTest.class.getResourceAsStream(
                "/org/nprand/parallel/parallel_rows_vectors.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null;) {
                String[] t = line.split(" ");
                m.put(t[0], new String[] {t[1], t[2], t[3], t[4]});
            }
        }
        return m;
    }

    static String shaBits(long[] x) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(x.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : x) {
            b.putLong(v);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
    }

    static String sha(double[] x) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(x.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : x) {
            b.putLong(Double.doubleToRawLongBits(v));
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
    }

    @Test
    void chunksOfRowsEqualNumpysCall() throws Exception {
        for (Map.Entry<String, String[]> e : golden().entrySet()) {
            String name = e.getKey();
            if (!CASES.containsKey(name)) {
                continue; // VectorMethodsTest's
            }
            String bg = e.getValue()[0];
            long seed = Long.parseLong(e.getValue()[1]);
            int n = Integer.parseInt(e.getValue()[2]);
            double[] mean = CASES.get(name)[0][0];
            double[][] cov = CASES.get(name)[1];
            int k = mean.length;
            double[] seq = new Generator(BitGenerators.create(bg, new SeedSequence(seed))).multivariateNormal(mean, cov, n);
            assertEquals(e.getValue()[3], sha(seq), name + ": the sequential Java call is NumPy's");

            MultivariateNormalSpec mvn = StreamSpec.of(bg, seed).multivariateNormal(mean, cov);
            assertEquals(k, mvn.dim());
            IndexedStream normals = IndexedStream.of(mvn.normals(), (long) n * k, 2);
            Random rnd = new Random(name.hashCode());
            long[] cuts = ParallelChunksTest.randomCuts(rnd, n, 9);
            double[] got = new double[n * k];
            Integer[] order = new Integer[cuts.length - 1];
            java.util.Arrays.setAll(order, i -> i);
            java.util.Collections.shuffle(java.util.Arrays.asList(order), rnd);
            for (int i : order) {
                double[] part = mvn.rows(normals, cuts[i], cuts[i + 1]);
                System.arraycopy(part, 0, got, (int) cuts[i] * k, part.length);
            }
            for (int i = 0; i < got.length; i++) {
                if (Double.doubleToRawLongBits(got[i]) != Double.doubleToRawLongBits(seq[i])) {
                    fail(name + ": row " + i / k + " coordinate " + i % k + " is " + got[i] + ", NumPy's is " + seq[i]
                            + " (cuts " + java.util.Arrays.toString(cuts) + ")");
                }
            }
        }
    }

    @Test
    void numpysChecks() {
        StreamSpec s = StreamSpec.of("PCG64", 1);
        assertThrows(ValueError.class, () -> s.multivariateNormal(new double[] {0, 0}, new double[][] {{1}}));
        // blocked mode and the other methods: ParallelBlockedTest
        assertEquals(10, s.blocked(10).multivariateNormal(new double[] {0}, new double[][] {{1}}).blockSize());
    }
}
