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

    /** NumPy's {@code np.random.beta}: {@link RandomState#beta(double, double)} on the global instance. */
    public static double beta(double a, double b) {
        synchronized (RAND) {
            return RAND.beta(a, b);
        }
    }

    /** NumPy's {@code np.random.beta}: {@link RandomState#beta(double, double, double[])} on the global instance. */
    public static double[] beta(double a, double b, double[] out) {
        synchronized (RAND) {
            return RAND.beta(a, b, out);
        }
    }

    /** NumPy's {@code np.random.beta}: {@link RandomState#beta(double, double, int[])} on the global instance. */
    public static double[] beta(double a, double b, int... size) {
        synchronized (RAND) {
            return RAND.beta(a, b, size);
        }
    }

    /** NumPy's {@code np.random.beta}: {@link RandomState#beta(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray beta(NdArray a, NdArray b, int[] size) {
        synchronized (RAND) {
            return RAND.beta(a, b, size);
        }
    }

    /** NumPy's {@code np.random.binomial}: {@link RandomState#binomial(long, double)} on the global instance. */
    public static long binomial(long n, double p) {
        synchronized (RAND) {
            return RAND.binomial(n, p);
        }
    }

    /** NumPy's {@code np.random.binomial}: {@link RandomState#binomial(long, double, int[])} on the global instance. */
    public static long[] binomial(long n, double p, int... size) {
        synchronized (RAND) {
            return RAND.binomial(n, p, size);
        }
    }

    /** NumPy's {@code np.random.binomial}: {@link RandomState#binomial(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray binomial(NdArray n, NdArray p, int[] size) {
        synchronized (RAND) {
            return RAND.binomial(n, p, size);
        }
    }

    /** NumPy's {@code np.random.bytes}: {@link RandomState#bytes(long)} on the global instance. */
    public static byte[] bytes(long length) {
        synchronized (RAND) {
            return RAND.bytes(length);
        }
    }

    /** NumPy's {@code np.random.exponential}: {@link RandomState#exponential(double)} on the global instance. */
    public static double exponential(double scale) {
        synchronized (RAND) {
            return RAND.exponential(scale);
        }
    }

    /** NumPy's {@code np.random.exponential}: {@link RandomState#exponential(double, double[])} on the global instance. */
    public static double[] exponential(double scale, double[] out) {
        synchronized (RAND) {
            return RAND.exponential(scale, out);
        }
    }

    /** NumPy's {@code np.random.exponential}: {@link RandomState#exponential(double, int[])} on the global instance. */
    public static double[] exponential(double scale, int... size) {
        synchronized (RAND) {
            return RAND.exponential(scale, size);
        }
    }

    /** NumPy's {@code np.random.exponential}: {@link RandomState#exponential(NdArray, int[])} on the global instance. */
    public static NdArray exponential(NdArray scale, int[] size) {
        synchronized (RAND) {
            return RAND.exponential(scale, size);
        }
    }

    /** NumPy's {@code np.random.gamma}: {@link RandomState#gamma(double, double)} on the global instance. */
    public static double gamma(double shape, double scale) {
        synchronized (RAND) {
            return RAND.gamma(shape, scale);
        }
    }

    /** NumPy's {@code np.random.gamma}: {@link RandomState#gamma(double, double, double[])} on the global instance. */
    public static double[] gamma(double shape, double scale, double[] out) {
        synchronized (RAND) {
            return RAND.gamma(shape, scale, out);
        }
    }

    /** NumPy's {@code np.random.gamma}: {@link RandomState#gamma(double, double, int[])} on the global instance. */
    public static double[] gamma(double shape, double scale, int... size) {
        synchronized (RAND) {
            return RAND.gamma(shape, scale, size);
        }
    }

    /** NumPy's {@code np.random.gamma}: {@link RandomState#gamma(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray gamma(NdArray shape, NdArray scale, int[] size) {
        synchronized (RAND) {
            return RAND.gamma(shape, scale, size);
        }
    }

    /** NumPy's {@code np.random.get_state}: {@link RandomState#getState()} on the global instance. */
    public static Object getState() {
        synchronized (RAND) {
            return RAND.getState();
        }
    }

    /** NumPy's {@code np.random.get_state}: {@link RandomState#getState(boolean)} on the global instance. */
    public static Object getState(boolean legacy) {
        synchronized (RAND) {
            return RAND.getState(legacy);
        }
    }

    /** NumPy's {@code np.random.normal}: {@link RandomState#normal(double, double)} on the global instance. */
    public static double normal(double loc, double scale) {
        synchronized (RAND) {
            return RAND.normal(loc, scale);
        }
    }

    /** NumPy's {@code np.random.normal}: {@link RandomState#normal(double, double, double[])} on the global instance. */
    public static double[] normal(double loc, double scale, double[] out) {
        synchronized (RAND) {
            return RAND.normal(loc, scale, out);
        }
    }

    /** NumPy's {@code np.random.normal}: {@link RandomState#normal(double, double, int[])} on the global instance. */
    public static double[] normal(double loc, double scale, int... size) {
        synchronized (RAND) {
            return RAND.normal(loc, scale, size);
        }
    }

    /** NumPy's {@code np.random.normal}: {@link RandomState#normal(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray normal(NdArray loc, NdArray scale, int[] size) {
        synchronized (RAND) {
            return RAND.normal(loc, scale, size);
        }
    }

    /** NumPy's {@code np.random.permutation}: {@link RandomState#permutation(Object[])} on the global instance. */
    public static <T> T[] permutation(T[] x) {
        synchronized (RAND) {
            return RAND.permutation(x);
        }
    }

    /** NumPy's {@code np.random.permutation}: {@link RandomState#permutation(double[])} on the global instance. */
    public static double[] permutation(double[] x) {
        synchronized (RAND) {
            return RAND.permutation(x);
        }
    }

    /** NumPy's {@code np.random.permutation}: {@link RandomState#permutation(int[])} on the global instance. */
    public static int[] permutation(int[] x) {
        synchronized (RAND) {
            return RAND.permutation(x);
        }
    }

    /** NumPy's {@code np.random.permutation}: {@link RandomState#permutation(java.util.List)} on the global instance. */
    public static <T> java.util.List<T> permutation(java.util.List<T> x) {
        synchronized (RAND) {
            return RAND.permutation(x);
        }
    }

    /** NumPy's {@code np.random.permutation}: {@link RandomState#permutation(long)} on the global instance. */
    public static long[] permutation(long n) {
        synchronized (RAND) {
            return RAND.permutation(n);
        }
    }

    /** NumPy's {@code np.random.permutation}: {@link RandomState#permutation(long[])} on the global instance. */
    public static long[] permutation(long[] x) {
        synchronized (RAND) {
            return RAND.permutation(x);
        }
    }

    /** NumPy's {@code np.random.poisson}: {@link RandomState#poisson(double)} on the global instance. */
    public static long poisson(double lam) {
        synchronized (RAND) {
            return RAND.poisson(lam);
        }
    }

    /** NumPy's {@code np.random.poisson}: {@link RandomState#poisson(double, int[])} on the global instance. */
    public static long[] poisson(double lam, int... size) {
        synchronized (RAND) {
            return RAND.poisson(lam, size);
        }
    }

    /** NumPy's {@code np.random.poisson}: {@link RandomState#poisson(NdArray, int[])} on the global instance. */
    public static NdArray poisson(NdArray lam, int[] size) {
        synchronized (RAND) {
            return RAND.poisson(lam, size);
        }
    }

    /** NumPy's {@code np.random.rand}: {@link RandomState#rand()} on the global instance. */
    public static double rand() {
        synchronized (RAND) {
            return RAND.rand();
        }
    }

    /** NumPy's {@code np.random.rand}: {@link RandomState#rand(int[])} on the global instance. */
    public static double[] rand(int... dims) {
        synchronized (RAND) {
            return RAND.rand(dims);
        }
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(java.math.BigInteger, java.math.BigInteger, int[], String)} on the global instance. */
    public static long[] randint(java.math.BigInteger low, java.math.BigInteger high, int[] size, String dtype) {
        synchronized (RAND) {
            return RAND.randint(low, high, size, dtype);
        }
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(java.math.BigInteger, java.math.BigInteger, int[], DType)} on the global instance. */
    public static long[] randint(java.math.BigInteger low, java.math.BigInteger high, int[] size, DType dtype) {
        synchronized (RAND) {
            return RAND.randint(low, high, size, dtype);
        }
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long)} on the global instance. */
    public static long randint(long low) {
        synchronized (RAND) {
            return RAND.randint(low);
        }
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long, long)} on the global instance. */
    public static long randint(long low, long high) {
        synchronized (RAND) {
            return RAND.randint(low, high);
        }
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long, long, int[])} on the global instance. */
    public static long[] randint(long low, long high, int... size) {
        synchronized (RAND) {
            return RAND.randint(low, high, size);
        }
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long, long, int[], DType)} on the global instance. */
    public static long[] randint(long low, long high, int[] size, DType dtype) {
        synchronized (RAND) {
            return RAND.randint(low, high, size, dtype);
        }
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(long, long, DType)} on the global instance. */
    public static long randint(long low, long high, DType dtype) {
        synchronized (RAND) {
            return RAND.randint(low, high, dtype);
        }
    }

    /** NumPy's {@code np.random.randint}: {@link RandomState#randint(NdArray, NdArray, int[], DType)} on the global instance. */
    public static NdArray randint(NdArray low, NdArray high, int[] size, DType dtype) {
        synchronized (RAND) {
            return RAND.randint(low, high, size, dtype);
        }
    }

    /** NumPy's {@code np.random.randn}: {@link RandomState#randn()} on the global instance. */
    public static double randn() {
        synchronized (RAND) {
            return RAND.randn();
        }
    }

    /** NumPy's {@code np.random.randn}: {@link RandomState#randn(int[])} on the global instance. */
    public static double[] randn(int... dims) {
        synchronized (RAND) {
            return RAND.randn(dims);
        }
    }

    /** NumPy's {@code np.random.random}: {@link RandomState#random()} on the global instance. */
    public static double random() {
        synchronized (RAND) {
            return RAND.random();
        }
    }

    /** NumPy's {@code np.random.random}: {@link RandomState#random(int[])} on the global instance. */
    public static double[] random(int... size) {
        synchronized (RAND) {
            return RAND.random(size);
        }
    }

    /** NumPy's {@code np.random.random_sample}: {@link RandomState#randomSample()} on the global instance. */
    public static double randomSample() {
        synchronized (RAND) {
            return RAND.randomSample();
        }
    }

    /** NumPy's {@code np.random.random_sample}: {@link RandomState#randomSample(double[])} on the global instance. */
    public static double[] randomSample(double[] out) {
        synchronized (RAND) {
            return RAND.randomSample(out);
        }
    }

    /** NumPy's {@code np.random.random_sample}: {@link RandomState#randomSample(int[])} on the global instance. */
    public static double[] randomSample(int... size) {
        synchronized (RAND) {
            return RAND.randomSample(size);
        }
    }

    /** NumPy's {@code np.random.seed}: {@link RandomState#seed()} on the global instance. */
    public static void seed() {
        synchronized (RAND) {
            RAND.seed();
        }
    }

    /** NumPy's {@code np.random.seed}: {@link RandomState#seed(long)} on the global instance. */
    public static void seed(long seed) {
        synchronized (RAND) {
            RAND.seed(seed);
        }
    }

    /** NumPy's {@code np.random.seed}: {@link RandomState#seed(long[])} on the global instance. */
    public static void seed(long... seed) {
        synchronized (RAND) {
            RAND.seed(seed);
        }
    }

    /** NumPy's {@code np.random.set_state}: {@link RandomState#setState(Object)} on the global instance. */
    public static void setState(Object state) {
        synchronized (RAND) {
            RAND.setState(state);
        }
    }

    /** NumPy's {@code np.random.shuffle}: {@link RandomState#shuffle(double[])} on the global instance. */
    public static void shuffle(double[] x) {
        synchronized (RAND) {
            RAND.shuffle(x);
        }
    }

    /** NumPy's {@code np.random.shuffle}: {@link RandomState#shuffle(int[])} on the global instance. */
    public static void shuffle(int[] x) {
        synchronized (RAND) {
            RAND.shuffle(x);
        }
    }

    /** NumPy's {@code np.random.shuffle}: {@link RandomState#shuffle(Object[])} on the global instance. */
    public static void shuffle(Object[] x) {
        synchronized (RAND) {
            RAND.shuffle(x);
        }
    }

    /** NumPy's {@code np.random.shuffle}: {@link RandomState#shuffle(java.util.List)} on the global instance. */
    public static void shuffle(java.util.List<?> x) {
        synchronized (RAND) {
            RAND.shuffle(x);
        }
    }

    /** NumPy's {@code np.random.shuffle}: {@link RandomState#shuffle(long[])} on the global instance. */
    public static void shuffle(long[] x) {
        synchronized (RAND) {
            RAND.shuffle(x);
        }
    }

    /** NumPy's {@code np.random.standard_exponential}: {@link RandomState#standardExponential()} on the global instance. */
    public static double standardExponential() {
        synchronized (RAND) {
            return RAND.standardExponential();
        }
    }

    /** NumPy's {@code np.random.standard_exponential}: {@link RandomState#standardExponential(double[])} on the global instance. */
    public static double[] standardExponential(double[] out) {
        synchronized (RAND) {
            return RAND.standardExponential(out);
        }
    }

    /** NumPy's {@code np.random.standard_exponential}: {@link RandomState#standardExponential(int[])} on the global instance. */
    public static double[] standardExponential(int... size) {
        synchronized (RAND) {
            return RAND.standardExponential(size);
        }
    }

    /** NumPy's {@code np.random.standard_gamma}: {@link RandomState#standardGamma(double)} on the global instance. */
    public static double standardGamma(double shape) {
        synchronized (RAND) {
            return RAND.standardGamma(shape);
        }
    }

    /** NumPy's {@code np.random.standard_gamma}: {@link RandomState#standardGamma(double, double[])} on the global instance. */
    public static double[] standardGamma(double shape, double[] out) {
        synchronized (RAND) {
            return RAND.standardGamma(shape, out);
        }
    }

    /** NumPy's {@code np.random.standard_gamma}: {@link RandomState#standardGamma(double, int[])} on the global instance. */
    public static double[] standardGamma(double shape, int... size) {
        synchronized (RAND) {
            return RAND.standardGamma(shape, size);
        }
    }

    /** NumPy's {@code np.random.standard_gamma}: {@link RandomState#standardGamma(NdArray, int[])} on the global instance. */
    public static NdArray standardGamma(NdArray shape, int[] size) {
        synchronized (RAND) {
            return RAND.standardGamma(shape, size);
        }
    }

    /** NumPy's {@code np.random.standard_normal}: {@link RandomState#standardNormal()} on the global instance. */
    public static double standardNormal() {
        synchronized (RAND) {
            return RAND.standardNormal();
        }
    }

    /** NumPy's {@code np.random.standard_normal}: {@link RandomState#standardNormal(double[])} on the global instance. */
    public static double[] standardNormal(double[] out) {
        synchronized (RAND) {
            return RAND.standardNormal(out);
        }
    }

    /** NumPy's {@code np.random.standard_normal}: {@link RandomState#standardNormal(int[])} on the global instance. */
    public static double[] standardNormal(int... size) {
        synchronized (RAND) {
            return RAND.standardNormal(size);
        }
    }

    /** NumPy's {@code np.random.tomaxint}: {@link RandomState#tomaxint()} on the global instance. */
    public static long tomaxint() {
        synchronized (RAND) {
            return RAND.tomaxint();
        }
    }

    /** NumPy's {@code np.random.tomaxint}: {@link RandomState#tomaxint(int[])} on the global instance. */
    public static long[] tomaxint(int... size) {
        synchronized (RAND) {
            return RAND.tomaxint(size);
        }
    }

    /** NumPy's {@code np.random.triangular}: {@link RandomState#triangular(double, double, double)} on the global instance. */
    public static double triangular(double left, double mode, double right) {
        synchronized (RAND) {
            return RAND.triangular(left, mode, right);
        }
    }

    /** NumPy's {@code np.random.triangular}: {@link RandomState#triangular(double, double, double, double[])} on the global instance. */
    public static double[] triangular(double left, double mode, double right, double[] out) {
        synchronized (RAND) {
            return RAND.triangular(left, mode, right, out);
        }
    }

    /** NumPy's {@code np.random.triangular}: {@link RandomState#triangular(double, double, double, int[])} on the global instance. */
    public static double[] triangular(double left, double mode, double right, int... size) {
        synchronized (RAND) {
            return RAND.triangular(left, mode, right, size);
        }
    }

    /** NumPy's {@code np.random.triangular}: {@link RandomState#triangular(NdArray, NdArray, NdArray, int[])} on the global instance. */
    public static NdArray triangular(NdArray left, NdArray mode, NdArray right, int[] size) {
        synchronized (RAND) {
            return RAND.triangular(left, mode, right, size);
        }
    }

    /** NumPy's {@code np.random.uniform}: {@link RandomState#uniform(double, double)} on the global instance. */
    public static double uniform(double low, double high) {
        synchronized (RAND) {
            return RAND.uniform(low, high);
        }
    }

    /** NumPy's {@code np.random.uniform}: {@link RandomState#uniform(double, double, double[])} on the global instance. */
    public static double[] uniform(double low, double high, double[] out) {
        synchronized (RAND) {
            return RAND.uniform(low, high, out);
        }
    }

    /** NumPy's {@code np.random.uniform}: {@link RandomState#uniform(double, double, int[])} on the global instance. */
    public static double[] uniform(double low, double high, int... size) {
        synchronized (RAND) {
            return RAND.uniform(low, high, size);
        }
    }

    /** NumPy's {@code np.random.uniform}: {@link RandomState#uniform(NdArray, NdArray, int[])} on the global instance. */
    public static NdArray uniform(NdArray low, NdArray high, int[] size) {
        synchronized (RAND) {
            return RAND.uniform(low, high, size);
        }
    }
}
