package org.nprand.internal.parallel;

import org.nprand.bitgen.BitSource;
import org.nprand.bitgen.Buffered64BitGenerator;
import org.nprand.bitgen.PCG64;
import org.nprand.bitgen.PCG64DXSM;
import org.nprand.bitgen.Philox;

/**
 * A {@link BitSource} over a seekable 64-bit bit generator that counts what it hands out, in the
 * method's unit: 64-bit words ({@code next_uint64}, {@code next_double}) or 32-bit halves
 * ({@code next_uint32}, {@code next_float}). It keeps NumPy's 32-bit buffer itself, so position
 * {@code h} in halves is exactly NumPy's state after {@code h} calls of {@code next_uint32}: an
 * odd {@code h} has the high half of word {@code (h - 1) / 2} pending ({@code has_uint32 = 1}).
 *
 * <p>One final subclass per generator class and width, each holding its generator under its
 * final class, so the JIT inlines the generator's step into every draw (a field of the abstract
 * type would make each draw a megamorphic call as soon as a JVM has used two generator classes).
 *
 * <p>A method that asks for the other width is a bug in the method table (no supported call mixes
 * them) and fails loudly rather than miscounting.
 */
public abstract class Tracker implements BitSource {

    /** Units consumed since the start of the stream: the start of the next element. */
    long pos;

    Tracker(long pos) {
        this.pos = pos;
    }

    /** A tracker positioned at unit {@code pos} of the stream of {@code bg} (a fresh generator). */
    public static Tracker at(Buffered64BitGenerator bg, boolean halves, long pos) {
        Streams.seekWords(bg, halves ? pos >>> 1 : pos);
        Tracker t;
        if (bg instanceof PCG64) {
            t = halves ? new Pcg64Halves((PCG64) bg, pos) : new Pcg64Words((PCG64) bg, pos);
        } else if (bg instanceof PCG64DXSM) {
            t = halves ? new DxsmHalves((PCG64DXSM) bg, pos) : new DxsmWords((PCG64DXSM) bg, pos);
        } else if (bg instanceof Philox) {
            t = halves ? new PhiloxHalves((Philox) bg, pos) : new PhiloxWords((Philox) bg, pos);
        } else {
            throw new UnsupportedOperationException(bg.name() + " cannot seek to a position in its stream");
        }
        if (halves && (pos & 1) != 0) {
            ((Halves) t).high = (int) (bg.nextUInt64() >>> 32);
        }
        return t;
    }

    /** The position (units from the start of the stream) of the next draw. */
    public final long pos() {
        return pos;
    }

    static IllegalStateException mixed() {
        return new IllegalStateException("a method drew 32-bit and 64-bit words in one stream; "
                + "it cannot be located in the raw stream (use blocked mode)");
    }

    /** Counting in 64-bit words; 32-bit draws are refused. */
    abstract static class Words extends Tracker {
        Words(long pos) {
            super(pos);
        }

        @Override
        public final int nextUInt32() {
            throw mixed();
        }
    }

    /** Counting in 32-bit halves, with NumPy's buffer; 64-bit draws are refused. */
    abstract static class Halves extends Tracker {
        int high;

        Halves(long pos) {
            super(pos);
        }

        @Override
        public final long nextUInt64() {
            throw mixed();
        }

        @Override
        public final double nextDouble() {
            throw mixed();
        }
    }

    static final class Pcg64Words extends Words {
        private final PCG64 bg;

        Pcg64Words(PCG64 bg, long pos) {
            super(pos);
            this.bg = bg;
        }

        @Override
        public long nextUInt64() {
            pos++;
            return bg.nextUInt64();
        }

        @Override
        public double nextDouble() {
            pos++;
            return bg.nextDouble();
        }
    }

    static final class Pcg64Halves extends Halves {
        private final PCG64 bg;

        Pcg64Halves(PCG64 bg, long pos) {
            super(pos);
            this.bg = bg;
        }

        @Override
        public int nextUInt32() {
            if ((pos++ & 1) != 0) {
                return high;
            }
            long w = bg.nextUInt64();
            high = (int) (w >>> 32);
            return (int) w;
        }
    }

    static final class DxsmWords extends Words {
        private final PCG64DXSM bg;

        DxsmWords(PCG64DXSM bg, long pos) {
            super(pos);
            this.bg = bg;
        }

        @Override
        public long nextUInt64() {
            pos++;
            return bg.nextUInt64();
        }

        @Override
        public double nextDouble() {
            pos++;
            return bg.nextDouble();
        }
    }

    static final class DxsmHalves extends Halves {
        private final PCG64DXSM bg;

        DxsmHalves(PCG64DXSM bg, long pos) {
            super(pos);
            this.bg = bg;
        }

        @Override
        public int nextUInt32() {
            if ((pos++ & 1) != 0) {
                return high;
            }
            long w = bg.nextUInt64();
            high = (int) (w >>> 32);
            return (int) w;
        }
    }

    static final class PhiloxWords extends Words {
        private final Philox bg;

        PhiloxWords(Philox bg, long pos) {
            super(pos);
            this.bg = bg;
        }

        @Override
        public long nextUInt64() {
            pos++;
            return bg.nextUInt64();
        }

        @Override
        public double nextDouble() {
            pos++;
            return bg.nextDouble();
        }
    }

    static final class PhiloxHalves extends Halves {
        private final Philox bg;

        PhiloxHalves(Philox bg, long pos) {
            super(pos);
            this.bg = bg;
        }

        @Override
        public int nextUInt32() {
            if ((pos++ & 1) != 0) {
                return high;
            }
            long w = bg.nextUInt64();
            high = (int) (w >>> 32);
            return (int) w;
        }
    }
}
