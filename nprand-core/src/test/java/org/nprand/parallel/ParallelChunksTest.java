package org.nprand.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nprand.internal.parallel.Method;
import org.nprand.internal.parallel.Scanner;

/**
 * For every spec of {@code parallel_vectors.txt.gz} (every supported method, in each mode, over
 * the five bit generators), the concatenation of independently generated chunks equals the
 * sequential Java output bit for bit (which {@link ParallelGoldenTest} checks against NumPy):
 *
 * <ul>
 *   <li>random chunk plans (with empty and one-element chunks) over {@link IndexedStream};</li>
 *   <li>seek mode: chunk boundaries at every small offset, so odd 32-bit positions (the
 *       {@code has_uint32} buffer), Philox word offsets 1, 2, 3 mod 4 and byte offsets within a
 *       {@code bytes} word all occur;</li>
 *   <li>scan mode: plans over tiny blocks (2, 16 and 257 units), which force re-parses,
 *       full fallbacks and blocks spanned by one element, and the thread fill's region join over
 *       tiny regions;</li>
 *   <li>blocked mode: chunks across block boundaries;</li>
 *   <li>{@link ParallelFill} on 3 threads;</li>
 *   <li>{@link ParallelReader}: the stream read in chunks of random sizes, on one and two tasks,
 *       and for scan mode over tiny regions.</li>
 * </ul>
 */
class ParallelChunksTest {

    /** A prime, so that no plan divides it evenly. */
    private static final int N = 20_011;
    /** Elements for the tiny-block plans. */
    private static final int SMALL = 1_000;
    private static final int[] TINY_BLOCKS = {2, 16, 257};
    private static final int[] TINY_REGIONS = {2, 64};

    private static ExecutorService pool;
    private static long reparsed;
    private static long fullFallbacks;
    private static long gammaFullFallbacks;

    @BeforeAll
    static void start() {
        pool = ParallelFill.newPool(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    @TestFactory
    Stream<DynamicTest> chunksEqualSequential() {
        return ParallelCases.load().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(ParallelCases.Case c) throws Exception {
        StreamSpec spec = c.streamSpec();
        Object seq = ParallelCases.sequential(spec, N);
        Random rnd = new Random(c.name().hashCode());
        IndexedStream s = IndexedStream.of(spec, N);
        for (int plan = 0; plan < 2; plan++) {
            assertPlan(s, seq, randomCuts(rnd, N, 8), c.name() + " random plan " + plan);
        }
        switch (spec.mode()) {
            case SEEK -> assertPlan(s, seq, new long[] {0, 1, 2, 3, 5, 5, 6, 9, 13, 14, 31, 33, 34, 35, N},
                    c.name() + " small offsets");
            case BLOCKED -> {
                long b = spec.blockSize();
                assertPlan(s, seq, new long[] {0, b - 1, b, b + 1, 3 * b - 1, 3 * b + 2, N}, c.name() + " block edges");
            }
            case SCAN -> scanPaths(c, spec, seq, rnd);
            default -> throw new AssertionError();
        }
        Object par = ParallelCases.newArray(spec, N);
        ParallelCases.parallelFill(spec, par, 3);
        ParallelCases.assertSame(seq, par, c.name() + " 3 threads");
        for (int threads : new int[] {1, 2}) {
            try (ParallelReader r = ParallelReader.open(spec, N, pool, threads)) {
                assertReads(r, seq, rnd, c.name() + " reader, " + threads + " tasks");
            }
        }
    }

    /**
     * Reads the whole stream in chunks of random sizes (1 element, a few, thousands), checks it
     * against {@code want}, and that the reader is then exhausted.
     */
    static void assertReads(ParallelReader r, Object want, Random rnd, String what) {
        int n = java.lang.reflect.Array.getLength(want);
        Object got = ParallelCases.newArray(r.spec(), n);
        int at = 0;
        List<Integer> sizes = new ArrayList<>();
        while (at < n) {
            int len = switch (rnd.nextInt(4)) {
                case 0 -> 1;
                case 1 -> rnd.nextInt(17);
                case 2 -> rnd.nextInt(3000);
                default -> rnd.nextInt(n);
            };
            int k = Math.min(len, n - at);
            sizes.add(len);
            assertEquals(k, r.readAny(got, at, k), what + " read of " + k + " at " + at);
            at += k;
        }
        assertEquals(n, r.position());
        Object extra = ParallelCases.newArray(r.spec(), 3);
        assertEquals(-1, r.readAny(extra, 0, 3), what + " past the end");
        ParallelCases.assertSame(want, got, what + " reads of " + sizes);
    }

    /** Scan mode: tiny-block plans and the thread join over tiny regions. */
    private static void scanPaths(ParallelCases.Case c, StreamSpec spec, Object seq, Random rnd) throws Exception {
        Object prefix = ParallelCases.newArray(spec, SMALL);
        System.arraycopy(seq, 0, prefix, 0, SMALL);
        for (int w : TINY_BLOCKS) {
            ScanPlan.Builder b = ScanPlan.builder(spec, SMALL, w);
            while (!b.done()) {
                for (long block : b.nextBlocks()) {
                    b.add(ScanPlan.summarize(spec, block, w));
                }
            }
            ScanPlan plan = b.build();
            synchronized (ParallelChunksTest.class) {
                reparsed += plan.reparsedBlocks();
                fullFallbacks += plan.fullFallbacks();
                if (spec.method().name.equals("standard_gamma")) {
                    gammaFullFallbacks += plan.fullFallbacks();
                }
            }
            IndexedStream s = IndexedStream.of(spec, plan);
            assertPlan(s, prefix, randomCuts(rnd, SMALL, 12), c.name() + " blocks of " + w + " units (" + plan + ")");
        }
        // the fast parse (batches drawn from the generator, positions read off its state) and the
        // tracked parse (every draw counted) agree on every segment, long or tiny
        Method m = spec.method().forChunk();
        for (int len : new int[] {1, 2, 7, 100, 3000}) {
            long start = rnd.nextInt(5000);
            Scanner.Segment tracked = Scanner.parse(m, spec::freshSeekable, start, start + len, null, 1.0, false);
            Scanner.Segment fast = Scanner.parse(m, spec::freshSeekable, start, start + len, null,
                    spec.unitsPerElement(), true);
            assertEquals(tracked.count, fast.count, c.name() + " count of [" + start + ", +" + len + ")");
            assertEquals(tracked.stop, fast.stop, c.name() + " stop of [" + start + ", +" + len + ")");
        }
        for (int region : TINY_REGIONS) {
            Object out = ParallelCases.newArray(spec, SMALL);
            ParallelFill.scan(spec, out, SMALL, pool, 2, region);
            ParallelCases.assertSame(prefix, out, c.name() + " thread join over regions of " + region + " units");
            // the same join, resumed across reads of random sizes (re-parses cut short by a read's end)
            try (ParallelReader r = new ParallelReader(spec, SMALL, pool, false, 2, region)) {
                assertReads(r, prefix, rnd, c.name() + " reader over regions of " + region + " units");
            }
        }
    }

    @Test
    void tinyBlocksForcedFallbacks() throws Exception {
        // gamma's two-word iterations keep a wrong parse out of step: with blocks of 16 units
        // (a handful of elements) most re-parses never meet the speculative parse
        StreamSpec gamma = StreamSpec.of("PCG64", 5).standardGamma(2.5);
        ScanPlan p = buildPlan(gamma, 4000, 16);
        assertTrue(p.reparsedBlocks() > 50, p.toString());
        assertTrue(p.fullFallbacks() > 10, p.toString());
        Object seq = ParallelCases.sequential(gamma, 4000);
        ParallelCases.assertSame(seq, IndexedStream.of(gamma, p).doubles(0, 4000), "gamma over " + p);
        synchronized (ParallelChunksTest.class) {
            gammaFullFallbacks += p.fullFallbacks();
        }
    }

    @AfterAll
    static void fallbacksHappened() {
        // the tiny-block plans above must have exercised both kinds of fix-up
        System.out.println("ParallelChunksTest: tiny-block scan plans re-parsed " + reparsed + " blocks, "
                + fullFallbacks + " of them to their end (" + gammaFullFallbacks + " for standard_gamma)");
        if (reparsed > 0) {
            assertTrue(fullFallbacks > 0, "full fallbacks " + fullFallbacks);
            assertTrue(gammaFullFallbacks > 0, "gamma full fallbacks " + gammaFullFallbacks);
        }
    }

    static ScanPlan buildPlan(StreamSpec spec, long n, int blockUnits) {
        ScanPlan.Builder b = ScanPlan.builder(spec, n, blockUnits);
        while (!b.done()) {
            for (long block : b.nextBlocks()) {
                b.add(ScanPlan.summarize(spec, block, blockUnits));
            }
        }
        return b.build();
    }

    /** Sorted cuts in [0, n] with 0 and n, duplicates (empty chunks) and neighbours (one element). */
    static long[] randomCuts(Random rnd, int n, int k) {
        List<Long> cuts = new ArrayList<>();
        cuts.add(0L);
        cuts.add((long) n);
        for (int i = 0; i < k; i++) {
            long x = rnd.nextInt(n + 1);
            cuts.add(x);
            switch (rnd.nextInt(4)) {
                case 0 -> cuts.add(x);                        // an empty chunk
                case 1 -> cuts.add(Math.min(n, x + 1));       // a one-element chunk
                default -> { }
            }
        }
        return cuts.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The chunks between consecutive cuts, each generated alone, concatenate to {@code want}. */
    static void assertPlan(IndexedStream s, Object want, long[] cuts, String what) {
        int n = java.lang.reflect.Array.getLength(want);
        assertEquals(0, cuts[0]);
        assertEquals(n, cuts[cuts.length - 1]);
        Object got = ParallelCases.newArray(s.spec(), n);
        // fill in a shuffled order: chunks must not depend on each other
        Integer[] order = new Integer[cuts.length - 1];
        Arrays.setAll(order, i -> i);
        java.util.Collections.shuffle(Arrays.asList(order), new Random(cuts.length));
        for (int i : order) {
            int len = (int) (cuts[i + 1] - cuts[i]);
            Object part = ParallelCases.newArray(s.spec(), len);
            ParallelCases.fill(s, cuts[i], part, 0, len);
            System.arraycopy(part, 0, got, (int) cuts[i], len);
        }
        ParallelCases.assertSame(want, got, what + " " + Arrays.toString(cuts));
    }
}
