package org.nprand.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nprand.bitgen.PCG64;
import org.nprand.bitgen.PCG64DXSM;
import org.nprand.bitgen.Philox;
import org.nprand.bitgen.SeedSequence;
import org.nprand.errors.ValueError;
import org.nprand.internal.parallel.LibmCheck;
import org.nprand.math.Libm;
import org.nprand.numpy.DType;

/** The plan API's contracts: modes, errors, serialization, the distributed fix-up, far seeks. */
class ParallelApiTest {

    private static final StreamSpec PCG = StreamSpec.of("PCG64", 12345);

    @Test
    void modes() {
        assertEquals(Mode.SEEK, PCG.random().mode());
        assertEquals(Mode.SEEK, PCG.randomFloat().mode());
        assertEquals(Mode.SEEK, PCG.uniform(0, 1).mode());
        assertEquals(Mode.SEEK, PCG.bytes().mode());
        assertEquals(Mode.SEEK, PCG.standardExponential("inv").mode());
        assertEquals(Mode.SEEK, PCG.standardExponentialFloat("inv").mode());
        assertEquals(Mode.SEEK, PCG.triangular(0, 0.5, 1).mode());
        assertEquals(Mode.SEEK, PCG.integers(0, 1 << 20).mode());
        assertEquals(Mode.SEEK, PCG.integers(-(1L << 40), 1L << 40).mode());
        assertEquals(Mode.SEEK, PCG.integers(BigInteger.ZERO, BigInteger.ONE.shiftLeft(64), DType.UINT64, false).mode());
        assertEquals(Mode.SEEK, PCG.integers(7, 8).mode(), "a constant draws nothing");
        assertEquals(Mode.SEEK, PCG.poisson(0).mode(), "poisson(0) draws nothing");
        assertEquals(Mode.SCAN, PCG.integers(0, 10).mode());
        assertEquals(Mode.SCAN, PCG.standardNormal().mode());
        assertEquals(Mode.SCAN, PCG.standardExponential().mode());
        assertEquals(Mode.SCAN, PCG.laplace(0, 1).mode());
        assertEquals(Mode.SCAN, PCG.binomial(10, 0.5).mode());
        assertEquals(Mode.BLOCKED, PCG.standardNormal().blocked(100).mode());
        assertEquals(Mode.SCAN, PCG.standardNormal().blocked(100).blocked(0).mode());
        assertEquals(ValueType.FLOAT32, PCG.standardGammaFloat(2).valueType());
        assertEquals(ValueType.INT64, PCG.poisson(2).valueType());
        assertEquals(ValueType.BYTES, PCG.bytes().valueType());
    }

    @Test
    void unseekableGeneratorsNeedBlockedMode() {
        for (String bg : new String[] {"MT19937", "SFC64"}) {
            StreamSpec s = StreamSpec.of(bg, 1).standardNormal();
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, s::mode);
            assertTrue(e.getMessage().contains("blocked"), e.getMessage());
            assertThrows(UnsupportedOperationException.class, () -> IndexedStream.of(s, 10));
            assertThrows(UnsupportedOperationException.class, () -> ParallelFill.fill(s, new double[10], 2));
            assertEquals(Mode.BLOCKED, s.blocked(10).mode());
        }
        StreamSpec int8 = PCG.integers(BigInteger.ZERO, BigInteger.TEN, DType.INT8, false);
        assertThrows(UnsupportedOperationException.class, int8::mode);
        assertEquals(10, IndexedStream.of(int8.blocked(4), 10).longs(0, 10).length);
    }

    @Test
    void numpyValidation() {
        ValueError e = assertThrows(ValueError.class, () -> PCG.normal(0, -1));
        assertEquals("scale < 0", e.getMessage());
        assertEquals("low >= high", assertThrows(ValueError.class, () -> PCG.integers(5, 5)).getMessage());
        assertEquals("n < 0", assertThrows(ValueError.class, () -> PCG.binomial(-1, 0.5)).getMessage());
        assertEquals("lam < 0 or lam is NaN", assertThrows(ValueError.class, () -> PCG.poisson(-1)).getMessage());
        assertThrows(ValueError.class, () -> StreamSpec.of("PCG32", 1));
        assertThrows(ValueError.class, () -> StreamSpec.of("PCG64", -1));
    }

    @Test
    void chunkErrors() {
        IndexedStream s = IndexedStream.of(PCG.standardNormal(), 100);
        assertThrows(IndexOutOfBoundsException.class, () -> s.doubles(90, 101));
        assertThrows(IndexOutOfBoundsException.class, () -> s.fill(-1, new double[1], 0, 1));
        assertThrows(IllegalArgumentException.class, () -> s.longs(0, 1));
        assertThrows(IllegalArgumentException.class, () -> s.doubles(5, 4));
        assertEquals(0, s.doubles(100, 100).length);
        assertThrows(IllegalArgumentException.class, () -> ParallelFill.fill(PCG.poisson(3), new double[5], 2));
    }

    @Test
    void numpyCode() {
        assertEquals("np.random.Generator(np.random.PCG64(12345)).normal(0.0, 1.0, size=1000)",
                PCG.normal(0, 1).numpyCode(1000));
        assertEquals("np.random.Generator(np.random.Philox(7)).random(dtype=np.float32, size=10)",
                StreamSpec.of("Philox", 7).randomFloat().numpyCode(10));
        assertEquals("np.random.Generator(np.random.PCG64(12345)).bytes(10)", PCG.bytes().numpyCode(10));
        assertEquals("N, B = 1000, 256\n"
                + "ss = np.random.SeedSequence(12345)\n"
                + "out = np.concatenate([np.random.Generator(np.random.SFC64(child)).standard_gamma(2.5, "
                + "size=min(B, N - b * B)) for b, child in enumerate(ss.spawn(-(-N // B)))])",
                StreamSpec.of("SFC64", 12345).standardGamma(2.5).blocked(256).numpyCode(1000));
        StreamSpec keyed = StreamSpec.of("PCG64", new SeedSequence(BigInteger.valueOf(5), new long[] {3}, 8));
        assertEquals("np.random.Generator(np.random.PCG64(np.random.SeedSequence(5, spawn_key=(3,), pool_size=8)))"
                + ".random(size=3)", keyed.numpyCode(3));
        assertEquals("Generator(PCG64(12345)).integers(0, 10, dtype=np.uint32, endpoint=True)",
                PCG.integers(BigInteger.ZERO, BigInteger.TEN, DType.UINT32, true).toString());
    }

    @Test
    void seedSequenceSpecsMatchTheirGenerators() {
        SeedSequence seq = new SeedSequence(BigInteger.valueOf(99), new long[] {1, 2}, 4);
        StreamSpec s = StreamSpec.of("PCG64", seq).standardNormal();
        double[] want = new org.nprand.numpy.Generator(new PCG64(seq)).standardNormal(5000);
        double[] got = new double[5000];
        ParallelFill.fill(s, got, 2);
        assertArrayEquals(want, got);
        StreamSpec list = StreamSpec.of("Philox", new SeedSequence(1L, 2L, 3L)).random();
        assertArrayEquals(new org.nprand.numpy.Generator(new Philox(1L, 2L, 3L)).random(100),
                IndexedStream.of(list, 100).doubles(0, 100));
    }

    @Test
    void serializedStreamsGiveTheSameChunks() throws Exception {
        for (StreamSpec spec : new StreamSpec[] {PCG.standardGamma(2.5), PCG.random(), PCG.poisson(4).blocked(1000),
            StreamSpec.of("Philox", 3).integers(0, 10)}) {
            IndexedStream s = IndexedStream.of(spec, 50_000);
            IndexedStream copy = roundTrip(s);
            Object a = ParallelCases.newArray(spec, 777);
            Object b = ParallelCases.newArray(spec, 777);
            ParallelCases.fill(s, 31_000, a, 0, 777);
            ParallelCases.fill(copy, 31_000, b, 0, 777);
            ParallelCases.assertSame(a, b, spec + " after serialization");
            assertEquals(spec, roundTrip(spec));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T x) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(x);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void distributedFixUpInAnyOrder() throws Exception {
        StreamSpec spec = PCG.standardGamma(0.7);
        int w = 4096;
        long n = 30_000;
        ScanPlan direct = ParallelChunksTest.buildPlan(spec, n, w);
        ScanPlan.Builder b = ScanPlan.builder(spec, n, w);
        int rounds = 0;
        Random rnd = new Random(1);
        while (!b.done()) {
            rounds++;
            List<BlockSummary> parts = new ArrayList<>();
            for (long block : b.nextBlocks()) {
                // as a cluster would: shipped, shuffled, some computed twice (speculation, retries)
                BlockSummary s = roundTrip(ScanPlan.summarize(spec, block, w));
                parts.add(s);
                if (rnd.nextInt(3) == 0) {
                    parts.add(ScanPlan.summarize(spec, block, w));
                }
            }
            Collections.shuffle(parts, rnd);
            parts.forEach(b::add);
        }
        assertTrue(rounds <= 2, "rounds " + rounds);
        assertEquals(direct, b.build());
        assertEquals(direct, roundTrip(direct));
        ScanPlan threaded = ScanPlan.build(spec, n, 2);
        assertEquals(ScanPlan.BLOCK_UNITS, threaded.blockUnits());
        IndexedStream s = IndexedStream.of(spec, roundTrip(direct));
        assertArrayEquals((double[]) ParallelCases.sequential(spec, (int) n), s.doubles(0, n));
        StreamSpec other = PCG.standardGamma(0.8);
        assertThrows(IllegalArgumentException.class, () -> ScanPlan.builder(other, n, w).add(ScanPlan.summarize(spec, 0, w)));
        assertThrows(IllegalArgumentException.class, () -> IndexedStream.of(other, direct));
        assertThrows(IllegalArgumentException.class, () -> ScanPlan.summarize(PCG.random(), 0));
        ScanPlan empty = ScanPlan.build(spec, 0);
        assertEquals(0, empty.blocks());
        assertNull(IndexedStream.of(PCG.random(), 5).plan());
    }

    @Test
    void farSeeks() {
        // past 2^32 elements, in every unit: words, halves (odd: the buffered high half), bytes
        long i = (1L << 33) + 5;
        IndexedStream pcg = IndexedStream.of(PCG.random(), 1L << 40);
        PCG64 a = new PCG64(12345);
        a.advance(i);
        assertEquals(a.nextDouble(), pcg.doubles(i, i + 1)[0]);

        IndexedStream f32 = IndexedStream.of(StreamSpec.of("PCG64DXSM", 3).randomFloat(), 1L << 40);
        PCG64DXSM d = new PCG64DXSM(3);
        d.advance(i / 2);
        long word = d.nextUInt64();
        float want = ((int) (word >>> 32) >>> 8) * (1.0f / 16777216.0f);
        assertEquals(want, f32.floats(i, i + 1)[0]);

        IndexedStream philox = IndexedStream.of(StreamSpec.of("Philox", 7).random(), 1L << 40);
        for (long j = i; j < i + 9; j++) {
            Philox p = new Philox(7);
            p.advance(j / 4);
            double x = 0;
            for (long k = 0; k <= j % 4; k++) {
                x = p.nextDouble();
            }
            assertEquals(x, philox.doubles(j, j + 1)[0], "Philox element " + j);
        }

        IndexedStream bytes = IndexedStream.of(StreamSpec.of("Philox", 7).bytes(), 1L << 40);
        Philox p = new Philox(7);
        long half = i / 4;
        p.advance(half / 2 / 4);
        long w = 0;
        for (long k = 0; k <= (half / 2) % 4; k++) {
            w = p.nextUInt64();
        }
        int u32 = (int) (half % 2 == 0 ? w : w >>> 32);
        assertEquals((byte) (u32 >>> (8 * (i % 4))), bytes.bytes(i, i + 1)[0]);
    }

    @Test
    void libmPin() {
        String mine = Libm.FMA ? "fma" : "nofma";
        assertEquals(mine, PCG.libmVariant());
        LibmCheck.verify(mine);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LibmCheck.verify(Libm.FMA ? "nofma" : "fma"));
        assertTrue(e.getMessage().contains("-Dnprand.libm="), e.getMessage());
    }

    @Test
    void parallelFillOnCallersExecutor() throws Exception {
        java.util.concurrent.ExecutorService ex = ParallelFill.newPool(3);
        try {
            for (StreamSpec spec : new StreamSpec[] {PCG.standardNormal(), PCG.random(), PCG.bytes(),
                StreamSpec.of("MT19937", 4).exponential(2).blocked(5000), StreamSpec.of("Philox", 9).poisson(7),
                StreamSpec.of("PCG64DXSM", 9).standardGammaFloat(0.5)}) {
                // 300,000 scan elements make a few dozen regions, the last ones tapered
                int n = spec.mode() == Mode.SCAN ? 300_000 : 40_000;
                Object want = ParallelCases.sequential(spec, n);
                Object got = ParallelCases.newArray(spec, n);
                if (got instanceof double[]) {
                    ParallelFill.fill(spec, (double[]) got, ex, 3);
                } else if (got instanceof long[]) {
                    ParallelFill.fill(spec, (long[]) got, ex, 3);
                } else if (got instanceof float[]) {
                    ParallelFill.fill(spec, (float[]) got, ex, 3);
                } else {
                    ParallelFill.fill(spec, (byte[]) got, ex, 3);
                }
                ParallelCases.assertSame(want, got, spec.toString());
            }
        } finally {
            ex.shutdownNow();
        }
    }
}
