package org.nprand.internal.parallel;

import java.io.Serializable;

import org.nprand.bitgen.BitSource;
import org.nprand.bitgen.PCG64;
import org.nprand.numpy.Generator;

/**
 * One Generator method with scalar parameters, as the parallel plans see it: its per-element
 * kernel (exactly what NumPy's fill loop calls for each element), the width of the raw draws it
 * takes ({@link #halves}: NumPy's buffered {@code next_uint32} halves, or whole 64-bit words),
 * whether each element takes a fixed number of them, and the public {@link Generator} call it
 * reproduces ({@link #reference}, what the tests compare against).
 *
 * <p>Instances are immutable and serializable (a spec travels to other JVMs); the kernels are
 * plain code, no lambdas.
 */
public abstract class Method implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@link #fixedUnits} of a method whose element count per unit is not fixed. */
    public static final int VARIABLE = -1;

    /** NumPy's method name, e.g. {@code "normal"}. */
    public final String name;
    /** The call's arguments in Python syntax, e.g. {@code "0.0, 1.0"}. */
    public final String args;
    /** The element type. */
    public final Kind kind;
    /**
     * The consumption unit: {@code true} for 32-bit halves of the 64-bit stream (NumPy's
     * {@code next_uint32} with its {@code has_uint32} buffer), {@code false} for 64-bit words
     * ({@code next_uint64}, {@code next_double}).
     */
    public final boolean halves;
    /**
     * Units per element when fixed (&gt; 0), {@code 0} for a method that draws nothing for these
     * parameters, {@link #VARIABLE} otherwise. Set by the constructor for the methods known to be
     * fixed; {@link Methods} probes the others for zero consumption.
     */
    public final int fixedUnits;
    /**
     * Why this call cannot be located in the raw stream (seek or scan), or null when it can. A
     * method that mixes 32-bit and 64-bit draws (none of the supported ones for their valid
     * parameters) would say so here; blocked mode still works.
     */
    public final String unsupported;

    /** The element types. */
    public enum Kind {
        /** float64 elements, {@code double[]}. */
        FLOAT64,
        /** float32 elements, {@code float[]}. */
        FLOAT32,
        /** integer elements of any dtype as their int64 value (uint64: the bit pattern), {@code long[]}. */
        INT64,
        /** bytes, {@code byte[]}. */
        BYTES,
        /** one float64 vector per element ({@code dirichlet}): {@code double[]} rows in an {@code Object[]}. */
        ROWS_FLOAT64,
        /** one int64 vector per element ({@code multinomial}): {@code long[]} rows in an {@code Object[]}. */
        ROWS_INT64
    }

    Method(String name, String args, Kind kind, boolean halves, int fixedUnits, String unsupported) {
        this.name = name;
        this.args = args;
        this.kind = kind;
        this.halves = halves;
        this.fixedUnits = fixedUnits;
        this.unsupported = unsupported;
    }

    /** Elements per unit for a fixed method: 1, except {@code bytes} (4 per 32-bit half). */
    public int elementsPerUnit() {
        return 1;
    }

    /** A new array of this kind. */
    public final Object newArray(int n) {
        switch (kind) {
            case FLOAT64:
                return new double[n];
            case FLOAT32:
                return new float[n];
            case INT64:
                return new long[n];
            case ROWS_FLOAT64:
            case ROWS_INT64:
                return new Object[n];
            default:
                return new byte[n];
        }
    }

    /** The length of an array of this kind. */
    public static int length(Object array) {
        return java.lang.reflect.Array.getLength(array);
    }

    /** Fills {@code out[off, off + len)} with the next {@code len} elements drawn from {@code src}. */
    public abstract void fill(BitSource src, Object out, int off, int len);

    /**
     * Draws elements from {@code t} while {@code t.pos() < end}, at most {@code max}, into
     * {@code out[off...]}; element {@code k} of this call is element {@code base + k} of the
     * segment, and its start position is logged when {@code log} asks for it.
     *
     * @return the number of elements drawn
     */
    public abstract int fillUntil(Tracker t, Object out, int off, int max, long end, StartLog log, long base);

    /**
     * The public API call this method reproduces, with {@code size=n}: e.g.
     * {@code g.normal(loc, scale, n)}; validates the parameters with NumPy's messages.
     */
    public abstract Object reference(Generator g, int n);

    /**
     * Checks the parameters as NumPy does (same exception classes and messages), drawing from a
     * throwaway generator only: the public call, {@link #reference}, of one element.
     */
    public void validate() {
        reference(new Generator(new PCG64(0)), 1);
    }

    /** The NumPy class whose method this is: {@code "Generator"}, or {@code "RandomState"} for the legacy methods. */
    public String facade() {
        return "Generator";
    }

    /**
     * Whether a block's elements may be drawn by several consecutive fills (true: the state that
     * carries between elements lives in the method's per-chunk copy or the bit generator);
     * false when NumPy's call keeps a buffer for one call only, so a chunk draws its block's
     * prefix and itself in one fill.
     */
    public boolean splittable() {
        return true;
    }

    /** A fresh per-chunk state for kernels that keep one (the binomial's cache); none by default. */
    public Method forChunk() {
        return this;
    }

    @Override
    public String toString() {
        return name + "(" + args + ")";
    }

    // ---- the three element types ------------------------------------------------------------

    /** A float64 method: {@link #sample} is the per-element kernel. */
    abstract static class Doubles extends Method {
        private static final long serialVersionUID = 1L;

        Doubles(String name, String args, boolean halves, int fixedUnits) {
            super(name, args, Kind.FLOAT64, halves, fixedUnits, null);
        }

        abstract double sample(BitSource s);

        @Override
        public void fill(BitSource src, Object out, int off, int len) {
            double[] o = (double[]) out;
            for (int i = off, end = off + len; i < end; i++) {
                o[i] = sample(src);
            }
        }

        @Override
        public int fillUntil(Tracker t, Object out, int off, int max, long end, StartLog log, long base) {
            double[] o = (double[]) out;
            int k = 0;
            while (k < max && t.pos < end) {
                if (log != null && base + k == log.next) {
                    log.add(base + k, t.pos);
                }
                o[off + k] = sample(t);
                k++;
            }
            return k;
        }
    }

    /** A float32 method. */
    abstract static class Floats extends Method {
        private static final long serialVersionUID = 1L;

        Floats(String name, String args, boolean halves, int fixedUnits) {
            super(name, args, Kind.FLOAT32, halves, fixedUnits, null);
        }

        abstract float sample(BitSource s);

        @Override
        public void fill(BitSource src, Object out, int off, int len) {
            float[] o = (float[]) out;
            for (int i = off, end = off + len; i < end; i++) {
                o[i] = sample(src);
            }
        }

        @Override
        public int fillUntil(Tracker t, Object out, int off, int max, long end, StartLog log, long base) {
            float[] o = (float[]) out;
            int k = 0;
            while (k < max && t.pos < end) {
                if (log != null && base + k == log.next) {
                    log.add(base + k, t.pos);
                }
                o[off + k] = sample(t);
                k++;
            }
            return k;
        }
    }

    /**
     * A vector-valued method: an element is one row ({@code double[]} or {@code long[]}), what
     * NumPy's loop draws for one index of {@code size}; rows are never cut.
     */
    abstract static class Rows extends Method {
        private static final long serialVersionUID = 1L;

        Rows(String name, String args, Kind kind) {
            this(name, args, kind, false, null);
        }

        Rows(String name, String args, Kind kind, boolean halves, String unsupported) {
            super(name, args, kind, halves, VARIABLE, unsupported);
        }

        /** One row, drawn as NumPy draws it. */
        abstract Object sample(BitSource s);

        @Override
        public void fill(BitSource src, Object out, int off, int len) {
            Object[] o = (Object[]) out;
            for (int i = off, end = off + len; i < end; i++) {
                o[i] = sample(src);
            }
        }

        @Override
        public int fillUntil(Tracker t, Object out, int off, int max, long end, StartLog log, long base) {
            Object[] o = (Object[]) out;
            int k = 0;
            while (k < max && t.pos < end) {
                if (log != null && base + k == log.next) {
                    log.add(base + k, t.pos);
                }
                o[off + k] = sample(t);
                k++;
            }
            return k;
        }
    }

    /** An integer method (int64 results; other dtypes widened as {@code Generator.integers} does). */
    abstract static class Longs extends Method {
        private static final long serialVersionUID = 1L;

        Longs(String name, String args, boolean halves, int fixedUnits, String unsupported) {
            super(name, args, Kind.INT64, halves, fixedUnits, unsupported);
        }

        abstract long sample(BitSource s);

        @Override
        public void fill(BitSource src, Object out, int off, int len) {
            long[] o = (long[]) out;
            for (int i = off, end = off + len; i < end; i++) {
                o[i] = sample(src);
            }
        }

        @Override
        public int fillUntil(Tracker t, Object out, int off, int max, long end, StartLog log, long base) {
            long[] o = (long[]) out;
            int k = 0;
            while (k < max && t.pos < end) {
                if (log != null && base + k == log.next) {
                    log.add(base + k, t.pos);
                }
                o[off + k] = sample(t);
                k++;
            }
            return k;
        }
    }
}
