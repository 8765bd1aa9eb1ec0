package org.nprand.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.MT19937;
import org.nprand.bitgen.PCG64;
import org.nprand.bitgen.PCG64DXSM;
import org.nprand.bitgen.Philox;
import org.nprand.bitgen.SFC64;

/**
 * The Generator's discrete and multivariate kernels against NumPy 2.4.6, bit for bit: every case
 * of {@code generator_discrete_vectors.txt.gz} (written by
 * {@code src/test/python/generator_discrete_vectors.py} from real
 * {@code np.random.Generator(BitGen(seed)).<method>(..., size=n)} calls with scalar parameters)
 * seeds the same bit generator here, runs the kernel as NumPy's Cython loop does, and compares
 * every value (or the SHA-256 of a long run) and the bit generator's full state afterwards.
 * Also checks {@link Logfactorial} against an independent computation of {@code log(k!)}.
 */
class GeneratorDiscreteKernelsTest {

    private static final String VECTORS = "/org/nprand/kernels/generator_discrete_vectors.txt.gz";

    /** One block of the vector file. */
    record Case(String name, String kernel, String bitgen, long seed, String[] params, int n,
                List<String> values, String sha256, String state) {

        double d(int i) {
            return parseDouble(params[i]);
        }

        long l(int i) {
            return Long.parseLong(params[i]);
        }

        BigInteger big(int i) {
            return new BigInteger(params[i]);
        }

        double[] doubles(int i) {
            String[] parts = params[i].split(",");
            double[] out = new double[parts.length];
            for (int j = 0; j < parts.length; j++) {
                out[j] = parseDouble(parts[j]);
            }
            return out;
        }

        long[] longs(int i) {
            String[] parts = params[i].split(",");
            long[] out = new long[parts.length];
            for (int j = 0; j < parts.length; j++) {
                out[j] = Long.parseLong(parts[j]);
            }
            return out;
        }

        static double parseDouble(String s) {
            return switch (s) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(s);
            };
        }
    }

    private static List<Case> cached;

    static synchronized List<Case> readCases() {
        if (cached == null) {
            cached = List.copyOf(parseCases());
        }
        return cached;
    }

    private static List<Case> parseCases() {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = GeneratorDiscreteKernelsTest.class.getResourceAsStream(VECTORS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + VECTORS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                    StandardCharsets.US_ASCII));
            String name = null;
            String kernel = null;
            String bitgen = null;
            long seed = 0;
            String[] params = new String[0];
            int n = 0;
            List<String> values = new ArrayList<>();
            String sha = null;
            String state = null;
            for (String line; (line = r.readLine()) != null;) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int sp = line.indexOf(' ');
                String key = sp < 0 ? line : line.substring(0, sp);
                String rest = sp < 0 ? "" : line.substring(sp + 1);
                switch (key) {
                    case "case" -> {
                        name = rest;
                        values = new ArrayList<>();
                        sha = null;
                    }
                    case "kernel" -> kernel = rest;
                    case "bitgen" -> bitgen = rest;
                    case "seed" -> seed = Long.parseLong(rest);
                    case "params" -> params = rest.isEmpty() ? new String[0] : rest.split(" ");
                    case "n" -> n = Integer.parseInt(rest);
                    case "values" -> {
                        if (!rest.isEmpty()) {
                            values.addAll(List.of(rest.split(" ")));
                        }
                    }
                    case "sha256" -> sha = rest;
                    case "state" -> state = rest;
                    case "end" -> cases.add(new Case(name, kernel, bitgen, seed, params, n, values, sha, state));
                    default -> throw new IllegalStateException("bad line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    static BitGenerator bitGenerator(String name, long seed) {
        return switch (name) {
            case "PCG64" -> new PCG64(seed);
            case "PCG64DXSM" -> new PCG64DXSM(seed);
            case "MT19937" -> new MT19937(seed);
            case "Philox" -> new Philox(seed);
            case "SFC64" -> new SFC64(new long[] {seed});
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The state map flattened as the vector script's {@code canon}: sorted key paths, unsigned hex. */
    static String canon(Map<String, ?> state) {
        List<String> parts = new ArrayList<>();
        walk("", state, parts);
        return String.join(";", parts);
    }

    private static void walk(String prefix, Object v, List<String> parts) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put((String) k, x));
            sorted.forEach((k, x) -> walk(prefix + k + ".", x, parts));
            return;
        }
        String key = prefix.substring(0, prefix.length() - 1);
        String text;
        if (v instanceof String s) {
            text = s;
        } else if (v instanceof int[] a) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < a.length; i++) {
                sb.append(i == 0 ? "" : ",").append(Integer.toHexString(a[i]));
            }
            text = sb.toString();
        } else if (v instanceof long[] a) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < a.length; i++) {
                sb.append(i == 0 ? "" : ",").append(Long.toHexString(a[i]));
            }
            text = sb.toString();
        } else if (v instanceof BigInteger b) {
            text = b.toString(16);
        } else if (v instanceof Long x) {
            text = Long.toHexString(x);
        } else if (v instanceof Integer x) {
            text = Integer.toHexString(x);
        } else {
            throw new IllegalStateException("state entry " + key + " of type " + v.getClass());
        }
        parts.add(key + "=" + text);
    }

    // ---- running a case --------------------------------------------------------------------

    /** Results of a case: raw 64-bit patterns (double bits or int64 two's complement). */
    static long[] run(Case c, BitGenerator src) {
        return switch (c.kernel) {
            case "hypergeometric" -> longs(c.n, () -> Hypergeometric.sample(src, c.l(0), c.l(1), c.l(2)));
            case "zipf" -> longs(c.n, () -> Zipf.sample(src, c.d(0)));
            case "zipf_fill" -> {
                long[] out = new long[c.n];
                Zipf.fill(src, c.d(0), out, 0, c.n);
                yield out;
            }
            case "logseries" -> longs(c.n, () -> Logseries.sample(src, c.d(0)));
            case "geometric" -> longs(c.n, () -> Geometric.sample(src, c.d(0)));
            case "negative_binomial" -> longs(c.n, () -> NegativeBinomial.sample(src, c.d(0), c.d(1)));
            case "poisson" -> longs(c.n, () -> Poisson.sample(src, c.d(0)));
            case "logseries_fill" -> {
                long[] out = new long[c.n];
                Logseries.fill(src, c.d(0), out, 0, c.n);
                yield out;
            }
            case "hypergeometric_fill" -> {
                long[] out = new long[c.n];
                Hypergeometric.fill(src, c.l(0), c.l(1), c.l(2), out, 0, c.n);
                yield out;
            }
            case "poisson_fill" -> {
                long[] out = new long[c.n];
                Poisson.fill(src, c.d(0), out, 0, c.n);
                yield out;
            }
            case "mvhg_count", "mvhg_marginals" -> {
                long[] colors = c.longs(0);
                long total = 0;
                for (long x : colors) {
                    total += x;
                }
                // one NumPy call of size n is one C call with num_variates = n
                long[] out = new long[c.n * colors.length];
                if (c.kernel.equals("mvhg_count")) {
                    MultivariateHypergeometricCount.sample(src, total, colors, c.l(1), c.n, out, 0);
                } else {
                    MultivariateHypergeometricMarginals.sample(src, total, colors, c.l(1), c.n, out, 0);
                }
                yield out;
            }
            case "dirichlet" -> {
                double[] alpha = c.doubles(0);
                double[] out = new double[c.n * alpha.length];
                Dirichlet.sample(src, alpha, c.n, out, 0);
                yield bits(out);
            }
            case "multinomial" -> {
                double[] pvals = c.doubles(1);
                int d = pvals.length;
                long[] out = new long[c.n * d];
                BinomialState cache = new BinomialState();
                for (int i = 0; i < c.n; i++) {
                    Multinomial.sample(src, c.l(0), out, i * d, pvals, d, cache);
                }
                yield out;
            }
            case "standard_gamma_fill" -> {
                double[] out = new double[c.n];
                StandardGamma.fill(src, c.d(0), 1.0, out, 0, c.n);
                yield bits(out);
            }
            case "chisquare_fill" -> {
                double[] out = new double[c.n];
                Chisquare.fill(src, c.d(0), out, 0, c.n);
                yield bits(out);
            }
            case "multinomial_fill" -> {
                double[] pvals = c.doubles(1);
                long[] out = new long[c.n * pvals.length];
                Multinomial.fill(src, c.l(0), pvals, pvals.length, out, c.n, new BinomialState());
                yield out;
            }
            case "integers" -> integers(c, src, c.n);
            case "integers_scalar" -> {
                long[] out = new long[c.n];
                for (int i = 0; i < c.n; i++) {
                    out[i] = integers(c, src, 1)[0];
                }
                yield out;
            }
            case "integers_array" -> integersArray(c, src);
            case "standard_normal" -> doubles(c.n, () -> StandardNormal.sample(src));
            case "standard_exponential" -> doubles(c.n, () -> StandardExponential.sample(src));
            case "standard_gamma" -> doubles(c.n, () -> StandardGamma.sample(src, c.d(0)));
            case "beta" -> doubles(c.n, () -> Beta.sample(src, c.d(0), c.d(1)));
            default -> throw new IllegalStateException("unknown kernel " + c.kernel);
        };
    }

    /**
     * {@code Generator.integers(low, high, size=n, dtype, endpoint)} with scalar bounds, as
     * {@code _bounded_integers._rand_<dtype>} reduces them: closed high, {@code rng = high - low}
     * and {@code off = low} in the unsigned type of the width, one {@code random_bounded_*_fill}
     * of {@code n} values with {@code use_masked = False} (Lemire). Results widened to int64 as
     * the dtype's values (signed or unsigned).
     */
    static long[] integers(Case c, BitGenerator src, int n) {
        String dtype = c.params[0];
        BigInteger low = c.big(1);
        BigInteger high = c.big(2);
        boolean endpoint = Boolean.parseBoolean(c.params[3].toLowerCase());
        if (!endpoint) {
            high = high.subtract(BigInteger.ONE);
        }
        long rng = high.subtract(low).longValue();
        long off = low.longValue();
        long[] out = new long[n];
        switch (dtype) {
            case "int64", "uint64" -> BoundedIntegers.fillUInt64(src, off, rng, false, out, 0, n);
            case "int32", "uint32" -> {
                int[] o = new int[n];
                BoundedIntegers.fillUInt32(src, (int) off, (int) rng, false, o, 0, n);
                for (int i = 0; i < n; i++) {
                    out[i] = dtype.equals("int32") ? o[i] : o[i] & 0xFFFF_FFFFL;
                }
            }
            case "int16", "uint16" -> {
                short[] o = new short[n];
                BoundedIntegers.fillUInt16(src, (short) off, (short) rng, false, o, 0, n);
                for (int i = 0; i < n; i++) {
                    out[i] = dtype.equals("int16") ? o[i] : o[i] & 0xFFFF;
                }
            }
            case "int8", "uint8" -> {
                byte[] o = new byte[n];
                BoundedIntegers.fillUInt8(src, (byte) off, (byte) rng, false, o, 0, n);
                for (int i = 0; i < n; i++) {
                    out[i] = dtype.equals("int8") ? o[i] : o[i] & 0xFF;
                }
            }
            case "bool" -> {
                boolean[] o = new boolean[n];
                BoundedIntegers.fillBool(src, off != 0, rng != 0, o, 0, n);
                for (int i = 0; i < n; i++) {
                    out[i] = o[i] ? 1 : 0;
                }
            }
            default -> throw new IllegalStateException(dtype);
        }
        return out;
    }

    /**
     * {@code Generator.integers(low_array, high_array, dtype, endpoint)}: NumPy's broadcast path,
     * one value per element with {@code rng = (high - is_open) - low} and {@code off = low} in the
     * width's unsigned type: {@code random_bounded_uint64} for 64 bits,
     * {@code random_buffered_bounded_uint32/16/8/bool} with one buffer for the whole call below.
     */
    static long[] integersArray(Case c, BitGenerator src) {
        String dtype = c.params[0];
        long[] lows = c.longs(1);
        long[] highs = c.longs(2);
        long isOpen = Boolean.parseBoolean(c.params[3].toLowerCase()) ? 0 : 1;
        long[] out = new long[lows.length];
        BoundedIntegers.Buffer buffer = new BoundedIntegers.Buffer();
        for (int i = 0; i < lows.length; i++) {
            long rng = (highs[i] - isOpen) - lows[i];
            long off = lows[i];
            long mask = BoundedIntegers.genMask(rng);
            out[i] = switch (dtype) {
                case "int64", "uint64" -> BoundedIntegers.boundedUInt64(src, off, rng, mask, false);
                case "int32" -> BoundedIntegers.boundedUInt32(src, (int) off, (int) rng, (int) mask, false);
                case "uint32" -> BoundedIntegers.boundedUInt32(src, (int) off, (int) rng, (int) mask, false)
                        & 0xFFFF_FFFFL;
                case "int16" -> buffer.boundedUInt16(src, (short) off, (short) rng, (int) mask & 0xFFFF, false);
                case "uint16" -> buffer.boundedUInt16(src, (short) off, (short) rng, (int) mask & 0xFFFF, false)
                        & 0xFFFF;
                case "int8" -> buffer.boundedUInt8(src, (byte) off, (byte) rng, (int) mask & 0xFF, false);
                case "uint8" -> buffer.boundedUInt8(src, (byte) off, (byte) rng, (int) mask & 0xFF, false) & 0xFF;
                case "bool" -> buffer.boundedBool(src, off != 0, rng != 0) ? 1 : 0;
                default -> throw new IllegalStateException(dtype);
            };
        }
        return out;
    }

    interface LongDraw {
        long next();
    }

    interface DoubleDraw {
        double next();
    }

    static long[] longs(int n, LongDraw draw) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = draw.next();
        }
        return out;
    }

    static long[] doubles(int n, DoubleDraw draw) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = Double.doubleToRawLongBits(draw.next());
        }
        return out;
    }

    static long[] bits(double[] a) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = Double.doubleToRawLongBits(a[i]);
        }
        return out;
    }

    static boolean isDouble(String kernel) {
        return switch (kernel) {
            case "dirichlet", "standard_normal", "standard_exponential", "standard_gamma", "standard_gamma_fill", "chisquare_fill", "beta",
                 "logfactorial" -> true;
            default -> false;
        };
    }

    static String show(String kernel, long v) {
        return isDouble(kernel) ? Double.longBitsToDouble(v) + " (" + Long.toHexString(v) + ")" : Long.toString(v);
    }

    static String sha256(long[] values) {
        ByteBuffer buf = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            buf.putLong(v);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(buf.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void check(Case c) {
        long[] actual;
        BitGenerator src = null;
        if (c.kernel.equals("logfactorial")) {
            actual = new long[c.params.length];
            for (int i = 0; i < actual.length; i++) {
                actual[i] = Double.doubleToRawLongBits(Logfactorial.of(c.l(i)));
            }
        } else {
            src = bitGenerator(c.bitgen, c.seed);
            actual = run(c, src);
        }
        if (c.sha256 != null) {
            assertEquals(c.sha256, sha256(actual), c.name + ": SHA-256 of the " + actual.length + " values");
        } else {
            if (actual.length != c.values.size()) {
                fail(c.name + ": " + actual.length + " values, expected " + c.values.size());
            }
            for (int i = 0; i < actual.length; i++) {
                long expected = Long.parseUnsignedLong(c.values.get(i), 16);
                if (expected != actual[i]) {
                    fail(c.name + ": first difference at [" + i + "]: got " + show(c.kernel, actual[i])
                            + ", expected " + show(c.kernel, expected));
                }
            }
        }
        if (src != null) {
            assertEquals(c.state, canon(src.getState()), c.name + ": bit generator state after the call");
        }
    }

    @TestFactory
    Stream<DynamicTest> numpyVectors() {
        return readCases().stream().map(c -> DynamicTest.dynamicTest(c.name, () -> check(c)));
    }

    /** The zipf cases again through {@link Zipf#fill} (blocks of tries): NumPy's values and state. */
    @TestFactory
    Stream<DynamicTest> zipfFillMatchesNumPy() {
        return readCases().stream().filter(c -> c.kernel.equals("zipf"))
                .map(c -> new Case(c.name + " (fill)", "zipf_fill", c.bitgen, c.seed, c.params, c.n, c.values,
                        c.sha256, c.state))
                .map(c -> DynamicTest.dynamicTest(c.name, () -> check(c)));
    }

    @TestFactory
    Stream<DynamicTest> bulkFillsMatchNumPy() {
        // the bulk fills (HRUA's constants once, a block of attempts at a time; logseries's
        // log1p(-p) once; multinomial's binomial set-ups kept; the standard gamma's
        // Marsaglia and Tsang constants once) against the same NumPy values and
        // state after as the per-value kernels
        return readCases().stream()
                .filter(c -> List.of("hypergeometric", "logseries", "multinomial", "standard_gamma").contains(c.kernel))
                .map(c -> new Case(c.name + " (fill)", c.kernel + "_fill", c.bitgen, c.seed, c.params, c.n,
                        c.values, c.sha256, c.state))
                .map(c -> DynamicTest.dynamicTest(c.name, () -> check(c)));
    }

    @Test
    void everyKernelAndBitGeneratorIsCovered() {
        List<Case> cases = readCases();
        assertTrue(cases.size() > 250, "cases: " + cases.size());
        for (String k : List.of("hypergeometric", "zipf", "logseries", "geometric", "negative_binomial",
                "mvhg_count", "mvhg_marginals", "dirichlet", "multinomial", "integers", "integers_scalar",
                "integers_array",
                "logfactorial", "standard_normal", "standard_exponential", "standard_gamma", "beta")) {
            assertTrue(cases.stream().anyMatch(c -> c.kernel.equals(k)), "no case for " + k);
        }
        for (String b : List.of("PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64")) {
            assertTrue(cases.stream().anyMatch(c -> b.equals(c.bitgen)), "no case on " + b);
        }
        for (String t : List.of("int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "bool")) {
            for (String e : List.of("True", "False")) {
                assertTrue(cases.stream().anyMatch(c -> c.kernel.equals("integers") && c.params[0].equals(t)
                        && c.params[3].equals(e)), "no integers case for " + t + " endpoint=" + e);
            }
        }
    }

    /** The a >= 1025 guard of random_zipf returns 1 without drawing (no hang, unlike the legacy kernel). */
    @Test
    void zipfGuardDrawsNothing() {
        PCG64 g = new PCG64(1);
        String before = canon(g.getState());
        assertEquals(1, Zipf.sample(g, 1025.0));
        assertEquals(1, Zipf.sample(g, Double.POSITIVE_INFINITY));
        assertEquals(before, canon(g.getState()));
    }

    /** The count method keeps its shuffled array across variates: one call of n != n calls of 1. */
    @Test
    void mvhgCountSharesItsShuffleAcrossVariates() {
        long[] colors = {5, 10, 15};
        long[] together = new long[2 * 3];
        MultivariateHypergeometricCount.sample(new PCG64(3), 30, colors, 10, 2, together, 0);
        PCG64 g = new PCG64(3);
        long[] apart = new long[2 * 3];
        MultivariateHypergeometricCount.sample(g, 30, colors, 10, 1, apart, 0);
        MultivariateHypergeometricCount.sample(g, 30, colors, 10, 1, apart, 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(together[i], apart[i]);
        }
        long sum = 0;
        for (int i = 3; i < 6; i++) {
            sum += together[i];
        }
        assertEquals(10, sum);
    }
}
