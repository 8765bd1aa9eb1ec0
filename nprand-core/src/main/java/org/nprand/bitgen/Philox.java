package org.nprand.bitgen;

import org.nprand.internal.py.CTypes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nprand.errors.ValueError;

/**
 * NumPy's {@code numpy.random.Philox}: the Philox 4x64-10 counter-based generator (Salmon et al.,
 * "Parallel Random Numbers: As Easy as 1, 2, 3", SC11). A 256-bit counter and a 128-bit key; each
 * counter value gives a block of four 64-bit outputs, handed out one at a time from a buffer.
 *
 * <p>The counter is incremented BEFORE each block, so a fresh generator's first block is that of
 * counter 1. {@link #advance} adds to the counter (one unit = one block of four draws).
 */
public final class Philox extends Buffered64BitGenerator implements Advanceable, Jumpable {

    private static final long M0 = 0xD2E7470EE14C6C93L;
    private static final long M1 = 0xCA5A826395121157L;
    private static final long W0 = 0x9E3779B97F4A7C15L;
    private static final long W1 = 0xBB67AE8584CAA73BL;
    private static final int ROUNDS = 10;
    private static final int BUFFER_SIZE = 4;

    /** ctr[0] is the least significant word. */
    private final long[] counter = new long[4];
    private long key0;
    private long key1;
    private final long[] buffer = new long[BUFFER_SIZE];
    private int bufferPos = BUFFER_SIZE;

    /** {@code Philox()}: key from fresh OS entropy ({@code SeedSequence()}), counter 0. */
    public Philox() {
        this(new SeedSequence());
    }

    /**
     * {@code Philox(seed)}: key from {@code SeedSequence(seed)}, counter 0.
     *
     * @throws org.nprand.errors.ValueError "expected non-negative integer" for a negative seed
     */
    public Philox(long seed) {
        this(new SeedSequence(seed));
    }

    /** {@code Philox(seed)} for an int of any size. */
    public Philox(BigInteger seed) {
        this(new SeedSequence(seed));
    }

    /** {@code Philox([s0, s1, ...])}: an array seed. */
    public Philox(long... seed) {
        this(new SeedSequence(org.nprand.internal.py.Py.notNull(seed, "seed")));
    }

    /** {@code Philox(seed_seq)}: key from {@code seq.generate_state(2, uint64)}, counter 0. */
    public Philox(SeedSequence seq) {
        this(org.nprand.internal.py.Py.notNull(seq, "seq"), seq.generateState64(2), new long[4]);
    }

    private Philox(SeedSequence seq, long[] key, long[] ctr) {
        super(seq);
        key0 = key[0];
        key1 = key[1];
        System.arraycopy(ctr, 0, counter, 0, 4);
    }

    /**
     * NumPy's full constructor {@code Philox(seed=None, counter=None, key=None)}, with NumPy's
     * checks in NumPy's order.
     *
     * @param seed null, a {@link SeedSequence}, or SeedSequence entropy (an integral
     *     {@link Number}, a {@code long[]} or a {@code List} of ints)
     * @param counter null (0), an int in [0, 2**256) or a 4-element {@code long[]}/{@code List}
     *     (words little-endian, ctr[0] least significant)
     * @param key null (derived from the seed), an int in [0, 2**128) or a 2-element
     *     {@code long[]}/{@code List}; an explicit key leaves the generator without a seed
     *     sequence, as NumPy ({@code seed_seq=None}, so {@link #spawn} raises TypeError)
     * @throws ValueError "seed and key cannot be both used", "key must be positive and less than
     *     2**128.", "counter must have 4 elements when using array form", ...
     */
    public static Philox create(Object seed, Object counter, Object key) {
        if (seed != null && key != null) {
            throw new ValueError("seed and key cannot be both used");
        }
        SeedSequence seq;
        long[] k;
        if (key != null) {
            // seed is null here; NumPy would build (and then drop) an OS-entropy SeedSequence.
            k = StateValues.intToArray(key, "key", 128);
            seq = null;
        } else {
            seq = seed instanceof SeedSequence
                    ? (SeedSequence) seed
                    : new SeedSequence(seed, List.of(), SeedSequence.DEFAULT_POOL_SIZE, 0);
            k = seq.generateState64(2);
        }
        long[] ctr = StateValues.intToArray(counter == null ? (Object) 0L : counter, "counter", 256);
        return new Philox(seq, k, ctr);
    }

    @Override
    public String name() {
        return "Philox";
    }

    @Override
    protected long next64() {
        if (bufferPos < BUFFER_SIZE) {
            return buffer[bufferPos++];
        }
        incrementCounter();
        computeBlock();
        bufferPos = 1;
        return buffer[0];
    }

    /** The 256-bit counter plus one (NumPy increments it before each block). */
    private void incrementCounter() {
        if (++counter[0] == 0 && ++counter[1] == 0 && ++counter[2] == 0) {
            ++counter[3];
        }
    }

    // The fills are repeated in each final generator class so the JIT sees one next64() target
    // per loop and inlines it; the inherited loop's call site is shared by every generator class.

    /**
     * The buffered words first, then whole pairs of blocks straight into {@code out}, at most one
     * more whole block, then the rest word by word. After whole blocks the buffer holds the last
     * one, all handed out ({@code buffer_pos} 4), as after the per-word calls.
     */
    @Override
    public void fillUInt64(long[] out, int from, int to) {
        org.nprand.internal.py.Py.notNull(out, "out");
        Objects.checkFromToIndex(from, to, out.length);
        int i = from;
        while (i < to && bufferPos < BUFFER_SIZE) {
            out[i++] = buffer[bufferPos++];
        }
        if (to - i >= BUFFER_SIZE) {
            i = UNROLLED ? twoBlocksUnrolled(out, i, to) : twoBlocks(out, i, to);
            if (to - i >= BUFFER_SIZE) {
                // one more whole block, through the buffer (which then holds it, as it must)
                incrementCounter();
                computeBlock();
                System.arraycopy(buffer, 0, out, i, BUFFER_SIZE);
                i += BUFFER_SIZE;
            } else {
                System.arraycopy(out, i - BUFFER_SIZE, buffer, 0, BUFFER_SIZE);
            }
            bufferPos = BUFFER_SIZE;
        }
        for (; i < to; i++) {
            out[i] = next64();
        }
    }

    /**
     * The JDK has {@code Math.unsignedMultiplyHigh} (Java 18+): {@link #twoBlocksUnrolled} is then
     * the faster form (measured on JDK 25: 5.8 -> 4.0 ns per word); on Java 17 the signed multiply
     * and its correction make that straight-line code spill, and the looped form is faster.
     */
    private static final boolean UNROLLED = UInt128.HAS_NATIVE_UNSIGNED_MULTIPLY_HIGH;

    /**
     * Whole pairs of blocks from {@code out[i]} while at least eight words are wanted, the counter
     * in {@link #counter} advanced past them; returns the new {@code i}. Two blocks per iteration,
     * their rounds interleaved: each block's ten rounds are one chain of multiplications, and two
     * independent chains keep the multiplier busy.
     */
    int twoBlocks(long[] out, int i, int to) {
        long c0 = counter[0];
        long c1 = counter[1];
        long c2 = counter[2];
        long c3 = counter[3];
        long key0 = this.key0;
        long key1 = this.key1;
        for (; to - i >= 2 * BUFFER_SIZE; i += 2 * BUFFER_SIZE) {
            if (++c0 == 0 && ++c1 == 0 && ++c2 == 0) {
                ++c3;
            }
            long x0 = c0;
            long x1 = c1;
            long x2 = c2;
            long x3 = c3;
            if (++c0 == 0 && ++c1 == 0 && ++c2 == 0) {
                ++c3;
            }
            long y0 = c0;
            long y1 = c1;
            long y2 = c2;
            long y3 = c3;
            long k0 = key0;
            long k1 = key1;
            for (int round = 0; round < ROUNDS; round++) {
                if (round > 0) {
                    k0 += W0;
                    k1 += W1;
                }
                long hi0 = UInt128.multiplyHighUnsigned(M0, x0);
                long lo0 = M0 * x0;
                long hi1 = UInt128.multiplyHighUnsigned(M1, x2);
                long lo1 = M1 * x2;
                long hj0 = UInt128.multiplyHighUnsigned(M0, y0);
                long lj0 = M0 * y0;
                long hj1 = UInt128.multiplyHighUnsigned(M1, y2);
                long lj1 = M1 * y2;
                x0 = hi1 ^ x1 ^ k0;
                x1 = lo1;
                x2 = hi0 ^ x3 ^ k1;
                x3 = lo0;
                y0 = hj1 ^ y1 ^ k0;
                y1 = lj1;
                y2 = hj0 ^ y3 ^ k1;
                y3 = lj0;
            }
            out[i] = x0;
            out[i + 1] = x1;
            out[i + 2] = x2;
            out[i + 3] = x3;
            out[i + 4] = y0;
            out[i + 5] = y1;
            out[i + 6] = y2;
            out[i + 7] = y3;
        }
        counter[0] = c0;
        counter[1] = c1;
        counter[2] = c2;
        counter[3] = c3;
        return i;
    }

    /**
     * {@link #twoBlocks} with the rounds written out five at a time, for a JDK whose
     * {@link UInt128#multiplyHighUnsigned} is one unsigned multiply: the same values. (Written out
     * ten at a time it is barely faster; two at a time, or the looped form, is about 25% slower.)
     */
    int twoBlocksUnrolled(long[] out, int i, int to) {
        long c0 = counter[0];
        long c1 = counter[1];
        long c2 = counter[2];
        long c3 = counter[3];
        long key0 = this.key0;
        long key1 = this.key1;
        for (; to - i >= 2 * BUFFER_SIZE; i += 2 * BUFFER_SIZE) {
            if (++c0 == 0 && ++c1 == 0 && ++c2 == 0) {
                ++c3;
            }
            long x0 = c0;
            long x1 = c1;
            long x2 = c2;
            long x3 = c3;
            if (++c0 == 0 && ++c1 == 0 && ++c2 == 0) {
                ++c3;
            }
            long y0 = c0;
            long y1 = c1;
            long y2 = c2;
            long y3 = c3;
            long k0 = key0;
            long k1 = key1;
            // five rounds per iteration (the key bumped after each; the last bump is unused)
            for (int round = 0; round < ROUNDS; round += 5) {
                {
                    long hx0 = UInt128.multiplyHighUnsigned(M0, x0);
                    long lx0 = M0 * x0;
                    long hx1 = UInt128.multiplyHighUnsigned(M1, x2);
                    long lx1 = M1 * x2;
                    long hy0 = UInt128.multiplyHighUnsigned(M0, y0);
                    long ly0 = M0 * y0;
                    long hy1 = UInt128.multiplyHighUnsigned(M1, y2);
                    long ly1 = M1 * y2;
                    x0 = hx1 ^ x1 ^ k0;
                    x1 = lx1;
                    x2 = hx0 ^ x3 ^ k1;
                    x3 = lx0;
                    y0 = hy1 ^ y1 ^ k0;
                    y1 = ly1;
                    y2 = hy0 ^ y3 ^ k1;
                    y3 = ly0;
                }
                k0 += W0;
                k1 += W1;
                {
                    long hx0 = UInt128.multiplyHighUnsigned(M0, x0);
                    long lx0 = M0 * x0;
                    long hx1 = UInt128.multiplyHighUnsigned(M1, x2);
                    long lx1 = M1 * x2;
                    long hy0 = UInt128.multiplyHighUnsigned(M0, y0);
                    long ly0 = M0 * y0;
                    long hy1 = UInt128.multiplyHighUnsigned(M1, y2);
                    long ly1 = M1 * y2;
                    x0 = hx1 ^ x1 ^ k0;
                    x1 = lx1;
                    x2 = hx0 ^ x3 ^ k1;
                    x3 = lx0;
                    y0 = hy1 ^ y1 ^ k0;
                    y1 = ly1;
                    y2 = hy0 ^ y3 ^ k1;
                    y3 = ly0;
                }
                k0 += W0;
                k1 += W1;
                {
                    long hx0 = UInt128.multiplyHighUnsigned(M0, x0);
                    long lx0 = M0 * x0;
                    long hx1 = UInt128.multiplyHighUnsigned(M1, x2);
                    long lx1 = M1 * x2;
                    long hy0 = UInt128.multiplyHighUnsigned(M0, y0);
                    long ly0 = M0 * y0;
                    long hy1 = UInt128.multiplyHighUnsigned(M1, y2);
                    long ly1 = M1 * y2;
                    x0 = hx1 ^ x1 ^ k0;
                    x1 = lx1;
                    x2 = hx0 ^ x3 ^ k1;
                    x3 = lx0;
                    y0 = hy1 ^ y1 ^ k0;
                    y1 = ly1;
                    y2 = hy0 ^ y3 ^ k1;
                    y3 = ly0;
                }
                k0 += W0;
                k1 += W1;
                {
                    long hx0 = UInt128.multiplyHighUnsigned(M0, x0);
                    long lx0 = M0 * x0;
                    long hx1 = UInt128.multiplyHighUnsigned(M1, x2);
                    long lx1 = M1 * x2;
                    long hy0 = UInt128.multiplyHighUnsigned(M0, y0);
                    long ly0 = M0 * y0;
                    long hy1 = UInt128.multiplyHighUnsigned(M1, y2);
                    long ly1 = M1 * y2;
                    x0 = hx1 ^ x1 ^ k0;
                    x1 = lx1;
                    x2 = hx0 ^ x3 ^ k1;
                    x3 = lx0;
                    y0 = hy1 ^ y1 ^ k0;
                    y1 = ly1;
                    y2 = hy0 ^ y3 ^ k1;
                    y3 = ly0;
                }
                k0 += W0;
                k1 += W1;
                {
                    long hx0 = UInt128.multiplyHighUnsigned(M0, x0);
                    long lx0 = M0 * x0;
                    long hx1 = UInt128.multiplyHighUnsigned(M1, x2);
                    long lx1 = M1 * x2;
                    long hy0 = UInt128.multiplyHighUnsigned(M0, y0);
                    long ly0 = M0 * y0;
                    long hy1 = UInt128.multiplyHighUnsigned(M1, y2);
                    long ly1 = M1 * y2;
                    x0 = hx1 ^ x1 ^ k0;
                    x1 = lx1;
                    x2 = hx0 ^ x3 ^ k1;
                    x3 = lx0;
                    y0 = hy1 ^ y1 ^ k0;
                    y1 = ly1;
                    y2 = hy0 ^ y3 ^ k1;
                    y3 = ly0;
                }
                k0 += W0;
                k1 += W1;
            }
            out[i] = x0;
            out[i + 1] = x1;
            out[i + 2] = x2;
            out[i + 3] = x3;
            out[i + 4] = y0;
            out[i + 5] = y1;
            out[i + 6] = y2;
            out[i + 7] = y3;
        }
        counter[0] = c0;
        counter[1] = c1;
        counter[2] = c2;
        counter[3] = c3;
        return i;
    }

    /** Scratch for {@link #fillDouble} (not state). */
    private long[] words;

    @Override
    public void fillDouble(double[] out, int from, int to) {
        org.nprand.internal.py.Py.notNull(out, "out");
        Objects.checkFromToIndex(from, to, out.length);
        long[] w = words;
        if (w == null) {
            w = words = new long[256];
        }
        for (int c = from; c < to;) {
            int n = Math.min(to - c, w.length);
            fillUInt64(w, 0, n);
            for (int k = 0; k < n; k++) {
                out[c + k] = (w[k] >>> 11) * 0x1.0p-53;
            }
            c += n;
        }
    }

    /** Philox4x64-10 of the current counter and key, into {@link #buffer}. */
    private void computeBlock() {
        long x0 = counter[0];
        long x1 = counter[1];
        long x2 = counter[2];
        long x3 = counter[3];
        long k0 = key0;
        long k1 = key1;
        for (int round = 0; round < ROUNDS; round++) {
            if (round > 0) {
                k0 += W0;
                k1 += W1;
            }
            long hi0 = UInt128.multiplyHighUnsigned(M0, x0);
            long lo0 = M0 * x0;
            long hi1 = UInt128.multiplyHighUnsigned(M1, x2);
            long lo1 = M1 * x2;
            x0 = hi1 ^ x1 ^ k0;
            x1 = lo1;
            x2 = hi0 ^ x3 ^ k1;
            x3 = lo0;
        }
        buffer[0] = x0;
        buffer[1] = x1;
        buffer[2] = x2;
        buffer[3] = x3;
    }

    /**
     * NumPy's {@code advance(delta)}: adds {@code delta mod 2**256} to the 256-bit counter. One
     * unit is one block of FOUR 64-bit draws. Empties the block buffer and the 32-bit buffer, as
     * NumPy does.
     */
    @Override
    public void advance(BigInteger delta) {
        org.nprand.internal.py.Py.notNull(delta, "delta");
        long carry = 0;
        for (int i = 0; i < 4; i++) {
            long step = delta.shiftRight(64 * i).longValue();
            long old = counter[i];
            long sum = old + step;
            long c1 = Long.compareUnsigned(sum, old) < 0 ? 1 : 0;
            long sum2 = sum + carry;
            long c2 = (sum2 == 0 && carry == 1) ? 1 : 0;
            counter[i] = sum2;
            carry = c1 | c2;
        }
        resetBufferAndBlock();
    }

    /** {@link #advance(BigInteger)} for a long delta (a negative one steps backwards). */
    public void advance(long delta) {
        advance(BigInteger.valueOf(delta));
    }

    private void resetBufferAndBlock() {
        resetBuffer();
        bufferPos = BUFFER_SIZE;
        java.util.Arrays.fill(buffer, 0);
    }

    /**
     * NumPy's {@code jumped(jumps)}: a new Philox whose counter is this one's plus
     * {@code jumps * 2**128} (mod 2**256), buffers cleared. As in NumPy the copy is built by
     * {@code Philox()}, so its {@link #seedSequence()} is a fresh OS-entropy one. This generator is
     * unchanged.
     */
    @Override
    public Philox jumped(BigInteger jumps) {
        org.nprand.internal.py.Py.notNull(jumps, "jumps");
        Philox out = new Philox();
        System.arraycopy(counter, 0, out.counter, 0, 4);
        out.key0 = key0;
        out.key1 = key1;
        out.advance(jumps.shiftLeft(128));
        return out;
    }

    /** {@link #jumped(BigInteger)} for a long count. */
    public Philox jumped(long jumps) {
        return jumped(BigInteger.valueOf(jumps));
    }

    /** NumPy's {@code jumped()}: one jump. */
    public Philox jumped() {
        return jumped(BigInteger.ONE);
    }

    /**
     * NumPy's {@code state}: {@code {'bit_generator': 'Philox', 'state': {'counter': uint64[4],
     * 'key': uint64[2]}, 'buffer': uint64[4], 'buffer_pos': int, 'has_uint32': int,
     * 'uinteger': int}}, arrays as {@code long[]}.
     */
    @Override
    public Map<String, Object> getState() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("counter", counter.clone());
        inner.put("key", new long[] {key0, key1});
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("bit_generator", name());
        state.put("state", inner);
        state.put("buffer", buffer.clone());
        state.put("buffer_pos", (long) bufferPos);
        putBufferState(state);
        return state;
    }

    /**
     * NumPy's {@code state} setter, with its conversions and messages in its order (counter and
     * key words interleaved, then buffer, has_uint32, uinteger, buffer_pos). Unlike NumPy, which
     * writes word by word and can leave a half-set state behind, nothing changes on error.
     * A negative {@code buffer_pos} (on which NumPy reads outside its buffer) is rejected with a
     * ValueError; a value above 4 behaves as 4, as in NumPy.
     */
    @Override
    public void setState(Map<String, ?> value) {
        StateValues.checkHeader(value, name(), "state must be for a Philox PRNG");
        long[] ctr = new long[4];
        long[] key = new long[2];
        for (int i = 0; i < 4; i++) {
            ctr[i] = StateValues.uint64At(StateValues.item(StateValues.item(value, "state"), "counter"), i);
            if (i < 2) {
                key[i] = StateValues.uint64At(StateValues.item(StateValues.item(value, "state"), "key"), i);
            }
        }
        long[] buf = new long[BUFFER_SIZE];
        for (int i = 0; i < BUFFER_SIZE; i++) {
            buf[i] = StateValues.uint64At(StateValues.item(value, "buffer"), i);
        }
        int has = CTypes.cythonCInt(StateValues.item(value, "has_uint32"));
        int u = CTypes.cythonUInt32(StateValues.item(value, "uinteger"));
        int pos = CTypes.cythonCInt(StateValues.item(value, "buffer_pos"));
        if (pos < 0) {
            throw new ValueError("buffer_pos must be non-negative, got " + pos);
        }
        System.arraycopy(ctr, 0, counter, 0, 4);
        key0 = key[0];
        key1 = key[1];
        System.arraycopy(buf, 0, buffer, 0, BUFFER_SIZE);
        hasUInt32 = has;
        uinteger = u;
        bufferPos = pos;
    }

    @Override
    public List<Philox> spawn(int n) {
        List<Philox> out = new ArrayList<>();
        for (SeedSequence child : spawnSeeds(n)) {
            out.add(new Philox(child));
        }
        return out;
    }
}
