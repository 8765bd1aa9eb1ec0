package org.nprand.bitgen;

import java.util.List;
import java.util.Map;
import org.nprand.internal.arrays.LittleEndianHalves;

/**
 * The common part of NumPy's 64-bit bit generators (PCG64, PCG64DXSM, Philox, SFC64): one native
 * 64-bit output per step, NumPy's 32-bit buffer ({@code has_uint32}, {@code uinteger}), NumPy's
 * 53-bit double, and the seed sequence.
 *
 * <p>The 32-bit buffer is part of the state: {@link #nextUInt32()} returns the LOW half of a
 * 64-bit draw and keeps the HIGH half for its next call; {@link #nextUInt64()},
 * {@link #nextDouble()} and {@link #randomRaw()} neither read nor clear it.
 */
public abstract class Buffered64BitGenerator extends BitGenerator {

    /** NumPy's {@code has_uint32}, a C int: nonzero means {@link #uinteger} is pending. */
    protected int hasUInt32;
    /** NumPy's {@code uinteger}: the buffered high half (unsigned bits). */
    protected int uinteger;
    /** NumPy's {@code _seed_seq}; null for a Philox built from an explicit key. */
    private final SeedSequence seedSequence;

    /** @param seedSequence NumPy's {@code _seed_seq} (null only for a keyed Philox) */
    protected Buffered64BitGenerator(SeedSequence seedSequence) {
        this.seedSequence = seedSequence;
    }

    /** One native 64-bit output of the underlying generator. */
    protected abstract long next64();

    /** NumPy's {@code next_uint64}: the native 64-bit output; the 32-bit buffer is untouched. */
    @Override
    public final long nextUInt64() {
        return next64();
    }

    /** NumPy's {@code random_raw()}: the native 64-bit output; the 32-bit buffer is untouched. */
    @Override
    public final long randomRaw() {
        return next64();
    }

    /**
     * NumPy's buffered {@code next_uint32}: the pending high half if there is one, else the low
     * half of a fresh 64-bit draw (its high half is kept for the next call).
     */
    @Override
    public final int nextUInt32() {
        if (hasUInt32 != 0) {
            hasUInt32 = 0;
            return uinteger;
        }
        long x = next64();
        hasUInt32 = 1;
        uinteger = (int) (x >>> 32);
        return (int) x;
    }

    /** Scratch for the 32-bit fills: 64-bit words drawn a block at a time (not state). */
    private long[] scratch;

    /** Words per block of the 32-bit fills. */
    private static final int WORDS_PER_BLOCK = 256;

    /**
     * The next {@code c} (at most {@link #WORDS_PER_BLOCK}) 64-bit words for the 32-bit fills,
     * each to be cut into its low half, then its high half: drawn through this generator's own
     * {@link #fillUInt64}, leaving the last high half in {@code uinteger} as per-word calls do
     * ({@code has_uint32} stays 0).
     */
    private long[] wordsForHalves(int c) {
        long[] w = scratch;
        if (w == null) {
            w = scratch = new long[WORDS_PER_BLOCK];
        }
        fillUInt64(w, 0, c);
        uinteger = (int) (w[c - 1] >>> 32);
        return w;
    }

    /**
     * {@code next_uint32} {@code to - from} times: the pending high half first if there is one,
     * then the low and high halves of fresh 64-bit draws (taken a block at a time through this
     * generator's own {@link #fillUInt64}); an odd count ends on a low half and keeps the high
     * half pending, exactly as the per-word calls do (which also leave the last high half they
     * handed out in {@code uinteger}, part of NumPy's state dict).
     */
    @Override
    public final void fillUInt32(int[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        int i = from;
        if (i < to && hasUInt32 != 0) {
            out[i++] = nextUInt32();
        }
        for (int pairs = (to - i) >>> 1; pairs > 0; ) {
            int c = Math.min(pairs, WORDS_PER_BLOCK);
            long[] w = wordsForHalves(c);
            halves().longsToInts(w, 0, c, out, i);
            i += 2 * c;
            pairs -= c;
        }
        if (i < to) {
            out[i] = nextUInt32();
        }
    }

    /** Scratch for {@link #fillUInt32} (not state). */
    private LittleEndianHalves halves;

    private LittleEndianHalves halves() {
        LittleEndianHalves h = halves;
        if (h == null) {
            h = halves = new LittleEndianHalves(WORDS_PER_BLOCK);
        }
        return h;
    }

    /**
     * {@link #fillUInt32}'s words turned into floats as they come from the 64-bit words (low
     * half first), without the pass through 32-bit words.
     */
    @Override
    public final void fillFloat(float[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        int i = from;
        if (i < to && hasUInt32 != 0) {
            out[i++] = nextFloat();
        }
        for (int pairs = (to - i) >>> 1; pairs > 0; ) {
            int c = Math.min(pairs, WORDS_PER_BLOCK);
            long[] w = wordsForHalves(c);
            for (int k = 0; k < c; k++) {
                long x = w[k];
                // (next_uint32 >> 8) * 2**-24 of the low half, then of the high half
                out[i + 2 * k] = (int) ((x >>> 8) & 0xFFFFFF) * (1.0f / 16777216.0f);
                out[i + 2 * k + 1] = (int) (x >>> 40) * (1.0f / 16777216.0f);
            }
            i += 2 * c;
            pairs -= c;
        }
        if (i < to) {
            out[i] = nextFloat();
        }
    }

    /** NumPy's {@code next_double}: {@code (next_uint64 >> 11) * 2**-53}. */
    @Override
    public final double nextDouble() {
        return (next64() >>> 11) * 0x1.0p-53;
    }

    @Override
    public final SeedSequence seedSequence() {
        return seedSequence;
    }

    /** {@inheritDoc} */
    @Override
    public abstract List<? extends Buffered64BitGenerator> spawn(int nChildren);

    /**
     * NumPy's {@code random_raw(size)}: {@code size} native 64-bit outputs, filled directly
     * (the same numbers as {@link #fillUInt64}); the 32-bit buffer is untouched.
     */
    @Override
    public final long[] randomRaw(int size) {
        if (size < 0) {
            throw new org.nprand.errors.ValueError("negative dimensions are not allowed");
        }
        long[] out = new long[size];
        fillUInt64(out, 0, size);
        return out;
    }

    /** Clears the 32-bit buffer, as NumPy's {@code _reset_state_variables}. */
    protected final void resetBuffer() {
        hasUInt32 = 0;
        uinteger = 0;
    }

    /** Adds NumPy's trailing {@code 'has_uint32'} and {@code 'uinteger'} entries. */
    protected final void putBufferState(Map<String, Object> state) {
        state.put("has_uint32", (long) hasUInt32);
        state.put("uinteger", uinteger & 0xFFFFFFFFL);
    }
}
