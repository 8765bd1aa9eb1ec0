package org.nprand.internal.py;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nprand.bitgen.MT19937;
import org.nprand.bitgen.SeedSequence;
import org.nprand.errors.OverflowError;
import org.nprand.errors.PythonError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;

/**
 * The items of the differential fuzz of the shared conversions, each against NumPy 2.4.6
 * ({@code python3}) or CPython 3.13 ({@code PYENV_VERSION=3.13.0 python3}): values and messages
 * as those printed on this machine.
 */
class ConversionFuzzTest {

    private static void raises(Class<? extends RuntimeException> type, String message, Executable call) {
        RuntimeException e = assertThrows(type, call);
        assertEquals(message, e.getMessage());
        assertEquals(type.getSimpleName(), ((PythonError) e).pythonType());
    }

    private static SeedSequence seq(Object entropy, long... spawnKey) {
        List<BigInteger> key = new ArrayList<>();
        for (long k : spawnKey) {
            key.add(BigInteger.valueOf(k));
        }
        return new SeedSequence(entropy, key, SeedSequence.DEFAULT_POOL_SIZE, 0);
    }

    private static int[] words(long... unsigned) {
        int[] out = new int[unsigned.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) unsigned[i];
        }
        return out;
    }

    // ---- SeedSequence entropy as an ndarray ------------------------------------------------

    @Test
    void seedSequenceTakesIntegerNdarrays() {
        // SeedSequence(np.array([1, 2, 3], dtype=np.uint32)).generate_state(4): same as the list
        int[] expected = words(3822189696L, 3026158655L, 540542919L, 1119972918L);
        assertArrayEquals(expected, seq(List.of(1L, 2L, 3L)).generateState32(4));
        assertArrayEquals(expected, seq(NdArray.uint32(1, 2, 3)).generateState32(4));
        assertArrayEquals(expected, seq(NdArray.uint64(1, 2, 3)).generateState32(4));
        assertArrayEquals(expected, seq(NdArray.ofInts(1, 2, 3)).generateState32(4));
        // ... with spawn_key=[1]
        assertArrayEquals(words(956539761L, 3600538202L, 3398694662L, 2982641888L),
                seq(NdArray.uint32(1, 2, 3), 1).generateState32(4));
        // a 2-d uint64 array is iterated row by row: [1, 2, 3, 4]
        assertArrayEquals(words(4251844491L, 3567780332L, 413190620L, 264885781L),
                seq(new NdArray("uint64", new int[] {2, 2}, new long[] {1, 2, 3, 4})).generateState32(4));
        // an empty array is no entropy, as []
        assertArrayEquals(words(2968811710L, 3677149159L, 745650761L, 2884920346L),
                seq(NdArray.uint32()).generateState32(4));
        // the entropy attribute is the array itself (a copy)
        NdArray given = NdArray.uint64(1, 2, 3);
        assertEquals(given, seq(given).entropy());
    }

    @Test
    void seedSequenceRejectsNdarraysAsNumpy() {
        raises(ValueError.class, "expected non-negative integer", () -> seq(NdArray.ofInts(-1, 2, 3)));
        raises(TypeError.class, "seed must be integer", () -> seq(NdArray.of(1.0, 2.0)));
        raises(TypeError.class, "object of type 'numpy.bool' has no len()",
                () -> seq(new NdArray("bool", new int[] {2}, new boolean[] {true, false})));
        raises(ValueError.class, "all the input arrays must have same number of dimensions, but the array at index 0"
                + " has 2 dimension(s) and the array at index 1 has 1 dimension(s)",
                () -> seq(new NdArray("uint32", new int[] {2, 2}, new long[] {1, 2, 3, 4})));
        // [np.array([1, 2], dtype=np.uint32), np.array([[1, 2]], dtype=np.uint32)]
        raises(ValueError.class, "all the input arrays must have same number of dimensions, but the array at index 0"
                + " has 1 dimension(s) and the array at index 1 has 2 dimension(s)",
                () -> seq(List.of(NdArray.uint32(1, 2), new NdArray("uint32", new int[] {1, 2}, new long[] {1, 2}))));
        // str(entropy) in the message, never a Java form
        raises(TypeError.class, "SeedSequence expects int or sequence of ints for entropy not 1e-05", () -> seq(1e-5));
        raises(TypeError.class, "SeedSequence expects int or sequence of ints for entropy not b'ab'",
                () -> seq(new byte[] {'a', 'b'}));
        raises(TypeError.class, "SeedSequence expects int or sequence of ints for entropy not abc", () -> seq("abc"));
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("a", 1L);
        raises(TypeError.class, "SeedSequence expects int or sequence of ints for entropy not {'a': 1}",
                () -> seq(dict));
    }

    // ---- legacy seeding: NumPy squeezes an ndarray seed -----------------------------------

    private static long[] raw(Object seed) {
        MT19937 bg = MT19937.legacy(0);
        bg.legacySeed(seed);
        return bg.randomRaw(3);
    }

    @Test
    void legacySeedingSqueezesNdarrays() {
        // RandomState(np.array([5], dtype=np.uint64)) and np.array([[5]]) seed as RandomState(5)
        long[] five = MT19937.legacy(5).randomRaw(3);
        assertArrayEquals(five, raw(new NdArray("uint64", new int[] {1}, new long[] {5})));
        assertArrayEquals(five, raw(new NdArray("uint64", new int[] {1, 1}, new long[] {5})));
        assertEquals(5L, LegacySeeds.words(new NdArray("uint32", new int[] {1}, new long[] {5})));
        // a (1, 2) int64 array squeezes to [7, 8]: MT19937._legacy_seeding(np.array([[7, 8]])).random_raw(2)
        assertArrayEquals(new long[] {2139911002L, 3504165250L},
                Arrays.copyOf(raw(new NdArray("int64", new int[] {1, 2}, new long[] {7, 8})), 2));
        // a range is a sequence: _legacy_seeding(range(3)).random_raw(2)
        PythonValue range = new PythonValue() {
            public String pythonTypeName() {
                return "range";
            }

            public String pythonRepr() {
                return "range(0, 3)";
            }

            @Override
            public List<?> pythonItems() {
                return List.of(0L, 1L, 2L);
            }
        };
        assertArrayEquals(new long[] {902265351L, 2323006199L}, Arrays.copyOf(raw(range), 2));
        // RandomState(np.array([5], dtype=np.uint64)).randint(100, size=3) == [99, 78, 61]
        RandomState rs = new RandomState(1);
        rs.seed((long) (Long) LegacySeeds.words(new NdArray("uint64", new int[] {1}, new long[] {5})));
        assertArrayEquals(new long[] {99, 78, 61}, rs.randint(0, 100, 3));
    }

    @Test
    void legacySeedingErrorsAsNumpy() {
        String uint64 = "Cannot cast array data from dtype('uint64') to dtype('int64') according to the rule 'safe'";
        raises(TypeError.class, uint64, () -> LegacySeeds.words(NdArray.uint64(1, 2, 3)));
        raises(TypeError.class, uint64, () -> LegacySeeds.words(NdArray.uint64(1L << 33, 1, 2)));
        String range = "Seed must be between 0 and 2**32 - 1";
        raises(ValueError.class, range, () -> LegacySeeds.words(new NdArray("uint64", new int[] {1}, new long[] {1L << 33})));
        raises(ValueError.class, range, () -> LegacySeeds.words(new NdArray("uint64", new int[] {1}, new long[] {1L << 63})));
        raises(ValueError.class, "Seed must be non-empty", () -> LegacySeeds.words(NdArray.uint64()));
        raises(TypeError.class, "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'",
                () -> LegacySeeds.words(new NdArray("float64", new int[] {1}, new double[] {1.0})));
        raises(ValueError.class, "Seed array must be 1-d",
                () -> LegacySeeds.words(new NdArray("bool", new int[] {1}, new boolean[] {true})));
        raises(ValueError.class, "Seed array must be 1-d",
                () -> LegacySeeds.words(new NdArray("int64", new int[] {2, 2}, new long[] {1, 2, 3, 4})));
        // np.asarray of lists: NumPy's dtypes and shapes
        raises(TypeError.class, "Cannot cast array data from dtype('<U1') to dtype('int64') according to the rule 'safe'",
                () -> LegacySeeds.words(List.of("a")));
        raises(TypeError.class, "Cannot cast array data from dtype('<U21') to dtype('int64') according to the rule 'safe'",
                () -> LegacySeeds.words(List.of(1L, "a")));
        raises(TypeError.class, "Cannot cast scalar from dtype('S1') to dtype('int64') according to the rule 'safe'",
                () -> LegacySeeds.words(new byte[] {1}));
        raises(ValueError.class, "setting an array element with a sequence. The requested array has an inhomogeneous"
                + " shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.",
                () -> LegacySeeds.words(List.of(List.of(1L, 2L), List.of(3L))));
        raises(ValueError.class, "Seed must be non-empty", () -> LegacySeeds.words(List.of(List.of())));
        raises(TypeError.class, "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
                () -> LegacySeeds.words(List.of(List.of(1.0), List.of(2.0))));
    }

    // ---- generate_state(n_words) and bools as sizes --------------------------------------

    @Test
    void generateStateWordsFollowNumpy() {
        String seqOrInt = "expected a sequence of integers or a single integer, got ";
        raises(TypeError.class, seqOrInt + "'True'", () -> BitGenArgs.generateStateWords(true, false));
        raises(TypeError.class, seqOrInt + "'False'", () -> BitGenArgs.generateStateWords(false, false));
        // n_words *= 2 first for uint64: True * 2 == 2 words of 32 bits, one of 64
        assertEquals(1, BitGenArgs.generateStateWords(true, true));
        raises(TypeError.class, seqOrInt + "'2.0'", () -> BitGenArgs.generateStateWords(2.0, false));
        raises(TypeError.class, seqOrInt + "'4.0'", () -> BitGenArgs.generateStateWords(2.0, true));
        raises(TypeError.class, "Use () not None as shape arguments", () -> BitGenArgs.generateStateWords(null, false));
        raises(TypeError.class, "unsupported operand type(s) for *=: 'NoneType' and 'int'",
                () -> BitGenArgs.generateStateWords(null, true));
        raises(TypeError.class, "'list' object cannot be interpreted as an integer",
                () -> BitGenArgs.generateStateWords(List.of(2L), false));
        raises(TypeError.class, "an integer is required", () -> BitGenArgs.generateStateWords(List.of(true), false));
        raises(TypeError.class, "only integer scalar arrays can be converted to a scalar index",
                () -> BitGenArgs.generateStateWords(NdArray.ofInts(2), true));
        raises(TypeError.class, "'str' object cannot be interpreted as an integer",
                () -> BitGenArgs.generateStateWords("3", false));
        raises(ValueError.class, "negative dimensions are not allowed", () -> BitGenArgs.generateStateWords(-1L, false));
        assertEquals(5, BitGenArgs.generateStateWords(5L, false));
        assertEquals(5, BitGenArgs.generateStateWords(5L, true));
        // sizes: a bool is not an integer there
        raises(TypeError.class, seqOrInt + "'True'", () -> Py.size(true));
    }

    @Test
    void spawnCountsAndSizesOfOtherTypes() {
        // SeedSequence(1).spawn(v)
        raises(TypeError.class, "'float' object cannot be interpreted as an integer", () -> BitGenArgs.spawnChildren(1.5));
        raises(TypeError.class, "unsupported operand type(s) for +: 'int' and 'str'", () -> BitGenArgs.spawnChildren("2"));
        raises(TypeError.class, "unsupported operand type(s) for +: 'int' and 'NoneType'",
                () -> BitGenArgs.spawnChildren(null));
        raises(TypeError.class, "only integer scalar arrays can be converted to a scalar index",
                () -> BitGenArgs.spawnChildren(NdArray.ofInts(2)));
        raises(OverflowError.class, "Python int too large to convert to C ssize_t",
                () -> BitGenArgs.spawnChildren(BigInteger.ONE.shiftLeft(70)));
        assertEquals(1, BitGenArgs.spawnChildren(true));
        // np.zeros(v).shape / random_sample(size=v)
        assertArrayEquals(new int[] {2}, Py.size(new byte[] {2}));
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("a", 1L);
        raises(TypeError.class, "expected a sequence of integers or a single integer, got '{'a': 1}'", () -> Py.size(dict));
        raises(TypeError.class, "'str' object cannot be interpreted as an integer", () -> Py.size("ab"));
    }

    // ---- jumped / advance arguments -------------------------------------------------------

    @Test
    void jumpsFollowEachBitGenerator() {
        // MT19937.jumped: npy_intp in Cython
        raises(TypeError.class, "an integer is required", () -> BitGenArgs.jumps("MT19937", "2"));
        raises(TypeError.class, "an integer is required", () -> BitGenArgs.jumps("MT19937", null));
        assertEquals(BigInteger.ONE, BitGenArgs.jumps("MT19937", 1.5));
        // PCG64 / PCG64DXSM: int(jumps)
        assertEquals(BigInteger.TWO, BitGenArgs.jumps("PCG64", "2"));
        assertEquals(BigInteger.ONE, BitGenArgs.jumps("PCG64DXSM", 1.5));
        raises(ValueError.class, "invalid literal for int() with base 10: b'\\x01'",
                () -> BitGenArgs.jumps("PCG64", new byte[] {1}));
        // Philox: advance(jumps * 2**128)
        raises(OverflowError.class, "cannot fit 'int' into an index-sized integer", () -> BitGenArgs.jumps("Philox", "2"));
        raises(TypeError.class, "unsupported operand type(s) for &: 'float' and 'int'",
                () -> BitGenArgs.jumps("Philox", 1.5));
        raises(TypeError.class, "unsupported operand type(s) for *: 'NoneType' and 'int'",
                () -> BitGenArgs.jumps("Philox", null));
        assertEquals(BigInteger.ONE, BitGenArgs.jumps("Philox", true));
        // advance(delta): wrap_int's delta & mask
        raises(TypeError.class, "unsupported operand type(s) for &: 'str' and 'int'", () -> BitGenArgs.advanceDelta("2"));
        raises(TypeError.class, "unsupported operand type(s) for &: 'float' and 'int'", () -> BitGenArgs.advanceDelta(2.0));
    }

    // ---- no Java in messages ----------------------------------------------------------------

    @Test
    void messagesNameOnlyPythonTypes() {
        assertEquals("float", Py.typeName(1.5f));
        assertEquals("int", Py.typeName((short) 3));
        assertEquals("bytes", Py.typeName(new byte[0]));
        assertEquals("numpy.ndarray", Py.typeName(new long[0]));
        assertEquals("object", Py.typeName(new Object()));
        raises(TypeError.class, "Cannot interpret 'True' as a data type", () -> Py.dtype(true));
        raises(TypeError.class, "Cannot construct a dtype from an array", () -> Py.dtype(NdArray.ofInts(1)));
        // RandomState.set_state(('MT19937', key, 624, 1, {'a': 1})): PyFloat_AsDouble's message
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("a", 1L);
        List<Object> key = new ArrayList<>(java.util.Collections.nCopies(624, (Object) 0L));
        raises(TypeError.class, "must be real number, not dict",
                () -> new RandomState(1).setState(Arrays.asList("MT19937", key, 624L, 1L, dict)));
    }

    @Test
    void pyRandomSetstateAsCPython() {
        PyRandom r = new PyRandom(1L);
        List<Object> words = new ArrayList<>(java.util.Collections.nCopies(624, (Object) 0L));
        // str(version) in the message
        raises(ValueError.class, "state with version b'\\x01' passed to Random.setstate() of version 3",
                () -> r.setstate(Arrays.asList(new byte[] {1}, words, null)));
        raises(ValueError.class, "state with version 1e-05 passed to Random.setstate() of version 3",
                () -> r.setstate(Arrays.asList(1e-5, words, null)));
        // the index goes through PyLong_AsLong (__index__), the words through PyLong_AsUnsignedLong
        List<Object> floatIndex = new ArrayList<>(words);
        floatIndex.add(1.5);
        raises(TypeError.class, "'float' object cannot be interpreted as an integer",
                () -> r.setstate(Arrays.asList(3L, floatIndex, null)));
        List<Object> strWord = new ArrayList<>(words);
        strWord.set(0, "x");
        strWord.add(1L);
        raises(TypeError.class, "an integer is required", () -> r.setstate(Arrays.asList(3L, strWord, null)));
        // version 2 reduces each word with % 2**32 first: a str is formatted by %
        List<Object> v2 = new ArrayList<>(words);
        v2.add(0, "a");
        raises(TypeError.class, "not all arguments converted during string formatting",
                () -> r.setstate(Arrays.asList(2L, v2, null)));
        // any gauss_next is kept as given (CPython: r.setstate((3, st, b'\x01')); r.getstate()[2] == b'\x01')
        List<Object> good = new ArrayList<>(words);
        good.add(624L);
        byte[] gauss = {1};
        r.setstate(Arrays.asList(3L, good, gauss));
        assertSame(gauss, r.getstate().gaussNextValue());
    }
}
