package org.nprand.parallel;

import java.math.BigInteger;

import org.nprand.internal.parallel.LegacyMethods;
import org.nprand.internal.py.Py;
import org.nprand.numpy.DType;

/**
 * NumPy's legacy {@code RandomState} methods over a spec's bit generator, seed and block size:
 * {@link StreamSpec#randomState()}. Each method gives the {@link StreamSpec} of
 * {@code RandomState(BG(seed)).method(*params, size=n)} in blocked mode: block {@code b} of
 * {@code B} elements is {@code RandomState(BG(SeedSequence(entropy, spawn_key=spawn_key +
 * (b,)))).method(*params, size=min(B, n - b * B))}, a fresh RandomState per block (so its legacy
 * Gaussian cache starts empty in every block), for any bit generator ({@code MT19937}, the
 * RandomState default, and the other four).
 *
 * <pre>{@code
 * StreamSpec spec = StreamSpec.of("MT19937", 42).blocked(1 << 16).randomState().normal(0.0, 2.0);
 * double[] x = ParallelFill.fill(spec, new double[10_000_000], 4);
 * spec.numpyCode(10_000_000);   // the three lines of NumPy that give x
 * }</pre>
 *
 * <p>RandomState's sequential stream (block size 0) cannot be cut: {@link StreamSpec#mode()},
 * and so every plan, raises {@code UnsupportedOperationException} for it, pointing to
 * {@link StreamSpec#blocked}. The methods check their parameters as RandomState does (its
 * public call: the same exception classes and messages) and draw nothing. The aliases
 * {@code rand}, {@code randn}, {@code random} and {@code ranf}/{@code sample} are
 * {@link #randomSample} and {@link #standardNormal}.
 */
public final class RandomStateSpec {

    private final StreamSpec seed;

    RandomStateSpec(StreamSpec seed) {
        this.seed = seed;
    }

    private StreamSpec with(org.nprand.internal.parallel.Method m) {
        return seed.with(m);
    }

    /** {@code random_sample()} ({@code rand}, {@code random}): float64 in [0, 1). */
    public StreamSpec randomSample() {
        return with(LegacyMethods.randomSample());
    }

    /** {@code standard_normal()} ({@code randn}): the legacy polar Gaussian. */
    public StreamSpec standardNormal() {
        return with(LegacyMethods.standardNormal());
    }

    /** {@code normal(loc, scale)}. */
    public StreamSpec normal(double loc, double scale) {
        return with(LegacyMethods.doubles("normal", loc, scale));
    }

    /** {@code uniform(low, high)}. */
    public StreamSpec uniform(double low, double high) {
        return with(LegacyMethods.doubles("uniform", low, high));
    }

    /** {@code randint(low, high)}: int64 in {@code [low, high)}. */
    public StreamSpec randint(long low, long high) {
        return randint(BigInteger.valueOf(low), BigInteger.valueOf(high), DType.INT64);
    }

    /**
     * {@code randint(low, high, dtype=dtype)}: values of any integer dtype (bool as 0/1) as int64
     * ({@code uint64}: the bit pattern); {@code high == null} is {@code high=None}
     * ({@code [0, low)}).
     */
    public StreamSpec randint(BigInteger low, BigInteger high, DType dtype) {
        Py.notNull(low, "low");
        Py.notNull(dtype, "dtype");
        return with(LegacyMethods.randint(low, high, dtype));
    }

    /** {@code tomaxint()}: int64 in {@code [0, 2**63 - 1]}. */
    public StreamSpec tomaxint() {
        return with(LegacyMethods.tomaxint());
    }

    /** {@code standard_exponential()}. */
    public StreamSpec standardExponential() {
        return with(LegacyMethods.standardExponential());
    }

    /** {@code exponential(scale)}. */
    public StreamSpec exponential(double scale) {
        return with(LegacyMethods.doubles("exponential", scale));
    }

    /** {@code standard_gamma(shape)}. */
    public StreamSpec standardGamma(double shape) {
        return with(LegacyMethods.doubles("standard_gamma", shape));
    }

    /** {@code gamma(shape, scale)}. */
    public StreamSpec gamma(double shape, double scale) {
        return with(LegacyMethods.doubles("gamma", shape, scale));
    }

    /** {@code beta(a, b)}. */
    public StreamSpec beta(double a, double b) {
        return with(LegacyMethods.doubles("beta", a, b));
    }

    /** {@code chisquare(df)}. */
    public StreamSpec chisquare(double df) {
        return with(LegacyMethods.doubles("chisquare", df));
    }

    /** {@code noncentral_chisquare(df, nonc)}. */
    public StreamSpec noncentralChisquare(double df, double nonc) {
        return with(LegacyMethods.doubles("noncentral_chisquare", df, nonc));
    }

    /** {@code f(dfnum, dfden)}. */
    public StreamSpec f(double dfnum, double dfden) {
        return with(LegacyMethods.doubles("f", dfnum, dfden));
    }

    /** {@code noncentral_f(dfnum, dfden, nonc)}. */
    public StreamSpec noncentralF(double dfnum, double dfden, double nonc) {
        return with(LegacyMethods.doubles("noncentral_f", dfnum, dfden, nonc));
    }

    /** {@code standard_t(df)}. */
    public StreamSpec standardT(double df) {
        return with(LegacyMethods.doubles("standard_t", df));
    }

    /** {@code standard_cauchy()}. */
    public StreamSpec standardCauchy() {
        return with(LegacyMethods.standardCauchy());
    }

    /** {@code lognormal(mean, sigma)}. */
    public StreamSpec lognormal(double mean, double sigma) {
        return with(LegacyMethods.doubles("lognormal", mean, sigma));
    }

    /** {@code pareto(a)}. */
    public StreamSpec pareto(double a) {
        return with(LegacyMethods.doubles("pareto", a));
    }

    /** {@code power(a)}. */
    public StreamSpec power(double a) {
        return with(LegacyMethods.doubles("power", a));
    }

    /** {@code weibull(a)}. */
    public StreamSpec weibull(double a) {
        return with(LegacyMethods.doubles("weibull", a));
    }

    /** {@code rayleigh(scale)}. */
    public StreamSpec rayleigh(double scale) {
        return with(LegacyMethods.doubles("rayleigh", scale));
    }

    /** {@code wald(mean, scale)}. */
    public StreamSpec wald(double mean, double scale) {
        return with(LegacyMethods.doubles("wald", mean, scale));
    }

    /** {@code vonmises(mu, kappa)}. */
    public StreamSpec vonmises(double mu, double kappa) {
        return with(LegacyMethods.doubles("vonmises", mu, kappa));
    }

    /** {@code laplace(loc, scale)}. */
    public StreamSpec laplace(double loc, double scale) {
        return with(LegacyMethods.doubles("laplace", loc, scale));
    }

    /** {@code gumbel(loc, scale)}. */
    public StreamSpec gumbel(double loc, double scale) {
        return with(LegacyMethods.doubles("gumbel", loc, scale));
    }

    /** {@code logistic(loc, scale)}. */
    public StreamSpec logistic(double loc, double scale) {
        return with(LegacyMethods.doubles("logistic", loc, scale));
    }

    /** {@code triangular(left, mode, right)}. */
    public StreamSpec triangular(double left, double mode, double right) {
        return with(LegacyMethods.doubles("triangular", left, mode, right));
    }

    /** {@code poisson(lam)}. */
    public StreamSpec poisson(double lam) {
        return with(LegacyMethods.longs("poisson", lam));
    }

    /** {@code binomial(n, p)}. */
    public StreamSpec binomial(long n, double p) {
        return with(LegacyMethods.binomial(n, p));
    }

    /** {@code negative_binomial(n, p)}. */
    public StreamSpec negativeBinomial(double n, double p) {
        return with(LegacyMethods.longs("negative_binomial", n, p));
    }

    /** {@code geometric(p)}. */
    public StreamSpec geometric(double p) {
        return with(LegacyMethods.longs("geometric", p));
    }

    /** {@code zipf(a)}. */
    public StreamSpec zipf(double a) {
        return with(LegacyMethods.longs("zipf", a));
    }

    /** {@code logseries(p)}. */
    public StreamSpec logseries(double p) {
        return with(LegacyMethods.longs("logseries", p));
    }

    /** {@code hypergeometric(ngood, nbad, nsample)}. */
    public StreamSpec hypergeometric(long ngood, long nbad, long nsample) {
        return with(LegacyMethods.hypergeometric(ngood, nbad, nsample));
    }

    @Override
    public String toString() {
        return "RandomState methods of " + seed;
    }
}
