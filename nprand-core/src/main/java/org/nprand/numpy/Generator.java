package org.nprand.numpy;

import org.nprand.concurrent.Hold;
import org.nprand.internal.sync.CallLock;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.PCG64;
import org.nprand.bitgen.SeedSequence;
import org.nprand.errors.LinAlgError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.internal.nd.Shapes;
import org.nprand.internal.spec.MethodSpecs;
import org.nprand.kernels.BinomialState;
import org.nprand.kernels.BoundedIntegers;
import org.nprand.kernels.RandomInterval;
import org.nprand.internal.nd.Constraint;
import org.nprand.internal.nd.CrossChecks;
import org.nprand.internal.nd.Distribution;
import org.nprand.internal.spec.MethodSpec;
import org.nprand.kernels.GeneratorBinomial;
import org.nprand.kernels.Multinomial;
import org.nprand.kernels.Normal;
import org.nprand.kernels.Exponential;
import org.nprand.kernels.Gamma;
import org.nprand.kernels.Beta;
import org.nprand.kernels.Chisquare;
import org.nprand.kernels.NoncentralChisquare;
import org.nprand.kernels.NoncentralF;
import org.nprand.kernels.StandardT;
import org.nprand.kernels.StandardCauchy;
import org.nprand.kernels.Lognormal;
import org.nprand.kernels.Pareto;
import org.nprand.kernels.Power;
import org.nprand.kernels.Weibull;
import org.nprand.kernels.Rayleigh;
import org.nprand.kernels.Wald;
import org.nprand.kernels.Vonmises;
import org.nprand.kernels.StandardNormal;
import org.nprand.kernels.StandardNormalFloat32;
import org.nprand.kernels.StandardExponential;
import org.nprand.kernels.StandardExponentialFloat32;
import org.nprand.kernels.StandardExponentialInverse;
import org.nprand.kernels.StandardExponentialInverseFloat32;
import org.nprand.kernels.StandardGamma;
import org.nprand.kernels.StandardGammaFloat32;
import org.nprand.kernels.Dirichlet;
import org.nprand.kernels.MultivariateHypergeometricCount;
import org.nprand.kernels.MultivariateHypergeometricMarginals;
import org.nprand.kernels.Geometric;
import org.nprand.kernels.Hypergeometric;
import org.nprand.kernels.Logseries;
import org.nprand.kernels.NegativeBinomial;
import org.nprand.kernels.Zipf;
import org.nprand.kernels.Gumbel;
import org.nprand.kernels.Laplace;
import org.nprand.kernels.Logistic;
import org.nprand.kernels.Poisson;
import org.nprand.kernels.Triangular;
import org.nprand.kernels.Uniform;

import static org.nprand.internal.nd.Constraint.BOUNDED_0_1;
import static org.nprand.internal.nd.Constraint.BOUNDED_GT_0_1;
import static org.nprand.internal.nd.Constraint.BOUNDED_LT_0_1;
import static org.nprand.internal.nd.Constraint.GT_1;
import static org.nprand.internal.nd.Constraint.NONE;
import static org.nprand.internal.nd.Constraint.NON_NEGATIVE;

import static org.nprand.internal.nd.Constraint.POSITIVE;
import static org.nprand.internal.nd.Param.integer;
import static org.nprand.internal.nd.Param.real;

/**
 * NumPy's {@code numpy.random.Generator} ({@code default_rng}): the modern API over any bit
 * generator, drawing exactly what NumPy 2.4.6 draws.
 *
 * <p>Each distribution comes in the forms {@link RandomState}'s do (scalar, sized, into an
 * existing array, n-d {@link NdArray} parameters with broadcasting), through the same
 * declarations ({@code org.nprand.internal.nd.Distribution}) over the Generator's kernels
 * ({@code distributions.c}: the ziggurat normal and exponential, Lemire's bounded integers, ...).
 * float32 forms compute in float where NumPy does.
 *
 * <p>Thread-safe: every public method holds the instance's lock for its whole call, as NumPy
 * locks each call, so a Generator shared by several threads gives the sequential stream's values, each
 * call's draws together. The lock is the instance's own (see {@link RandomState}): share the
 * Generator, not its bit generator. For independent parallel streams give each thread its own
 * Generator ({@link #spawn(int)}).
 */
public final class Generator {

    // The distribution methods as NumPy declares them in _generator.pyx (see RandomState).
    private static final Distribution<Generator> LAPLACE = Distribution.of("laplace",
            (Generator g, double loc, double scale) -> Laplace.sample(g.bitGenerator, loc, scale),
            real("loc", NONE, 0.0), real("scale", NON_NEGATIVE, 1.0))
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) ->
                    Laplace.fill(g.bitGenerator, v[0], v[1], out, from, to));
    private static final Distribution<Generator> GUMBEL = Distribution.of("gumbel",
            (Generator g, double loc, double scale) -> Gumbel.sample(g.bitGenerator, loc, scale),
            real("loc", NONE, 0.0), real("scale", NON_NEGATIVE, 1.0))
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) ->
                    Gumbel.fill(g.bitGenerator, v[0], v[1], out, from, to));
    private static final Distribution<Generator> LOGISTIC = Distribution.of("logistic",
            (Generator g, double loc, double scale) -> Logistic.sample(g.bitGenerator, loc, scale),
            real("loc", NONE, 0.0), real("scale", NON_NEGATIVE, 1.0))
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) ->
                    Logistic.fill(g.bitGenerator, v[0], v[1], out, from, to));
    private static final Distribution<Generator> UNIFORM = Distribution.of("uniform",
            (Generator g, double low, double range) -> Uniform.sample(g.bitGenerator, low, range),
            real("low", NONE, 0.0), real("high - low", NON_NEGATIVE, 1.0)).withPrecheck(CrossChecks.UNIFORM_RANGE)
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) ->
                    Uniform.fill(g.bitGenerator, v[0], v[1], out, from, to));
    // The bulk fills below are the kernel's own loop (same draws, same values): the engine's
    // per-value loop has one kernel call site for every distribution, which stops inlining once
    // an application has used a few of them; each of these loops sees one kernel.
    private static final Distribution<Generator> TRIANGULAR = Distribution.of("triangular",
            (Generator g, double left, double mode, double right) -> Triangular.sample(g.bitGenerator, left, mode, right),
            real("left", NONE), real("mode", NONE), real("right", NONE)).withHook(CrossChecks.TRIANGULAR)
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) ->
                    Triangular.fill(g.bitGenerator, v[0], v[1], v[2], out, from, to));
    private static final Distribution<Generator> POISSON = Distribution.ofLong("poisson",
            (Generator g, double lam) -> Poisson.sample(g.bitGenerator, lam),
            real("lam", Constraint.POISSON, 1.0))
            .withBulkFill((Generator g, double[] v, long[] ip, long[] out, int from, int to) ->
                    Poisson.fill(g.bitGenerator, v[0], out, from, to));
    private static final Distribution<Generator> BINOMIAL = Distribution.ofLong("binomial",
            (Generator g, double p, long n) -> GeneratorBinomial.sample(g.bitGenerator, p, n, g.binomialCache),
            real("p", BOUNDED_0_1), integer("n", NON_NEGATIVE)).convertingAllFirst()
            .withBulkFill((Generator g, double[] v, long[] ip, long[] out, int from, int to) ->
                    GeneratorBinomial.fill(g.bitGenerator, v[0], ip[1], g.binomialCache, out, from, to));
    private static final Distribution<Generator> NEGATIVE_BINOMIAL = Distribution.ofLong("negative_binomial",
            (Generator g, double n, double p) -> NegativeBinomial.sample(g.bitGenerator, n, p),
            real("n", NONE), real("p", NONE)).withPrecheck(CrossChecks.NEGATIVE_BINOMIAL).scalarsFromArrays();
    private static final Distribution<Generator> GEOMETRIC = Distribution.ofLong("geometric",
            (Generator g, double p) -> Geometric.sample(g.bitGenerator, p),
            real("p", BOUNDED_GT_0_1))
            .withBulkFill((Generator g, double[] v, long[] ip, long[] out, int from, int to) ->
                    Geometric.fill(g.bitGenerator, v[0], out, from, to));
    private static final Distribution<Generator> ZIPF = Distribution.ofLong("zipf",
            (Generator g, double a) -> Zipf.sample(g.bitGenerator, a),
            real("a", GT_1))
            .withBulkFill((Generator g, double[] v, long[] ip, long[] out, int from, int to) ->
                    Zipf.fill(g.bitGenerator, v[0], out, from, to));
    private static final Distribution<Generator> LOGSERIES = Distribution.ofLong("logseries",
            (Generator g, double p) -> Logseries.sample(g.bitGenerator, p),
            real("p", BOUNDED_LT_0_1))
            .withBulkFill((Generator g, double[] v, long[] ip, long[] out, int from, int to) ->
                    Logseries.fill(g.bitGenerator, v[0], out, from, to));
    private static final Distribution<Generator> HYPERGEOMETRIC = Distribution.ofLong("hypergeometric",
            (Generator g, long ngood, long nbad, long nsample) -> Hypergeometric.sample(g.bitGenerator, ngood, nbad, nsample),
            integer("ngood", NON_NEGATIVE), integer("nbad", NON_NEGATIVE), integer("nsample", NON_NEGATIVE)).withPrecheck(CrossChecks.HYPERGEOMETRIC)
            .withBulkFill((Generator g, double[] v, long[] ip, long[] out, int from, int to) ->
                    Hypergeometric.fill(g.bitGenerator, ip[0], ip[1], ip[2], out, from, to));
    private static final Distribution<Generator> NORMAL = Distribution.of("normal",
            (Generator g, double loc, double scale) -> Normal.sample(g.bitGenerator, loc, scale),
            real("loc", NONE, 0.0), real("scale", NON_NEGATIVE, 1.0))
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) -> {
                BitGenerator src = g.bitGenerator;
                double loc = v[0];
                double scale = v[1];
                for (int i = from; i < to; i++) {
                    out[i] = Normal.sample(src, loc, scale);
                }
            });
    private static final Distribution<Generator> EXPONENTIAL = Distribution.of("exponential",
            (Generator g, double scale) -> Exponential.sample(g.bitGenerator, scale),
            real("scale", NON_NEGATIVE, 1.0))
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) -> {
                BitGenerator src = g.bitGenerator;
                double scale = v[0];
                for (int i = from; i < to; i++) {
                    out[i] = Exponential.sample(src, scale);
                }
            });
    private static final Distribution<Generator> GAMMA = Distribution.of("gamma",
            (Generator g, double shape, double scale) -> Gamma.sample(g.bitGenerator, shape, scale),
            real("shape", NON_NEGATIVE), real("scale", NON_NEGATIVE, 1.0))
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) ->
                    StandardGamma.fill(g.bitGenerator, v[0], v[1], out, from, to));
    private static final Distribution<Generator> BETA = Distribution.of("beta",
            (Generator g, double a, double b) -> Beta.sample(g.bitGenerator, a, b),
            real("a", POSITIVE), real("b", POSITIVE));
    private static final Distribution<Generator> CHISQUARE = Distribution.of("chisquare",
            (Generator g, double df) -> Chisquare.sample(g.bitGenerator, df),
            real("df", POSITIVE))
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) ->
                    Chisquare.fill(g.bitGenerator, v[0], out, from, to));
    private static final Distribution<Generator> NONCENTRAL_CHISQUARE = Distribution.of("noncentral_chisquare",
            (Generator g, double df, double nonc) -> NoncentralChisquare.sample(g.bitGenerator, df, nonc),
            real("df", POSITIVE), real("nonc", NON_NEGATIVE));
    private static final Distribution<Generator> F = Distribution.of("f",
            (Generator g, double dfnum, double dfden) -> org.nprand.kernels.F.sample(g.bitGenerator, dfnum, dfden),
            real("dfnum", POSITIVE), real("dfden", POSITIVE));
    private static final Distribution<Generator> NONCENTRAL_F = Distribution.of("noncentral_f",
            (Generator g, double dfnum, double dfden, double nonc) -> NoncentralF.sample(g.bitGenerator, dfnum, dfden, nonc),
            real("dfnum", POSITIVE), real("dfden", POSITIVE), real("nonc", NON_NEGATIVE));
    private static final Distribution<Generator> STANDARD_T = Distribution.of("standard_t",
            (Generator g, double df) -> StandardT.sample(g.bitGenerator, df),
            real("df", POSITIVE));
    private static final Distribution<Generator> STANDARD_CAUCHY = Distribution.of("standard_cauchy",
            g -> StandardCauchy.sample(g.bitGenerator));
    private static final Distribution<Generator> LOGNORMAL = Distribution.of("lognormal",
            (Generator g, double mean, double sigma) -> Lognormal.sample(g.bitGenerator, mean, sigma),
            real("mean", NONE, 0.0), real("sigma", NON_NEGATIVE, 1.0))
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) ->
                    Lognormal.fill(g.bitGenerator, v[0], v[1], out, from, to));
    private static final Distribution<Generator> PARETO = Distribution.of("pareto",
            (Generator g, double a) -> Pareto.sample(g.bitGenerator, a),
            real("a", POSITIVE))
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) ->
                    Pareto.fill(g.bitGenerator, v[0], out, from, to));
    private static final Distribution<Generator> POWER = Distribution.of("power",
            (Generator g, double a) -> Power.sample(g.bitGenerator, a),
            real("a", POSITIVE))
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) ->
                    Power.fill(g.bitGenerator, v[0], out, from, to));
    private static final Distribution<Generator> WEIBULL = Distribution.of("weibull",
            (Generator g, double a) -> Weibull.sample(g.bitGenerator, a),
            real("a", NON_NEGATIVE))
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) ->
                    Weibull.fill(g.bitGenerator, v[0], out, from, to));
    private static final Distribution<Generator> RAYLEIGH = Distribution.of("rayleigh",
            (Generator g, double scale) -> Rayleigh.sample(g.bitGenerator, scale),
            real("scale", NON_NEGATIVE, 1.0))
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) ->
                    Rayleigh.fill(g.bitGenerator, v[0], out, from, to));
    private static final Distribution<Generator> WALD = Distribution.of("wald",
            (Generator g, double mean, double scale) -> Wald.sample(g.bitGenerator, mean, scale),
            real("mean", POSITIVE), real("scale", POSITIVE));
    private static final Distribution<Generator> VONMISES = Distribution.of("vonmises",
            (Generator g, double mu, double kappa) -> Vonmises.sample(g.bitGenerator, mu, kappa),
            real("mu", NONE), real("kappa", NON_NEGATIVE))
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) ->
                    Vonmises.fill(g.bitGenerator, v[0], v[1], out, from, to));
    private static final Distribution<Generator> STANDARD_GAMMA = Distribution.of("standard_gamma",
            (Generator g, double shape) -> StandardGamma.sample(g.bitGenerator, shape), real("shape", NON_NEGATIVE))
            .withBulkFill((Generator g, double[] v, double[] out, int from, int to) ->
                    StandardGamma.fill(g.bitGenerator, v[0], 1.0, out, from, to));
    // ---- declarations

    static {
        MethodSpecs.registerLock(Generator.class, g -> g.callLock);
        MethodSpecs.register(Generator.class, GeneratorPython.specs());
        MethodSpecs.register(Generator.class, MethodSpec.of(UNIFORM, g -> g, "low", "high"));
        MethodSpecs.register(Generator.class, MethodSpec.of(TRIANGULAR, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(LAPLACE, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(GUMBEL, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(LOGISTIC, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(POISSON, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(BINOMIAL, g -> g, "n", "p"));
        MethodSpecs.register(Generator.class, MethodSpec.of(NEGATIVE_BINOMIAL, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(GEOMETRIC, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(ZIPF, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(LOGSERIES, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(HYPERGEOMETRIC, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(NORMAL, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(EXPONENTIAL, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(GAMMA, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(BETA, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(CHISQUARE, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(NONCENTRAL_CHISQUARE, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(F, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(NONCENTRAL_F, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(STANDARD_T, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(STANDARD_CAUCHY, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(LOGNORMAL, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(PARETO, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(POWER, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(WEIBULL, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(RAYLEIGH, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(WALD, g -> g));
        MethodSpecs.register(Generator.class, MethodSpec.of(VONMISES, g -> g));
        // ---- spec registrations
    }

    /**
     * The lock every public method holds for its whole call ({@link CallLock}: one
     * compare-and-set per call instead of a monitor's two; reentrant).
     */
    private final CallLock callLock = new CallLock();
    private final BitGenerator bitGenerator;
    /** NumPy's {@code binomial_t}, for the instance's lifetime. */
    final BinomialState binomialCache = new BinomialState();
    /** Where NumPy's warnings go. */
    private WarningHandler warnings = WarningHandler.IGNORE;

    /** NumPy's {@code Generator(bit_generator)}: uses (and shares) the bit generator. */
    public Generator(BitGenerator bitGenerator) {
        if (bitGenerator == null) {
            throw new TypeError("bit_generator must not be None");
        }
        this.bitGenerator = bitGenerator;
    }

    /** NumPy's {@code default_rng()}: PCG64 seeded from OS entropy. */
    public static Generator defaultRng() {
        return new Generator(new PCG64());
    }

    /** NumPy's {@code default_rng(seed)} for an int seed (through {@code SeedSequence(seed)}). */
    public static Generator defaultRng(long seed) {
        return new Generator(new PCG64(seed));
    }

    /** NumPy's {@code default_rng(seed)} for a Python int of any size. */
    public static Generator defaultRng(BigInteger seed) {
        return new Generator(new PCG64(seed));
    }

    /** NumPy's {@code default_rng([s0, s1, ...])}: an int array seed. */
    public static Generator defaultRng(long... seed) {
        org.nprand.internal.py.Py.notNull(seed, "seed");
        return new Generator(new PCG64(seed));
    }

    /** NumPy's {@code default_rng(seed_sequence)}. */
    public static Generator defaultRng(SeedSequence seed) {
        org.nprand.internal.py.Py.notNull(seed, "seed");
        return new Generator(new PCG64(seed));
    }

    /** NumPy's {@code default_rng(bit_generator)}: wraps (and shares) it. */
    public static Generator defaultRng(BitGenerator bitGenerator) {
        return new Generator(bitGenerator);
    }

    /** NumPy's {@code default_rng(generator)}: the same Generator. */
    public static Generator defaultRng(Generator generator) {
        return generator;
    }

    /** NumPy's {@code default_rng(random_state)}: a Generator over the RandomState's bit generator. */
    public static Generator defaultRng(RandomState randomState) {
        org.nprand.internal.py.Py.notNull(randomState, "randomState");
        return new Generator(randomState.bitGenerator());
    }

    /**
     * Takes this instance's lock until the returned hold is closed: NumPy's
     * {@code with rng.bit_generator.lock:}. The calls this thread makes meanwhile are atomic
     * together and each skips the per-call lock (a scalar draw costs about half as much); other
     * threads' calls wait for the close. See {@link Hold}.
     */
    public Hold hold() {
        return callLock.hold();
    }

    /** NumPy's {@code Generator.bit_generator}: the underlying bit generator (shared, live). */
    public BitGenerator bitGenerator() {
        Thread held = callLock.lock();
        try {
            return bitGenerator;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.spawn(n_children)}: {@code n} Generators over the bit generator's
     * spawned children (independent streams through its SeedSequence).
     */
    public List<Generator> spawn(int nChildren) {
        Thread held = callLock.lock();
        try {
            List<Generator> out = new ArrayList<>(nChildren);
            for (BitGenerator g : bitGenerator.spawn(nChildren)) {
                out.add(new Generator(g));
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    // ---- integers -----------------------------------------------------------------------------

    /** NumPy's {@code Generator.integers(high)}: one int64 in {@code [0, high)} (Lemire). */
    public long integers(long high) {
        Thread held = callLock.lock();
        try {
            // not integers(0, high): one lock per call; long bounds: no BigInteger and no array
            return BoundedIntegerDraws.drawOne(bitGenerator, 0, BoundedIntegerDraws.rangeOf(0, high, DType.INT64, false),
                    DType.INT64, false);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.integers(low, high)}: one int64 in {@code [low, high)}. */
    public long integers(long low, long high) {
        Thread held = callLock.lock();
        try {
            // Long bounds: NumPy's checks and one draw, no BigInteger and no array.
            long rng = BoundedIntegerDraws.rangeOf(low, high, DType.INT64, false);
            return BoundedIntegerDraws.drawOne(bitGenerator, low, rng, DType.INT64, false);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.integers(low, high, size)}: int64 values in {@code [low, high)}, flat in C order. */
    public long[] integers(long low, long high, int... size) {
        Thread held = callLock.lock();
        try {
            if (size != null && Shapes.productIsZero(size)) {
                return new long[Shapes.count(size, 8, "int64")];
            }
            long rng = BoundedIntegerDraws.rangeOf(low, high, DType.INT64, false);
            return BoundedIntegerDraws.draw(bitGenerator, low, rng, size, DType.INT64, false);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.integers(low, high, size, dtype, endpoint)} for Python-int bounds
     * of any size: {@code [low, high)}, or {@code [low, high]} with {@code endpoint}, by Lemire's
     * method ({@code size == null}: one value). Values are returned as longs (a uint64 value is
     * its bit pattern, a bool 0 or 1).
     *
     * @throws ValueError {@code "low is out of bounds for int8"}, {@code "high is out of bounds
     *     for int8"}, {@code "low >= high"} / {@code "low > high"} (endpoint), {@code "high <= 0"}
     *     / {@code "high < 0"}
     */
    public long[] integers(BigInteger low, BigInteger high, int[] size, DType dtype, boolean endpoint) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(dtype, "dtype");
            org.nprand.internal.py.Py.notNull(high, "high");
            org.nprand.internal.py.Py.notNull(low, "low");
            return BoundedIntegerDraws.scalarBounds(bitGenerator, low, high, size, dtype, false, endpoint);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.integers(low, high, size, dtype, endpoint)} with bounds of any
     * shape: NumPy's broadcast path ({@code size == null}: the broadcast shape).
     */
    public NdArray integers(NdArray low, NdArray high, int[] size, DType dtype, boolean endpoint) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(dtype, "dtype");
            org.nprand.internal.py.Py.notNull(high, "high");
            org.nprand.internal.py.Py.notNull(low, "low");
            if (size != null && Shapes.productIsZero(size)) {
                return RandomState.typed(dtype, size, new long[Shapes.count(size, dtype.itemsize(), dtype.numpyName())]);
            }
            return RandintBroadcast.draw(bitGenerator, RandintBroadcast.Bounds.of(low), RandintBroadcast.Bounds.of(high),
                    size, dtype, false, endpoint);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.integers(low, high, size=len(out), dtype=dtype, endpoint=endpoint)}
     * written into {@code out}, for {@code int8} and {@code uint8} (a uint8 value is its bit
     * pattern): {@code [low, high)}, or {@code [low, high]} with {@code endpoint}, by Lemire's
     * method, the same draws as the allocating form. Returns {@code out}. An empty {@code out}
     * draws nothing and checks no bounds (as NumPy's empty {@code size}).
     *
     * <p>The fill forms exist for every dtype, one per element width ({@code byte[]}: int8/uint8,
     * {@code short[]}: int16/uint16, {@code int[]}: int32/uint32, {@code long[]}: int64/uint64,
     * {@code boolean[]}: bool); the dtype must match the array's width.
     *
     * @throws TypeError {@code "Supplied output array has the wrong type. Expected int16, got an
     *     array of 8-bit integers"} when the dtype's width is not the array's
     * @throws ValueError as {@link #integers(BigInteger, BigInteger, int[], DType, boolean)}
     */
    public byte[] integers(long low, long high, DType dtype, boolean endpoint, byte[] out) {
        Thread held = callLock.lock();
        try {
            return BoundedIntegerDraws.fill(bitGenerator, low, high, dtype, false, endpoint, out);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.integers(low, high, size=len(out), dtype=dtype, endpoint=endpoint)}
     * written into {@code out}, for {@code int16} and {@code uint16}; see
     * {@link #integers(long, long, DType, boolean, byte[])}.
     */
    public short[] integers(long low, long high, DType dtype, boolean endpoint, short[] out) {
        Thread held = callLock.lock();
        try {
            return BoundedIntegerDraws.fill(bitGenerator, low, high, dtype, false, endpoint, out);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.integers(low, high, size=len(out), dtype=dtype, endpoint=endpoint)}
     * written into {@code out}, for {@code int32} and {@code uint32}; see
     * {@link #integers(long, long, DType, boolean, byte[])}.
     */
    public int[] integers(long low, long high, DType dtype, boolean endpoint, int[] out) {
        Thread held = callLock.lock();
        try {
            return BoundedIntegerDraws.fill(bitGenerator, low, high, dtype, false, endpoint, out);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.integers(low, high, size=len(out), dtype=dtype, endpoint=endpoint)}
     * written into {@code out}, for {@code int64} and {@code uint64}; see
     * {@link #integers(long, long, DType, boolean, byte[])}.
     */
    public long[] integers(long low, long high, DType dtype, boolean endpoint, long[] out) {
        Thread held = callLock.lock();
        try {
            return BoundedIntegerDraws.fill(bitGenerator, low, high, dtype, false, endpoint, out);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.integers(low, high, size=len(out), dtype=bool, endpoint=endpoint)}
     * written into {@code out}; see {@link #integers(long, long, DType, boolean, byte[])}.
     */
    public boolean[] integers(long low, long high, DType dtype, boolean endpoint, boolean[] out) {
        Thread held = callLock.lock();
        try {
            return BoundedIntegerDraws.fill(bitGenerator, low, high, dtype, false, endpoint, out);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.bytes(length)}: {@code integers(0, 2**32, size=n, dtype=uint32)}
     * as little-endian bytes, {@code n = (length - 1) // 4 + 1} in C arithmetic (truncating
     * division: {@code bytes(0)} draws one word), sliced {@code [:length]} (a negative length
     * counts from the end).
     *
     * @throws ValueError {@code "negative dimensions are not allowed"} for {@code length <= -7}
     */
    public byte[] bytes(long length) {
        Thread held = callLock.lock();
        try {
            long words = (length - 1) / 4 + 1;
            if (words < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
            long total = 4 * words;
            long keep = length >= 0 ? Math.min(length, total) : Math.max(total + length, 0);
            if (words > Shapes.MAX_JAVA_LENGTH || keep > Shapes.MAX_JAVA_LENGTH) {
                throw Shapes.memoryError(new long[] {words}, total, "uint32");
            }
            return BoundedIntegers.randomBytes(bitGenerator, (int) words, (int) keep);
        } finally {
            callLock.unlock(held);
        }
    }

    // ---- uniform floats ---------------------------------------------------------------------

    /** NumPy's {@code Generator.random()}: one double in [0, 1). */
    public double random() {
        Thread held = callLock.lock();
        try {
            return bitGenerator.nextDouble();
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.random(size)}: doubles in [0, 1), flat in C order. */
    public double[] random(int... size) {
        Thread held = callLock.lock();
        try {
            double[] out = new double[Shapes.count(size, 8, "float64")];
            bitGenerator.fillDouble(out, 0, out.length);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.random(out=out)} for a float64 array; returns {@code out}. */
    public double[] random(double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            bitGenerator.fillDouble(out, 0, out.length);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.random(dtype=np.float32)}: {@code next_float}. */
    public float randomFloat() {
        Thread held = callLock.lock();
        try {
            return bitGenerator.nextFloat();
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.random(size, dtype=np.float32)}. */
    public float[] randomFloat(int... size) {
        Thread held = callLock.lock();
        try {
            return random(new float[Shapes.count(size, 4, "float32")]);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.random(out=out)} for a float32 array; returns {@code out}. */
    public float[] random(float[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            bitGenerator.fillFloat(out, 0, out.length);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    // ---- multivariate normal -------------------------------------------------------------------

    /**
     * Where this Generator's NumPy warnings go (see {@link WarningHandler}); the default ignores
     * them.
     */
    public void setWarningHandler(WarningHandler handler) {
        Thread held = callLock.lock();
        try {
            this.warnings = handler == null ? WarningHandler.IGNORE : handler;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.multivariate_normal(mean, cov, size)} ({@code check_valid='warn'},
     * {@code tol=1e-8}, {@code method='svd'}).
     */
    public double[] multivariateNormal(double[] mean, double[][] cov, int... size) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(cov, "cov");
            org.nprand.internal.py.Py.notNull(mean, "mean");
            return multivariateNormal(mean, cov, size, "warn", 1e-8, "svd");
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.multivariate_normal(mean, cov, size, check_valid, tol, method)}:
     * {@code prod(size) * n} ziggurat normals first (shape {@code size + (n,)}, flat in C order),
     * then the factor: {@code (u, s, vh) = svd(cov)}, {@code _factor = u * sqrt(s)} for
     * {@code "svd"} (positive-semidefinite check {@code allclose(dot(vh.T * s, vh), cov)});
     * {@code (s, u) = eigh(cov)}, {@code _factor = u * sqrt(abs(s))} for {@code "eigh"} (check
     * {@code not any(s < -tol)}); {@code _factor = cholesky(cov)} for {@code "cholesky"} (no check,
     * {@code check_valid} not even validated); a failed check is a warning to the
     * {@link WarningHandler} or a {@code ValueError}; and finally {@code mean + x @ _factor.T}.
     *
     * <p>Exactness: the draws are NumPy's; the decompositions are LAPACK's {@code dgesdd},
     * {@code dsyevd} (UPLO='L') and OpenBLAS's {@code dpotrf} ('L') ported for up to 25 dimensions
     * with the SkylakeX kernels' rounding, and so is the {@code matmul} (see
     * {@link org.nprand.internal.linalg.MvnTransform#transformTransposed}); larger dimensions raise
     * {@code NotImplementedError}. A decomposition that fails raises {@link LinAlgError}
     * ({@code "Matrix is not positive definite"} for a cholesky of a covariance that is not
     * positive definite), after the draws, as in NumPy.
     */
    public double[] multivariateNormal(double[] mean, double[][] cov, int[] size, String checkValid, double tol,
                                       String method) {
        Thread held = callLock.lock();
        try {
            if (!"svd".equals(method) && !"eigh".equals(method) && !"cholesky".equals(method)) {
                throw new ValueError("method must be one of {'eigh', 'svd', 'cholesky'}");
            }
            double[] flat = MultivariateNormals.flatCov(mean, cov);
            return multivariateNormalFlat(mean, flat, size, checkValid, tol, method);
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code multivariate_normal} with {@code cov} flat (row-major), after the shape checks. */
    double[] multivariateNormalFlat(double[] mean, double[] cov, int[] size, String checkValid, double tol,
                                    String method) {
        int n = mean.length;
        MultivariateNormals.checkSupported(n, cov);
        int[] finalShape = size == null ? new int[] {n} : appendDim(size, n);
        double[] x = standardNormal(finalShape);
        int rows = n == 0 ? 0 : x.length / n;
        double[] factor = org.nprand.internal.linalg.MvnFactor.generatorFactor(cov, n, method, checkValid, tol,
                warnings);
        return org.nprand.internal.linalg.MvnTransform.transformTransposed(x, rows, factor, mean, n);
    }

    // ---- multivariate --------------------------------------------------------------------------

    /**
     * NumPy's {@code Generator.multinomial(n, pvals, size)} for a scalar {@code n} and 1-d
     * {@code pvals}: {@code prod(size)} count vectors of length {@code d}, shape
     * {@code size + (d,)}, flat in C order ({@code size == null}: one vector). The last
     * {@code pvals} entry is never read.
     *
     * @throws ValueError {@code "pvals must have at least 1 dimension and the last dimension of
     *     pvals must be greater than 0."}, {@code "pvals < 0, pvals > 1 or pvals contains NaNs"},
     *     {@code "sum(pvals[:-1]) > 1.0"}, {@code "n < 0"}
     */
    public long[] multinomial(long n, double[] pvals, int... size) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(pvals, "pvals");
            int d = pvals.length;
            checkPvals(pvals, d, false);
            int[] shape = size == null ? new int[] {d} : appendDim(size, d);
            long[] out = new long[Shapes.count(shape, 8, "int64")];
            org.nprand.internal.nd.Constraint.NON_NEGATIVE.check((double) n, "n");
            Multinomial.fill(bitGenerator, n, pvals, d, out, d == 0 ? 0 : out.length / d, binomialCache);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.multinomial(n, pvals, size)} with {@code n} of any shape and
     * {@code pvals} of any number of dimensions (its last axis holds the probabilities): one
     * multinomial per element of the broadcast of {@code n} and {@code pvals.shape[:-1]} (or of
     * {@code size}), in C order; the result has shape {@code broadcast + (d,)}.
     */
    public NdArray multinomial(NdArray n, NdArray pvals, int[] size) {
        Thread held = callLock.lock();
        try {
            NdArray on = org.nprand.internal.py.Py.fromOtf(n, true);
            NdArray parr = org.nprand.internal.py.Py.fromOtf(pvals, false);
            int ndim = parr.ndim();
            int d = ndim >= 1 ? parr.intShape()[ndim - 1] : 0;
            checkPvals(parr.doubles(), d, ndim > 1);
            if (on.ndim() == 0 && ndim <= 1) {
                return NdArray.of(size == null ? new int[] {d} : appendDim(size, d),
                        multinomial(on.longs()[0], parr.doubles(), size));
            }
            org.nprand.internal.nd.Constraint.NON_NEGATIVE.checkArray(on.longs(), "n");
            int[] rows = Arrays.copyOf(parr.intShape(), ndim - 1);
            int[] iterShape;
            if (size == null) {
                iterShape = Shapes.broadcast(on.intShape(), rows);
            } else {
                Shapes.count(size, 1, "int8");
                iterShape = Shapes.broadcast(on.intShape(), rows, size);
                if (!Arrays.equals(iterShape, size)) {
                    throw new ValueError("Output size " + Shapes.tuple(size) + " is not compatible with broadcast "
                            + "dimensions of inputs " + Shapes.tuple(iterShape) + ".");
                }
            }
            int[] shape = appendDim(iterShape, d);
            long[] out = new long[Shapes.count(shape, 8, "int64")];
            org.nprand.internal.nd.MultiIter it = new org.nprand.internal.nd.MultiIter(iterShape, on.intShape(), rows);
            int count = d == 0 ? 0 : out.length / d;
            for (int i = 0, offset = 0; i < count; i++, offset += d, it.next()) {
                Multinomial.sample(bitGenerator, on.longs()[it.offset(0)], out, offset, parr.doubles(), it.offset(1) * d, d,
                        binomialCache);
            }
            return NdArray.of(shape, out);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.dirichlet(alpha, size)}: {@code prod(size)} vectors, shape
     * {@code size + (k,)}, flat in C order ({@code size == null}: one). All alphas below 0.1 take
     * NumPy's stick-breaking path over betas; otherwise gammas divided by their sum.
     *
     * @throws ValueError {@code "alpha < 0"}
     */
    public double[] dirichlet(double[] alpha, int... size) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(alpha, "alpha");
            for (double a : alpha) {
                if (a < 0) {
                    throw new ValueError("alpha < 0");
                }
            }
            int k = alpha.length;
            int[] shape = size == null ? new int[] {k} : appendDim(size, k);
            double[] out = new double[Shapes.count(shape, 8, "float64")];
            if (k > 0) {
                Dirichlet.sample(bitGenerator, alpha, out.length / k, out, 0);
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.multivariate_hypergeometric(colors, nsample, size, method)}:
     * {@code prod(size)} vectors of counts drawn without replacement from urns of
     * {@code colors}, shape {@code size + (len(colors),)}, flat in C order ({@code size ==
     * null}: one); {@code method} {@code "marginals"} (the default in NumPy) or {@code "count"}.
     *
     * @throws ValueError NumPy's messages: {@code "method must be \"count\" or \"marginals\"."},
     *     {@code "nsample must be nonnegative."}, {@code "colors must be a one-dimensional sequence
     *     of nonnegative integers not exceeding 9223372036854775807."}, {@code "nsample >
     *     sum(colors)"}, ...
     */
    public long[] multivariateHypergeometric(long[] colors, long nsample, int[] size, String method) {
        Thread held = callLock.lock();
        try {
            if (!"count".equals(method) && !"marginals".equals(method)) {
                throw new ValueError("method must be \"count\" or \"marginals\".");
            }
            if (nsample < 0) {
                throw new ValueError("nsample must be nonnegative.");
            }
            for (long c : colors) {
                if (c < 0) {
                    throw new ValueError("colors must be a one-dimensional sequence of nonnegative integers not exceeding "
                            + Long.MAX_VALUE + ".");
                }
            }
            long total = 0;
            for (long c : colors) {
                total += c;
                if (total < 0) {
                    throw new ValueError("sum(colors) must not exceed the maximum value of a 64 bit signed integer ("
                            + Long.MAX_VALUE + ")");
                }
            }
            if (method.equals("marginals") && total >= 1_000_000_000L) {
                throw new ValueError("When method is \"marginals\", sum(colors) must be less than 1000000000.");
            }
            long maxIndex = Long.MAX_VALUE / 8;
            if (method.equals("count") && total > maxIndex) {
                throw new ValueError("When method is 'count', sum(colors) must not exceed " + maxIndex);
            }
            if (nsample > total) {
                throw new ValueError("nsample > sum(colors)");
            }
            int d = colors.length;
            int[] shape = size == null ? new int[] {d} : appendDim(size, d);
            long[] out = new long[Shapes.count(shape, 8, "int64")];
            if (d == 0) {
                return out;
            }
            long variates = out.length / d;
            if (method.equals("count")) {
                if (total > Shapes.MAX_JAVA_LENGTH) {
                    throw new org.nprand.errors.MemoryError("Insufficient memory for multivariate_hypergeometric with "
                            + "method='count' and sum(colors)=" + total);
                }
                MultivariateHypergeometricCount.sample(bitGenerator, total, colors, nsample, variates, out, 0);
            } else {
                MultivariateHypergeometricMarginals.sample(bitGenerator, total, colors, nsample, variates, out, 0);
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code pvals}' checks: a last axis, bounds, then each row's {@code kahan_sum(row[:-1])}. */
    private static void checkPvals(double[] p, int d, boolean nd) {
        if (d == 0) {
            throw new ValueError("pvals must have at least 1 dimension and the last dimension of pvals must be "
                    + "greater than 0.");
        }
        org.nprand.internal.nd.Constraint.BOUNDED_0_1.checkArray(p, "pvals");
        for (int offset = 0; offset < p.length; offset += d) {
            double sum = LegacyChoice.kahanSum(Arrays.copyOfRange(p, offset, offset + d), d - 1);
            if (sum > 1.0 + 1e-12) {
                throw new ValueError("sum(pvals" + (nd ? "[...,:-1]" : "[:-1]") + ") > 1.0");
            }
        }
    }

    private static int[] appendDim(int[] size, int last) {
        int[] shape = Arrays.copyOf(size, size.length + 1);
        shape[size.length] = last;
        return shape;
    }

    // ---- choice ---------------------------------------------------------------------------------

    /** NumPy's {@code Generator.choice(a)}: one index in {@code [0, a)} ({@code integers(0, a)}). */
    public long choice(long a) {
        Thread held = callLock.lock();
        try {
            return choice(a, null, true, null, true)[0];
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.choice(a, size)}: indices in {@code [0, a)} with replacement, flat in C order. */
    public long[] choice(long a, int... size) {
        Thread held = callLock.lock();
        try {
            return choice(a, size, true, null, true);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.choice(a, size, replace, p, shuffle=shuffle)} for an int
     * population: indices in {@code [0, a)}, flat in C order ({@code size == null}: one). With
     * replacement: {@code searchsorted} of {@code random(size)} over the normalised cumulative
     * {@code p}, or {@code integers(0, a, size)}. Without: NumPy's loop with {@code p}; else a
     * tail shuffle of {@code arange(a)} when the sample is large, or Floyd's algorithm with a hash
     * set, then (with {@code shuffle}) a shuffle of the result.
     *
     * @throws ValueError {@code "a must be a positive integer unless no samples are taken"},
     *     {@code "a and p must have same size"}, {@code "Probabilities contain NaN"},
     *     {@code "Probabilities are not non-negative"}, {@code "Probabilities do not sum to 1. See
     *     Notes section of docstring for more information."}, {@code "Cannot take a larger sample
     *     than population when replace is False"}, {@code "Fewer non-zero entries in p than size"}
     */
    public long[] choice(long a, int[] size, boolean replace, double[] p, boolean shuffle) {
        Thread held = callLock.lock();
        try {
            if (a <= 0 && (size == null || !Shapes.productIsZero(size))) {
                throw new ValueError("a must be a positive integer unless no samples are taken");
            }
            if (p != null) {
                GeneratorChoice.checkP(p, a, LegacyChoice.ATOL_FLOAT64);
            }
            return GeneratorChoice.indices(this, a, size, replace, p, shuffle);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.choice(a, size, replace, p)} for a 1-d population given as a list. */
    public <T> List<T> choice(List<T> a, int[] size, boolean replace, double[] p) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(a, "a");
            if (a.isEmpty() && (size == null || !Shapes.productIsZero(size))) {
                throw new ValueError("a cannot be empty unless no samples are taken");
            }
            if (p != null) {
                GeneratorChoice.checkP(p, a.size(), LegacyChoice.ATOL_FLOAT64);
            }
            long[] idx = GeneratorChoice.indices(this, a.size(), size, replace, p, true);
            List<T> out = new ArrayList<>(idx.length);
            for (long i : idx) {
                out.add(a.get((int) i));
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.choice(a, size, replace, p)} for a 1-d float64 population. */
    public double[] choice(double[] a, int[] size, boolean replace, double[] p) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(a, "a");
            if (a.length == 0 && (size == null || !Shapes.productIsZero(size))) {
                throw new ValueError("a cannot be empty unless no samples are taken");
            }
            if (p != null) {
                GeneratorChoice.checkP(p, a.length, LegacyChoice.ATOL_FLOAT64);
            }
            long[] idx = GeneratorChoice.indices(this, a.length, size, replace, p, true);
            double[] out = new double[idx.length];
            for (int i = 0; i < idx.length; i++) {
                out[i] = a[(int) idx[i]];
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    // ---- shuffles -----------------------------------------------------------------------------

    /** NumPy's {@code Generator.shuffle(x)} for a 1-d float array, in place. */
    public void shuffle(double[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            RandomInterval.shuffle(bitGenerator, x, 0, x.length);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.shuffle(x)} for a 1-d int64 array, in place. */
    public void shuffle(long[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            RandomInterval.shuffle(bitGenerator, x, 0, x.length);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.shuffle(x)} for a 1-d int32 array, in place. */
    public void shuffle(int[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            RandomInterval.shuffle(bitGenerator, x, 0, x.length);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.shuffle(x)} for a list, in place. */
    public void shuffle(List<?> x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            RandomInterval.shuffle(bitGenerator, x);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.shuffle(x, axis)} for an ndarray, in place: the slices along
     * {@code axis} are permuted (an array with no elements is left alone without drawing).
     *
     * @throws org.nprand.errors.AxisError {@code "axis 2 is out of bounds for array of dimension 1"}
     */
    public void shuffle(NdArray x, int axis) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            int ax = NdArrays.normalizeAxis(axis, x.ndim());
            if (x.size() == 0) {
                return;
            }
            if (x.ndim() == 1) {
                NdShuffles.shuffleFlat(bitGenerator, x.data(), 0, x.size());
                return;
            }
            int n = x.intShape()[ax];
            NdArrays.Slices slices = new NdArrays.Slices(x, ax);
            for (int i = n - 1; i >= 1; i--) {
                int j = (int) RandomInterval.draw(bitGenerator, i);
                if (i != j) {
                    slices.swap(i, j);
                }
            }
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.permutation(n)}: {@code arange(n)} shuffled (nothing for n <= 0). */
    public long[] permutation(long n) {
        Thread held = callLock.lock();
        try {
            long length = Math.max(n, 0);
            if (length > Shapes.MAX_JAVA_LENGTH) {
                throw Shapes.memoryError(new long[] {length}, 8 * length, "int64");
            }
            long[] out = new long[(int) length];
            for (int i = 0; i < out.length; i++) {
                out[i] = i;
            }
            shuffle(out);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.permutation(x, axis)}: a copy with the slices along {@code axis}
     * permuted (a 1-d array is shuffled as a copy; otherwise through a shuffled index array).
     */
    public NdArray permutation(NdArray x, int axis) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            int ax = NdArrays.normalizeAxis(axis, x.ndim());
            NdArray out = NdArrays.copy(x);
            if (x.ndim() == 1) {
                shuffle(out, 0);
                return out;
            }
            long[] idx = permutation((long) x.intShape()[ax]);
            NdArrays.takeAlong(x, idx, ax, out);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.permuted(x, axis=None)}: a copy shuffled as one flat array
     * ({@code axis == null}) or with each 1-d slice along {@code axis} shuffled independently,
     * the slices taken in C order of the other axes.
     */
    public NdArray permuted(NdArray x, Integer axis) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            NdArray out = NdArrays.copy(x);
            if (axis == null) {
                NdShuffles.shuffleFlat(bitGenerator, out.data(), 0, out.size());
                return out;
            }
            int ax = NdArrays.normalizeAxis(axis, x.ndim());
            NdShuffles.shuffleLanes(bitGenerator, x, out, ax);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    // ---- distributions: each a kernel and a declaration ---------------------------------------

    /**
     * NumPy's {@code Generator.laplace(loc, scale)}: the Laplace distribution ({@code random_laplace}).
     *
     * @throws ValueError {@code "scale < 0"}
     */
    public double laplace(double loc, double scale) {
        Thread held = callLock.lock();
        try {
            return LAPLACE.sample(this, loc, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.laplace(loc, scale, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] laplace(double loc, double scale, int... size) {
        Thread held = callLock.lock();
        try {
            return LAPLACE.doubles(this, size, loc, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.laplace(loc, scale, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] laplace(double loc, double scale, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            LAPLACE.fill(this, out, 0, out.length, loc, scale);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.laplace(loc, scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray laplace(NdArray loc, NdArray scale, int[] size) {
        Thread held = callLock.lock();
        try {
            return LAPLACE.broadcast(this, size, loc, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.gumbel(loc, scale)}: the Gumbel distribution ({@code random_gumbel}).
     *
     * @throws ValueError {@code "scale < 0"}
     */
    public double gumbel(double loc, double scale) {
        Thread held = callLock.lock();
        try {
            return GUMBEL.sample(this, loc, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.gumbel(loc, scale, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] gumbel(double loc, double scale, int... size) {
        Thread held = callLock.lock();
        try {
            return GUMBEL.doubles(this, size, loc, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.gumbel(loc, scale, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] gumbel(double loc, double scale, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            GUMBEL.fill(this, out, 0, out.length, loc, scale);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.gumbel(loc, scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray gumbel(NdArray loc, NdArray scale, int[] size) {
        Thread held = callLock.lock();
        try {
            return GUMBEL.broadcast(this, size, loc, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.logistic(loc, scale)}: the logistic distribution ({@code random_logistic}).
     *
     * @throws ValueError {@code "scale < 0"}
     */
    public double logistic(double loc, double scale) {
        Thread held = callLock.lock();
        try {
            return LOGISTIC.sample(this, loc, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.logistic(loc, scale, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] logistic(double loc, double scale, int... size) {
        Thread held = callLock.lock();
        try {
            return LOGISTIC.doubles(this, size, loc, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.logistic(loc, scale, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] logistic(double loc, double scale, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            LOGISTIC.fill(this, out, 0, out.length, loc, scale);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.logistic(loc, scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray logistic(NdArray loc, NdArray scale, int[] size) {
        Thread held = callLock.lock();
        try {
            return LOGISTIC.broadcast(this, size, loc, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.uniform(low, high)}: {@code low + (high - low) * U} ({@code random_uniform}).
     *
     * @throws ValueError {@code "high - low < 0"}; {@link org.nprand.errors.OverflowError} {@code "high - low range exceeds valid bounds"}
     */
    public double uniform(double low, double high) {
        Thread held = callLock.lock();
        try {
            return UNIFORM.sample(this, low, high);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.uniform(low, high, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] uniform(double low, double high, int... size) {
        Thread held = callLock.lock();
        try {
            return UNIFORM.doubles(this, size, low, high);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.uniform(low, high, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] uniform(double low, double high, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            UNIFORM.fill(this, out, 0, out.length, low, high);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.uniform(low, high, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray uniform(NdArray low, NdArray high, int[] size) {
        Thread held = callLock.lock();
        try {
            return UNIFORM.broadcast(this, size, low, high);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.triangular(left, mode, right)}: the triangular distribution ({@code random_triangular}).
     *
     * @throws ValueError {@code "left > mode"}, {@code "mode > right"}, {@code "left == right"}
     */
    public double triangular(double left, double mode, double right) {
        Thread held = callLock.lock();
        try {
            return TRIANGULAR.sample(this, left, mode, right);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.triangular(left, mode, right, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] triangular(double left, double mode, double right, int... size) {
        Thread held = callLock.lock();
        try {
            return TRIANGULAR.doubles(this, size, left, mode, right);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.triangular(left, mode, right, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] triangular(double left, double mode, double right, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            TRIANGULAR.fill(this, out, 0, out.length, left, mode, right);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.triangular(left, mode, right, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray triangular(NdArray left, NdArray mode, NdArray right, int[] size) {
        Thread held = callLock.lock();
        try {
            return TRIANGULAR.broadcast(this, size, left, mode, right);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.poisson(lam)}: the Poisson distribution ({@code random_poisson}: multiplication below 10, PTRS).
     *
     * @throws ValueError {@code "lam < 0 or lam is NaN"}, {@code "lam value too large"}
     */
    public long poisson(double lam) {
        Thread held = callLock.lock();
        try {
            return POISSON.sampleLong(this, lam);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.poisson(lam, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public long[] poisson(double lam, int... size) {
        Thread held = callLock.lock();
        try {
            return POISSON.longs(this, size, new double[] {lam}, new long[] {0});
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.poisson(lam, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray poisson(NdArray lam, int[] size) {
        Thread held = callLock.lock();
        try {
            return POISSON.broadcast(this, size, lam);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.binomial(n, p)}: the binomial distribution ({@code random_binomial}: 0 without a draw for {@code n == 0} or {@code p == 0}; inversion or BTPE).
     *
     * @throws ValueError {@code "p < 0, p > 1 or p is NaN"}, {@code "n < 0"}
     */
    public long binomial(long n, double p) {
        Thread held = callLock.lock();
        try {
            return BINOMIAL.sampleLong(this, p, n);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.binomial(n, p, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public long[] binomial(long n, double p, int... size) {
        Thread held = callLock.lock();
        try {
            return BINOMIAL.longs(this, size, new double[] {p, 0}, new long[] {0, n});
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.binomial(n, p, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray binomial(NdArray n, NdArray p, int[] size) {
        Thread held = callLock.lock();
        try {
            return BINOMIAL.broadcast(this, size, p, n);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.negative_binomial(n, p)}: {@code poisson(gamma(n, (1 - p) / p))} ({@code random_negative_binomial}).
     *
     * @throws ValueError {@code "n must not be NaN"}, {@code "n <= 0"}, {@code "p <= 0, p > 1 or p contains NaNs"}, {@code "n too large or p too small, see Generator.negative_binomial Notes"}
     */
    public long negativeBinomial(double n, double p) {
        Thread held = callLock.lock();
        try {
            return NEGATIVE_BINOMIAL.sampleLong(this, n, p);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.negative_binomial(n, p, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public long[] negativeBinomial(double n, double p, int... size) {
        Thread held = callLock.lock();
        try {
            return NEGATIVE_BINOMIAL.longs(this, size, new double[] {n, p}, new long[] {0, 0});
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.negative_binomial(n, p, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray negativeBinomial(NdArray n, NdArray p, int[] size) {
        Thread held = callLock.lock();
        try {
            return NEGATIVE_BINOMIAL.broadcast(this, size, n, p);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.geometric(p)}: the number of trials to the first success ({@code random_geometric}).
     *
     * @throws ValueError {@code "p <= 0, p > 1 or p contains NaNs"}
     */
    public long geometric(double p) {
        Thread held = callLock.lock();
        try {
            return GEOMETRIC.sampleLong(this, p);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.geometric(p, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public long[] geometric(double p, int... size) {
        Thread held = callLock.lock();
        try {
            return GEOMETRIC.longs(this, size, new double[] {p}, new long[] {0});
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.geometric(p, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray geometric(NdArray p, int[] size) {
        Thread held = callLock.lock();
        try {
            return GEOMETRIC.broadcast(this, size, p);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.zipf(a)}: the Zipf distribution ({@code random_zipf}).
     *
     * @throws ValueError {@code "a <= 1 or a is NaN"}
     */
    public long zipf(double a) {
        Thread held = callLock.lock();
        try {
            return ZIPF.sampleLong(this, a);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.zipf(a, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public long[] zipf(double a, int... size) {
        Thread held = callLock.lock();
        try {
            return ZIPF.longs(this, size, new double[] {a}, new long[] {0});
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.zipf(a, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray zipf(NdArray a, int[] size) {
        Thread held = callLock.lock();
        try {
            return ZIPF.broadcast(this, size, a);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.logseries(p)}: the logarithmic series distribution ({@code random_logseries}).
     *
     * @throws ValueError {@code "p < 0, p >= 1 or p is NaN"}
     */
    public long logseries(double p) {
        Thread held = callLock.lock();
        try {
            return LOGSERIES.sampleLong(this, p);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.logseries(p, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public long[] logseries(double p, int... size) {
        Thread held = callLock.lock();
        try {
            return LOGSERIES.longs(this, size, new double[] {p}, new long[] {0});
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.logseries(p, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray logseries(NdArray p, int[] size) {
        Thread held = callLock.lock();
        try {
            return LOGSERIES.broadcast(this, size, p);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.hypergeometric(ngood, nbad, nsample)}: the hypergeometric distribution ({@code random_hypergeometric}).
     *
     * @throws ValueError {@code "both ngood and nbad must be less than 1000000000"}, {@code "ngood + nbad < nsample"}, {@code "ngood < 0"}, {@code "nbad < 0"}, {@code "nsample < 0"}
     */
    public long hypergeometric(long ngood, long nbad, long nsample) {
        Thread held = callLock.lock();
        try {
            return HYPERGEOMETRIC.sampleLong(this, ngood, nbad, nsample);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.hypergeometric(ngood, nbad, nsample, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public long[] hypergeometric(long ngood, long nbad, long nsample, int... size) {
        Thread held = callLock.lock();
        try {
            return HYPERGEOMETRIC.longs(this, size, new double[] {0, 0, 0}, new long[] {ngood, nbad, nsample});
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.hypergeometric(ngood, nbad, nsample, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray hypergeometric(NdArray ngood, NdArray nbad, NdArray nsample, int[] size) {
        Thread held = callLock.lock();
        try {
            return HYPERGEOMETRIC.broadcast(this, size, ngood, nbad, nsample);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.normal(loc, scale)}: {@code loc + scale * N} ({@code random_normal}, ziggurat N).
     *
     * @throws ValueError {@code "scale < 0"}
     */
    public double normal(double loc, double scale) {
        Thread held = callLock.lock();
        try {
            return NORMAL.sample(this, loc, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.normal(loc, scale, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] normal(double loc, double scale, int... size) {
        Thread held = callLock.lock();
        try {
            return NORMAL.doubles(this, size, loc, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.normal(loc, scale, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] normal(double loc, double scale, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            NORMAL.fill(this, out, 0, out.length, loc, scale);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.normal(loc, scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray normal(NdArray loc, NdArray scale, int[] size) {
        Thread held = callLock.lock();
        try {
            return NORMAL.broadcast(this, size, loc, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.exponential(scale)}: {@code scale * E} ({@code random_exponential}, ziggurat E).
     *
     * @throws ValueError {@code "scale < 0"}
     */
    public double exponential(double scale) {
        Thread held = callLock.lock();
        try {
            return EXPONENTIAL.sample(this, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.exponential(scale, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] exponential(double scale, int... size) {
        Thread held = callLock.lock();
        try {
            return EXPONENTIAL.doubles(this, size, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.exponential(scale, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] exponential(double scale, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            EXPONENTIAL.fill(this, out, 0, out.length, scale);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.exponential(scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray exponential(NdArray scale, int[] size) {
        Thread held = callLock.lock();
        try {
            return EXPONENTIAL.broadcast(this, size, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.gamma(shape, scale)}: {@code scale * standard_gamma(shape)} ({@code random_gamma}).
     *
     * @throws ValueError {@code "shape < 0"}, {@code "scale < 0"}
     */
    public double gamma(double shape, double scale) {
        Thread held = callLock.lock();
        try {
            return GAMMA.sample(this, shape, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.gamma(shape, scale, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] gamma(double shape, double scale, int... size) {
        Thread held = callLock.lock();
        try {
            return GAMMA.doubles(this, size, shape, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.gamma(shape, scale, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] gamma(double shape, double scale, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            GAMMA.fill(this, out, 0, out.length, shape, scale);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.gamma(shape, scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray gamma(NdArray shape, NdArray scale, int[] size) {
        Thread held = callLock.lock();
        try {
            return GAMMA.broadcast(this, size, shape, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.beta(a, b)}: the beta distribution ({@code random_beta}).
     *
     * @throws ValueError {@code "a <= 0"}, {@code "b <= 0"}
     */
    public double beta(double a, double b) {
        Thread held = callLock.lock();
        try {
            return BETA.sample(this, a, b);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.beta(a, b, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] beta(double a, double b, int... size) {
        Thread held = callLock.lock();
        try {
            return BETA.doubles(this, size, a, b);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.beta(a, b, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] beta(double a, double b, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            BETA.fill(this, out, 0, out.length, a, b);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.beta(a, b, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray beta(NdArray a, NdArray b, int[] size) {
        Thread held = callLock.lock();
        try {
            return BETA.broadcast(this, size, a, b);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.chisquare(df)}: {@code 2 * standard_gamma(df / 2)} ({@code random_chisquare}).
     *
     * @throws ValueError {@code "df <= 0"}
     */
    public double chisquare(double df) {
        Thread held = callLock.lock();
        try {
            return CHISQUARE.sample(this, df);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.chisquare(df, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] chisquare(double df, int... size) {
        Thread held = callLock.lock();
        try {
            return CHISQUARE.doubles(this, size, df);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.chisquare(df, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] chisquare(double df, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            CHISQUARE.fill(this, out, 0, out.length, df);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.chisquare(df, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray chisquare(NdArray df, int[] size) {
        Thread held = callLock.lock();
        try {
            return CHISQUARE.broadcast(this, size, df);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.noncentral_chisquare(df, nonc)}: the noncentral chi-square ({@code random_noncentral_chisquare}).
     *
     * @throws ValueError {@code "df <= 0"}, {@code "nonc < 0"}
     */
    public double noncentralChisquare(double df, double nonc) {
        Thread held = callLock.lock();
        try {
            return NONCENTRAL_CHISQUARE.sample(this, df, nonc);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.noncentral_chisquare(df, nonc, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] noncentralChisquare(double df, double nonc, int... size) {
        Thread held = callLock.lock();
        try {
            return NONCENTRAL_CHISQUARE.doubles(this, size, df, nonc);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.noncentral_chisquare(df, nonc, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] noncentralChisquare(double df, double nonc, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            NONCENTRAL_CHISQUARE.fill(this, out, 0, out.length, df, nonc);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.noncentral_chisquare(df, nonc, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray noncentralChisquare(NdArray df, NdArray nonc, int[] size) {
        Thread held = callLock.lock();
        try {
            return NONCENTRAL_CHISQUARE.broadcast(this, size, df, nonc);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.f(dfnum, dfden)}: the F distribution, numerator drawn first ({@code random_f}).
     *
     * @throws ValueError {@code "dfnum <= 0"}, {@code "dfden <= 0"}
     */
    public double f(double dfnum, double dfden) {
        Thread held = callLock.lock();
        try {
            return F.sample(this, dfnum, dfden);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.f(dfnum, dfden, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] f(double dfnum, double dfden, int... size) {
        Thread held = callLock.lock();
        try {
            return F.doubles(this, size, dfnum, dfden);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.f(dfnum, dfden, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] f(double dfnum, double dfden, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            F.fill(this, out, 0, out.length, dfnum, dfden);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.f(dfnum, dfden, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray f(NdArray dfnum, NdArray dfden, int[] size) {
        Thread held = callLock.lock();
        try {
            return F.broadcast(this, size, dfnum, dfden);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.noncentral_f(dfnum, dfden, nonc)}: the noncentral F ({@code random_noncentral_f}).
     *
     * @throws ValueError {@code "dfnum <= 0"}, {@code "dfden <= 0"}, {@code "nonc < 0"}
     */
    public double noncentralF(double dfnum, double dfden, double nonc) {
        Thread held = callLock.lock();
        try {
            return NONCENTRAL_F.sample(this, dfnum, dfden, nonc);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.noncentral_f(dfnum, dfden, nonc, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] noncentralF(double dfnum, double dfden, double nonc, int... size) {
        Thread held = callLock.lock();
        try {
            return NONCENTRAL_F.doubles(this, size, dfnum, dfden, nonc);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.noncentral_f(dfnum, dfden, nonc, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] noncentralF(double dfnum, double dfden, double nonc, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            NONCENTRAL_F.fill(this, out, 0, out.length, dfnum, dfden, nonc);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.noncentral_f(dfnum, dfden, nonc, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray noncentralF(NdArray dfnum, NdArray dfden, NdArray nonc, int[] size) {
        Thread held = callLock.lock();
        try {
            return NONCENTRAL_F.broadcast(this, size, dfnum, dfden, nonc);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.standard_t(df)}: Student's t ({@code random_standard_t}).
     *
     * @throws ValueError {@code "df <= 0"}
     */
    public double standardT(double df) {
        Thread held = callLock.lock();
        try {
            return STANDARD_T.sample(this, df);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.standard_t(df, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] standardT(double df, int... size) {
        Thread held = callLock.lock();
        try {
            return STANDARD_T.doubles(this, size, df);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.standard_t(df, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] standardT(double df, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            STANDARD_T.fill(this, out, 0, out.length, df);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.standard_t(df, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray standardT(NdArray df, int[] size) {
        Thread held = callLock.lock();
        try {
            return STANDARD_T.broadcast(this, size, df);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.standard_cauchy()}: {@code N / N}, numerator first ({@code random_standard_cauchy}).
     */
    public double standardCauchy() {
        Thread held = callLock.lock();
        try {
            return STANDARD_CAUCHY.sample(this);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.standard_cauchy(size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] standardCauchy(int... size) {
        Thread held = callLock.lock();
        try {
            return STANDARD_CAUCHY.doubles(this, size);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.standard_cauchy(size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] standardCauchy(double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            STANDARD_CAUCHY.fill(this, out, 0, out.length);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.lognormal(mean, sigma)}: {@code exp(normal(mean, sigma))} ({@code random_lognormal}).
     *
     * @throws ValueError {@code "sigma < 0"}
     */
    public double lognormal(double mean, double sigma) {
        Thread held = callLock.lock();
        try {
            return LOGNORMAL.sample(this, mean, sigma);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.lognormal(mean, sigma, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] lognormal(double mean, double sigma, int... size) {
        Thread held = callLock.lock();
        try {
            return LOGNORMAL.doubles(this, size, mean, sigma);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.lognormal(mean, sigma, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] lognormal(double mean, double sigma, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            LOGNORMAL.fill(this, out, 0, out.length, mean, sigma);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.lognormal(mean, sigma, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray lognormal(NdArray mean, NdArray sigma, int[] size) {
        Thread held = callLock.lock();
        try {
            return LOGNORMAL.broadcast(this, size, mean, sigma);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.pareto(a)}: {@code expm1(E / a)} ({@code random_pareto}).
     *
     * @throws ValueError {@code "a <= 0"}
     */
    public double pareto(double a) {
        Thread held = callLock.lock();
        try {
            return PARETO.sample(this, a);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.pareto(a, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] pareto(double a, int... size) {
        Thread held = callLock.lock();
        try {
            return PARETO.doubles(this, size, a);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.pareto(a, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] pareto(double a, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            PARETO.fill(this, out, 0, out.length, a);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.pareto(a, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray pareto(NdArray a, int[] size) {
        Thread held = callLock.lock();
        try {
            return PARETO.broadcast(this, size, a);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.power(a)}: {@code pow(-expm1(-E), 1 / a)} ({@code random_power}).
     *
     * @throws ValueError {@code "a <= 0"}
     */
    public double power(double a) {
        Thread held = callLock.lock();
        try {
            return POWER.sample(this, a);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.power(a, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] power(double a, int... size) {
        Thread held = callLock.lock();
        try {
            return POWER.doubles(this, size, a);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.power(a, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] power(double a, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            POWER.fill(this, out, 0, out.length, a);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.power(a, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray power(NdArray a, int[] size) {
        Thread held = callLock.lock();
        try {
            return POWER.broadcast(this, size, a);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.weibull(a)}: {@code pow(E, 1 / a)}, 0 without a draw for {@code a == 0} ({@code random_weibull}).
     *
     * @throws ValueError {@code "a < 0"}
     */
    public double weibull(double a) {
        Thread held = callLock.lock();
        try {
            return WEIBULL.sample(this, a);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.weibull(a, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] weibull(double a, int... size) {
        Thread held = callLock.lock();
        try {
            return WEIBULL.doubles(this, size, a);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.weibull(a, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] weibull(double a, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            WEIBULL.fill(this, out, 0, out.length, a);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.weibull(a, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray weibull(NdArray a, int[] size) {
        Thread held = callLock.lock();
        try {
            return WEIBULL.broadcast(this, size, a);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.rayleigh(scale)}: {@code scale * sqrt(2 E)} ({@code random_rayleigh}).
     *
     * @throws ValueError {@code "scale < 0"}
     */
    public double rayleigh(double scale) {
        Thread held = callLock.lock();
        try {
            return RAYLEIGH.sample(this, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.rayleigh(scale, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] rayleigh(double scale, int... size) {
        Thread held = callLock.lock();
        try {
            return RAYLEIGH.doubles(this, size, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.rayleigh(scale, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] rayleigh(double scale, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            RAYLEIGH.fill(this, out, 0, out.length, scale);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.rayleigh(scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray rayleigh(NdArray scale, int[] size) {
        Thread held = callLock.lock();
        try {
            return RAYLEIGH.broadcast(this, size, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.wald(mean, scale)}: the inverse Gaussian ({@code random_wald}).
     *
     * @throws ValueError {@code "mean <= 0"}, {@code "scale <= 0"}
     */
    public double wald(double mean, double scale) {
        Thread held = callLock.lock();
        try {
            return WALD.sample(this, mean, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.wald(mean, scale, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] wald(double mean, double scale, int... size) {
        Thread held = callLock.lock();
        try {
            return WALD.doubles(this, size, mean, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.wald(mean, scale, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] wald(double mean, double scale, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            WALD.fill(this, out, 0, out.length, mean, scale);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.wald(mean, scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray wald(NdArray mean, NdArray scale, int[] size) {
        Thread held = callLock.lock();
        try {
            return WALD.broadcast(this, size, mean, scale);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.vonmises(mu, kappa)}: the von Mises distribution ({@code random_vonmises}; glibc's cos and acos, exact with nprand-libm-lgpl).
     *
     * @throws ValueError {@code "kappa < 0"}
     */
    public double vonmises(double mu, double kappa) {
        Thread held = callLock.lock();
        try {
            return VONMISES.sample(this, mu, kappa);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.vonmises(mu, kappa, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] vonmises(double mu, double kappa, int... size) {
        Thread held = callLock.lock();
        try {
            return VONMISES.doubles(this, size, mu, kappa);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.vonmises(mu, kappa, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] vonmises(double mu, double kappa, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            VONMISES.fill(this, out, 0, out.length, mu, kappa);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.vonmises(mu, kappa, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them; {@code size == null} is {@code size=None} (the broadcast shape).
     */
    public NdArray vonmises(NdArray mu, NdArray kappa, int[] size) {
        Thread held = callLock.lock();
        try {
            return VONMISES.broadcast(this, size, mu, kappa);
        } finally {
            callLock.unlock(held);
        }
    }

    // ---- standard normal, exponential and gamma, float64 and float32 -------------------------

    /** NumPy's {@code Generator.standard_normal()}: the ziggurat normal ({@code random_standard_normal}). */
    public double standardNormal() {
        Thread held = callLock.lock();
        try {
            return StandardNormal.sample(bitGenerator);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_normal(size)}, flat in C order. */
    public double[] standardNormal(int... size) {
        Thread held = callLock.lock();
        try {
            return standardNormal(new double[Shapes.count(size, 8, "float64")]);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_normal(out=out)} for a float64 array; returns {@code out}. */
    public double[] standardNormal(double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            for (int i = 0; i < out.length; i++) {
                out[i] = StandardNormal.sample(bitGenerator);
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_normal(dtype=np.float32)} ({@code random_standard_normal_f}). */
    public float standardNormalFloat() {
        Thread held = callLock.lock();
        try {
            return StandardNormalFloat32.sample(bitGenerator);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_normal(size, dtype=np.float32)}. */
    public float[] standardNormalFloat(int... size) {
        Thread held = callLock.lock();
        try {
            return standardNormal(new float[Shapes.count(size, 4, "float32")]);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_normal(out=out)} for a float32 array; returns {@code out}. */
    public float[] standardNormal(float[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            for (int i = 0; i < out.length; i++) {
                out[i] = StandardNormalFloat32.sample(bitGenerator);
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_exponential()}: the ziggurat exponential. */
    public double standardExponential() {
        Thread held = callLock.lock();
        try {
            return StandardExponential.sample(bitGenerator);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_exponential(size)} ({@code method='zig'}). */
    public double[] standardExponential(int... size) {
        Thread held = callLock.lock();
        try {
            return standardExponential(new double[Shapes.count(size, 8, "float64")]);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_exponential(out=out)} ({@code method='zig'}); returns {@code out}. */
    public double[] standardExponential(double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            for (int i = 0; i < out.length; i++) {
                out[i] = StandardExponential.sample(bitGenerator);
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.standard_exponential(size, method=method)}: {@code "zig"} (the
     * ziggurat) or {@code "inv"} ({@code -log1p(-U)}); NumPy takes any other method as
     * {@code "inv"}.
     */
    public double[] standardExponential(String method, int... size) {
        Thread held = callLock.lock();
        try {
            double[] out = new double[Shapes.count(size, 8, "float64")];
            if ("zig".equals(method)) {
                return standardExponential(out);
            }
            for (int i = 0; i < out.length; i++) {
                out[i] = StandardExponentialInverse.sample(bitGenerator);
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_exponential(dtype=np.float32)}. */
    public float standardExponentialFloat() {
        Thread held = callLock.lock();
        try {
            return StandardExponentialFloat32.sample(bitGenerator);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_exponential(size, dtype=np.float32, method=method)}. */
    public float[] standardExponentialFloat(String method, int... size) {
        Thread held = callLock.lock();
        try {
            float[] out = new float[Shapes.count(size, 4, "float32")];
            return standardExponential(method, out);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_exponential(method=method, out=out)} for a float32 array. */
    public float[] standardExponential(String method, float[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            boolean zig = "zig".equals(method);
            for (int i = 0; i < out.length; i++) {
                out[i] = zig ? StandardExponentialFloat32.sample(bitGenerator)
                        : StandardExponentialInverseFloat32.sample(bitGenerator);
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_exponential(method=method, out=out)} for a float64 array. */
    public double[] standardExponential(String method, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            if ("zig".equals(method)) {
                return standardExponential(out);
            }
            for (int i = 0; i < out.length; i++) {
                out[i] = StandardExponentialInverse.sample(bitGenerator);
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_gamma(shape)} ({@code random_standard_gamma}). @throws ValueError {@code "shape < 0"} */
    public double standardGamma(double shape) {
        Thread held = callLock.lock();
        try {
            return STANDARD_GAMMA.sample(this, shape);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_gamma(shape, size)}, flat in C order. */
    public double[] standardGamma(double shape, int... size) {
        Thread held = callLock.lock();
        try {
            return STANDARD_GAMMA.doubles(this, size, shape);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_gamma(shape, out=out)}; returns {@code out}. */
    public double[] standardGamma(double shape, double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            STANDARD_GAMMA.fill(this, out, 0, out.length, shape);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_gamma(shape, size)} with {@code shape} of any shape. */
    public NdArray standardGamma(NdArray shape, int[] size) {
        Thread held = callLock.lock();
        try {
            return STANDARD_GAMMA.broadcast(this, size, shape);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.standard_gamma(shape, dtype=np.float32)}: {@code shape} is cast
     * to float and checked as a float; the kernel computes in float
     * ({@code random_standard_gamma_f}).
     *
     * @throws ValueError {@code "shape < 0"}
     */
    public float standardGammaFloat(double shape) {
        Thread held = callLock.lock();
        try {
            float a = (float) shape;
            org.nprand.internal.nd.Constraint.NON_NEGATIVE.check(a, "shape");
            return StandardGammaFloat32.sample(bitGenerator, a);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_gamma(shape, size, dtype=np.float32)}. */
    public float[] standardGammaFloat(double shape, int... size) {
        Thread held = callLock.lock();
        try {
            float a = (float) shape;
            org.nprand.internal.nd.Constraint.NON_NEGATIVE.check(a, "shape");
            return standardGamma(a, new float[Shapes.count(size, 4, "float32")]);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code Generator.standard_gamma(shape, out=out)} for a float32 array; returns {@code out}. */
    public float[] standardGamma(float shape, float[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            org.nprand.internal.nd.Constraint.NON_NEGATIVE.check(shape, "shape");
            for (int i = 0; i < out.length; i++) {
                out[i] = StandardGammaFloat32.sample(bitGenerator, shape);
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code Generator.standard_gamma(shape, size, dtype=np.float32)} with {@code shape}
     * of any shape ({@code cont_broadcast_1_f}: cast to float32, checked, broadcast against
     * {@code size}).
     */
    public NdArray standardGammaFloat(NdArray shape, int[] size) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(shape, "shape");
            float[] a = new float[shape.size()];
            double[] asDouble = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) shape.getDouble(i);
                asDouble[i] = a[i];
            }
            if (shape.ndim() == 0) {
                org.nprand.internal.nd.Constraint.NON_NEGATIVE.check(a[0], "shape");
                if (size == null) {
                    return new NdArray("float32", new int[0], new float[] {StandardGammaFloat32.sample(bitGenerator, a[0])});
                }
                return new NdArray("float32", size, standardGamma(a[0], new float[Shapes.count(size, 4, "float32")]));
            }
            org.nprand.internal.nd.Constraint.NON_NEGATIVE.checkArray(asDouble, "shape");
            int[] outShape = size != null ? size : shape.intShape();
            float[] out = new float[Shapes.count(outShape, 4, "float32")];
            int[] iter = Shapes.broadcast(outShape, shape.intShape());
            if (!Arrays.equals(iter, outShape)) {
                throw new ValueError("Output size " + Shapes.tuple(outShape) + " is not compatible with broadcast "
                        + "dimensions of inputs " + Shapes.tuple(iter) + ".");
            }
            org.nprand.internal.nd.MultiIter it = new org.nprand.internal.nd.MultiIter(outShape, shape.intShape());
            for (int i = 0; i < out.length; i++, it.next()) {
                out[i] = StandardGammaFloat32.sample(bitGenerator, a[it.offset(0)]);
            }
            return new NdArray("float32", outShape, out);
        } finally {
            callLock.unlock(held);
        }
    }

    /** The declaration of {@code standard_gamma} (float64), for the Python-level spec. */
    static Distribution<Generator> standardGammaDistribution() {
        return STANDARD_GAMMA;
    }

    /** NumPy's {@code str(Generator)}: {@code "Generator(PCG64)"}. */
    @Override
    public String toString() {
        Thread held = callLock.lock();
        try {
            return "Generator(" + bitGenerator.name() + ")";
        } finally {
            callLock.unlock(held);
        }
    }

    /** Package access for the Python-level specs. */
    static long[] arange(int n) {
        long[] a = new long[n];
        Arrays.setAll(a, i -> i);
        return a;
    }

    static long lemire(BitGenerator g, long max) {
        return BoundedIntegers.boundedUInt64(g, 0, max, 0, false);
    }
}
