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
    /** {@code gauss_next} as CPython holds it: None ({@code null}), a float, or whatever setstate was given. */
    private final Object gaussNext;

    /**
     * @param key the 624 raw state words (unsigned bits); copied
     * @param index the read index, 0..624
     * @param gaussNext {@code gauss_next}, or {@code null} for None
     */
    public PyRandomState(int[] key, int index, Double gaussNext) {
        this(key, index, (Object) gaussNext);
    }

    /**
     * A state whose {@code gauss_next} is any Python value, as CPython's {@code setstate} keeps
     * it ({@code 3}, {@code True}, {@code 2**70}, {@code 'x'}).
     *
     * @param key the 624 raw state words (unsigned bits); copied
     * @param index the read index, 0..624
     * @param gaussNext {@code gauss_next} as given ({@code null} for None)
     */
    public PyRandomState(int[] key, int index, Object gaussNext) {
        org.nprand.internal.py.Py.notNull(key, "key");
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

    /**
     * {@code gauss_next} as a float, or {@code null} for None; {@code float(gauss_next)} for an
     * int or bool that {@code setstate} was given (see {@link #gaussNextValue()} for the value
     * itself).
     *
     * @throws org.nprand.errors.TypeError when it is not a number ({@code setstate} was given a str)
     */
    public Double gaussNext() {
        return gaussNext == null ? null : org.nprand.internal.py.Py.toDouble(gaussNext);
    }

    /** {@code gauss_next} exactly as CPython's {@code getstate()[2]} gives it ({@code null} for None). */
    public Object gaussNextValue() {
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
                && (gaussNext instanceof Double && s.gaussNext instanceof Double
                        ? Double.doubleToLongBits((Double) gaussNext) == Double.doubleToLongBits((Double) s.gaussNext)
                        : java.util.Objects.equals(gaussNext, s.gaussNext));
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(key) + index;
    }

    @Override
    public String toString() {
        return "(3, (" + (key[0] & 0xFFFFFFFFL) + ", ..., " + index + "), " + org.nprand.internal.py.PyRepr.repr(gaussNext) + ")";
    }
}
