package org.nprand.parallel;

import java.io.Serializable;
import java.util.Objects;
import org.nprand.internal.py.Py;

/**
 * The first {@code size} elements of a spec's call, any chunk of which can be generated on its
 * own, on any thread or JVM: {@code fill(a, out, 0, b - a)} gives elements {@code a..b} of
 * NumPy's {@code Generator(BG(seed)).method(*params, size=size)} (or of the blocked stream),
 * bit for bit, whatever chunks the output is cut into.
 *
 * <p>Seek and blocked modes need nothing but the spec. Scan mode carries a {@link ScanPlan},
 * made when the stream is created (on the calling thread, on {@code threads} threads, or given
 * ready-made by a distributed driver). Instances are immutable and serializable: ship one to the
 * workers and let each fill its chunks.
 *
 * <pre>{@code
 * IndexedStream s = IndexedStream.of(StreamSpec.of("PCG64", 12345).standardNormal(), 10_000_000, 4);
 * double[] part = s.doubles(2_500_000, 5_000_000);   // == NumPy's [2_500_000:5_000_000]
 * }</pre>
 */
public final class IndexedStream implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StreamSpec spec;
    private final long size;
    private final Mode mode;
    private final ScanPlan plan;

    private IndexedStream(StreamSpec spec, long size, Mode mode, ScanPlan plan) {
        this.spec = spec;
        this.size = size;
        this.mode = mode;
        this.plan = plan;
    }

    /** The first {@code size} elements; a scan plan, if needed, is made on the calling thread. */
    public static IndexedStream of(StreamSpec spec, long size) {
        Py.notNull(spec, "spec");
        return of(spec, size, 1);
    }

    /** The first {@code size} elements; a scan plan, if needed, is made on {@code threads} threads. */
    public static IndexedStream of(StreamSpec spec, long size, int threads) {
        Py.notNull(spec, "spec");
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        Mode mode = spec.mode();
        spec.checkRuntime();
        ScanPlan plan = mode == Mode.SCAN ? ScanPlan.build(spec, size, threads) : null;
        return new IndexedStream(spec, size, mode, plan);
    }

    /** A scan-mode stream over a plan made elsewhere (e.g. by a cluster driver). */
    public static IndexedStream of(StreamSpec spec, ScanPlan plan) {
        Py.notNull(spec, "spec");
        Py.notNull(plan, "plan");
        if (spec.mode() != Mode.SCAN || !plan.isFor(spec)) {
            throw new IllegalArgumentException(plan + " is not a plan of " + spec);
        }
        return new IndexedStream(spec, plan.size(), Mode.SCAN, plan);
    }

    /** The spec. */
    public StreamSpec spec() {
        return spec;
    }

    /** The number of elements. */
    public long size() {
        return size;
    }

    /** How chunks find their elements. */
    public Mode mode() {
        return mode;
    }

    /** The scan plan, or null in seek and blocked modes. */
    public ScanPlan plan() {
        return plan;
    }

    // ---- chunks -------------------------------------------------------------------------------

    /** Elements {@code [from, from + len)} into {@code out[off, off + len)} (float64 specs). */
    public void fill(long from, double[] out, int off, int len) {
        Py.notNull(out, "out");
        fillAny(from, out, off, len);
    }

    /** Elements {@code [from, from + len)} into {@code out[off, off + len)} (float32 specs). */
    public void fill(long from, float[] out, int off, int len) {
        Py.notNull(out, "out");
        fillAny(from, out, off, len);
    }

    /** Elements {@code [from, from + len)} into {@code out[off, off + len)} (integer specs). */
    public void fill(long from, long[] out, int off, int len) {
        Py.notNull(out, "out");
        fillAny(from, out, off, len);
    }

    /** Elements {@code [from, from + len)} into {@code out[off, off + len)} ({@code bytes}). */
    public void fill(long from, byte[] out, int off, int len) {
        Py.notNull(out, "out");
        fillAny(from, out, off, len);
    }

    /** Elements {@code [from, from + len)} into {@code out[off, off + len)} (vector specs: one row each). */
    public void fill(long from, Object[] out, int off, int len) {
        Py.notNull(out, "out");
        fillAny(from, out, off, len);
    }

    /** Elements {@code [from, to)} of a vector spec ({@code dirichlet}: {@code double[]} rows, {@code multinomial}: {@code long[]}). */
    public Object[] rows(long from, long to) {
        Object[] out = new Object[length(from, to)];
        fill(from, out, 0, out.length);
        return out;
    }

    /** Elements {@code [from, to)} of a float64 spec. */
    public double[] doubles(long from, long to) {
        double[] out = new double[length(from, to)];
        fill(from, out, 0, out.length);
        return out;
    }

    /** Elements {@code [from, to)} of a float32 spec. */
    public float[] floats(long from, long to) {
        float[] out = new float[length(from, to)];
        fill(from, out, 0, out.length);
        return out;
    }

    /** Elements {@code [from, to)} of an integer spec. */
    public long[] longs(long from, long to) {
        long[] out = new long[length(from, to)];
        fill(from, out, 0, out.length);
        return out;
    }

    /** Elements {@code [from, to)} of a {@code bytes} spec. */
    public byte[] bytes(long from, long to) {
        byte[] out = new byte[length(from, to)];
        fill(from, out, 0, out.length);
        return out;
    }

    private static int length(long from, long to) {
        if (to < from) {
            throw new IllegalArgumentException("chunk [" + from + ", " + to + ") is reversed");
        }
        return Math.toIntExact(to - from);
    }

    private void fillAny(long from, Object out, int off, int len) {
        Chunks.checkType(spec, out);
        Objects.checkFromIndexSize(off, len, java.lang.reflect.Array.getLength(out));
        if (from < 0 || len < 0 || from > size - len) {
            throw new IndexOutOfBoundsException("chunk [" + from + ", " + (from + len) + ") of " + size + " elements");
        }
        spec.checkRuntime();
        switch (mode) {
            case SEEK:
                Chunks.seek(spec, from, out, off, len);
                break;
            case SCAN:
                Chunks.scan(spec, plan, from, out, off, len);
                break;
            default:
                Chunks.blocked(spec, from, out, off, len);
                break;
        }
    }

    @Override
    public String toString() {
        return "IndexedStream[" + spec + ", " + size + " elements, " + mode + "]";
    }
}
