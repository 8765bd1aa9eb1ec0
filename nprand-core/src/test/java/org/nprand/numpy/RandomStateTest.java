package org.nprand.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.SeedSequence;
import org.nprand.errors.IndexError;
import org.nprand.errors.PythonError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;

/**
 * {@link RandomState} against NumPy 2.4.6. Every expected number was printed by
 * {@code src/test/python/randomstate_vectors.py} (python3 + NumPy 2.4.6 on the reference
 * machine) and pasted here; every error message was captured from the same build.
 */
class RandomStateTest {

    static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);
    static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    static void assertLongs(String what, long[] expected, long[] actual) {
        if (!Arrays.equals(expected, actual)) {
            int i = 0;
            while (i < Math.min(expected.length, actual.length) && expected[i] == actual[i]) {
                i++;
            }
            fail(what + ": first difference at [" + i + "]\n got      " + Arrays.toString(actual)
                    + "\n expected " + Arrays.toString(expected));
        }
    }

    static void assertUnsigned(String what, String[] expected, long[] actual) {
        String[] got = new String[actual.length];
        for (int i = 0; i < actual.length; i++) {
            got[i] = Long.toUnsignedString(actual[i]);
        }
        assertArrayEquals(expected, got, what + ": " + Arrays.toString(got));
    }

    static void assertDoubles(String what, double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
                fail(what + ": first difference at [" + i + "]: got " + actual[i] + ", expected " + expected[i]
                        + "\n got " + Arrays.toString(actual));
            }
        }
    }

    /** Asserts the call raises {@code type} with NumPy's message and leaves the state untouched. */
    static <E extends RuntimeException> void assertRaisesUntouched(RandomState rs, Class<E> type, String message,
                                                                  Consumer<RandomState> call) {
        Object before = rs.getState();
        E e = assertThrows(type, () -> call.accept(rs));
        assertEquals(message, e.getMessage());
        assertTrue(e instanceof PythonError);
        assertEquals(before, rs.getState(), "state changed by a failing call: " + message);
    }

    // ---- the seeding document's examples ---------------------------------------------------

    @Test
    void seed101Randint() {
        RandomState rs = new RandomState();
        rs.seed(101);
        assertLongs("seed(101) randint(1,100,5)", new long[] {96, 12, 82, 71, 64}, rs.randint(1, 100, 5));
        assertLongs("RandomState(101)", new long[] {96, 12, 82, 71, 64}, new RandomState(101).randint(1, 100, 5));
    }

    @Test
    void seed0RandTwiceAndReseed() {
        double[] first = {0.5488135039273248, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969,
            0.4236547993389047};
        double[] second = {0.6458941130666561, 0.4375872112626925, 0.8917730007820798, 0.9636627605010293,
            0.3834415188257777};
        RandomState rs = new RandomState(0);
        assertDoubles("rand(5) #1", first, rs.rand(5));
        assertDoubles("rand(5) #2", second, rs.rand(5));
        rs.seed(0);
        assertDoubles("after seed(0)", first, rs.rand(5));
        rs.seed(0);
        assertEquals(first[0], rs.rand());
        assertEquals(first[1], rs.randomSample());
        assertEquals(first[2], rs.random());
        assertDoubles("random_sample(2)", new double[] {first[3], first[4]}, rs.randomSample(2));
        rs.seed(0);
        assertDoubles("random(5, 1)", first, rs.random(5, 1));
    }

    @Test
    void seed4Randint() {
        assertLongs("seed(4) randint(1,20,5)", new long[] {15, 6, 2, 9, 9}, new RandomState(4).randint(1, 20, 5));
    }

    @Test
    void arraySeeds() {
        assertDoubles("RandomState([1,2,3])", new double[] {0.6098612722867289, 0.8866970434146851,
            0.47633673750662764}, new RandomState(1, 2, 3).rand(3));
        assertDoubles("RandomState([5])", new double[] {0.6229016948897019, 0.7417869892607294},
                new RandomState(new long[] {5}).rand(2));
        RandomState rs = new RandomState(0);
        rs.seed(1, 2, 3);
        assertEquals(0.6098612722867289, rs.rand());
    }

    // ---- shuffle and permutation -----------------------------------------------------------

    @Test
    void shuffleOneDimensional() {
        long[] expected = {2, 8, 4, 9, 1, 6, 7, 3, 0, 5};
        RandomState rs = new RandomState(0);
        long[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        rs.shuffle(a);
        assertLongs("seed(0) shuffle(arange(10))", expected, a);

        int[] ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        new RandomState(0).shuffle(ints);
        assertEquals("[2, 8, 4, 9, 1, 6, 7, 3, 0, 5]", Arrays.toString(ints));
        double[] doubles = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        new RandomState(0).shuffle(doubles);
        assertEquals("[2.0, 8.0, 4.0, 9.0, 1.0, 6.0, 7.0, 3.0, 0.0, 5.0]", Arrays.toString(doubles));

        List<Integer> list = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8));
        new RandomState(1).shuffle(list);
        assertEquals("[8, 2, 6, 7, 1, 0, 4, 3, 5]", list.toString());
    }

    @Test
    void shuffleTwoDimensionalShufflesRows() {
        long[][] a = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}};
        new RandomState(1).shuffle(a);
        assertEquals("[[0, 1, 2], [6, 7, 8], [3, 4, 5]]", Arrays.deepToString(a));

        List<List<Integer>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(List.of(2 * i + 1, 2 * i + 2));
        }
        new RandomState(11).shuffle(rows);
        assertEquals("[[5, 6], [9, 10], [1, 2], [7, 8], [3, 4]]", rows.toString());
    }

    @Test
    void emptyRowsShuffleDrawsNothingButPermutationDraws() {
        RandomState rs = new RandomState(6);
        rs.shuffle(new double[3][0]);
        assertEquals(0.8928601514360016, rs.rand(), "shuffle of a (3, 0) array must not draw");
        RandomState rs2 = new RandomState(6);
        rs2.permutation(new double[3][0]);
        assertEquals(0.3319798053011772, rs2.rand(), "permutation of a (3, 0) array shuffles its index");
    }

    @Test
    void permutation() {
        assertLongs("seed(5) permutation(10)", new long[] {9, 5, 2, 4, 7, 1, 0, 8, 6, 3},
                new RandomState(5).permutation(10));
        double[] x = {0.5, 1.5, 2.5, 3.5, 4.5, 5.5};
        assertDoubles("seed(11) permutation(floats)", new double[] {4.5, 2.5, 5.5, 3.5, 0.5, 1.5},
                new RandomState(11).permutation(x));
        assertDoubles("input untouched", new double[] {0.5, 1.5, 2.5, 3.5, 4.5, 5.5}, x);
        long[][] rows = {{0, 1}, {2, 3}, {4, 5}, {6, 7}};
        assertEquals("[[0, 1], [6, 7], [2, 3], [4, 5]]", Arrays.deepToString(new RandomState(6).permutation(rows)));
        assertEquals("[4.5, 2.5, 5.5, 3.5, 0.5, 1.5]",
                new RandomState(11).permutation(List.of(0.5, 1.5, 2.5, 3.5, 4.5, 5.5)).toString());
        RandomState rs = new RandomState(5);
        assertEquals(0, rs.permutation(-1).length);
        assertEquals(0, rs.permutation(0).length);
        assertEquals(1, rs.permutation(1).length);
        assertEquals(new RandomState(5).rand(), rs.rand(), "permutation(n <= 1) draws nothing");
    }

    // ---- distributions ---------------------------------------------------------------------

    /**
     * LIBM-DEPENDENT: NumPy's numbers come from glibc's {@code log}. On the randomstate branch
     * {@code org.nprand.math.Libm.log} is a StrictMath placeholder, which misses elements 0 and 4
     * by one ulp (0.5726919887696149 vs 0.572691988769615); the uniforms are right (see
     * seed0RandTwiceAndReseed), and the glibc port on libm-explog gives exactly these five values.
     * This test fails until the port is merged. Keep it strict: do not loosen it to a tolerance.
     */
    @Test
    void standardExponential() {
        double[] expected = {0.572691988769615, 0.026268240864502333, 0.797757928205644, 0.5715003170975149,
            0.5453615181246098};
        assertDoubles("seed(2) standard_exponential(5)", expected, new RandomState(2).standardExponential(5));
        assertEquals(expected[0], new RandomState(2).standardExponential());
    }

    @Test
    void triangular() {
        RandomState rs = new RandomState(3);
        assertEquals(20.521581382683877, rs.triangular(10, 20, 30));
        assertDoubles("seed(3) triangular(10,20,30,5)", new double[] {20.521581382683877, 22.35994532242216,
            17.62764365860053, 20.10886867135678, 25.372840057824988}, new RandomState(3).triangular(10, 20, 30, 5));
    }

    @Test
    void triangularBroadcastPath() {
        RandomState rs = new RandomState(12);
        assertDoubles("triangular([0,1,2],[2,3,4],[5],size=(2,3))", new double[] {1.2416233018902003,
            3.5579173297356483, 3.256936788828622, 2.35540001147706, 1.341466982127639, 4.506280468585306},
                tri(rs, new double[] {0, 1, 2}, new double[] {2, 3, 4}, new double[] {5}, new int[] {2, 3}));
        assertDoubles("triangular([0],[2],[5],size=2)", new double[] {3.779640549573686, 0.5781126847453236},
                tri(rs, new double[] {0}, new double[] {2}, new double[] {5}, new int[] {2}));
        assertDoubles("triangular([0,-1],[0.5],[1,2])", new double[] {0.8532848615089718, -0.21422525740366027},
                tri(rs, new double[] {0, -1}, new double[] {0.5}, new double[] {1, 2}, null));
        assertEquals(0.28382835295794584, rs.rand());
    }

    @Test
    void triangularBroadcastErrors() {
        RandomState rs = new RandomState(3);
        double[] l3 = {0, 1, 2};
        double[] m3 = {2, 3, 4};
        double[] r1 = {5};
        assertRaisesUntouched(rs, ValueError.class, "operands could not be broadcast together with shapes (2,) (3,) ",
                r -> tri(r, new double[] {0, 1}, m3, r1, null));
        assertRaisesUntouched(rs, ValueError.class, "shape mismatch: objects cannot be broadcast to a single shape.  "
                + "Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,).",
                r -> tri(r, l3, m3, r1, new int[] {2}));
        assertRaisesUntouched(rs, ValueError.class, "shape mismatch: objects cannot be broadcast to a single shape.  "
                + "Mismatch is between arg 0 with shape (0,) and arg 1 with shape (3,).",
                r -> tri(r, l3, m3, r1, new int[] {0}));
        assertRaisesUntouched(rs, ValueError.class,
                "Output size (1,) is not compatible with broadcast dimensions of inputs (3,).",
                r -> tri(r, l3, m3, r1, new int[] {1}));
        assertRaisesUntouched(rs, ValueError.class,
                "Output size () is not compatible with broadcast dimensions of inputs (3,).",
                r -> tri(r, l3, m3, r1, new int[0]));
        assertRaisesUntouched(rs, ValueError.class, "left > mode",
                r -> tri(r, l3, new double[] {2, 0, 4}, r1, null));
        assertRaisesUntouched(rs, ValueError.class, "mode > right",
                r -> tri(r, l3, new double[] {2, 3, 6}, r1, null));
        assertRaisesUntouched(rs, ValueError.class, "left == right",
                r -> tri(r, new double[] {0, 1, 5}, new double[] {2, 3, 5}, r1, null));
        assertEquals(0, tri(rs, new double[0], new double[] {2}, r1, null).length);
    }

    // ---- randint, every dtype --------------------------------------------------------------

    @Test
    void randintEveryDtype() {
        RandomState rs = new RandomState(7);
        int[] six = {6};
        assertLongs("int64 full", new long[] {-7815732517915138876L, 5163590386780219894L, -1136149262272507693L,
            4122204982959224423L, 8817350276967689401L, 710123494352685591L},
                rs.randint(TWO_63.negate(), TWO_63, six, DType.INT64));
        assertLongs("int64 [0,2**40)", new long[] {309610205529L, 474247592490L, 936371205000L, 719526270950L,
            295789249968L, 546881790343L}, rs.randint(0, 1L << 40, six, DType.INT64));
        assertLongs("int32 [-5,5)", new long[] {-5, 2, 1, -2, 0, 3}, rs.randint(-5, 5, six, DType.INT32));
        assertLongs("uint32 full", new long[] {3999499416L, 1127788727L, 106941365L, 3224501360L, 2579337979L,
            1094761661L}, rs.randint(0, 1L << 32, six, DType.UINT32));
        assertLongs("int16 full", new long[] {12224, 29499, -3806, 23022, -24264, -17675},
                rs.randint(-32768, 32768, six, DType.INT16));
        assertLongs("uint16 [10,1000)", new long[] {211, 152, 472, 115, 560, 633},
                rs.randint(10, 1000, six, DType.UINT16));
        assertLongs("int8 [-128,0)", new long[] {-124, -93, -68, -24, -18, -7}, rs.randint(-128, 0, six, DType.INT8));
        assertLongs("uint8 [0,3)", new long[] {1, 0, 2, 2, 2, 1}, rs.randint(0, 3, six, DType.UINT8));
        assertLongs("bool", new long[] {1, 1, 0, 0, 0, 0}, rs.randint(0, 2, six, DType.BOOL));
        assertUnsigned("uint64 [0,2**64)", new String[] {"13842618608007741267", "12341116079483896065",
            "8628517280083913104", "3778798772684724127", "9053032799012629420", "6869285055660098300"},
                rs.randint(BigInteger.ZERO, TWO_64, six, DType.UINT64));
        assertUnsigned("uint64 [2**63,2**64)", new String[] {"18029868944525367575", "15972858348513635049",
            "15456858749214275008", "14179043832673981831", "15015551562778460252", "10563073041188324576"},
                rs.randint(TWO_63, TWO_64, six, "uint64"));
        assertLongs("uint64 [5,6)", new long[] {5, 5, 5, 5, 5, 5}, rs.randint(5, 6, six, DType.UINT64));
        assertEquals(0.2760490483306951, rs.rand(), "stream position after all dtypes");
    }

    @Test
    void uint64MaskedRejectionAboveTwoTo63() {
        // rng = 3 * 2**62 - 1 >= 2**63: masked with all 64 bits, about one word in four rejected
        // (the block fill's borrow-based acceptance); more values than one block. From NumPy 2.4.6:
        // rs = RandomState(7); v = rs.randint(0, 3 * 2**62, 2100, dtype=np.uint64)
        RandomState rs = new RandomState(7);
        long[] v = rs.randint(BigInteger.ZERO, BigInteger.valueOf(3).shiftLeft(62), new int[] {2100}, DType.UINT64);
        assertUnsigned("v[:4]", new String[] {"1407639518939636932", "8087222774582268115", "13345577019814000231",
            "9933495531207461399"}, Arrays.copyOfRange(v, 0, 4));
        assertUnsigned("v[1000:1004]", new String[] {"11283607344963540651", "4507429877479580624",
            "4602257221829061216", "2976790607976883732"}, Arrays.copyOfRange(v, 1000, 1004));
        assertUnsigned("v[-3:]", new String[] {"6742694556808857240", "5349518254362737888", "3812519526338201669"},
                Arrays.copyOfRange(v, 2097, 2100));
        long sum = 0;
        for (long x : v) {
            sum += x;
        }
        assertEquals("15358647695193355180", Long.toUnsignedString(sum), "sum(v) % 2**64");
        assertEquals(0.2653825991533072, rs.rand(), "stream position after the rejections: rs.rand()");
    }

    @Test
    void scalarSmallDtypesDiscardTheirBuffer() {
        RandomState rs = new RandomState(8);
        long[] scalars = new long[5];
        for (int i = 0; i < 5; i++) {
            scalars[i] = rs.randint(0, 5, DType.INT8);
        }
        assertLongs("scalar int8 x5", new long[] {3, 4, 1, 1, 0}, scalars);
        assertLongs("int8 size 5", new long[] {2, 3, 4, 0, 0}, rs.randint(0, 5, new int[] {5}, DType.INT8));
        long[] bools = {rs.randint(0, 2, DType.BOOL), rs.randint(0, 2, DType.BOOL), rs.randint(0, 2, DType.BOOL)};
        assertLongs("scalar bool x3", new long[] {1, 0, 1}, bools);
        long[] highNone = {rs.randint(5), rs.randint(5), rs.randint(5), rs.randint(5)};
        assertLongs("randint(5) x4", new long[] {0, 4, 1, 3}, highNone);
        assertLongs("size=()", new long[] {2}, rs.randint(0, 5, new int[0]));
        assertEquals(0.8720885848879202, rs.rand());
    }

    @Test
    void randintBroadcastPath() {
        RandomState rs = new RandomState(10);
        assertLongs("randint([1,5,7],10)", new long[] {5, 5, 8}, ri(rs, new long[] {1, 5, 7}, new long[] {10}, null, DType.INT64));
        assertLongs("randint(1,[3,5,10])", new long[] {2, 1, 1}, ri(rs, new long[] {1}, new long[] {3, 5, 10}, null, DType.INT64));
        assertLongs("randint([1,3,5,7],[20],size=(2,4))", new long[] {18, 11, 14, 7, 11, 11, 11, 11},
                ri(rs, new long[] {1, 3, 5, 7}, new long[] {20}, new int[] {2, 4}, DType.INT64));
        assertLongs("randint([0,100],[2,2**40])", new long[] {1, 72226755016L},
                ri(rs, new long[] {0, 100}, new long[] {2, 1L << 40}, null, DType.INT64));
        assertLongs("uint8 (3,2)", new long[] {0, 252, 1, 253, 1, 250},
                ri(rs, new long[] {0, 250}, new long[] {3, 256}, new int[] {3, 2}, DType.UINT8));
        assertLongs("int8", new long[] {1, 3, -2}, ri(rs, new long[] {-5}, new long[] {5, 6, 7}, null, DType.INT8));
        assertLongs("bool (2,2)", new long[] {0, 1, 0, 1},
                ri(rs, new long[] {0, 1}, new long[] {2, 2}, new int[] {2, 2}, DType.BOOL));
        assertLongs("uint64", new long[] {5766838892539419770L, 7},
                ri(rs, new long[] {0, 7}, new long[] {Long.MAX_VALUE, 9}, null, DType.UINT64));
        assertLongs("int16", new long[] {569, 1006}, ri(rs, new long[] {-1000}, new long[] {1000, 30000}, null, DType.INT16));
        assertLongs("uint32 raw", new long[] {3099915464L, 3769327460L, 1253598158L},
                ri(rs, new long[] {0}, new long[] {1L << 32}, new int[] {3}, DType.UINT32));
        assertLongs("size=1 takes the first bounds", new long[] {2},
                ri(rs, new long[] {1, 2, 3}, new long[] {10}, new int[] {1}, DType.INT64));
        assertEquals(0.9177741225129434, rs.rand(), "stream position after the broadcast calls");
    }

    @Test
    void randintBroadcastErrors() {
        RandomState rs = new RandomState(3);
        long[] one23 = {1, 2, 3};
        long[] ten = {10};
        assertRaisesUntouched(rs, ValueError.class, "operands could not be broadcast together with shapes (3,) (4,) ",
                r -> ri(r, one23, new long[] {5, 6, 7, 8}, null, DType.INT64));
        assertRaisesUntouched(rs, ValueError.class, "shape mismatch: objects cannot be broadcast to a single shape.  "
                + "Mismatch is between arg 0 with shape (3,) and arg 2 with shape (2,).",
                r -> ri(r, one23, ten, new int[] {2}, DType.INT64));
        assertRaisesUntouched(rs, ValueError.class, "shape mismatch: objects cannot be broadcast to a single shape.  "
                + "Mismatch is between arg 0 with shape (3,) and arg 2 with shape (3, 2).",
                r -> ri(r, one23, ten, new int[] {3, 2}, DType.INT64));
        assertRaisesUntouched(rs, ValueError.class, "shape mismatch: objects cannot be broadcast to a single shape.  "
                + "Mismatch is between arg 1 with shape (3,) and arg 2 with shape (2,).",
                r -> ri(r, new long[] {1}, new long[] {5, 6, 7}, new int[] {2}, DType.INT64));
        assertRaisesUntouched(rs, ValueError.class, "shape mismatch: objects cannot be broadcast to a single shape.  "
                + "Mismatch is between arg 0 with shape (3,) and arg 2 with shape (6,).",
                r -> ri(r, one23, ten, new int[] {6}, DType.INT8));
        assertRaisesUntouched(rs, ValueError.class, "high <= 0",
                r -> ri(r, new long[] {0, 0}, new long[] {0, 5}, null, DType.INT64));
        assertRaisesUntouched(rs, ValueError.class, "low >= high",
                r -> ri(r, new long[] {0, 1}, new long[] {0, 5}, null, DType.INT64));
        assertRaisesUntouched(rs, ValueError.class, "high <= 0",
                r -> ri(r, new long[] {0, 0}, new long[] {0, 5}, null, DType.UINT64));
        assertRaisesUntouched(rs, ValueError.class, "low is out of bounds for uint64",
                r -> ri(r, new long[] {-1, 0}, new long[] {3, 5}, null, DType.UINT64));
        assertRaisesUntouched(rs, ValueError.class, "low is out of bounds for uint64",
                r -> ri(r, new long[] {-1, 1}, new long[] {3, 4, 5}, null, DType.UINT64));
        assertRaisesUntouched(rs, ValueError.class, "operands could not be broadcast together with shapes (2,) (3,) ",
                r -> ri(r, new long[] {0, 1}, new long[] {3, 4, 5}, null, DType.UINT64));
        assertRaisesUntouched(rs, ValueError.class, "high <= 0",
                r -> ri(r, new long[] {0, 0}, new long[] {0, 5}, null, DType.INT8));
        assertRaisesUntouched(rs, ValueError.class, "high is out of bounds for int8",
                r -> ri(r, new long[] {0, 0}, new long[] {3, 129}, null, DType.INT8));
        assertRaisesUntouched(rs, ValueError.class, "high is out of bounds for int8",
                r -> ri(r, new long[] {0, 1}, new long[] {3, 400, 5}, null, DType.INT8));
        assertRaisesUntouched(rs, ValueError.class, "low is out of bounds for int8",
                r -> ri(r, new long[] {-129, 0}, new long[] {3, 12}, null, DType.INT8));
        assertRaisesUntouched(rs, ValueError.class, "high <= 0",
                r -> ri(r, new long[] {0, 0}, new long[] {-1, 5}, null, DType.UINT8));
        assertRaisesUntouched(rs, ValueError.class, "operands could not be broadcast together with shapes (0,) (3,) ",
                r -> ri(r, new long[0], new long[] {3, 4, 5}, null, DType.INT64));
        assertEquals(0, ri(rs, new long[0], new long[] {3}, null, DType.INT64).length);
        assertEquals(0, ri(rs, new long[] {5}, new long[] {1, 2}, new int[] {0}, DType.INT64).length);
        assertEquals(new RandomState(3).getState(), rs.getState(), "empty results draw nothing");
    }

    @Test
    void dtypeSpellings() {
        assertEquals(DType.INT64, DType.parse("int", "randint"));
        assertEquals(DType.INT64, DType.parse("l", "randint"));
        assertEquals(DType.UINT64, DType.parse("uint", "randint"));
        assertEquals(DType.BOOL, DType.parse("?", "randint"));
        assertEquals(DType.INT32, DType.parse("<i4", "randint"));
        assertEquals(DType.UINT8, DType.parse("B", "randint"));
        assertEquals(DType.INT8, DType.parse("b", "randint"));
    }

    // ---- tomaxint, bytes -------------------------------------------------------------------

    @Test
    void tomaxintAndBytes() {
        RandomState rs = new RandomState(9);
        assertLongs("tomaxint(3)", new long[] {95684721017006254L, 4628976110428979450L, 4572701575255370780L},
                rs.tomaxint(3));
        assertEquals(1234359572038814155L, rs.tomaxint());
        assertArrayEquals(new byte[] {125, 100, 97, 36, 65, 18, 105, 3, 22, 118}, rs.bytes(10));
        assertArrayEquals(new byte[] {(byte) 180, (byte) 145, (byte) 145}, rs.bytes(-1));
        assertArrayEquals(new byte[0], rs.bytes(0));
        assertEquals(0.13752681946829826, rs.rand());
    }

    // ---- state -----------------------------------------------------------------------------

    @Test
    void stateAfterDraws() {
        RandomState rs = new RandomState(12345);
        rs.randomSample(3);
        LegacyState st = (LegacyState) rs.getState();
        assertEquals("MT19937", st.bitGenerator());
        assertEquals(6, st.pos());
        assertArrayEquals(new int[] {1421064939, 1816320966, (int) 3158733292L, (int) 2835703408L},
                Arrays.copyOf(st.key(), 4));
        assertEquals(624, st.key().length);
        assertEquals(0, st.hasGauss());
        assertEquals(0.0, st.gauss());

        @SuppressWarnings("unchecked")
        Map<String, Object> dict = (Map<String, Object>) rs.getState(false);
        assertEquals(List.of("bit_generator", "state", "has_gauss", "gauss"), new ArrayList<>(dict.keySet()));
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) dict.get("state");
        assertEquals(List.of("key", "pos"), new ArrayList<>(inner.keySet()));
        assertEquals(6L, inner.get("pos"));
        assertEquals(0, dict.get("has_gauss"));
        assertEquals(0.0, dict.get("gauss"));

        assertDoubles("next rand(2)", new double[] {0.2045602785530397, 0.5677250290816866}, rs.rand(2));
        assertEquals(623, ((LegacyState) new RandomState().getState()).pos(), "SeedSequence-seeded MT starts at 623");
    }

    @Test
    void legacyTupleRoundTrip() {
        RandomState a = new RandomState(12345);
        a.randomSample(3);
        Object st = a.getState();
        RandomState b = new RandomState(1);
        b.setState(st);
        assertEquals(st, b.getState());
        assertDoubles("continues as NumPy", new double[] {0.2045602785530397, 0.5677250290816866}, b.rand(2));

        // The Python tuple as Object[] / List, 3- and 5-long; the dict form.
        LegacyState ls = (LegacyState) st;
        RandomState c = new RandomState(2);
        c.setState(new Object[] {"MT19937", ls.key(), 6L, 1, 0.43650985051198943});
        assertEquals(new LegacyState("MT19937", ls.key(), 6, 1, 0.43650985051198943), c.getState());
        c.setState(List.of("MT19937", ls.key(), 6));
        assertEquals(new LegacyState("MT19937", ls.key(), 6, 0, 0.0), c.getState(), "3-tuple clears the gauss");
        RandomState d = new RandomState(3);
        d.setState(a.getState(false));
        assertEquals(a.getState(), d.getState());
        assertEquals(0.2045602785530397, d.rand());

        Map<String, Object> dict = new LinkedHashMap<>(ls.toDict());
        dict.remove("has_gauss");
        dict.remove("gauss");
        RandomState e = new RandomState(4);
        e.setState(Map.of("bit_generator", "MT19937", "state", dict.get("state"), "has_gauss", 1, "gauss", 2.5));
        assertEquals(1, ((LegacyState) e.getState()).hasGauss());
        e.setState(dict);
        assertEquals(0, ((LegacyState) e.getState()).hasGauss(), "missing has_gauss defaults to 0");
    }

    @Test
    void seedingResetsTheGaussCache() {
        RandomState rs = new RandomState(1);
        LegacyState ls = (LegacyState) rs.getState();
        rs.setState(new LegacyState("MT19937", ls.key(), ls.pos(), 1, 0.25));
        rs.seed(1);
        assertEquals(ls, rs.getState());
    }

    // ---- errors: NumPy's class and message, nothing drawn ----------------------------------

    @Test
    void randintErrors() {
        RandomState rs = new RandomState(1);
        assertRaisesUntouched(rs, ValueError.class, "low >= high", r -> r.randint(5, 0));
        assertRaisesUntouched(rs, ValueError.class, "low >= high", r -> r.randint(3, 3, 4));
        assertRaisesUntouched(rs, ValueError.class, "low >= high", r -> r.randint(-3, -3));
        assertRaisesUntouched(rs, ValueError.class, "high <= 0", r -> r.randint(0, 0));
        assertRaisesUntouched(rs, ValueError.class, "high <= 0", r -> r.randint(-1));
        assertRaisesUntouched(rs, ValueError.class, "high <= 0", r -> r.randint(0));
        assertRaisesUntouched(rs, ValueError.class, "low >= high", r -> r.randint(5, Long.MIN_VALUE));
        assertRaisesUntouched(rs, ValueError.class, "low is out of bounds for int64",
                r -> r.randint(TWO_63.negate().subtract(BigInteger.ONE), BigInteger.valueOf(5), null, DType.INT64));
        assertRaisesUntouched(rs, ValueError.class, "high is out of bounds for int64",
                r -> r.randint(TWO_63, TWO_63.add(BigInteger.valueOf(5)), null, DType.INT64));
        assertRaisesUntouched(rs, ValueError.class, "high is out of bounds for int8",
                r -> r.randint(0, 300, null, DType.INT8));
        assertRaisesUntouched(rs, ValueError.class, "low is out of bounds for int8",
                r -> r.randint(-200, 0, null, DType.INT8));
        assertRaisesUntouched(rs, ValueError.class, "high is out of bounds for uint64",
                r -> r.randint(BigInteger.ZERO, TWO_64.add(BigInteger.ONE), null, DType.UINT64));
        assertRaisesUntouched(rs, ValueError.class, "low is out of bounds for uint8",
                r -> r.randint(-1, 5, null, DType.UINT8));
        assertRaisesUntouched(rs, ValueError.class, "low is out of bounds for bool",
                r -> r.randint(-1, 2, null, DType.BOOL));
        assertRaisesUntouched(rs, ValueError.class, "high is out of bounds for bool",
                r -> r.randint(0, 3, null, DType.BOOL));
        assertRaisesUntouched(rs, ValueError.class, "high is out of bounds for uint16",
                r -> r.randint(0, 65537, null, DType.UINT16));
        assertRaisesUntouched(rs, ValueError.class, "low is out of bounds for int32",
                r -> r.randint(-2147483649L, 0, null, DType.INT32));
        assertRaisesUntouched(rs, ValueError.class, "high <= 0", r -> r.randint(0, -1, null, DType.UINT64));
        assertRaisesUntouched(rs, ValueError.class, "high <= 0", r -> r.randint(0, 0, null, DType.UINT8));
        assertRaisesUntouched(rs, TypeError.class, "Unsupported dtype dtype('float32') for randint",
                r -> r.randint(BigInteger.ZERO, BigInteger.valueOf(5), null, "float32"));
        assertRaisesUntouched(rs, TypeError.class, "Unsupported dtype dtype('float64') for randint",
                r -> r.randint(BigInteger.valueOf(5), BigInteger.ONE, null, "f8"));
        assertRaisesUntouched(rs, TypeError.class, "data type 'xyz' not understood",
                r -> r.randint(BigInteger.ZERO, BigInteger.valueOf(5), null, "xyz"));
        assertRaisesUntouched(rs, ValueError.class, "negative dimensions are not allowed",
                r -> r.randint(0, 5, 2, -1));
        assertRaisesUntouched(rs, ValueError.class, "low >= high", r -> r.randint(5, 0, -1));
        // A size with no elements returns before the bounds are checked, as in NumPy.
        assertEquals(0, rs.randint(5, 0, 0).length);
        assertEquals(0, rs.randint(5, 0, 3, 0).length);
    }

    @Test
    void otherErrors() {
        RandomState rs = new RandomState(1);
        assertRaisesUntouched(rs, ValueError.class, "Seed must be between 0 and 2**32 - 1", r -> r.seed(-1));
        assertRaisesUntouched(rs, ValueError.class, "Seed must be between 0 and 2**32 - 1", r -> r.seed(1L << 32));
        assertRaisesUntouched(rs, ValueError.class, "Seed must be non-empty", r -> r.seed(new long[0]));
        assertRaisesUntouched(rs, ValueError.class, "Seed must be between 0 and 2**32 - 1", r -> r.seed(1, -2));
        assertRaisesUntouched(rs, TypeError.class, "state must be a dict or a tuple.", r -> r.setState("x"));
        assertRaisesUntouched(rs, ValueError.class, "set_state can only be used with legacy MT19937 state instances.",
                r -> r.setState(new Object[] {"PCG64", 1, 2}));
        assertRaisesUntouched(rs, ValueError.class, "set_state can only be used with legacy MT19937 state instances.",
                r -> r.setState(new LegacyState("PCG64", new int[624], 0)));
        assertRaisesUntouched(rs, ValueError.class, "state dictionary is not valid.", r -> r.setState(Map.of("a", 1)));
        assertRaisesUntouched(rs, IndexError.class, "tuple index out of range",
                r -> r.setState(new Object[] {"MT19937"}));
        assertRaisesUntouched(rs, IndexError.class, "tuple index out of range", r -> r.setState(new Object[0]));
        int[] key = ((LegacyState) rs.getState()).key();
        assertRaisesUntouched(rs, IndexError.class, "tuple index out of range",
                r -> r.setState(new Object[] {"MT19937", key, 5, 1}));
        assertRaisesUntouched(rs, ValueError.class, "negative dimensions are not allowed", r -> r.rand(-1));
        assertRaisesUntouched(rs, ValueError.class, "negative dimensions are not allowed", r -> r.randomSample(-2));
        assertRaisesUntouched(rs, ValueError.class, "negative dimensions are not allowed",
                r -> r.standardExponential(-1));
        assertRaisesUntouched(rs, ValueError.class, "negative dimensions are not allowed", r -> r.tomaxint(-1));
        assertRaisesUntouched(rs, ValueError.class, "left > mode", r -> r.triangular(1, 0, 3));
        assertRaisesUntouched(rs, ValueError.class, "left > mode", r -> r.triangular(1, 0, 3, -1));
        assertRaisesUntouched(rs, ValueError.class, "mode > right", r -> r.triangular(0, 2, 1));
        assertRaisesUntouched(rs, ValueError.class, "left == right", r -> r.triangular(1, 1, 1));
        assertRaisesUntouched(rs, ValueError.class, "negative dimensions are not allowed",
                r -> r.triangular(0, 1, 3, -1));

        ValueError e = assertThrows(ValueError.class, () -> new RandomState(-1));
        assertEquals("Seed must be between 0 and 2**32 - 1", e.getMessage());
        assertEquals("Seed must be non-empty", assertThrows(ValueError.class, () -> new RandomState(new long[0]))
                .getMessage());
    }

    @Test
    void reseedingNeedsMT19937() {
        RandomState rs = new RandomState(new CountingBitGenerator());
        assertEquals("can only re-seed a MT19937 BitGenerator", assertThrows(TypeError.class, () -> rs.seed(5))
                .getMessage());
        assertEquals("can only re-seed a MT19937 BitGenerator", assertThrows(TypeError.class, rs::seed)
                .getMessage());
        assertEquals("can only re-seed a MT19937 BitGenerator", assertThrows(TypeError.class, () -> rs.seed(1, 2))
                .getMessage());
        assertEquals("RandomState(Counting)", rs.toString());
        // get_state() on a non-MT bit generator returns the dict with the gauss fields.
        @SuppressWarnings("unchecked")
        Map<String, Object> st = (Map<String, Object>) rs.getState();
        assertEquals(0, st.get("has_gauss"));
        assertEquals("Counting", st.get("bit_generator"));
    }

    /** A non-MT19937 bit generator for the facade's type checks (not a NumPy stream). */
    static final class CountingBitGenerator extends BitGenerator {
        private long counter;

        @Override
        public String name() {
            return "Counting";
        }

        @Override
        public long randomRaw() {
            return counter++;
        }

        @Override
        public Map<String, Object> getState() {
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("bit_generator", "Counting");
            st.put("state", new LinkedHashMap<>(Map.of("counter", counter)));
            return st;
        }

        @Override
        public void setState(Map<String, ?> state) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SeedSequence seedSequence() {
            return null;
        }

        @Override
        public long nextUInt64() {
            return counter++;
        }

        @Override
        public int nextUInt32() {
            return (int) counter++;
        }

        @Override
        public double nextDouble() {
            return (counter++ % 1000) / 1000.0;
        }
    }

    /** The n-d triangular over 1-d parameters, flat. */
    private static double[] tri(RandomState rs, double[] left, double[] mode, double[] right, int[] size) {
        return rs.triangular(NdArray.of(left), NdArray.of(mode), NdArray.of(right), size).doubles();
    }

    /** The n-d randint over 1-d int64 bounds, as longs (bools as 0 and 1). */
    private static long[] ri(RandomState rs, long[] low, long[] high, int[] size, DType dtype) {
        NdArray out = rs.randint(NdArray.ofInts(low), NdArray.ofInts(high), size, dtype);
        if (out.data() instanceof boolean[]) {
            boolean[] b = (boolean[]) out.data();
            long[] l = new long[b.length];
            for (int i = 0; i < b.length; i++) {
                l[i] = b[i] ? 1 : 0;
            }
            return l;
        }
        return out.longs();
    }
}
