package org.nprand.numpy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NumPy's legacy RandomState state tuple {@code ('MT19937', key, pos, has_gauss, gauss)}, as
 * returned by {@code RandomState.get_state()} and accepted by {@code set_state}.
 *
 * <p>{@code key} is the MT19937 key (624 words, unsigned bits in an {@code int[]}), {@code pos}
 * the position in it, {@code hasGauss}/{@code gauss} the cached second normal of the polar method.
 * Immutable: the key is copied in and out.
 */
public final class LegacyState {

    private final String bitGenerator;
    private final int[] key;
    private final long pos;
    private final int hasGauss;
    private final double gauss;

    /** The 5-tuple {@code (bitGenerator, key, pos, hasGauss, gauss)}. */
    public LegacyState(String bitGenerator, int[] key, long pos, int hasGauss, double gauss) {
        this.bitGenerator = bitGenerator;
        this.key = key.clone();
        this.pos = pos;
        this.hasGauss = hasGauss;
        this.gauss = gauss;
    }

    /** The 3-tuple form {@code ('MT19937', key, pos)}: no cached gaussian. */
    public LegacyState(String bitGenerator, int[] key, long pos) {
        this(bitGenerator, key, pos, 0, 0.0);
    }

    /** Item 0: the bit generator name, {@code 'MT19937'}. */
    public String bitGenerator() {
        return bitGenerator;
    }

    /** Item 1: a copy of the 624-word key. */
    public int[] key() {
        return key.clone();
    }

    /** Item 2: {@code pos}. */
    public long pos() {
        return pos;
    }

    /** Item 3: {@code has_gauss} (0 or 1). */
    public int hasGauss() {
        return hasGauss;
    }

    /** Item 4: the cached gaussian ({@code 0.0} when there is none). */
    public double gauss() {
        return gauss;
    }

    /** The tuple as a Python-like {@code Object[]}: {@code {name, int[] key, Long pos, Integer, Double}}. */
    public Object[] toTuple() {
        return new Object[] {bitGenerator, key.clone(), pos, hasGauss, gauss};
    }

    /**
     * The same state as {@code get_state(legacy=False)}'s dict:
     * {@code {'bit_generator': name, 'state': {'key': key, 'pos': pos}, 'has_gauss': .., 'gauss': ..}}.
     */
    public Map<String, Object> toDict() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("key", key.clone());
        inner.put("pos", pos);
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("bit_generator", bitGenerator);
        st.put("state", inner);
        st.put("has_gauss", hasGauss);
        st.put("gauss", gauss);
        return st;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LegacyState)) {
            return false;
        }
        LegacyState s = (LegacyState) o;
        return bitGenerator.equals(s.bitGenerator) && Arrays.equals(key, s.key) && pos == s.pos
                && hasGauss == s.hasGauss && Double.doubleToLongBits(gauss) == Double.doubleToLongBits(s.gauss);
    }

    @Override
    public int hashCode() {
        return (bitGenerator.hashCode() * 31 + Arrays.hashCode(key)) * 31 + Long.hashCode(pos);
    }

    @Override
    public String toString() {
        return "('" + bitGenerator + "', key[" + key.length + "], " + pos + ", " + hasGauss + ", " + gauss + ")";
    }
}
