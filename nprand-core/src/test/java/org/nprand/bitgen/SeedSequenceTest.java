package org.nprand.bitgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
}
