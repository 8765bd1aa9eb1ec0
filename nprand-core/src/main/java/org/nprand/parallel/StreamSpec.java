package org.nprand.parallel;

import java.io.Serializable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.BitGenerators;
import org.nprand.bitgen.Buffered64BitGenerator;
import org.nprand.bitgen.PCG64;
import org.nprand.bitgen.SeedSequence;
import org.nprand.errors.ValueError;
import org.nprand.internal.parallel.LibmCheck;
import org.nprand.internal.parallel.Method;
import org.nprand.internal.parallel.Methods;
import org.nprand.internal.parallel.Streams;
import org.nprand.internal.parallel.Tracker;
import org.nprand.numpy.DType;
import org.nprand.numpy.Generator;
import org.nprand.internal.py.Py;

/**
 * What to draw: NumPy's {@code Generator(BG(seed)).method(*params, size=n)} with scalar
 * parameters, as an immutable, serializable value that any thread or JVM can turn into any part of
 * the output. Element {@code i} of the output does not depend on {@code n} (NumPy fills its
 * array in order from one stream), so a spec has no size; plans take one.
 *
 * <pre>{@code
 * StreamSpec spec = StreamSpec.of("PCG64", 12345).normal(0.0, 1.0);
 * // == np.random.Generator(np.random.PCG64(12345)).normal(0.0, 1.0, size=n)
 * StreamSpec blocked = StreamSpec.of("SFC64", 7).standardGamma(2.5).blocked(1 << 20);
 * }</pre>
 *
 * <p>The method setters validate the parameters as NumPy does (same exception classes and
 * messages) and return a new spec. They are {@code Generator}'s methods; {@link #randomState()}
 * gives the legacy {@code RandomState}'s, for blocked mode. The spec records the libm variant of the JVM it was made on
 * ({@code -Dnprand.libm}); every chunk checks its own JVM against it first and fails fast on a
 * mismatch (see the package documentation).
 */
public final class StreamSpec implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> NAMES = List.of("PCG64", "PCG64DXSM", "Philox", "MT19937", "SFC64");

    private final String bitGenerator;
    /** A BigInteger, or a BigInteger[] for a sequence seed. */
    private final Object entropy;
    private final BigInteger[] spawnKey;
    private final int poolSize;
    private final Method method;
    private final long blockSize;
    private final String libm;
    private transient volatile Probe probe;
    private transient volatile SeedSequence seed;

    private StreamSpec(String bitGenerator, Object entropy, BigInteger[] spawnKey, int poolSize, Method method,
                       long blockSize, String libm) {
        this.bitGenerator = bitGenerator;
        this.entropy = entropy;
        this.spawnKey = spawnKey;
        this.poolSize = poolSize;
        this.method = method;
        this.blockSize = blockSize;
        this.libm = libm;
    }

    // ---- the bit generator and its seed ---------------------------------------------------------

    /**
     * {@code BG(seed)}, i.e. seeded through {@code SeedSequence(seed)}; the method is
     * {@code random()} until another is set.
     *
     * @param bitGenerator {@code "PCG64"}, {@code "PCG64DXSM"}, {@code "Philox"} (seek and scan
     *     modes, and blocked), {@code "MT19937"} or {@code "SFC64"} (blocked mode only)
     * @throws ValueError NumPy's "expected non-negative integer" for a negative seed
     */
    public static StreamSpec of(String bitGenerator, long seed) {
        Py.notNull(bitGenerator, "bitGenerator");
        return of(bitGenerator, new SeedSequence(seed));
    }

    /** {@code BG(seed)} for a Python int of any size. */
    public static StreamSpec of(String bitGenerator, BigInteger seed) {
        Py.notNull(bitGenerator, "bitGenerator");
        Py.notNull(seed, "seed");
        return of(bitGenerator, new SeedSequence(seed));
    }

    /**
     * {@code BG(seed_seq)}: the sequence's entropy, spawn key and pool size (its spawn counter
     * plays no part in the generator's state).
     *
     * @throws IllegalArgumentException for entropy that is neither an int nor a sequence of ints
     */
    public static StreamSpec of(String bitGenerator, SeedSequence seed) {
        Py.notNull(bitGenerator, "bitGenerator");
        Py.notNull(seed, "seed");
        if (!NAMES.contains(bitGenerator)) {
            throw new ValueError(bitGenerator + " is not a known BitGenerator module.");
        }
        Object e = seed.entropy();
        Object entropy;
        if (e instanceof BigInteger) {
            entropy = e;
        } else if (e instanceof List && ((List<?>) e).stream().allMatch(x -> x instanceof BigInteger)) {
            entropy = ((List<?>) e).toArray(new BigInteger[0]);
        } else {
            throw new IllegalArgumentException("a plan's seed must be an int or a sequence of ints, not " + e);
        }
        return new StreamSpec(bitGenerator, entropy, seed.spawnKey().toArray(new BigInteger[0]), seed.poolSize(),
                Methods.random(), 0, LibmCheck.variant());
    }

    /** This spec drawing {@code m}, after NumPy's checks of its parameters. */
    StreamSpec with(Method m) {
        // NumPy's checks, exactly: the public call on a throwaway generator
        m.validate();
        return new StreamSpec(bitGenerator, entropy, spawnKey, poolSize, m, blockSize, libm);
    }

    /**
     * Blocked mode: block {@code b} (elements {@code [b * blockSize, (b + 1) * blockSize)}) is
     * drawn by {@code Generator(BG(SeedSequence(entropy, spawn_key=spawn_key + (b,),
     * pool_size=pool_size)))}, which is also child {@code b} of {@code seed_seq.spawn(...)}. A
     * different stream from the sequential one, for any bit generator and method; the block size
     * is part of the result. {@code blocked(0)} returns to the sequential stream.
     */
    public StreamSpec blocked(long blockSize) {
        if (blockSize < 0) {
            throw new IllegalArgumentException("blockSize must be positive, got " + blockSize);
        }
        return new StreamSpec(bitGenerator, entropy, spawnKey, poolSize, method, blockSize, libm);
    }

    // ---- the method ---------------------------------------------------------------------------

    /** {@code random()}: float64 in [0, 1). Seek mode. */
    public StreamSpec random() {
        return with(Methods.random());
    }

    /** {@code random(dtype=np.float32)}: one 32-bit half per element. Seek mode. */
    public StreamSpec randomFloat() {
        return with(Methods.randomFloat32());
    }

    /** {@code uniform(low, high)}. Seek mode. */
    public StreamSpec uniform(double low, double high) {
        return with(Methods.uniform(low, high));
    }

    /** {@code integers(low, high)}: int64, {@code [low, high)}. Seek mode for a power-of-two range size, else scan. */
    public StreamSpec integers(long low, long high) {
        return integers(BigInteger.valueOf(low), BigInteger.valueOf(high), DType.INT64, false);
    }

    /**
     * {@code integers(low, high, dtype=dtype, endpoint=endpoint)}. Seek mode when the range size
     * is a power of two (Lemire's method then never rejects), else scan; dtypes narrower than 32
     * bits are blocked mode only (NumPy cuts their words through a buffer that lives for one call).
     */
    public StreamSpec integers(BigInteger low, BigInteger high, DType dtype, boolean endpoint) {
        Py.notNull(low, "low");
        Py.notNull(high, "high");
        Py.notNull(dtype, "dtype");
        return with(Methods.integers(low, high, dtype, endpoint));
    }

    /** {@code bytes(n)}: byte {@code i} is byte {@code i % 4} (little-endian) of uint32 draw {@code i / 4}. Seek mode. */
    public StreamSpec bytes() {
        return with(Methods.bytes());
    }

    /** {@code standard_normal()} (ziggurat). Scan mode. */
    public StreamSpec standardNormal() {
        return with(Methods.standardNormal());
    }

    /** {@code standard_normal(dtype=np.float32)}. Scan mode. */
    public StreamSpec standardNormalFloat() {
        return with(Methods.standardNormalFloat32());
    }

    /** {@code normal(loc, scale)}. Scan mode. */
    public StreamSpec normal(double loc, double scale) {
        return with(Methods.normal(loc, scale));
    }

    /** {@code standard_exponential()} (ziggurat). Scan mode. */
    public StreamSpec standardExponential() {
        return with(Methods.standardExponential("zig"));
    }

    /** {@code standard_exponential(method=method)}: {@code "zig"} (scan mode) or {@code "inv"} (seek mode). */
    public StreamSpec standardExponential(String method) {
        Py.notNull(method, "method");
        return with(Methods.standardExponential(method));
    }

    /** {@code standard_exponential(dtype=np.float32, method=method)}: zig is scan, inv seek. */
    public StreamSpec standardExponentialFloat(String method) {
        Py.notNull(method, "method");
        return with(Methods.standardExponentialFloat32(method));
    }

    /** {@code exponential(scale)}. Scan mode. */
    public StreamSpec exponential(double scale) {
        return with(Methods.exponential(scale));
    }

    /** {@code standard_gamma(shape)}. Scan mode. */
    public StreamSpec standardGamma(double shape) {
        return with(Methods.standardGamma(shape));
    }

    /** {@code standard_gamma(shape, dtype=np.float32)}. Scan mode. */
    public StreamSpec standardGammaFloat(double shape) {
        return with(Methods.standardGammaFloat32(shape));
    }

    /** {@code gamma(shape, scale)}. Scan mode. */
    public StreamSpec gamma(double shape, double scale) {
        return with(Methods.gamma(shape, scale));
    }

    /** {@code beta(a, b)}. Scan mode. */
    public StreamSpec beta(double a, double b) {
        return with(Methods.beta(a, b));
    }

    /** {@code chisquare(df)}. Scan mode. */
    public StreamSpec chisquare(double df) {
        return with(Methods.chisquare(df));
    }

    /** {@code noncentral_chisquare(df, nonc)}. Scan mode. */
    public StreamSpec noncentralChisquare(double df, double nonc) {
        return with(Methods.noncentralChisquare(df, nonc));
    }

    /** {@code f(dfnum, dfden)}. Scan mode. */
    public StreamSpec f(double dfnum, double dfden) {
        return with(Methods.f(dfnum, dfden));
    }

    /** {@code noncentral_f(dfnum, dfden, nonc)}. Scan mode. */
    public StreamSpec noncentralF(double dfnum, double dfden, double nonc) {
        return with(Methods.noncentralF(dfnum, dfden, nonc));
    }

    /** {@code standard_t(df)}. Scan mode. */
    public StreamSpec standardT(double df) {
        return with(Methods.standardT(df));
    }

    /** {@code standard_cauchy()}. Scan mode. */
    public StreamSpec standardCauchy() {
        return with(Methods.standardCauchy());
    }

    /** {@code lognormal(mean, sigma)}. Scan mode. */
    public StreamSpec lognormal(double mean, double sigma) {
        return with(Methods.lognormal(mean, sigma));
    }

    /** {@code pareto(a)}. Scan mode. */
    public StreamSpec pareto(double a) {
        return with(Methods.pareto(a));
    }

    /** {@code power(a)}. Scan mode. */
    public StreamSpec power(double a) {
        return with(Methods.power(a));
    }

    /** {@code weibull(a)}. Scan mode. */
    public StreamSpec weibull(double a) {
        return with(Methods.weibull(a));
    }

    /** {@code rayleigh(scale)}. Scan mode. */
    public StreamSpec rayleigh(double scale) {
        return with(Methods.rayleigh(scale));
    }

    /** {@code wald(mean, scale)}. Scan mode. */
    public StreamSpec wald(double mean, double scale) {
        return with(Methods.wald(mean, scale));
    }

    /**
     * {@code vonmises(mu, kappa)}. Scan mode. Its {@code cos}/{@code acos} are glibc's only with
     * nprand-libm-lgpl on the path; every JVM of a plan needs the same setup.
     */
    public StreamSpec vonmises(double mu, double kappa) {
        return with(Methods.vonmises(mu, kappa));
    }

    /** {@code laplace(loc, scale)}. Scan mode (it redraws the probability-2^-53 value 0). */
    public StreamSpec laplace(double loc, double scale) {
        return with(Methods.laplace(loc, scale));
    }

    /** {@code gumbel(loc, scale)}. Scan mode. */
    public StreamSpec gumbel(double loc, double scale) {
        return with(Methods.gumbel(loc, scale));
    }

    /** {@code logistic(loc, scale)}. Scan mode. */
    public StreamSpec logistic(double loc, double scale) {
        return with(Methods.logistic(loc, scale));
    }

    /** {@code triangular(left, mode, right)}: one {@code next_double} per element. Seek mode. */
    public StreamSpec triangular(double left, double mode, double right) {
        return with(Methods.triangular(left, mode, right));
    }

    /** {@code poisson(lam)}. Scan mode. */
    public StreamSpec poisson(double lam) {
        return with(Methods.poisson(lam));
    }

    /** {@code binomial(n, p)}. Scan mode. */
    public StreamSpec binomial(long n, double p) {
        return with(Methods.binomial(n, p));
    }

    /** {@code negative_binomial(n, p)}. Scan mode. */
    public StreamSpec negativeBinomial(double n, double p) {
        return with(Methods.negativeBinomial(n, p));
    }

    /** {@code geometric(p)}. Scan mode. */
    public StreamSpec geometric(double p) {
        return with(Methods.geometric(p));
    }

    /** {@code zipf(a)}. Scan mode. */
    public StreamSpec zipf(double a) {
        return with(Methods.zipf(a));
    }

    /** {@code logseries(p)}. Scan mode. */
    public StreamSpec logseries(double p) {
        return with(Methods.logseries(p));
    }

    /** {@code hypergeometric(ngood, nbad, nsample)}. Scan mode. */
    public StreamSpec hypergeometric(long ngood, long nbad, long nsample) {
        return with(Methods.hypergeometric(ngood, nbad, nsample));
    }

    /**
     * {@code dirichlet(alpha)}: one vector per element ({@code double[k]} rows in an
     * {@code Object[]}). Scan mode.
     */
    public StreamSpec dirichlet(double[] alpha) {
        Py.notNull(alpha, "alpha");
        return with(Methods.dirichlet(alpha));
    }

    /**
     * {@code multinomial(n, pvals)}: one vector of counts per element ({@code long[d]} rows in
     * an {@code Object[]}). Scan mode.
     */
    public StreamSpec multinomial(long n, double[] pvals) {
        Py.notNull(pvals, "pvals");
        return with(Methods.multinomial(n, pvals));
    }

    /**
     * {@code multivariate_hypergeometric(colors, nsample, method=method)}: one vector of counts per
     * element ({@code long[len(colors)]} rows in an {@code Object[]}). {@code "marginals"} (NumPy's
     * default) is scan mode; {@code "count"} is blocked mode only (NumPy's call shuffles one urn
     * that carries over from row to row, so a row cannot be located without all rows before it).
     *
     * @throws ValueError NumPy's messages for the method name, a negative {@code nsample} or
     *     colour, too large a total and {@code nsample > sum(colors)}
     */
    public StreamSpec multivariateHypergeometric(long[] colors, long nsample, String method) {
        Py.notNull(colors, "colors");
        Py.notNull(method, "method");
        return with(Methods.multivariateHypergeometric(colors, nsample, method));
    }

    /**
     * {@code choice(a)} with replacement and without {@code p}: the indices NumPy's
     * {@code choice(a, size=n)} returns (its {@code integers(0, a)}). Seek mode when {@code a} is a
     * power of two, else scan. For a population array {@code pop}, element {@code i} of
     * {@code rng.choice(pop, size=n)} is {@code pop[index i]}.
     *
     * @throws ValueError {@code "a must be a positive integer unless no samples are taken"}
     */
    public StreamSpec choice(long a) {
        return with(Methods.choice(a));
    }

    /**
     * {@code choice(a, p=p)} with replacement: the indices of NumPy's {@code choice(a, size=n,
     * p=p)} (one {@code random()} each, searched in the normalised cumulative {@code p}). Seek mode.
     *
     * @throws ValueError NumPy's messages for {@code p} ({@code "a and p must have same size"},
     *     {@code "Probabilities contain NaN"}, {@code "Probabilities are not non-negative"},
     *     {@code "Probabilities do not sum to 1. See Notes section of docstring for more information."})
     */
    public StreamSpec choice(long a, double[] p) {
        Py.notNull(p, "p");
        return with(Methods.choice(a, p));
    }

    /**
     * {@code multivariate_normal(mean, cov)} ({@code check_valid='warn'}, {@code tol=1e-8},
     * {@code method='svd'}); see {@link #multivariateNormal(double[], double[][], String, double,
     * String)}.
     */
    public MultivariateNormalSpec multivariateNormal(double[] mean, double[][] cov) {
        return multivariateNormal(mean, cov, "warn", 1e-8, "svd");
    }

    /**
     * {@code multivariate_normal(mean, cov, check_valid=checkValid, tol=tol, method=method)}, one
     * vector per row: a {@link MultivariateNormalSpec} over this spec's bit generator and seed,
     * whose rows are made from the {@code standard_normal()} stream ({@code dim} normals per
     * row), scan mode, or blocked mode when this spec is blocked ({@code blockSize} rows per
     * block, each block its own call).
     *
     * @param method {@code "svd"}, {@code "eigh"} or {@code "cholesky"}
     * @throws ValueError NumPy's messages for mismatched shapes, an unknown {@code method} or
     *     {@code check_valid}, and {@code "covariance is not symmetric positive-semidefinite."}
     *     with {@code check_valid='raise'}
     * @throws org.nprand.errors.LinAlgError {@code "Matrix is not positive definite"} for a
     *     Cholesky factor of a covariance that is not positive definite
     */
    public MultivariateNormalSpec multivariateNormal(double[] mean, double[][] cov, String checkValid, double tol,
                                                     String method) {
        Py.notNull(mean, "mean");
        Py.notNull(cov, "cov");
        return MultivariateNormalSpec.of(this, mean, cov, checkValid, tol, method);
    }

    /**
     * NumPy's legacy {@code RandomState(BG(seed))} methods over this spec's bit generator, seed
     * and block size, for blocked mode: block {@code b} is {@code RandomState(BG(SeedSequence(
     * entropy, spawn_key=spawn_key + (b,)))).method(*params, size=min(B, n - b * B))}. The
     * sequential RandomState stream cannot be cut into chunks ({@link #mode()} raises for it).
     *
     * <pre>{@code
     * StreamSpec s = StreamSpec.of("MT19937", 42).blocked(1 << 16).randomState().standardNormal();
     * }</pre>
     */
    public RandomStateSpec randomState() {
        return new RandomStateSpec(this);
    }

    // ---- what the spec is ------------------------------------------------------------------------

    /** NumPy's name of the bit generator. */
    public String bitGenerator() {
        return bitGenerator;
    }

    /** The block size of blocked mode, or 0 for NumPy's sequential stream. */
    public long blockSize() {
        return blockSize;
    }

    /** The libm variant the spec was made for ({@code "fma"} or {@code "nofma"}). */
    public String libmVariant() {
        return libm;
    }

    /** The element type. */
    public ValueType valueType() {
        return ValueType.valueOf(method.kind.name());
    }

    /**
     * The mode plans of this spec use: {@link Mode#BLOCKED} when a block size is set, else
     * {@link Mode#SEEK} for fixed consumption (including methods that draw nothing for their
     * parameters) and {@link Mode#SCAN} otherwise.
     *
     * @throws UnsupportedOperationException for the sequential stream of MT19937 or SFC64 (they
     *     cannot seek; use {@link #blocked}) or of a call that cannot be located in the raw
     *     stream (narrow integer dtypes)
     */
    public Mode mode() {
        if (blockSize > 0) {
            return Mode.BLOCKED;
        }
        if (!"Generator".equals(method.facade())) {
            throw new UnsupportedOperationException(method.unsupported);
        }
        if (!Streams.seekable(bitGenerator)) {
            throw new UnsupportedOperationException(bitGenerator + " cannot seek to a position in its stream (NumPy "
                    + "has no arbitrary jump-ahead for it), so chunks of its sequential stream cannot be made "
                    + "independently; use blocked(blockSize) for a reproducible blocked stream");
        }
        if (method.unsupported != null) {
            throw new UnsupportedOperationException(method.unsupported);
        }
        return fixedUnits() >= 0 ? Mode.SEEK : Mode.SCAN;
    }

    /**
     * The NumPy code that computes the first {@code n} elements: one call, or for blocked mode
     * the three lines of the spawned blocks.
     */
    public String numpyCode(long n) {
        String call = method.name + "(" + (method.name.equals("bytes") ? Long.toString(n)
                : method.args + (method.args.isEmpty() ? "" : ", ") + "size=" + n) + ")";
        if (blockSize == 0) {
            return "np.random." + method.facade() + "(np.random." + bitGenerator + "(" + numpySeed() + "))." + call;
        }
        String sized = method.name.equals("bytes") ? "bytes(min(B, N - b * B))"
                : method.name + "(" + method.args + (method.args.isEmpty() ? "" : ", ") + "size=min(B, N - b * B))";
        return "N, B = " + n + ", " + blockSize + "\n"
                + "ss = np.random.SeedSequence(" + numpySeedArgs() + ")\n"
                + "out = np.concatenate([np.random." + method.facade() + "(np.random." + bitGenerator + "(child))." + sized
                + " for b, child in enumerate(ss.spawn(-(-N // B)))])";
    }

    private String numpySeed() {
        if (spawnKey.length == 0 && poolSize == SeedSequence.DEFAULT_POOL_SIZE) {
            return entropyRepr();
        }
        return "np.random.SeedSequence(" + numpySeedArgs() + ")";
    }

    private String numpySeedArgs() {
        StringBuilder s = new StringBuilder(entropyRepr());
        if (spawnKey.length > 0) {
            s.append(", spawn_key=(");
            for (BigInteger k : spawnKey) {
                s.append(k).append(", ");
            }
            s.setLength(s.length() - (spawnKey.length > 1 ? 2 : 1));
            s.append(")");
        }
        if (poolSize != SeedSequence.DEFAULT_POOL_SIZE) {
            s.append(", pool_size=").append(poolSize);
        }
        return s.toString();
    }

    private String entropyRepr() {
        if (entropy instanceof BigInteger) {
            return entropy.toString();
        }
        return Arrays.toString((BigInteger[]) entropy);
    }

    @Override
    public String toString() {
        String s = method.facade() + "(" + bitGenerator + "(" + numpySeed().replace("np.random.", "") + "))." + method;
        return blockSize == 0 ? s : s + " blocked(" + blockSize + ")";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StreamSpec)) {
            return false;
        }
        return toString().equals(o.toString()) && libm.equals(((StreamSpec) o).libm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(toString(), libm);
    }

    // ---- for the plans (package) -------------------------------------------------------------------

    Method method() {
        return method;
    }

    /** Checks this JVM's libm against the spec's (fails fast). */
    void checkRuntime() {
        LibmCheck.verify(libm);
    }

    private SeedSequence seedSequence(List<BigInteger> key) {
        Object e = entropy instanceof BigInteger ? entropy : Arrays.asList((BigInteger[]) entropy);
        return new SeedSequence(e, key, poolSize, 0);
    }

    /** A fresh {@code BG(seed)} of the sequential stream. */
    BitGenerator fresh() {
        SeedSequence seq = seed;
        if (seq == null) {
            // generate_state only reads the pool, so one sequence serves every thread
            seed = seq = seedSequence(Arrays.asList(spawnKey));
        }
        return BitGenerators.create(bitGenerator, seq);
    }

    /** A fresh seekable {@code BG(seed)}. */
    Buffered64BitGenerator freshSeekable() {
        return (Buffered64BitGenerator) fresh();
    }

    /** Block {@code b}'s generator in blocked mode. */
    BitGenerator freshBlock(long b) {
        List<BigInteger> key = new ArrayList<>(Arrays.asList(spawnKey));
        key.add(BigInteger.valueOf(b));
        return BitGenerators.create(bitGenerator, seedSequence(key));
    }

    /** Units per element if fixed (0: no draws), else -1; probes variable methods once. */
    int fixedUnits() {
        if (method.fixedUnits != Method.VARIABLE) {
            return method.fixedUnits;
        }
        return probe().fixedUnits;
    }

    /** Mean units per element over the first elements (an estimate for scheduling). */
    double unitsPerElement() {
        if (method.fixedUnits > 0) {
            return (double) method.fixedUnits / method.elementsPerUnit();
        }
        return probe().rate;
    }

    private Probe probe() {
        Probe p = probe;
        if (p == null) {
            probe = p = new Probe(this);
        }
        return p;
    }

    /** Whether the method draws nothing, and its mean consumption over the first elements. */
    private static final class Probe {
        final int fixedUnits;
        final double rate;

        Probe(StreamSpec spec) {
            Method m = spec.method.forChunk();
            if (!Streams.seekable(spec.bitGenerator) || m.unsupported != null) {
                fixedUnits = Method.VARIABLE;
                rate = 1;
                return;
            }
            Tracker t = Tracker.at(spec.freshSeekable(), m.halves, 0);
            Object buf = m.newArray(1024);
            m.fillUntil(t, buf, 0, 1, Long.MAX_VALUE, null, 0);
            if (t.pos() == 0) {
                // a kernel that returns before drawing does so for its parameters alone
                fixedUnits = 0;
                rate = 0;
                return;
            }
            m.fillUntil(t, buf, 1, 1023, Long.MAX_VALUE, null, 0);
            fixedUnits = Method.VARIABLE;
            rate = t.pos() / 1024.0;
        }
    }
}
