package org.nprand.internal.parallel;

import java.math.BigInteger;

import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.BitSource;
import org.nprand.bitgen.PCG64;
import org.nprand.internal.py.PyRepr;
import org.nprand.numpy.DType;
import org.nprand.numpy.Generator;
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
        StringBuilder a = new StringBuilder();
        for (double x : p) {
            a.append(a.length() > 0 ? ", " : "").append(r(x));
        }
        return new Call(name, a.toString(), Method.Kind.FLOAT64, p.clone(), new long[0]);
    }

    /** {@code poisson}, {@code geometric}, {@code zipf}, {@code logseries}, {@code negative_binomial}: integers of float parameters. */
    public static Method longs(String name, double... p) {
        StringBuilder a = new StringBuilder();
        for (double x : p) {
            a.append(a.length() > 0 ? ", " : "").append(r(x));
        }
        return new Call(name, a.toString(), Method.Kind.INT64, p.clone(), new long[0]);
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

        /** {@code rs.<name>(*params, size=n)}. */
        Object draw(RandomState rs, int n) {
            switch (name) {
                case "random_sample":
                    return rs.randomSample(n);
                case "standard_normal":
                    return rs.standardNormal(n);
                case "standard_exponential":
                    return rs.standardExponential(n);
                case "standard_cauchy":
                    return rs.standardCauchy(n);
                case "tomaxint":
                    return rs.tomaxint(n);
                case "normal":
                    return rs.normal(p[0], p[1], n);
                case "uniform":
                    return rs.uniform(p[0], p[1], n);
                case "exponential":
                    return rs.exponential(p[0], n);
                case "standard_gamma":
                    return rs.standardGamma(p[0], n);
                case "gamma":
                    return rs.gamma(p[0], p[1], n);
                case "beta":
                    return rs.beta(p[0], p[1], n);
                case "chisquare":
                    return rs.chisquare(p[0], n);
                case "noncentral_chisquare":
                    return rs.noncentralChisquare(p[0], p[1], n);
                case "f":
                    return rs.f(p[0], p[1], n);
                case "noncentral_f":
                    return rs.noncentralF(p[0], p[1], p[2], n);
                case "standard_t":
                    return rs.standardT(p[0], n);
                case "lognormal":
                    return rs.lognormal(p[0], p[1], n);
                case "pareto":
                    return rs.pareto(p[0], n);
                case "power":
                    return rs.power(p[0], n);
                case "weibull":
                    return rs.weibull(p[0], n);
                case "rayleigh":
                    return rs.rayleigh(p[0], n);
                case "wald":
                    return rs.wald(p[0], p[1], n);
                case "vonmises":
                    return rs.vonmises(p[0], p[1], n);
                case "laplace":
                    return rs.laplace(p[0], p[1], n);
                case "gumbel":
                    return rs.gumbel(p[0], p[1], n);
                case "logistic":
                    return rs.logistic(p[0], p[1], n);
                case "triangular":
                    return rs.triangular(p[0], p[1], p[2], n);
                case "poisson":
                    return rs.poisson(p[0], n);
                case "geometric":
                    return rs.geometric(p[0], n);
                case "negative_binomial":
                    return rs.negativeBinomial(p[0], p[1], n);
                case "zipf":
                    return rs.zipf(p[0], n);
                case "logseries":
                    return rs.logseries(p[0], n);
                case "binomial":
                    return rs.binomial(q[0], p[0], n);
                case "hypergeometric":
                    return rs.hypergeometric(q[0], q[1], q[2], n);
                default:
                    throw new IllegalStateException("no RandomState method " + name);
            }
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
