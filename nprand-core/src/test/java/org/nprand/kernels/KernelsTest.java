package org.nprand.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Kernels over replayed MT19937 words of NumPy's {@code RandomState(12345)}. Every expected array
 * and every "consumed" count (raw 32-bit words drawn) was printed by NumPy 2.4.6 with
 * {@code src/test/python/kernel_vectors.py}; masked cases are {@code RandomState.randint}, Lemire
 * cases are {@code Generator(rs._bit_generator).integers}.
 */
class KernelsTest {

    // ---- helpers ---------------------------------------------------------------------------

    static void assertLongs(String what, long[] expected, long[] actual) {
        if (expected.length != actual.length) {
            fail(what + ": length " + actual.length + ", expected " + expected.length);
        }
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                fail(what + ": first difference at [" + i + "]: got " + actual[i] + ", expected " + expected[i]
                        + "\n got      " + Arrays.toString(actual) + "\n expected " + Arrays.toString(expected));
            }
        }
    }

    static void assertDoubles(String what, double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
                fail(what + ": first difference at [" + i + "]: got " + actual[i] + ", expected " + expected[i]);
            }
        }
    }

    /** int64/uint64 dtype: NumPy's low/high reduced to (off, rng) as _rand_int64 does. */
    static void check64(String what, long low, long highInclusive, boolean masked, long[] expected, int consumed) {
        ReplaySource src = ReplaySource.rs12345();
        long[] out = new long[expected.length];
        BoundedIntegers.fillUInt64(src, low, highInclusive - low, masked, out, 0, out.length);
        assertLongs(what, expected, out);
        assertEquals(consumed, src.consumed(), what + ": words consumed");
    }

    static void check32(String what, long low, long highInclusive, boolean signed, boolean masked,
                        long[] expected, int consumed) {
        ReplaySource src = ReplaySource.rs12345();
        int[] out = new int[expected.length];
        BoundedIntegers.fillUInt32(src, (int) low, (int) (highInclusive - low), masked, out, 0, out.length);
        long[] widened = new long[out.length];
        for (int i = 0; i < out.length; i++) {
            widened[i] = signed ? out[i] : out[i] & 0xFFFF_FFFFL;
        }
        assertLongs(what, expected, widened);
        assertEquals(consumed, src.consumed(), what + ": words consumed");
    }

    static void check16(String what, long low, long highInclusive, boolean signed, boolean masked,
                        long[] expected, int consumed) {
        ReplaySource src = ReplaySource.rs12345();
        short[] out = new short[expected.length];
        BoundedIntegers.fillUInt16(src, (short) low, (short) (highInclusive - low), masked, out, 0, out.length);
        long[] widened = new long[out.length];
        for (int i = 0; i < out.length; i++) {
            widened[i] = signed ? out[i] : out[i] & 0xFFFF;
        }
        assertLongs(what, expected, widened);
        assertEquals(consumed, src.consumed(), what + ": words consumed");
    }

    static void check8(String what, long low, long highInclusive, boolean signed, boolean masked,
                       long[] expected, int consumed) {
        ReplaySource src = ReplaySource.rs12345();
        byte[] out = new byte[expected.length];
        BoundedIntegers.fillUInt8(src, (byte) low, (byte) (highInclusive - low), masked, out, 0, out.length);
        long[] widened = new long[out.length];
        for (int i = 0; i < out.length; i++) {
            widened[i] = signed ? out[i] : out[i] & 0xFF;
        }
        assertLongs(what, expected, widened);
        assertEquals(consumed, src.consumed(), what + ": words consumed");
    }

    // ---- masked rejection (RandomState.randint) --------------------------------------------

    @Test
    void maskedInt64SmallRangeUsesNextUInt32() {
        check64("int64 [0,100)", 0, 99, true, new long[] {98L, 29L, 1L, 36L, 41L, 34L, 29L, 1L, 59L, 14L}, 16);
    }

    @Test
    void maskedInt64LargeRangeUsesNextUInt64() {
        check64("int64 [0,2**40)", 0, (1L << 40) - 1, true,
                new long[] {974485794277L, 125115435137L, 704545402281L, 1094471209342L, 436076954146L}, 10);
        check64("uint64 [0,3*2**40+5]", 0, 3 * (1L << 40) + 5, true,
                new long[] {2073997422053L, 1224627062913L, 1804057030057L, 1535588581922L}, 10);
    }

    @Test
    void maskedInt64NearlyFullRange() {
        check64("int64 [-2**63,2**63-1)", Long.MIN_VALUE, Long.MAX_VALUE - 1, true,
                new long[] {7925018004216163813L, -3387273043155482495L, -5830668775620498007L}, 6);
        check64("uint64 [0,2**64-1)", 0, -2L, true,
                new long[] {-1298354032638611995L, 5836098993699293313L, 3392703261234277801L}, 6);
    }

    @Test
    void fullRangesReturnRawWords() {
        check64("uint64 [0,2**64)", 0, -1L, true,
                new long[] {-1298354032638611995L, 5836098993699293313L, 3392703261234277801L}, 6);
        check64("int64 [0,2**32)", 0, 0xFFFF_FFFFL, true, new long[] {3992670690L, 3823185381L, 1358822685L}, 3);
        check64("int64 [-7,-7+2**32-1)", -7, -7 + 0xFFFF_FFFFL, true,
                new long[] {3992670683L, 3823185374L, 1358822678L}, 3);
        check32("int32 [-2**31,2**31)", Integer.MIN_VALUE, Integer.MAX_VALUE, true, true,
                new long[] {1845187042L, 1675701733L, -788660963L}, 3);
        check16("uint16 [0,65536)", 0, 65535, false, true, new long[] {20962L, 60923L, 11749L, 58337L, 64797L}, 3);
        check8("uint8 [0,256)", 0, 255, false, true, new long[] {226L, 81L, 251L, 237L, 229L, 45L}, 2);
        check8("int8 [-128,128)", -128, 127, true, true, new long[] {98L, -47L, 123L, 109L, 101L, -83L}, 2);
    }

    @Test
    void maskedUInt32() {
        check32("uint32 [0,1000)", 0, 999, false, true, new long[] {482L, 485L, 285L, 129L, 420L, 425L, 382L}, 8);
    }

    @Test
    void maskedInt16UsesHalfWordsLowFirst() {
        check16("int16 [-300,300)", -300, 299, true, true,
                new long[] {182L, 207L, 185L, -15L, -47L, -171L, 74L, 120L, 125L}, 6);
    }

    @Test
    void maskedInt8UsesBytesLowFirst() {
        check8("int8 [-100,27)", -100, 26, true, true,
                new long[] {-2L, -19L, 23L, 9L, 1L, -55L, -3L, -1L, -71L, 25L, 25L}, 3);
    }

    @Test
    void zeroRangeDrawsNothing() {
        check8("int8 [5,6)", 5, 5, true, true, new long[] {5L, 5L, 5L, 5L}, 0);
        check64("int64 [9,10)", 9, 9, true, new long[] {9L, 9L}, 0);
        ReplaySource src = ReplaySource.rs12345();
        boolean[] out = new boolean[3];
        BoundedIntegers.fillBool(src, true, false, out, 0, 3);
        assertEquals("[true, true, true]", Arrays.toString(out));
        assertEquals(0, src.consumed());
    }

    @Test
    void boolUsesBitsLowFirst() {
        long[] expected = {0L, 1L, 0L, 0L, 0L, 1L, 1L, 1L, 1L, 0L, 0L, 0L, 1L, 0L, 1L, 0L, 1L, 1L, 0L, 1L, 1L, 1L,
            1L, 1L, 1L, 0L, 1L, 1L, 0L, 1L, 1L, 1L, 1L, 0L, 1L, 0L, 0L, 1L, 1L, 1L};
        ReplaySource src = ReplaySource.rs12345();
        boolean[] out = new boolean[40];
        BoundedIntegers.fillBool(src, false, true, out, 0, 40);
        long[] widened = new long[40];
        for (int i = 0; i < 40; i++) {
            widened[i] = out[i] ? 1 : 0;
        }
        assertLongs("bool [0,2) x40", expected, widened);
        assertEquals(2, src.consumed());
    }

    @Test
    void positiveInt64IsTomaxint() {
        ReplaySource src = ReplaySource.rs12345();
        long[] out = {BoundedIntegers.positiveInt64(src), BoundedIntegers.positiveInt64(src),
            BoundedIntegers.positiveInt64(src)};
        assertLongs("tomaxint", new long[] {8574195020535469810L, 2918049496849646656L, 1696351630617138900L}, out);
        assertEquals(6, src.consumed());
    }

    @Test
    void genMaskIsTheSmallestAllOnesMaskAtLeastMax() {
        // NumPy's gen_mask: 0 -> 0, otherwise 2**k - 1 with k the bit length of max (unsigned)
        List<Long> maxes = new ArrayList<>(List.of(0L, 1L, 2L, 3L, 98L, 99L, 255L, 256L, 0xFFFF_FFFFL,
                0x1_0000_0000L, Long.MAX_VALUE, Long.MIN_VALUE, -1L, -2L));
        for (int k = 0; k < 64; k++) {
            maxes.add(1L << k);
            maxes.add((1L << k) - 1);
            maxes.add((1L << k) + 1);
        }
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            maxes.add(r.nextLong() >>> r.nextInt(64));
        }
        for (long max : maxes) {
            int bits = new java.math.BigInteger(Long.toUnsignedString(max)).bitLength();
            long expected = java.math.BigInteger.ONE.shiftLeft(bits).subtract(java.math.BigInteger.ONE).longValue();
            assertEquals(expected, BoundedIntegers.genMask(max), "gen_mask(" + Long.toUnsignedString(max) + ")");
        }
    }

    @Test
    void boundedUInt64SingleValuesMatchFill() {
        long[] expected = {974485794277L, 125115435137L, 704545402281L};
        ReplaySource src = ReplaySource.rs12345();
        long rng = (1L << 40) - 1;
        long[] out = new long[3];
        for (int i = 0; i < 3; i++) {
            out[i] = BoundedIntegers.boundedUInt64(src, 0, rng, BoundedIntegers.genMask(rng), true);
        }
        assertLongs("boundedUInt64 [0,2**40)", expected, out);
    }

    // ---- Lemire (Generator.integers over the same MT19937 words) ---------------------------

    @Test
    void lemireAllWidths() {
        check64("lemire int64 [0,100)", 0, 99, false, new long[] {92L, 89L, 31L, 13L, 18L, 3L, 20L, 82L, 56L, 53L}, 10);
        check64("lemire int64 [0,2**40)", 0, (1L << 40) - 1, false,
                new long[] {1022123696867L, 347858607393L, 202220872714L, 224916405971L, 624220267912L}, 10);
        check64("lemire int64 [-2**63,2**63-1)", Long.MIN_VALUE, Long.MAX_VALUE - 1, false,
                new long[] {7925018004216163812L, -3387273043155482496L, -5830668775620498008L}, 6);
        check64("lemire uint64 [0,2**64)", 0, -1L, false,
                new long[] {-1298354032638611995L, 5836098993699293313L, 3392703261234277801L}, 6);
        check64("lemire uint64 [0,3*2**62)", 0, 3 * (1L << 62) - 1, false,
                new long[] {-5585451542906346901L, 4377074245274469984L, 2544527445925708350L, 2830103343696510238L}, 8);
        check32("lemire uint32 [0,1000)", 0, 999, false, false,
                new long[] {929L, 890L, 316L, 130L, 183L, 39L, 204L}, 7);
        check16("lemire int16 [-300,300)", -300, 299, true, false,
                new long[] {-109L, 257L, -193L, 234L, 293L, -111L, -281L, -222L, -119L}, 5);
        check8("lemire int8 [-100,27)", -100, 26, true, false,
                new long[] {12L, -60L, 24L, 17L, 13L, -78L, 11L, 12L, -86L, 25L, 25L}, 3);
        check8("lemire uint8 [0,3)", 0, 2, false, false, new long[] {2L, 0L, 2L, 2L, 2L, 0L, 2L, 2L, 0L}, 3);
    }

    // ---- random_interval and shuffles ------------------------------------------------------

    @Test
    void permutationOfTen() {
        long[] expected = {0L, 7L, 3L, 9L, 6L, 4L, 1L, 8L, 5L, 2L};
        ReplaySource src = ReplaySource.rs12345();
        long[] a = new long[10];
        for (int i = 0; i < 10; i++) {
            a[i] = i;
        }
        RandomInterval.shuffle(src, a, 0, 10);
        assertLongs("permutation(10)", expected, a);
        assertEquals(9, src.consumed());

        // The same swaps on every array form.
        List<Integer> list = new ArrayList<>();
        Object[] objects = new Object[10];
        int[] ints = new int[10];
        double[] doubles = new double[10];
        for (int i = 0; i < 10; i++) {
            list.add(i);
            objects[i] = i;
            ints[i] = i;
            doubles[i] = i;
        }
        RandomInterval.shuffle(ReplaySource.rs12345(), list);
        RandomInterval.shuffle(ReplaySource.rs12345(), objects, 0, 10);
        RandomInterval.shuffle(ReplaySource.rs12345(), ints, 0, 10);
        RandomInterval.shuffle(ReplaySource.rs12345(), doubles, 0, 10);
        long[] fromSwapper = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        RandomInterval.shuffle(ReplaySource.rs12345(), 10, (i, j) -> {
            long t = fromSwapper[(int) i];
            fromSwapper[(int) i] = fromSwapper[(int) j];
            fromSwapper[(int) j] = t;
        });
        assertEquals("[0, 7, 3, 9, 6, 4, 1, 8, 5, 2]", list.toString());
        assertEquals("[0, 7, 3, 9, 6, 4, 1, 8, 5, 2]", Arrays.toString(objects));
        assertEquals("[0, 7, 3, 9, 6, 4, 1, 8, 5, 2]", Arrays.toString(ints));
        assertEquals("[0.0, 7.0, 3.0, 9.0, 6.0, 4.0, 1.0, 8.0, 5.0, 2.0]", Arrays.toString(doubles));
        assertLongs("swapper", expected, fromSwapper);
    }

    @Test
    void randomIntervalAbove32BitsIsMasked64() {
        // random_interval(max) draws exactly as masked randint(0, max + 1, dtype=uint64).
        ReplaySource src = ReplaySource.rs12345();
        long max = 3 * (1L << 40) + 5;
        long[] out = new long[4];
        for (int i = 0; i < 4; i++) {
            out[i] = RandomInterval.draw(src, max);
        }
        assertLongs("random_interval(3*2**40+5)", new long[] {2073997422053L, 1224627062913L, 1804057030057L,
            1535588581922L}, out);
        assertEquals(10, src.consumed());
        ReplaySource none = ReplaySource.rs12345();
        assertEquals(0, RandomInterval.draw(none, 0));
        assertEquals(0, none.consumed());
    }

    // ---- doubles ---------------------------------------------------------------------------

    @Test
    void uniformFill() {
        ReplaySource src = ReplaySource.rs12345();
        double[] out = new double[5];
        for (int i = 0; i < 5; i++) {
            out[i] = Uniform.sample(src, 0.0, 1.0); // random_uniform(0, 1): exactly next_double
        }
        assertDoubles("random_sample(5)", new double[] {0.9296160928171479, 0.3163755545817859, 0.18391881167709445,
            0.2045602785530397, 0.5677250290816866}, out);
        assertEquals(10, src.consumed());
    }

    /** NumPy's numbers with glibc's {@code log}. Do not loosen this comparison. */
    @Test
    void legacyStandardExponential() {
        ReplaySource src = ReplaySource.rs12345();
        double[] out = new double[10];
        org.nprand.kernels.legacy.AugmentedBitSource aug = new org.nprand.kernels.legacy.AugmentedBitSource(src);
        for (int i = 0; i < 10; i++) {
            out[i] = org.nprand.kernels.legacy.LegacyStandardExponential.sample(aug);
        }
        assertDoubles("standard_exponential(10)", new double[] {2.6537906331017487, 0.380346568552371,
            0.20324143347362159, 0.22886020849774785, 0.8386933864671793, 0.9052140627545171, 3.338631672804025,
            1.0589409949402657, 1.3819304469947868, 1.0600741281655215}, out);
        assertEquals(20, src.consumed());
    }

    @Test
    void triangular() {
        ReplaySource src = ReplaySource.rs12345();
        double[] out = new double[10];
        fillTriangular(src, 10, 20, 30, out, 10);
        assertDoubles("triangular(10,20,30)", new double[] {26.24809629167133, 17.95456541341871, 16.0649618577052,
            16.396253255665222, 20.70188222360769, 21.006054291683228, 27.33596245280295, 21.67145987428254,
            22.913486577080544, 21.67617721058089}, out);
        assertEquals(20, src.consumed());

        double[] left = new double[4];
        fillTriangular(ReplaySource.rs12345(), 0, 0, 1, left, 4);
        assertDoubles("triangular(0,0,1)", new double[] {0.7347003445481843, 0.17318415265658216,
            0.09662787937478079, 0.10812572553808897}, left);
        double[] right = new double[4];
        fillTriangular(ReplaySource.rs12345(), -1, 1, 1, right, 4);
        assertDoubles("triangular(-1,1,1)", new double[] {0.9283320179026722, 0.12494542904406858,
            -0.1422848685557787, -0.09543318974651804}, right);
    }

    private static void fillTriangular(org.nprand.bitgen.BitSource src, double left, double mode, double right,
                                       double[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = Triangular.sample(src, left, mode, right);
        }
    }
}
