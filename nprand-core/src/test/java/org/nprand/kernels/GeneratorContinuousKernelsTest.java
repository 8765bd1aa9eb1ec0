package org.nprand.kernels;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.BitSource;
import org.nprand.bitgen.MT19937;
import org.nprand.bitgen.PCG64;
import org.nprand.bitgen.PCG64DXSM;
import org.nprand.bitgen.Philox;
import org.nprand.bitgen.SFC64;
import org.nprand.math.Libm;

/**
 * The continuous kernels of {@code np.random.Generator} against NumPy 2.4.6, bit for bit: every
 * case of {@code generator_kernel_vectors.txt.gz} (written by
 * {@code src/test/python/generator_kernel_vectors.py} from real
 * {@code Generator(<BitGenerator>(seed)).<method>(..., size=n)} calls) seeds the same bit generator
 * (PCG64 mostly; MT19937, Philox, SFC64, PCG64DXSM through SeedSequence), calls the kernel
 * {@code n} times, and compares every value's bits (float64 or float32), the 32-bit buffer left
 * behind ({@code has_uint32}, {@code uinteger}) and the next raw output, which pins the number of
 * draws consumed.
 *
 * <p>The "scripted" cases replay crafted raw words (to NumPy through a ctypes {@code bitgen_t}, here
 * through {@link ScriptedSource}) that drive the ziggurats into their rare branches: the exact
 * acceptance bounds {@code ki}/{@code ke}, the wedges (accepted and rejected), the tails (both
 * signs, {@code U == 0}), and two {@code random_standard_normal_f} wedge tests that pin C's
 * float/double mixing: one that C's comparison of a float with the double
 * {@code exp(-0.5 * x * x)} accepts and {@code expf} would reject, one whose left side C rounds
 * to float before the comparison (and rejects) that would be accepted if computed in double.
 *
 * <p>{@code vonmises} (its Best-Fisher branch, {@code 1e-8 <= kappa <= 1e6}) calls {@code cos}
 * and {@code acos}, which are glibc-exact only with nprand-libm-lgpl on the path; nprand-core's
 * own tests run without it, so there those values are compared to within
 * {@link #TRIG_FALLBACK_TOLERANCE} and the count of inexact ones is printed (the draws consumed
 * must still agree exactly). To run them bit for bit:
 * {@code mvn -o -q -pl nprand-libm-lgpl -am install -DskipTests} then {@code mvn -o -pl nprand-core
 * test -Dtest=GeneratorContinuousKernelsTest
 * -Dmaven.test.additionalClasspath=../nprand-libm-lgpl/target/classes}.
 */
class GeneratorContinuousKernelsTest {

    private static final String VECTORS = "/org/nprand/kernels/generator_kernel_vectors.txt.gz";
    /** Absolute tolerance for vonmises results when cos/acos are not glibc's (|result| &lt;= pi). */
    private static final double TRIG_FALLBACK_TOLERANCE = 1e-9;

    /** One block of the vector file. */
    record Case(String name, String kernel, String bitgen, long seed, String[] params, int n,
                List<String> values, String buffer, long next, long[] words, int consumed) {

        double d(int i) {
            String s = params[i];
            return switch (s) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(s);
            };
        }

        /** The parameter as NumPy's float32 wrappers see it ({@code <float>PyFloat_AsDouble}). */
        float f(int i) {
            return (float) d(i);
        }

        boolean isFloat32() {
            return kernel.endsWith("_f32");
        }
    }

    static List<Case> readCases() {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = GeneratorContinuousKernelsTest.class.getResourceAsStream(VECTORS)) {
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
            String buffer = null;
            long next = 0;
            List<Long> words = new ArrayList<>();
            int consumed = -1;
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
                        words = new ArrayList<>();
                        buffer = null;
                        consumed = -1;
                    }
                    case "kernel" -> kernel = rest;
                    case "bitgen" -> {
                        String[] b = rest.split(" ");
                        bitgen = b[0];
                        seed = Long.parseLong(b[1]);
                    }
                    case "params" -> params = rest.isBlank() ? new String[0] : rest.trim().split(" ");
                    case "n" -> n = Integer.parseInt(rest);
                    case "values" -> values.addAll(List.of(rest.split(" ")));
                    case "buffer" -> buffer = rest;
                    case "next" -> next = Long.parseUnsignedLong(rest, 16);
                    case "words" -> {
                        for (String w : rest.split(" ")) {
                            words.add(Long.parseUnsignedLong(w, 16));
                        }
                    }
                    case "consumed" -> consumed = Integer.parseInt(rest);
                    case "end" -> cases.add(new Case(name, kernel, bitgen, seed, params, n, values, buffer, next,
                            words.stream().mapToLong(Long::longValue).toArray(), consumed));
                    default -> throw new IllegalStateException("bad line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /**
     * The script's bit source, as generator_kernel_vectors.py's ctypes {@code bitgen_t}: every draw
     * takes the next 64-bit word {@code w}; {@code next_uint64} is {@code w}, {@code next_uint32}
     * its low half (no buffering), {@code next_double} {@code (w >>> 11) * 2^-53}.
     */
    static final class ScriptedSource implements BitSource {
        private final long[] words;
        int pos;

        ScriptedSource(long[] words) {
            this.words = words;
        }

        private long take() {
            if (pos >= words.length) {
                throw new IllegalStateException("script exhausted after " + pos + " words");
            }
            return words[pos++];
        }

        @Override
        public long nextUInt64() {
            return take();
        }

        @Override
        public int nextUInt32() {
            return (int) take();
        }

        @Override
        public double nextDouble() {
            return (take() >>> 11) * 0x1.0p-53;
        }
    }

    static BitGenerator bitGenerator(Case c) {
        return switch (c.bitgen) {
            case "PCG64" -> new PCG64(c.seed);
            case "MT19937" -> new MT19937(c.seed);
            case "Philox" -> new Philox(c.seed);
            case "SFC64" -> new SFC64(c.seed);
            case "PCG64DXSM" -> new PCG64DXSM(c.seed);
            default -> throw new IllegalStateException("unknown bit generator " + c.bitgen);
        };
    }

    /** A kernel producing doubles. */
    interface DoubleKernel {
        double next(BitSource src);
    }

    /** A kernel producing floats. */
    interface FloatKernel {
        float next(BitSource src);
    }

    static DoubleKernel doubleKernel(Case c) {
        return switch (c.kernel) {
            case "standard_normal" -> StandardNormal::sample;
            case "standard_exponential" -> StandardExponential::sample;
            case "standard_exponential_inv" -> StandardExponentialInverse::sample;
            case "random" -> BitSource::nextDouble;
            case "normal" -> src -> Normal.sample(src, c.d(0), c.d(1));
            case "exponential" -> src -> Exponential.sample(src, c.d(0));
            case "standard_gamma" -> src -> StandardGamma.sample(src, c.d(0));
            case "gamma" -> src -> Gamma.sample(src, c.d(0), c.d(1));
            case "beta" -> src -> Beta.sample(src, c.d(0), c.d(1));
            case "chisquare" -> src -> Chisquare.sample(src, c.d(0));
            case "f" -> src -> F.sample(src, c.d(0), c.d(1));
            case "noncentral_chisquare" -> src -> NoncentralChisquare.sample(src, c.d(0), c.d(1));
            case "noncentral_f" -> src -> NoncentralF.sample(src, c.d(0), c.d(1), c.d(2));
            case "standard_t" -> src -> StandardT.sample(src, c.d(0));
            case "standard_cauchy" -> StandardCauchy::sample;
            case "lognormal" -> src -> Lognormal.sample(src, c.d(0), c.d(1));
            case "pareto" -> src -> Pareto.sample(src, c.d(0));
            case "power" -> src -> Power.sample(src, c.d(0));
            case "weibull" -> src -> Weibull.sample(src, c.d(0));
            case "rayleigh" -> src -> Rayleigh.sample(src, c.d(0));
            case "wald" -> src -> Wald.sample(src, c.d(0), c.d(1));
            case "vonmises" -> src -> Vonmises.sample(src, c.d(0), c.d(1));
            case "triangular" -> src -> Triangular.sample(src, c.d(0), c.d(1), c.d(2));
            case "laplace" -> src -> Laplace.sample(src, c.d(0), c.d(1));
            case "gumbel" -> src -> Gumbel.sample(src, c.d(0), c.d(1));
            case "logistic" -> src -> Logistic.sample(src, c.d(0), c.d(1));
            // Generator.uniform computes high - low in double, then calls random_uniform
            case "uniform" -> src -> Uniform.sample(src, c.d(0), c.d(1) - c.d(0));
            default -> null;
        };
    }

    static FloatKernel floatKernel(Case c) {
        return switch (c.kernel) {
            case "standard_normal_f32" -> StandardNormalFloat32::sample;
            case "standard_exponential_f32" -> StandardExponentialFloat32::sample;
            case "standard_exponential_inv_f32" -> StandardExponentialInverseFloat32::sample;
            case "random_f32" -> BitSource::nextFloat;
            case "standard_gamma_f32" -> src -> StandardGammaFloat32.sample(src, c.f(0));
            default -> null;
        };
    }

    static void run(Case c) {
        BitSource bg = c.bitgen.equals("scripted") ? new ScriptedSource(c.words) : bitGenerator(c);
        String where = c.name;
        assertEquals(c.n, c.values.size(), where + ": value count");
        if (c.isFloat32()) {
            FloatKernel fk = floatKernel(c);
            if (fk == null) {
                throw new IllegalStateException("unknown kernel " + c.kernel);
            }
            for (int i = 0; i < c.n; i++) {
                float got = fk.next(bg);
                int wantBits = Integer.parseUnsignedInt(c.values.get(i), 16);
                if (Float.floatToRawIntBits(got) != wantBits) {
                    float want = Float.intBitsToFloat(wantBits);
                    fail(where + ": first difference at [" + i + "]: got " + got + " ("
                            + Integer.toHexString(Float.floatToRawIntBits(got)) + "), expected " + want
                            + " (" + c.values.get(i) + ")");
                }
            }
        } else {
            DoubleKernel dk = doubleKernel(c);
            if (dk == null) {
                throw new IllegalStateException("unknown kernel " + c.kernel);
            }
            // only the Best-Fisher branch (1e-8 <= kappa <= 1e6) calls cos/acos
            boolean trigLoose = c.kernel.equals("vonmises") && c.d(1) >= 1e-8 && c.d(1) <= 1e6
                    && !Libm.trigIsExact();
            int loose = 0;
            for (int i = 0; i < c.n; i++) {
                double got = dk.next(bg);
                long wantBits = Long.parseUnsignedLong(c.values.get(i), 16);
                if (Double.doubleToRawLongBits(got) != wantBits) {
                    double want = Double.longBitsToDouble(wantBits);
                    if (trigLoose && Math.abs(got - want) <= TRIG_FALLBACK_TOLERANCE) {
                        loose++;
                        continue;
                    }
                    fail(where + ": first difference at [" + i + "]: got " + got + " ("
                            + Long.toHexString(Double.doubleToRawLongBits(got)) + "), expected " + want
                            + " (" + c.values.get(i) + ")");
                }
            }
            if (loose > 0) {
                System.out.println(where + ": " + loose + " of " + c.n + " values within "
                        + TRIG_FALLBACK_TOLERANCE + " but not bit-exact (cos/acos fallback; "
                        + "nprand-libm-lgpl absent)");
            }
        }
        if (bg instanceof ScriptedSource script) {
            assertEquals(c.consumed, script.pos, where + ": words consumed");
            return;
        }
        BitGenerator gen = (BitGenerator) bg;
        if (c.buffer.equals("none")) {
            assertTrue(gen instanceof MT19937, where + ": only MT19937 has no 32-bit buffer");
        } else {
            Map<String, Object> st = gen.getState();
            String got = ((Number) st.get("has_uint32")).longValue() + " "
                    + String.format("%08x", ((Number) st.get("uinteger")).longValue());
            assertEquals(c.buffer, got, where + ": has_uint32 and uinteger after the call");
        }
        assertEquals(Long.toHexString(c.next), Long.toHexString(gen.randomRaw()),
                where + ": next raw output after the call");
    }

    @TestFactory
    Stream<DynamicTest> numpyVectors() {
        List<Case> cases = readCases();
        assertTrue(cases.size() > 100, "vector file has " + cases.size() + " cases");
        assertTrue(cases.stream().filter(c -> c.bitgen.equals("scripted")).count() >= 9, "scripted cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name, () -> run(c)));
    }

    @Test
    void everyKernelHasVectors() {
        List<Case> cases = readCases();
        List<String> kernels = cases.stream().map(Case::kernel).distinct().toList();
        for (String k : List.of("standard_normal", "standard_normal_f32", "standard_exponential",
                "standard_exponential_f32", "standard_exponential_inv", "standard_exponential_inv_f32",
                "random", "random_f32", "standard_gamma", "standard_gamma_f32", "normal", "exponential",
                "gamma", "beta", "chisquare", "f", "noncentral_chisquare", "noncentral_f", "standard_t",
                "standard_cauchy", "lognormal", "pareto", "power", "weibull", "rayleigh", "wald",
                "vonmises", "triangular", "laplace", "gumbel", "logistic", "uniform")) {
            assertTrue(kernels.contains(k), "no vectors for " + k);
        }
        for (String b : List.of("PCG64", "MT19937", "Philox", "SFC64", "PCG64DXSM")) {
            assertTrue(cases.stream().anyMatch(c -> c.bitgen.equals(b)), "no vectors on " + b);
        }
    }

    @Test
    void nextFloatIsNumpysNextFloat() {
        // next_float: (next_uint32 >> 8) * 2**-24, the top 24 bits of the 32-bit word
        BitSource ones = new BitSource() {
            @Override
            public long nextUInt64() {
                return -1L;
            }

            @Override
            public int nextUInt32() {
                return -1;
            }

            @Override
            public double nextDouble() {
                return 0.0;
            }
        };
        assertEquals(1.0f - 0x1p-24f, ones.nextFloat());
        BitSource low = new BitSource() {
            @Override
            public long nextUInt64() {
                return 0L;
            }

            @Override
            public int nextUInt32() {
                return 0xff;
            }

            @Override
            public double nextDouble() {
                return 0.0;
            }
        };
        assertEquals(0.0f, low.nextFloat());
    }
}
