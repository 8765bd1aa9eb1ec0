package org.nprand.internal.parallel;

import org.nprand.bitgen.BitSource;
import org.nprand.bitgen.Buffered64BitGenerator;

/**
 * A {@link BitSource} over a seekable 64-bit bit generator that counts what it hands out, in the
 * method's unit: 64-bit words ({@code next_uint64}, {@code next_double}) or 32-bit halves
 * ({@code next_uint32}, {@code next_float}). It keeps NumPy's 32-bit buffer itself, so position
 * {@code h} in halves is exactly NumPy's state after {@code h} calls of {@code next_uint32}: an
 * odd {@code h} has the high half of word {@code (h - 1) / 2} pending ({@code has_uint32 = 1}).
 *
 * <p>A method that asks for the other width is a bug in the method table (no supported call mixes
 * them) and fails loudly rather than miscounting.
 */
public final class Tracker implements BitSource {

    private final Buffered64BitGenerator bg;
    private final boolean halves;
    /** Units consumed since the start of the stream: the start of the next element. */
    long pos;
    private int high;

    private Tracker(Buffered64BitGenerator bg, boolean halves, long pos) {
        this.bg = bg;
        this.halves = halves;
        this.pos = pos;
    }

    /** A tracker positioned at unit {@code pos} of the stream of {@code bg} (a fresh generator). */
    public static Tracker at(Buffered64BitGenerator bg, boolean halves, long pos) {
        if (!halves) {
            Streams.seekWords(bg, pos);
            return new Tracker(bg, false, pos);
        }
        Streams.seekWords(bg, pos >>> 1);
        Tracker t = new Tracker(bg, true, pos);
        if ((pos & 1) != 0) {
            t.high = (int) (bg.nextUInt64() >>> 32);
        }
        return t;
    }

    /** The position (units from the start of the stream) of the next draw. */
    public long pos() {
        return pos;
    }

    @Override
    public long nextUInt64() {
        if (halves) {
            throw mixed();
        }
        pos++;
        return bg.nextUInt64();
    }

    @Override
    public double nextDouble() {
        if (halves) {
            throw mixed();
        }
        pos++;
        return (bg.nextUInt64() >>> 11) * 0x1.0p-53;
    }

    @Override
    public int nextUInt32() {
        if (!halves) {
            throw mixed();
        }
        if ((pos++ & 1) != 0) {
            return high;
        }
        long w = bg.nextUInt64();
        high = (int) (w >>> 32);
        return (int) w;
    }

    private static IllegalStateException mixed() {
        return new IllegalStateException("a method drew 32-bit and 64-bit words in one stream; "
                + "it cannot be located in the raw stream (use blocked mode)");
    }
}
