package org.nprand.numpy;

// GENERATED from RandomState by NpRandomSource (nprand-core/src/test): do not edit by hand.
// Regenerate: tools/regen-nprandom.sh

/**
 * NumPy's module-level legacy functions ({@code np.random.seed}, {@code np.random.rand},
 * {@code np.random.normal}, ...): static methods over one global {@link RandomState}, NumPy's
 * {@code np.random.mtrand._rand}, which is seeded from OS entropy when this class initializes.
 * Each method is the {@link RandomState} method of the same name and signature (see its
 * javadoc for NumPy's semantics and errors).
 *
 * <p>Thread-safe: each call holds the global instance's lock for its whole duration, so a call
 * that draws many values (e.g. {@code randint(1, 100, 5)}) is atomic, as NumPy's lock makes it.
 * {@link #hold()} takes the lock across many calls.
 *
 * <pre>{@code
 * NpRandom.seed(101);
 * long[] v = NpRandom.randint(1, 100, 5);   // [96, 12, 82, 71, 64], as np.random.randint(1, 100, 5)
 * }</pre>
 */
public final class NpRandom {

    /** NumPy's {@code _rand}: the singleton behind the module functions. */
    private static final RandomState RAND = new RandomState();

    private NpRandom() {
    }

    /** NumPy's {@code np.random.default_rng}: {@link Generator#defaultRng()}. */
    public static Generator defaultRng() {
        return Generator.defaultRng();
    }

    /** NumPy's {@code np.random.default_rng}: {@link Generator#defaultRng(java.math.BigInteger)}. */
    public static Generator defaultRng(java.math.BigInteger seed) {
        return Generator.defaultRng(seed);
    }

    /** NumPy's {@code np.random.default_rng}: {@link Generator#defaultRng(long)}. */
    public static Generator defaultRng(long seed) {
        return Generator.defaultRng(seed);
    }

    /** NumPy's {@code np.random.default_rng}: {@link Generator#defaultRng(long[])}. */
    public static Generator defaultRng(long... seed) {
        return Generator.defaultRng(seed);
    }

    /** NumPy's {@code np.random.default_rng}: {@link Generator#defaultRng(org.nprand.bitgen.BitGenerator)}. */
    public static Generator defaultRng(org.nprand.bitgen.BitGenerator bitGenerator) {
        return Generator.defaultRng(bitGenerator);
    }

    /** NumPy's {@code np.random.default_rng}: {@link Generator#defaultRng(org.nprand.bitgen.SeedSequence)}. */
    public static Generator defaultRng(org.nprand.bitgen.SeedSequence seed) {
        return Generator.defaultRng(seed);
    }

    /** NumPy's {@code np.random.default_rng}: {@link Generator#defaultRng(Generator)}. */
    public static Generator defaultRng(Generator generator) {
        return Generator.defaultRng(generator);
    }

    /** NumPy's {@code np.random.default_rng}: {@link Generator#defaultRng(RandomState)}. */
    public static Generator defaultRng(RandomState randomState) {
        return Generator.defaultRng(randomState);
    }

    /** NumPy's {@code np.random.beta}: {@link RandomState#beta(double, double)} on the global instance. */
    public static double beta(double a, double b) {
        return RAND.beta(a, b);
    }

    /** NumPy's {@code np.random.beta}: {@link RandomState#beta(double, double, double[])} on the global instance. */
    public static double[] beta(double a, double b, double[] out) {
        return RAND.beta(a, b, out);
    }

    /** NumPy's {@code np.random.beta}: {@link RandomState#beta(double, double, int[])} on the global instance. */
    public static double[] beta(double a, double b, int... size) {
        return RAND.beta(a, b, size);
    }

    /** NumPy's {@code np.random.beta}: {@link RandomState#beta(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray beta(NdArray a, NdArray b, int[] size) {
        return RAND.beta(a, b, size);
    }

    /** NumPy's {@code np.random.binomial}: {@link RandomState#binomial(long, double)} on the global instance. */
    public static long binomial(long n, double p) {
        return RAND.binomial(n, p);
    }

    /** NumPy's {@code np.random.binomial}: {@link RandomState#binomial(long, double, int[])} on the global instance. */
    public static long[] binomial(long n, double p, int... size) {
        return RAND.binomial(n, p, size);
    }

    /** NumPy's {@code np.random.binomial}: {@link RandomState#binomial(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray binomial(NdArray n, NdArray p, int[] size) {
        return RAND.binomial(n, p, size);
    }

    /** NumPy's {@code np.random.bytes}: {@link RandomState#bytes(long)} on the global instance. */
    public static byte[] bytes(long length) {
        return RAND.bytes(length);
    }

    /** NumPy's {@code np.random.chisquare}: {@link RandomState#chisquare(double)} on the global instance. */
    public static double chisquare(double df) {
        return RAND.chisquare(df);
    }

    /** NumPy's {@code np.random.chisquare}: {@link RandomState#chisquare(double, double[])} on the global instance. */
    public static double[] chisquare(double df, double[] out) {
        return RAND.chisquare(df, out);
    }

    /** NumPy's {@code np.random.chisquare}: {@link RandomState#chisquare(double, int[])} on the global instance. */
    public static double[] chisquare(double df, int... size) {
        return RAND.chisquare(df, size);
    }

    /** NumPy's {@code np.random.chisquare}: {@link RandomState#chisquare(NdArray, int[])} on the global instance. */
    public static NdArray chisquare(NdArray df, int[] size) {
        return RAND.chisquare(df, size);
    }

    /** NumPy's {@code np.random.choice}: {@link RandomState#choice(double[], int[], boolean, double[])} on the global instance. */
    public static double[] choice(double[] a, int[] size, boolean replace, double[] p) {
        return RAND.choice(a, size, replace, p);
    }

    /** NumPy's {@code np.random.choice}: {@link RandomState#choice(java.util.List, int[], boolean, double[])} on the global instance. */
    public static <T> java.util.List<T> choice(java.util.List<T> a, int[] size, boolean replace, double[] p) {
        return RAND.choice(a, size, replace, p);
    }

    /** NumPy's {@code np.random.choice}: {@link RandomState#choice(long)} on the global instance. */
    public static long choice(long a) {
        return RAND.choice(a);
    }

    /** NumPy's {@code np.random.choice}: {@link RandomState#choice(long, int[])} on the global instance. */
    public static long[] choice(long a, int... size) {
        return RAND.choice(a, size);
    }

    /** NumPy's {@code np.random.choice}: {@link RandomState#choice(long, int[], boolean, double[])} on the global instance. */
    public static long[] choice(long a, int[] size, boolean replace, double[] p) {
        return RAND.choice(a, size, replace, p);
    }

    /** NumPy's {@code np.random.choice}: {@link RandomState#choice(long[], int[], boolean, double[])} on the global instance. */
    public static long[] choice(long[] a, int[] size, boolean replace, double[] p) {
        return RAND.choice(a, size, replace, p);
    }

    /** NumPy's {@code np.random.dirichlet}: {@link RandomState#dirichlet(double[], int[])} on the global instance. */
    public static double[] dirichlet(double[] alpha, int... size) {
        return RAND.dirichlet(alpha, size);
    }

    /** NumPy's {@code np.random.exponential}: {@link RandomState#exponential(double)} on the global instance. */
    public static double exponential(double scale) {
        return RAND.exponential(scale);
    }

    /** NumPy's {@code np.random.exponential}: {@link RandomState#exponential(double, double[])} on the global instance. */
    public static double[] exponential(double scale, double[] out) {
        return RAND.exponential(scale, out);
    }

    /** NumPy's {@code np.random.exponential}: {@link RandomState#exponential(double, int[])} on the global instance. */
    public static double[] exponential(double scale, int... size) {
        return RAND.exponential(scale, size);
    }

    /** NumPy's {@code np.random.exponential}: {@link RandomState#exponential(NdArray, int[])} on the global instance. */
    public static NdArray exponential(NdArray scale, int[] size) {
        return RAND.exponential(scale, size);
    }

    /** NumPy's {@code np.random.f}: {@link RandomState#f(double, double)} on the global instance. */
    public static double f(double dfnum, double dfden) {
        return RAND.f(dfnum, dfden);
    }

    /** NumPy's {@code np.random.f}: {@link RandomState#f(double, double, double[])} on the global instance. */
    public static double[] f(double dfnum, double dfden, double[] out) {
        return RAND.f(dfnum, dfden, out);
    }

    /** NumPy's {@code np.random.f}: {@link RandomState#f(double, double, int[])} on the global instance. */
    public static double[] f(double dfnum, double dfden, int... size) {
        return RAND.f(dfnum, dfden, size);
    }

    /** NumPy's {@code np.random.f}: {@link RandomState#f(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray f(NdArray dfnum, NdArray dfden, int[] size) {
        return RAND.f(dfnum, dfden, size);
    }

    /** NumPy's {@code np.random.gamma}: {@link RandomState#gamma(double, double)} on the global instance. */
    public static double gamma(double shape, double scale) {
        return RAND.gamma(shape, scale);
    }

    /** NumPy's {@code np.random.gamma}: {@link RandomState#gamma(double, double, double[])} on the global instance. */
    public static double[] gamma(double shape, double scale, double[] out) {
        return RAND.gamma(shape, scale, out);
    }

    /** NumPy's {@code np.random.gamma}: {@link RandomState#gamma(double, double, int[])} on the global instance. */
    public static double[] gamma(double shape, double scale, int... size) {
        return RAND.gamma(shape, scale, size);
    }

    /** NumPy's {@code np.random.gamma}: {@link RandomState#gamma(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray gamma(NdArray shape, NdArray scale, int[] size) {
        return RAND.gamma(shape, scale, size);
    }

    /** NumPy's {@code np.random.geometric}: {@link RandomState#geometric(double)} on the global instance. */
    public static long geometric(double p) {
        return RAND.geometric(p);
    }

    /** NumPy's {@code np.random.geometric}: {@link RandomState#geometric(double, int[])} on the global instance. */
    public static long[] geometric(double p, int... size) {
        return RAND.geometric(p, size);
    }

    /** NumPy's {@code np.random.geometric}: {@link RandomState#geometric(NdArray, int[])} on the global instance. */
    public static NdArray geometric(NdArray p, int[] size) {
        return RAND.geometric(p, size);
    }

    /** NumPy's {@code np.random.get_legacy_state}: {@link RandomState#getLegacyState()} on the global instance. */
    public static LegacyState getLegacyState() {
        return RAND.getLegacyState();
    }

    /** NumPy's {@code np.random.get_state}: {@link RandomState#getState()} on the global instance. */
    public static Object getState() {
        return RAND.getState();
    }

    /** NumPy's {@code np.random.get_state}: {@link RandomState#getState(boolean)} on the global instance. */
    public static Object getState(boolean legacy) {
        return RAND.getState(legacy);
    }

    /** NumPy's {@code np.random.get_state_dict}: {@link RandomState#getStateDict()} on the global instance. */
    public static java.util.Map<String, Object> getStateDict() {
        return RAND.getStateDict();
    }

    /** NumPy's {@code np.random.gumbel}: {@link RandomState#gumbel(double, double)} on the global instance. */
    public static double gumbel(double loc, double scale) {
        return RAND.gumbel(loc, scale);
    }

    /** NumPy's {@code np.random.gumbel}: {@link RandomState#gumbel(double, double, double[])} on the global instance. */
    public static double[] gumbel(double loc, double scale, double[] out) {
        return RAND.gumbel(loc, scale, out);
    }

    /** NumPy's {@code np.random.gumbel}: {@link RandomState#gumbel(double, double, int[])} on the global instance. */
    public static double[] gumbel(double loc, double scale, int... size) {
        return RAND.gumbel(loc, scale, size);
    }

    /** NumPy's {@code np.random.gumbel}: {@link RandomState#gumbel(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray gumbel(NdArray loc, NdArray scale, int[] size) {
        return RAND.gumbel(loc, scale, size);
    }

    /**
     * Takes the global instance's lock until the returned hold is closed: NumPy's
     * {@code with np.random.mtrand._rand._bit_generator.lock:}; {@link RandomState#hold()}.
     */
    public static org.nprand.concurrent.Hold hold() {
        return RAND.hold();
    }

    /** NumPy's {@code np.random.hypergeometric}: {@link RandomState#hypergeometric(long, long, long)} on the global instance. */
    public static long hypergeometric(long ngood, long nbad, long nsample) {
        return RAND.hypergeometric(ngood, nbad, nsample);
    }

    /** NumPy's {@code np.random.hypergeometric}: {@link RandomState#hypergeometric(long, long, long, int[])} on the global instance. */
    public static long[] hypergeometric(long ngood, long nbad, long nsample, int... size) {
        return RAND.hypergeometric(ngood, nbad, nsample, size);
    }

    /** NumPy's {@code np.random.hypergeometric}: {@link RandomState#hypergeometric(NdArray, NdArray, NdArray, int[])} on the global instance. */
    public static NdArray hypergeometric(NdArray ngood, NdArray nbad, NdArray nsample, int[] size) {
        return RAND.hypergeometric(ngood, nbad, nsample, size);
    }

    /** NumPy's {@code np.random.laplace}: {@link RandomState#laplace(double, double)} on the global instance. */
    public static double laplace(double loc, double scale) {
        return RAND.laplace(loc, scale);
    }

    /** NumPy's {@code np.random.laplace}: {@link RandomState#laplace(double, double, double[])} on the global instance. */
    public static double[] laplace(double loc, double scale, double[] out) {
        return RAND.laplace(loc, scale, out);
    }

    /** NumPy's {@code np.random.laplace}: {@link RandomState#laplace(double, double, int[])} on the global instance. */
    public static double[] laplace(double loc, double scale, int... size) {
        return RAND.laplace(loc, scale, size);
    }

    /** NumPy's {@code np.random.laplace}: {@link RandomState#laplace(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray laplace(NdArray loc, NdArray scale, int[] size) {
        return RAND.laplace(loc, scale, size);
    }

    /** NumPy's {@code np.random.logistic}: {@link RandomState#logistic(double, double)} on the global instance. */
    public static double logistic(double loc, double scale) {
        return RAND.logistic(loc, scale);
    }

    /** NumPy's {@code np.random.logistic}: {@link RandomState#logistic(double, double, double[])} on the global instance. */
    public static double[] logistic(double loc, double scale, double[] out) {
        return RAND.logistic(loc, scale, out);
    }

    /** NumPy's {@code np.random.logistic}: {@link RandomState#logistic(double, double, int[])} on the global instance. */
    public static double[] logistic(double loc, double scale, int... size) {
        return RAND.logistic(loc, scale, size);
    }

    /** NumPy's {@code np.random.logistic}: {@link RandomState#logistic(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray logistic(NdArray loc, NdArray scale, int[] size) {
        return RAND.logistic(loc, scale, size);
    }

    /** NumPy's {@code np.random.lognormal}: {@link RandomState#lognormal(double, double)} on the global instance. */
    public static double lognormal(double mean, double sigma) {
        return RAND.lognormal(mean, sigma);
    }

    /** NumPy's {@code np.random.lognormal}: {@link RandomState#lognormal(double, double, double[])} on the global instance. */
    public static double[] lognormal(double mean, double sigma, double[] out) {
        return RAND.lognormal(mean, sigma, out);
    }

    /** NumPy's {@code np.random.lognormal}: {@link RandomState#lognormal(double, double, int[])} on the global instance. */
    public static double[] lognormal(double mean, double sigma, int... size) {
        return RAND.lognormal(mean, sigma, size);
    }

    /** NumPy's {@code np.random.lognormal}: {@link RandomState#lognormal(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray lognormal(NdArray mean, NdArray sigma, int[] size) {
        return RAND.lognormal(mean, sigma, size);
    }

    /** NumPy's {@code np.random.logseries}: {@link RandomState#logseries(double)} on the global instance. */
    public static long logseries(double p) {
        return RAND.logseries(p);
    }

    /** NumPy's {@code np.random.logseries}: {@link RandomState#logseries(double, int[])} on the global instance. */
    public static long[] logseries(double p, int... size) {
        return RAND.logseries(p, size);
    }

    /** NumPy's {@code np.random.logseries}: {@link RandomState#logseries(NdArray, int[])} on the global instance. */
    public static NdArray logseries(NdArray p, int[] size) {
        return RAND.logseries(p, size);
    }

    /** NumPy's {@code np.random.multinomial}: {@link RandomState#multinomial(long, double[], int[])} on the global instance. */
    public static long[] multinomial(long n, double[] pvals, int... size) {
        return RAND.multinomial(n, pvals, size);
    }

    /** NumPy's {@code np.random.multivariate_normal}: {@link RandomState#multivariateNormal(double[], double[][], int[])} on the global instance. */
    public static double[] multivariateNormal(double[] mean, double[][] cov, int... size) {
        return RAND.multivariateNormal(mean, cov, size);
    }

    /** NumPy's {@code np.random.multivariate_normal}: {@link RandomState#multivariateNormal(double[], double[][], int[], String, double)} on the global instance. */
    public static double[] multivariateNormal(double[] mean, double[][] cov, int[] size, String checkValid, double tol) {
        return RAND.multivariateNormal(mean, cov, size, checkValid, tol);
    }

    /** NumPy's {@code np.random.negative_binomial}: {@link RandomState#negativeBinomial(double, double)} on the global instance. */
    public static long negativeBinomial(double n, double p) {
        return RAND.negativeBinomial(n, p);
    }

    /** NumPy's {@code np.random.negative_binomial}: {@link RandomState#negativeBinomial(double, double, int[])} on the global instance. */
    public static long[] negativeBinomial(double n, double p, int... size) {
        return RAND.negativeBinomial(n, p, size);
    }

    /** NumPy's {@code np.random.negative_binomial}: {@link RandomState#negativeBinomial(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray negativeBinomial(NdArray n, NdArray p, int[] size) {
        return RAND.negativeBinomial(n, p, size);
    }

    /** NumPy's {@code np.random.noncentral_chisquare}: {@link RandomState#noncentralChisquare(double, double)} on the global instance. */
    public static double noncentralChisquare(double df, double nonc) {
        return RAND.noncentralChisquare(df, nonc);
    }

    /** NumPy's {@code np.random.noncentral_chisquare}: {@link RandomState#noncentralChisquare(double, double, double[])} on the global instance. */
    public static double[] noncentralChisquare(double df, double nonc, double[] out) {
        return RAND.noncentralChisquare(df, nonc, out);
    }

    /** NumPy's {@code np.random.noncentral_chisquare}: {@link RandomState#noncentralChisquare(double, double, int[])} on the global instance. */
    public static double[] noncentralChisquare(double df, double nonc, int... size) {
        return RAND.noncentralChisquare(df, nonc, size);
    }

    /** NumPy's {@code np.random.noncentral_chisquare}: {@link RandomState#noncentralChisquare(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray noncentralChisquare(NdArray df, NdArray nonc, int[] size) {
        return RAND.noncentralChisquare(df, nonc, size);
    }

    /** NumPy's {@code np.random.noncentral_f}: {@link RandomState#noncentralF(double, double, double)} on the global instance. */
    public static double noncentralF(double dfnum, double dfden, double nonc) {
        return RAND.noncentralF(dfnum, dfden, nonc);
    }

    /** NumPy's {@code np.random.noncentral_f}: {@link RandomState#noncentralF(double, double, double, double[])} on the global instance. */
    public static double[] noncentralF(double dfnum, double dfden, double nonc, double[] out) {
        return RAND.noncentralF(dfnum, dfden, nonc, out);
    }

    /** NumPy's {@code np.random.noncentral_f}: {@link RandomState#noncentralF(double, double, double, int[])} on the global instance. */
    public static double[] noncentralF(double dfnum, double dfden, double nonc, int... size) {
        return RAND.noncentralF(dfnum, dfden, nonc, size);
    }

    /** NumPy's {@code np.random.noncentral_f}: {@link RandomState#noncentralF(NdArray, NdArray, NdArray, int[])} on the global instance. */
    public static NdArray noncentralF(NdArray dfnum, NdArray dfden, NdArray nonc, int[] size) {
        return RAND.noncentralF(dfnum, dfden, nonc, size);
    }

    /** NumPy's {@code np.random.normal}: {@link RandomState#normal(double, double)} on the global instance. */
    public static double normal(double loc, double scale) {
        return RAND.normal(loc, scale);
    }

    /** NumPy's {@code np.random.normal}: {@link RandomState#normal(double, double, double[])} on the global instance. */
    public static double[] normal(double loc, double scale, double[] out) {
        return RAND.normal(loc, scale, out);
    }

    /** NumPy's {@code np.random.normal}: {@link RandomState#normal(double, double, int[])} on the global instance. */
    public static double[] normal(double loc, double scale, int... size) {
        return RAND.normal(loc, scale, size);
    }

    /** NumPy's {@code np.random.normal}: {@link RandomState#normal(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray normal(NdArray loc, NdArray scale, int[] size) {
        return RAND.normal(loc, scale, size);
    }

    /** NumPy's {@code np.random.pareto}: {@link RandomState#pareto(double)} on the global instance. */
    public static double pareto(double a) {
        return RAND.pareto(a);
    }

    /** NumPy's {@code np.random.pareto}: {@link RandomState#pareto(double, double[])} on the global instance. */
    public static double[] pareto(double a, double[] out) {
        return RAND.pareto(a, out);
    }

    /** NumPy's {@code np.random.pareto}: {@link RandomState#pareto(double, int[])} on the global instance. */
    public static double[] pareto(double a, int... size) {
        return RAND.pareto(a, size);
    }

    /** NumPy's {@code np.random.pareto}: {@link RandomState#pareto(NdArray, int[])} on the global instance. */
    public static NdArray pareto(NdArray a, int[] size) {
        return RAND.pareto(a, size);
    }

    /** NumPy's {@code np.random.permutation}: {@link RandomState#permutation(Object[])} on the global instance. */
    public static <T> T[] permutation(T[] x) {
        return RAND.permutation(x);
    }

    /** NumPy's {@code np.random.permutation}: {@link RandomState#permutation(double[])} on the global instance. */
    public static double[] permutation(double[] x) {
        return RAND.permutation(x);
    }

    /** NumPy's {@code np.random.permutation}: {@link RandomState#permutation(int[])} on the global instance. */
    public static int[] permutation(int[] x) {
        return RAND.permutation(x);
    }

    /** NumPy's {@code np.random.permutation}: {@link RandomState#permutation(java.util.List)} on the global instance. */
    public static <T> java.util.List<T> permutation(java.util.List<T> x) {
        return RAND.permutation(x);
    }

    /** NumPy's {@code np.random.permutation}: {@link RandomState#permutation(long)} on the global instance. */
    public static long[] permutation(long n) {
        return RAND.permutation(n);
    }

    /** NumPy's {@code np.random.permutation}: {@link RandomState#permutation(long[])} on the global instance. */
    public static long[] permutation(long[] x) {
        return RAND.permutation(x);
    }

    /** NumPy's {@code np.random.permutation}: {@link RandomState#permutation(NdArray)} on the global instance. */
    public static NdArray permutation(NdArray x) {
        return RAND.permutation(x);
    }

    /** NumPy's {@code np.random.poisson}: {@link RandomState#poisson(double)} on the global instance. */
    public static long poisson(double lam) {
        return RAND.poisson(lam);
    }

    /** NumPy's {@code np.random.poisson}: {@link RandomState#poisson(double, int[])} on the global instance. */
    public static long[] poisson(double lam, int... size) {
        return RAND.poisson(lam, size);
    }

    /** NumPy's {@code np.random.poisson}: {@link RandomState#poisson(NdArray, int[])} on the global instance. */
    public static NdArray poisson(NdArray lam, int[] size) {
        return RAND.poisson(lam, size);
    }

    /** NumPy's {@code np.random.power}: {@link RandomState#power(double)} on the global instance. */
    public static double power(double a) {
        return RAND.power(a);
    }

    /** NumPy's {@code np.random.power}: {@link RandomState#power(double, double[])} on the global instance. */
    public static double[] power(double a, double[] out) {
        return RAND.power(a, out);
    }

    /** NumPy's {@code np.random.power}: {@link RandomState#power(double, int[])} on the global instance. */
    public static double[] power(double a, int... size) {
        return RAND.power(a, size);
    }

    /** NumPy's {@code np.random.power}: {@link RandomState#power(NdArray, int[])} on the global instance. */
    public static NdArray power(NdArray a, int[] size) {
        return RAND.power(a, size);
    }

    /** NumPy's {@code np.random.rand}: {@link RandomState#rand()} on the global instance. */
    public static double rand() {
        return RAND.rand();
    }

    /** NumPy's {@code np.random.rand}: {@link RandomState#rand(int[])} on the global instance. */
    public static double[] rand(int... dims) {
        return RAND.rand(dims);
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(java.math.BigInteger, java.math.BigInteger, int[], String)} on the global instance. */
    public static long[] randint(java.math.BigInteger low, java.math.BigInteger high, int[] size, String dtype) {
        return RAND.randint(low, high, size, dtype);
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(java.math.BigInteger, java.math.BigInteger, int[], DType)} on the global instance. */
    public static long[] randint(java.math.BigInteger low, java.math.BigInteger high, int[] size, DType dtype) {
        return RAND.randint(low, high, size, dtype);
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long)} on the global instance. */
    public static long randint(long low) {
        return RAND.randint(low);
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long, long)} on the global instance. */
    public static long randint(long low, long high) {
        return RAND.randint(low, high);
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long, long, int[])} on the global instance. */
    public static long[] randint(long low, long high, int... size) {
        return RAND.randint(low, high, size);
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long, long, int[], DType)} on the global instance. */
    public static long[] randint(long low, long high, int[] size, DType dtype) {
        return RAND.randint(low, high, size, dtype);
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long, long, DType)} on the global instance. */
    public static long randint(long low, long high, DType dtype) {
        return RAND.randint(low, high, dtype);
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long, long, DType, boolean[])} on the global instance. */
    public static boolean[] randint(long low, long high, DType dtype, boolean[] out) {
        return RAND.randint(low, high, dtype, out);
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long, long, DType, byte[])} on the global instance. */
    public static byte[] randint(long low, long high, DType dtype, byte[] out) {
        return RAND.randint(low, high, dtype, out);
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long, long, DType, int[])} on the global instance. */
    public static int[] randint(long low, long high, DType dtype, int[] out) {
        return RAND.randint(low, high, dtype, out);
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long, long, DType, long[])} on the global instance. */
    public static long[] randint(long low, long high, DType dtype, long[] out) {
        return RAND.randint(low, high, dtype, out);
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long, long, DType, short[])} on the global instance. */
    public static short[] randint(long low, long high, DType dtype, short[] out) {
        return RAND.randint(low, high, dtype, out);
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(NdArray, NdArray, int[], DType)} on the global instance. */
    public static NdArray randint(NdArray low, NdArray high, int[] size, DType dtype) {
        return RAND.randint(low, high, size, dtype);
    }

    /** NumPy's {@code np.random.randn}: {@link RandomState#randn()} on the global instance. */
    public static double randn() {
        return RAND.randn();
    }

    /** NumPy's {@code np.random.randn}: {@link RandomState#randn(int[])} on the global instance. */
    public static double[] randn(int... dims) {
        return RAND.randn(dims);
    }

    /** NumPy's {@code np.random.random}: {@link RandomState#random()} on the global instance. */
    public static double random() {
        return RAND.random();
    }

    /** NumPy's {@code np.random.random}: {@link RandomState#random(int[])} on the global instance. */
    public static double[] random(int... size) {
        return RAND.random(size);
    }

    /** NumPy's {@code np.random.random_integers}: {@link RandomState#randomIntegers(long, long)} on the global instance. */
    public static long randomIntegers(long low, long high) {
        return RAND.randomIntegers(low, high);
    }

    /** NumPy's {@code np.random.random_integers}: {@link RandomState#randomIntegers(long, long, int[])} on the global instance. */
    public static long[] randomIntegers(long low, long high, int... size) {
        return RAND.randomIntegers(low, high, size);
    }

    /** NumPy's {@code np.random.random_sample}: {@link RandomState#randomSample()} on the global instance. */
    public static double randomSample() {
        return RAND.randomSample();
    }

    /** NumPy's {@code np.random.random_sample}: {@link RandomState#randomSample(double[])} on the global instance. */
    public static double[] randomSample(double[] out) {
        return RAND.randomSample(out);
    }

    /** NumPy's {@code np.random.random_sample}: {@link RandomState#randomSample(int[])} on the global instance. */
    public static double[] randomSample(int... size) {
        return RAND.randomSample(size);
    }

    /** NumPy's {@code np.random.rayleigh}: {@link RandomState#rayleigh(double)} on the global instance. */
    public static double rayleigh(double scale) {
        return RAND.rayleigh(scale);
    }

    /** NumPy's {@code np.random.rayleigh}: {@link RandomState#rayleigh(double, double[])} on the global instance. */
    public static double[] rayleigh(double scale, double[] out) {
        return RAND.rayleigh(scale, out);
    }

    /** NumPy's {@code np.random.rayleigh}: {@link RandomState#rayleigh(double, int[])} on the global instance. */
    public static double[] rayleigh(double scale, int... size) {
        return RAND.rayleigh(scale, size);
    }

    /** NumPy's {@code np.random.rayleigh}: {@link RandomState#rayleigh(NdArray, int[])} on the global instance. */
    public static NdArray rayleigh(NdArray scale, int[] size) {
        return RAND.rayleigh(scale, size);
    }

    /** NumPy's {@code np.random.seed}: {@link RandomState#seed()} on the global instance. */
    public static void seed() {
        RAND.seed();
    }

    /** NumPy's {@code np.random.seed}: {@link RandomState#seed(long)} on the global instance. */
    public static void seed(long seed) {
        RAND.seed(seed);
    }

    /** NumPy's {@code np.random.seed}: {@link RandomState#seed(long[])} on the global instance. */
    public static void seed(long... seed) {
        RAND.seed(seed);
    }

    /** NumPy's {@code np.random.set_state}: {@link RandomState#setState(Object)} on the global instance. */
    public static void setState(Object state) {
        RAND.setState(state);
    }

    /** NumPy's {@code np.random.set_warning_handler}: {@link RandomState#setWarningHandler(WarningHandler)} on the global instance. */
    public static void setWarningHandler(WarningHandler handler) {
        RAND.setWarningHandler(handler);
    }

    /** NumPy's {@code np.random.shuffle}: {@link RandomState#shuffle(double[])} on the global instance. */
    public static void shuffle(double[] x) {
        RAND.shuffle(x);
    }

    /** NumPy's {@code np.random.shuffle}: {@link RandomState#shuffle(int[])} on the global instance. */
    public static void shuffle(int[] x) {
        RAND.shuffle(x);
    }

    /** NumPy's {@code np.random.shuffle}: {@link RandomState#shuffle(Object[])} on the global instance. */
    public static void shuffle(Object[] x) {
        RAND.shuffle(x);
    }

    /** NumPy's {@code np.random.shuffle}: {@link RandomState#shuffle(java.util.List)} on the global instance. */
    public static void shuffle(java.util.List<?> x) {
        RAND.shuffle(x);
    }

    /** NumPy's {@code np.random.shuffle}: {@link RandomState#shuffle(long[])} on the global instance. */
    public static void shuffle(long[] x) {
        RAND.shuffle(x);
    }

    /** NumPy's {@code np.random.shuffle}: {@link RandomState#shuffle(NdArray)} on the global instance. */
    public static void shuffle(NdArray x) {
        RAND.shuffle(x);
    }

    /** NumPy's {@code np.random.standard_cauchy}: {@link RandomState#standardCauchy()} on the global instance. */
    public static double standardCauchy() {
        return RAND.standardCauchy();
    }

    /** NumPy's {@code np.random.standard_cauchy}: {@link RandomState#standardCauchy(double[])} on the global instance. */
    public static double[] standardCauchy(double[] out) {
        return RAND.standardCauchy(out);
    }

    /** NumPy's {@code np.random.standard_cauchy}: {@link RandomState#standardCauchy(int[])} on the global instance. */
    public static double[] standardCauchy(int... size) {
        return RAND.standardCauchy(size);
    }

    /** NumPy's {@code np.random.standard_exponential}: {@link RandomState#standardExponential()} on the global instance. */
    public static double standardExponential() {
        return RAND.standardExponential();
    }

    /** NumPy's {@code np.random.standard_exponential}: {@link RandomState#standardExponential(double[])} on the global instance. */
    public static double[] standardExponential(double[] out) {
        return RAND.standardExponential(out);
    }

    /** NumPy's {@code np.random.standard_exponential}: {@link RandomState#standardExponential(int[])} on the global instance. */
    public static double[] standardExponential(int... size) {
        return RAND.standardExponential(size);
    }

    /** NumPy's {@code np.random.standard_gamma}: {@link RandomState#standardGamma(double)} on the global instance. */
    public static double standardGamma(double shape) {
        return RAND.standardGamma(shape);
    }

    /** NumPy's {@code np.random.standard_gamma}: {@link RandomState#standardGamma(double, double[])} on the global instance. */
    public static double[] standardGamma(double shape, double[] out) {
        return RAND.standardGamma(shape, out);
    }

    /** NumPy's {@code np.random.standard_gamma}: {@link RandomState#standardGamma(double, int[])} on the global instance. */
    public static double[] standardGamma(double shape, int... size) {
        return RAND.standardGamma(shape, size);
    }

    /** NumPy's {@code np.random.standard_gamma}: {@link RandomState#standardGamma(NdArray, int[])} on the global instance. */
    public static NdArray standardGamma(NdArray shape, int[] size) {
        return RAND.standardGamma(shape, size);
    }

    /** NumPy's {@code np.random.standard_normal}: {@link RandomState#standardNormal()} on the global instance. */
    public static double standardNormal() {
        return RAND.standardNormal();
    }

    /** NumPy's {@code np.random.standard_normal}: {@link RandomState#standardNormal(double[])} on the global instance. */
    public static double[] standardNormal(double[] out) {
        return RAND.standardNormal(out);
    }

    /** NumPy's {@code np.random.standard_normal}: {@link RandomState#standardNormal(int[])} on the global instance. */
    public static double[] standardNormal(int... size) {
        return RAND.standardNormal(size);
    }

    /** NumPy's {@code np.random.standard_t}: {@link RandomState#standardT(double)} on the global instance. */
    public static double standardT(double df) {
        return RAND.standardT(df);
    }

    /** NumPy's {@code np.random.standard_t}: {@link RandomState#standardT(double, double[])} on the global instance. */
    public static double[] standardT(double df, double[] out) {
        return RAND.standardT(df, out);
    }

    /** NumPy's {@code np.random.standard_t}: {@link RandomState#standardT(double, int[])} on the global instance. */
    public static double[] standardT(double df, int... size) {
        return RAND.standardT(df, size);
    }

    /** NumPy's {@code np.random.standard_t}: {@link RandomState#standardT(NdArray, int[])} on the global instance. */
    public static NdArray standardT(NdArray df, int[] size) {
        return RAND.standardT(df, size);
    }

    /** NumPy's {@code np.random.tomaxint}: {@link RandomState#tomaxint()} on the global instance. */
    public static long tomaxint() {
        return RAND.tomaxint();
    }

    /** NumPy's {@code np.random.tomaxint}: {@link RandomState#tomaxint(int[])} on the global instance. */
    public static long[] tomaxint(int... size) {
        return RAND.tomaxint(size);
    }

    /** NumPy's {@code np.random.triangular}: {@link RandomState#triangular(double, double, double)} on the global instance. */
    public static double triangular(double left, double mode, double right) {
        return RAND.triangular(left, mode, right);
    }

    /** NumPy's {@code np.random.triangular}: {@link RandomState#triangular(double, double, double, double[])} on the global instance. */
    public static double[] triangular(double left, double mode, double right, double[] out) {
        return RAND.triangular(left, mode, right, out);
    }

    /** NumPy's {@code np.random.triangular}: {@link RandomState#triangular(double, double, double, int[])} on the global instance. */
    public static double[] triangular(double left, double mode, double right, int... size) {
        return RAND.triangular(left, mode, right, size);
    }

    /** NumPy's {@code np.random.triangular}: {@link RandomState#triangular(NdArray, NdArray, NdArray, int[])} on the global instance. */
    public static NdArray triangular(NdArray left, NdArray mode, NdArray right, int[] size) {
        return RAND.triangular(left, mode, right, size);
    }

    /** NumPy's {@code np.random.uniform}: {@link RandomState#uniform(double, double)} on the global instance. */
    public static double uniform(double low, double high) {
        return RAND.uniform(low, high);
    }

    /** NumPy's {@code np.random.uniform}: {@link RandomState#uniform(double, double, double[])} on the global instance. */
    public static double[] uniform(double low, double high, double[] out) {
        return RAND.uniform(low, high, out);
    }

    /** NumPy's {@code np.random.uniform}: {@link RandomState#uniform(double, double, int[])} on the global instance. */
    public static double[] uniform(double low, double high, int... size) {
        return RAND.uniform(low, high, size);
    }

    /** NumPy's {@code np.random.uniform}: {@link RandomState#uniform(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray uniform(NdArray low, NdArray high, int[] size) {
        return RAND.uniform(low, high, size);
    }

    /** NumPy's {@code np.random.vonmises}: {@link RandomState#vonmises(double, double)} on the global instance. */
    public static double vonmises(double mu, double kappa) {
        return RAND.vonmises(mu, kappa);
    }

    /** NumPy's {@code np.random.vonmises}: {@link RandomState#vonmises(double, double, double[])} on the global instance. */
    public static double[] vonmises(double mu, double kappa, double[] out) {
        return RAND.vonmises(mu, kappa, out);
    }

    /** NumPy's {@code np.random.vonmises}: {@link RandomState#vonmises(double, double, int[])} on the global instance. */
    public static double[] vonmises(double mu, double kappa, int... size) {
        return RAND.vonmises(mu, kappa, size);
    }

    /** NumPy's {@code np.random.vonmises}: {@link RandomState#vonmises(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray vonmises(NdArray mu, NdArray kappa, int[] size) {
        return RAND.vonmises(mu, kappa, size);
    }

    /** NumPy's {@code np.random.wald}: {@link RandomState#wald(double, double)} on the global instance. */
    public static double wald(double mean, double scale) {
        return RAND.wald(mean, scale);
    }

    /** NumPy's {@code np.random.wald}: {@link RandomState#wald(double, double, double[])} on the global instance. */
    public static double[] wald(double mean, double scale, double[] out) {
        return RAND.wald(mean, scale, out);
    }

    /** NumPy's {@code np.random.wald}: {@link RandomState#wald(double, double, int[])} on the global instance. */
    public static double[] wald(double mean, double scale, int... size) {
        return RAND.wald(mean, scale, size);
    }

    /** NumPy's {@code np.random.wald}: {@link RandomState#wald(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray wald(NdArray mean, NdArray scale, int[] size) {
        return RAND.wald(mean, scale, size);
    }

    /** NumPy's {@code np.random.weibull}: {@link RandomState#weibull(double)} on the global instance. */
    public static double weibull(double a) {
        return RAND.weibull(a);
    }

    /** NumPy's {@code np.random.weibull}: {@link RandomState#weibull(double, double[])} on the global instance. */
    public static double[] weibull(double a, double[] out) {
        return RAND.weibull(a, out);
    }

    /** NumPy's {@code np.random.weibull}: {@link RandomState#weibull(double, int[])} on the global instance. */
    public static double[] weibull(double a, int... size) {
        return RAND.weibull(a, size);
    }

    /** NumPy's {@code np.random.weibull}: {@link RandomState#weibull(NdArray, int[])} on the global instance. */
    public static NdArray weibull(NdArray a, int[] size) {
        return RAND.weibull(a, size);
    }

    /** NumPy's {@code np.random.zipf}: {@link RandomState#zipf(double)} on the global instance. */
    public static long zipf(double a) {
        return RAND.zipf(a);
    }

    /** NumPy's {@code np.random.zipf}: {@link RandomState#zipf(double, int[])} on the global instance. */
    public static long[] zipf(double a, int... size) {
        return RAND.zipf(a, size);
    }

    /** NumPy's {@code np.random.zipf}: {@link RandomState#zipf(NdArray, int[])} on the global instance. */
    public static NdArray zipf(NdArray a, int[] size) {
        return RAND.zipf(a, size);
    }
}
