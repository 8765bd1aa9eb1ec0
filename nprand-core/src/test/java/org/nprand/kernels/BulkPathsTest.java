package org.nprand.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.BitSource;
import org.nprand.bitgen.MT19937;
import org.nprand.bitgen.PCG64;
import org.nprand.bitgen.PCG64DXSM;
import org.nprand.bitgen.Philox;
import org.nprand.bitgen.SFC64;
import org.nprand.kernels.legacy.AugmentedBitSource;
import org.nprand.kernels.legacy.LegacyBeta;
import org.nprand.kernels.legacy.LegacyBinomial;
import org.nprand.kernels.legacy.LegacyChisquare;
import org.nprand.kernels.legacy.LegacyExponential;
import org.nprand.kernels.legacy.LegacyF;
import org.nprand.kernels.legacy.LegacyGauss;
import org.nprand.kernels.legacy.LegacyGeometric;
import org.nprand.kernels.legacy.LegacyHypergeometric;
import org.nprand.kernels.legacy.LegacyLognormal;
import org.nprand.kernels.legacy.LegacyPareto;
import org.nprand.kernels.legacy.LegacyPower;
import org.nprand.kernels.legacy.LegacyRayleigh;
import org.nprand.kernels.legacy.LegacyStandardCauchy;
import org.nprand.kernels.legacy.LegacyStandardExponential;
import org.nprand.kernels.legacy.LegacyStandardGamma;
import org.nprand.kernels.legacy.LegacyVonmises;
import org.nprand.kernels.legacy.LegacyWeibull;
import org.nprand.kernels.legacy.LegacyZipf;
import org.nprand.python.PyRandom;

/**
 * The bulk paths (block loops over a generator's state, bounded integers and shuffles taking
 * their words a block at a time, in-place transforms of bulk uniforms) against the per-value
 * loops they replace: the same values, and the same generator state afterwards (so the same
 * stream from then on), for every bit generator, at awkward positions (MT19937 next to a twist,
 * a 64-bit generator with a pending 32-bit half), for every dtype width, both rejection methods
 * and ranges at every edge. The per-value loops are the ones the conformance suite checks
 * against NumPy.
 */
class BulkPathsTest {

    private static final long M32 = 0xFFFF_FFFFL;
    private static final int[] LENGTHS = {0, 1, 2, 3, 4, 5, 31, 32, 33, 311, 511, 512, 513, 623, 624, 625, 1250, 2049};

    /** Fresh generators, each a different kind or position; each call gives an identical copy. */
    private static List<Supplier<BitGenerator>> generators() {
        List<Supplier<BitGenerator>> g = new ArrayList<>();
        for (int skip : new int[] {0, 1, 2, 311, 622, 623}) {
            g.add(() -> {
                MT19937 mt = MT19937.legacy(12345L);
                for (int i = 0; i < skip; i++) {
                    mt.nextUInt32();
                }
                return mt;
            });
        }
        g.add(() -> new MT19937(5L)); // pos 623: the first word comes before any twist
        g.add(() -> new PCG64(7L));
        g.add(() -> {
            PCG64 p = new PCG64(7L);
            p.nextUInt32(); // a pending high half
            return p;
        });
        g.add(() -> new PCG64DXSM(8L));
        g.add(() -> {
            PCG64DXSM p = new PCG64DXSM(8L);
            p.nextUInt32();
            return p;
        });
        g.add(() -> new Philox(9L));
        g.add(() -> {
            Philox p = new Philox(9L);
            p.nextUInt64();
            p.nextUInt32();
            return p;
        });
        g.add(() -> new SFC64(10L));
        g.add(() -> {
            SFC64 p = new SFC64(10L);
            p.nextUInt32();
            return p;
        });
        return g;
    }

    private static void assertSameState(BitGenerator expected, BitGenerator actual, String what) {
        assertTrue(deepEquals(expected.getState(), actual.getState()), what + ": state differs");
    }

    private static boolean deepEquals(Object a, Object b) {
        if (a instanceof Map && b instanceof Map) {
            Map<?, ?> x = (Map<?, ?>) a;
            Map<?, ?> y = (Map<?, ?>) b;
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Object k : x.keySet()) {
                if (!deepEquals(x.get(k), y.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return java.util.Objects.deepEquals(a, b);
    }

    // ---- raw words and doubles ----------------------------------------------------------------

    @Test
    void bulkWordsAndDoublesAreThePerValueDraws() {
        for (Supplier<BitGenerator> make : generators()) {
            for (int n : LENGTHS) {
                for (int from : new int[] {0, 3}) {
                    BitGenerator ref = make.get();
                    BitGenerator bulk = make.get();
                    String what = ref.name() + " n=" + n + " from=" + from;

                    int[] w32 = new int[from + n];
                    int[] r32 = new int[from + n];
                    for (int i = from; i < from + n; i++) {
                        r32[i] = ref.nextUInt32();
                    }
                    bulk.fillUInt32(w32, from, from + n);
                    assertArrayEquals(r32, w32, what + " fillUInt32");
                    assertSameState(ref, bulk, what + " fillUInt32");

                    float[] wf = new float[from + n];
                    float[] rf = new float[from + n];
                    for (int i = from; i < from + n; i++) {
                        rf[i] = ref.nextFloat();
                    }
                    bulk.fillFloat(wf, from, from + n);
                    assertArrayEquals(rf, wf, what + " fillFloat");
                    assertSameState(ref, bulk, what + " fillFloat");

                    long[] w64 = new long[from + n];
                    long[] r64 = new long[from + n];
                    for (int i = from; i < from + n; i++) {
                        r64[i] = ref.nextUInt64();
                    }
                    bulk.fillUInt64(w64, from, from + n);
                    assertArrayEquals(r64, w64, what + " fillUInt64");
                    assertSameState(ref, bulk, what + " fillUInt64");

                    double[] wd = new double[from + n];
                    double[] rd = new double[from + n];
                    for (int i = from; i < from + n; i++) {
                        rd[i] = ref.nextDouble();
                    }
                    bulk.fillDouble(wd, from, from + n);
                    assertArrayEquals(rd, wd, what + " fillDouble");
                    assertSameState(ref, bulk, what + " fillDouble");

                    long[] rr = new long[n];
                    for (int i = 0; i < n; i++) {
                        rr[i] = ref.randomRaw();
                    }
                    assertArrayEquals(rr, bulk.randomRaw(n), what + " randomRaw");
                    assertSameState(ref, bulk, what + " randomRaw");
                }
            }
        }
    }

    // ---- bounded integers ---------------------------------------------------------------------

    /**
     * The typed 16-bit, 32-bit and bool fills (optimistic passes with rejections resumed after, block
     * ends, the last odd value) against the per-value kernels, with Lemire thresholds at the
     * optimistic caps (2**16 % 32704 = 128, 2**32 % (2**32 - 2**20) = 2**20) so that long runs
     * hold rejections.
     */
    @Test
    void typedFillsAreThePerValueKernels() {
        for (Supplier<BitGenerator> make : generators()) {
            for (int n : new int[] {0, 1, 2, 3, 5, 1023, 1024, 1025, 6001}) {
                for (boolean masked : new boolean[] {false, true}) {
                    for (int rng : new int[] {1, 98, 99, 127, 32703, 0xFFFE, 0xFFFF}) {
                        BitGenerator ref = make.get();
                        BitGenerator bulk = make.get();
                        String what = ref.name() + " n=" + n + " rng=" + rng + " masked=" + masked;
                        short off = (short) -3;
                        short[] expected = new short[n + 1];
                        BoundedIntegers.Buffer buf = new BoundedIntegers.Buffer();
                        int mask = (int) BoundedIntegers.genMask(rng);
                        for (int i = 1; i <= n; i++) {
                            expected[i] = buf.boundedUInt16(ref, off, (short) rng, mask, masked);
                        }
                        short[] actual = new short[n + 1];
                        BoundedIntegers.fillUInt16(bulk, off, (short) rng, masked, actual, 1, n + 1);
                        assertArrayEquals(expected, actual, what + " fillUInt16");
                        assertSameState(ref, bulk, what + " fillUInt16");
                    }
                    if (masked) {
                        // bool: masked and Lemire are the same kernel; whole words through the byte table
                        BitGenerator ref = make.get();
                        BitGenerator bulk = make.get();
                        String what = ref.name() + " n=" + n + " bool";
                        boolean[] expected = new boolean[n + 1];
                        BoundedIntegers.Buffer buf = new BoundedIntegers.Buffer();
                        for (int i = 1; i <= n; i++) {
                            expected[i] = buf.boundedBool(ref, false, true);
                        }
                        boolean[] actual = new boolean[n + 1];
                        BoundedIntegers.fillBool(bulk, false, true, actual, 1, n + 1);
                        assertArrayEquals(expected, actual, what + " fillBool");
                        assertSameState(ref, bulk, what + " fillBool");
                    }
                    for (long rng : new long[] {1, 98, 99, 0xFFEF_FFFFL, 0xFFF0_0000L, 0xFFFF_FFFEL, 0xFFFF_FFFFL}) {
                        BitGenerator ref = make.get();
                        BitGenerator bulk = make.get();
                        String what = ref.name() + " n=" + n + " rng=" + rng + " masked=" + masked;
                        int[] expected = new int[n + 1];
                        int mask = (int) BoundedIntegers.genMask(rng);
                        for (int i = 1; i <= n; i++) {
                            expected[i] = BoundedIntegers.boundedUInt32(ref, 11, (int) rng, mask, masked);
                        }
                        int[] actual = new int[n + 1];
                        BoundedIntegers.fillUInt32(bulk, 11, (int) rng, masked, actual, 1, n + 1);
                        assertArrayEquals(expected, actual, what + " fillUInt32");
                        assertSameState(ref, bulk, what + " fillUInt32");
                    }
                }
            }
        }
    }

    /** The per-value kernels for one dtype width, as the long representation of the result. */
    private static long reference(BitSource src, BoundedIntegers.Buffer buf, int bits, boolean signed, long off,
                                  long rng, boolean masked) {
        switch (bits) {
            case 64:
                return BoundedIntegers.boundedUInt64(src, off, rng, BoundedIntegers.genMask(rng), masked);
            case 32: {
                int v = BoundedIntegers.boundedUInt32(src, (int) off, (int) rng,
                        (int) BoundedIntegers.genMask(rng & M32), masked);
                return signed ? v : v & M32;
            }
            case 16: {
                short v = buf.boundedUInt16(src, (short) off, (short) rng, (int) BoundedIntegers.genMask(rng & 0xFFFF),
                        masked);
                return signed ? v : v & 0xFFFF;
            }
            case 8: {
                byte v = buf.boundedUInt8(src, (byte) off, (byte) rng, (int) BoundedIntegers.genMask(rng & 0xFF), masked);
                return signed ? v : v & 0xFF;
            }
            default:
                return buf.boundedBool(src, off != 0, rng != 0) ? 1 : 0;
        }
    }

    private static long[] ranges(int bits) {
        switch (bits) {
            case 64:
                return new long[] {0, 1, 2, 3, 98, 255, 256, 0x7FFF_FFFFL, 0x8000_0000L, 0xFFEF_FFFFL, 0xFFFF_FFFEL, 0xFFFF_FFFFL,
                    0x1_0000_0000L, 0x1_0000_0001L, 1L << 62, (1L << 62) + 12345, Long.MAX_VALUE, Long.MIN_VALUE,
                    Long.MIN_VALUE + 77, -2L, -1L};
            case 32:
                return new long[] {0, 1, 2, 98, 255, 65535, 0x7FFF_FFFFL, 0x8000_0000L, 0xC000_0001L, 0xFFEF_FFFFL, 0xFFFF_FFFEL,
                    0xFFFF_FFFFL};
            case 16:
                return new long[] {0, 1, 2, 98, 255, 256, 0x7FFF, 0x8000, 0xC001, 0xFFFE, 0xFFFF};
            case 8:
                return new long[] {0, 1, 2, 3, 98, 127, 128, 200, 254, 255};
            default:
                return new long[] {0, 1};
        }
    }

    @Test
    void boundedFillsAreThePerValueKernels() {
        for (Supplier<BitGenerator> make : generators()) {
            for (int bits : new int[] {64, 32, 16, 8, 1}) {
                for (long rng : ranges(bits)) {
                    for (boolean masked : new boolean[] {true, false}) {
                        for (boolean signed : new boolean[] {true, false}) {
                            long off = bits == 1 ? 0 : signed ? -3 : 5;
                            for (int n : new int[] {0, 1, 2, 3, 5, 7, 33, 100, 1031}) {
                                BitGenerator ref = make.get();
                                BitGenerator bulk = make.get();
                                String what = ref.name() + " bits=" + bits + " rng=" + Long.toUnsignedString(rng)
                                        + " masked=" + masked + " signed=" + signed + " n=" + n;
                                long[] expected = new long[n + 2];
                                BoundedIntegers.Buffer buf = new BoundedIntegers.Buffer();
                                for (int i = 1; i <= n; i++) {
                                    expected[i] = reference(ref, buf, bits, signed, off, rng, masked);
                                }
                                long[] actual = new long[n + 2];
                                BoundedIntegers.fill(bulk, bits, signed, off, rng, masked, actual, 1, n + 1);
                                assertArrayEquals(expected, actual, what);
                                assertSameState(ref, bulk, what);
                            }
                        }
                    }
                }
            }
        }
    }

    // ---- shuffles ------------------------------------------------------------------------------

    @Test
    void blockShufflesAreThePerValueShuffles() {
        for (Supplier<BitGenerator> make : generators()) {
            for (int n : new int[] {0, 1, 2, 3, 4, 5, 9, 17, 100, 513, 1025, 4095, 4096, 5000, 20000}) {
                BitGenerator ref = make.get();
                long[] expected = new long[n + 2];
                for (int i = 0; i < expected.length; i++) {
                    expected[i] = i * 10L;
                }
                for (int i = n - 1; i >= 1; i--) {
                    int j = (int) RandomInterval.draw(ref, i);
                    long t = expected[1 + i];
                    expected[1 + i] = expected[1 + j];
                    expected[1 + j] = t;
                }
                String what = ref.name() + " n=" + n;

                BitGenerator g = make.get();
                long[] longs = new long[n + 2];
                for (int i = 0; i < longs.length; i++) {
                    longs[i] = i * 10L;
                }
                RandomInterval.shuffle(g, longs, 1, n + 1);
                assertArrayEquals(expected, longs, what + " long[]");
                assertSameState(ref, g, what + " long[]");

                g = make.get();
                double[] doubles = new double[n + 2];
                int[] ints = new int[n + 2];
                Object[] objects = new Object[n + 2];
                for (int i = 0; i < doubles.length; i++) {
                    doubles[i] = i * 10.0;
                    ints[i] = i * 10;
                    objects[i] = (long) i * 10;
                }
                RandomInterval.shuffle(g, doubles, 1, n + 1);
                assertSameState(ref, g, what + " double[]");
                g = make.get();
                RandomInterval.shuffle(g, ints, 1, n + 1);
                assertSameState(ref, g, what + " int[]");
                g = make.get();
                RandomInterval.shuffle(g, objects, 1, n + 1);
                assertSameState(ref, g, what + " Object[]");
                for (int i = 0; i < n + 2; i++) {
                    assertEquals(expected[i], (long) doubles[i], what + " double[]");
                    assertEquals(expected[i], ints[i], what + " int[]");
                    assertEquals(expected[i], (long) (Long) objects[i], what + " Object[]");
                }

                long[] inner = Arrays.copyOfRange(expected, 1, n + 1);
                for (List<Long> list : List.<List<Long>>of(new ArrayList<>(), new LinkedList<>())) {
                    for (int i = 0; i < n; i++) {
                        list.add((i + 1) * 10L);
                    }
                    g = make.get();
                    RandomInterval.shuffle(g, list);
                    assertSameState(ref, g, what + " " + list.getClass().getSimpleName());
                    for (int i = 0; i < n; i++) {
                        assertEquals(inner[i], (long) list.get(i), what + " " + list.getClass().getSimpleName());
                    }
                }
            }
        }
    }

    @Test
    void largeUnmodifiableListFailsAfterOneDrawAsBefore() {
        List<Long> list = new ArrayList<>();
        for (long i = 0; i < 5000; i++) {
            list.add(i);
        }
        List<Long> frozen = Collections.unmodifiableList(list);
        MT19937 g = MT19937.legacy(1L);
        MT19937 ref = MT19937.legacy(1L);
        assertThrows(UnsupportedOperationException.class, () -> RandomInterval.shuffle(g, frozen));
        RandomInterval.draw(ref, 4999);
        assertSameState(ref, g, "after the failed swap");
    }

    @Test
    void pyRandomLargeShufflesAreTheSwapLoop() {
        for (int n : new int[] {4095, 4096, 10007}) {
            PyRandom ref = new PyRandom(42L);
            int[] expected = RandomInterval.identity(n);
            ref.shuffle(expected); // the swap loop on an int array (unchanged)
            double after = ref.random();

            PyRandom p = new PyRandom(42L);
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(i);
            }
            p.shuffle(list);
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i], (int) list.get(i), "list n=" + n);
            }
            assertEquals(after, p.random(), "list n=" + n + ": next draw");

            p = new PyRandom(42L);
            Object[] objects = new Object[n];
            for (int i = 0; i < n; i++) {
                objects[i] = i;
            }
            p.shuffle(objects);
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i], (int) (Integer) objects[i], "Object[] n=" + n);
            }
            assertEquals(after, p.random(), "Object[] n=" + n + ": next draw");
        }
    }

    // ---- uniform and exponential from bulk uniforms ----------------------------------------------

    @Test
    void uniformAndExponentialBulkAreThePerValueKernels() {
        double[][] params = {{0.0, 1.0}, {-3.5, 7.25}, {1e300, -2e300}, {0.0, 0.0}};
        for (Supplier<BitGenerator> make : generators()) {
            for (int n : new int[] {0, 1, 3, 1023, 1024, 1025, 3000}) {
                for (double[] p : params) {
                    BitGenerator ref = make.get();
                    BitGenerator bulk = make.get();
                    double[] expected = new double[n];
                    for (int i = 0; i < n; i++) {
                        expected[i] = Uniform.sample(ref, p[0], p[1]);
                    }
                    double[] actual = new double[n];
                    Uniform.fill(bulk, p[0], p[1], actual, 0, n);
                    assertArrayEquals(expected, actual, "uniform " + ref.name() + " n=" + n);
                    assertSameState(ref, bulk, "uniform " + ref.name() + " n=" + n);
                }
                for (double scale : new double[] {1.0, 2.5, 0.0, -0.0}) {
                    BitGenerator ref = make.get();
                    BitGenerator bulk = make.get();
                    AugmentedBitSource refAug = new AugmentedBitSource(ref);
                    double[] expected = new double[n];
                    for (int i = 0; i < n; i++) {
                        expected[i] = scale == 1.0 ? LegacyStandardExponential.sample(refAug)
                                : LegacyExponential.sample(refAug, scale);
                    }
                    double[] actual = new double[n];
                    LegacyStandardExponential.fill(new AugmentedBitSource(bulk), scale, actual, 0, n);
                    assertArrayEquals(expected, actual, "exponential " + ref.name() + " n=" + n);
                    assertSameState(ref, bulk, "exponential " + ref.name() + " n=" + n);
                }
            }
        }
    }

    @Test
    void binomialFillsAreTheScalarBinomials() {
        // inversion (p <= 0.5 and p > 0.5, n p up to 30, a bound below n), BTPE, no-draw cases
        double[][] cases = {{20, 0.3}, {20, 0.7}, {1, 0.5}, {60, 0.5}, {1e9, 1e-8}, {3, 1.0}, {1000, 0.4}, {1e6, 0.3},
            {200, 0.5}, {70, 0.55},
            {1000, 0.97}, {0, 0.3}, {10, 0.0}};
        for (int k = 0; k < 2 * cases.length; k++) {
            boolean legacy = k >= cases.length;
            long n = (long) cases[k % cases.length][0];
            double p = cases[k % cases.length][1];
            // 3000 and 20000: the inversion's lookup table (BinomialInversionTable) for bounds up to 20 and 99
            for (int count : new int[] {1, 5, 3000, 20000}) {
                PCG64 a = new PCG64(9L);
                PCG64 b = new PCG64(9L);
                BinomialState ca = new BinomialState();
                BinomialState cb = new BinomialState();
                long[] expected = new long[count];
                long[] actual = new long[count + 2];
                for (int i = 0; i < count; i++) {
                    expected[i] = legacy ? LegacyBinomial.sample(a, ca, p, n) : GeneratorBinomial.sample(a, p, n, ca);
                }
                if (legacy) {
                    LegacyBinomial.fill(b, cb, p, n, actual, 1, count + 1);
                } else {
                    GeneratorBinomial.fill(b, p, n, cb, actual, 1, count + 1);
                }
                String what = (legacy ? "legacy " : "") + "binomial(" + n + ", " + p + ") x" + count;
                assertArrayEquals(expected, Arrays.copyOfRange(actual, 1, count + 1), what);
                assertSameState(a, b, what);
                assertEquals(ca.hasBinomial + " " + ca.nsave + " " + ca.psave + " " + ca.r + " " + ca.q + " " + ca.m
                        + " " + ca.c, cb.hasBinomial + " " + cb.nsave + " " + cb.psave + " " + cb.r + " " + cb.q
                        + " " + cb.m + " " + cb.c, what + ": cache");
            }
        }
    }

    @Test
    void gammaBlockVerdictIsTheComparison() {
        // the gamma blocks below shape 1 (both kernels) read x <= bound from a sign bit: the same
        // answer for every pair they meet, a -0.0 bound (the legacy exponential of U = 0) included
        double[][] pairs = {{0.0, -0.0}, {0.0, 0.0}, {1.0, 1.0}, {1.0, Math.nextDown(1.0)},
            {Math.nextUp(1.0), 1.0}, {Double.POSITIVE_INFINITY, 5.0}, {Double.MIN_VALUE, 0.0},
            {0.0, Double.MIN_VALUE}, {3.5, 40.0}, {40.0, 3.5}};
        for (double[] p : pairs) {
            assertEquals(p[0] <= p[1] ? 1 : 0, GammaBelowOneBlock.accepted(p[0], p[1]),
                    "accepted(" + p[0] + ", " + p[1] + ")");
        }
    }

    @Test
    void gammaFillIsTheScalarGamma() {
        // below shape 1 (both of C's branches), shape 1 and 0, Marsaglia and Tsang above (b and c
        // once per fill), on every bit generator
        List<Supplier<BitGenerator>> generators = List.of(() -> new PCG64(11L), () -> new PCG64DXSM(11L),
                () -> new Philox(11L), () -> new SFC64(11L), () -> new MT19937(11L));
        for (double shape : new double[] {0.0, 0.5, 0.3, 0.1, 1e-3, 0.999, 1.0, 1.0000001, 3.5, 1e6}) {
            for (double scale : new double[] {1.0, 2.5}) {
                for (int count : new int[] {1, 63, 64, 255, 256, 257, 2000}) {
                    for (Supplier<BitGenerator> g : generators) {
                        BitGenerator a = g.get();
                        BitGenerator b = g.get();
                        double[] expected = new double[count];
                        for (int i = 0; i < count; i++) {
                            expected[i] = Gamma.sample(a, shape, scale);
                        }
                        double[] actual = new double[count];
                        StandardGamma.fill(b, shape, scale, actual, 0, count);
                        String what = "gamma(" + shape + ", " + scale + ") x" + count + " on " + a.name();
                        assertSameBits(what, expected, actual);
                        assertSameState(a, b, what);
                    }
                }
            }
        }
    }

    @Test
    void legacyGammaFillAboveOneIsTheScalarGamma() {
        // above shape 1 the fill goes a block of attempt pairs at a time (PolarGammaBlocks): near
        // 1 about one Gaussian in 140 makes 1 + c x <= 0 and the per-value kernel takes over for
        // it; sizes around the block and the 64-value switch; with and without a cached Gaussian
        // left by an earlier call; on MT19937 and on a 64-bit generator (RandomState takes any)
        double[] shapes = {1.0000000000000002, 1.01, 1.2, 1.5, 3.5, 16.5, 1e6, Double.POSITIVE_INFINITY};
        int[] sizes = {1, 63, 64, 65, 127, 128, 129, 600, 1025, 4099, 30000};
        List<Supplier<BitGenerator>> generators = List.of(() -> new MT19937(23L), () -> new PCG64(23L));
        for (double shape : shapes) {
            for (int count : sizes) {
                for (int cached = 0; cached < 2; cached++) {
                    for (Supplier<BitGenerator> g : generators) {
                        BitGenerator ga = g.get();
                        BitGenerator gb = g.get();
                        AugmentedBitSource a = new AugmentedBitSource(ga);
                        AugmentedBitSource b = new AugmentedBitSource(gb);
                        for (int k = 0; k < cached; k++) {
                            assertEquals(LegacyGauss.sample(a), LegacyGauss.sample(b));
                        }
                        double scale = cached == 0 ? 1.0 : 2.5;
                        // the fill's range inside a larger array: nothing outside it is written
                        double[] expected = new double[count + 2];
                        double[] actual = new double[count + 2];
                        expected[0] = actual[0] = 7.0;
                        expected[count + 1] = actual[count + 1] = 9.0;
                        for (int i = 1; i <= count; i++) {
                            expected[i] = scale * LegacyStandardGamma.sample(a, shape);
                        }
                        LegacyStandardGamma.fill(b, shape, scale, actual, 1, count + 1);
                        String what = "legacy gamma(" + shape + ", " + scale + ") x" + count + " on " + ga.name()
                                + " cached=" + cached;
                        assertSameBits(what, expected, actual);
                        assertSameState(ga, gb, what);
                        assertEquals(a.hasGauss() + " " + a.gauss(), b.hasGauss() + " " + b.gauss(), what + ": cache");
                    }
                }
            }
        }
        for (double df : new double[] {2.02, 3.0, 7.0}) {
            assertLegacyFillIsPerValue("legacy chisquare(" + df + ")", s -> LegacyChisquare.sample(s, df),
                    (b, out) -> LegacyChisquare.fill(b, df, out, 0, out.length));
        }
        // the two gammas of each beta and F value in turn through the same blocks (both shapes
        // above 1), and the per-value kernels where a shape is not
        for (double[] ab : new double[][] {{2, 3}, {1.01, 1.5}, {1.0000000000000002, 40}, {3.5, 3.5}, {0.5, 5},
            {1.0, 2.0}, {2.0, 0.9}}) {
            assertLegacyFillIsPerValue("legacy beta" + Arrays.toString(ab), s -> LegacyBeta.sample(s, ab[0], ab[1]),
                    (b, out) -> LegacyBeta.fill(b, ab[0], ab[1], out, 0, out.length));
            assertLegacyFillIsPerValue("legacy f" + Arrays.toString(ab), s -> LegacyF.sample(s, 2 * ab[0], 2 * ab[1]),
                    (b, out) -> LegacyF.fill(b, 2 * ab[0], 2 * ab[1], out, 0, out.length));
        }
        for (int count : new int[] {64, 65, 4095, 4096, 4097, 9000}) {
            AugmentedBitSource a = new AugmentedBitSource(new MT19937(3L));
            AugmentedBitSource b = new AugmentedBitSource(new MT19937(3L));
            double[] expected = new double[count];
            for (int i = 0; i < count; i++) {
                expected[i] = LegacyBeta.sample(a, 1.2, 2.5);
            }
            double[] actual = new double[count];
            LegacyBeta.fill(b, 1.2, 2.5, actual, 0, count);
            String what = "legacy beta(1.2, 2.5) x" + count + " (whole chunks and a part)";
            assertSameBits(what, expected, actual);
            assertSameState((BitGenerator) a.bitgen(), (BitGenerator) b.bitgen(), what);
            assertEquals(a.hasGauss() + " " + a.gauss(), b.hasGauss() + " " + b.gauss(), what + ": cache");
        }
    }

    @Test
    void zipfFillsAreTheScalarZipfs() {
        // blocks of tries from 64 values: near a = 1 most tries propose X beyond 2^63 (the
        // Generator's Umin truncation mostly avoids them, the legacy kernel rejects them); the
        // Generator's a >= 1025 returns 1 without a draw
        for (double a : new double[] {1.0001, 1.05, 1.5, 2.0, 3.5, 54.0, 60.0, 1024.5, 1025.0, 1e300}) {
            for (int count : new int[] {1, 63, 64, 65, 600, 3000}) {
                for (int legacy = 0; legacy < 2; legacy++) {
                    if (legacy == 1 && a >= 1025) {
                        continue; // the legacy kernel never returns there, as NumPy's
                    }
                    for (int g = 0; g < 2; g++) {
                        BitGenerator x = g == 0 ? new MT19937(31L) : new PCG64(31L);
                        BitGenerator y = g == 0 ? new MT19937(31L) : new PCG64(31L);
                        String what = (legacy == 1 ? "legacy " : "") + "zipf(" + a + ") x" + count + " on " + x.name();
                        if (legacy == 1) {
                            assertLongFillIsPerValue(what, x, y, count, s -> LegacyZipf.sample(s, a),
                                    (s, out) -> LegacyZipf.fill(s, a, out, 0, count));
                        } else {
                            assertLongFillIsPerValue(what, x, y, count, s -> Zipf.sample(s, a),
                                    (s, out) -> Zipf.fill(s, a, out, 0, count));
                        }
                    }
                }
            }
        }
    }

    @Test
    void triangularFillIsTheScalarTriangular() {
        double inf = Double.POSITIVE_INFINITY;
        double[][] cases = {{0, 0.5, 1}, {0, 0, 1}, {0, 1, 1}, {-3, 2, 7.5}, {1e-300, 2e-300, 3e-300}, {-inf, 0, 1},
            {0, 1, inf}, {-inf, 0, inf}};
        for (double[] c : cases) {
            assertFillIsPerValue("triangular" + Arrays.toString(c), a -> Triangular.sample(a, c[0], c[1], c[2]),
                    (b, out) -> Triangular.fill(b, c[0], c[1], c[2], out, 0, out.length));
        }
    }

    /** The same doubles bit for bit (NaN payloads and signed zeros included); names the first difference. */
    private static void assertSameBits(String what, double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    what + " [" + i + "]: expected " + expected[i] + ", got " + actual[i]);
        }
    }

    /** The parameters the block-fill tests sweep: one-parameter shapes, Weibull's a (0 draws nothing), scales, (loc, scale). */
    private static final double[] SHAPES = {3, 0.5, 1e-300, 1e300, Double.POSITIVE_INFINITY, Double.NaN};
    private static final double[] WEIBULL_A = {1.5, 0, 1e-300, Double.POSITIVE_INFINITY, Double.NaN};
    private static final double[] SCALES = {1, 0, 1e300, Double.POSITIVE_INFINITY, Double.NaN};
    private static final double[][] LOC_SCALE = {{0, 1}, {-2.5, 3e-7}, {1e300, 1e300}, {0, 0},
        {Double.POSITIVE_INFINITY, 1}, {0, Double.POSITIVE_INFINITY}, {Double.NaN, 1}};

    /**
     * {@code fill} on one MT19937 against 3000 calls of {@code sample} on its twin: the same
     * doubles bit for bit (NaN payloads included) and the same state after.
     */
    private static void assertFillIsPerValue(String what, java.util.function.ToDoubleFunction<BitSource> sample,
                                             java.util.function.BiConsumer<BitSource, double[]> fill) {
        MT19937 a = new MT19937(13L);
        MT19937 b = new MT19937(13L);
        double[] expected = new double[3000];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = sample.applyAsDouble(a);
        }
        double[] actual = new double[expected.length];
        fill.accept(b, actual);
        assertSameBits(what, expected, actual);
        assertSameState(a, b, what);
    }

    @Test
    void laplaceFillIsTheScalarLaplace() {
        for (double[] c : LOC_SCALE) {
            assertFillIsPerValue("laplace" + Arrays.toString(c), a -> Laplace.sample(a, c[0], c[1]),
                    (b, out) -> Laplace.fill(b, c[0], c[1], out, 0, out.length));
        }
    }

    @Test
    void blockFillsAreThePerValueSamplers() {
        // the fills that draw a block of standard exponentials, normals or uniforms first and
        // transform it after: the same values and state as the per-value calls
        for (double a : SHAPES) {
            assertFillIsPerValue("pareto(" + a + ")", s -> Pareto.sample(s, a),
                    (b, out) -> Pareto.fill(b, a, out, 0, out.length));
            assertFillIsPerValue("power(" + a + ")", s -> Power.sample(s, a),
                    (b, out) -> Power.fill(b, a, out, 0, out.length));
        }
        for (double a : WEIBULL_A) {
            assertFillIsPerValue("weibull(" + a + ")", s -> Weibull.sample(s, a),
                    (b, out) -> Weibull.fill(b, a, out, 0, out.length));
        }
        for (double mode : SCALES) {
            assertFillIsPerValue("rayleigh(" + mode + ")", s -> Rayleigh.sample(s, mode),
                    (b, out) -> Rayleigh.fill(b, mode, out, 0, out.length));
        }
        for (double[] c : LOC_SCALE) {
            assertFillIsPerValue("gumbel" + Arrays.toString(c), s -> Gumbel.sample(s, c[0], c[1]),
                    (b, out) -> Gumbel.fill(b, c[0], c[1], out, 0, out.length));
            assertFillIsPerValue("lognormal" + Arrays.toString(c), s -> Lognormal.sample(s, c[0], c[1]),
                    (b, out) -> Lognormal.fill(b, c[0], c[1], out, 0, out.length));
            assertFillIsPerValue("logistic" + Arrays.toString(c), s -> Logistic.sample(s, c[0], c[1]),
                    (b, out) -> Logistic.fill(b, c[0], c[1], out, 0, out.length));
        }
        assertFillIsPerValue("standard_exponential", StandardExponential::sample,
                (b, out) -> StandardExponential.fill(b, out, 0, out.length));
        assertFillIsPerValue("standard_normal", StandardNormal::sample,
                (b, out) -> StandardNormal.fill(b, out, 0, out.length));
    }

    /**
     * A legacy fill on one MT19937 against 2500 per-value calls on its twin, each after
     * {@code cached} Gaussian draws (1: a cached second value pending): the same doubles, state
     * and Gaussian cache.
     */
    private static void assertLegacyFillIsPerValue(String what, java.util.function.ToDoubleFunction<AugmentedBitSource> sample,
                                                   java.util.function.BiConsumer<AugmentedBitSource, double[]> fill) {
        for (int cached = 0; cached < 2; cached++) {
            AugmentedBitSource a = new AugmentedBitSource(new MT19937(17L));
            AugmentedBitSource b = new AugmentedBitSource(new MT19937(17L));
            for (int k = 0; k < cached; k++) {
                assertEquals(LegacyGauss.sample(a), LegacyGauss.sample(b));
            }
            double[] expected = new double[2500];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = sample.applyAsDouble(a);
            }
            double[] actual = new double[expected.length];
            fill.accept(b, actual);
            String ctx = what + " cached=" + cached;
            assertSameBits(ctx, expected, actual);
            assertSameState((BitGenerator) a.bitgen(), (BitGenerator) b.bitgen(), ctx);
            assertEquals(a.hasGauss() + " " + a.gauss(), b.hasGauss() + " " + b.gauss(), ctx + ": cache");
        }
    }

    @Test
    void legacyBlockFillsAreThePerValueSamplers() {
        for (double a : SHAPES) {
            assertLegacyFillIsPerValue("legacy pareto(" + a + ")", s -> LegacyPareto.sample(s, a),
                    (b, out) -> LegacyPareto.fill(b, a, out, 0, out.length));
            assertLegacyFillIsPerValue("legacy power(" + a + ")", s -> LegacyPower.sample(s, a),
                    (b, out) -> LegacyPower.fill(b, a, out, 0, out.length));
        }
        for (double a : WEIBULL_A) {
            assertLegacyFillIsPerValue("legacy weibull(" + a + ")", s -> LegacyWeibull.sample(s, a),
                    (b, out) -> LegacyWeibull.fill(b, a, out, 0, out.length));
        }
        for (double mode : SCALES) {
            assertLegacyFillIsPerValue("legacy rayleigh(" + mode + ")", s -> LegacyRayleigh.sample(s.bitgen(), mode),
                    (b, out) -> LegacyRayleigh.fill(b.bitgen(), mode, out, 0, out.length));
        }
        for (double[] c : LOC_SCALE) {
            assertLegacyFillIsPerValue("legacy lognormal" + Arrays.toString(c), s -> LegacyLognormal.sample(s, c[0], c[1]),
                    (b, out) -> LegacyLognormal.fill(b, c[0], c[1], out, 0, out.length));
        }
    }

    @Test
    void geometricFillsAreTheScalarGeometrics() {
        // inversion (p below 1/3: the exponential or uniform block, log1p(-p) or log(1 - p)
        // once), the search (p at and above 1/3), and p so small that the result saturates
        for (double p : new double[] {0.2, 1e-3, 1e-300, 0.333333333333333333333333, 0.5, 1.0}) {
            for (int count : new int[] {1, 1023, 1024, 2500}) {
                assertLongFillIsPerValue("legacy geometric(" + p + ") x" + count, new MT19937(19L), new MT19937(19L),
                        count, s -> LegacyGeometric.sample(s, p), (s, out) -> LegacyGeometric.fill(s, p, out, 0, count));
                assertLongFillIsPerValue("geometric(" + p + ") x" + count, new MT19937(19L), new MT19937(19L),
                        count, s -> Geometric.sample(s, p), (s, out) -> Geometric.fill(s, p, out, 0, count));
            }
        }
    }

    /**
     * {@code count} values of an integer kernel's fill on {@code b} against as many per-value
     * calls on its twin {@code a}: the same values and the same state after.
     */
    private static void assertLongFillIsPerValue(String what, BitGenerator a, BitGenerator b, int count,
                                                 java.util.function.ToLongFunction<BitSource> sample,
                                                 java.util.function.BiConsumer<BitSource, long[]> fill) {
        long[] expected = new long[count];
        for (int i = 0; i < count; i++) {
            expected[i] = sample.applyAsLong(a);
        }
        long[] actual = new long[count];
        fill.accept(b, actual);
        assertArrayEquals(expected, actual, what);
        assertSameState(a, b, what);
    }

    /** A bit source for kernels that draw only doubles: any other draw fails the test. */
    private abstract static class DoublesOnly implements BitSource {
        @Override
        public long nextUInt64() {
            throw new AssertionError("only doubles are drawn");
        }

        @Override
        public int nextUInt32() {
            throw new AssertionError("only doubles are drawn");
        }
    }

    /**
     * A bit source whose doubles are MT19937's except at the given draw counts, where they are
     * 0.0 (one in 2**53 in a real stream): the uniforms that laplace, logistic and gumbel reject.
     */
    private static final class ZeroDoubles extends DoublesOnly {
        private final MT19937 mt = new MT19937(31L);
        private final Map<Integer, Double> planted = new java.util.HashMap<>();
        private int drawn;

        ZeroDoubles(Integer... zeroAt) {
            for (Integer z : zeroAt) {
                planted.put(z, 0.0);
            }
        }

        /** Also {@code value} at draw {@code at}. */
        ZeroDoubles plant(int at, double value) {
            planted.put(at, value);
            return this;
        }

        @Override
        public double nextDouble() {
            double u = mt.nextDouble();
            return planted.getOrDefault(drawn++, u);
        }
    }

    @Test
    void zeroUniformsAreRedrawnByTheFillsAsByTheLoops() {
        // zeros first, in runs, at the ends of the 1024-value blocks and among the redraws after
        // a block (the 3000 values need 3000 + 12 draws: draws 3000..3004 follow the last block)
        Integer[] zeros = {0, 5, 6, 7, 1023, 1024, 1025, 2047, 2048, 2999, 3000, 3002};
        String[] names = {"laplace(0.5, 2)", "logistic(0.5, 2)", "gumbel(0.5, 2)"};
        for (int kernel = 0; kernel < names.length; kernel++) {
            ZeroDoubles a = new ZeroDoubles(zeros);
            ZeroDoubles b = new ZeroDoubles(zeros);
            double[] expected = new double[3000];
            double[] actual = new double[expected.length];
            String what = names[kernel];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = kernel == 0 ? Laplace.sample(a, 0.5, 2)
                        : kernel == 1 ? Logistic.sample(a, 0.5, 2) : Gumbel.sample(a, 0.5, 2);
            }
            if (kernel == 0) {
                Laplace.fill(b, 0.5, 2, actual, 0, actual.length);
            } else if (kernel == 1) {
                Logistic.fill(b, 0.5, 2, actual, 0, actual.length);
            } else {
                Gumbel.fill(b, 0.5, 2, actual, 0, actual.length);
            }
            assertEquals(expected.length + zeros.length, a.drawn, what + ": draws of the per-value loop");
            assertEquals(a.drawn, b.drawn, what + ": draws of the fill");
            assertSameBits(what, expected, actual);
        }
    }

    @Test
    void blockFilledAttemptsReadZeroUniformsAsTheLoops() {
        // PTRS, BTPE and HRUA judge a block of attempts at a time: a zero uniform (us == 0 and
        // the -inf candidate; v == 0 and a tail's log(0); HRUA's x == 0 and its infinite
        // ratio) must give the per-value verdict, at every place in the block's pairs
        Integer[] zeros = new Integer[64];
        for (int z = 0; z < zeros.length; z++) {
            zeros[z] = 37 * z + (z & 1);
        }
        for (int kernel = 0; kernel < 5; kernel++) {
            ZeroDoubles a = new ZeroDoubles(zeros);
            ZeroDoubles b = new ZeroDoubles(zeros);
            long[] expected = new long[1000];
            long[] actual = new long[expected.length];
            BinomialState ca = new BinomialState();
            BinomialState cb = new BinomialState();
            String what = new String[] {"poisson(50)", "binomial(1000, 0.4)", "binomial(1000, 0.7)",
                "hypergeometric(10, 20, 15)", "legacy hypergeometric(10, 20, 15)"}[kernel];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = switch (kernel) {
                    case 0 -> Poisson.sample(a, 50.0);
                    case 1, 2 -> GeneratorBinomial.sample(a, kernel == 1 ? 0.4 : 0.7, 1000, ca);
                    case 3 -> Hypergeometric.sample(a, 10, 20, 15);
                    default -> LegacyHypergeometric.sample(a, 10, 20, 15);
                };
            }
            switch (kernel) {
                case 0 -> Poisson.fill(b, 50.0, actual, 0, actual.length);
                case 1, 2 -> GeneratorBinomial.fill(b, kernel == 1 ? 0.4 : 0.7, 1000, cb, actual, 0, actual.length);
                case 3 -> Hypergeometric.fill(b, 10, 20, 15, actual, 0, actual.length);
                default -> LegacyHypergeometric.fill(b, 10, 20, 15, actual, 0, actual.length);
            }
            assertEquals(a.drawn, b.drawn, what + ": draws of the fill");
            assertArrayEquals(expected, actual, what);
        }
    }

    @Test
    void poissonFillIsTheScalarPoisson() {
        // multiplication (lam < 10; from 0.4 to 4.5 two walks per block, PoissonProductRuns),
        // PTRS with its loggam table (candidates inside and past it), short fills without the
        // table, lam 0
        for (double lam : new double[] {0, 0.39, 0.4, 1, 2.5, 3, 4.5, 4.51, 10, 50, 1e4, 1e9, 1e15}) {
            for (int count : new int[] {1, 63, 64, 511, 513, 5000, 100_000}) {
                PCG64 a = new PCG64(21L);
                PCG64 b = new PCG64(21L);
                long[] expected = new long[count];
                for (int i = 0; i < count; i++) {
                    expected[i] = Poisson.sample(a, lam);
                }
                long[] actual = new long[count];
                Poisson.fill(b, lam, actual, 0, count);
                String what = "poisson(" + lam + ") x" + count;
                assertArrayEquals(expected, actual, what);
                assertSameState(a, b, what);
            }
        }
    }

    @Test
    void hruaBlockListsTheNaNAttemptAsTheLoopJudgesIt() {
        // x == 0 with y == 0.5 makes HRUA's ratio 0/0 (probability 2**-106); C lets the NaN past
        // its range test, and so must the fill, not drop the attempt by its NaN's sign bit
        ZeroDoubles a = new ZeroDoubles().plant(200, 0.0).plant(201, 0.5);
        ZeroDoubles b = new ZeroDoubles().plant(200, 0.0).plant(201, 0.5);
        long[] expected = new long[1000];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = Hypergeometric.sample(a, 10, 20, 15);
        }
        long[] actual = new long[expected.length];
        Hypergeometric.fill(b, 10, 20, 15, actual, 0, actual.length);
        assertEquals(a.drawn, b.drawn, "draws of the fill");
        assertArrayEquals(expected, actual);
    }

    @Test
    void multinomialFillKeepsSetUpsAsTheRowsWould() {
        // the fill keeps each (category, n) binomial set-up and copies it into the shared cache
        // where C would compute it again; where the cache already holds the key it must be used
        // as it is: RandomState.binomial's inversion (qn from log(q)) left in the cache is what
        // RandomState.multinomial reuses in NumPy, and the cache after the fill is the rows'
        double[][] pvalsList = {{0.2, 0.3, 0.5}, {0.2, 0.8}, {0.1, 0.1, 0.1, 0.7}, {0.3, 0.3, 0.4}};
        long[] ns = {20, 20, 7, 1000};
        for (int t = 0; t < ns.length; t++) {
            for (int primed = 0; primed < 2; primed++) {
                double[] pvals = pvalsList[t];
                long n = ns[t];
                int d = pvals.length;
                int rows = 700;
                MT19937 a = new MT19937(37L);
                MT19937 b = new MT19937(37L);
                BinomialState ca = new BinomialState();
                BinomialState cb = new BinomialState();
                if (primed == 1) {
                    // the key of the first binomial of every row, set up by the legacy kernel
                    LegacyBinomial.sample(a, ca, pvals[0], n);
                    LegacyBinomial.sample(b, cb, pvals[0], n);
                }
                long[] expected = new long[rows * d];
                for (int i = 0; i < rows; i++) {
                    Multinomial.sample(a, n, expected, i * d, pvals, d, ca);
                }
                long[] actual = new long[rows * d];
                Multinomial.fill(b, n, pvals, d, actual, rows, cb);
                String what = "multinomial(" + n + ", " + Arrays.toString(pvals) + ")" + (primed == 1 ? " primed" : "");
                assertArrayEquals(expected, actual, what);
                assertSameState(a, b, what);
                double[] fa = {ca.hasBinomial, ca.nsave, ca.psave, ca.r, ca.q, ca.c, ca.m};
                double[] fb = {cb.hasBinomial, cb.nsave, cb.psave, cb.r, cb.q, cb.c, cb.m};
                assertArrayEquals(fa, fb, what + ": the cache after the fill");
            }
        }
    }

    @Test
    void vonmisesFillsAreTheScalarVonmises() {
        // both kernels: s taken once per fill; every branch of kappa (NaN, tiny, Taylor, Best and
        // Fisher, the Generator's wrapped normal); mu inside and far outside [-pi, pi] (fmod's
        // fast cases and Java's %)
        double[] kappas = {Double.NaN, 0.0, 5e-9, 5e-6, 0.5, 4.0, 1e6, 2e6};
        double[] mus = {0.0, 1.0, -Math.PI, Math.PI, 7.0, -25.0, 1e10};
        for (double kappa : kappas) {
            for (double mu : mus) {
                for (int legacy = 0; legacy < 2; legacy++) {
                    PCG64 a = new PCG64(31L);
                    PCG64 b = new PCG64(31L);
                    double[] expected = new double[500];
                    for (int i = 0; i < expected.length; i++) {
                        expected[i] = legacy == 1 ? LegacyVonmises.sample(a, mu, kappa) : Vonmises.sample(a, mu, kappa);
                    }
                    double[] actual = new double[expected.length];
                    if (legacy == 1) {
                        LegacyVonmises.fill(b, mu, kappa, actual, 0, actual.length);
                    } else {
                        Vonmises.fill(b, mu, kappa, actual, 0, actual.length);
                    }
                    String what = (legacy == 1 ? "legacy " : "") + "vonmises(" + mu + ", " + kappa + ")";
                    assertSameBits(what, expected, actual);
                    assertSameState(a, b, what);
                }
            }
        }
    }

    @Test
    void legacyGammaFillIsTheScalarGamma() {
        // the attempt blocks below shape 1 (both of C's branches), shape 1 and 0, Marsaglia and
        // Tsang above; scale 1 and not; short fills value by value; zero uniforms at every place
        // in the blocks' pairs (U == 0: pow(0, 1/shape) == 0; the exponential's U == 0 gives
        // -log(1) == -0.0, which 0 <= -0.0 accepts)
        Integer[] zeros = new Integer[64];
        for (int z = 0; z < zeros.length; z++) {
            zeros[z] = 29 * z + (z % 3);
        }
        for (double shape : new double[] {0.5, 0.1, 1e-3, 0.999, 1.0, 0.0, 2.5}) {
            for (double scale : new double[] {1.0, 2.5}) {
                for (int count : new int[] {1, 63, 64, 3000}) {
                    for (int stub = 0; stub < 2; stub++) {
                        AugmentedBitSource a = new AugmentedBitSource(stub == 1 ? new ZeroDoubles(zeros) : new MT19937(41L));
                        AugmentedBitSource b = new AugmentedBitSource(stub == 1 ? new ZeroDoubles(zeros) : new MT19937(41L));
                        double[] expected = new double[count];
                        for (int i = 0; i < count; i++) {
                            expected[i] = scale * LegacyStandardGamma.sample(a, shape);
                        }
                        double[] actual = new double[count];
                        LegacyStandardGamma.fill(b, shape, scale, actual, 0, count);
                        String what = "legacy gamma(" + shape + ", " + scale + ") x" + count + (stub == 1 ? " zeros" : "");
                        assertSameBits(what, expected, actual);
                        if (stub == 1) {
                            assertEquals(((ZeroDoubles) a.bitgen()).drawn, ((ZeroDoubles) b.bitgen()).drawn, what + ": draws");
                        } else {
                            assertSameState((BitGenerator) a.bitgen(), (BitGenerator) b.bitgen(), what);
                        }
                    }
                }
            }
        }
    }

    @Test
    void hypergeometricFillsAreTheScalarHypergeometric() {
        // both HRUAs (constants once, attempt blocks, log-factorial or loggam sums kept by
        // candidate, inside and past the window of 2**14 candidates) and the small-sample
        // methods; short fills value by value
        long[][] params = {{10, 20, 15}, {20, 10, 15}, {10, 20, 25}, {1000, 2000, 500}, {0, 50, 20},
            {30, 40, 5}, {10_000_000, 10_000_000, 5_000_000}, {999_999_999, 999_999_999, 1_000_000}};
        for (long[] q : params) {
            for (int count : new int[] {1, 63, 64, 3000}) {
                for (int legacy = 0; legacy < 2; legacy++) {
                    PCG64 a = new PCG64(29L);
                    PCG64 b = new PCG64(29L);
                    long[] expected = new long[count];
                    for (int i = 0; i < count; i++) {
                        expected[i] = legacy == 1 ? LegacyHypergeometric.sample(a, q[0], q[1], q[2])
                                : Hypergeometric.sample(a, q[0], q[1], q[2]);
                    }
                    long[] actual = new long[count];
                    if (legacy == 1) {
                        LegacyHypergeometric.fill(b, q[0], q[1], q[2], actual, 0, count);
                    } else {
                        Hypergeometric.fill(b, q[0], q[1], q[2], actual, 0, count);
                    }
                    String what = (legacy == 1 ? "legacy " : "") + "hypergeometric" + Arrays.toString(q) + " x" + count;
                    assertArrayEquals(expected, actual, what);
                    assertSameState(a, b, what);
                }
            }
        }
    }

    @Test
    void legacyGaussFillIsTheScalarGauss() {
        // odd and even counts, across the block of 128 pairs, with and without a cached value
        assertGaussianFillIsPerValue("gauss", new int[] {1, 2, 3, 255, 256, 257, 1001}, LegacyGauss::sample,
                (b, out) -> LegacyGauss.fill(b, out, 0, out.length));
    }

    @Test
    void legacyCauchyFillIsTheScalarCauchy() {
        // the Gaussians two per value through the Gaussian fill, across its blocks, with and
        // without a cached Gaussian at the start (which the first value's numerator takes)
        assertGaussianFillIsPerValue("standard_cauchy", new int[] {0, 1, 2, 3, 511, 512, 513, 1501},
                LegacyStandardCauchy::sample, (b, out) -> LegacyStandardCauchy.fill(b, out, 0, out.length));
    }

    /**
     * A legacy fill over the Gaussian cache against its per-value kernel, from an empty cache and
     * from a cached Gaussian: values bit for bit, the generator's state and the cache after.
     */
    private static void assertGaussianFillIsPerValue(String name, int[] counts,
            java.util.function.ToDoubleFunction<AugmentedBitSource> sample,
            java.util.function.BiConsumer<AugmentedBitSource, double[]> fill) {
        for (int count : counts) {
            for (int cached = 0; cached < 2; cached++) {
                AugmentedBitSource a = new AugmentedBitSource(new MT19937(23L));
                AugmentedBitSource b = new AugmentedBitSource(new MT19937(23L));
                if (cached == 1) {
                    LegacyGauss.sample(a);
                    LegacyGauss.sample(b);
                }
                double[] expected = new double[count];
                for (int i = 0; i < count; i++) {
                    expected[i] = sample.applyAsDouble(a);
                }
                double[] actual = new double[count];
                fill.accept(b, actual);
                String what = name + " x" + count + " cached=" + cached;
                assertSameBits(what, expected, actual);
                assertSameState((BitGenerator) a.bitgen(), (BitGenerator) b.bitgen(), what);
                assertEquals(a.hasGauss() + " " + a.gauss(), b.hasGauss() + " " + b.gauss(), what + ": cache");
            }
        }
    }

    @Test
    void binomialTableSearchRestartsAsTheScalarSearch() {
        // a bound far below the mean makes the search pass it and draw again, which NumPy's
        // bounds (n p + 10 sd) make all but impossible: both searches must then read the same draws
        long n = 20;
        double p = 0.3;
        double q = 1.0 - p;
        double qn = org.nprand.math.Libm.exp(n * org.nprand.math.Libm.log1p(-p));
        for (long bound : new long[] {0, 2, 5, 20}) {
            PCG64 a = new PCG64(4L);
            PCG64 b = new PCG64(4L);
            long[] expected = new long[500];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = n - GeneratorBinomial.inversionSearch(a, n, p, q, qn, bound);
            }
            long[] actual = new long[500];
            GeneratorBinomial.inversionFill(b, n, p, q, qn, bound, true, actual, 0, actual.length);
            assertArrayEquals(expected, actual, "bound " + bound);
            assertSameState(a, b, "bound " + bound);
        }
    }

    /** A bit source whose doubles are the given ones, in turn, over and over. */
    private static final class ListedDoubles extends DoublesOnly {
        private final double[] values;
        private int drawn;

        ListedDoubles(double[] values) {
            this.values = values;
        }

        @Override
        public double nextDouble() {
            return values[drawn++ % values.length];
        }
    }

    @Test
    void binomialLookupTableGivesTheSearchResultAtItsThresholds() {
        // the uniforms where the search's result changes (up to rounding, its cumulative
        // probabilities) and the doubles next to them, 0 and the largest double below 1: the
        // table's lookup must give the search's result for each, restarts (bound 3, below the
        // mean) included
        double[][] cases = {{20, 0.3, -1}, {1000, 0.03, -1}, {1e9, 1e-8, -1}, {60, 0.5, -1}, {20, 0.3, 3}};
        for (double[] c : cases) {
            long n = (long) c[0];
            double p = c[1];
            double q = 1.0 - p;
            double qn = org.nprand.math.Libm.exp(n * org.nprand.math.Libm.log1p(-p));
            BinomialState b = new BinomialState();
            GeneratorBinomial.inversionSetUp(n, p, b, false);
            long bound = c[2] >= 0 ? (long) c[2] : b.m;
            List<Double> us = new ArrayList<>(List.of(0.0, Double.MIN_VALUE, Math.nextDown(1.0), 0.5));
            double px = qn;
            double sum = 0.0;
            for (int x = 0; x <= bound; x++) {
                sum += px;
                double u = sum;
                for (int k = 0; k < 40; k++) {
                    u = Math.nextDown(u);
                }
                for (int k = 0; k < 80 && u < 1.0; k++, u = Math.nextUp(u)) {
                    us.add(u);
                }
                px = ((n - x) * p * px) / ((x + 1) * q);
            }
            double[] draws = us.stream().mapToDouble(Double::doubleValue).toArray();
            int count = 40_000; // enough for the table at any of these bounds
            ListedDoubles a = new ListedDoubles(draws);
            long[] expected = new long[count];
            for (int i = 0; i < count; i++) {
                expected[i] = GeneratorBinomial.inversionSearch(a, n, p, q, qn, bound);
            }
            ListedDoubles t = new ListedDoubles(draws);
            long[] actual = new long[count];
            GeneratorBinomial.inversionFill(t, n, p, q, qn, bound, false, actual, 0, count);
            for (int i = 0; i < count; i++) {
                if (expected[i] != actual[i]) {
                    throw new AssertionError("binomial(" + n + ", " + p + ") bound " + bound + ": value " + i
                            + " differs: table " + actual[i] + ", search " + expected[i]);
                }
            }
            assertEquals(a.drawn, t.drawn, "binomial(" + n + ", " + p + ") bound " + bound + ": draws");
        }
    }

    @Test
    void randomBytesAreTheWordsDrawnOneByOneLittleEndian() {
        // across the block size (512 words), with the lengths bytes() keeps: whole words, and
        // 1-3 bytes short of them (negative lengths); PCG64 with a pending 32-bit half first
        for (int words : new int[] {0, 1, 2, 3, 511, 512, 513, 1025}) {
            for (int length : new int[] {4 * words, 4 * words - 1, 4 * words - 3}) {
                if (length < 0) {
                    continue;
                }
                for (int pending = 0; pending < 2; pending++) {
                    BitGenerator[] pair = {new PCG64(5L), new PCG64(5L)};
                    if (words % 2 == 0) {
                        pair = new BitGenerator[] {new MT19937(5L), new MT19937(5L)};
                    }
                    for (int p = 0; p < pending; p++) {
                        pair[0].nextUInt32();
                        pair[1].nextUInt32();
                    }
                    byte[] expected = new byte[length];
                    for (int w = 0; w < words; w++) {
                        int word = pair[0].nextUInt32();
                        for (int b = 4 * w; b < Math.min(length, 4 * w + 4); b++) {
                            expected[b] = (byte) (word >>> (8 * (b & 3)));
                        }
                    }
                    String what = pair[1].getClass().getSimpleName() + " words=" + words + " length=" + length
                            + " pending=" + pending;
                    assertArrayEquals(expected, BoundedIntegers.randomBytes(pair[1], words, length), what);
                    assertSameState(pair[0], pair[1], what);
                }
            }
        }
    }
}
