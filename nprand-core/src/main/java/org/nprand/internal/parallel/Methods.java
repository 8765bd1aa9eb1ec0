package org.nprand.internal.parallel;

import java.math.BigInteger;

import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.BitSource;
import org.nprand.internal.py.PyRepr;
import org.nprand.kernels.Beta;
import org.nprand.kernels.BinomialState;
import org.nprand.kernels.BoundedIntegers;
import org.nprand.kernels.CdfSearch;
import org.nprand.kernels.Chisquare;
import org.nprand.kernels.Exponential;
import org.nprand.kernels.F;
import org.nprand.kernels.Gamma;
import org.nprand.kernels.GeneratorBinomial;
import org.nprand.kernels.Geometric;
import org.nprand.kernels.Gumbel;
import org.nprand.kernels.Hypergeometric;
import org.nprand.kernels.Laplace;
import org.nprand.kernels.Logistic;
import org.nprand.kernels.Lognormal;
import org.nprand.kernels.Logseries;
import org.nprand.kernels.NegativeBinomial;
import org.nprand.kernels.NoncentralChisquare;
import org.nprand.kernels.NoncentralF;
import org.nprand.kernels.Normal;
import org.nprand.kernels.Pareto;
import org.nprand.kernels.Poisson;
import org.nprand.kernels.Power;
import org.nprand.kernels.Rayleigh;
import org.nprand.kernels.StandardCauchy;
import org.nprand.kernels.StandardExponential;
import org.nprand.kernels.StandardExponentialFloat32;
import org.nprand.kernels.StandardExponentialInverse;
import org.nprand.kernels.StandardExponentialInverseFloat32;
import org.nprand.kernels.StandardGamma;
import org.nprand.kernels.StandardGammaFloat32;
import org.nprand.kernels.StandardNormal;
import org.nprand.kernels.StandardNormalFloat32;
import org.nprand.kernels.StandardT;
import org.nprand.kernels.Triangular;
import org.nprand.kernels.Uniform;
import org.nprand.kernels.Vonmises;
import org.nprand.kernels.Wald;
import org.nprand.kernels.Weibull;
import org.nprand.kernels.Zipf;
import org.nprand.numpy.DType;
import org.nprand.numpy.Generator;

/**
 * The method table: one small class per Generator method with scalar parameters, each calling the
 * same kernel as {@link Generator}'s fill loop, with the raw-draw width and the fixed consumption
 * (where there is one) read off the kernel's code:
 *
 * <ul>
 *   <li>fixed, one 64-bit word per element: {@code random}, {@code uniform}, {@code triangular},
 *       {@code standard_exponential(method='inv')};</li>
 *   <li>fixed, one 32-bit half per element: {@code random(dtype=float32)},
 *       {@code standard_exponential(dtype=float32, method='inv')}, {@code integers} whose range
 *       size is a power of two up to 2^32 (Lemire's method never rejects then; 2^64 takes one
 *       word); {@code bytes} takes one half per four bytes;</li>
 *   <li>variable (rejection sampling, ziggurats, loops): everything else. Those that draw nothing
 *       for their parameters (e.g. {@code binomial(0, p)}, {@code integers(5, 6)}) are found by a
 *       probe, see {@link Method#fixedUnits}.</li>
 * </ul>
 * Only the float32 kernels, the bounded integers up to 32 bits and the hypergeometric's direct
 * simulation draw 32-bit halves; nothing supported mixes the two widths for valid parameters.
 */
public final class Methods {

    private Methods() {
    }

    private static String r(double x) {
        return PyRepr.repr(x);
    }

    private static String join(String... parts) {
        return String.join(", ", parts);
    }

    // ---- uniform floats and fixed-consumption methods ----------------------------------------

    /** {@code random()}: one {@code next_double} per element. */
    public static Method random() {
        return new RandomM();
    }

    static final class RandomM extends Method.Doubles {
        private static final long serialVersionUID = 1L;

        RandomM() {
            super("random", "", false, 1);
        }

        @Override
        double sample(BitSource s) {
            return s.nextDouble();
        }

        @Override
        public void fill(BitSource src, Object out, int off, int len) {
            if (src instanceof BitGenerator) {
                ((BitGenerator) src).fillDouble((double[]) out, off, off + len);
            } else {
                super.fill(src, out, off, len);
            }
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.random(n);
        }
    }

    /** {@code random(dtype=np.float32)}: one {@code next_float} (a 32-bit half) per element. */
    public static Method randomFloat32() {
        return new RandomF32();
    }

    static final class RandomF32 extends Method.Floats {
        private static final long serialVersionUID = 1L;

        RandomF32() {
            super("random", "dtype=np.float32", true, 1);
        }

        @Override
        float sample(BitSource s) {
            return s.nextFloat();
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.randomFloat(n);
        }
    }

    /** {@code uniform(low, high)}: {@code low + (high - low) * next_double}. */
    public static Method uniform(double low, double high) {
        return new UniformM(low, high);
    }

    static final class UniformM extends Method.Doubles {
        private static final long serialVersionUID = 1L;
        private final double low;
        private final double high;
        private final double range;

        UniformM(double low, double high) {
            super("uniform", join(r(low), r(high)), false, 1);
            this.low = low;
            this.high = high;
            this.range = high - low;
        }

        @Override
        double sample(BitSource s) {
            return Uniform.sample(s, low, range);
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.uniform(low, high, n);
        }
    }

    /** {@code triangular(left, mode, right)}: inversion, one {@code next_double}. */
    public static Method triangular(double left, double mode, double right) {
        return new TriangularM(left, mode, right);
    }

    static final class TriangularM extends Method.Doubles {
        private static final long serialVersionUID = 1L;
        private final double left;
        private final double mode;
        private final double right;

        TriangularM(double left, double mode, double right) {
            super("triangular", join(r(left), r(mode), r(right)), false, 1);
            this.left = left;
            this.mode = mode;
            this.right = right;
        }

        @Override
        double sample(BitSource s) {
            return Triangular.sample(s, left, mode, right);
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.triangular(left, mode, right, n);
        }
    }

    /**
     * {@code standard_exponential(method=method)}: {@code "zig"} is the ziggurat (variable),
     * anything else NumPy takes as {@code "inv"}, {@code -log1p(-next_double)} (fixed).
     */
    public static Method standardExponential(String method) {
        return new StandardExponentialM("zig".equals(method));
    }

    static final class StandardExponentialM extends Method.Doubles {
        private static final long serialVersionUID = 1L;
        private final boolean zig;

        StandardExponentialM(boolean zig) {
            super("standard_exponential", zig ? "" : "method='inv'", false, zig ? VARIABLE : 1);
            this.zig = zig;
        }

        @Override
        double sample(BitSource s) {
            return zig ? StandardExponential.sample(s) : StandardExponentialInverse.sample(s);
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.standardExponential(zig ? "zig" : "inv", n);
        }
    }

    /** {@code standard_exponential(dtype=np.float32, method=method)}. */
    public static Method standardExponentialFloat32(String method) {
        return new StandardExponentialF32("zig".equals(method));
    }

    static final class StandardExponentialF32 extends Method.Floats {
        private static final long serialVersionUID = 1L;
        private final boolean zig;

        StandardExponentialF32(boolean zig) {
            super("standard_exponential", zig ? "dtype=np.float32" : "dtype=np.float32, method='inv'", true,
                    zig ? VARIABLE : 1);
            this.zig = zig;
        }

        @Override
        float sample(BitSource s) {
            return zig ? StandardExponentialFloat32.sample(s) : StandardExponentialInverseFloat32.sample(s);
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.standardExponentialFloat(zig ? "zig" : "inv", n);
        }
    }

    // ---- bytes -------------------------------------------------------------------------------

    /** {@code bytes(n)}: {@code integers(0, 2**32, dtype=uint32)} words, little-endian. */
    public static Method bytes() {
        return new BytesM();
    }

    /** {@code bytes}: element {@code i} is byte {@code i % 4} of 32-bit half {@code i / 4}. */
    public static final class BytesM extends Method {
        private static final long serialVersionUID = 1L;

        BytesM() {
            super("bytes", "", Kind.BYTES, true, 1, null);
        }

        @Override
        public int elementsPerUnit() {
            return 4;
        }

        @Override
        public void fill(BitSource src, Object out, int off, int len) {
            fill(src, (byte[]) out, off, len, 0);
        }

        /** Fills {@code out[off, off + len)} starting at byte {@code skip} of the next half. */
        public void fill(BitSource src, byte[] out, int off, int len, int skip) {
            int i = off;
            int end = off + len;
            while (i < end) {
                int w = src.nextUInt32();
                for (int b = skip; b < 4 && i < end; b++) {
                    out[i++] = (byte) (w >>> (8 * b));
                }
                skip = 0;
            }
        }

        @Override
        public int fillUntil(Tracker t, Object out, int off, int max, long end, StartLog log, long base) {
            throw new UnsupportedOperationException("bytes is a fixed-consumption method");
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.bytes(n);
        }
    }

    // ---- integers ----------------------------------------------------------------------------

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /**
     * {@code integers(low, high, dtype=dtype, endpoint=endpoint)} (Lemire's method). Bounds are
     * not checked here (the reference call checks them).
     */
    public static Method integers(BigInteger low, BigInteger high, DType dtype, boolean endpoint) {
        BigInteger highClosed = endpoint ? high : high.subtract(BigInteger.ONE);
        long off = low.longValue();
        long rng = highClosed.subtract(low).mod(TWO_64).longValue();
        return new IntegersM(low, high, dtype, endpoint, off, rng);
    }

    /** Generator.integers for one dtype; values as {@code Generator.integers} returns them. */
    static final class IntegersM extends Method.Longs {
        private static final long serialVersionUID = 1L;
        private final BigInteger low;
        private final BigInteger high;
        private final DType dtype;
        private final boolean endpoint;
        private final long off;
        private final long rng;
        private transient BoundedIntegers.Buffer buffer;

        IntegersM(BigInteger low, BigInteger high, DType dtype, boolean endpoint, long off, long rng) {
            super("integers", args(low, high, dtype, endpoint), halves(dtype, rng), fixed(dtype, rng),
                    dtype.bits() < 32 ? "integers with dtype " + dtype.numpyName() + " cut 32-bit words into "
                            + "pieces through a buffer that lives for one call; only blocked mode reproduces it"
                            : null);
            this.low = low;
            this.high = high;
            this.dtype = dtype;
            this.endpoint = endpoint;
            this.off = off;
            this.rng = rng;
        }

        private static String args(BigInteger low, BigInteger high, DType dtype, boolean endpoint) {
            String s = low + ", " + high;
            if (dtype != DType.INT64) {
                s += ", dtype=np." + dtype.numpyName();
            }
            return endpoint ? s + ", endpoint=True" : s;
        }

        private static boolean halves(DType dtype, long rng) {
            return dtype.bits() <= 32 || Long.compareUnsigned(rng, 0xFFFF_FFFFL) <= 0;
        }

        private static int fixed(DType dtype, long rng) {
            if (dtype.bits() < 32) {
                return VARIABLE;
            }
            long r = dtype.bits() == 32 ? rng & 0xFFFF_FFFFL : rng;
            if (r == 0) {
                return 0;
            }
            long excl = r + 1;
            // Lemire never rejects when the range size is a power of two (2^64: excl wraps to 0)
            return (excl & (excl - 1)) == 0 ? 1 : VARIABLE;
        }

        @Override
        public Method forChunk() {
            if (dtype.bits() >= 32) {
                return this;
            }
            IntegersM m = new IntegersM(low, high, dtype, endpoint, off, rng);
            m.buffer = new BoundedIntegers.Buffer();
            return m;
        }

        @Override
        long sample(BitSource s) {
            switch (dtype) {
                case INT64:
                case UINT64:
                    return BoundedIntegers.boundedUInt64(s, off, rng, 0, false);
                case INT32:
                    return BoundedIntegers.boundedUInt32(s, (int) off, (int) rng, 0, false);
                case UINT32:
                    return BoundedIntegers.boundedUInt32(s, (int) off, (int) rng, 0, false) & 0xFFFF_FFFFL;
                case INT16:
                    return buffer.boundedUInt16(s, (short) off, (short) rng, mask16(), false);
                case UINT16:
                    return buffer.boundedUInt16(s, (short) off, (short) rng, mask16(), false) & 0xFFFF;
                case INT8:
                    return buffer.boundedUInt8(s, (byte) off, (byte) rng, mask8(), false);
                case UINT8:
                    return buffer.boundedUInt8(s, (byte) off, (byte) rng, mask8(), false) & 0xFF;
                case BOOL:
                    return buffer.boundedBool(s, off != 0, rng != 0) ? 1 : 0;
                default:
                    throw new AssertionError(dtype);
            }
        }

        private int mask16() {
            return (int) BoundedIntegers.genMask(rng & 0xFFFF);
        }

        private int mask8() {
            return (int) BoundedIntegers.genMask(rng & 0xFF);
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.integers(low, high, new int[] {n}, dtype, endpoint);
        }
    }

    // ---- normal, exponential, gamma family ------------------------------------------------------

    /** {@code standard_normal()}: the ziggurat. */
    public static Method standardNormal() {
        return new StandardNormalM();
    }

    static final class StandardNormalM extends Method.Doubles {
        private static final long serialVersionUID = 1L;

        StandardNormalM() {
            super("standard_normal", "", false, VARIABLE);
        }

        @Override
        double sample(BitSource s) {
            return StandardNormal.sample(s);
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.standardNormal(n);
        }
    }

    /** {@code standard_normal(dtype=np.float32)}: the float ziggurat over 32-bit halves. */
    public static Method standardNormalFloat32() {
        return new StandardNormalF32();
    }

    static final class StandardNormalF32 extends Method.Floats {
        private static final long serialVersionUID = 1L;

        StandardNormalF32() {
            super("standard_normal", "dtype=np.float32", true, VARIABLE);
        }

        @Override
        float sample(BitSource s) {
            return StandardNormalFloat32.sample(s);
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.standardNormalFloat(n);
        }
    }

    /** {@code normal(loc, scale)}. */
    public static Method normal(double loc, double scale) {
        return new D2("normal", loc, scale) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Normal.sample(s, a, b);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.normal(a, b, n);
            }
        };
    }

    /** {@code exponential(scale)}. */
    public static Method exponential(double scale) {
        return new D1("exponential", scale) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Exponential.sample(s, a);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.exponential(a, n);
            }
        };
    }

    /** {@code standard_gamma(shape)}. */
    public static Method standardGamma(double shape) {
        return new D1("standard_gamma", shape) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return StandardGamma.sample(s, a);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.standardGamma(a, n);
            }
        };
    }

    /** {@code standard_gamma(shape, dtype=np.float32)}: {@code shape} rounded to float first. */
    public static Method standardGammaFloat32(double shape) {
        return new StandardGammaF32(shape);
    }

    static final class StandardGammaF32 extends Method.Floats {
        private static final long serialVersionUID = 1L;
        private final double shape;

        StandardGammaF32(double shape) {
            super("standard_gamma", r(shape) + ", dtype=np.float32", true, VARIABLE);
            this.shape = shape;
        }

        @Override
        float sample(BitSource s) {
            return StandardGammaFloat32.sample(s, (float) shape);
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.standardGammaFloat(shape, n);
        }
    }

    /** {@code gamma(shape, scale)}. */
    public static Method gamma(double shape, double scale) {
        return new D2("gamma", shape, scale) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Gamma.sample(s, a, b);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.gamma(a, b, n);
            }
        };
    }

    /** {@code beta(a, b)}. */
    public static Method beta(double a, double b) {
        return new D2("beta", a, b) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Beta.sample(s, this.a, this.b);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.beta(this.a, this.b, n);
            }
        };
    }

    /** {@code chisquare(df)}. */
    public static Method chisquare(double df) {
        return new D1("chisquare", df) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Chisquare.sample(s, a);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.chisquare(a, n);
            }
        };
    }

    /** {@code noncentral_chisquare(df, nonc)}. */
    public static Method noncentralChisquare(double df, double nonc) {
        return new D2("noncentral_chisquare", df, nonc) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return NoncentralChisquare.sample(s, a, b);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.noncentralChisquare(a, b, n);
            }
        };
    }

    /** {@code f(dfnum, dfden)}. */
    public static Method f(double dfnum, double dfden) {
        return new D2("f", dfnum, dfden) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return F.sample(s, a, b);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.f(a, b, n);
            }
        };
    }

    /** {@code noncentral_f(dfnum, dfden, nonc)}. */
    public static Method noncentralF(double dfnum, double dfden, double nonc) {
        return new D3("noncentral_f", dfnum, dfden, nonc) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return NoncentralF.sample(s, a, b, c);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.noncentralF(a, b, c, n);
            }
        };
    }

    /** {@code standard_t(df)}. */
    public static Method standardT(double df) {
        return new D1("standard_t", df) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return StandardT.sample(s, a);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.standardT(a, n);
            }
        };
    }

    /** {@code standard_cauchy()}. */
    public static Method standardCauchy() {
        return new StandardCauchyM();
    }

    static final class StandardCauchyM extends Method.Doubles {
        private static final long serialVersionUID = 1L;

        StandardCauchyM() {
            super("standard_cauchy", "", false, VARIABLE);
        }

        @Override
        double sample(BitSource s) {
            return StandardCauchy.sample(s);
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.standardCauchy(n);
        }
    }

    /** {@code lognormal(mean, sigma)}. */
    public static Method lognormal(double mean, double sigma) {
        return new D2("lognormal", mean, sigma) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Lognormal.sample(s, a, b);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.lognormal(a, b, n);
            }
        };
    }

    /** {@code pareto(a)}. */
    public static Method pareto(double a) {
        return new D1("pareto", a) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Pareto.sample(s, this.a);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.pareto(this.a, n);
            }
        };
    }

    /** {@code power(a)}. */
    public static Method power(double a) {
        return new D1("power", a) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Power.sample(s, this.a);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.power(this.a, n);
            }
        };
    }

    /** {@code weibull(a)}. */
    public static Method weibull(double a) {
        return new D1("weibull", a) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Weibull.sample(s, this.a);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.weibull(this.a, n);
            }
        };
    }

    /** {@code rayleigh(scale)}. */
    public static Method rayleigh(double scale) {
        return new D1("rayleigh", scale) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Rayleigh.sample(s, a);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.rayleigh(a, n);
            }
        };
    }

    /** {@code wald(mean, scale)}. */
    public static Method wald(double mean, double scale) {
        return new D2("wald", mean, scale) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Wald.sample(s, a, b);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.wald(a, b, n);
            }
        };
    }

    /** {@code vonmises(mu, kappa)}: its cos/acos are glibc's only with nprand-libm-lgpl present. */
    public static Method vonmises(double mu, double kappa) {
        return new D2("vonmises", mu, kappa) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Vonmises.sample(s, a, b);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.vonmises(a, b, n);
            }
        };
    }

    /** {@code laplace(loc, scale)}. */
    public static Method laplace(double loc, double scale) {
        return new D2("laplace", loc, scale) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Laplace.sample(s, a, b);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.laplace(a, b, n);
            }
        };
    }

    /** {@code gumbel(loc, scale)}. */
    public static Method gumbel(double loc, double scale) {
        return new D2("gumbel", loc, scale) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Gumbel.sample(s, a, b);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.gumbel(a, b, n);
            }
        };
    }

    /** {@code logistic(loc, scale)}. */
    public static Method logistic(double loc, double scale) {
        return new D2("logistic", loc, scale) {
            private static final long serialVersionUID = 1L;

            @Override
            double sample(BitSource s) {
                return Logistic.sample(s, a, b);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.logistic(a, b, n);
            }
        };
    }

    // ---- discrete ----------------------------------------------------------------------------

    /** {@code poisson(lam)}. */
    public static Method poisson(double lam) {
        return new L1("poisson", lam) {
            private static final long serialVersionUID = 1L;

            @Override
            long sample(BitSource s) {
                return Poisson.sample(s, a);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.poisson(a, n);
            }
        };
    }

    /** {@code binomial(n, p)}; each chunk keeps its own {@code binomial_t} cache. */
    public static Method binomial(long n, double p) {
        return new BinomialM(n, p);
    }

    static final class BinomialM extends Method.Longs {
        private static final long serialVersionUID = 1L;
        private final long n;
        private final double p;
        private transient BinomialState cache;

        BinomialM(long n, double p) {
            super("binomial", n + ", " + r(p), false, VARIABLE, null);
            this.n = n;
            this.p = p;
        }

        @Override
        public Method forChunk() {
            BinomialM m = new BinomialM(n, p);
            m.cache = new BinomialState();
            return m;
        }

        @Override
        long sample(BitSource s) {
            if (cache == null) {
                cache = new BinomialState();
            }
            return GeneratorBinomial.sample(s, p, n, cache);
        }

        @Override
        public Object reference(Generator g, int size) {
            return g.binomial(n, p, size);
        }
    }

    /** {@code negative_binomial(n, p)}. */
    public static Method negativeBinomial(double n, double p) {
        return new L2("negative_binomial", n, p) {
            private static final long serialVersionUID = 1L;

            @Override
            long sample(BitSource s) {
                return NegativeBinomial.sample(s, a, b);
            }

            @Override
            public Object reference(Generator g, int size) {
                return g.negativeBinomial(a, b, size);
            }
        };
    }

    /** {@code geometric(p)}. */
    public static Method geometric(double p) {
        return new L1("geometric", p) {
            private static final long serialVersionUID = 1L;

            @Override
            long sample(BitSource s) {
                return Geometric.sample(s, a);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.geometric(a, n);
            }
        };
    }

    /** {@code zipf(a)}. */
    public static Method zipf(double a) {
        return new L1("zipf", a) {
            private static final long serialVersionUID = 1L;

            @Override
            long sample(BitSource s) {
                return Zipf.sample(s, this.a);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.zipf(this.a, n);
            }
        };
    }

    /** {@code logseries(p)}. */
    public static Method logseries(double p) {
        return new L1("logseries", p) {
            private static final long serialVersionUID = 1L;

            @Override
            long sample(BitSource s) {
                return Logseries.sample(s, a);
            }

            @Override
            public Object reference(Generator g, int n) {
                return g.logseries(a, n);
            }
        };
    }

    /**
     * {@code hypergeometric(ngood, nbad, nsample)}: the HRUA algorithm ({@code 10 <= nsample <=
     * total - 10}) draws {@code next_double}; the direct simulation draws {@code random_interval}
     * over the remaining total, 32-bit halves since NumPy caps ngood and nbad below 10^9.
     */
    public static Method hypergeometric(long ngood, long nbad, long nsample) {
        return new HypergeometricM(ngood, nbad, nsample);
    }

    static final class HypergeometricM extends Method.Longs {
        private static final long serialVersionUID = 1L;
        private final long good;
        private final long bad;
        private final long sample;

        HypergeometricM(long good, long bad, long sample) {
            super("hypergeometric", good + ", " + bad + ", " + sample,
                    !((sample >= 10) && (sample <= good + bad - 10)), VARIABLE,
                    !((sample >= 10) && (sample <= good + bad - 10)) && good + bad - 1 > 0xFFFF_FFFFL
                            ? "hypergeometric over more than 2^32 items mixes 32- and 64-bit draws" : null);
            this.good = good;
            this.bad = bad;
            this.sample = sample;
        }

        @Override
        long sample(BitSource s) {
            return Hypergeometric.sample(s, good, bad, sample);
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.hypergeometric(good, bad, sample, n);
        }
    }

    // ---- shapes of parameter lists -------------------------------------------------------------

    /** A float64 method of one float parameter. */
    abstract static class D1 extends Method.Doubles {
        private static final long serialVersionUID = 1L;
        final double a;

        D1(String name, double a) {
            super(name, r(a), false, VARIABLE);
            this.a = a;
        }
    }

    // ---- vector-valued methods: one row per element ----------------------------------------

    private static String list(double[] v) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            b.append(i > 0 ? ", " : "").append(r(v[i]));
        }
        return b.append(']').toString();
    }

    /** {@code dirichlet(alpha)}: one {@code double[k]} row per element. */
    public static Method dirichlet(double[] alpha) {
        return new DirichletM(alpha.clone());
    }

    static final class DirichletM extends Method.Rows {
        private static final long serialVersionUID = 1L;
        private final double[] alpha;

        DirichletM(double[] alpha) {
            super("dirichlet", list(alpha), Kind.ROWS_FLOAT64);
            this.alpha = alpha;
        }

        @Override
        Object sample(BitSource s) {
            double[] row = new double[alpha.length];
            if (alpha.length > 0) {
                org.nprand.kernels.Dirichlet.sample(s, alpha, row, 0);
            }
            return row;
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.dirichlet(alpha, n);
        }
    }

    /** {@code multinomial(n, pvals)}: one {@code long[d]} row of counts per element. */
    public static Method multinomial(long n, double[] pvals) {
        return new MultinomialM(n, pvals.clone());
    }

    static final class MultinomialM extends Method.Rows {
        private static final long serialVersionUID = 1L;
        private final long n;
        private final double[] pvals;
        private transient BinomialState cache;

        MultinomialM(long n, double[] pvals) {
            super("multinomial", join(Long.toString(n), list(pvals)), Kind.ROWS_INT64);
            this.n = n;
            this.pvals = pvals;
        }

        @Override
        public Method forChunk() {
            MultinomialM m = new MultinomialM(n, pvals);
            m.cache = new BinomialState();
            return m;
        }

        @Override
        Object sample(BitSource s) {
            if (cache == null) {
                cache = new BinomialState();
            }
            long[] row = new long[pvals.length];
            org.nprand.kernels.Multinomial.sample(s, n, row, 0, pvals, pvals.length, cache);
            return row;
        }

        @Override
        public Object reference(Generator g, int size) {
            return g.multinomial(n, pvals, size);
        }
    }

    /**
     * {@code multivariate_hypergeometric(colors, nsample, method=method)}: one {@code long[d]} row
     * of counts per element. {@code 'marginals'} draws each row on its own (scan mode);
     * {@code 'count'} shuffles one urn array that carries over from row to row, so only blocked mode
     * reproduces it.
     */
    public static Method multivariateHypergeometric(long[] colors, long nsample, String method) {
        return new MultivariateHypergeometricM(colors.clone(), nsample, method);
    }

    static final class MultivariateHypergeometricM extends Method.Rows {
        private static final long serialVersionUID = 1L;
        private final long[] colors;
        private final long nsample;
        private final String method;
        private final long total;
        /** 'count' only: the urn that NumPy's call shuffles in place from row to row. */
        private transient org.nprand.kernels.MultivariateHypergeometricCount.Urn urn;

        MultivariateHypergeometricM(long[] colors, long nsample, String method) {
            super("multivariate_hypergeometric", join(java.util.Arrays.toString(colors), Long.toString(nsample),
                    "method='" + method + "'"), Kind.ROWS_INT64, true, unsupported(colors, nsample, method));
            this.colors = colors;
            this.nsample = nsample;
            this.method = method;
            this.total = total(colors);
        }

        /** {@code sum(colors)} (NumPy's checks have kept it below 2**63). */
        private static long total(long[] colors) {
            long t = 0;
            for (long c : colors) {
                t += c;
            }
            return t;
        }

        /**
         * Why a row cannot be located in the raw stream: 'count' keeps its urn from row to row;
         * 'marginals' draws each colour with hypergeometric(), whose direct simulation takes 32-bit
         * halves ({@code random_interval} below 2^32: NumPy caps the total below 10^9) and whose
         * HRUA takes 64-bit doubles once 10 or more items remain to draw. Only when fewer than 10
         * are drawn (of the sample or, past half the total, of its complement) is every draw a
         * half.
         */
        private static String unsupported(long[] colors, long nsample, String method) {
            if ("count".equals(method)) {
                return "multivariate_hypergeometric with method='count' shuffles one urn that carries over "
                        + "from row to row; only blocked mode reproduces it";
            }
            long total = total(colors);
            long drawn = nsample > total / 2 ? total - nsample : nsample;
            return drawn < 10 ? null : "multivariate_hypergeometric drawing 10 or more items mixes 32-bit "
                    + "and 64-bit draws in a row; only blocked mode reproduces it";
        }

        @Override
        public Method forChunk() {
            return new MultivariateHypergeometricM(colors, nsample, method);
        }

        @Override
        Object sample(BitSource s) {
            long[] row = new long[colors.length];
            if (colors.length == 0) {
                return row;
            }
            if ("count".equals(method)) {
                if (urn == null) {
                    urn = new org.nprand.kernels.MultivariateHypergeometricCount.Urn(total, colors, nsample);
                }
                urn.sample(s, row, 0);
            } else {
                org.nprand.kernels.MultivariateHypergeometricMarginals.sample(s, total, colors, nsample, 1, row, 0);
            }
            return row;
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.multivariateHypergeometric(colors, nsample, new int[] {n}, method);
        }
    }

    // ---- choice -------------------------------------------------------------------------------

    /** {@code choice(a)} with replacement and no {@code p}: the indices of {@code integers(0, a)}. */
    public static Method choice(long a) {
        return new ChoiceM(a, (Method.Longs) integers(BigInteger.ZERO, BigInteger.valueOf(a), DType.INT64, false));
    }

    static final class ChoiceM extends Method.Longs {
        private static final long serialVersionUID = 1L;
        private final long a;
        private final Method.Longs indices;

        ChoiceM(long a, Method.Longs indices) {
            super("choice", Long.toString(a), indices.halves, indices.fixedUnits, null);
            this.a = a;
            this.indices = indices;
        }

        @Override
        long sample(BitSource s) {
            return indices.sample(s);
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.choice(a, n);
        }
    }

    /**
     * {@code choice(a, p=p)} with replacement: one {@code next_double} per element, its
     * {@code searchsorted} in the normalised cumulative {@code p}.
     */
    public static Method choice(long a, double[] p) {
        return new ChoicePM(a, p.clone());
    }

    static final class ChoicePM extends Method.Longs {
        private static final long serialVersionUID = 1L;
        private final long a;
        private final double[] p;
        private final double[] cdf;

        ChoicePM(long a, double[] p) {
            super("choice", join(Long.toString(a), "p=" + list(p)), false, 1, null);
            this.a = a;
            this.p = p;
            this.cdf = p.length == 0 ? p : CdfSearch.cumsumNormalised(p);
        }

        @Override
        long sample(BitSource s) {
            return CdfSearch.searchsortedRight(cdf, s.nextDouble());
        }

        @Override
        public Object reference(Generator g, int n) {
            return g.choice(a, new int[] {n}, true, p, true);
        }
    }

    /** A float64 method of two float parameters. */
    abstract static class D2 extends Method.Doubles {
        private static final long serialVersionUID = 1L;
        final double a;
        final double b;

        D2(String name, double a, double b) {
            super(name, join(r(a), r(b)), false, VARIABLE);
            this.a = a;
            this.b = b;
        }
    }

    /** A float64 method of three float parameters. */
    abstract static class D3 extends Method.Doubles {
        private static final long serialVersionUID = 1L;
        final double a;
        final double b;
        final double c;

        D3(String name, double a, double b, double c) {
            super(name, join(r(a), r(b), r(c)), false, VARIABLE);
            this.a = a;
            this.b = b;
            this.c = c;
        }
    }

    /** An integer method of one float parameter. */
    abstract static class L1 extends Method.Longs {
        private static final long serialVersionUID = 1L;
        final double a;

        L1(String name, double a) {
            super(name, r(a), false, VARIABLE, null);
            this.a = a;
        }
    }

    /** An integer method of two float parameters. */
    abstract static class L2 extends Method.Longs {
        private static final long serialVersionUID = 1L;
        final double a;
        final double b;

        L2(String name, double a, double b) {
            super(name, join(r(a), r(b)), false, VARIABLE, null);
            this.a = a;
            this.b = b;
        }
    }
}
