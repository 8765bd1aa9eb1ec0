package org.nprand.parallel;

import org.nprand.bitgen.BitGenerator;
import org.nprand.internal.parallel.Method;
import org.nprand.internal.parallel.Methods;
import org.nprand.internal.parallel.Streams;

/** Generating one chunk in each mode: the pure functions every plan is made of. */
final class Chunks {

    private static final int SCRATCH = 4096;

    private Chunks() {
    }

    /** Elements {@code [from, from + len)} of a seek-mode spec into {@code out[off...]}. */
    static void seek(StreamSpec spec, long from, Object out, int off, int len) {
        Method m = spec.method().forChunk();
        BitGenerator bg = spec.fresh();
        int k = spec.fixedUnits();
        if (k == 0) {
            m.fill(bg, out, off, len);
        } else if (m instanceof Methods.BytesM) {
            Streams.seek(bg, true, from / 4);
            ((Methods.BytesM) m).fill(bg, (byte[]) out, off, len, (int) (from % 4));
        } else {
            Streams.seek(bg, m.halves, Math.multiplyExact(from, (long) k));
            m.fill(bg, out, off, len);
        }
    }

    /** Elements {@code [from, from + len)} of a scan-mode spec, located through its plan. */
    static void scan(StreamSpec spec, ScanPlan plan, long from, Object out, int off, int len) {
        if (len == 0) {
            return;
        }
        Method m = spec.method().forChunk();
        int c = plan.blockOf(from);
        BitGenerator bg = spec.fresh();
        Streams.seek(bg, m.halves, plan.entryUnit(c));
        discard(m, bg, from - plan.firstIndex(c));
        m.fill(bg, out, off, len);
    }

    /** Elements {@code [from, from + len)} of a blocked spec. */
    static void blocked(StreamSpec spec, long from, Object out, int off, int len) {
        long size = spec.blockSize();
        while (len > 0) {
            long b = from / size;
            long r = from % size;
            int take = (int) Math.min(len, size - r);
            Method m = spec.method().forChunk();
            BitGenerator bg = spec.freshBlock(b);
            if (m instanceof Methods.BytesM) {
                for (long i = 0; i < r / 4; i++) {
                    bg.nextUInt32();
                }
                ((Methods.BytesM) m).fill(bg, (byte[]) out, off, take, (int) (r % 4));
            } else if (!m.splittable()) {
                // NumPy keeps this call's buffer for one call: the block's prefix and the chunk in one
                int upTo = Math.toIntExact(r + take);
                Object all = m.newArray(upTo);
                m.fill(bg, all, 0, upTo);
                System.arraycopy(all, (int) r, out, off, take);
            } else {
                if (m.fixedUnits > 0 && Streams.seekable(bg.name())) {
                    Streams.seek(bg, m.halves, r * m.fixedUnits);
                } else {
                    discard(m, bg, r);
                }
                m.fill(bg, out, off, take);
            }
            from += take;
            off += take;
            len -= take;
        }
    }

    /**
     * A blocked spec's generator left where a sequential read stopped inside block
     * {@code block}: a reader's next read continues it instead of drawing the block's prefix
     * again (a block is one sequential call, so a reader whose reads are smaller than a block
     * would otherwise redraw on average half a block per read).
     */
    static final class BlockCursor {
        final long block;
        final Method method;
        final BitGenerator bg;
        /** The index of the next element this cursor draws. */
        long next;

        BlockCursor(long block, Method method, BitGenerator bg, long next) {
            this.block = block;
            this.method = method;
            this.bg = bg;
            this.next = next;
        }
    }

    /**
     * Whether a reader may keep a {@link BlockCursor} for this blocked spec: a method whose fills
     * continue one another ({@code bytes} cuts words at any byte, and the methods that keep a
     * buffer for one call draw each piece from the block's start, see {@link #blocked}).
     */
    static boolean continuable(StreamSpec spec) {
        Method m = spec.method();
        return m.splittable() && !(m instanceof Methods.BytesM);
    }

    /**
     * Elements {@code [from, from + len)} of a blocked, {@link #continuable} spec, all in one
     * block, continuing {@code c} when it stands at {@code from}.
     *
     * @return the cursor after the last element drawn
     */
    static BlockCursor continueBlock(StreamSpec spec, BlockCursor c, long from, Object out, int off, int len) {
        long size = spec.blockSize();
        long b = from / size;
        if (c == null || c.block != b || c.next != from) {
            Method m = spec.method().forChunk();
            BitGenerator bg = spec.freshBlock(b);
            long r = from - b * size;
            if (m.fixedUnits > 0 && Streams.seekable(bg.name())) {
                Streams.seek(bg, m.halves, r * m.fixedUnits);
            } else {
                discard(m, bg, r);
            }
            c = new BlockCursor(b, m, bg, from);
        }
        c.method.fill(c.bg, out, off, len);
        c.next += len;
        return c;
    }

    /** Draws and drops {@code n} elements. */
    private static void discard(Method m, BitGenerator bg, long n) {
        if (n == 0) {
            return;
        }
        Object scratch = m.newArray((int) Math.min(SCRATCH, n));
        while (n > 0) {
            int k = (int) Math.min(SCRATCH, n);
            m.fill(bg, scratch, 0, k);
            n -= k;
        }
    }

    /** Checks that {@code out} is the spec's array type. */
    static void checkType(StreamSpec spec, Object out) {
        ValueType want = spec.valueType();
        boolean ok;
        switch (want) {
            case FLOAT64:
                ok = out instanceof double[];
                break;
            case FLOAT32:
                ok = out instanceof float[];
                break;
            case INT64:
                ok = out instanceof long[];
                break;
            case ROWS_FLOAT64:
            case ROWS_INT64:
                ok = out instanceof Object[];
                break;
            default:
                ok = out instanceof byte[];
                break;
        }
        if (!ok) {
            throw new IllegalArgumentException(spec + " has " + want + " elements, not " + out.getClass().getSimpleName());
        }
    }
}
