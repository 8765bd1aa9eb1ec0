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

    // ---- RandomState in blocked mode -----------------------------------------------------------

    /** A legacy case: bit generator, seed and the call on the spec's RandomState methods. */
    record Legacy(String bitGenerator, long seed, java.util.function.Function<RandomStateSpec, StreamSpec> call) {
        StreamSpec spec(long block) {
            return call.apply(StreamSpec.of(bitGenerator, seed).blocked(block).randomState());
        }
    }

    static final Map<String, Legacy> LEGACY = new LinkedHashMap<>();

    private static void legacy(String name, String bg, long seed,
                               java.util.function.Function<RandomStateSpec, StreamSpec> call) {
        LEGACY.put(name, new Legacy(bg, seed, call));
    }

    static {
        legacy("rs-random-sample", "MT19937", 42, RandomStateSpec::randomSample);
        legacy("rs-standard-normal-7", "MT19937", 42, RandomStateSpec::standardNormal);
        legacy("rs-normal-1", "MT19937", 1, r -> r.normal(1.5, 2.0));
        legacy("rs-uniform", "MT19937", 2, r -> r.uniform(-1.0, 3.0));
        legacy("rs-randint", "MT19937", 3, r -> r.randint(0, 1000));
        legacy("rs-randint-uint8", "MT19937", 3,
                r -> r.randint(java.math.BigInteger.ZERO, java.math.BigInteger.valueOf(200), org.nprand.numpy.DType.UINT8));
        legacy("rs-randint-bool", "MT19937", 4,
                r -> r.randint(java.math.BigInteger.ZERO, java.math.BigInteger.TWO, org.nprand.numpy.DType.BOOL));
        legacy("rs-randint-int32", "PCG64", 4, r -> r.randint(java.math.BigInteger.valueOf(-5),
                java.math.BigInteger.valueOf(70000), org.nprand.numpy.DType.INT32));
        legacy("rs-standard-exponential", "MT19937", 5, RandomStateSpec::standardExponential);
        legacy("rs-exponential-sfc", "SFC64", 5, r -> r.exponential(2.5));
        legacy("rs-standard-gamma", "MT19937", 6, r -> r.standardGamma(0.7));
        legacy("rs-gamma-pcg", "PCG64", 6, r -> r.gamma(3.0, 2.0));
        legacy("rs-beta", "MT19937", 7, r -> r.beta(0.5, 0.8));
        legacy("rs-chisquare", "MT19937", 8, r -> r.chisquare(3.0));
        legacy("rs-poisson-philox", "Philox", 9, r -> r.poisson(4.0));
        legacy("rs-poisson-large", "MT19937", 9, r -> r.poisson(50.0));
        legacy("rs-binomial", "MT19937", 10, r -> r.binomial(20, 0.3));
        legacy("rs-binomial-btpe-dxsm", "PCG64DXSM", 10, r -> r.binomial(1000, 0.4));
        legacy("rs-standard-t", "MT19937", 11, r -> r.standardT(5.0));
        legacy("rs-standard-cauchy", "MT19937", 12, RandomStateSpec::standardCauchy);
        legacy("rs-lognormal", "MT19937", 13, r -> r.lognormal(0.0, 0.5));
        legacy("rs-f", "MT19937", 14, r -> r.f(3.0, 7.0));
        legacy("rs-noncentral-chisquare", "MT19937", 15, r -> r.noncentralChisquare(3.0, 1.5));
        legacy("rs-noncentral-f", "MT19937", 16, r -> r.noncentralF(3.0, 7.0, 1.5));
        legacy("rs-pareto", "MT19937", 17, r -> r.pareto(3.0));
        legacy("rs-power", "MT19937", 18, r -> r.power(3.0));
        legacy("rs-weibull", "MT19937", 19, r -> r.weibull(1.5));
        legacy("rs-rayleigh", "MT19937", 20, r -> r.rayleigh(2.0));
        legacy("rs-wald", "MT19937", 21, r -> r.wald(1.0, 2.0));
        legacy("rs-laplace", "MT19937", 22, r -> r.laplace(0.0, 1.0));
        legacy("rs-gumbel", "MT19937", 23, r -> r.gumbel(0.0, 1.0));
        legacy("rs-logistic", "MT19937", 24, r -> r.logistic(0.0, 1.0));
        legacy("rs-triangular", "MT19937", 25, r -> r.triangular(0.0, 0.3, 1.0));
        legacy("rs-geometric", "MT19937", 26, r -> r.geometric(0.2));
        legacy("rs-negative-binomial", "MT19937", 27, r -> r.negativeBinomial(5.0, 0.4));
        legacy("rs-zipf", "MT19937", 28, r -> r.zipf(2.5));
        legacy("rs-logseries", "MT19937", 29, r -> r.logseries(0.7));
        legacy("rs-hypergeometric", "MT19937", 30, r -> r.hypergeometric(20, 30, 10));
        legacy("rs-vonmises", "MT19937", 31, r -> r.vonmises(0.5, 2.0));
        legacy("rs-tomaxint", "MT19937", 32, RandomStateSpec::tomaxint);
    }

    @Test
    void randomStateBlocksEqualNumpy() throws Exception {
        Map<String, Golden> golden = golden();
        assertEquals(LEGACY.keySet(), new java.util.HashSet<>(golden.keySet().stream().filter(k -> k.startsWith("rs-")).toList()),
                "every case of the script is tested");
        boolean trig = java.util.ServiceLoader.load(org.nprand.math.spi.TrigProvider.class).findFirst().isPresent();
        for (Map.Entry<String, Legacy> e : LEGACY.entrySet()) {
            Golden g = golden.get(e.getKey());
            StreamSpec spec = e.getValue().spec(g.block());
            assertEquals(Mode.BLOCKED, spec.mode());
            Random rnd = new Random(g.name().hashCode());
            Object one = ParallelCases.newArray(spec, g.n());
            ParallelCases.parallelFill(spec, one, 1);
            // vonmises' cos/acos are glibc's only with nprand-libm-lgpl on the path (see
            // ParallelGoldenTest): without it, its first and last values to within 1e-9, and every
            // plan bit for bit equal to the one-thread output
            Golden want = g;
            if (!trig && g.name().equals("rs-vonmises")) {
                double[] v = (double[]) one;
                assertEquals(Double.longBitsToDouble(Long.parseUnsignedLong(g.first(), 16)), v[0], 1e-9, g.name());
                assertEquals(Double.longBitsToDouble(Long.parseUnsignedLong(g.last(), 16)), v[v.length - 1], 1e-9,
                        g.name());
                byte[] b = bytes(one);
                want = new Golden(g.name(), g.n(), g.block(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b)),
                        String.format("%016x", Double.doubleToRawLongBits(v[0])),
                        String.format("%016x", Double.doubleToRawLongBits(v[v.length - 1])));
            }
            g = want;
            for (int threads : THREADS) {
                Object out = ParallelCases.newArray(spec, g.n());
                ParallelCases.parallelFill(spec, out, threads);
                assertNumpys(g, out, "ParallelFill on " + threads + " threads");
            }
            // random chunks of an indexed stream (empty, one-element, mid-block), in a shuffled order
            IndexedStream s = IndexedStream.of(spec, g.n());
            long[] cuts = ParallelChunksTest.randomCuts(rnd, g.n(), 12);
            Object got = ParallelCases.newArray(spec, g.n());
            Integer[] order = new Integer[cuts.length - 1];
            Arrays.setAll(order, i -> i);
            java.util.Collections.shuffle(Arrays.asList(order), rnd);
            for (int i : order) {
                int len = (int) (cuts[i + 1] - cuts[i]);
                Object part = ParallelCases.newArray(spec, len);
                ParallelCases.fill(s, cuts[i], part, 0, len);
                System.arraycopy(part, 0, got, (int) cuts[i], len);
            }
            assertNumpys(g, got, "chunks cut at " + Arrays.toString(cuts));
            // reads of random sizes on a few threads
            int threads = THREADS[rnd.nextInt(THREADS.length)];
            Object read = ParallelCases.newArray(spec, g.n());
            try (ParallelReader r = ParallelReader.open(spec, g.n(), threads)) {
                int at = 0;
                while (at < g.n()) {
                    int len = Math.min(g.n() - at, 1 + rnd.nextInt(3000));
                    if (read instanceof double[]) {
                        r.read((double[]) read, at, len);
                    } else {
                        r.read((long[]) read, at, len);
                    }
                    at += len;
                }
            }
            assertNumpys(g, read, "read on " + threads + " threads");
        }
    }

    @Test
    void randomStateChecksAreNumpys() {
        RandomStateSpec rs = StreamSpec.of("MT19937", 1).blocked(100).randomState();
        assertEquals("scale < 0", assertThrows(ValueError.class, () -> rs.normal(0.0, -1.0)).getMessage());
        assertEquals("low >= high", assertThrows(ValueError.class, () -> rs.randint(5, 5)).getMessage());
        assertEquals("n < 0", assertThrows(ValueError.class, () -> rs.binomial(-1, 0.5)).getMessage());
        assertEquals("lam < 0 or lam is NaN", assertThrows(ValueError.class, () -> rs.poisson(-1.0)).getMessage());
        assertEquals("high is out of bounds for uint8", assertThrows(ValueError.class,
                () -> rs.randint(java.math.BigInteger.ZERO, java.math.BigInteger.valueOf(300),
                        org.nprand.numpy.DType.UINT8)).getMessage());
        // the sequential RandomState stream has no chunks: every plan says to use blocked mode
        StreamSpec seq = StreamSpec.of("MT19937", 1).randomState().standardNormal();
        for (org.junit.jupiter.api.function.Executable x : new org.junit.jupiter.api.function.Executable[] {
            seq::mode, () -> IndexedStream.of(seq, 10), () -> ParallelFill.fill(seq, new double[10], 2),
            () -> ParallelReader.open(seq, 10, 2), () -> StreamSpec.of("PCG64", 1).randomState().randomSample().mode()}) {
            UnsupportedOperationException u = assertThrows(UnsupportedOperationException.class, x);
            assertTrue(u.getMessage().contains("RandomState") && u.getMessage().contains("blocked(blockSize)"),
                    u.getMessage());
        }
    }

    @Test
    void randomStateNumpyCode() {
        StreamSpec s = StreamSpec.of("MT19937", 42).blocked(7).randomState().normal(1.5, 2.0);
        assertEquals("N, B = 100, 7\n"
                + "ss = np.random.SeedSequence(42)\n"
                + "out = np.concatenate([np.random.RandomState(np.random.MT19937(child)).normal(1.5, 2.0, "
                + "size=min(B, N - b * B)) for b, child in enumerate(ss.spawn(-(-N // B)))])", s.numpyCode(100));
        assertEquals("RandomState(MT19937(42)).normal(1.5, 2.0) blocked(7)", s.toString());
        StreamSpec r = StreamSpec.of("PCG64", 3).blocked(10).randomState().randint(java.math.BigInteger.ZERO,
                java.math.BigInteger.valueOf(200), org.nprand.numpy.DType.UINT8);
        assertTrue(r.numpyCode(20).contains("np.random.RandomState(np.random.PCG64(child)).randint(0, 200, "
                + "dtype=np.uint8, size=min(B, N - b * B))"), r.numpyCode(20));
        assertEquals(ValueType.INT64, r.valueType());
    }

    @Test
    void readsSmallerAndLargerThanABlockContinueIt() throws Exception {
        // the reader continues the block its last read stopped in: reads of odd sizes, some
        // inside one block, some across several, on 1 and 2 threads; and bytes and narrow
        // integers (drawn from the block's start each time); against the one-thread fill
        Map<String, Golden> golden = golden();
        Golden g = golden.get("rs-uniform");   // MT19937, seed 2, B = 4096, N = 20011
        StreamSpec[] specs = {LEGACY.get("rs-uniform").spec(g.block()),
            StreamSpec.of("SFC64", 3).blocked(5000).standardGamma(0.5),
            StreamSpec.of("PCG64", 4).blocked(3000).bytes(),
            StreamSpec.of("MT19937", 5).blocked(2500).integers(java.math.BigInteger.ZERO, java.math.BigInteger.TEN,
                    org.nprand.numpy.DType.UINT8, false)};
        int[][] reads = {{997, 13, 4096, 1, 5000, 9000}, {20011}, {64, 63, 65, 4095, 4097, 12000}};
        for (StreamSpec spec : specs) {
            Object want = ParallelCases.newArray(spec, g.n());
            ParallelCases.parallelFill(spec, want, 1);
            if (spec == specs[0]) {
                assertNumpys(g, want, "one thread");
            }
            for (int threads : new int[] {1, 2}) {
                for (int[] sizes : reads) {
                    Object got = ParallelCases.newArray(spec, g.n());
                    try (ParallelReader r = ParallelReader.open(spec, g.n(), threads)) {
                        int at = 0;
                        for (int k = 0; at < g.n(); k++) {
                            int len = Math.min(g.n() - at, sizes[k % sizes.length]);
                            Object part = ParallelCases.newArray(spec, len);
                            if (part instanceof double[]) {
                                r.read((double[]) part, 0, len);
                            } else if (part instanceof long[]) {
                                r.read((long[]) part, 0, len);
                            } else {
                                r.read((byte[]) part, 0, len);
                            }
                            System.arraycopy(part, 0, got, at, len);
                            at += len;
                        }
                    }
                    ParallelCases.assertSame(want, got, spec + " read in " + Arrays.toString(sizes) + " on "
                            + threads + " threads");
                }
            }
        }
    }
}
