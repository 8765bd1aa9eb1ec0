package org.nprand.numpy;

import org.nprand.concurrent.Hold;
import org.nprand.internal.sync.CallLock;
import org.nprand.internal.nd.Shapes;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.MT19937;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.kernels.BoundedIntegers;
import org.nprand.kernels.RandomInterval;
import org.nprand.kernels.Triangular;
import org.nprand.kernels.Uniform;
import org.nprand.kernels.legacy.AugmentedBitSource;
import org.nprand.kernels.legacy.LegacyMultinomial;
import org.nprand.kernels.legacy.LegacyChisquare;
import org.nprand.kernels.legacy.LegacyF;
import org.nprand.kernels.legacy.LegacyNoncentralChisquare;
import org.nprand.kernels.legacy.LegacyNoncentralF;
import org.nprand.kernels.legacy.LegacyStandardT;
import org.nprand.kernels.legacy.LegacyStandardCauchy;
import org.nprand.kernels.legacy.LegacyLognormal;
import org.nprand.kernels.legacy.LegacyPareto;
import org.nprand.kernels.legacy.LegacyPower;
import org.nprand.kernels.legacy.LegacyWeibull;
import org.nprand.kernels.legacy.LegacyRayleigh;
import org.nprand.kernels.legacy.LegacyWald;
import org.nprand.kernels.legacy.LegacyVonmises;
import org.nprand.kernels.legacy.LegacyGeometric;
import org.nprand.kernels.legacy.LegacyNegativeBinomial;
import org.nprand.kernels.legacy.LegacyZipf;
import org.nprand.kernels.legacy.LegacyLogseries;
import org.nprand.kernels.legacy.LegacyHypergeometric;
import org.nprand.kernels.Laplace;
import org.nprand.kernels.Gumbel;
import org.nprand.kernels.Logistic;
import org.nprand.internal.nd.CrossChecks;
import org.nprand.internal.nd.Distribution;
import org.nprand.internal.py.Args;
import org.nprand.internal.spec.MethodSpec;
import org.nprand.internal.spec.MethodSpecs;
import org.nprand.kernels.BinomialState;
import org.nprand.kernels.legacy.LegacyBeta;
import org.nprand.kernels.legacy.LegacyBinomial;
import org.nprand.kernels.legacy.LegacyExponential;
import org.nprand.kernels.legacy.LegacyGamma;
import org.nprand.kernels.legacy.LegacyGauss;
import org.nprand.kernels.legacy.LegacyNormal;
import org.nprand.kernels.legacy.LegacyPoisson;
import org.nprand.kernels.legacy.LegacyStandardExponential;
import org.nprand.kernels.legacy.LegacyStandardGamma;

import static org.nprand.internal.nd.Constraint.BOUNDED_0_1;
import static org.nprand.internal.nd.Constraint.GTE_1;
import static org.nprand.internal.nd.Constraint.GT_1;
import static org.nprand.internal.nd.Constraint.BOUNDED_LT_0_1;
import static org.nprand.internal.nd.Constraint.BOUNDED_GT_0_1;
import static org.nprand.internal.nd.Constraint.LEGACY_NON_NEGATIVE_INBOUNDS_LONG;
import static org.nprand.internal.nd.Constraint.LEGACY_POISSON;
import static org.nprand.internal.nd.Constraint.NONE;
import static org.nprand.internal.nd.Constraint.NON_NEGATIVE;
import static org.nprand.internal.nd.Constraint.POSITIVE;
import static org.nprand.internal.nd.Param.integer;
import static org.nprand.internal.nd.Param.real;

/**
 * NumPy's legacy {@code numpy.random.RandomState}: the frozen API over a bit generator (MT19937
 * unless one is given), drawing exactly what NumPy 2.4.6 draws.
 *
 * <h2>Java shapes of Python values</h2>
 * <ul>
 *   <li>{@code size=None} is the overload without a size and returns a scalar; an {@code int...
 *       size} returns a flat array in C order with {@code prod(size)} elements ({@code size=()}
 *       gives one element and draws like {@code None});</li>
 *   <li>in every method that takes a size, a {@code null} size also means {@code size=None}: the
 *       draws of the scalar overload (or, with array parameters, of the broadcast shape),
 *       returned as an array ({@code randomSample((int[]) null)} is a 1-element array);</li>
 *   <li>sizes are checked as {@code np.empty(size, dtype)} checks them, before any draw:
 *       {@code ValueError} for a negative dimension or a byte count that overflows
 *       {@code intp} (even with a zero dimension present), and {@link
 *       org.nprand.errors.MemoryError} for a count a Java array cannot hold (more than
 *       {@code Integer.MAX_VALUE - 8} elements), where NumPy would attempt the allocation;</li>
 *   <li>integers of every dtype are returned as {@code long} (see {@link DType}; a uint64 value
 *       is its bit pattern);</li>
 *   <li>bad input raises NumPy's exception class and message ({@code org.nprand.errors}), always
 *       before anything is drawn.</li>
 * </ul>
 *
 * <p>Thread-safe: every public method holds the instance's lock for its whole call, as NumPy
 * locks each call, so a RandomState shared by several threads gives the sequential stream's values,
 * each call's draws together (a bulk call is never interleaved with another). The lock is the
 * instance's own: a bit generator shared with another RandomState or Generator, or drawn from
 * directly, is not covered by it (share the RandomState, not its bit generator). Uncontended, the
 * lock costs a few nanoseconds per call ({@code LockCostBench} in nprand-bench).
 */
public final class RandomState {

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);


    // The distribution methods as NumPy declares them in mtrand.pyx: kernel, parameters in the
    // kernel's order, constraints, defaults. Each facade below is one call into these, and the
    // replay binder reads the same declarations (MethodSpecs).
    private static final Distribution<RandomState> RANDOM_SAMPLE =
            Distribution.<RandomState>of("random_sample", rs -> rs.bitGenerator.nextDouble())
                    .withBulkFill((rs, out, from, to) -> rs.bitGenerator.fillDouble(out, from, to));
    // The bulk fills (same draws, same values) keep the commonest sized calls off the engine's
    // per-value loop, whose kernel call site every distribution shares.
    private static final Distribution<RandomState> STANDARD_NORMAL =
            Distribution.<RandomState>of("standard_normal", rs -> LegacyGauss.sample(rs.aug))
                    .withBulkFill((rs, out, from, to) -> LegacyGauss.fill(rs.aug, out, from, to));
    private static final Distribution<RandomState> NORMAL = Distribution.of("normal",
            (RandomState rs, double loc, double scale) -> LegacyNormal.sample(rs.aug, loc, scale),
            real("loc", NONE, 0.0), real("scale", NON_NEGATIVE, 1.0))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    LegacyGauss.fillNormal(rs.aug, v[0], v[1], out, from, to));
    private static final Distribution<RandomState> UNIFORM = Distribution.of("uniform",
            (RandomState rs, double low, double range) -> Uniform.sample(rs.bitGenerator, low, range),
            real("low", NONE, 0.0), real("high", NONE, 1.0)).withHook(CrossChecks.LEGACY_UNIFORM_RANGE)
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    Uniform.fill(rs.bitGenerator, v[0], v[1], out, from, to));
    private static final Distribution<RandomState> STANDARD_EXPONENTIAL =
            Distribution.<RandomState>of("standard_exponential", rs -> LegacyStandardExponential.sample(rs.aug))
                    .withBulkFill((rs, out, from, to) -> LegacyStandardExponential.fill(rs.aug, 1.0, out, from, to));
    private static final Distribution<RandomState> EXPONENTIAL = Distribution.of("exponential",
            (RandomState rs, double scale) -> LegacyExponential.sample(rs.aug, scale),
            real("scale", NON_NEGATIVE, 1.0))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    LegacyStandardExponential.fill(rs.aug, v[0], out, from, to));
    private static final Distribution<RandomState> STANDARD_GAMMA = Distribution.of("standard_gamma",
            (RandomState rs, double shape) -> LegacyStandardGamma.sample(rs.aug, shape),
            real("shape", NON_NEGATIVE))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    LegacyStandardGamma.fill(rs.aug, v[0], 1.0, out, from, to));
    private static final Distribution<RandomState> GAMMA = Distribution.of("gamma",
            (RandomState rs, double shape, double scale) -> LegacyGamma.sample(rs.aug, shape, scale),
            real("shape", NON_NEGATIVE), real("scale", NON_NEGATIVE, 1.0))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    LegacyStandardGamma.fill(rs.aug, v[0], v[1], out, from, to));
    private static final Distribution<RandomState> BETA = Distribution.of("beta",
            (RandomState rs, double a, double b) -> LegacyBeta.sample(rs.aug, a, b),
            real("a", POSITIVE), real("b", POSITIVE))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    LegacyBeta.fill(rs.aug, v[0], v[1], out, from, to));
    private static final Distribution<RandomState> POISSON = Distribution.ofLong("poisson",
            (RandomState rs, double lam) -> LegacyPoisson.sample(rs.bitGenerator, lam),
            real("lam", LEGACY_POISSON, 1.0))
            .withBulkFill((RandomState rs, double[] v, long[] ip, long[] out, int from, int to) ->
                    org.nprand.kernels.Poisson.fill(rs.bitGenerator, v[0], out, from, to));
    private static final Distribution<RandomState> BINOMIAL = Distribution.ofLong("binomial",
            (RandomState rs, double p, long n) -> LegacyBinomial.sample(rs.bitGenerator, rs.binomialCache, p, n),
            real("p", BOUNDED_0_1), integer("n", LEGACY_NON_NEGATIVE_INBOUNDS_LONG)).convertingAllFirst()
            .withBulkFill((RandomState rs, double[] v, long[] ip, long[] out, int from, int to) ->
                    LegacyBinomial.fill(rs.bitGenerator, rs.binomialCache, v[0], ip[1], out, from, to));
    private static final Distribution<RandomState> TRIANGULAR = Distribution.of("triangular",
            (RandomState rs, double left, double mode, double right) -> Triangular.sample(rs.bitGenerator, left, mode, right),
            real("left", NONE), real("mode", NONE), real("right", NONE)).withHook(CrossChecks.TRIANGULAR)
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    Triangular.fill(rs.bitGenerator, v[0], v[1], v[2], out, from, to));
    private static final Distribution<RandomState> CHISQUARE = Distribution.of("chisquare",
            (RandomState rs, double df) -> LegacyChisquare.sample(rs.aug, df), real("df", POSITIVE))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    LegacyChisquare.fill(rs.aug, v[0], out, from, to));
    private static final Distribution<RandomState> F = Distribution.of("f",
            (RandomState rs, double dfnum, double dfden) -> LegacyF.sample(rs.aug, dfnum, dfden),
            real("dfnum", POSITIVE), real("dfden", POSITIVE))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    LegacyF.fill(rs.aug, v[0], v[1], out, from, to));
    private static final Distribution<RandomState> NONCENTRAL_CHISQUARE = Distribution.of("noncentral_chisquare",
            (RandomState rs, double df, double nonc) -> LegacyNoncentralChisquare.sample(rs.aug, df, nonc),
            real("df", POSITIVE), real("nonc", NON_NEGATIVE));
    private static final Distribution<RandomState> NONCENTRAL_F = Distribution.of("noncentral_f",
            (RandomState rs, double dfnum, double dfden, double nonc) -> LegacyNoncentralF.sample(rs.aug, dfnum, dfden, nonc),
            real("dfnum", POSITIVE), real("dfden", POSITIVE), real("nonc", NON_NEGATIVE));
    private static final Distribution<RandomState> STANDARD_T = Distribution.of("standard_t",
            (RandomState rs, double df) -> LegacyStandardT.sample(rs.aug, df), real("df", POSITIVE));
    private static final Distribution<RandomState> STANDARD_CAUCHY =
            Distribution.<RandomState>of("standard_cauchy", rs -> LegacyStandardCauchy.sample(rs.aug))
                    .withBulkFill((rs, out, from, to) -> LegacyStandardCauchy.fill(rs.aug, out, from, to));
    private static final Distribution<RandomState> LOGNORMAL = Distribution.of("lognormal",
            (RandomState rs, double mean, double sigma) -> LegacyLognormal.sample(rs.aug, mean, sigma),
            real("mean", NONE, 0.0), real("sigma", NON_NEGATIVE, 1.0))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    LegacyLognormal.fill(rs.aug, v[0], v[1], out, from, to));
    private static final Distribution<RandomState> PARETO = Distribution.of("pareto",
            (RandomState rs, double a) -> LegacyPareto.sample(rs.aug, a), real("a", POSITIVE))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    LegacyPareto.fill(rs.aug, v[0], out, from, to));
    private static final Distribution<RandomState> POWER = Distribution.of("power",
            (RandomState rs, double a) -> LegacyPower.sample(rs.aug, a), real("a", POSITIVE))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    LegacyPower.fill(rs.aug, v[0], out, from, to));
    private static final Distribution<RandomState> WEIBULL = Distribution.of("weibull",
            (RandomState rs, double a) -> LegacyWeibull.sample(rs.aug, a), real("a", NON_NEGATIVE))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    LegacyWeibull.fill(rs.aug, v[0], out, from, to));
    private static final Distribution<RandomState> RAYLEIGH = Distribution.of("rayleigh",
            (RandomState rs, double scale) -> LegacyRayleigh.sample(rs.bitGenerator, scale),
            real("scale", NON_NEGATIVE, 1.0))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    LegacyRayleigh.fill(rs.bitGenerator, v[0], out, from, to));
    private static final Distribution<RandomState> WALD = Distribution.of("wald",
            (RandomState rs, double mean, double scale) -> LegacyWald.sample(rs.aug, mean, scale),
            real("mean", POSITIVE), real("scale", POSITIVE));
    private static final Distribution<RandomState> VONMISES = Distribution.of("vonmises",
            (RandomState rs, double mu, double kappa) -> LegacyVonmises.sample(rs.bitGenerator, mu, kappa),
            real("mu", NONE), real("kappa", NON_NEGATIVE))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    LegacyVonmises.fill(rs.bitGenerator, v[0], v[1], out, from, to));
    private static final Distribution<RandomState> LAPLACE = Distribution.of("laplace",
            (RandomState rs, double loc, double scale) -> Laplace.sample(rs.bitGenerator, loc, scale),
            real("loc", NONE, 0.0), real("scale", NON_NEGATIVE, 1.0))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    Laplace.fill(rs.bitGenerator, v[0], v[1], out, from, to));
    private static final Distribution<RandomState> GUMBEL = Distribution.of("gumbel",
            (RandomState rs, double loc, double scale) -> Gumbel.sample(rs.bitGenerator, loc, scale),
            real("loc", NONE, 0.0), real("scale", NON_NEGATIVE, 1.0))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    Gumbel.fill(rs.bitGenerator, v[0], v[1], out, from, to));
    private static final Distribution<RandomState> LOGISTIC = Distribution.of("logistic",
            (RandomState rs, double loc, double scale) -> Logistic.sample(rs.bitGenerator, loc, scale),
            real("loc", NONE, 0.0), real("scale", NON_NEGATIVE, 1.0))
            .withBulkFill((RandomState rs, double[] v, double[] out, int from, int to) ->
                    Logistic.fill(rs.bitGenerator, v[0], v[1], out, from, to));
    private static final Distribution<RandomState> GEOMETRIC = Distribution.ofLong("geometric",
            (RandomState rs, double p) -> LegacyGeometric.sample(rs.bitGenerator, p), real("p", BOUNDED_GT_0_1))
            .withBulkFill((RandomState rs, double[] v, long[] ip, long[] out, int from, int to) ->
                    LegacyGeometric.fill(rs.bitGenerator, v[0], out, from, to));
    private static final Distribution<RandomState> NEGATIVE_BINOMIAL = Distribution.ofLong("negative_binomial",
            (RandomState rs, double n, double p) -> LegacyNegativeBinomial.sample(rs.aug, n, p),
            real("n", POSITIVE), real("p", BOUNDED_0_1));
    private static final Distribution<RandomState> ZIPF = Distribution.ofLong("zipf",
            (RandomState rs, double a) -> LegacyZipf.sample(rs.bitGenerator, a), real("a", GT_1))
            .withBulkFill((RandomState rs, double[] v, long[] ip, long[] out, int from, int to) ->
                    LegacyZipf.fill(rs.bitGenerator, v[0], out, from, to));
    private static final Distribution<RandomState> LOGSERIES = Distribution.ofLong("logseries",
            (RandomState rs, double p) -> LegacyLogseries.sample(rs.bitGenerator, p), real("p", BOUNDED_LT_0_1))
            .withBulkFill((RandomState rs, double[] v, long[] ip, long[] out, int from, int to) ->
                    LegacyLogseries.fill(rs.bitGenerator, v[0], out, from, to));
    private static final Distribution<RandomState> HYPERGEOMETRIC = Distribution.ofLong("hypergeometric",
            (RandomState rs, long good, long bad, long sample) -> LegacyHypergeometric.sample(rs.bitGenerator, good, bad, sample),
            integer("ngood", LEGACY_NON_NEGATIVE_INBOUNDS_LONG), integer("nbad", NON_NEGATIVE), integer("nsample", GTE_1))
            .withPrecheck(CrossChecks.LEGACY_HYPERGEOMETRIC)
            .withBulkFill((RandomState rs, double[] v, long[] ip, long[] out, int from, int to) ->
                    LegacyHypergeometric.fill(rs.bitGenerator, ip[0], ip[1], ip[2], out, from, to));

    static {
        MethodSpecs.registerLock(RandomState.class, rs -> rs.callLock);
        MethodSpecs.register(RandomState.class,
                MethodSpec.of(RANDOM_SAMPLE, rs -> rs),
                new MethodSpec<RandomState>("random", 0, (rs, v) -> RANDOM_SAMPLE.call(rs, new Object[0], absentIsNone(v[0])), "size"),
                MethodSpec.of(STANDARD_NORMAL, rs -> rs),
                MethodSpec.of(NORMAL, rs -> rs),
                MethodSpec.of(UNIFORM, rs -> rs),
                MethodSpec.of(STANDARD_EXPONENTIAL, rs -> rs),
                MethodSpec.of(EXPONENTIAL, rs -> rs),
                MethodSpec.of(STANDARD_GAMMA, rs -> rs),
                MethodSpec.of(GAMMA, rs -> rs),
                MethodSpec.of(BETA, rs -> rs),
                MethodSpec.of(POISSON, rs -> rs),
                MethodSpec.of(BINOMIAL, rs -> rs, "n", "p"),
                MethodSpec.of(TRIANGULAR, rs -> rs),
                MethodSpec.of(CHISQUARE, rs -> rs),
                MethodSpec.of(F, rs -> rs),
                MethodSpec.of(NONCENTRAL_CHISQUARE, rs -> rs),
                MethodSpec.of(NONCENTRAL_F, rs -> rs),
                MethodSpec.of(STANDARD_T, rs -> rs),
                MethodSpec.of(STANDARD_CAUCHY, rs -> rs),
                MethodSpec.of(LOGNORMAL, rs -> rs),
                MethodSpec.of(PARETO, rs -> rs),
                MethodSpec.of(POWER, rs -> rs),
                MethodSpec.of(WEIBULL, rs -> rs),
                MethodSpec.of(RAYLEIGH, rs -> rs),
                MethodSpec.of(WALD, rs -> rs),
                MethodSpec.of(VONMISES, rs -> rs),
                MethodSpec.of(LAPLACE, rs -> rs),
                MethodSpec.of(GUMBEL, rs -> rs),
                MethodSpec.of(LOGISTIC, rs -> rs),
                MethodSpec.of(GEOMETRIC, rs -> rs),
                MethodSpec.of(NEGATIVE_BINOMIAL, rs -> rs),
                MethodSpec.of(ZIPF, rs -> rs),
                MethodSpec.of(LOGSERIES, rs -> rs),

                MethodSpec.of(HYPERGEOMETRIC, rs -> rs, "ngood", "nbad", "nsample"));
        MethodSpecs.register(RandomState.class, RandomStatePython.specs());
    }

    private static Object absentIsNone(Object v) {
        return v == Args.ABSENT ? null : v;
    }

    /**
     * The lock every public method holds for its whole call ({@link CallLock}: one
     * compare-and-set per call instead of a monitor's two; reentrant).
     */
    private final CallLock callLock = new CallLock();
    private final BitGenerator bitGenerator;
    /** NumPy's {@code aug_bitgen_t}: the bit generator plus the legacy Gaussian cache. */
    private final AugmentedBitSource aug;
    /** NumPy's {@code binomial_t}: kept for the instance's lifetime (shared with multinomial). */
    private final BinomialState binomialCache = new BinomialState();
    /** Where NumPy's warnings go. */
    private WarningHandler warnings = WarningHandler.IGNORE;

    /**
     * NumPy's {@code RandomState()}: a fresh {@code MT19937()} seeded from OS entropy through a
     * SeedSequence (so {@code pos} starts at 623, as in NumPy).
     */
    public RandomState() {
        this(new MT19937());
    }

    /**
     * NumPy's {@code RandomState(seed)} for an int: MT19937 with legacy {@code init_genrand}.
     *
     * @throws ValueError {@code "Seed must be between 0 and 2**32 - 1"}
     */
    public RandomState(long seed) {
        this(MT19937.legacy(seed));
    }

    /**
     * NumPy's {@code RandomState([s0, s1, ...])}: MT19937 with legacy {@code init_by_array}
     * ({@code RandomState([5])} differs from {@code RandomState(5)}, as in NumPy).
     *
     * @throws ValueError {@code "Seed must be non-empty"}, {@code "Seed must be between 0 and
     *     2**32 - 1"}
     */
    public RandomState(long... seed) {
        this(MT19937.legacy(seed));
    }

    /** NumPy's {@code RandomState(bit_generator)}: uses (and shares) the given bit generator. */
    public RandomState(BitGenerator bitGenerator) {
        if (bitGenerator == null) {
            throw new TypeError("bit_generator must not be None");
        }
        this.bitGenerator = bitGenerator;
        this.aug = new AugmentedBitSource(bitGenerator);
    }

    /**
     * Takes this instance's lock until the returned hold is closed: NumPy's
     * {@code with rs._bit_generator.lock:}. The calls this thread makes meanwhile are atomic
     * together and each skips the per-call lock (a scalar draw costs about half as much); other
     * threads' calls wait for the close. See {@link Hold}.
     */
    public Hold hold() {
        return callLock.hold();
    }

    /** NumPy's {@code RandomState._bit_generator}: the underlying bit generator (shared, live). */
    public BitGenerator bitGenerator() {
        Thread held = callLock.lock();
        try {
            return bitGenerator;
        } finally {
            callLock.unlock(held);
        }
    }

    // ---- seeding and state -----------------------------------------------------------------

    /**
     * NumPy's {@code RandomState.seed()} ({@code seed=None}): reseeds MT19937 from OS entropy
     * (NumPy keeps the old {@code pos}) and resets the gauss cache.
     *
     * @throws TypeError {@code "can only re-seed a MT19937 BitGenerator"}
     */
    public void seed() {
        Thread held = callLock.lock();
        try {
            mt19937ForSeeding().legacySeedFromEntropy();
            aug.resetGauss();
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.seed(seed)} for an int (legacy {@code init_genrand}); resets
     * the gauss cache.
     *
     * @throws TypeError {@code "can only re-seed a MT19937 BitGenerator"}
     * @throws ValueError {@code "Seed must be between 0 and 2**32 - 1"}
     */
    public void seed(long seed) {
        Thread held = callLock.lock();
        try {
            mt19937ForSeeding().legacySeed(seed);
            aug.resetGauss();
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.seed([s0, s1, ...])} (legacy {@code init_by_array}); resets the
     * gauss cache.
     *
     * @throws TypeError {@code "can only re-seed a MT19937 BitGenerator"}
     * @throws ValueError {@code "Seed must be non-empty"}, {@code "Seed must be between 0 and
     *     2**32 - 1"}
     */
    public void seed(long... seed) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(seed, "seed");
            mt19937ForSeeding().legacySeed(seed);
            aug.resetGauss();
        } finally {
            callLock.unlock(held);
        }
    }

    private MT19937 mt19937ForSeeding() {
        if (!(bitGenerator instanceof MT19937)) {
            throw new TypeError("can only re-seed a MT19937 BitGenerator");
        }
        return (MT19937) bitGenerator;
    }

    /**
     * NumPy's {@code RandomState.get_state()} ({@code legacy=True}): the {@link LegacyState}
     * tuple for MT19937. For any other bit generator NumPy warns ({@code RuntimeWarning}, not
     * reproduced) and returns the dict, as {@link #getState(boolean) getState(false)} does.
     *
     * @return a {@link LegacyState}, or a {@code Map} for a non-MT19937 bit generator
     */
    public Object getState() {
        Thread held = callLock.lock();
        try {
            return getState(true);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.get_state(legacy)}: with {@code legacy} and MT19937 the
     * {@link LegacyState} tuple; otherwise the bit generator's state dict (see
     * {@link BitGenerator}) plus {@code 'has_gauss'} (Integer) and {@code 'gauss'} (Double).
     *
     * @return a {@link LegacyState} or a {@code Map<String, Object>}
     */
    public Object getState(boolean legacy) {
        Thread held = callLock.lock();
        try {
            if (legacy && bitGenerator instanceof MT19937) {
                MT19937 mt = (MT19937) bitGenerator;
                return new LegacyState("MT19937", mt.key(), mt.pos(), aug.hasGauss(), aug.gauss());
            }
            Map<String, Object> st = bitGenerator.getState();
            st.put("has_gauss", aug.hasGauss());
            st.put("gauss", aug.gauss());
            return st;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@link #getState()} typed for Java: the legacy tuple {@code ('MT19937', key, pos,
     * has_gauss, gauss)} of a RandomState over MT19937 (every RandomState made from a seed).
     *
     * @throws TypeError for another bit generator (use {@link #getStateDict()})
     */
    public LegacyState getLegacyState() {
        Thread held = callLock.lock();
        try {
            Object st = getState(true);
            if (!(st instanceof LegacyState)) {
                throw new TypeError("the legacy state tuple needs an MT19937 bit generator, not " + bitGenerator.name()
                        + " (use getStateDict())");
            }
            return (LegacyState) st;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@link #getState(boolean) getState(false)} typed for Java: the bit generator's state dict
     * plus {@code 'has_gauss'} and {@code 'gauss'}, for any bit generator (see
     * {@link org.nprand.state.StateJson} to hand it to Python).
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> getStateDict() {
        Thread held = callLock.lock();
        try {
            return (Map<String, Object>) getState(false);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.set_state(state)}. Accepts:
     * <ul>
     *   <li>a {@link LegacyState};</li>
     *   <li>the legacy tuple as an {@code Object[]} or {@link List}: {@code ('MT19937', key,
     *       pos)} or {@code ('MT19937', key, pos, has_gauss, gauss)};</li>
     *   <li>a state dict ({@code Map}) with {@code 'bit_generator'} and {@code 'state'}, and
     *       optionally {@code 'has_gauss'} / {@code 'gauss'} (default 0), handed to the bit
     *       generator's {@code state} setter.</li>
     * </ul>
     * As in NumPy, {@code gauss} and then {@code has_gauss} are converted (Cython's
     * {@code double} and {@code int}) before anything changes, so a bad value leaves the state
     * untouched; the gauss cache is then set just before the bit generator's state, so an error
     * from the bit generator's setter (e.g. a short key) leaves the new gauss fields in place.
     * That order is observable ({@code get_state()} shows them afterwards), so it is kept.
     *
     * @throws ValueError {@code "state dictionary is not valid."}, {@code "set_state can only be
     *     used with legacy MT19937 state instances."}
     * @throws TypeError {@code "state must be a dict or a tuple."}, {@code "must be real number,
     *     not str"} (gauss), {@code "an integer is required"} (has_gauss)
     * @throws org.nprand.errors.OverflowError {@code "int too large to convert to float"}
     *     (gauss), {@code "value too large to convert to int"}, {@code "Python int too large to
     *     convert to C long"} (has_gauss)
     * @throws org.nprand.errors.IndexError {@code "tuple index out of range"} for a tuple of
     *     length 4 or an empty tuple
     */
    public void setState(Object state) {
        Thread held = callLock.lock();
        try {
            Map<String, Object> st;
            if (state instanceof LegacyState) {
                st = LegacyTuples.toDict(List.of(((LegacyState) state).toTuple()));
            } else if (state instanceof Map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) state;
                if (!map.containsKey("bit_generator") || !map.containsKey("state")) {
                    throw new ValueError("state dictionary is not valid.");
                }
                st = map;
            } else if (state instanceof Object[] || state instanceof List) {
                List<?> tuple = state instanceof List ? (List<?>) state : Arrays.asList((Object[]) state);
                st = LegacyTuples.toDict(tuple);
            } else {
                throw new TypeError("state must be a dict or a tuple.");
            }
            double gauss = LegacyTuples.asDouble(st.getOrDefault("gauss", 0.0));
            int hasGauss = LegacyTuples.asCInt(st.getOrDefault("has_gauss", 0));
            aug.setGauss(hasGauss, gauss);
            bitGenerator.setState(st);
        } finally {
            callLock.unlock(held);
        }
    }

    // ---- uniform floats --------------------------------------------------------------------

    /** NumPy's {@code RandomState.random_sample()}: one double in [0, 1). */
    public double randomSample() {
        Thread held = callLock.lock();
        try {
            return RANDOM_SAMPLE.sample(this);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.random_sample(size)}: {@code prod(size)} doubles in [0, 1), flat
     * in C order.
     *
     * @throws ValueError {@code "negative dimensions are not allowed"}
     */
    public double[] randomSample(int... size) {
        Thread held = callLock.lock();
        try {
            return RANDOM_SAMPLE.doubles(this, size);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.random_sample(size=len(out))} written into {@code out}; returns it. */
    public double[] randomSample(double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            RANDOM_SAMPLE.fill(this, out, 0, out.length);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.random()}: alias of {@link #randomSample()}. */
    public double random() {
        Thread held = callLock.lock();
        try {
            return RANDOM_SAMPLE.sample(this); // not randomSample(): one lock per call, not two
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.random(size)}: alias of {@link #randomSample(int...)}. */
    public double[] random(int... size) {
        Thread held = callLock.lock();
        try {
            return randomSample(size);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.rand()}: one double in [0, 1). */
    public double rand() {
        Thread held = callLock.lock();
        try {
            return RANDOM_SAMPLE.sample(this); // not randomSample(): one lock per call, not two
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.rand(d0, d1, ...)}: {@code random_sample(size=(d0, d1, ...))},
     * flat in C order.
     *
     * @throws ValueError {@code "negative dimensions are not allowed"}
     */
    public double[] rand(int... dims) {
        Thread held = callLock.lock();
        try {
            return randomSample(dims);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.randn()}: one standard normal ({@code legacy_gauss}). */
    public double randn() {
        Thread held = callLock.lock();
        try {
            return STANDARD_NORMAL.sample(this); // not standardNormal(): one lock per call, not two
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.randn(d0, d1, ...)}: {@code standard_normal(size=(d0, d1, ...))}. */
    public double[] randn(int... dims) {
        Thread held = callLock.lock();
        try {
            return standardNormal(dims);
        } finally {
            callLock.unlock(held);
        }
    }

    // ---- integers --------------------------------------------------------------------------

    /**
     * NumPy's {@code RandomState.randint(low)} ({@code high=None}): one int64 in {@code [0, low)}.
     *
     * @throws ValueError {@code "high <= 0"}
     */
    public long randint(long low) {
        Thread held = callLock.lock();
        try {
            // not randint(0, low): one lock per call
            return BoundedIntegerDraws.drawOne(bitGenerator, 0, randintRange(0, low, DType.INT64), DType.INT64, true);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.randint(low, high)}: one int64 in {@code [low, high)} (masked
     * rejection).
     *
     * @throws ValueError {@code "low >= high"}, {@code "high <= 0"} (when {@code low == 0})
     */
    public long randint(long low, long high) {
        Thread held = callLock.lock();
        try {
            // not randint(low, high, int64): one lock per call
            return BoundedIntegerDraws.drawOne(bitGenerator, low, randintRange(low, high, DType.INT64), DType.INT64, true);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.randint(low, high, dtype=dtype)}: one value of the dtype (no allocation). */
    public long randint(long low, long high, DType dtype) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(dtype, "dtype");
            long rng = randintRange(low, high, dtype);
            return BoundedIntegerDraws.drawOne(bitGenerator, low, rng, dtype, true);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.randint(low, high, size)}: {@code prod(size)} int64 values in
     * {@code [low, high)}, flat in C order.
     *
     * @throws ValueError {@code "low >= high"}, {@code "high <= 0"}, {@code "negative dimensions
     *     are not allowed"}
     */
    public long[] randint(long low, long high, int... size) {
        Thread held = callLock.lock();
        try {
            return randint(low, high, size, DType.INT64);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.randint(low, high, size, dtype)}; {@code size == null} means
     * {@code size=None} (one value, returned as a 1-element array). Values are returned as longs
     * (see {@link DType}).
     *
     * @throws ValueError {@code "low is out of bounds for int8"}, {@code "high is out of bounds
     *     for int8"}, {@code "low >= high"}, {@code "high <= 0"}, {@code "negative dimensions
     *     are not allowed"}
     */
    public long[] randint(long low, long high, int[] size, DType dtype) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(dtype, "dtype");
            if (size != null && Shapes.productIsZero(size)) {
                return new long[Shapes.count(size, dtype.itemsize(), dtype.numpyName())];
            }
            return BoundedIntegerDraws.draw(bitGenerator, low, randintRange(low, high, dtype), size, dtype, true);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.randint(low, high, size=len(out), dtype=dtype)} written into
     * {@code out}, for {@code int8} and {@code uint8} (a uint8 value is its bit pattern):
     * {@code [low, high)} by masked rejection, the same draws as the allocating form. Returns
     * {@code out}. An empty {@code out} draws nothing and checks no bounds (as NumPy's empty
     * {@code size}).
     *
     * <p>The fill forms exist for every dtype, one per element width ({@code byte[]}: int8/uint8,
     * {@code short[]}: int16/uint16, {@code int[]}: int32/uint32, {@code long[]}: int64/uint64,
     * {@code boolean[]}: bool); the dtype must match the array's width.
     *
     * @throws TypeError {@code "Supplied output array has the wrong type. Expected int16, got an
     *     array of 8-bit integers"} when the dtype's width is not the array's
     * @throws ValueError as {@link #randint(long, long, int[], DType)}
     */
    public byte[] randint(long low, long high, DType dtype, byte[] out) {
        Thread held = callLock.lock();
        try {
            return BoundedIntegerDraws.fill(bitGenerator, low, high, dtype, true, false, out);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.randint(low, high, size=len(out), dtype=dtype)} written into
     * {@code out}, for {@code int16} and {@code uint16}; see {@link #randint(long, long, DType, byte[])}.
     */
    public short[] randint(long low, long high, DType dtype, short[] out) {
        Thread held = callLock.lock();
        try {
            return BoundedIntegerDraws.fill(bitGenerator, low, high, dtype, true, false, out);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.randint(low, high, size=len(out), dtype=dtype)} written into
     * {@code out}, for {@code int32} and {@code uint32}; see {@link #randint(long, long, DType, byte[])}.
     */
    public int[] randint(long low, long high, DType dtype, int[] out) {
        Thread held = callLock.lock();
        try {
            return BoundedIntegerDraws.fill(bitGenerator, low, high, dtype, true, false, out);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.randint(low, high, size=len(out), dtype=dtype)} written into
     * {@code out}, for {@code int64} and {@code uint64}; see {@link #randint(long, long, DType, byte[])}.
     */
    public long[] randint(long low, long high, DType dtype, long[] out) {
        Thread held = callLock.lock();
        try {
            return BoundedIntegerDraws.fill(bitGenerator, low, high, dtype, true, false, out);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.randint(low, high, size=len(out), dtype=bool)} written into
     * {@code out}; see {@link #randint(long, long, DType, byte[])}.
     */
    public boolean[] randint(long low, long high, DType dtype, boolean[] out) {
        Thread held = callLock.lock();
        try {
            return BoundedIntegerDraws.fill(bitGenerator, low, high, dtype, true, false, out);
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code randint}'s checks of long bounds; returns {@code rng = high - 1 - low} (closed). */
    private static long randintRange(long low, long high, DType dtype) {
        // NumPy works on Python ints: high - 1 and the bounds checks are exact. A long is never
        // out of int64's range, and high - 1 never exceeds uint64's maximum.
        boolean highUnderflows = high == Long.MIN_VALUE;
        long highClosed = high - 1;
        if (low < dtype.minLong()) {
            throw new ValueError("low is out of bounds for " + dtype.numpyName());
        }
        if (!highUnderflows && dtype != DType.UINT64 && highClosed > dtype.maxLong()) {
            throw new ValueError("high is out of bounds for " + dtype.numpyName());
        }
        if (highUnderflows || low > highClosed) {
            throw new ValueError(low == 0 ? "high <= 0" : "low >= high");
        }
        return highClosed - low;
    }

    /**
     * NumPy's {@code RandomState.randint(low, high, size, dtype)} with Python-int bounds of any
     * size, e.g. {@code randint(0, 2**64, size, UINT64)}. {@code high == null} means
     * {@code high=None} ({@code [0, low)}); {@code size == null} means {@code size=None}.
     *
     * @throws ValueError as {@link #randint(long, long, int[], DType)}
     */
    public long[] randint(BigInteger low, BigInteger high, int[] size, DType dtype) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(dtype, "dtype");
            org.nprand.internal.py.Py.notNull(low, "low");
            if (high == null) {
                high = low;
                low = BigInteger.ZERO;
            }
            return BoundedIntegerDraws.scalarBounds(bitGenerator, low, high, size, dtype, true, false);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.randint(low, high, size, dtype)} with bounds of any shape and
     * dtype (NumPy's broadcast path, {@code _rand_<dtype>_broadcast}): the bounds are checked in
     * NumPy's order (per element where they do not cast safely to {@code dtype}), the output
     * has the shape {@code size} ({@code null}: the broadcast of the bounds), and each element
     * draws one bounded value in C order. NumPy does not check {@code size} against the bounds'
     * broadcast: a smaller {@code size} takes the first elements of the broadcast walk.
     *
     * @return an array of {@code dtype} (bool as {@code boolean[]}, integers as {@code long[]})
     * @throws ValueError {@code "low is out of bounds for int8"}, {@code "high is out of bounds
     *     for int8"}, {@code "low >= high"}, {@code "high <= 0"}, NumPy's broadcasting messages
     */
    public NdArray randint(NdArray low, NdArray high, int[] size, DType dtype) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(dtype, "dtype");
            org.nprand.internal.py.Py.notNull(high, "high");
            org.nprand.internal.py.Py.notNull(low, "low");
            if (size != null && Shapes.productIsZero(size)) {
                return typed(dtype, size, new long[Shapes.count(size, dtype.itemsize(), dtype.numpyName())]);
            }
            return RandintBroadcast.draw(bitGenerator, RandintBroadcast.Bounds.of(low), RandintBroadcast.Bounds.of(high),
                    size, dtype, true, false);
        } finally {
            callLock.unlock(held);
        }
    }

    /** Values of {@code dtype} (as longs, uint64 as bits) in an array of that dtype. */
    static NdArray typed(DType dtype, int[] shape, long[] values) {
        return typed(dtype, Shapes.widen(shape), values);
    }

    /** {@link #typed(DType, int[], long[])} with NumPy's {@code intp} shape. */
    static NdArray typed(DType dtype, long[] shape, long[] values) {
        if (dtype == DType.BOOL) {
            boolean[] b = new boolean[values.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = values[i] != 0;
            }
            return new NdArray("bool", shape, b);
        }
        return new NdArray(dtype.numpyName(), shape, values);
    }

    /**
     * NumPy's {@code RandomState.randint(low, high, size, dtype)} with the dtype given by its
     * NumPy spelling ({@code "int8"}, {@code "u2"}, {@code "?"}, ...). The dtype is checked first,
     * as in NumPy.
     *
     * @throws TypeError {@code "Unsupported dtype dtype('float64') for randint"}
     */
    public long[] randint(BigInteger low, BigInteger high, int[] size, String dtype) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(dtype, "dtype");
            org.nprand.internal.py.Py.notNull(low, "low");
            return randint(low, high, size, DType.parse(dtype, "randint"));
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.tomaxint()}: one int64 in {@code [0, 2**63 - 1]} ({@code next_uint64 >> 1}). */
    public long tomaxint() {
        Thread held = callLock.lock();
        try {
            return BoundedIntegers.positiveInt64(bitGenerator);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.tomaxint(size)}.
     *
     * @throws ValueError {@code "negative dimensions are not allowed"}
     */
    public long[] tomaxint(int... size) {
        Thread held = callLock.lock();
        try {
            long[] out = new long[Shapes.count(size, 8, "int64")];
            for (int i = 0; i < out.length; i++) {
                out[i] = BoundedIntegers.positiveInt64(bitGenerator);
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.bytes(length)}: {@code randint(0, 2**32, size=n, dtype=uint32)}
     * as little-endian bytes, sliced {@code [:length]}, with {@code n = (length - 1) / 4 + 1} in
     * C arithmetic ({@code npy_intp}, division truncating: mtrand is compiled with
     * {@code cdivision=True}). So {@code bytes(0)} draws one word and returns nothing; a negative
     * length slices from the end: {@code bytes(-1)} and {@code bytes(-2)} draw one word and return
     * 3 and 2 bytes, {@code bytes(-3)} to {@code bytes(-6)} draw nothing and return nothing, and
     * from {@code bytes(-7)} on {@code n} is negative.
     *
     * @throws ValueError {@code "negative dimensions are not allowed"} (from {@code length <=
     *     -7}), NumPy's {@code "array is too big; ..."} (when {@code 4 * n} overflows)
     * @throws org.nprand.errors.MemoryError when the words or the result would exceed a Java
     *     array (NumPy would allocate them)
     */
    public byte[] bytes(long length) {
        Thread held = callLock.lock();
        try {
            // npy_intp arithmetic: length - 1 wraps for Long.MIN_VALUE, as it does in C on x86-64.
            long words = (length - 1) / 4 + 1;
            if (words < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
            if (words > Long.MAX_VALUE / 4) {
                throw new ValueError(Shapes.TOO_BIG);
            }
            // Python's slice [:length]: a negative stop counts from the end.
            long total = 4 * words;
            long keep = length >= 0 ? Math.min(length, total) : Math.max(total + length, 0);
            if (words > Shapes.MAX_JAVA_LENGTH || keep > Shapes.MAX_JAVA_LENGTH) {
                // Reported as NumPy's first allocation, the uint32 words.
                throw Shapes.memoryError(new long[] {words}, total, "uint32");
            }
            return BoundedIntegers.randomBytes(bitGenerator, (int) words, (int) keep);
        } finally {
            callLock.unlock(held);
        }
    }

    // ---- shuffle and permutation -----------------------------------------------------------

    /** NumPy's {@code RandomState.shuffle(x)} for a 1-d float array, in place. */
    public void shuffle(double[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            RandomInterval.shuffle(bitGenerator, x, 0, x.length);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.shuffle(x)} for a 1-d int64 array, in place. */
    public void shuffle(long[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            RandomInterval.shuffle(bitGenerator, x, 0, x.length);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.shuffle(x)} for a 1-d int32 array, in place. */
    public void shuffle(int[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            RandomInterval.shuffle(bitGenerator, x, 0, x.length);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.shuffle(x)} for an object array or an n-d array given as its
     * rows ({@code double[][]}, {@code long[][][]}, ...): shuffles along axis 0 only, rows keep
     * their contents. An n-d array with no elements at all (e.g. shape {@code (3, 0)}) is left
     * alone without drawing, as in NumPy.
     */
    public void shuffle(Object[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            if (x.length > 0 && x[0] != null && x[0].getClass().isArray() && elementCount(x[0]) == 0) {
                return;
            }
            RandomInterval.shuffle(bitGenerator, x, 0, x.length);
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.shuffle(x)} for a Python list (a mutable {@link List}), in place. */
    public void shuffle(List<?> x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            RandomInterval.shuffle(bitGenerator, x);
        } finally {
            callLock.unlock(held);
        }
    }

    private static long elementCount(Object array) {
        int n = Array.getLength(array);
        if (n == 0) {
            return 0;
        }
        Object first = Array.get(array, 0);
        if (first != null && first.getClass().isArray()) {
            return n * elementCount(first);
        }
        return n;
    }

    /**
     * NumPy's {@code RandomState.permutation(n)}: {@code arange(n)} (int64) shuffled.
     * {@code arange} computes its length as {@code ceil((double) n)} converted to {@code npy_intp}:
     * a negative {@code n} gives an empty array, and so does an {@code n} that rounds to
     * {@code 2**63} as a double (x86-64 converts that to {@code INT64_MIN}); nothing is drawn
     * then.
     *
     * @throws ValueError NumPy's {@code "array is too big; ..."} when {@code 8 * len} overflows
     *     {@code intp}
     * @throws org.nprand.errors.MemoryError when {@code len} exceeds a Java array (NumPy would
     *     allocate it)
     */
    public long[] permutation(long n) {
        Thread held = callLock.lock();
        try {
            double len = Math.ceil((double) n);
            if (len <= 0 || len >= 0x1p63) {
                return new long[0];
            }
            long length = (long) len;
            if (length > Long.MAX_VALUE / 8) {
                throw new ValueError(Shapes.TOO_BIG);
            }
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

    /** NumPy's {@code RandomState.permutation(x)} for a 1-d float array: a shuffled copy. */
    public double[] permutation(double[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            double[] out = x.clone();
            shuffle(out);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.permutation(x)} for a 1-d int64 array: a shuffled copy. */
    public long[] permutation(long[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            long[] out = x.clone();
            shuffle(out);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.permutation(x)} for a 1-d int32 array: a shuffled copy. */
    public int[] permutation(int[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            int[] out = x.clone();
            shuffle(out);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.permutation(x)} for an object array or an n-d array given as
     * its rows: a copy with the rows (axis 0) permuted; the rows themselves are shared, not
     * copied. Unlike {@link #shuffle(Object[])} this draws even when the rows are empty (NumPy
     * shuffles an index array).
     */
    public <T> T[] permutation(T[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            T[] out = x.clone();
            RandomInterval.shuffle(bitGenerator, out, 0, out.length);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.permutation(x)} for a list: a new, shuffled list. */
    public <T> List<T> permutation(List<T> x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            List<T> out = new ArrayList<>(x);
            RandomInterval.shuffle(bitGenerator, out);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    // ---- distributions: each a kernel and a declaration (NumPy's cont()/disc() in Distribution) ----

    /**
     * NumPy's {@code RandomState.standard_normal()}: a standard normal draw: the legacy polar (Box-Muller) Gaussian with its one-value cache ({@code legacy_gauss}).
     */
    public double standardNormal() {
        Thread held = callLock.lock();
        try {
            return STANDARD_NORMAL.sample(this);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.standard_normal(size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] standardNormal(int... size) {
        Thread held = callLock.lock();
        try {
            return STANDARD_NORMAL.doubles(this, size);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.standard_normal(size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] standardNormal(double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            STANDARD_NORMAL.fill(this, out, 0, out.length);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.normal(loc, scale)}: {@code loc + scale * gauss} ({@code legacy_normal}).
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
     * NumPy's {@code RandomState.normal(loc, scale, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.normal(loc, scale, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.normal(loc, scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.uniform(low, high)}: {@code low + (high - low) * U} ({@code random_uniform}; {@code high < low} is allowed, as in NumPy).
     * @throws {@link org.nprand.errors.OverflowError} {@code "Range exceeds valid bounds"} when {@code high - low} is not finite
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
     * NumPy's {@code RandomState.uniform(low, high, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.uniform(low, high, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.uniform(low, high, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.standard_exponential()}: {@code -log(1 - U)} ({@code legacy_standard_exponential}).
     */
    public double standardExponential() {
        Thread held = callLock.lock();
        try {
            return STANDARD_EXPONENTIAL.sample(this);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.standard_exponential(size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] standardExponential(int... size) {
        Thread held = callLock.lock();
        try {
            return STANDARD_EXPONENTIAL.doubles(this, size);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.standard_exponential(size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] standardExponential(double[] out) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(out, "out");
            STANDARD_EXPONENTIAL.fill(this, out, 0, out.length);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.exponential(scale)}: {@code scale * -log(1 - U)} ({@code legacy_exponential}).
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
     * NumPy's {@code RandomState.exponential(scale, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.exponential(scale, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.exponential(scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.standard_gamma(shape)}: the legacy gamma ({@code legacy_standard_gamma}: Marsaglia-Tsang over the legacy Gaussian for shape > 1, the exponential at 1, rejection below 1).
     * @throws ValueError {@code "shape < 0"}
     */
    public double standardGamma(double shape) {
        Thread held = callLock.lock();
        try {
            return STANDARD_GAMMA.sample(this, shape);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.standard_gamma(shape, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] standardGamma(double shape, int... size) {
        Thread held = callLock.lock();
        try {
            return STANDARD_GAMMA.doubles(this, size, shape);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.standard_gamma(shape, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
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

    /**
     * NumPy's {@code RandomState.standard_gamma(shape, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
     */
    public NdArray standardGamma(NdArray shape, int[] size) {
        Thread held = callLock.lock();
        try {
            return STANDARD_GAMMA.broadcast(this, size, shape);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.gamma(shape, scale)}: {@code scale * standard_gamma(shape)} ({@code legacy_gamma}).
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
     * NumPy's {@code RandomState.gamma(shape, scale, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.gamma(shape, scale, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.gamma(shape, scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.beta(a, b)}: the legacy beta ({@code legacy_beta}: Johnk's method when both are at most 1, else a ratio of legacy gammas).
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
     * NumPy's {@code RandomState.beta(a, b, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.beta(a, b, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.beta(a, b, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.poisson(lam)}: the Poisson ({@code random_poisson}: multiplication below 10, PTRS from 10).
     * @throws ValueError {@code "lam < 0 or lam is NaN"}, {@code "lam value too large"} (arrays: {@code "lam value too large"} first, then {@code "lam < 0 or lam contains NaNs"})
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
     * NumPy's {@code RandomState.poisson(lam, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.poisson(lam, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.binomial(n, p)}: the legacy binomial ({@code legacy_random_binomial}: inversion when {@code n*min(p,1-p) <= 30}, else BTPE).
     * @throws ValueError {@code "p < 0, p > 1 or p is NaN"}, {@code "n < 0"} (arrays: {@code "... contains NaNs"})
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
     * NumPy's {@code RandomState.binomial(n, p, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.binomial(n, p, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.triangular(left, mode, right)}: the triangular distribution by inversion ({@code random_triangular}).
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
     * NumPy's {@code RandomState.triangular(left, mode, right, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.triangular(left, mode, right, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.triangular(left, mode, right, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.chisquare(df)}: {@code 2 * standard_gamma(df / 2)} ({@code legacy_chisquare}).
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
     * NumPy's {@code RandomState.chisquare(df, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.chisquare(df, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.chisquare(df, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.f(dfnum, dfden)}: {@code (chisquare(dfnum) * dfden) / (chisquare(dfden) * dfnum)}, numerator drawn first ({@code legacy_f}).
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
     * NumPy's {@code RandomState.f(dfnum, dfden, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.f(dfnum, dfden, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.f(dfnum, dfden, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.noncentral_chisquare(df, nonc)}: the noncentral chi-square ({@code legacy_noncentral_chisquare}).
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
     * NumPy's {@code RandomState.noncentral_chisquare(df, nonc, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.noncentral_chisquare(df, nonc, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.noncentral_chisquare(df, nonc, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.noncentral_f(dfnum, dfden, nonc)}: the noncentral F ({@code legacy_noncentral_f}).
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
     * NumPy's {@code RandomState.noncentral_f(dfnum, dfden, nonc, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.noncentral_f(dfnum, dfden, nonc, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.noncentral_f(dfnum, dfden, nonc, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.standard_t(df)}: Student's t ({@code legacy_standard_t}).
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
     * NumPy's {@code RandomState.standard_t(df, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.standard_t(df, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.standard_t(df, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.standard_cauchy()}: {@code gauss / gauss}, numerator first ({@code legacy_standard_cauchy}).
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
     * NumPy's {@code RandomState.standard_cauchy(size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.standard_cauchy(size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.lognormal(mean, sigma)}: {@code exp(normal(mean, sigma))} ({@code legacy_lognormal}).
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
     * NumPy's {@code RandomState.lognormal(mean, sigma, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.lognormal(mean, sigma, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.lognormal(mean, sigma, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.pareto(a)}: {@code exp(E / a) - 1} ({@code legacy_pareto}).
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
     * NumPy's {@code RandomState.pareto(a, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.pareto(a, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.pareto(a, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.power(a)}: {@code pow(1 - exp(-E), 1 / a)} ({@code legacy_power}).
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
     * NumPy's {@code RandomState.power(a, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.power(a, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.power(a, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.weibull(a)}: {@code pow(E, 1 / a)}, 0 without a draw for {@code a == 0} ({@code legacy_weibull}).
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
     * NumPy's {@code RandomState.weibull(a, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.weibull(a, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.weibull(a, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.rayleigh(scale)}: {@code scale * sqrt(-2 log1p(-U))} ({@code legacy_rayleigh}).
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
     * NumPy's {@code RandomState.rayleigh(scale, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.rayleigh(scale, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.rayleigh(scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.wald(mean, scale)}: the inverse Gaussian, NumPy 1.16's formula ({@code legacy_wald}).
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
     * NumPy's {@code RandomState.wald(mean, scale, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.wald(mean, scale, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.wald(mean, scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.vonmises(mu, kappa)}: the von Mises distribution on [-pi, pi] ({@code legacy_vonmises}; glibc's cos and acos, exact with nprand-libm-lgpl).
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
     * NumPy's {@code RandomState.vonmises(mu, kappa, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.vonmises(mu, kappa, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.vonmises(mu, kappa, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
     */
    public NdArray vonmises(NdArray mu, NdArray kappa, int[] size) {
        Thread held = callLock.lock();
        try {
            return VONMISES.broadcast(this, size, mu, kappa);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.laplace(loc, scale)}: the Laplace distribution by inversion ({@code random_laplace}).
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
     * NumPy's {@code RandomState.laplace(loc, scale, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.laplace(loc, scale, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.laplace(loc, scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.gumbel(loc, scale)}: the Gumbel distribution by inversion ({@code random_gumbel}).
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
     * NumPy's {@code RandomState.gumbel(loc, scale, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.gumbel(loc, scale, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.gumbel(loc, scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.logistic(loc, scale)}: the logistic distribution by inversion ({@code random_logistic}).
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
     * NumPy's {@code RandomState.logistic(loc, scale, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.logistic(loc, scale, size=len(out))} written into {@code out} (no
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
     * NumPy's {@code RandomState.logistic(loc, scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.geometric(p)}: the number of trials to the first success ({@code legacy_random_geometric}: search for {@code p >= 1/3}, else inversion).
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
     * NumPy's {@code RandomState.geometric(p, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.geometric(p, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.negative_binomial(n, p)}: {@code poisson(gamma(n, (1 - p) / p))} ({@code legacy_negative_binomial}; {@code p == 0} gives {@code Long.MIN_VALUE}, as C's cast does in NumPy).
     *
     * @throws ValueError {@code "n <= 0"}, {@code "p < 0, p > 1 or p is NaN"}
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
     * NumPy's {@code RandomState.negative_binomial(n, p, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.negative_binomial(n, p, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.zipf(a)}: the Zipf distribution by rejection ({@code legacy_random_zipf}; like NumPy it does not return for {@code a >= 1025} or infinite {@code a}).
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
     * NumPy's {@code RandomState.zipf(a, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.zipf(a, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.logseries(p)}: the logarithmic series distribution ({@code legacy_logseries}).
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
     * NumPy's {@code RandomState.logseries(p, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.logseries(p, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
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
     * NumPy's {@code RandomState.hypergeometric(ngood, nbad, nsample)}: the hypergeometric distribution ({@code legacy_random_hypergeometric}: HYP for {@code nsample <= 10}, else HRUA).
     *
     * @throws ValueError {@code "ngood + nbad < nsample"}, {@code "ngood < 0"}, {@code "nbad < 0"}, {@code "nsample < 1 or nsample is NaN"}
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
     * NumPy's {@code RandomState.hypergeometric(ngood, nbad, nsample, size)}: {@code prod(size)} draws, flat in C order
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
     * NumPy's {@code RandomState.hypergeometric(ngood, nbad, nsample, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
     */
    public NdArray hypergeometric(NdArray ngood, NdArray nbad, NdArray nsample, int[] size) {
        Thread held = callLock.lock();
        try {
            return HYPERGEOMETRIC.broadcast(this, size, ngood, nbad, nsample);
        } finally {
            callLock.unlock(held);
        }
    }


    // ---- choice, random_integers, dirichlet, multinomial --------------------------------------

    /**
     * NumPy's {@code RandomState.choice(a)}: one index in {@code [0, a)} ({@code randint(0, a)}).
     *
     * @throws ValueError {@code "a must be greater than 0 unless no samples are taken"}
     */
    public long choice(long a) {
        Thread held = callLock.lock();
        try {
            return choice(a, null, true, null)[0];
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.choice(a, size)}: {@code prod(size)} indices in {@code [0, a)}
     * with replacement, flat in C order.
     */
    public long[] choice(long a, int... size) {
        Thread held = callLock.lock();
        try {
            return choice(a, size, true, null);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.choice(a, size, replace, p)} for an int population: indices in
     * {@code [0, a)}, flat in C order ({@code size == null}: one). With replacement and {@code p}:
     * {@code searchsorted} of {@code random_sample(size)} over the normalised cumulative
     * {@code p}; without {@code p}: {@code randint(0, a, size)}. Without replacement: the first
     * {@code prod(size)} of {@code permutation(a)}, or with {@code p} NumPy's loop that redraws
     * and zeroes the probabilities already taken.
     *
     * @param p the probabilities ({@code null}: uniform), checked as NumPy checks them
     * @throws ValueError {@code "a must be greater than 0 unless no samples are taken"},
     *     {@code "'a' and 'p' must have same size"}, {@code "probabilities contain NaN"},
     *     {@code "probabilities are not non-negative"}, {@code "probabilities do not sum to 1"},
     *     {@code "Cannot take a larger sample than population when 'replace=False'"},
     *     {@code "Fewer non-zero entries in p than size"}
     */
    public long[] choice(long a, int[] size, boolean replace, double[] p) {
        Thread held = callLock.lock();
        try {
            if (a <= 0 && (size == null || !Shapes.productIsZero(size))) {
                throw new ValueError("a must be greater than 0 unless no samples are taken");
            }
            if (p != null) {
                LegacyChoice.checkP(p, a, LegacyChoice.ATOL_FLOAT64);
            }
            return LegacyChoice.indices(this, a, size, replace, p);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.choice(a, size, replace, p)} for a 1-d population: the chosen
     * elements ({@code size == null}: one, in a 1-element list), drawn as for
     * {@link #choice(long, int[], boolean, double[])} with {@code a.size()}.
     *
     * @throws ValueError {@code "'a' cannot be empty unless no samples are taken"} and the
     *     messages of the int form
     */
    public <T> List<T> choice(List<T> a, int[] size, boolean replace, double[] p) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(a, "a");
            long[] idx = choiceIndices(a.size(), size, replace, p);
            List<T> out = new ArrayList<>(idx.length);
            for (long i : idx) {
                out.add(a.get((int) i));
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.choice(a, size, replace, p)} for a 1-d float64 population. */
    public double[] choice(double[] a, int[] size, boolean replace, double[] p) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(a, "a");
            long[] idx = choiceIndices(a.length, size, replace, p);
            double[] out = new double[idx.length];
            for (int i = 0; i < idx.length; i++) {
                out[i] = a[(int) idx[i]];
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.choice(a, size, replace, p)} for a 1-d int64 population. */
    public long[] choice(long[] a, int[] size, boolean replace, double[] p) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(a, "a");
            long[] idx = choiceIndices(a.length, size, replace, p);
            long[] out = new long[idx.length];
            for (int i = 0; i < idx.length; i++) {
                out[i] = a[(int) idx[i]];
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    private long[] choiceIndices(int popSize, int[] size, boolean replace, double[] p) {
        if (popSize == 0 && (size == null || !Shapes.productIsZero(size))) {
            throw new ValueError("'a' cannot be empty unless no samples are taken");
        }
        if (p != null) {
            LegacyChoice.checkP(p, popSize, LegacyChoice.ATOL_FLOAT64);
        }
        return LegacyChoice.indices(this, popSize, size, replace, p);
    }

    /**
     * NumPy's {@code RandomState.random_integers(low, high)} (deprecated in NumPy, which warns):
     * {@code randint(low, high + 1)}, one value in {@code [low, high]}.
     */
    public long randomIntegers(long low, long high) {
        Thread held = callLock.lock();
        try {
            deprecatedRandomIntegers(low, high);
            return randint(BigInteger.valueOf(low), BigInteger.valueOf(high).add(BigInteger.ONE), null, DType.INT64)[0];
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code RandomState.random_integers(low, high, size)}: {@code randint(low, high + 1, size)}. */
    public long[] randomIntegers(long low, long high, int... size) {
        Thread held = callLock.lock();
        try {
            deprecatedRandomIntegers(low, high);
            return randint(BigInteger.valueOf(low), BigInteger.valueOf(high).add(BigInteger.ONE), size, DType.INT64);
        } finally {
            callLock.unlock(held);
        }
    }

    private void deprecatedRandomIntegers(long low, long high) {
        warnings.warn("DeprecationWarning", "This function is deprecated. Please call randint(" + low + ", " + high
                + " + 1) instead");
    }

    /**
     * NumPy's {@code RandomState.dirichlet(alpha, size)}: {@code prod(size)} vectors of
     * {@code k = alpha.length} legacy gammas, each divided by its sum
     * ({@code val * (1 / acc)}, as NumPy computes it); shape {@code size + (k,)}, flat in C
     * order ({@code size == null}: one vector).
     *
     * @throws ValueError {@code "alpha <= 0"}
     */
    public double[] dirichlet(double[] alpha, int... size) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(alpha, "alpha");
            for (double a : alpha) {
                if (a <= 0) {
                    throw new ValueError("alpha <= 0");
                }
            }
            int k = alpha.length;
            int[] shape = size == null ? new int[] {k} : append(size, k);
            double[] out = new double[Shapes.count(shape, 8, "float64")];
            for (int i = 0; i < out.length; i += k) {
                double acc = 0.0;
                for (int j = 0; j < k; j++) {
                    out[i + j] = LegacyStandardGamma.sample(aug, alpha[j]);
                    acc = acc + out[i + j];
                }
                double invacc = 1 / acc;
                for (int j = 0; j < k; j++) {
                    out[i + j] = out[i + j] * invacc;
                }
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.multinomial(n, pvals, size)}: {@code prod(size)} count vectors
     * of length {@code d = pvals.length}, shape {@code size + (d,)}, flat in C order. Each is
     * {@code random_multinomial} over the Generator's binomial, as NumPy 2.4.6 does, sharing this
     * RandomState's binomial cache. The last {@code pvals} entry is never read.
     *
     * @throws ValueError {@code "pvals < 0, pvals > 1 or pvals contains NaNs"},
     *     {@code "sum(pvals[:-1]) > 1.0"}, then {@code "n < 0"}
     */
    public long[] multinomial(long n, double[] pvals, int... size) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(pvals, "pvals");
            org.nprand.internal.nd.Constraint.BOUNDED_0_1.checkArray(pvals, "pvals");
            int d = pvals.length;
            if (d > 0 && LegacyChoice.kahanSum(pvals, d - 1) > (1.0 + 1e-12)) {
                throw new ValueError("sum(pvals[:-1]) > 1.0");
            }
            int[] shape = size == null ? new int[] {d} : append(size, d);
            long[] out = new long[Shapes.count(shape, 8, "int64")];
            org.nprand.internal.nd.Constraint.NON_NEGATIVE.check((double) n, "n");
            LegacyMultinomial.fill(bitGenerator, n, pvals, d, out, d == 0 ? 0 : out.length / d, binomialCache);
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    private static int[] append(int[] size, int last) {
        int[] shape = Arrays.copyOf(size, size.length + 1);
        shape[size.length] = last;
        return shape;
    }

    // ---- multivariate normal -------------------------------------------------------------------

    /**
     * Where this RandomState's NumPy warnings go (see {@link WarningHandler}); the default
     * ignores them.
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
     * NumPy's {@code RandomState.multivariate_normal(mean, cov, size)} with
     * {@code check_valid='warn'} and {@code tol=1e-8}; see
     * {@link #multivariateNormal(double[], double[][], int[], String, double)}.
     */
    public double[] multivariateNormal(double[] mean, double[][] cov, int... size) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(cov, "cov");
            org.nprand.internal.py.Py.notNull(mean, "mean");
            return multivariateNormal(mean, cov, size, "warn", 1e-8);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.multivariate_normal(mean, cov, size, check_valid, tol)}:
     * {@code prod(size) * n} legacy Gaussians are drawn first (shape {@code size + (n,)}, flat in
     * C order; {@code size == null}: one vector), then {@code (u, s, v) = svd(cov)}, the
     * positive-semidefinite check ({@code allclose(v.T * s @ v, cov, rtol=tol, atol=tol)}: a
     * {@code RuntimeWarning} to the {@link WarningHandler}, or a {@code ValueError} with
     * {@code "raise"}, nothing with {@code "ignore"}), and {@code x @ (sqrt(s)[:, None] * v) +
     * mean}.
     *
     * <p>Exactness: the draws are NumPy's. The values go through LAPACK's SVD in NumPy; nprand
     * ports the path LAPACK's {@code dgesdd} takes for up to 25 dimensions and the summation
     * orders of the OpenBLAS kernels NumPy 2.4.6's wheel runs on an x86-64 CPU with AVX-512
     * (SkylakeX kernels), and agrees bit for bit there (5,046/5,046 values tested). On CPUs
     * where OpenBLAS picks other kernels, NumPy's own results move by a few ulps, and nprand
     * follows the reference machine.
     *
     * @throws ValueError {@code "mean must be 1 dimensional"}, {@code "cov must be 2 dimensional
     *     and square"}, {@code "mean and cov must have same length"} (before drawing);
     *     {@code "check_valid must equal 'warn', 'raise', or 'ignore'"}, {@code "covariance is
     *     not symmetric positive-semidefinite."} (after drawing, as in NumPy)
     * @throws org.nprand.errors.NotImplementedError for more than 25 dimensions (LAPACK's
     *     divide-and-conquer path is not ported)
     */
    public double[] multivariateNormal(double[] mean, double[][] cov, int[] size, String checkValid, double tol) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(cov, "cov");
            org.nprand.internal.py.Py.notNull(mean, "mean");
            double[] flatCov = MultivariateNormals.flatCov(mean, cov);
            return multivariateNormalFlat(mean, flatCov, size, checkValid, tol);
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code multivariate_normal} with {@code cov} flat (row-major n x n), after the shape checks. */
    double[] multivariateNormalFlat(double[] mean, double[] cov, int[] size, String checkValid, double tol) {
        int n = mean.length;
        MultivariateNormals.checkSupported(n, cov);
        int[] finalShape = size == null ? new int[] {n} : append(size, n);
        double[] x = standardNormal(finalShape);
        int rows = n == 0 ? 0 : x.length / n;
        org.nprand.internal.linalg.Svd.Result svd = org.nprand.internal.linalg.MvnFactor.svdChecked(cov, n, checkValid, tol,
                warnings);
        double[] a = org.nprand.internal.linalg.MvnTransform.factor(svd);
        return org.nprand.internal.linalg.MvnTransform.transform(x, rows, a, mean, n);
    }

    // ---- n-d shuffle and permutation -----------------------------------------------------------

    /**
     * NumPy's {@code RandomState.shuffle(x)} for an ndarray, in place along its first axis (rows
     * keep their contents); an array with no elements is left alone without drawing.
     *
     * @throws TypeError {@code "len() of unsized object"} for a 0-d array
     */
    public void shuffle(NdArray x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            if (x.ndim() == 0) {
                throw new TypeError("len() of unsized object");
            }
            if (x.size() == 0) {
                return;
            }
            int n = x.intShape()[0];
            int row = x.size() / n;
            Object data = x.data();
            if (row == 1) {
                // one element per row (a 1-d array, or trailing axes of length 1): the typed shuffle
                NdShuffles.shuffleFlat(bitGenerator, data, 0, n);
                return;
            }
            Object buf = java.lang.reflect.Array.newInstance(data.getClass().getComponentType(), row);
            for (int i = n - 1; i >= 1; i--) {
                int j = (int) RandomInterval.draw(bitGenerator, i);
                if (i == j) {
                    continue;
                }
                System.arraycopy(data, j * row, buf, 0, row);
                System.arraycopy(data, i * row, data, j * row, row);
                System.arraycopy(buf, 0, data, i * row, row);
            }
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * NumPy's {@code RandomState.permutation(x)} for an ndarray: a copy with the rows (first
     * axis) permuted. A 1-d array is shuffled as a copy; an n-d one through a shuffled index
     * array, which draws even when the rows are empty.
     *
     * @throws org.nprand.errors.IndexError {@code "x must be an integer or at least 1-dimensional"}
     */
    public NdArray permutation(NdArray x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            if (x.ndim() < 1) {
                throw new org.nprand.errors.IndexError("x must be an integer or at least 1-dimensional");
            }
            Object data = x.data();
            int length = java.lang.reflect.Array.getLength(data);
            Object copy = java.lang.reflect.Array.newInstance(data.getClass().getComponentType(), length);
            System.arraycopy(data, 0, copy, 0, length);
            NdArray out = new NdArray(x.dtype(), x.intShape(), copy);
            if (x.ndim() == 1) {
                shuffle(out);
                return out;
            }
            int n = x.intShape()[0];
            long[] idx = permutation((long) n);
            int row = n == 0 ? 0 : length / n;
            for (int i = 0; i < n; i++) {
                System.arraycopy(data, (int) idx[i] * row, copy, i * row, row);
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** NumPy's {@code str(RandomState)}: {@code "RandomState(MT19937)"}. */
    @Override
    public String toString() {
        Thread held = callLock.lock();
        try {
            return "RandomState(" + bitGenerator.name() + ")";
        } finally {
            callLock.unlock(held);
        }
    }
}
