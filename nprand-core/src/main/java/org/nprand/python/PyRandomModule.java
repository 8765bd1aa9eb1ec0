package org.nprand.python;

import org.nprand.concurrent.Hold;

import java.math.BigInteger;
import java.util.List;

/**
 * CPython's module-level {@code random} functions ({@code random.seed}, {@code random.random},
 * ...): bound methods of one hidden {@link PyRandom} ({@code random._inst}) seeded from OS
 * entropy when this class is initialised, as CPython seeds it at import.
 *
 * <p>Safe to call from several threads: every function is one call of the shared instance, whose
 * methods hold its lock for the whole call, so each call sees a consistent state (a call such as
 * {@code shuffle} is atomic here, which CPython does not promise). No second lock around it: a
 * nested monitor enter and exit is not free (about 3 ns per call). For reproducible parallel work
 * give each thread its own {@link PyRandom} instead.
 */
public final class PyRandomModule {

    private static final PyRandom INSTANCE = new PyRandom();

    private PyRandomModule() {
    }

    /**
     * Takes the module functions' lock (the global instance's) until the returned hold is
     * closed; see {@link PyRandom#hold()}.
     */
    public static Hold hold() {
        return INSTANCE.hold();
    }

    /** {@code random.seed()}: re-seed from OS entropy. */
    public static void seed() {
        INSTANCE.seed();
    }

    /** {@code random.seed(a)} for an int. */
    public static void seed(long a) {
        INSTANCE.seed(a);
    }

    /** {@code random.seed(a)} for an int of any size. */
    public static void seed(BigInteger a) {
        INSTANCE.seed(a);
    }

    /** {@code random.seed(a)} for a str (version 2). */
    public static void seed(String a) {
        INSTANCE.seed(a);
    }

    /** {@code random.seed(a)} for bytes (version 2). */
    public static void seed(byte[] a) {
        INSTANCE.seed(a);
    }

    /** {@code random.seed(a)} for a float. */
    public static void seed(double a) {
        INSTANCE.seed(a);
    }

    /** {@code random.seed(a)} for a value of any type; see {@link PyRandom#seed(Object)}. */
    public static void seed(Object a) {
        INSTANCE.seed(a);
    }

    /** {@code random.seed(a, version=version)}; see {@link PyRandom#seed(Object, int)}. */
    public static void seed(Object a, int version) {
        INSTANCE.seed(a, version);
    }

    /** {@code random.seed(a, version=version)} for a str; see {@link PyRandom#seed(String, int)}. */
    public static void seed(String a, int version) {
        INSTANCE.seed(a, version);
    }

    /** {@code random.seed(a, version=version)} for bytes; see {@link PyRandom#seed(byte[], int)}. */
    public static void seed(byte[] a, int version) {
        INSTANCE.seed(a, version);
    }

    /** {@code random.random()}. */
    public static double random() {
        return INSTANCE.random();
    }

    /** {@code random.getrandbits(k)}. */
    public static BigInteger getrandbits(int k) {
        return INSTANCE.getrandbits(k);
    }

    /** {@code random.getrandbits(k)} for {@code k <= 64} as a long's unsigned bits; see {@link PyRandom#getrandbitsLong(int)}. */
    public static long getrandbitsLong(int k) {
        return INSTANCE.getrandbitsLong(k);
    }

    /** {@code random.randbytes(n)}. */
    public static byte[] randbytes(int n) {
        return INSTANCE.randbytes(n);
    }

    /** {@code random.randrange(stop)}. */
    public static long randrange(long stop) {
        return INSTANCE.randrange(stop);
    }

    /** {@code random.randrange(stop)} for an int of any size. */
    public static BigInteger randrange(BigInteger stop) {
        return INSTANCE.randrange(stop);
    }

    /** {@code random.randrange(start, stop)}. */
    public static long randrange(long start, long stop) {
        return INSTANCE.randrange(start, stop);
    }

    /** {@code random.randrange(start, stop)} for ints of any size. */
    public static BigInteger randrange(BigInteger start, BigInteger stop) {
        return INSTANCE.randrange(start, stop);
    }

    /** {@code random.randrange(start, stop, step)}. */
    public static long randrange(long start, long stop, long step) {
        return INSTANCE.randrange(start, stop, step);
    }

    /** {@code random.randrange(start, stop, step)} for ints of any size; see {@link PyRandom}. */
    public static BigInteger randrange(BigInteger start, BigInteger stop, BigInteger step) {
        return INSTANCE.randrange(start, stop, step);
    }

    /** {@code random.randint(a, b)}. */
    public static long randint(long a, long b) {
        return INSTANCE.randint(a, b);
    }

    /** {@code random.randint(a, b)} for ints of any size. */
    public static BigInteger randint(BigInteger a, BigInteger b) {
        return INSTANCE.randint(a, b);
    }

    /** {@code random.shuffle(x)}. */
    public static <T> void shuffle(List<T> x) {
        INSTANCE.shuffle(x);
    }

    /** {@code random.shuffle(x)} for an int array. */
    public static void shuffle(int[] x) {
        INSTANCE.shuffle(x);
    }

    /** {@code random.shuffle(x)} for an array of references. */
    public static void shuffle(Object[] x) {
        INSTANCE.shuffle(x);
    }

    /** {@code random.shuffle(x)} for a long array. */
    public static void shuffle(long[] x) {
        INSTANCE.shuffle(x);
    }

    /** {@code random.shuffle(x)} for a double array. */
    public static void shuffle(double[] x) {
        INSTANCE.shuffle(x);
    }

    /** {@code random.choice(seq)}. */
    public static <T> T choice(List<T> seq) {
        return INSTANCE.choice(seq);
    }

    /** {@code random.choice(seq)} for an array. */
    public static <T> T choice(T[] seq) {
        return INSTANCE.choice(seq);
    }

    /** {@code random.choice(seq)} for an int array. */
    public static int choice(int[] seq) {
        return INSTANCE.choice(seq);
    }

    /** {@code random.choice(seq)} for a double array. */
    public static double choice(double[] seq) {
        return INSTANCE.choice(seq);
    }

    /** {@code random.choices(population, k=k)}. */
    public static <T> List<T> choices(List<T> population, int k) {
        return INSTANCE.choices(population, k);
    }

    /** {@code random.choices(population, weights, cum_weights=..., k=k)} with float weights. */
    public static <T> List<T> choices(List<T> population, double[] weights, double[] cumWeights, int k) {
        return INSTANCE.choices(population, weights, cumWeights, k);
    }

    /** {@code random.choices(population, weights, cum_weights=..., k=k)} with int weights. */
    public static <T> List<T> choices(List<T> population, long[] weights, long[] cumWeights, int k) {
        return INSTANCE.choices(population, weights, cumWeights, k);
    }

    /** {@code random.sample(population, k)}. */
    public static <T> List<T> sample(List<T> population, int k) {
        return INSTANCE.sample(population, k);
    }

    /** {@code random.sample(population, k, counts=counts)}. */
    public static <T> List<T> sample(List<T> population, int k, long[] counts) {
        return INSTANCE.sample(population, k, counts);
    }

    /** {@code random.sample(range(n), k)}. */
    public static long[] sample(long n, int k) {
        return INSTANCE.sample(n, k);
    }

    /** {@code random.uniform(a, b)}. */
    public static double uniform(double a, double b) {
        return INSTANCE.uniform(a, b);
    }

    /** {@code random.triangular()}. */
    public static double triangular() {
        return INSTANCE.triangular();
    }

    /** {@code random.triangular(low, high)}. */
    public static double triangular(double low, double high) {
        return INSTANCE.triangular(low, high);
    }

    /** {@code random.triangular(low, high, mode)}. */
    public static double triangular(double low, double high, double mode) {
        return INSTANCE.triangular(low, high, mode);
    }

    /** {@code random.seed()}'s OS entropy; see {@link PyRandom#seedEntropy()}. */
    public static BigInteger seedEntropy() {
        return INSTANCE.seedEntropy();
    }

    /** {@code random.normalvariate()}. */
    public static double normalvariate() {
        return INSTANCE.normalvariate();
    }

    /** {@code random.normalvariate(mu, sigma)}. */
    public static double normalvariate(double mu, double sigma) {
        return INSTANCE.normalvariate(mu, sigma);
    }

    /** {@code random.gauss()}. */
    public static double gauss() {
        return INSTANCE.gauss();
    }

    /** {@code random.gauss(mu, sigma)}: its {@code gauss_next} is the shared instance's; see {@link PyRandom#gauss(double, double)}. */
    public static double gauss(double mu, double sigma) {
        return INSTANCE.gauss(mu, sigma);
    }

    /** {@code random.lognormvariate(mu, sigma)}. */
    public static double lognormvariate(double mu, double sigma) {
        return INSTANCE.lognormvariate(mu, sigma);
    }

    /** {@code random.expovariate()}. */
    public static double expovariate() {
        return INSTANCE.expovariate();
    }

    /** {@code random.expovariate(lambd)}. */
    public static double expovariate(double lambd) {
        return INSTANCE.expovariate(lambd);
    }

    /** {@code random.vonmisesvariate(mu, kappa)}. */
    public static double vonmisesvariate(double mu, double kappa) {
        return INSTANCE.vonmisesvariate(mu, kappa);
    }

    /** {@code random.gammavariate(alpha, beta)}. */
    public static double gammavariate(double alpha, double beta) {
        return INSTANCE.gammavariate(alpha, beta);
    }

    /** {@code random.betavariate(alpha, beta)}. */
    public static double betavariate(double alpha, double beta) {
        return INSTANCE.betavariate(alpha, beta);
    }

    /** {@code random.paretovariate(alpha)}. */
    public static double paretovariate(double alpha) {
        return INSTANCE.paretovariate(alpha);
    }

    /** {@code random.weibullvariate(alpha, beta)}. */
    public static double weibullvariate(double alpha, double beta) {
        return INSTANCE.weibullvariate(alpha, beta);
    }

    /** {@code random.binomialvariate()}. */
    public static long binomialvariate() {
        return INSTANCE.binomialvariate();
    }

    /** {@code random.binomialvariate(n)}. */
    public static long binomialvariate(long n) {
        return INSTANCE.binomialvariate(n);
    }

    /** {@code random.binomialvariate(n, p)}. */
    public static long binomialvariate(long n, double p) {
        return INSTANCE.binomialvariate(n, p);
    }

    /** {@code random.getstate()}. */
    public static PyRandomState getstate() {
        return INSTANCE.getstate();
    }

    /** {@code random.setstate(state)}. */
    public static void setstate(PyRandomState state) {
        INSTANCE.setstate(state);
    }

    /** {@code random.setstate(state)} for the Python tuple as Java values; see {@link PyRandom#setstate(List)}. */
    public static void setstate(List<?> state) {
        INSTANCE.setstate(state);
    }
}
