package org.nprand.bitgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link SeedSequence} against NumPy 2.4.6 ({@link Bitgen64Vectors#SEEDSEQ}; the error cases are in
 * {@link Bitgen64Vectors#SEEDING_ERRORS}, run by {@link Bitgen64Test}).
 */
class SeedSequenceTest {

    @TestFactory
    Stream<DynamicTest> poolGenerateStateAndSpawn() {
        return Stream.of(Bitgen64Vectors.SEEDSEQ).map(c -> DynamicTest.dynamicTest(shorten((String) c[0]), () -> {
            String ctx = (String) c[0];
            @SuppressWarnings("unchecked")
            SeedSequence ss = ((Supplier<SeedSequence>) c[1]).get();
            Bitgen64Test.assertInts(ctx + " pool", (int[]) c[2], ss.pool());
            Bitgen64Test.assertInts(ctx + " generate_state(7)", (int[]) c[3], ss.generateState32(7));
            Bitgen64Test.assertLongs(ctx + " generate_state(5, uint64)", (long[]) c[4], ss.generateState64(5));
            assertEquals(c[5], StateLiteral.format(ss.state()), ctx + " state");
            SeedSequence[] first = ss.spawn(2);
            SeedSequence[] second = ss.spawn(1);
            SeedSequence[] kids = {first[0], first[1], second[0]};
            int[][] pools = (int[][]) c[6];
            long[][] states = (long[][]) c[7];
            String[] kidStates = (String[]) c[8];
            for (int i = 0; i < kids.length; i++) {
                Bitgen64Test.assertInts(ctx + " child " + i + " pool", pools[i], kids[i].pool());
                Bitgen64Test.assertLongs(ctx + " child " + i + " generate_state(3, uint64)", states[i],
                        kids[i].generateState64(3));
                assertEquals(kidStates[i], StateLiteral.format(kids[i].state()), ctx + " child " + i + " state");
            }
            assertEquals(c[9], StateLiteral.format(ss.state()), ctx + " state after spawning");
        }));
    }

    private static String shorten(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "..." : s;
    }

    @Test
    void mapVectors() {
        // numpy-random-map.md §2.3, re-checked with NumPy 2.4.6.
        SeedSequence ss = new SeedSequence(12345);
        Bitgen64Test.assertInts("pool", new int[] {0xf293d734, 0xfd668225, 0xf94ff895, 0x872090a0}, ss.pool());
        Bitgen64Test.assertInts("generate_state(4)", new int[] {0xa03d837c, 0xb5ae6482, 0xfa1f7a2f, 0xbbe2996f},
                ss.generateState32(4));
        Bitgen64Test.assertLongs("generate_state(2, uint64)", new long[] {0xb5ae6482a03d837cL, 0xbbe2996ffa1f7a2fL},
                ss.generateState64(2));
    }

    @Test
    void sequenceFormsAsNumpy246() {
        // python3: SeedSequence([[1, 2], [3]]).pool == SeedSequence([1, 2, 3]).pool (2.4.6 flattens)
        int[] pool123 = {(int) 2458639524L, 1061464697, (int) 2626552090L, (int) 3152200050L};
        Bitgen64Test.assertInts("[[1, 2], [3]]", pool123,
                new SeedSequence(List.of(List.of(1L, 2L), new long[] {3L}), List.of(), 4, 0).pool());
        Bitgen64Test.assertInts("[1, 2, 3]", pool123, new SeedSequence(1, 2, 3).pool());
        // SeedSequence(np.array([5, 6], dtype=np.uint32)).pool == SeedSequence([5, 6]).pool
        int[] pool56 = {1057914134, (int) 2291015263L, 1849226162, (int) 2482082351L};
        Bitgen64Test.assertInts("uint32[5, 6]", pool56,
                new SeedSequence(new int[] {5, 6}, List.of(), 4, 0).pool());
        // SeedSequence([True]).pool == SeedSequence(1).pool
        int[] pool1 = {(int) 2704793989L, 232979121, (int) 2500767352L, 1423772289};
        Bitgen64Test.assertInts("[True]", pool1, new SeedSequence(List.of(true), List.of(), 4, 0).pool());
        Bitgen64Test.assertInts("1", pool1, new SeedSequence(1).pool());
    }

    @Test
    void zeroLengthRequestsAndSpawn() {
        SeedSequence ss = new SeedSequence(1);
        assertEquals(0, ss.generateState32(0).length);
        assertEquals(0, ss.generateState64(0).length);
        assertEquals(0, ss.spawn(0).length);
        assertEquals(0, ss.childrenSpawned());
    }

    @Test
    void osEntropyIsKeptReadable() {
        SeedSequence a = new SeedSequence();
        SeedSequence b = new SeedSequence();
        BigInteger e = (BigInteger) a.entropy();
        assertEquals(true, e.bitLength() <= 128 && e.signum() >= 0);
        assertNotEquals(a.entropy(), b.entropy());
        Bitgen64Test.assertInts("same entropy, same pool", a.pool(), new SeedSequence(e).pool());
        assertEquals(List.of(), a.spawnKey());
    }

    @Test
    void osEntropyIsPoolSizeTimes32Bits() {
        // NumPy: entropy = randbits(pool_size * 32)
        assertEquals(128, SeedSequence.osEntropyBits(4));
        assertEquals(256, SeedSequence.osEntropyBits(8));
        assertEquals(32 * 1000, SeedSequence.osEntropyBits(1000));
        assertThrows(IllegalArgumentException.class, () -> SeedSequence.osEntropyBits(Integer.MAX_VALUE / 32 + 1));
        // max(SeedSequence(pool_size=8).entropy.bit_length() for _ in range(20)) is 256 in NumPy;
        // each draw exceeds 128 bits with probability 1 - 2**-128.
        boolean above128 = false;
        for (int i = 0; i < 4; i++) {
            BigInteger e = (BigInteger) new SeedSequence(null, List.of(), 8, 0).entropy();
            assertTrue(e.bitLength() <= 256, "bit length " + e.bitLength());
            above128 |= e.bitLength() > 128;
        }
        assertTrue(above128, "pool_size=8 must draw 256 bits of entropy");
        assertEquals(8, new SeedSequence(null, List.of(), 8, 0).pool().length);
        assertTrue(((BigInteger) new SeedSequence().entropy()).bitLength() <= 128);
    }

    @Test
    void poolSizeIsCheckedBeforeDrawingEntropy() {
        // NumPy: SeedSequence(pool_size=3) -> ValueError, before randbits
        org.nprand.errors.ValueError e = assertThrows(org.nprand.errors.ValueError.class,
                () -> new SeedSequence(null, List.of(), 3, 0));
        assertEquals("The size of the entropy pool should be at least 4", e.getMessage());
    }

    @Test
    void generateStateWrapsAroundAnOddPool() {
        // NumPy: ss = SeedSequence(123, pool_size=5); ss.generate_state(7, np.uint64), (13, np.uint32)
        SeedSequence ss = new SeedSequence(BigInteger.valueOf(123), new long[0], 5);
        assertArrayEquals(new long[] {0xed6e44fba425a340L, 0x8d13413a1eb9bec3L, 0xea6fb8429020765bL,
                0x97d0f286679a6377L, 0x515a64696ba98420L, 0x2eb67043ca6acfffL, 0xfa97115e37540d76L},
                ss.generateState64(7));
        Bitgen64Test.assertInts("generate_state(13)", new int[] {0xa425a340, 0xed6e44fb, 0x1eb9bec3, 0x8d13413a,
                0x9020765b, 0xea6fb842, 0x679a6377, 0x97d0f286, 0x6ba98420, 0x515a6469, 0xca6acfff, 0x2eb67043,
                0x37540d76}, ss.generateState32(13));
    }

    @Test
    void hugeGenerateStateDoesNotOverflow() {
        // 2 * n used to wrap negative for n >= 2**30 and raise "negative dimensions are not allowed".
        // Now only the result array is allocated; Integer.MAX_VALUE elements exceed the JVM's array
        // limit (NumPy would raise MemoryError for such a request).
        SeedSequence ss = new SeedSequence(1L);
        assertInstanceOf(OutOfMemoryError.class, thrown(() -> ss.generateState64(Integer.MAX_VALUE)));
        assertInstanceOf(OutOfMemoryError.class, thrown(() -> ss.generateState32(Integer.MAX_VALUE)));
    }

    private static Throwable thrown(Runnable r) {
        try {
            r.run();
        } catch (Throwable t) {
            return t;
        }
        return null;
    }
}
