package org.nprand.python;

/**
 * A fixed-capacity open-addressing hash table of non-negative {@code long} keys, with optional
 * {@code long} values: the unboxed set behind {@link PyRandom#sample}'s set method (CPython's
 * {@code selected = set()}) and the sparse pool for populations too large for an array.
 *
 * <p>Sized once for at most {@code maxEntries} keys (at least twice that many slots, a power of
 * two), it never grows and never removes, so linear probing stays short and nothing is
 * allocated per key. Slot value 0 means empty; a key is stored as {@code key + 1}, which is why
 * keys must be non-negative (and below {@code Long.MAX_VALUE}).
 */
final class LongOpenTable {

    /** The largest power-of-two slot count a Java {@code long[]} can have. */
    static final int MAX_SLOTS = 1 << 30;

    private final long[] slots;
    private final long[] values;
    private final int mask;

    /**
     * @param maxEntries the most keys that will ever be added
     * @param withValues whether to keep a value per key ({@link #get}/{@link #put})
     * @throws OutOfMemoryError if {@code maxEntries} keys cannot fit one Java array (at least
     *     2**30 keys), before anything else is allocated
     */
    LongOpenTable(long maxEntries, boolean withValues) {
        if (maxEntries >= MAX_SLOTS) {
            throw new OutOfMemoryError("nprand: a table of " + maxEntries + " longs exceeds a Java array");
        }
        long wanted = Math.max(16L, 2L * maxEntries);
        int size = (int) Math.min(MAX_SLOTS, Long.highestOneBit(wanted - 1) << 1);
        slots = new long[size];
        values = withValues ? new long[size] : null;
        mask = size - 1;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int find(long key) {
        long stored = key + 1;
        int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 34) & mask; // Fibonacci hashing: mixes all bits
        long s;
        while ((s = slots[i]) != 0 && s != stored) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Adds {@code key}; {@code true} if it was absent (Java's {@code Set.add} contract). */
    boolean add(long key) {
        int i = find(key);
        if (slots[i] != 0) {
            return false;
        }
        slots[i] = key + 1;
        return true;
    }

    /** Whether {@code key} has been added. */
    boolean contains(long key) {
        return slots[find(key)] != 0;
    }

    /** The value put for {@code key}, or {@code absent} if none was. */
    long get(long key, long absent) {
        int i = find(key);
        return slots[i] != 0 ? values[i] : absent;
    }

    /** Sets the value of {@code key}, adding the key if it is absent. */
    void put(long key, long value) {
        int i = find(key);
        slots[i] = key + 1;
        values[i] = value;
    }
}
