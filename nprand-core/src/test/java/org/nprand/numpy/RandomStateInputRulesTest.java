package org.nprand.numpy;

import org.nprand.internal.nd.Shapes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nprand.numpy.RandomStateTest.assertRaisesUntouched;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nprand.errors.IndexError;
import org.nprand.errors.MemoryError;
import org.nprand.errors.OverflowError;
import org.nprand.errors.PythonError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;

/**
 * {@link RandomState}'s handling of edge inputs against NumPy 2.4.6: {@code bytes} with any
 * length, sizes at the {@code intp} and Java array limits, {@code set_state}'s value conversions,
 * dtype spellings, and {@code null} sizes. Every expected value was printed by
 * {@code src/test/python/randomstate_input_rules_vectors.py} (python3 + NumPy 2.4.6).
 */
class RandomStateInputRulesTest {

    private static final String TOO_BIG =
            "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.";
    private static final String NEGATIVE = "negative dimensions are not allowed";
    /** {@code RandomState(3).random_sample()}: nothing drawn before it. */
    private static final double FIRST_OF_3 = 0.5507979025745755;
    /** {@code random_sample()} after one 32-bit word was drawn from {@code RandomState(3)}. */
    private static final double AFTER_ONE_WORD = 0.07072488001099086;

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    // ---- bytes(length) ---------------------------------------------------------------------

    @Test
    void bytesOfEveryLengthDrawsAsNumPy() {
        // length -> expected bytes, and random_sample() afterwards (which shows the words drawn).
        Object[][] cases = {
            {-1L, bytes(106, 23, 1), AFTER_ONE_WORD},
            {-2L, bytes(106, 23), AFTER_ONE_WORD},
            {-3L, bytes(), FIRST_OF_3},
            {-6L, bytes(), FIRST_OF_3},
            {0L, bytes(), AFTER_ONE_WORD},
            {1L, bytes(106), AFTER_ONE_WORD},
            {5L, bytes(106, 23, 1, 141, 152), 0.7081478226181048},
        };
        for (Object[] c : cases) {
            long length = (Long) c[0];
            RandomState rs = new RandomState(3);
            assertArrayEquals((byte[]) c[1], rs.bytes(length), "bytes(" + length + ")");
            assertEquals((Double) c[2], rs.randomSample(), "draws of bytes(" + length + ")");
        }
    }

    @Test
    void bytesErrors() {
        RandomState rs = new RandomState(3);
        for (long length : new long[] {-7, -8, -9, Integer.MIN_VALUE}) {
            assertRaisesUntouched(rs, ValueError.class, NEGATIVE, r -> r.bytes(length));
        }
        assertRaisesUntouched(rs, ValueError.class, TOO_BIG, r -> r.bytes(Long.MIN_VALUE));
        assertRaisesUntouched(rs, ValueError.class, TOO_BIG, r -> r.bytes(Long.MAX_VALUE));
        assertRaisesUntouched(rs, MemoryError.class, "Unable to allocate 4.00 EiB for an array with shape "
                + "(1152921504606846976,) and data type uint32", r -> r.bytes(1L << 62));
        // NumPy could return 2**31 - 1 bytes; a Java array cannot hold them.
        assertRaisesUntouched(rs, MemoryError.class, "Unable to allocate 2.00 GiB for an array with shape "
                + "(536870912,) and data type uint32", r -> r.bytes(Integer.MAX_VALUE));
        assertEquals(FIRST_OF_3, rs.randomSample());
    }

    // ---- sizes at the intp and Java limits -------------------------------------------------

    @Test
    void sizeOverflowingIntpIsTooBigEvenWithAZeroDimension() {
        RandomState rs = new RandomState(3);
        int m = Integer.MAX_VALUE;
        int g = 1 << 30;
        assertRaisesUntouched(rs, ValueError.class, TOO_BIG, r -> r.randomSample(m, m, m, 0));
        assertRaisesUntouched(rs, ValueError.class, TOO_BIG, r -> r.randomSample(0, m, m, m));
        assertRaisesUntouched(rs, ValueError.class, TOO_BIG, r -> r.randomSample(m, m, m, -1));
        assertRaisesUntouched(rs, ValueError.class, NEGATIVE, r -> r.randomSample(3, -1, 0));
        assertRaisesUntouched(rs, ValueError.class, TOO_BIG, r -> r.randomSample(g, g));
        assertRaisesUntouched(rs, ValueError.class, TOO_BIG, r -> r.standardExponential(g, g, 0));
        assertRaisesUntouched(rs, ValueError.class, TOO_BIG, r -> r.tomaxint(g, g, 0));
        assertRaisesUntouched(rs, ValueError.class, TOO_BIG, r -> r.triangular(0, 1, 2, g, g, 0));
        // randint: the dtype's itemsize counts; 2**60 int8 bytes fit in intp.
        assertEquals(0, rs.randint(0, 5, new int[] {g, g, 0}, DType.INT8).length);
        assertRaisesUntouched(rs, ValueError.class, TOO_BIG, r -> r.randint(0, 5, new int[] {g, g, 0}, DType.INT64));
        assertRaisesUntouched(rs, ValueError.class, TOO_BIG,
                r -> r.randint(0, 5, new int[] {g, g, 4, 0}, DType.INT16));
        // A non-empty size is checked after the bounds.
        assertRaisesUntouched(rs, ValueError.class, "low >= high", r -> r.randint(5, 0, new int[] {g, g}, DType.INT8));
        assertEquals(FIRST_OF_3, rs.randomSample());
    }

    @Test
    void sizeBeyondAJavaArrayIsMemoryError() {
        RandomState rs = new RandomState(3);
        assertRaisesUntouched(rs, MemoryError.class, "Unable to allocate 16.0 GiB for an array with shape "
                + "(2147483640,) and data type float64", r -> r.randomSample(Integer.MAX_VALUE - 7));
        assertRaisesUntouched(rs, MemoryError.class, "Unable to allocate 4.00 EiB for an array with shape "
                + "(1073741824, 536870912) and data type float64", r -> r.rand(1 << 30, 1 << 29));
        assertRaisesUntouched(rs, MemoryError.class, "Unable to allocate 4.00 GiB for an array with shape "
                + "(1073741824, 4) and data type int8", r -> r.randint(0, 5, new int[] {1 << 30, 4}, DType.INT8));
        assertRaisesUntouched(rs, MemoryError.class, "Unable to allocate 4.00 GiB for an array with shape "
                + "(3, 715827882) and data type int16", r -> r.randint(0, 5, new int[] {3, 715827882}, DType.INT16));
        MemoryError e = assertThrows(MemoryError.class, () -> rs.tomaxint(1 << 30, 2));
        assertEquals("MemoryError", e.pythonType());
        assertEquals(FIRST_OF_3, rs.randomSample());
    }

    @Test
    void memoryErrorMessagesFormatSizesAsNumPy() {
        assertEquals("1023. MiB", Shapes.sizeToString(1023L * (1 << 20) + 600));
        assertEquals("1000. GiB", Shapes.sizeToString(1000L * (1 << 30) - 1));
        assertEquals("8.00 TiB", Shapes.sizeToString(8L << 40));
        assertEquals("16.0 GiB", Shapes.sizeToString(16L << 30));
    }

    @Test
    void permutationLimits() {
        RandomState rs = new RandomState(3);
        assertRaisesUntouched(rs, ValueError.class, TOO_BIG, r -> r.permutation(1L << 60));
        // arange's length is ceil((double) n): 2**60 - 1 rounds up to 2**60.
        assertRaisesUntouched(rs, ValueError.class, TOO_BIG, r -> r.permutation((1L << 60) - 1));
        assertRaisesUntouched(rs, ValueError.class, TOO_BIG, r -> r.permutation(Long.MAX_VALUE - 512));
        assertRaisesUntouched(rs, MemoryError.class, "Unable to allocate 8.00 TiB for an array with shape "
                + "(1099511627776,) and data type int64", r -> r.permutation(1L << 40));
        assertRaisesUntouched(rs, MemoryError.class, "Unable to allocate 4.00 EiB for an array with shape "
                + "(576460752303423488,) and data type int64", r -> r.permutation(1L << 59));
        assertRaisesUntouched(rs, MemoryError.class, "Unable to allocate 16.0 GiB for an array with shape "
                + "(2147483648,) and data type int64", r -> r.permutation(1L << 31));
        // Lengths that round to 2**63 as a double become INT64_MIN in C: an empty array.
        assertEquals(0, rs.permutation(Long.MAX_VALUE).length);
        assertEquals(0, rs.permutation(Long.MAX_VALUE - 511).length);
        assertEquals(FIRST_OF_3, rs.randomSample());
    }

    // ---- null sizes mean size=None ---------------------------------------------------------

    @Test
    void nullSizeIsNone() {
        RandomState rs = new RandomState(7);
        assertArrayEquals(new double[] {0.07630828937395717}, rs.randomSample((int[]) null));
        assertArrayEquals(new double[] {0.7799187922401146}, rs.rand((int[]) null));
        assertArrayEquals(new double[] {0.5769818641565158}, rs.standardExponential((int[]) null));
        assertArrayEquals(new long[] {6672788509907000115L}, rs.tomaxint((int[]) null));
        assertArrayEquals(new double[] {2.636595365989392}, rs.triangular(0, 1, 3, (int[]) null));
        assertArrayEquals(new long[] {14}, rs.randint(0, 100, (int[]) null));
        assertArrayEquals(new double[] {0.26387083903789865}, rs.random((int[]) null));
    }

    // ---- set_state conversions -------------------------------------------------------------

    private static Object[] tuple(int[] key, Object hasGauss, Object gauss) {
        return new Object[] {"MT19937", key, 624L, hasGauss, gauss};
    }

    @Test
    void setStateRejectsWhatCythonRejects() {
        RandomState rs = new RandomState(0);
        int[] key = ((LegacyState) rs.getState()).key();
        BigInteger two = BigInteger.TWO;
        Object[][] hasGaussCases = {
            {two.pow(32), OverflowError.class, "value too large to convert to int"},
            {two.pow(31), OverflowError.class, "value too large to convert to int"},
            {-2147483649L, OverflowError.class, "value too large to convert to int"},
            {Long.MAX_VALUE, OverflowError.class, "value too large to convert to int"},
            {Long.MIN_VALUE, OverflowError.class, "value too large to convert to int"},
            {two.pow(63), OverflowError.class, "Python int too large to convert to C long"},
            {two.pow(64).negate(), OverflowError.class, "Python int too large to convert to C long"},
            {1e10, OverflowError.class, "value too large to convert to int"},
            {2147483648.0, OverflowError.class, "value too large to convert to int"},
            {9.3e18, OverflowError.class, "Python int too large to convert to C long"},
            {1e300, OverflowError.class, "Python int too large to convert to C long"},
            {Double.NaN, ValueError.class, "cannot convert float NaN to integer"},
            {Double.POSITIVE_INFINITY, OverflowError.class, "cannot convert float infinity to integer"},
            {null, TypeError.class, "an integer is required"},
            {"1", TypeError.class, "an integer is required"},
        };
        for (Object[] c : hasGaussCases) {
            @SuppressWarnings("unchecked")
            Class<RuntimeException> type = (Class<RuntimeException>) c[1];
            assertRaisesUntouched(rs, type, (String) c[2], r -> r.setState(tuple(key, c[0], 0.5)));
        }
        BigInteger justTooBig = two.pow(1024).subtract(two.pow(970)); // rounds up to 2**1024
        Object[][] gaussCases = {
            {BigInteger.TEN.pow(400), OverflowError.class, "int too large to convert to float"},
            {BigInteger.TEN.pow(400).negate(), OverflowError.class, "int too large to convert to float"},
            {justTooBig, OverflowError.class, "int too large to convert to float"},
            {"x", TypeError.class, "must be real number, not str"},
            {null, TypeError.class, "must be real number, not NoneType"},
        };
        for (Object[] c : gaussCases) {
            @SuppressWarnings("unchecked")
            Class<RuntimeException> type = (Class<RuntimeException>) c[1];
            assertRaisesUntouched(rs, type, (String) c[2], r -> r.setState(tuple(key, 1, c[0])));
        }
        // gauss is converted first.
        assertRaisesUntouched(rs, OverflowError.class, "int too large to convert to float",
                r -> r.setState(tuple(key, two.pow(32), BigInteger.TEN.pow(400))));
        Map<String, Object> dict = new LinkedHashMap<>(((LegacyState) rs.getState()).toDict());
        dict.put("has_gauss", two.pow(32));
        assertRaisesUntouched(rs, OverflowError.class, "value too large to convert to int", r -> r.setState(dict));
    }

    @Test
    void setStateConvertsWhatCythonAccepts() {
        RandomState rs = new RandomState(0);
        int[] key = ((LegacyState) rs.getState()).key();
        BigInteger two = BigInteger.TWO;
        // (has_gauss, gauss) -> the gauss NumPy stores, then the has_gauss it reads back (the C
        // int it stores: 2.5 -> 2, -2.7 -> -2, checked with NumPy 2.4.6)
        Object[][] cases = {
            {2.5, 0.5, 0.5, 2},
            {-2.7, 0.5, 0.5, -2},
            {1, two.pow(1024).subtract(two.pow(970)).subtract(BigInteger.ONE), 1.7976931348623157e308},
            {1, two.pow(53).add(BigInteger.ONE), 9007199254740992.0},
            {1, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY},
            {1, true, 1.0},
            {1, 7L, 7.0},
            {true, 0.25, 0.25},
        };
        for (Object[] c : cases) {
            rs.setState(tuple(key, c[0], c[1]));
            LegacyState st = (LegacyState) rs.getState();
            assertEquals(c.length > 3 ? (int) c[3] : 1, st.hasGauss(), "has_gauss " + c[0]);
            assertEquals((Double) c[2], st.gauss(), "gauss " + c[1]);
        }
    }

    @Test
    void setStateSetsTheGaussBeforeTheBitGeneratorFails() {
        // NumPy: set_state(('MT19937', key[:10], 5, 1, 0.25)) raises IndexError and get_state()
        // then shows pos 624 (unchanged) with has_gauss 1, gauss 0.25.
        RandomState rs = new RandomState(0);
        int[] shortKey = Arrays.copyOf(((LegacyState) rs.getState()).key(), 10);
        RuntimeException e = assertThrows(IndexError.class,
                () -> rs.setState(new Object[] {"MT19937", shortKey, 5L, 1, 0.25}));
        assertEquals("index 10 is out of bounds for axis 0 with size 10", e.getMessage());
        LegacyState st = (LegacyState) rs.getState();
        assertEquals(624, st.pos());
        assertEquals(1, st.hasGauss());
        assertEquals(0.25, st.gauss());
        assertEquals(FIRST_OF_0, rs.randomSample());
    }

    /** {@code RandomState(0).random_sample()}. */
    private static final double FIRST_OF_0 = 0.5488135039273248;

    // ---- dtype spellings -------------------------------------------------------------------

    @Test
    void dtypeSpellingsAsNumPy2() {
        String[][] unsupported = {
            {"longdouble", "dtype('float128')"}, {"g", "dtype('float128')"}, {"float128", "dtype('float128')"},
            {"f16", "dtype('float128')"}, {"<f16", "dtype('float128')"}, {"<g", "dtype('float128')"},
            {">g", "dtype('<f16')"}, {">f16", "dtype('<f16')"},
            {"clongdouble", "dtype('complex256')"}, {"G", "dtype('complex256')"}, {"c32", "dtype('complex256')"},
            {">G", "dtype('<c32')"}, {">f8", "dtype('<f8')"}, {">d", "dtype('<f8')"}, {">e", "dtype('<f2')"},
            {">c16", "dtype('<c16')"}, {"|f8", "dtype('float64')"}, {"double", "dtype('float64')"},
            {"half", "dtype('float16')"}, {"csingle", "dtype('complex64')"},
            {"object_", "dtype('O')"}, {">O", "dtype('O')"}, {"O8", "dtype('O')"},
            {"str_", "dtype('<U')"}, {"U", "dtype('<U')"}, {"U3", "dtype('<U3')"}, {">U3", "dtype('<U3')"},
            {"U0", "dtype('<U')"}, {"bytes_", "dtype('S')"}, {"S5", "dtype('S5')"}, {"a5", "dtype('S5')"},
            {"<a5", "dtype('S5')"}, {"a", "dtype('S')"}, {"S01", "dtype('S1')"}, {"c", "dtype('S1')"},
            {">c", "dtype('S1')"}, {"void", "dtype('V')"}, {"V8", "dtype('V8')"}, {">V8", "dtype('V8')"},
            {"M", "dtype('<M8')"}, {"m", "dtype('<m8')"}, {">M8", "dtype('<M8')"}, {"datetime64", "dtype('<M8')"},
            {"timedelta64", "dtype('<m8')"}, {"M8[ns]", "dtype('<M8[ns]')"}, {"datetime64[D]", "dtype('<M8[D]')"},
            {">m8[ms]", "dtype('<m8[ms]')"}, {"M8[10s]", "dtype('<M8[10s]')"}, {"M8[generic]", "dtype('<M8')"},
        };
        for (String[] c : unsupported) {
            TypeError e = assertThrows(TypeError.class, () -> DType.parse(c[0], "randint"), c[0]);
            assertEquals("Unsupported dtype " + c[1] + " for randint", e.getMessage(), c[0]);
        }
        for (String name : new String[] {"float_", "longfloat", "complex_", "cfloat", "singlecomplex", "unicode_",
            "string_", "float96", "f12", "i16", "u16", ">float64", "<int64", "=int", "|bool", "<float_", "<a", "M[s]",
            "M4", "int64 ", "Int64", ""}) {
            TypeError e = assertThrows(TypeError.class, () -> DType.parse(name, "randint"), name);
            assertEquals("data type '" + name + "' not understood", e.getMessage(), name);
        }
        for (String name : new String[] {"int0", "uint0", "bool8", "object0", "str0", "bytes0", "void0", ">int0"}) {
            TypeError e = assertThrows(TypeError.class, () -> DType.parse(name, "randint"), name);
            assertEquals("Alias '" + name + "' was removed in NumPy 2.0. Use a name without a digit at the end.",
                    e.getMessage());
        }
        assertEquals("Invalid datetime unit in metadata string \"[xx]\"",
                assertThrows(TypeError.class, () -> DType.parse("timedelta64[xx]", "randint")).getMessage());
        assertEquals("Invalid datetime metadata string \"[]\"",
                assertThrows(TypeError.class, () -> DType.parse("M8[]", "randint")).getMessage());
        Object[][] ints = {
            {"uint", DType.UINT64}, {"ulong", DType.UINT64}, {"long", DType.INT64}, {"int_", DType.INT64},
            {"intp", DType.INT64}, {"uintp", DType.UINT64}, {"p", DType.INT64}, {"P", DType.UINT64},
            {"n", DType.INT64}, {"N", DType.UINT64}, {"<N", DType.UINT64}, {">i4", DType.INT32}, {"=i8", DType.INT64},
            {"|u1", DType.UINT8}, {">u8", DType.UINT64}, {">?", DType.BOOL}, {"<?", DType.BOOL}, {">b", DType.INT8},
            {"<Q", DType.UINT64}, {"bool_", DType.BOOL}, {"b1", DType.BOOL}, {"short", DType.INT16},
            {"ushort", DType.UINT16}, {"intc", DType.INT32}, {"uintc", DType.UINT32}, {"ubyte", DType.UINT8},
        };
        for (Object[] c : ints) {
            assertEquals(c[1], DType.parse((String) c[0], "randint"), (String) c[0]);
        }
        PythonError e = assertThrows(TypeError.class, () -> new RandomState(0).randint(BigInteger.ZERO,
                BigInteger.valueOf(5), null, "float_"));
        assertEquals("data type 'float_' not understood", e.getMessage());
    }
}
