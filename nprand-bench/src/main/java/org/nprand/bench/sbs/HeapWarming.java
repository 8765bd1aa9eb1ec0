package org.nprand.bench.sbs;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Brings an allocating bulk op to the heap's steady state before it is measured. The collector
 * hands out fresh memory until its first collection, and the first touch of each fresh page (a
 * page fault, slow in a VM) can cost more than the op: {@code rng.integers(0, 100, INT16, false,
 * new short[n])} took 58 ms per call before the first collection and 13 ms after it. A
 * long-running program allocates from memory the collector has freed, so an op that allocates
 * is called until a collection has run; an op that does not is left alone. (Scalar calls that
 * allocate a few bytes are not helped: G1 keeps growing the young generation into fresh memory
 * for many collections, see the README's performance section.)
 */
final class HeapWarming {

    /** At most this long calling an op that allocates. */
    private static final long MAX_NANOS = 20_000_000_000L;
    /** An op that allocates less than this in a call is left alone. */
    private static final long ALLOCATING_BYTES = 1L << 20;

    private HeapWarming() {
    }

    /**
     * Calls {@code op} once; if that allocated, calls it on until a collection has run (or
     * {@link #MAX_NANOS} have passed).
     */
    static void untilCollected(Runnable op) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long collections = collections();
        long before = threads.getCurrentThreadAllocatedBytes();
        op.run();
        if (threads.getCurrentThreadAllocatedBytes() - before < ALLOCATING_BYTES) {
            return;
        }
        while (collections() == collections && System.nanoTime() - start < MAX_NANOS) {
            op.run();
        }
    }

    private static long collections() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionCount());
        }
        return sum;
    }
}
