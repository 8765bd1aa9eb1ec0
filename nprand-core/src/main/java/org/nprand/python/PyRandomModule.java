package org.nprand.python;

import java.math.BigInteger;
import java.util.List;

/**
 * CPython's module-level {@code random} functions ({@code random.seed}, {@code random.random},
 * ...): bound methods of one hidden {@link PyRandom} ({@code random._inst}) seeded from OS
 * entropy when this class is initialised, as CPython seeds it at import.
 *
 * <p>Safe to call from several threads: every function holds the shared instance's lock for its
 * whole call, so each call sees a consistent state (a call such as {@code shuffle} is atomic
 * here, which CPython does not promise). For reproducible parallel work give each thread its
 * own {@link PyRandom} instead.
 */
public final class PyRandomModule {

    private static final PyRandom INSTANCE = new PyRandom();

    private PyRandomModule() {
    }

    /** {@code random.seed()}: re-seed from OS entropy. */
    public static void seed() {
        synchronized (INSTANCE) {
            INSTANCE.seed();
        }
    }

    /** {@code random.seed(a)} for an int. */
    public static void seed(long a) {
        synchronized (INSTANCE) {
            INSTANCE.seed(a);
        }
    }

    /** {@code random.seed(a)} for an int of any size. */
    public static void seed(BigInteger a) {
        synchronized (INSTANCE) {
            INSTANCE.seed(a);
        }
    }

    /** {@code random.seed(a)} for a str (version 2). */
    public static void seed(String a) {
        synchronized (INSTANCE) {
            INSTANCE.seed(a);
        }
    }

    /** {@code random.seed(a)} for bytes (version 2). */
    public static void seed(byte[] a) {
        synchronized (INSTANCE) {
            INSTANCE.seed(a);
        }
    }

    /** {@code random.seed(a)} for a float. */
    public static void seed(double a) {
        synchronized (INSTANCE) {
            INSTANCE.seed(a);
        }
    }

    /** {@code random.seed(a)} for a value of any type; see {@link PyRandom#seed(Object)}. */
    public static void seed(Object a) {
        synchronized (INSTANCE) {
            INSTANCE.seed(a);
        }
    }

    /** {@code random.seed(a, version=version)}; see {@link PyRandom#seed(Object, int)}. */
    public static void seed(Object a, int version) {
        synchronized (INSTANCE) {
            INSTANCE.seed(a, version);
        }
    }

    /** {@code random.seed(a, version=version)} for a str; see {@link PyRandom#seed(String, int)}. */
    public static void seed(String a, int version) {
        synchronized (INSTANCE) {
            INSTANCE.seed(a, version);
        }
    }

    /** {@code random.seed(a, version=version)} for bytes; see {@link PyRandom#seed(byte[], int)}. */
    public static void seed(byte[] a, int version) {
        synchronized (INSTANCE) {
            INSTANCE.seed(a, version);
        }
    }

    /** {@code random.random()}. */
    public static double random() {
        synchronized (INSTANCE) {
            return INSTANCE.random();
        }
    }

    /** {@code random.getrandbits(k)}. */
    public static BigInteger getrandbits(int k) {
        synchronized (INSTANCE) {
            return INSTANCE.getrandbits(k);
        }
    }

    /** {@code random.getrandbits(k)} for {@code k <= 64} as a long's unsigned bits; see {@link PyRandom#getrandbitsLong(int)}. */
    public static long getrandbitsLong(int k) {
        synchronized (INSTANCE) {
            return INSTANCE.getrandbitsLong(k);
        }
    }

    /** {@code random.randbytes(n)}. */
    public static byte[] randbytes(int n) {
        synchronized (INSTANCE) {
            return INSTANCE.randbytes(n);
        }
    }

    /** {@code random.randrange(stop)}. */
    public static long randrange(long stop) {
        synchronized (INSTANCE) {
            return INSTANCE.randrange(stop);
        }
    }

    /** {@code random.randrange(stop)} for an int of any size. */
    public static BigInteger randrange(BigInteger stop) {
        synchronized (INSTANCE) {
            return INSTANCE.randrange(stop);
        }
    }

    /** {@code random.randrange(start, stop)}. */
    public static long randrange(long start, long stop) {
        synchronized (INSTANCE) {
            return INSTANCE.randrange(start, stop);
        }
    }

    /** {@code random.randrange(start, stop)} for ints of any size. */
    public static BigInteger randrange(BigInteger start, BigInteger stop) {
        synchronized (INSTANCE) {
            return INSTANCE.randrange(start, stop);
        }
    }

    /** {@code random.randrange(start, stop, step)}. */
    public static long randrange(long start, long stop, long step) {
        synchronized (INSTANCE) {
            return INSTANCE.randrange(start, stop, step);
        }
    }

    /** {@code random.randrange(start, stop, step)} for ints of any size; see {@link PyRandom}. */
    public static BigInteger randrange(BigInteger start, BigInteger stop, BigInteger step) {
        synchronized (INSTANCE) {
            return INSTANCE.randrange(start, stop, step);
        }
    }

    /** {@code random.randint(a, b)}. */
    public static long randint(long a, long b) {
        synchronized (INSTANCE) {
            return INSTANCE.randint(a, b);
        }
    }

    /** {@code random.randint(a, b)} for ints of any size. */
    public static BigInteger randint(BigInteger a, BigInteger b) {
        synchronized (INSTANCE) {
            return INSTANCE.randint(a, b);
        }
    }

    /** {@code random.shuffle(x)}. */
    public static <T> void shuffle(List<T> x) {
        synchronized (INSTANCE) {
            INSTANCE.shuffle(x);
        }
    }

    /** {@code random.shuffle(x)} for an int array. */
    public static void shuffle(int[] x) {
        synchronized (INSTANCE) {
            INSTANCE.shuffle(x);
        }
    }

    /** {@code random.shuffle(x)} for an array of references. */
    public static void shuffle(Object[] x) {
        synchronized (INSTANCE) {
            INSTANCE.shuffle(x);
        }
    }

    /** {@code random.shuffle(x)} for a long array. */
    public static void shuffle(long[] x) {
        synchronized (INSTANCE) {
            INSTANCE.shuffle(x);
        }
    }

    /** {@code random.shuffle(x)} for a double array. */
    public static void shuffle(double[] x) {
        synchronized (INSTANCE) {
            INSTANCE.shuffle(x);
        }
    }

    /** {@code random.choice(seq)}. */
    public static <T> T choice(List<T> seq) {
        synchronized (INSTANCE) {
            return INSTANCE.choice(seq);
        }
    }

    /** {@code random.choice(seq)} for an array. */
    public static <T> T choice(T[] seq) {
        synchronized (INSTANCE) {
            return INSTANCE.choice(seq);
        }
    }

    /** {@code random.choice(seq)} for an int array. */
    public static int choice(int[] seq) {
        synchronized (INSTANCE) {
            return INSTANCE.choice(seq);
        }
    }

    /** {@code random.choice(seq)} for a double array. */
    public static double choice(double[] seq) {
        synchronized (INSTANCE) {
            return INSTANCE.choice(seq);
        }
    }

    /** {@code random.choices(population, k=k)}. */
    public static <T> List<T> choices(List<T> population, int k) {
        synchronized (INSTANCE) {
            return INSTANCE.choices(population, k);
        }
    }

    /** {@code random.choices(population, weights, cum_weights=..., k=k)} with float weights. */
    public static <T> List<T> choices(List<T> population, double[] weights, double[] cumWeights, int k) {
        synchronized (INSTANCE) {
            return INSTANCE.choices(population, weights, cumWeights, k);
        }
    }

    /** {@code random.choices(population, weights, cum_weights=..., k=k)} with int weights. */
    public static <T> List<T> choices(List<T> population, long[] weights, long[] cumWeights, int k) {
        synchronized (INSTANCE) {
            return INSTANCE.choices(population, weights, cumWeights, k);
        }
    }

    /** {@code random.sample(population, k)}. */
    public static <T> List<T> sample(List<T> population, int k) {
        synchronized (INSTANCE) {
            return INSTANCE.sample(population, k);
        }
    }

    /** {@code random.sample(population, k, counts=counts)}. */
    public static <T> List<T> sample(List<T> population, int k, long[] counts) {
        synchronized (INSTANCE) {
            return INSTANCE.sample(population, k, counts);
        }
    }

    /** {@code random.sample(range(n), k)}. */
    public static long[] sample(long n, int k) {
        synchronized (INSTANCE) {
            return INSTANCE.sample(n, k);
        }
    }

    /** {@code random.uniform(a, b)}. */
    public static double uniform(double a, double b) {
        synchronized (INSTANCE) {
            return INSTANCE.uniform(a, b);
        }
    }

    /** {@code random.triangular()}. */
    public static double triangular() {
        synchronized (INSTANCE) {
            return INSTANCE.triangular();
        }
    }

    /** {@code random.triangular(low, high)}. */
    public static double triangular(double low, double high) {
        synchronized (INSTANCE) {
            return INSTANCE.triangular(low, high);
        }
    }

    /** {@code random.triangular(low, high, mode)}. */
    public static double triangular(double low, double high, double mode) {
        synchronized (INSTANCE) {
            return INSTANCE.triangular(low, high, mode);
        }
    }

    /** {@code random.seed()}'s OS entropy; see {@link PyRandom#seedEntropy()}. */
    public static BigInteger seedEntropy() {
        synchronized (INSTANCE) {
            return INSTANCE.seedEntropy();
        }
    }

    /** {@code random.normalvariate()}. */
    public static double normalvariate() {
        synchronized (INSTANCE) {
            return INSTANCE.normalvariate();
        }
    }

    /** {@code random.normalvariate(mu, sigma)}. */
    public static double normalvariate(double mu, double sigma) {
        synchronized (INSTANCE) {
            return INSTANCE.normalvariate(mu, sigma);
        }
    }

    /** {@code random.gauss()}. */
    public static double gauss() {
        synchronized (INSTANCE) {
            return INSTANCE.gauss();
        }
    }

    /** {@code random.gauss(mu, sigma)}: its {@code gauss_next} is the shared instance's; see {@link PyRandom#gauss(double, double)}. */
    public static double gauss(double mu, double sigma) {
        synchronized (INSTANCE) {
            return INSTANCE.gauss(mu, sigma);
        }
    }

    /** {@code random.lognormvariate(mu, sigma)}. */
    public static double lognormvariate(double mu, double sigma) {
        synchronized (INSTANCE) {
            return INSTANCE.lognormvariate(mu, sigma);
        }
    }

    /** {@code random.expovariate()}. */
    public static double expovariate() {
        synchronized (INSTANCE) {
            return INSTANCE.expovariate();
        }
    }

    /** {@code random.expovariate(lambd)}. */
    public static double expovariate(double lambd) {
        synchronized (INSTANCE) {
            return INSTANCE.expovariate(lambd);
        }
    }

    /** {@code random.vonmisesvariate(mu, kappa)}. */
    public static double vonmisesvariate(double mu, double kappa) {
        synchronized (INSTANCE) {
            return INSTANCE.vonmisesvariate(mu, kappa);
        }
    }

    /** {@code random.gammavariate(alpha, beta)}. */
    public static double gammavariate(double alpha, double beta) {
        synchronized (INSTANCE) {
            return INSTANCE.gammavariate(alpha, beta);
        }
    }

    /** {@code random.betavariate(alpha, beta)}. */
    public static double betavariate(double alpha, double beta) {
        synchronized (INSTANCE) {
            return INSTANCE.betavariate(alpha, beta);
        }
    }

    /** {@code random.paretovariate(alpha)}. */
    public static double paretovariate(double alpha) {
        synchronized (INSTANCE) {
            return INSTANCE.paretovariate(alpha);
        }
    }

    /** {@code random.weibullvariate(alpha, beta)}. */
    public static double weibullvariate(double alpha, double beta) {
        synchronized (INSTANCE) {
            return INSTANCE.weibullvariate(alpha, beta);
        }
    }

    /** {@code random.binomialvariate()}. */
    public static long binomialvariate() {
        synchronized (INSTANCE) {
            return INSTANCE.binomialvariate();
        }
    }

    /** {@code random.binomialvariate(n)}. */
    public static long binomialvariate(long n) {
        synchronized (INSTANCE) {
            return INSTANCE.binomialvariate(n);
        }
    }

    /** {@code random.binomialvariate(n, p)}. */
    public static long binomialvariate(long n, double p) {
        synchronized (INSTANCE) {
            return INSTANCE.binomialvariate(n, p);
        }
    }

    /** {@code random.getstate()}. */
    public static PyRandomState getstate() {
        synchronized (INSTANCE) {
            return INSTANCE.getstate();
        }
    }

    /** {@code random.setstate(state)}. */
    public static void setstate(PyRandomState state) {
        synchronized (INSTANCE) {
            INSTANCE.setstate(state);
        }
    }

    /** {@code random.setstate(state)} for the Python tuple as Java values; see {@link PyRandom#setstate(List)}. */
    public static void setstate(List<?> state) {
        synchronized (INSTANCE) {
            INSTANCE.setstate(state);
        }
    }
}
