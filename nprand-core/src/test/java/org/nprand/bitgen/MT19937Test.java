package org.nprand.bitgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.nprand.errors.IndexError;
import org.nprand.errors.KeyError;
import org.nprand.errors.OverflowError;
import org.nprand.errors.PythonError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;

/** MT19937 against numbers printed by NumPy 2.4.6 (python3 on the reference machine). */
class MT19937Test {

    /** Indices of {@code random_raw(1300)} compared: the start, both twists, the end. */
    private static final int[] IDX = {0, 1, 2, 3, 622, 623, 624, 625, 1246, 1247, 1248, 1299};

    /** {@code [(i*2654435761 + 12345) % 2**32 for i in range(1000)]}. */
    private static final long[] BIG1000 = big1000();

    private static long[] big1000() {
        long[] a = new long[1000];
        for (int i = 0; i < 1000; i++) {
            a[i] = (i * 2654435761L + 12345) % (1L << 32);
        }
        return a;
    }

    private static void assertRaw(String what, BitGenerator bg, long[] expected) {
        long[] raw = bg.randomRaw(1300);
        for (int k = 0; k < IDX.length; k++) {
            if (raw[IDX[k]] != expected[k]) {
                fail(what + ": random_raw[" + IDX[k] + "] = 0x" + Long.toHexString(raw[IDX[k]])
                        + ", NumPy 0x" + Long.toHexString(expected[k]));
            }
        }
    }

    @Test
    void bigSeedHelperMatchesPython() {
        // python: big[:5]
        assertArrayEquals(new long[] {12345, 2654448106L, 1013916571L, 3668352332L, 2027820797L},
                Arrays.copyOf(BIG1000, 5));
    }

    @Test
    void seedSequenceSeedingMatchesNumpy() {
        Object[][] cases = {
            {0L, new long[] {0x7ab4ea94L, 0x9b561119L, 0x4957d02eL, 0x7dd3fdc2L, 0xa794ffb7L, 0x6b55e231L, 0x89ff5783L, 0x431dcb26L, 0x4c46d13bL, 0x216dd69fL, 0xf8c900ceL, 0x35e266c0L}},
            {4294967295L, new long[] {0x53253272L, 0xd40e412cL, 0x5b2e354aL, 0x20b42aa1L, 0x62a24b96L, 0xba18bf85L, 0x38c75602L, 0xcbb6adc9L, 0xefb3a62eL, 0x202bf743L, 0xa77e5398L, 0xbbdf2ca0L}},
            {12345L, new long[] {0x60bc0addL, 0xd7d0d9d3L, 0x55016af1L, 0x62e830fcL, 0x1b003fc9L, 0x59745261L, 0x7889fa85L, 0x25ad7cc5L, 0x893fbd1cL, 0xcd831549L, 0xcb861b6eL, 0x8e13ea1eL}},
            {new long[] {0}, new long[] {0x7ab4ea94L, 0x9b561119L, 0x4957d02eL, 0x7dd3fdc2L, 0xa794ffb7L, 0x6b55e231L, 0x89ff5783L, 0x431dcb26L, 0x4c46d13bL, 0x216dd69fL, 0xf8c900ceL, 0x35e266c0L}},
            {new long[] {4294967295L}, new long[] {0x53253272L, 0xd40e412cL, 0x5b2e354aL, 0x20b42aa1L, 0x62a24b96L, 0xba18bf85L, 0x38c75602L, 0xcbb6adc9L, 0xefb3a62eL, 0x202bf743L, 0xa77e5398L, 0xbbdf2ca0L}},
            {BIG1000, new long[] {0x438f5504L, 0xe07a697fL, 0x2a38f48cL, 0x238ec3acL, 0xca74057bL, 0x5b42b08eL, 0x679ffabfL, 0x3aea552fL, 0x97d5e489L, 0xf820e427L, 0xbbc1944dL, 0xa2d1919bL}},
            {new SeedSequence(new BigInteger("18446744073709551615")), new long[] {0x54fae81eL, 0xa04f3741L, 0x7d3cf889L, 0x1c183820L, 0xfe535785L, 0xabd60a76L, 0xe1688521L, 0x263d9c75L, 0xfc4476a2L, 0x6401e717L, 0x852944acL, 0x3cbce43aL}},
            {new SeedSequence(BigInteger.ONE.shiftLeft(128).add(BigInteger.valueOf(12345))), new long[] {0xe634737eL, 0x642d27feL, 0x375625f5L, 0x2e4f5800L, 0x78a8b7e8L, 0x18b791b1L, 0xd1b7d1e3L, 0x984e2df0L, 0xb93501baL, 0xba67bfc4L, 0x28cc14e0L, 0x3ca481cbL}},
            {new SeedSequence(BigInteger.valueOf(5), new long[] {1, 2}, 4), new long[] {0x54eb3a04L, 0xdaf32a0fL, 0x28a50565L, 0x9f0c8940L, 0x59a6624bL, 0xf02a3fa6L, 0xa20fd598L, 0xceebb9f4L, 0x3b3da7cL, 0x9f66920L, 0x662734b0L, 0x21bad76aL}},
        };
        for (Object[] c : cases) {
            MT19937 bg;
            String what;
            if (c[0] instanceof Long) {
                bg = new MT19937((Long) c[0]);
                what = "MT19937(" + c[0] + ")";
            } else if (c[0] instanceof long[]) {
                bg = new MT19937((long[]) c[0]);
                what = "MT19937(array of " + ((long[]) c[0]).length + ")";
            } else {
                bg = new MT19937((SeedSequence) c[0]);
                what = "MT19937(" + c[0] + ")";
            }
            assertEquals(623, bg.pos(), what + " pos");
            assertNotNull(bg.seedSequence());
            assertRaw(what, bg, (long[]) c[1]);
        }
        assertRaw("MT19937(BigInteger 2**32-1)", new MT19937(BigInteger.valueOf(4294967295L)), (long[]) cases[1][1]);
    }

    @Test
    void legacySeedingMatchesNumpy() {
        Object[][] cases = {
            {0L, new long[] {0x8c7f0aacL, 0x97c4aa2fL, 0xb716a675L, 0xd821ccc0L, 0x259e4b8cL, 0xe2031ce4L, 0x145b8f3aL, 0x4028cf81L, 0xd0244c41L, 0x44463f17L, 0xf9e9ecc8L, 0x1719823bL}},
            {4294967295L, new long[] {0x18fe69a3L, 0x1c924122L, 0xe991ec0cL, 0x900cac47L, 0x48da5cebL, 0x3d380f30L, 0xe61ce0edL, 0x27304316L, 0x296a07e4L, 0xd156089dL, 0x8f15fa72L, 0x13043f37L}},
            {12345L, new long[] {0xedfb51e2L, 0xe3e12de5L, 0x50fdfd1dL, 0x21760881L, 0xaea32bf1L, 0xaf3e54d6L, 0xebe05817L, 0xd177a402L, 0xcc7a1ddaL, 0xbb1c5bf7L, 0x8b6d49f0L, 0xa995727cL}},
            {5L, new long[] {0x38d48b63L, 0xe2048ceL, 0xdee84fefL, 0xd4d1e6bdL, 0xff9ebaa2L, 0xa779485aL, 0x9d0c6c3L, 0xc0d29445L, 0x9d5ca5a0L, 0xeea370c1L, 0x367adae9L, 0x18e3e1f9L}},
            {new long[] {0}, new long[] {0xd82c07cdL, 0x629f6fbeL, 0xc2094cacL, 0xe3e70682L, 0x64d09913L, 0x8e751eb7L, 0x84dd6da6L, 0x4a31b243L, 0x8513d91eL, 0x22696227L, 0x92f078b8L, 0x248f4a25L}},
            {new long[] {4294967295L}, new long[] {0xa2a6c909L, 0x9e9c04f4L, 0x3404e941L, 0x3720bfa9L, 0xe1af4e95L, 0x8d000f94L, 0x7fca96a2L, 0xe2888570L, 0x18535391L, 0xd6c2aa39L, 0x35b32665L, 0xa6296765L}},
            {new long[] {5}, new long[] {0x9f767c45L, 0x4164d839L, 0xbde5c099L, 0x5bc8fbbcL, 0x935d428eL, 0xb06370a2L, 0xb54b5d27L, 0xf4095c57L, 0x1a831bb1L, 0x207b235bL, 0xd07344ccL, 0x61aec345L}},
            {BIG1000, new long[] {0xbf6dd14L, 0xf4ab7095L, 0x5694ebb7L, 0xe9a396b5L, 0x46ae2fecL, 0x757cb1f5L, 0x2ad14aa4L, 0x91675bb9L, 0xf313ef1dL, 0xcbbeddeaL, 0xb74a0430L, 0x4e63204eL}},
        };
        for (Object[] c : cases) {
            MT19937 bg;
            String what;
            if (c[0] instanceof Long) {
                bg = MT19937.legacy((Long) c[0]);
                what = "legacy(" + c[0] + ")";
            } else {
                bg = MT19937.legacy((long[]) c[0]);
                what = "legacy(array of " + ((long[]) c[0]).length + ")";
            }
            assertEquals(624, bg.pos(), what + " pos");
            assertNull(bg.seedSequence(), what + ": numpy sets _seed_seq = None");
            assertRaw(what, bg, (long[]) c[1]);
        }
        // the Object dispatcher, as RandomState hands seeds over
        MT19937 bg = new MT19937(1);
        bg.legacySeed((Object) Integer.valueOf(5));
        assertRaw("legacySeed((Object) 5)", bg, (long[]) cases[3][1]);
        bg.legacySeed((Object) List.of(5L));
        assertRaw("legacySeed((Object) [5])", bg, (long[]) cases[6][1]);
        bg.legacySeed((Object) new BigInteger("12345"));
        assertRaw("legacySeed(BigInteger 12345)", bg, (long[]) cases[2][1]);
    }

    @Test
    void legacySeedFromEntropyKeepsPos() {
        // numpy: _legacy_seeding(None) leaves pos as it was (2 after MT19937(0).random_raw(3))
        MT19937 bg = new MT19937(0);
        bg.randomRaw(3);
        bg.legacySeedFromEntropy();
        assertEquals(2, bg.pos());
        assertEquals(0x80000000, bg.key()[0]);
        assertNull(bg.seedSequence());
    }

    private static void assertPyError(Class<? extends RuntimeException> type, String message, Runnable call) {
        RuntimeException e = assertThrows(type, call::run);
        assertEquals(message, e.getMessage());
        assertEquals(type.getSimpleName(), ((PythonError) e).pythonType());
    }

    private static void assertUnchanged(MT19937 bg, Runnable call) {
        int[] key = bg.key();
        int pos = bg.pos();
        SeedSequence ss = bg.seedSequence();
        try {
            call.run();
            fail("expected an exception");
        } catch (RuntimeException expected) {
            // the state must not have moved
        }
        assertArrayEquals(key, bg.key());
        assertEquals(pos, bg.pos());
        assertEquals(ss, bg.seedSequence());
    }

    @Test
    void legacySeedingErrorsMatchNumpy() {
        MT19937 bg = new MT19937(3);
        String range = "Seed must be between 0 and 2**32 - 1";
        assertPyError(ValueError.class, range, () -> bg.legacySeed(-1L));
        assertPyError(ValueError.class, range, () -> bg.legacySeed(1L << 32));
        assertPyError(ValueError.class, range, () -> bg.legacySeed(BigInteger.ONE.shiftLeft(100)));
        assertPyError(ValueError.class, "Seed must be non-empty", () -> bg.legacySeed(new long[0]));
        assertPyError(ValueError.class, range, () -> bg.legacySeed(new long[] {1, -1}));
        assertPyError(ValueError.class, range, () -> bg.legacySeed(new long[] {1L << 32}));
        assertPyError(ValueError.class, "Seed array must be 1-d", () -> bg.legacySeed(new long[][] {{1, 2}}));
        assertPyError(ValueError.class, "Seed array must be 1-d", () -> bg.legacySeed(new long[][] {{5}}));
        assertPyError(ValueError.class, "Seed must be non-empty", () -> bg.legacySeed(new long[][] {{}}));
        assertPyError(TypeError.class,
                "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'",
                () -> bg.legacySeed(1.5));
        assertPyError(TypeError.class,
                "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
                () -> bg.legacySeed(new double[] {1.5}));
        assertPyError(TypeError.class,
                "Cannot cast array data from dtype('uint64') to dtype('int64') according to the rule 'safe'",
                () -> bg.legacySeed((Object) List.of(BigInteger.ONE.shiftLeft(63))));
        assertPyError(TypeError.class,
                "Cannot cast array data from dtype('O') to dtype('int64') according to the rule 'safe'",
                () -> bg.legacySeed((Object) List.of(BigInteger.ONE.shiftLeft(64))));
        assertPyError(ValueError.class, "Seed array must be 1-d",
                () -> bg.legacySeed((Object) List.of(List.of(1L, 2L))));
        assertUnchanged(bg, () -> bg.legacySeed(new long[] {1, 2, 1L << 32}));
        assertUnchanged(bg, () -> bg.legacySeed(-5L));
        assertPyError(ValueError.class, "expected non-negative integer", () -> new MT19937(-1L));
    }

    @Test
    void nextUInt64AndNextDoubleMatchNumpyCtypes() {
        // numpy: bg.ctypes.next_uint64 / next_double / next_uint32 on MT19937(42)
        MT19937 bg = new MT19937(42);
        long[] u64 = {0x8ac01c92e8bfd726L, 0x9ea282a8675a106cL, 0xeafc93ac1ab9ff8L, 0xcfd8eae3594c1943L, 0xdc2f1f33d161d263L};
        for (int i = 0; i < u64.length; i++) {
            assertEquals(u64[i], bg.nextUInt64(), "next_uint64 #" + i);
        }
        bg = new MT19937(42);
        bg.randomRaw(3);
        long[] fill = new long[5];
        bg.fillUInt64(fill, 0, 5);
        assertArrayEquals(new long[] {0x675a106c0eafc93aL, 0xc1ab9ff8cfd8eae3L, 0x594c1943dc2f1f33L, 0xd161d263a0aa8bbaL, 0x11b011b4ae932f0fL}, fill);
        double[] dbl = {0.5419938930062744, 0.6196672126927824, 0.05736978170666862, 0.8119036506773339, 0.8600940243743277};
        bg = new MT19937(42);
        for (int i = 0; i < dbl.length; i++) {
            assertEquals(Double.doubleToRawLongBits(dbl[i]), Double.doubleToRawLongBits(bg.nextDouble()), "next_double #" + i);
        }
        bg = new MT19937(42);
        bg.randomRaw(1);
        double[] d = new double[5];
        bg.fillDouble(d, 0, 5);
        assertArrayEquals(new double[] {0.9091772557770252, 0.4037180174691213, 0.7565250382714245, 0.3488174293942303, 0.8178988965422087}, d);
        bg = new MT19937(42);
        int[] u32 = new int[5];
        bg.fillUInt32(u32, 0, 5);
        assertArrayEquals(new int[] {0x8ac01c92, 0xe8bfd726, 0x9ea282a8, 0x675a106c, 0xeafc93a}, u32);
        assertEquals(0x8ac01c92, new MT19937(42).nextUInt32());
    }

    @Test
    void bulkFillsEqualSingleDrawsAcrossTwists() {
        // consistency of the block paths with the scalar path (whose numbers are checked above)
        MT19937 a = MT19937.legacy(99);
        MT19937 b = MT19937.legacy(99);
        a.randomRaw(1);
        b.randomRaw(1);
        long[] fill = new long[1000];
        a.fillUInt64(fill, 0, 1000);
        for (int i = 0; i < 1000; i++) {
            assertEquals(b.nextUInt64(), fill[i], "fillUInt64[" + i + "]");
        }
        double[] dfill = new double[1000];
        a.fillDouble(dfill, 0, 1000);
        for (int i = 0; i < 1000; i++) {
            assertEquals(b.nextDouble(), dfill[i], "fillDouble[" + i + "]");
        }
    }

    private static Map<String, String> numpyStateFile() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = MT19937Test.class.getResourceAsStream("mt19937-seed7-after1000.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    int sp = line.indexOf(' ');
                    out.put(line.substring(0, sp), line.substring(sp + 1).trim());
                }
            }
        }
        return out;
    }

    private static int[] hexWords(String hex) {
        int[] w = new int[hex.length() / 8];
        for (int i = 0; i < w.length; i++) {
            w[i] = Integer.parseUnsignedInt(hex.substring(8 * i, 8 * i + 8), 16);
        }
        return w;
    }

    @Test
    void stateRoundTripFromNumpy() throws IOException {
        Map<String, String> f = numpyStateFile();
        int[] key = hexWords(f.get("key"));
        long pos = Long.parseLong(f.get("pos"));
        String[] next = f.get("next").split(" ");

        // MT19937(7) advanced 1000 draws reaches numpy's state
        MT19937 walked = new MT19937(7);
        walked.randomRaw(1000);
        Map<String, Object> st = walked.getState();
        assertEquals("MT19937", st.get("bit_generator"));
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) st.get("state");
        assertArrayEquals(key, (int[]) inner.get("key"));
        assertEquals(pos, inner.get("pos"));
        assertEquals(List.of("bit_generator", "state"), new ArrayList<>(st.keySet()));
        assertEquals(List.of("key", "pos"), new ArrayList<>(inner.keySet()));

        // numpy's state dict, pasted into a fresh generator, continues as numpy does
        List<Supplier<Object>> keyForms = List.of(
                () -> key.clone(),
                () -> { long[] l = new long[624]; for (int i = 0; i < 624; i++) { l[i] = key[i] & 0xFFFFFFFFL; } return l; },
                () -> { List<Object> l = new ArrayList<>(); for (int k : key) { l.add(k & 0xFFFFFFFFL); } return l; });
        for (Supplier<Object> form : keyForms) {
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("key", form.get());
            in.put("pos", pos);
            Map<String, Object> dict = new LinkedHashMap<>();
            dict.put("bit_generator", "MT19937");
            dict.put("state", in);
            MT19937 bg = new MT19937(1);
            bg.setState(dict);
            for (int i = 0; i < next.length; i++) {
                assertEquals(Long.parseLong(next[i], 16), bg.randomRaw(), "continuation #" + i + " key as " + in.get("key").getClass());
            }
        }
        MT19937 legacyTuple = new MT19937(1);
        legacyTuple.setLegacyState(List.of("MT19937", key, pos, 0L, 0.0));
        assertEquals(Long.parseLong(next[0], 16), legacyTuple.randomRaw());
        MT19937 direct = new MT19937(1);
        direct.setKeyAndPos(key, (int) pos);
        assertEquals(Long.parseLong(next[0], 16), direct.randomRaw());
    }

    private static Map<String, Object> dict(Object key, Object pos) {
        Map<String, Object> in = new LinkedHashMap<>();
        if (key != null) {
            in.put("key", key);
        }
        if (pos != null) {
            in.put("pos", pos);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("bit_generator", "MT19937");
        d.put("state", in);
        return d;
    }

    private static List<Object> listOf(int n, Object value) {
        List<Object> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(value);
        }
        return l;
    }

    @Test
    void setStateErrorsMatchNumpy() {
        MT19937 bg = new MT19937(1);
        assertPyError(TypeError.class, "state must be a dict", () -> bg.setState(null));
        assertPyError(ValueError.class, "state must be for a MT19937 PRNG", () -> bg.setState(Map.of()));
        assertPyError(ValueError.class, "state must be for a MT19937 PRNG", () -> bg.setState(Map.of("bit_generator", "PCG64")));
        assertPyError(KeyError.class, "'state'", () -> bg.setState(Map.of("bit_generator", "MT19937")));
        assertPyError(KeyError.class, "'key'", () -> bg.setState(dict(null, null)));
        assertPyError(KeyError.class, "'pos'", () -> bg.setState(dict(new int[624], null)));
        assertPyError(IndexError.class, "list index out of range", () -> bg.setState(dict(listOf(5, 1L), 3L)));
        assertPyError(IndexError.class, "index 5 is out of bounds for axis 0 with size 5", () -> bg.setState(dict(new int[5], 3L)));
        assertPyError(OverflowError.class, "can't convert negative value to uint32_t", () -> bg.setState(dict(listOf(624, -1L), 3L)));
        assertPyError(OverflowError.class, "value too large to convert to uint32_t", () -> bg.setState(dict(listOf(624, 1L << 32), 3L)));
        assertPyError(OverflowError.class, "Python int too large to convert to C unsigned long",
                () -> bg.setState(dict(listOf(624, BigInteger.ONE.shiftLeft(64)), 3L)));
        assertPyError(OverflowError.class, "value too large to convert to int", () -> bg.setState(dict(new int[624], 1L << 31)));
        assertPyError(ValueError.class, "state is not a legacy MT19937 state", () -> bg.setLegacyState(List.of("MT19937", new int[624])));
        assertPyError(ValueError.class, "state is not a legacy MT19937 state", () -> bg.setLegacyState(List.of("PCG64", new int[624], 5L)));
        assertPyError(IndexError.class, "tuple index out of range", () -> bg.setLegacyState(List.of()));
        Map<String, Object> intState = new LinkedHashMap<>();
        intState.put("bit_generator", "MT19937");
        intState.put("state", 5L);
        assertPyError(TypeError.class, "'int' object is not subscriptable", () -> bg.setState(intState));
        assertPyError(TypeError.class, "'int' object is not subscriptable", () -> bg.setState(dict(5L, 1L)));
        assertPyError(TypeError.class, "an integer is required", () -> bg.setState(dict(new int[624], "a")));
        assertPyError(TypeError.class, "an integer is required", () -> bg.setState(dict(listOf(624, "a"), 1L)));
        assertUnchanged(bg, () -> bg.setState(dict(listOf(624, -1L), 3L)));
        assertUnchanged(bg, () -> bg.setState(dict(new int[624], 1L << 31)));
        // accepted by numpy too: a float word is truncated (Cython calls int())
        MT19937 f = new MT19937(1);
        f.setState(dict(listOf(624, 1.5), 1.0));
        assertEquals(1, f.key()[100]);
        assertEquals(1, f.pos());
    }

    @Test
    void conformanceExamples() {
        // /work/shared/conformance/examples.expected.jsonl (NumPy 2.4): bg-MT19937-1, bg-jumped-MT19937-1
        MT19937 a = new MT19937(new SeedSequence(new BigInteger("17566668070357936468"), new long[] {1}, 4));
        assertArrayEquals(new long[] {3334178919L, 95551887L, 1196046500L, 3187325489L}, a.randomRaw(4));
        MT19937 b = new MT19937(new SeedSequence(new BigInteger("18003715602565732006"), new long[] {2, 0, 0}, 4));
        assertArrayEquals(new long[] {151440640L, 1828896237L, 2944023177L, 2417311566L}, b.jumped(3L).randomRaw(4));
    }

    @Test
    void jumpPolynomialTableIsNumpys() {
        // degree and popcount computed in python from numpy v2.4.6 mt19937-jump.h poly_coef
        assertEquals(19933, Mt19937JumpPolynomial.degree());
        assertEquals(9832, Mt19937JumpPolynomial.popCount());
    }

    private static MT19937 jumpStart(String kind) {
        switch (kind) {
            case "ss623":
                return new MT19937(1234);
            case "pos5": {
                MT19937 m = MT19937.legacy(1234);
                m.randomRaw(629);
                return m;
            }
            case "pos624":
                return MT19937.legacy(1234);
            case "pos0": {
                MT19937 m = MT19937.legacy(1234);
                m.setKeyAndPos(m.key(), 0);
                return m;
            }
            default:
                throw new AssertionError(kind);
        }
    }

    /** sum over i of key[i]*(i+1) mod 2**64, as computed in python on numpy's jumped state. */
    private static long keySignature(int[] key) {
        long s = 0;
        for (int i = 0; i < key.length; i++) {
            s += (key[i] & 0xFFFFFFFFL) * (i + 1);
        }
        return s;
    }

    @Test
    void jumpedMatchesNumpy() {
        // {start, jumps, pos after, key signature, random_raw(6) after}
        Object[][] cases = {
            {"ss623", 1, 588, 0x18a2b1d329f49L, new long[] {0xaa24d576L, 0x40df28a0L, 0x82bf52d6L, 0x9d6feed9L, 0xe04dc149L, 0xdce9b89aL}},
            {"ss623", 2, 553, 0x1759c949098b2L, new long[] {0x77c8b100L, 0x94202686L, 0xc547359aL, 0xc00fd986L, 0x71ff6bacL, 0x6e9e5f2L}},
            {"ss623", 3, 518, 0x18adad34ee4f1L, new long[] {0x3d16e869L, 0x42e698b7L, 0xba031309L, 0xe6b478bbL, 0x369c2fa7L, 0xf492197fL}},
            {"pos5", 1, 594, 0x16845ebf7225cL, new long[] {0xfb45176dL, 0xd0ab127bL, 0x5c8fb669L, 0x19c6b48dL, 0xb73711c2L, 0x65152062L}},
            {"pos5", 2, 559, 0x18149fb4da1e8L, new long[] {0x580288cdL, 0x6aa9149dL, 0xe6590417L, 0xeb06a8ceL, 0x304e6555L, 0x96f7b703L}},
            {"pos5", 3, 524, 0x178f995882bdeL, new long[] {0xb0c0e110L, 0xa577c75bL, 0xa2bc6d6fL, 0xbee5a17fL, 0x78e29ca9L, 0x88d39482L}},
            {"pos624", 1, 589, 0x16592959b1436L, new long[] {0x115e997eL, 0x99ad56e7L, 0x10fb3d30L, 0x7930cf68L, 0x2df8a9bdL, 0x207bff96L}},
            {"pos624", 2, 554, 0x185818f3470eeL, new long[] {0x552e0a1eL, 0x1b02765eL, 0xef76c30dL, 0x7b8c570cL, 0xddee7348L, 0xa76fa463L}},
            {"pos624", 3, 519, 0x184c354bc4b2bL, new long[] {0xa17d6102L, 0xbe71b400L, 0xfcc0763aL, 0x22f79304L, 0xc8f8ba37L, 0x1bc9ea88L}},
            {"pos0", 1, 589, 0x16592959b1436L, new long[] {0x115e997eL, 0x99ad56e7L, 0x10fb3d30L, 0x7930cf68L, 0x2df8a9bdL, 0x207bff96L}},
            {"pos0", 3, 519, 0x184c354bc4b2bL, new long[] {0xa17d6102L, 0xbe71b400L, 0xfcc0763aL, 0x22f79304L, 0xc8f8ba37L, 0x1bc9ea88L}},
        };
        for (Object[] c : cases) {
            String what = c[0] + " jumped(" + c[1] + ")";
            MT19937 start = jumpStart((String) c[0]);
            int[] keyBefore = start.key();
            int posBefore = start.pos();
            MT19937 j = (int) c[1] == 1 ? start.jumped()
                    : (int) c[1] == 2 ? start.jumped(BigInteger.TWO) : start.jumped((long) (int) c[1]);
            assertEquals((int) c[2], j.pos(), what + " pos");
            assertEquals((long) c[3], keySignature(j.key()), what + " key signature");
            long[] raw = j.randomRaw(6);
            assertArrayEquals((long[]) c[4], raw, what + " random_raw(6)");
            assertArrayEquals(keyBefore, start.key(), what + ": the original must not move");
            assertEquals(posBefore, start.pos());
            assertNotNull(j.seedSequence());
        }
        // jumps <= 0: numpy loops zero times and returns a copy
        MT19937 m = new MT19937(0);
        MT19937 copy = m.jumped(0L);
        assertArrayEquals(m.key(), copy.key());
        assertEquals(623, copy.pos());
        assertPyError(OverflowError.class, "Python int too large to convert to C long",
                () -> m.jumped(BigInteger.ONE.shiftLeft(63)));
    }

    @Test
    void spawnMatchesNumpy() {
        // NumPy: m = MT19937(5); [k.random_raw(3) for k in m.spawn(2)]; then m.spawn(1)
        MT19937 m = new MT19937(5);
        List<MT19937> kids = m.spawn(2);
        assertArrayEquals(new long[] {343001884L, 3614649104L, 3314683903L}, kids.get(0).randomRaw(3));
        assertArrayEquals(new long[] {955296258L, 3588017664L, 1180475706L}, kids.get(1).randomRaw(3));
        assertEquals(2, m.seedSequence().childrenSpawned());
        // through the BitGenerator type, as generic code sees it
        BitGenerator asBase = m;
        List<? extends BitGenerator> more = asBase.spawn(1);
        assertEquals(MT19937.class, more.get(0).getClass());
        assertArrayEquals(new long[] {1833511010L, 1342351628L, 2377258533L}, more.get(0).randomRaw(3));
        assertEquals(0, m.spawn(0).size());
        assertPyError(OverflowError.class, "can't convert negative value to uint32_t", () -> new MT19937(5).spawn(-1));
    }

    @Test
    void spawnAfterLegacySeedingRaisesNumpysError() {
        // NumPy: bg = MT19937(); bg._legacy_seeding(5); bg.spawn(1) / bg.spawn(-1) -> TypeError
        String msg = "The underlying SeedSequence does not implement spawning.";
        MT19937 legacy = MT19937.legacy(5);
        assertNull(legacy.seedSequence());
        assertPyError(TypeError.class, msg, () -> legacy.spawn(1));
        assertPyError(TypeError.class, msg, () -> legacy.spawn(-1));
        assertNull(MT19937.legacy(new long[] {1, 2}).seedSequence());
        MT19937 reseeded = new MT19937(5);
        reseeded.legacySeed(7L);
        assertPyError(TypeError.class, msg, () -> reseeded.spawn(1));
        // a failed legacy seeding leaves nothing behind to use
        assertPyError(ValueError.class, "Seed must be between 0 and 2**32 - 1", () -> MT19937.legacy(-1));
    }

    @Test
    void randomRawSizes() {
        // NumPy: MT19937(1).random_raw(-1) -> ValueError; random_raw(0) -> empty
        assertPyError(ValueError.class, "negative dimensions are not allowed", () -> new MT19937(1).randomRaw(-1));
        assertEquals(0, new MT19937(1).randomRaw(0).length);
        // one call over a twist boundary equals single draws (random_raw(1300) itself is pinned above)
        MT19937 a = new MT19937(9);
        MT19937 b = new MT19937(9);
        long[] bulk = a.randomRaw(700);
        for (int i = 0; i < bulk.length; i++) {
            assertEquals(b.randomRaw(), bulk[i], "element " + i);
        }
    }

    @Test
    void setStateConversionErrorsMatchNumpy() {
        MT19937 bg = new MT19937(1);
        int[] key = bg.key();
        // NumPy 2.4.6, m.state = {'bit_generator': 'MT19937', 'state': {'key': ..., 'pos': ...}}
        assertPyError(OverflowError.class, "Python int too large to convert to C long",
                () -> bg.setState(dict(key, BigInteger.ONE.shiftLeft(63))));
        assertPyError(OverflowError.class, "value too large to convert to int", () -> bg.setState(dict(key, Long.MIN_VALUE)));
        assertPyError(OverflowError.class, "Python int too large to convert to C long",
                () -> bg.setState(dict(key, BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE))));
        assertPyError(OverflowError.class, "Python int too large to convert to C long", () -> bg.setState(dict(key, 1e30)));
        // a short key: the bad word comes before the missing one
        assertPyError(TypeError.class, "an integer is required", () -> bg.setState(dict(List.of(1L, "a", 3L), 1L)));
        assertPyError(OverflowError.class, "can't convert negative value to uint32_t",
                () -> bg.setState(dict(List.of(1L, -1L, 3L), 1L)));
        assertPyError(OverflowError.class, "value too large to convert to uint32_t",
                () -> bg.setState(dict(new long[] {1, 1L << 32, 3}, 1L)));
        assertPyError(ValueError.class, "cannot convert float NaN to integer",
                () -> bg.setState(dict(new double[] {1, Double.NaN, 3}, 1L)));
        assertPyError(IndexError.class, "list index out of range", () -> bg.setState(dict(List.of(1L, 2L), null)));
        assertPyError(OverflowError.class, "cannot convert float infinity to integer",
                () -> bg.setState(dict(listOf(624, Double.POSITIVE_INFINITY), 1L)));
        assertPyError(OverflowError.class, "value too large to convert to uint32_t", () -> bg.setState(dict(listOf(624, 0x1p40), 1L)));
        double[] neg = new double[624];
        Arrays.fill(neg, -1.0);
        assertPyError(OverflowError.class, "can't convert negative value to uint32_t", () -> bg.setState(dict(neg, 1L)));
        // keys that are not sequences of ints
        assertPyError(IndexError.class, "string index out of range", () -> bg.setState(dict("", 1L)));
        assertPyError(TypeError.class, "an integer is required", () -> bg.setState(dict("abc", 1L)));
        assertPyError(TypeError.class, "an integer is required", () -> bg.setState(dict(listOf(624, List.of(1L)), 1L)));
        assertPyError(KeyError.class, "0", () -> bg.setState(dict(Map.of("a", 1L), 1L)));
        Map<String, Object> noneKey = dict(null, 1L);
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) noneKey.get("state");
        inner.put("key", null);
        assertPyError(TypeError.class, "'NoneType' object is not subscriptable", () -> bg.setState(noneKey));
        // a 'state' entry that is not a dict
        for (Object[] c : new Object[][] {
            {"abc", TypeError.class, "string indices must be integers, not 'str'"},
            {5.0, TypeError.class, "'float' object is not subscriptable"},
            {true, TypeError.class, "'bool' object is not subscriptable"},
            {null, TypeError.class, "'NoneType' object is not subscriptable"},
            {List.of(1L), TypeError.class, "list indices must be integers or slices, not str"},
            {new long[] {1, 2}, IndexError.class, "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`)"
                    + " and integer or boolean arrays are valid indices"},
        }) {
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("bit_generator", "MT19937");
            st.put("state", c[0]);
            @SuppressWarnings("unchecked")
            Class<? extends RuntimeException> type = (Class<? extends RuntimeException>) c[1];
            assertPyError(type, (String) c[2], () -> bg.setState(st));
        }
        assertArrayEquals(key, bg.key(), "unchanged after the errors");
    }
}
