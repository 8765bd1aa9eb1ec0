package org.nprand.python;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The value of CPython's {@code random.Random.getstate()}: {@code (3, internalstate, gauss_next)}
 * where {@code internalstate} is a tuple of 625 ints, the 624 raw Mersenne Twister words
 * (unsigned) followed by the read index 0..624.
 *
 * <p>Immutable. {@link #toList()} gives the Python shape as plain Java values (tuple = {@link List},
 * int = {@link Long}, float = {@link Double}, None = {@code null}), which
 * {@link PyRandom#setstate(List)} accepts back.
 */
public final class PyRandomState {

    /** CPython's {@code Random.VERSION}. */
    public static final int VERSION = 3;

    private final int[] key;
    private final int index;
    private final Double gaussNext;

    /**
     * @param key the 624 raw state words (unsigned bits); copied
     * @param index the read index, 0..624
     * @param gaussNext {@code gauss_next}, or {@code null} for None
     */
    public PyRandomState(int[] key, int index, Double gaussNext) {
        if (key.length != 624 || index < 0 || index > 624) {
            throw new IllegalArgumentException("a Random state has 624 words and an index in 0..624");
        }
        this.key = key.clone();
        this.index = index;
        this.gaussNext = gaussNext;
    }

    /** The 624 raw state words (unsigned bits), a copy. */
    public int[] key() {
        return key.clone();
    }

    /** The read index (the 625th element of the internal state), 0..624. */
    public int index() {
        return index;
    }

    /** {@code gauss_next}, or {@code null} for None. */
    public Double gaussNext() {
        return gaussNext;
    }

    /** The 625 ints of the internal state as unsigned values: words, then the index. */
    public long[] internalState() {
        long[] out = new long[625];
        for (int i = 0; i < 624; i++) {
            out[i] = key[i] & 0xFFFFFFFFL;
        }
        out[624] = index;
        return out;
    }

    /** {@code [3L, [625 Longs], gaussNext]}: the Python tuple as Java values. */
    public List<Object> toList() {
        List<Object> internal = new ArrayList<>(625);
        for (long v : internalState()) {
            internal.add(v);
        }
        List<Object> out = new ArrayList<>(3);
        out.add((long) VERSION);
        out.add(internal);
        out.add(gaussNext);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyRandomState)) {
            return false;
        }
        PyRandomState s = (PyRandomState) o;
        return index == s.index && Arrays.equals(key, s.key)
                && (gaussNext == null ? s.gaussNext == null
                        : s.gaussNext != null && Double.doubleToLongBits(gaussNext) == Double.doubleToLongBits(s.gaussNext));
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(key) + index;
    }

    @Override
    public String toString() {
        return "(3, (" + (key[0] & 0xFFFFFFFFL) + ", ..., " + index + "), " + (gaussNext == null ? "None" : gaussNext) + ")";
    }
}
