package org.nprand.kernels.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nprand.bitgen.BitSource;
import org.nprand.bitgen.MT19937;
import org.nprand.kernels.BinomialState;
import org.nprand.kernels.CCast;
import org.nprand.kernels.Loggam;

/**
 * The legacy kernels against NumPy 2.4.6's {@code RandomState}, bit for bit. Each case of
 * {@code legacy_kernel_vectors.txt.gz} (made by {@code src/test/python/legacy_kernel_vectors.py})
 * seeds {@code RandomState(seed)}, runs one or more methods on that one instance and records every
 * result, the number of raw MT19937 words consumed, the next raw word and the Gaussian cache. Here
 * the same steps run on {@link MT19937#legacy(long)} through one {@link AugmentedBitSource} and one
 * {@link BinomialState}, as a {@code RandomState} holds them.
 */
class LegacyKernelsTest {

    private static final String RESOURCE = "/org/nprand/kernels/legacy_kernel_vectors.txt.gz";

    /** A step: one RandomState call, {@code kernel(params)} repeated {@code values.length} times. */
    record Step(String kernel, String[] params, String[] values) {
        String describe() {
            return kernel + "(" + String.join(", ", params) + ") x" + values.length;
        }
    }

    /** A case: a seed, its steps, and NumPy's state afterwards. */
    record Case(String name, long seed, List<Step> steps, long consumed, int nextRaw, int hasGauss,
                long gaussBits) {
    }

    /** Counts raw 32-bit MT19937 words: next_uint32 takes one, next_uint64 and next_double two. */
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

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = LegacyKernelsTest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new java.util.zip.GZIPInputStream(in), StandardCharsets.US_ASCII));
            String name = null;
            long seed = 0;
            List<Step> steps = null;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] t = line.split(" ");
                switch (t[0]) {
                    case "case" -> {
                        name = t[1];
                        seed = Long.parseLong(t[2]);
                        steps = new ArrayList<>();
                    }
                    case "step" -> {
                        int bar = line.indexOf(" | ");
                        String[] head = line.substring(0, bar).split(" ");
                        String rest = line.substring(bar + 3);
                        String[] values = rest.isEmpty() ? new String[0] : rest.split(" ");
                        int count = Integer.parseInt(head[head.length - 1]);
                        String[] params = new String[head.length - 3];
                        System.arraycopy(head, 2, params, 0, params.length);
                        if (values.length != count) {
                            throw new IOException(name + ": " + values.length + " values for count " + count);
                        }
                        steps.add(new Step(head[1], params, values));
                    }
                    case "end" -> cases.add(new Case(name, seed, steps, Long.parseLong(t[1]),
                            (int) Long.parseLong(t[2], 16), Integer.parseInt(t[3]),
                            Long.parseUnsignedLong(t[4], 16)));
                    default -> throw new IOException("bad line: " + line);
                }
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> numpyVectors() throws IOException {
        List<Case> cases = load();
        assertFalse(cases.isEmpty());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + " seed=" + c.seed(), () -> run(c)));
    }

    /**
     * The same cases with every step that has a bulk fill made by one call of that fill for the
     * step's whole count, as {@code RandomState}'s methods with scalar parameters make it: the
     * block fills (the polar Gaussian's, the gamma's above and below shape 1) against NumPy, the
     * Gaussian cache the steps before left included.
     */
    @TestFactory
    Stream<DynamicTest> numpyVectorsThroughFills() throws IOException {
        return load().stream().map(c -> DynamicTest.dynamicTest(c.name() + " seed=" + c.seed(), () -> run(c, true)));
    }

    static void run(Case c) {
        run(c, false);
    }

    static void run(Case c, boolean fills) {
        MT19937 mt = MT19937.legacy(c.seed());
        CountingSource src = new CountingSource(mt);
        AugmentedBitSource aug = new AugmentedBitSource(src);
        BinomialState binomial = new BinomialState();
        int stepNo = 0;
        for (Step s : c.steps()) {
            String where = "case " + c.name() + " seed=" + c.seed() + ", step " + stepNo + " " + s.describe()
                    + (fills ? " (one fill)" : "");
            String[] filled = fills ? fill(s, aug) : null;
            for (int i = 0; i < s.values().length; i++) {
                String expected = s.values()[i];
                String got = filled != null ? filled[i] : draw(s, aug, src, binomial);
                if (!expected.equals(got)) {
                    fail(where + ": first difference at [" + i + "]: got " + show(s, got)
                            + ", expected " + show(s, expected));
                }
            }
            stepNo++;
        }
        String where = "case " + c.name() + " seed=" + c.seed();
        assertEquals(c.consumed(), src.words, where + ": raw words consumed");
        assertEquals(c.hasGauss(), aug.hasGauss(), where + ": has_gauss");
        assertEquals(c.gaussBits(), Double.doubleToRawLongBits(aug.gauss()), where + ": gauss");
        assertEquals(c.nextRaw(), mt.nextUInt32(), where + ": next raw word");
    }

    /** The step's values from one call of its kernel's fill, encoded; null for a kernel without one. */
    static String[] fill(Step s, AugmentedBitSource aug) {
        String[] p = s.params();
        double[] out = new double[s.values().length];
        switch (s.kernel()) {
            case "gauss" -> LegacyGauss.fill(aug, out, 0, out.length);
            case "normal" -> LegacyGauss.fillNormal(aug, d(p[0]), d(p[1]), out, 0, out.length);
            case "standard_exponential" -> LegacyStandardExponential.fill(aug, 1.0, out, 0, out.length);
            case "exponential" -> LegacyStandardExponential.fill(aug, d(p[0]), out, 0, out.length);
            case "standard_gamma" -> LegacyStandardGamma.fill(aug, d(p[0]), 1.0, out, 0, out.length);
            case "gamma" -> LegacyStandardGamma.fill(aug, d(p[0]), d(p[1]), out, 0, out.length);
            case "chisquare" -> LegacyChisquare.fill(aug, d(p[0]), out, 0, out.length);
            case "beta" -> LegacyBeta.fill(aug, d(p[0]), d(p[1]), out, 0, out.length);
            default -> {
                return null;
            }
        }
        String[] encoded = new String[out.length];
        for (int i = 0; i < out.length; i++) {
            encoded[i] = bits(out[i]);
        }
        return encoded;
    }

    /** One kernel call, its result encoded as the vector file does. */
    static String draw(Step s, AugmentedBitSource aug, BitSource src, BinomialState binomial) {
        String[] p = s.params();
        switch (s.kernel()) {
            case "gauss":
                return bits(LegacyGauss.sample(aug));
            case "normal":
                return bits(LegacyNormal.sample(aug, d(p[0]), d(p[1])));
            case "standard_exponential":
                return bits(LegacyStandardExponential.sample(aug));
            case "exponential":
                return bits(LegacyExponential.sample(aug, d(p[0])));
            case "standard_gamma":
                return bits(LegacyStandardGamma.sample(aug, d(p[0])));
            case "gamma":
                return bits(LegacyGamma.sample(aug, d(p[0]), d(p[1])));
            case "beta":
                return bits(LegacyBeta.sample(aug, d(p[0]), d(p[1])));
            case "chisquare":
                return bits(LegacyChisquare.sample(aug, d(p[0])));
            case "uniform":
                return bits(src.nextDouble());
            case "poisson":
                return Long.toString(LegacyPoisson.sample(src, d(p[0])));
            case "binomial":
                return Long.toString(LegacyBinomial.sample(src, binomial, d(p[1]), Long.parseLong(p[0])));
            default:
                throw new IllegalArgumentException("unknown kernel " + s.kernel());
        }
    }

    static double d(String s) {
        return Double.parseDouble(s);
    }

    static String bits(double x) {
        return Long.toHexString(Double.doubleToRawLongBits(x));
    }

    static String show(Step s, String encoded) {
        switch (s.kernel()) {
            case "poisson":
            case "binomial":
                return encoded;
            default:
                return Double.longBitsToDouble(Long.parseUnsignedLong(encoded, 16)) + " (0x" + encoded + ")";
        }
    }

    // ---- the C conversion and the parts without a stream -------------------------------------

    @Test
    void cCastIsX86Truncation() {
        assertEquals(Long.MIN_VALUE, CCast.toInt64(Double.NaN));
        assertEquals(Long.MIN_VALUE, CCast.toInt64(Double.POSITIVE_INFINITY));
        assertEquals(Long.MIN_VALUE, CCast.toInt64(Double.NEGATIVE_INFINITY));
        assertEquals(Long.MIN_VALUE, CCast.toInt64(0x1p63));
        assertEquals(Long.MIN_VALUE, CCast.toInt64(-0x1p64));
        assertEquals(Long.MIN_VALUE, CCast.toInt64(-0x1p63));
        assertEquals(0x7FFF_FFFF_FFFF_FC00L, CCast.toInt64(Math.nextDown(0x1p63)));
        assertEquals(-2L, CCast.toInt64(-2.9));
        assertEquals(2L, CCast.toInt64(2.9));
        assertEquals(0L, CCast.toInt64(-0.5));
    }

    @Test
    void loggamSpecialValues() {
        assertEquals(0.0, Loggam.of(1.0));
        assertEquals(0.0, Loggam.of(2.0));
        // log(5!) and log(29!) within a few ulps: the series is not exact, only close.
        assertEquals(Math.log(120.0), Loggam.of(6.0), 1e-13);
        assertEquals(71.257038967168009, Loggam.of(30.0), 1e-12);
    }

    @Test
    void legacyBinomialZeroStillDrawsOneDouble() {
        CountingSource src = new CountingSource(MT19937.legacy(1));
        BinomialState cache = new BinomialState();
        assertEquals(0L, LegacyBinomial.sample(src, cache, 0.0, 10));
        assertEquals(2L, src.words);
        assertEquals(0L, LegacyBinomial.sample(src, cache, 0.5, 0));
        assertEquals(4L, src.words);
        assertTrue(cache.hasBinomial != 0);
    }
}
