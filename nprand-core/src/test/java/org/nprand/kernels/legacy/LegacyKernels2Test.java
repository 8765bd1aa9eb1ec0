package org.nprand.kernels.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nprand.bitgen.BitSource;
import org.nprand.bitgen.MT19937;
import org.nprand.kernels.CCast;
import org.nprand.kernels.GeneratorBinomial;
import org.nprand.kernels.BinomialState;
import org.nprand.kernels.Gumbel;
import org.nprand.kernels.Laplace;
import org.nprand.kernels.Logistic;
import org.nprand.kernels.Uniform;
import org.nprand.math.Libm;

/**
 * The legacy kernels of this package (and the shared {@code distributions.c} kernels
 * {@code RandomState} calls) against NumPy 2.4.6, bit for bit: every case of
 * {@code legacy_kernel_vectors2.txt.gz} (written by {@code src/test/python/legacy_kernel_vectors2.py}
 * from real {@code RandomState(seed).<method>(..., size=n)} calls) seeds
 * {@code MT19937.legacy(seed)}, draws {@code n} values with the kernel over one
 * {@link AugmentedBitSource}, and compares every value's bits, the number of raw 32-bit words
 * consumed, the next raw word and the gauss cache left behind.
 *
 * <p>{@code vonmises} calls {@code cos} and {@code acos}, which are glibc-exact only with
 * nprand-libm-lgpl on the path; nprand-core's own tests run without it, so there the vonmises
 * values are compared to within a few ulps (the draws consumed must still agree exactly). To run
 * them bit for bit: {@code mvn -o -q -pl nprand-libm-lgpl -am install -DskipTests} then {@code mvn
 * -o -pl nprand-core test -Dtest=LegacyKernels2Test -Dmaven.test.additionalClasspath=
 * ../nprand-libm-lgpl/target/classes}.
 */
class LegacyKernels2Test {

    private static final String VECTORS = "/org/nprand/kernels/legacy_kernel_vectors2.txt.gz";
    /**
     * Absolute tolerance for vonmises results when cos/acos are not glibc's (|result| <= pi). A
     * 1-ulp difference in {@code cos} moves {@code W} by an ulp, and {@code acos} near 1 amplifies
     * that (about 1e-11 at kappa = 1e9); a wrong algorithm would be off by far more.
     */
    private static final double TRIG_FALLBACK_TOLERANCE = 1e-9;

    /** A legacy-seeded MT19937 that counts the raw 32-bit outputs drawn through it. */
    static final class CountingSource implements BitSource {
        final MT19937 mt;
        long words;

        CountingSource(MT19937 mt) {
            this.mt = mt;
        }

        @Override
        public long nextUInt64() {
            words += 2;
            return mt.nextUInt64();
        }

        @Override
        public int nextUInt32() {
            words += 1;
            return mt.nextUInt32();
        }

        @Override
        public double nextDouble() {
            words += 2;
            return mt.nextDouble();
        }
    }

    /** One block of the vector file. */
    record Case(String name, String kernel, long seed, String[] params, int n, List<String> values,
                long consumed, long next, int hasGauss, long gaussBits) {

        double d(int i) {
            String s = params[i];
            return switch (s) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(s);
            };
        }

        long l(int i) {
            return Long.parseLong(params[i]);
        }

        double[] list(int i) {
            String[] parts = params[i].split(",");
            double[] out = new double[parts.length];
            for (int j = 0; j < parts.length; j++) {
                out[j] = Double.parseDouble(parts[j]);
            }
            return out;
        }
    }

    static List<Case> readCases() {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = LegacyKernels2Test.class.getResourceAsStream(VECTORS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + VECTORS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new java.util.zip.GZIPInputStream(in), StandardCharsets.US_ASCII));
            String name = null;
            String kernel = null;
            long seed = 0;
            String[] params = new String[0];
            int n = 0;
            List<String> values = new ArrayList<>();
            long consumed = 0;
            long next = 0;
            int hasGauss = 0;
            long gaussBits = 0;
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
                    }
                    case "kernel" -> kernel = rest;
                    case "seed" -> seed = Long.parseLong(rest);
                    case "params" -> params = rest.isEmpty() ? new String[0] : rest.split(" ");
                    case "n" -> n = Integer.parseInt(rest);
                    case "values" -> values.addAll(List.of(rest.split(" ")));
                    case "consumed" -> consumed = Long.parseLong(rest);
                    case "next" -> next = Long.parseLong(rest, 16);
                    case "gauss" -> {
                        String[] g = rest.split(" ");
                        hasGauss = Integer.parseInt(g[0]);
                        gaussBits = Long.parseUnsignedLong(g[1], 16);
                    }
                    case "end" -> cases.add(new Case(name, kernel, seed, params, n, values, consumed, next,
                            hasGauss, gaussBits));
                    default -> throw new IllegalStateException("bad line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** A kernel producing doubles. */
    interface DoubleKernel {
        double next(AugmentedBitSource aug);
    }

    /** A kernel producing int64 values. */
    interface LongKernel {
        long next(AugmentedBitSource aug);
    }

    static DoubleKernel doubleKernel(Case c) {
        return switch (c.kernel) {
            case "chisquare" -> aug -> LegacyChisquare.sample(aug, c.d(0));
            case "f" -> aug -> LegacyF.sample(aug, c.d(0), c.d(1));
            case "noncentral_chisquare" -> aug -> LegacyNoncentralChisquare.sample(aug, c.d(0), c.d(1));
            case "noncentral_f" -> aug -> LegacyNoncentralF.sample(aug, c.d(0), c.d(1), c.d(2));
            case "standard_t" -> aug -> LegacyStandardT.sample(aug, c.d(0));
            case "standard_cauchy" -> LegacyStandardCauchy::sample;
            case "lognormal" -> aug -> LegacyLognormal.sample(aug, c.d(0), c.d(1));
            case "pareto" -> aug -> LegacyPareto.sample(aug, c.d(0));
            case "power" -> aug -> LegacyPower.sample(aug, c.d(0));
            case "weibull" -> aug -> LegacyWeibull.sample(aug, c.d(0));
            case "rayleigh" -> aug -> LegacyRayleigh.sample(aug.bitgen(), c.d(0));
            case "wald" -> aug -> LegacyWald.sample(aug, c.d(0), c.d(1));
            case "vonmises" -> aug -> LegacyVonmises.sample(aug.bitgen(), c.d(0), c.d(1));
            case "laplace" -> aug -> Laplace.sample(aug.bitgen(), c.d(0), c.d(1));
            case "gumbel" -> aug -> Gumbel.sample(aug.bitgen(), c.d(0), c.d(1));
            case "logistic" -> aug -> Logistic.sample(aug.bitgen(), c.d(0), c.d(1));
            // RandomState.uniform computes high - low in double, then calls random_uniform
            case "uniform" -> aug -> Uniform.sample(aug.bitgen(), c.d(0), c.d(1) - c.d(0));
            default -> null;
        };
    }

    static LongKernel longKernel(Case c) {
        return switch (c.kernel) {
            case "negative_binomial" -> aug -> LegacyNegativeBinomial.sample(aug, c.d(0), c.d(1));
            case "geometric" -> aug -> LegacyGeometric.sample(aug.bitgen(), c.d(0));
            case "hypergeometric" -> aug -> LegacyHypergeometric.sample(aug.bitgen(), c.l(0), c.l(1), c.l(2));
            case "logseries" -> aug -> LegacyLogseries.sample(aug.bitgen(), c.d(0));
            case "zipf" -> aug -> LegacyZipf.sample(aug.bitgen(), c.d(0));
            case "gbinomial" -> {
                // Generator.binomial(n, p): one binomial_t for the whole call
                BinomialState cache = new BinomialState();
                yield aug -> GeneratorBinomial.sample(aug.bitgen(), c.d(1), c.l(0), cache);
            }
            case "binomial" -> {
                // RandomState.binomial(n, p): the legacy set-up, one binomial_t for the whole call
                BinomialState cache = new BinomialState();
                yield aug -> LegacyBinomial.sample(aug.bitgen(), cache, c.d(1), c.l(0));
            }
            default -> null;
        };
    }

    static void run(Case c) {
        CountingSource src = new CountingSource(MT19937.legacy(c.seed));
        AugmentedBitSource aug = new AugmentedBitSource(src);
        String where = c.name;
        if (c.kernel.equals("multinomial")) {
            long n = c.l(0);
            double[] pvals = c.list(1);
            int d = pvals.length;
            BinomialState cache = new BinomialState();
            assertEquals(c.n * d, c.values.size(), where + ": value count");
            long[] row = new long[d];
            for (int i = 0; i < c.n; i++) {
                Arrays.fill(row, 0L); // NumPy's output is np.zeros
                LegacyMultinomial.sample(src, n, row, 0, pvals, d, cache);
                for (int j = 0; j < d; j++) {
                    long want = Long.parseLong(c.values.get(i * d + j));
                    if (row[j] != want) {
                        fail(where + ": first difference at draw " + i + " [" + j + "]: got " + row[j]
                                + ", expected " + want + " (row " + Arrays.toString(row) + ")");
                    }
                }
            }
        } else {
            assertEquals(c.n, c.values.size(), where + ": value count");
            DoubleKernel dk = doubleKernel(c);
            if (dk != null) {
                boolean trigLoose = c.kernel.equals("vonmises") && !Libm.trigIsExact();
                int loose = 0;
                for (int i = 0; i < c.n; i++) {
                    double got = dk.next(aug);
                    long wantBits = Long.parseUnsignedLong(c.values.get(i), 16);
                    double want = Double.longBitsToDouble(wantBits);
                    if (Double.doubleToRawLongBits(got) != wantBits) {
                        if (trigLoose && Math.abs(got - want) <= TRIG_FALLBACK_TOLERANCE) {
                            loose++;
                            continue;
                        }
                        fail(where + ": first difference at [" + i + "]: got " + got + " ("
                                + Long.toHexString(Double.doubleToRawLongBits(got)) + "), expected " + want
                                + " (" + Long.toHexString(wantBits) + ")");
                    }
                }
                if (loose > 0) {
                    System.out.println(where + ": " + loose + " of " + c.n
                            + " values within " + TRIG_FALLBACK_TOLERANCE
                            + " but not bit-exact (sin/cos/acos fallback; nprand-libm-lgpl absent)");
                }
            } else {
                LongKernel lk = longKernel(c);
                if (lk == null) {
                    throw new IllegalStateException("unknown kernel " + c.kernel);
                }
                for (int i = 0; i < c.n; i++) {
                    long got = lk.next(aug);
                    long want = Long.parseLong(c.values.get(i));
                    if (got != want) {
                        fail(where + ": first difference at [" + i + "]: got " + got + ", expected " + want);
                    }
                }
            }
        }
        assertEquals(c.consumed, src.words, where + ": raw 32-bit words consumed");
        assertEquals(c.next, Integer.toUnsignedLong(src.mt.nextUInt32()), where + ": next raw word");
        assertEquals(c.hasGauss, aug.hasGauss(), where + ": has_gauss after the call");
        assertEquals(c.gaussBits, Double.doubleToRawLongBits(aug.gauss()), where + ": gauss after the call");
    }

    @TestFactory
    Stream<DynamicTest> numpyVectors() {
        List<Case> cases = readCases();
        assertTrue(cases.size() > 100, "vector file has " + cases.size() + " cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name, () -> run(c)));
    }

    @TestFactory
    Stream<DynamicTest> bulkFillsMatchNumPy() {
        // the bulk fills (the binomial inversion's lookup table on the long runs, HRUA's attempt
        // blocks, logseries's log(1 - p) once, multinomial's binomial set-ups kept) against the
        // same NumPy values and word counts as the per-value kernels above
        return readCases().stream()
                .filter(c -> c.kernel.equals("gbinomial") || c.kernel.equals("binomial")
                        || c.kernel.equals("hypergeometric") || c.kernel.equals("logseries")
                        || c.kernel.equals("multinomial") || c.kernel.equals("zipf"))
                .map(c -> DynamicTest.dynamicTest(c.name + " (fill)", () -> {
                    CountingSource src = new CountingSource(MT19937.legacy(c.seed));
                    long[] out = new long[c.values.size()];
                    if (c.kernel.equals("gbinomial")) {
                        GeneratorBinomial.fill(src, c.d(1), c.l(0), new BinomialState(), out, 0, c.n);
                    } else if (c.kernel.equals("binomial")) {
                        LegacyBinomial.fill(src, new BinomialState(), c.d(1), c.l(0), out, 0, c.n);
                    } else if (c.kernel.equals("hypergeometric")) {
                        LegacyHypergeometric.fill(src, c.l(0), c.l(1), c.l(2), out, 0, c.n);
                    } else if (c.kernel.equals("logseries")) {
                        LegacyLogseries.fill(src, c.d(0), out, 0, c.n);
                    } else if (c.kernel.equals("zipf")) {
                        LegacyZipf.fill(src, c.d(0), out, 0, c.n);
                    } else {
                        double[] pvals = c.list(1);
                        LegacyMultinomial.fill(src, c.l(0), pvals, pvals.length, out, c.n, new BinomialState());
                    }
                    for (int i = 0; i < out.length; i++) {
                        long want = Long.parseLong(c.values.get(i));
                        if (out[i] != want) {
                            fail(c.name + " (fill): first difference at [" + i + "]: got " + out[i] + ", expected "
                                    + want);
                        }
                    }
                    assertEquals(c.consumed, src.words, c.name + " (fill): raw 32-bit words consumed");
                }));
    }

    @TestFactory
    Stream<DynamicTest> doubleFillsMatchNumPy() {
        // the double kernels' bulk fills (the gamma's attempt-pair blocks behind chi-square and
        // F, the two-loop and block fills of the others) against the same NumPy values, word
        // counts and Gaussian cache as the per-value kernels above
        return readCases().stream()
                .filter(c -> List.of("chisquare", "f", "lognormal", "pareto", "power", "weibull", "rayleigh",
                        "standard_cauchy").contains(c.kernel))
                .map(c -> DynamicTest.dynamicTest(c.name + " (fill)", () -> {
                    CountingSource src = new CountingSource(MT19937.legacy(c.seed));
                    AugmentedBitSource aug = new AugmentedBitSource(src);
                    double[] out = new double[c.n];
                    switch (c.kernel) {
                        case "chisquare" -> LegacyChisquare.fill(aug, c.d(0), out, 0, c.n);
                        case "f" -> LegacyF.fill(aug, c.d(0), c.d(1), out, 0, c.n);
                        case "lognormal" -> LegacyLognormal.fill(aug, c.d(0), c.d(1), out, 0, c.n);
                        case "pareto" -> LegacyPareto.fill(aug, c.d(0), out, 0, c.n);
                        case "power" -> LegacyPower.fill(aug, c.d(0), out, 0, c.n);
                        case "weibull" -> LegacyWeibull.fill(aug, c.d(0), out, 0, c.n);
                        case "rayleigh" -> LegacyRayleigh.fill(src, c.d(0), out, 0, c.n);
                        default -> LegacyStandardCauchy.fill(aug, out, 0, c.n);
                    }
                    for (int i = 0; i < out.length; i++) {
                        long wantBits = Long.parseUnsignedLong(c.values.get(i), 16);
                        if (Double.doubleToRawLongBits(out[i]) != wantBits) {
                            fail(c.name + " (fill): first difference at [" + i + "]: got " + out[i] + " ("
                                    + Long.toHexString(Double.doubleToRawLongBits(out[i])) + "), expected "
                                    + Double.longBitsToDouble(wantBits) + " (" + Long.toHexString(wantBits) + ")");
                        }
                    }
                    assertEquals(c.consumed, src.words, c.name + " (fill): raw 32-bit words consumed");
                    assertEquals(c.hasGauss, aug.hasGauss(), c.name + " (fill): has_gauss after the call");
                    assertEquals(c.gaussBits, Double.doubleToRawLongBits(aug.gauss()), c.name + " (fill): gauss after the call");
                }));
    }

    @Test
    void everyKernelHasVectors() {
        List<String> kernels = readCases().stream().map(Case::kernel).distinct().toList();
        for (String k : List.of("chisquare", "f", "noncentral_chisquare", "noncentral_f", "standard_t",
                "standard_cauchy", "lognormal", "pareto", "power", "weibull", "rayleigh", "wald", "vonmises",
                "negative_binomial", "geometric", "hypergeometric", "logseries", "zipf", "laplace", "gumbel",
                "logistic", "uniform", "multinomial", "gbinomial", "binomial")) {
            assertTrue(kernels.contains(k), "no vectors for " + k);
        }
    }

    @Test
    void cCastIsX86Truncation() {
        assertEquals(Long.MIN_VALUE, CCast.toInt64(Double.NaN));
        assertEquals(Long.MIN_VALUE, CCast.toInt64(Double.POSITIVE_INFINITY));
        assertEquals(Long.MIN_VALUE, CCast.toInt64(Double.NEGATIVE_INFINITY));
        assertEquals(Long.MIN_VALUE, CCast.toInt64(0x1p63));
        assertEquals(Long.MIN_VALUE, CCast.toInt64(-0x1p63));
        assertEquals(Long.MIN_VALUE, CCast.toInt64(-0x1.0000000000001p63));
        assertEquals(Long.MAX_VALUE - 1023, CCast.toInt64(Math.nextDown(0x1p63)));
        assertEquals(-2, CCast.toInt64(-2.9));
        assertEquals(2, CCast.toInt64(2.9));
        assertEquals(0, CCast.toInt64(-0.5));
    }

    @Test
    void loggamMatchesKnownValues() {
        assertEquals(0.0, org.nprand.kernels.Loggam.of(1.0));
        assertEquals(0.0, org.nprand.kernels.Loggam.of(2.0));
        // log(4!) and log(9!) to within rounding (the series is NumPy's, not exact)
        assertEquals(Math.log(24.0), org.nprand.kernels.Loggam.of(5.0), 1e-13);
        assertEquals(Math.log(362880.0), org.nprand.kernels.Loggam.of(10.0), 1e-12);
    }
}
