package org.nprand.internal.parallel;

import java.math.BigInteger;
import java.util.Map;

import org.nprand.bitgen.BitSource;
import org.nprand.bitgen.Buffered64BitGenerator;
import org.nprand.bitgen.UInt128;

/**
 * A counting copy of a seekable bit generator: the same raw stream as PCG64, PCG64DXSM or Philox
 * (its state is taken from the real generator, positioned by it), handed out as a
 * {@link BitSource} that knows its position in the method's unit: 64-bit words
 * ({@code next_uint64}, {@code next_double}) or 32-bit halves ({@code next_uint32},
 * {@code next_float}). It keeps NumPy's 32-bit buffer itself, so position {@code h} in halves is
 * exactly NumPy's state after {@code h} calls of {@code next_uint32}: an odd {@code h} has the
 * high half of word {@code (h - 1) / 2} pending ({@code has_uint32 = 1}).
 *
 * <p>The generator's step lives in the tracker (one final class per generator and width), so
 * counting costs one increment per draw, and {@link #mark}/{@link #reset} save and restore the
 * whole state for a few field copies: a parse draws batches of elements at full speed and undoes
 * a batch that ran past its segment. The steps are NumPy's ({@code pcg64_next64},
 * {@code pcg64_cm_next64}, {@code philox4x64_10}); every test of the parallel plans runs through
 * them.
 *
 * <p>A method that asks for the other width is a bug in the method table (no supported call mixes
 * them) and fails loudly rather than miscounting.
 */
public abstract class Tracker implements BitSource {

    private static final BigInteger MASK64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** Units consumed since the start of the stream: the start of the next element. */
    long pos;
    /** The pending high half (halves trackers). */
    int high;
    private long markPos;
    private int markHigh;

    Tracker(long pos) {
        this.pos = pos;
    }

    /** A tracker positioned at unit {@code pos} of the stream of {@code bg} (a fresh generator). */
    public static Tracker at(Buffered64BitGenerator bg, boolean halves, long pos) {
        Streams.seekWords(bg, halves ? pos >>> 1 : pos);
        Map<String, Object> state = bg.getState();
        Map<?, ?> inner = (Map<?, ?>) state.get("state");
        Tracker t;
        switch (bg.name()) {
            case "PCG64":
            case "PCG64DXSM": {
                long[] s = u128(inner.get("state"));
                long[] inc = u128(inner.get("inc"));
                boolean dxsm = bg.name().equals("PCG64DXSM");
                t = dxsm ? (halves ? new DxsmHalves(pos) : new DxsmWords(pos))
                        : (halves ? new Pcg64Halves(pos) : new Pcg64Words(pos));
                ((Pcg) t).set(s[0], s[1], inc[0], inc[1]);
                break;
            }
            case "Philox": {
                t = halves ? new PhiloxHalves(pos) : new PhiloxWords(pos);
                ((PhiloxBase) t).set((long[]) inner.get("counter"), (long[]) inner.get("key"),
                        (long[]) state.get("buffer"), ((Number) state.get("buffer_pos")).intValue());
                break;
            }
            default:
                throw new UnsupportedOperationException(bg.name() + " cannot seek to a position in its stream");
        }
        if (halves && (pos & 1) != 0) {
            t.high = (int) (t.raw() >>> 32);
        }
        return t;
    }

    private static long[] u128(Object v) {
        BigInteger x = v instanceof BigInteger ? (BigInteger) v : BigInteger.valueOf(((Number) v).longValue());
        return new long[] {x.shiftRight(64).longValue(), x.and(MASK64).longValue()};
    }

    /** The position (units from the start of the stream) of the next draw. */
    public final long pos() {
        return pos;
    }

    /** Saves the whole state (one level: a later mark replaces it). */
    public final void mark() {
        markPos = pos;
        markHigh = high;
        markGenerator();
    }

    /** Restores the state saved by {@link #mark}. */
    public final void reset() {
        pos = markPos;
        high = markHigh;
        resetGenerator();
    }

    /** One raw 64-bit output of the generator (not counted). */
    abstract long raw();

    abstract void markGenerator();

    abstract void resetGenerator();

    static IllegalStateException mixed() {
        return new IllegalStateException("a method drew 32-bit and 64-bit words in one stream; "
                + "it cannot be located in the raw stream (use blocked mode)");
    }

    // ---- PCG64 and PCG64DXSM: the 128-bit LCG -------------------------------------------------

    /** PCG64's 128-bit multiplier. */
    static final long MULT_HI = 2549297995355413924L;
    static final long MULT_LO = 4865540595714422341L;
    /** PCG64DXSM's 64-bit multiplier. */
    static final long CHEAP_MULT = 0xda942042e4dd58b5L;

    /** The LCG state shared by the four PCG trackers. */
    abstract static class Pcg extends Tracker {
        long sHi;
        long sLo;
        long incHi;
        long incLo;
        private long mHi;
        private long mLo;

        Pcg(long pos) {
            super(pos);
        }

        final void set(long hi, long lo, long iHi, long iLo) {
            sHi = hi;
            sLo = lo;
            incHi = iHi;
            incLo = iLo;
        }

        @Override
        final void markGenerator() {
            mHi = sHi;
            mLo = sLo;
        }

        @Override
        final void resetGenerator() {
            sHi = mHi;
            sLo = mLo;
        }
    }

    /**
     * The carry out of {@code sum = a + b} (unsigned), without a branch: a compare-and-branch on
     * it is a coin flip the CPU mispredicts half the time, which made the trackers' steps
     * (and so the scan's speculative parse) much slower than the generators' own.
     */
    private static long carry(long a, long b, long sum) {
        return ((a & b) | ((a | b) & ~sum)) >>> 63;
    }

    /** {@code pcg64_next64}: step with the 128-bit multiplier, then XSL-RR of the new state. */
    static long pcg64(Pcg g) {
        long lo = g.sLo * MULT_LO;
        long hi = UInt128.multiplyHighUnsigned(g.sLo, MULT_LO) + g.sLo * MULT_HI + g.sHi * MULT_LO;
        long sumLo = lo + g.incLo;
        hi = hi + g.incHi + carry(lo, g.incLo, sumLo);
        g.sHi = hi;
        g.sLo = sumLo;
        return Long.rotateRight(hi ^ sumLo, (int) (hi >>> 58));
    }

    /** {@code pcg64_cm_next64}: DXSM of the old state, then step with the 64-bit multiplier. */
    static long dxsm(Pcg g) {
        long hi = g.sHi;
        long lo = g.sLo | 1L;
        hi ^= hi >>> 32;
        hi *= CHEAP_MULT;
        hi ^= hi >>> 48;
        hi *= lo;
        long nLo = g.sLo * CHEAP_MULT;
        long nHi = UInt128.multiplyHighUnsigned(g.sLo, CHEAP_MULT) + g.sHi * CHEAP_MULT;
        long sumLo = nLo + g.incLo;
        g.sHi = nHi + g.incHi + carry(nLo, g.incLo, sumLo);
        g.sLo = sumLo;
        return hi;
    }

    static final class Pcg64Words extends Pcg {
        Pcg64Words(long pos) {
            super(pos);
        }

        @Override
        long raw() {
            return pcg64(this);
        }

        @Override
        public long nextUInt64() {
            pos++;
            return pcg64(this);
        }

        @Override
        public double nextDouble() {
            pos++;
            return (pcg64(this) >>> 11) * 0x1.0p-53;
        }

        @Override
        public int nextUInt32() {
            throw mixed();
        }
    }

    static final class Pcg64Halves extends Pcg {
        Pcg64Halves(long pos) {
            super(pos);
        }

        @Override
        long raw() {
            return pcg64(this);
        }

        @Override
        public int nextUInt32() {
            if ((pos++ & 1) != 0) {
                return high;
            }
            long w = pcg64(this);
            high = (int) (w >>> 32);
            return (int) w;
        }

        @Override
        public long nextUInt64() {
            throw mixed();
        }

        @Override
        public double nextDouble() {
            throw mixed();
        }
    }

    static final class DxsmWords extends Pcg {
        DxsmWords(long pos) {
            super(pos);
        }

        @Override
        long raw() {
            return dxsm(this);
        }

        @Override
        public long nextUInt64() {
            pos++;
            return dxsm(this);
        }

        @Override
        public double nextDouble() {
            pos++;
            return (dxsm(this) >>> 11) * 0x1.0p-53;
        }

        @Override
        public int nextUInt32() {
            throw mixed();
        }
    }

    static final class DxsmHalves extends Pcg {
        DxsmHalves(long pos) {
            super(pos);
        }

        @Override
        long raw() {
            return dxsm(this);
        }

        @Override
        public int nextUInt32() {
            if ((pos++ & 1) != 0) {
                return high;
            }
            long w = dxsm(this);
            high = (int) (w >>> 32);
            return (int) w;
        }

        @Override
        public long nextUInt64() {
            throw mixed();
        }

        @Override
        public double nextDouble() {
            throw mixed();
        }
    }

    // ---- Philox4x64-10 ------------------------------------------------------------------------

    private static final long M0 = 0xD2E7470EE14C6C93L;
    private static final long M1 = 0xCA5A826395121157L;
    private static final long W0 = 0x9E3779B97F4A7C15L;
    private static final long W1 = 0xBB67AE8584CAA73BL;

    /** Philox's counter, key and 4-word block buffer. */
    abstract static class PhiloxBase extends Tracker {
        long c0;
        long c1;
        long c2;
        long c3;
        long k0;
        long k1;
        final long[] buffer = new long[4];
        int bufPos;
        private final long[] saved = new long[8];
        private int savedPos;

        PhiloxBase(long pos) {
            super(pos);
        }

        final void set(long[] counter, long[] key, long[] buf, int bufferPos) {
            c0 = counter[0];
            c1 = counter[1];
            c2 = counter[2];
            c3 = counter[3];
            k0 = key[0];
            k1 = key[1];
            System.arraycopy(buf, 0, buffer, 0, 4);
            bufPos = Math.min(bufferPos, 4);
        }

        /** Philox's {@code next64}: the next word of the block, a new block (counter + 1) when used up. */
        final long philox() {
            if (bufPos < 4) {
                return buffer[bufPos++];
            }
            if (++c0 == 0 && ++c1 == 0 && ++c2 == 0) {
                ++c3;
            }
            long x0 = c0;
            long x1 = c1;
            long x2 = c2;
            long x3 = c3;
            long kk0 = k0;
            long kk1 = k1;
            for (int round = 0; round < 10; round++) {
                if (round > 0) {
                    kk0 += W0;
                    kk1 += W1;
                }
                long hi0 = UInt128.multiplyHighUnsigned(M0, x0);
                long lo0 = M0 * x0;
                long hi1 = UInt128.multiplyHighUnsigned(M1, x2);
                long lo1 = M1 * x2;
                x0 = hi1 ^ x1 ^ kk0;
                x1 = lo1;
                x2 = hi0 ^ x3 ^ kk1;
                x3 = lo0;
            }
            buffer[0] = x0;
            buffer[1] = x1;
            buffer[2] = x2;
            buffer[3] = x3;
            bufPos = 1;
            return x0;
        }

        @Override
        final long raw() {
            return philox();
        }

        @Override
        final void markGenerator() {
            saved[0] = c0;
            saved[1] = c1;
            saved[2] = c2;
            saved[3] = c3;
            System.arraycopy(buffer, 0, saved, 4, 4);
            savedPos = bufPos;
        }

        @Override
        final void resetGenerator() {
            c0 = saved[0];
            c1 = saved[1];
            c2 = saved[2];
            c3 = saved[3];
            System.arraycopy(saved, 4, buffer, 0, 4);
            bufPos = savedPos;
        }
    }

    static final class PhiloxWords extends PhiloxBase {
        PhiloxWords(long pos) {
            super(pos);
        }

        @Override
        public long nextUInt64() {
            pos++;
            return philox();
        }

        @Override
        public double nextDouble() {
            pos++;
            return (philox() >>> 11) * 0x1.0p-53;
        }

        @Override
        public int nextUInt32() {
            throw mixed();
        }
    }

    static final class PhiloxHalves extends PhiloxBase {
        PhiloxHalves(long pos) {
            super(pos);
        }

        @Override
        public int nextUInt32() {
            if ((pos++ & 1) != 0) {
                return high;
            }
            long w = philox();
            high = (int) (w >>> 32);
            return (int) w;
        }

        @Override
        public long nextUInt64() {
            throw mixed();
        }

        @Override
        public double nextDouble() {
            throw mixed();
        }
    }
}
