package org.nprand.internal.parallel;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.BitSource;
import org.nprand.bitgen.PCG64;
import org.nprand.internal.py.Args;
import org.nprand.internal.py.PyRepr;
import org.nprand.internal.spec.MethodSpec;
import org.nprand.internal.spec.MethodSpecs;
import org.nprand.numpy.DType;
import org.nprand.numpy.Generator;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.RandomState;

/**
 * NumPy's legacy {@code RandomState} methods with scalar parameters, as the blocked plans see
 * them: block {@code b} is {@code RandomState(BG(child_b)).method(*params, size=len)}, drawn
 * through {@link RandomState}'s own public call (its kernels, its legacy Gaussian cache, its
 * binomial cache, its parameter checks), never a copy of them.
 *
 * <p>A chunk inside a block draws the block's first elements and drops them. A RandomState's
 * calls continue one another (its caches live on the instance, as in NumPy), so they are drawn
 * in pieces, except for {@code randint} with a dtype narrower than 32 bits, whose word buffer
 * lives for one call: those are drawn as one call of the block's prefix and the chunk
 * ({@link Method#splittable}).
 *
 * <p>RandomState's sequential stream is not offered in seek or scan mode ({@link Method#unsupported}).
 */
public final class LegacyMethods {

    /** Why a RandomState stream has only blocked mode. */
    public static final String SEQUENTIAL = "RandomState's sequential stream cannot be cut into independent chunks "
            + "(its draws are not located in the raw stream, and its legacy Gaussian keeps a cached value between "
            + "elements); use blocked(blockSize) for a reproducible blocked stream, block b drawn by "
            + "RandomState(BG(SeedSequence(entropy, spawn_key=spawn_key + (b,))))";

    private LegacyMethods() {
    }

    private static String r(double x) {
        return PyRepr.repr(x);
    }

    /** {@code random_sample()} (also {@code rand}, {@code random}). */
    public static Method randomSample() {
        return new Call("random_sample", "", Method.Kind.FLOAT64, new double[0], new long[0]);
    }

    /** {@code standard_normal()} (also {@code randn}): the legacy polar Gaussian. */
    public static Method standardNormal() {
        return new Call("standard_normal", "", Method.Kind.FLOAT64, new double[0], new long[0]);
    }

    /** {@code standard_exponential()}. */
    public static Method standardExponential() {
        return new Call("standard_exponential", "", Method.Kind.FLOAT64, new double[0], new long[0]);
    }

    /** {@code standard_cauchy()}. */
    public static Method standardCauchy() {
        return new Call("standard_cauchy", "", Method.Kind.FLOAT64, new double[0], new long[0]);
    }

    /** {@code tomaxint()}. */
    public static Method tomaxint() {
        return new Call("tomaxint", "", Method.Kind.INT64, new double[0], new long[0]);
    }

    /** A float64 method of one to three float parameters, by NumPy's name. */
    public static Method doubles(String name, double... p) {
        return new Call(name, args(p), Method.Kind.FLOAT64, p.clone(), new long[0]);
    }

    /** {@code poisson}, {@code geometric}, {@code zipf}, {@code logseries}, {@code negative_binomial}: integers of float parameters. */
    public static Method longs(String name, double... p) {
        return new Call(name, args(p), Method.Kind.INT64, p.clone(), new long[0]);
    }

    /** Float parameters in Python syntax, {@code "0.0, 2.0"}. */
    private static String args(double[] p) {
        StringBuilder a = new StringBuilder();
        for (double x : p) {
            a.append(a.length() > 0 ? ", " : "").append(r(x));
        }
        return a.toString();
    }

    /** {@code binomial(n, p)}. */
    public static Method binomial(long n, double p) {
        return new Call("binomial", n + ", " + r(p), Method.Kind.INT64, new double[] {p}, new long[] {n});
    }

    /** {@code hypergeometric(ngood, nbad, nsample)}. */
    public static Method hypergeometric(long ngood, long nbad, long nsample) {
        return new Call("hypergeometric", ngood + ", " + nbad + ", " + nsample, Method.Kind.INT64, new double[0],
                new long[] {ngood, nbad, nsample});
    }

    /** {@code randint(low, high, dtype=dtype)}: values of any integer dtype as int64 (uint64: the bit pattern). */
    public static Method randint(BigInteger low, BigInteger high, DType dtype) {
        return new Randint(low, high, dtype);
    }

    /** One RandomState call per piece of a block; the RandomState lives as long as the block's generator. */
    static class Call extends Method {
        private static final long serialVersionUID = 1L;

        final double[] p;
        final long[] q;
        private transient RandomState state;
        private transient BitSource bound;

        Call(String name, String args, Kind kind, double[] p, long[] q) {
            super(name, args, kind, false, VARIABLE, SEQUENTIAL);
            this.p = p;
            this.q = q;
        }

        @Override
        public String facade() {
            return "RandomState";
        }

        /** The RandomState over {@code src}, made when a new block's generator comes. */
        private RandomState over(BitSource src) {
            if (src != bound) {
                state = new RandomState((BitGenerator) src);
                bound = src;
            }
            return state;
        }

        @Override
        public void fill(BitSource src, Object out, int off, int len) {
            Object a = draw(over(src), len);
            System.arraycopy(a, 0, out, off, len);
        }

        @Override
        public int fillUntil(Tracker t, Object out, int off, int max, long end, StartLog log, long base) {
            throw new UnsupportedOperationException(SEQUENTIAL);
        }

        @Override
        public Object reference(Generator g, int n) {
            throw new UnsupportedOperationException("RandomState's " + name + " is not a Generator method");
        }

        @Override
        public void validate() {
            // NumPy's checks, exactly: the public call on a throwaway RandomState
            draw(new RandomState(new PCG64(0)), 1);
        }

        @Override
        public Method forChunk() {
            return copy();
        }

        Call copy() {
            return new Call(name, args, kind, p, q);
        }

        /**
         * {@code rs.<name>(*params, size=n)}, through RandomState's method table (the replay
         * binder's {@link MethodSpecs}: the same call, checks and messages as Python's), the
         * integer parameters first as in every signature here ({@code binomial(n, p)},
         * {@code hypergeometric(ngood, nbad, nsample)}).
         */
        Object draw(RandomState rs, int n) {
            List<Object> args = new ArrayList<>(q.length + p.length);
            for (long x : q) {
                args.add(x);
            }
            for (double x : p) {
                args.add(x);
            }
            MethodSpec<RandomState> spec = MethodSpecs.of(RandomState.class).get(name);
            if (spec == null) {
                throw new IllegalStateException("no RandomState method " + name);
            }
            return ((NdArray) spec.call(rs, new Args(args, Map.of("size", (long) n)))).data();
        }
    }

    /** {@code randint(low, high, dtype=dtype)}. */
    static final class Randint extends Call {
        private static final long serialVersionUID = 1L;

        private final BigInteger low;
        private final BigInteger high;
        private final DType dtype;

        Randint(BigInteger low, BigInteger high, DType dtype) {
            super("randint", args(low, high, dtype), Kind.INT64, new double[0], new long[0]);
            this.low = low;
            this.high = high;
            this.dtype = dtype;
        }

        private static String args(BigInteger low, BigInteger high, DType dtype) {
            String s = high == null ? low.toString() : low + ", " + high;
            return dtype == DType.INT64 ? s : s + ", dtype=np." + dtype.numpyName();
        }

        @Override
        public boolean splittable() {
            // the 8-bit, 16-bit and bool draws cut 32-bit words through a buffer of one call
            return dtype.bits() >= 32;
        }

        @Override
        Call copy() {
            return new Randint(low, high, dtype);
        }

        @Override
        Object draw(RandomState rs, int n) {
            return rs.randint(low, high, new int[] {n}, dtype);
        }
    }
}
