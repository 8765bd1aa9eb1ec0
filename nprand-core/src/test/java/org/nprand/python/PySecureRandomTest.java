package org.nprand.python;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nprand.errors.IndexError;
import org.nprand.errors.NotImplementedError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;

/**
 * {@link PySystemRandom}, {@link PySecrets} and {@link PyRandom#seedEntropy()}: lengths, alphabets,
 * ranges, errors and CPython's messages. The values come from the OS and are never compared with
 * expected values; the only value checks are of ranges, of every bit being reachable over 100
 * draws (as CPython's own {@code test_53_bits_per_float} and {@code test_getrandbits}; a failure
 * has probability below 2**-90) and of reproducing a seeding from its readable entropy.
 */
class PySecureRandomTest {

    private static final String NO_STATE = "System entropy source does not have state.";

    // ---- PySystemRandom -----------------------------------------------------------------------

    @Test
    void systemRandomHasEveryMethodOfRandom() {
        Set<String> random = new TreeSet<>();
        for (Method m : PyRandom.class.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == PyRandom.class
                    && !m.getName().equals("seedEntropy") // no seeding to reproduce
                    && !m.getName().equals("hold")) { // PyRandom's lock; PySystemRandom's draws need none
                random.add(m.toGenericString().replace("org.nprand.python.PyRandom.", "X."));
            }
        }
        Set<String> system = new TreeSet<>();
        for (Method m : PySystemRandom.class.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == PySystemRandom.class) {
                system.add(m.toGenericString().replace("org.nprand.python.PySystemRandom.", "X."));
            }
        }
        assertEquals(random, system);
        assertTrue(system.size() >= 55, "only " + system.size());
    }

    @Test
    void randomHas53BitsInRange() {
        PySystemRandom g = new PySystemRandom();
        long cum = 0;
        for (int i = 0; i < 100; i++) {
            double x = g.random();
            assertTrue(0.0 <= x && x < 1.0);
            double scaled = x * 0x1p53;
            assertEquals(Math.floor(scaled), scaled, "a multiple of 2**-53");
            cum |= (long) scaled;
        }
        assertEquals((1L << 53) - 1, cum); // CPython's SystemRandom test_53_bits_per_float
    }

    @Test
    void getrandbitsRangesBitsAndErrors() {
        PySystemRandom g = new PySystemRandom();
        for (int k = 1; k < 1000; k++) {
            BigInteger v = g.getrandbits(k);
            assertTrue(v.signum() >= 0 && v.bitLength() <= k, "getrandbits(" + k + ")");
        }
        assertEquals(BigInteger.ZERO, g.getrandbits(0));
        assertEquals(0, g.getrandbitsLong(0));
        for (int span : new int[] {1, 2, 3, 4, 31, 32, 52, 53, 54, 119, 127, 128, 129}) {
            BigInteger all = BigInteger.ONE.shiftLeft(span).subtract(BigInteger.ONE);
            BigInteger cum = BigInteger.ZERO;
            BigInteger cplCum = BigInteger.ZERO;
            for (int i = 0; i < 100; i++) {
                BigInteger v = g.getrandbits(span);
                cum = cum.or(v);
                cplCum = cplCum.or(all.xor(v));
            }
            assertEquals(all, cum, "span " + span);
            assertEquals(all, cplCum, "span " + span);
        }
        for (int k = 0; k <= 64; k++) {
            long v = g.getrandbitsLong(k);
            assertTrue(k == 64 || (v >>> k) == 0, "getrandbitsLong(" + k + ")");
        }
        assertEquals("number of bits must be non-negative",
                assertThrows(ValueError.class, () -> g.getrandbits(-1)).getMessage());
        assertEquals("number of bits must be non-negative",
                assertThrows(ValueError.class, () -> g.getrandbitsLong(-1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> g.getrandbitsLong(65));
    }

    @Test
    void randbytesLengthsAndErrors() {
        PySystemRandom g = new PySystemRandom();
        for (int n = 0; n < 10; n++) {
            assertEquals(n, g.randbytes(n).length);
        }
        assertEquals(100_000, g.randbytes(100_000).length);
        assertEquals("negative argument not allowed", assertThrows(ValueError.class, () -> g.randbytes(-1)).getMessage());
    }

    @Test
    void noStateAndSeedIsAStub() {
        PySystemRandom g = new PySystemRandom();
        g.seed();
        g.seed(100L);
        g.seed(BigInteger.TEN.pow(50));
        g.seed("abc");
        g.seed(new byte[] {1});
        g.seed(2.5);
        g.seed((Object) List.of(1, 2)); // CPython's stub takes anything
        g.seed("abc", 7);
        g.seed(new byte[0], 1);
        g.seed((Object) null, 3);
        assertEquals(NO_STATE, assertThrows(NotImplementedError.class, g::getstate).getMessage());
        PyRandomState st = new PyRandom(1).getstate();
        assertEquals(NO_STATE, assertThrows(NotImplementedError.class, () -> g.setstate(st)).getMessage());
        assertEquals(NO_STATE, assertThrows(NotImplementedError.class, () -> g.setstate(st.toList())).getMessage());
    }

    @Test
    void integerAndSequenceMethodsStayInRange() {
        PySystemRandom g = new PySystemRandom();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            long v = g.randrange(10);
            assertTrue(0 <= v && v < 10);
            seen.add(v);
            long w = g.randint(-3, 3);
            assertTrue(-3 <= w && w <= 3);
            long s = g.randrange(100, 0, -7);
            assertTrue(s <= 100 && s > 0 && (100 - s) % 7 == 0);
        }
        assertEquals(10, seen.size());
        BigInteger big = BigInteger.TWO.pow(500);
        BigInteger cum = BigInteger.ZERO;
        for (int i = 0; i < 100; i++) {
            BigInteger r = g.randrange(big);
            assertTrue(r.signum() >= 0 && r.compareTo(big) < 0);
            cum = cum.or(r);
        }
        assertEquals(big.subtract(BigInteger.ONE), cum); // CPython's test_bigrand
        assertEquals("empty range for randrange()", assertThrows(ValueError.class, () -> g.randrange(0)).getMessage());
        assertEquals("Cannot choose from an empty sequence",
                assertThrows(IndexError.class, () -> g.choice(List.of())).getMessage());
        List<Integer> x = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            x.add(i);
        }
        g.shuffle(x);
        assertEquals(new HashSet<>(x), new HashSet<>(List.of(x.toArray(new Integer[0]))));
        assertEquals(50, new HashSet<>(x).size());
        List<Integer> sample = g.sample(x, 20);
        assertEquals(20, new HashSet<>(sample).size());
        assertTrue(x.containsAll(sample));
        assertEquals(5, g.choices(x, 5).size());
    }

    @Test
    void distributionsStayInRangeAndCheckArguments() {
        PySystemRandom g = new PySystemRandom();
        for (int i = 0; i < 500; i++) {
            assertTrue(Double.isFinite(g.gauss()));
            assertTrue(Double.isFinite(g.normalvariate(1, 2)));
            assertTrue(g.lognormvariate(0, 1) > 0);
            assertTrue(g.expovariate(2) >= 0);
            double vm = g.vonmisesvariate(1, 4);
            assertTrue(0 <= vm && vm <= PyRandom.TWOPI);
            assertTrue(g.gammavariate(0.5, 1) >= 0 && g.gammavariate(1, 1) >= 0 && g.gammavariate(3, 1) >= 0);
            double b = g.betavariate(2, 3);
            assertTrue(0 <= b && b <= 1);
            assertTrue(g.paretovariate(3) >= 1);
            assertTrue(g.weibullvariate(1, 2) >= 0);
            long n = g.binomialvariate(100, 0.3);
            assertTrue(0 <= n && n <= 100);
            n = g.binomialvariate(20, 0.9);
            assertTrue(0 <= n && n <= 20);
            double u = g.uniform(2, 3);
            assertTrue(2 <= u && u <= 3);
            double t = g.triangular(0, 1, 0.2);
            assertTrue(0 <= t && t <= 1);
        }
        assertEquals("gammavariate: alpha and beta must be > 0.0",
                assertThrows(ValueError.class, () -> g.gammavariate(0, 1)).getMessage());
        assertEquals("p must be in the range 0.0 <= p <= 1.0",
                assertThrows(ValueError.class, () -> g.binomialvariate(5, 1.5)).getMessage());
        assertEquals("n must be non-negative", assertThrows(ValueError.class, () -> g.binomialvariate(-1)).getMessage());
        assertEquals("float division by zero", assertThrows(ArithmeticException.class, () -> g.expovariate(0)).getMessage());
    }

    // ---- PySecrets ----------------------------------------------------------------------------

    @Test
    void tokenBytesLengths() {
        assertEquals(32, PySecrets.DEFAULT_ENTROPY);
        assertEquals(32, PySecrets.tokenBytes().length);
        assertEquals(32, PySecrets.tokenBytes((Integer) null).length);
        assertEquals(0, PySecrets.tokenBytes(0).length);
        assertEquals(16, PySecrets.tokenBytes(16).length);
        assertEquals(16, PySecrets.tokenBytes(Integer.valueOf(16)).length);
        assertEquals("negative argument not allowed",
                assertThrows(ValueError.class, () -> PySecrets.tokenBytes(-1)).getMessage());
    }

    @Test
    void tokenHexLengthsAndAlphabet() {
        assertEquals(64, PySecrets.tokenHex().length());
        assertEquals(64, PySecrets.tokenHex((Integer) null).length());
        assertEquals("", PySecrets.tokenHex(0));
        for (int n = 1; n <= 100; n++) {
            String t = PySecrets.tokenHex(n);
            assertEquals(2 * n, t.length());
            assertTrue(t.matches("[0-9a-f]+"), t);
        }
        assertEquals("negative argument not allowed",
                assertThrows(ValueError.class, () -> PySecrets.tokenHex(-1)).getMessage());
    }

    @Test
    void tokenUrlsafeLengthsAndAlphabet() {
        assertEquals(43, PySecrets.tokenUrlsafe().length());
        assertEquals(43, PySecrets.tokenUrlsafe((Integer) null).length());
        assertEquals("", PySecrets.tokenUrlsafe(0));
        for (int n = 1; n <= 100; n++) {
            String t = PySecrets.tokenUrlsafe(n);
            assertEquals((4 * n + 2) / 3, t.length(), "nbytes " + n); // base64 without '=' padding
            assertTrue(t.matches("[A-Za-z0-9_-]+"), t);
        }
        assertEquals("negative argument not allowed",
                assertThrows(ValueError.class, () -> PySecrets.tokenUrlsafe(-1)).getMessage());
    }

    @Test
    void randbelowRangesAndErrors() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            long v = PySecrets.randbelow(7);
            assertTrue(0 <= v && v < 7);
            seen.add(v);
            assertEquals(0, PySecrets.randbelow(1));
            long big = PySecrets.randbelow(Long.MAX_VALUE);
            assertTrue(big >= 0);
        }
        assertEquals(7, seen.size());
        BigInteger n = BigInteger.TEN.pow(40);
        for (int i = 0; i < 100; i++) {
            BigInteger v = PySecrets.randbelow(n);
            assertTrue(v.signum() >= 0 && v.compareTo(n) < 0);
        }
        for (long bad : new long[] {0, -1, Long.MIN_VALUE}) {
            assertEquals("Upper bound must be positive.",
                    assertThrows(ValueError.class, () -> PySecrets.randbelow(bad)).getMessage());
        }
        assertEquals("Upper bound must be positive.",
                assertThrows(ValueError.class, () -> PySecrets.randbelow(BigInteger.ZERO)).getMessage());
    }

    @Test
    void randbitsRangesAndErrors() {
        assertEquals(BigInteger.ZERO, PySecrets.randbits(0));
        for (int k = 1; k <= 300; k++) {
            assertTrue(PySecrets.randbits(k).bitLength() <= k);
        }
        assertEquals("number of bits must be non-negative",
                assertThrows(ValueError.class, () -> PySecrets.randbits(-1)).getMessage());
    }

    @Test
    void choiceFromListsArraysAndStrings() {
        List<String> words = List.of("alpha", "beta", "gamma");
        String alphabet = "abcXYZ019-_\uD83D\uDE00"; // the last is one code point (U+1F600)
        for (int i = 0; i < 200; i++) {
            assertTrue(words.contains(PySecrets.choice(words)));
            assertTrue(words.contains(PySecrets.choice(words.toArray(new String[0]))));
            String c = PySecrets.choice(alphabet);
            assertEquals(1, c.codePointCount(0, c.length()));
            assertTrue(alphabet.contains(c));
        }
        for (Runnable empty : List.<Runnable>of(() -> PySecrets.choice(List.of()), () -> PySecrets.choice(new String[0]),
                () -> PySecrets.choice(""))) {
            assertEquals("Cannot choose from an empty sequence",
                    assertThrows(IndexError.class, empty::run).getMessage());
        }
    }

    @Test
    void compareDigest() {
        assertTrue(PySecrets.compareDigest(new byte[] {1, 2, 3}, new byte[] {1, 2, 3}));
        assertFalse(PySecrets.compareDigest(new byte[] {1, 2, 3}, new byte[] {1, 2, 4}));
        assertFalse(PySecrets.compareDigest(new byte[] {1, 2, 3}, new byte[] {1, 2}));
        assertTrue(PySecrets.compareDigest(new byte[0], new byte[0]));
        assertTrue(PySecrets.compareDigest("token", "token"));
        assertFalse(PySecrets.compareDigest("token", "tokeN"));
        assertFalse(PySecrets.compareDigest("token", "toke"));
        assertTrue(PySecrets.compareDigest("", ""));
        for (String[] pair : new String[][] {{"\u00e9", "\u00e9"}, {"a", "\u00e9"}, {"\u20ac", "a"}}) {
            assertEquals("comparing strings with non-ASCII characters is not supported",
                    assertThrows(TypeError.class, () -> PySecrets.compareDigest(pair[0], pair[1])).getMessage());
        }
        assertEquals("a must not be null",
                assertThrows(TypeError.class, () -> PySecrets.compareDigest(null, new byte[0])).getMessage());
        assertNotNull(PySecrets.systemRandom());
    }

    // ---- seed(None): the entropy is readable and reproduces the seeding ------------------------

    @Test
    void seedEntropyReproducesTheSeeding() {
        for (int i = 0; i < 5; i++) {
            PyRandom a = new PyRandom();
            BigInteger e = a.seedEntropy();
            assertNotNull(e);
            assertTrue(e.bitLength() > 623 * 32 && e.bitLength() <= 624 * 32, "624 words: " + e.bitLength());
            PyRandom b = new PyRandom(e);
            assertEquals(a.getstate(), b.getstate());
            assertNull(b.seedEntropy());
            double x = a.random();
            assertEquals(x, b.random());
            a.seed(5L);
            assertNull(a.seedEntropy());
            a.seed((Object) null);
            assertNotNull(a.seedEntropy());
            assertArrayEquals(new PyRandom(a.seedEntropy()).getstate().key(), a.getstate().key());
        }
        PyRandomModule.seed();
        BigInteger e = PyRandomModule.seedEntropy();
        PyRandomState st = PyRandomModule.getstate();
        assertEquals(st, new PyRandom(e).getstate());
        assertNull(PyRandom.fromSeed("x").seedEntropy());
        assertNotNull(PyRandom.fromSeed(null).seedEntropy());
    }
}
