package org.nprand.bitgen;

/**
 * The raw-bit interface every sampling kernel draws from: NumPy's {@code bitgen_t}
 * ({@code next_uint64}, {@code next_uint32}, {@code next_double}).
 *
 * <p>Kernels depend on this interface only, never on a concrete generator, exactly as NumPy's C
 * distributions only call the four function pointers of {@code bitgen_t}. Implementations are not
 * thread-safe.
 */
public interface BitSource {

    /** NumPy's {@code next_uint64}: the next 64 random bits (as an unsigned value in a long). */
    long nextUInt64();

    /**
     * NumPy's {@code next_uint32}: the next 32 random bits (as an unsigned value in an int). The
     * 64-bit generators buffer: they hand out the low half of a 64-bit draw first and keep the
     * high half for the next call; that buffer is part of their state.
     */
    int nextUInt32();

    /** NumPy's {@code next_double}: a double in [0, 1) by the generator's own formula. */
    double nextDouble();

    /** NumPy's {@code next_float}: {@code (next_uint32 >> 8) * 2**-24}, a float in [0, 1). */
    default float nextFloat() {
        return (nextUInt32() >>> 8) * (1.0f / 16777216.0f);
    }

    /**
     * The masked rejection loop over {@link #nextUInt32()} (NumPy's
     * {@code buffered_bounded_masked_uint32}): draws {@code v = nextUInt32() & mask} until
     * {@code v <= max} (unsigned) and returns it; {@code mask} is the smallest {@code 2**k - 1 >=
     * max}. Generators may override it with a faster loop over their state that draws exactly the
     * same words.
     */
    default int nextMaskedUInt32(int mask, int max) {
        int v;
        do {
            v = nextUInt32() & mask;
        } while (Integer.compareUnsigned(v, max) > 0);
        return v;
    }

    /**
     * Fills {@code out[from, to)} with consecutive {@link #nextUInt32()} values: exactly those
     * words, and the same state afterwards (the 64-bit generators' 32-bit buffer included). The
     * bulk kernels (bounded integers, shuffles) take their words through here, a block at a
     * time, never more words than the per-value loop would draw; generators override it with a
     * loop over their state.
     */
    default void fillUInt32(int[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            out[i] = nextUInt32();
        }
    }

    /**
     * Fills {@code out[from, to)} with consecutive {@link #nextDouble()} values (NumPy's
     * {@code random_standard_uniform_fill}); generators override it with a loop over their state.
     */
    default void fillDouble(double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            out[i] = nextDouble();
        }
    }

    /**
     * Fills {@code out[from, to)} with consecutive {@link #nextFloat()} values (NumPy's
     * {@code random_standard_uniform_fill_f}): the words through {@link #fillUInt32} a block of
     * at most 512 at a time, so exactly those words are drawn, and the same state afterwards.
     */
    default void fillFloat(float[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        int[] words = new int[Math.min(to - from, 512)];
        for (int i = from; i < to; ) {
            int w = Math.min(to - i, words.length);
            fillUInt32(words, 0, w);
            for (int k = 0; k < w; k++) {
                out[i + k] = (words[k] >>> 8) * (1.0f / 16777216.0f);
            }
            i += w;
        }
    }

    /**
     * Fills {@code out[from, to)} with consecutive {@link #nextUInt64()} values (exactly those
     * words, and the same state afterwards); generators override it with a loop over their state.
     */
    default void fillUInt64(long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            out[i] = nextUInt64();
        }
    }
}
