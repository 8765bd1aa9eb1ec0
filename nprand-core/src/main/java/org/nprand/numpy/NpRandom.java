package org.nprand.numpy;

import java.math.BigInteger;
import java.util.List;

/**
 * NumPy's module-level legacy functions ({@code np.random.seed}, {@code np.random.rand},
 * {@code np.random.randint}, ...): static methods over one global {@link RandomState}, NumPy's
 * {@code np.random.mtrand._rand}, which is seeded from OS entropy when this class initializes.
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

    // ---- seeding and state -----------------------------------------------------------------

    /** NumPy's {@code np.random.seed()}: reseeds from OS entropy. */
    public static void seed() {
        synchronized (RAND) {
            RAND.seed();
        }
    }

    /**
     * NumPy's {@code np.random.seed(seed)} for an int.
     *
     * @throws org.nprand.errors.ValueError {@code "Seed must be between 0 and 2**32 - 1"}
     */
    public static void seed(long seed) {
        synchronized (RAND) {
            RAND.seed(seed);
        }
    }

    /**
     * NumPy's {@code np.random.seed([s0, s1, ...])}.
     *
     * @throws org.nprand.errors.ValueError {@code "Seed must be non-empty"}, {@code "Seed must be
     *     between 0 and 2**32 - 1"}
     */
    public static void seed(long... seed) {
        synchronized (RAND) {
            RAND.seed(seed);
        }
    }

    /** NumPy's {@code np.random.get_state()}: the {@link LegacyState} tuple. */
    public static Object getState() {
        synchronized (RAND) {
            return RAND.getState();
        }
    }

    /** NumPy's {@code np.random.get_state(legacy)}; see {@link RandomState#getState(boolean)}. */
    public static Object getState(boolean legacy) {
        synchronized (RAND) {
            return RAND.getState(legacy);
        }
    }

    /** NumPy's {@code np.random.set_state(state)}; see {@link RandomState#setState(Object)}. */
    public static void setState(Object state) {
        synchronized (RAND) {
            RAND.setState(state);
        }
    }

    // ---- uniform floats --------------------------------------------------------------------

    /** NumPy's {@code np.random.random_sample()}. */
    public static double randomSample() {
        synchronized (RAND) {
            return RAND.randomSample();
        }
    }

    /** NumPy's {@code np.random.random_sample(size)}, flat in C order. */
    public static double[] randomSample(int... size) {
        synchronized (RAND) {
            return RAND.randomSample(size);
        }
    }

    /** NumPy's {@code np.random.random()}. */
    public static double random() {
        return randomSample();
    }

    /** NumPy's {@code np.random.random(size)}. */
    public static double[] random(int... size) {
        return randomSample(size);
    }

    /** NumPy's {@code np.random.rand()}. */
    public static double rand() {
        return randomSample();
    }

    /** NumPy's {@code np.random.rand(d0, d1, ...)}, flat in C order. */
    public static double[] rand(int... dims) {
        return randomSample(dims);
    }

    // ---- integers --------------------------------------------------------------------------

    /** NumPy's {@code np.random.randint(low)}: one int64 in {@code [0, low)}. */
    public static long randint(long low) {
        synchronized (RAND) {
            return RAND.randint(low);
        }
    }

    /** NumPy's {@code np.random.randint(low, high)}. */
    public static long randint(long low, long high) {
        synchronized (RAND) {
            return RAND.randint(low, high);
        }
    }

    /** NumPy's {@code np.random.randint(low, high, dtype=dtype)}. */
    public static long randint(long low, long high, DType dtype) {
        synchronized (RAND) {
            return RAND.randint(low, high, dtype);
        }
    }

    /** NumPy's {@code np.random.randint(low, high, size)}, int64, flat in C order. */
    public static long[] randint(long low, long high, int... size) {
        synchronized (RAND) {
            return RAND.randint(low, high, size);
        }
    }

    /** NumPy's {@code np.random.randint(low, high, size, dtype)}; {@code size == null} is {@code None}. */
    public static long[] randint(long low, long high, int[] size, DType dtype) {
        synchronized (RAND) {
            return RAND.randint(low, high, size, dtype);
        }
    }

    /** NumPy's {@code np.random.randint} with Python-int bounds of any size; see {@link RandomState}. */
    public static long[] randint(BigInteger low, BigInteger high, int[] size, DType dtype) {
        synchronized (RAND) {
            return RAND.randint(low, high, size, dtype);
        }
    }

    /** NumPy's {@code np.random.randint} with 1-d array bounds (broadcast path); see {@link RandomState}. */
    public static long[] randint(long[] low, long[] high, int[] size, DType dtype) {
        synchronized (RAND) {
            return RAND.randint(low, high, size, dtype);
        }
    }

    /** NumPy's {@code np.random.randint} with the dtype as a NumPy spelling ({@code "uint8"}, ...). */
    public static long[] randint(BigInteger low, BigInteger high, int[] size, String dtype) {
        synchronized (RAND) {
            return RAND.randint(low, high, size, dtype);
        }
    }

    /** NumPy's {@code np.random.bytes(length)}; see {@link RandomState#bytes(long)}. */
    public static byte[] bytes(long length) {
        synchronized (RAND) {
            return RAND.bytes(length);
        }
    }

    // ---- shuffle and permutation -----------------------------------------------------------

    /** NumPy's {@code np.random.shuffle(x)}, in place. */
    public static void shuffle(double[] x) {
        synchronized (RAND) {
            RAND.shuffle(x);
        }
    }

    /** NumPy's {@code np.random.shuffle(x)}, in place. */
    public static void shuffle(long[] x) {
        synchronized (RAND) {
            RAND.shuffle(x);
        }
    }

    /** NumPy's {@code np.random.shuffle(x)}, in place. */
    public static void shuffle(int[] x) {
        synchronized (RAND) {
            RAND.shuffle(x);
        }
    }

    /** NumPy's {@code np.random.shuffle(x)} for an object array or the rows of an n-d array, in place. */
    public static void shuffle(Object[] x) {
        synchronized (RAND) {
            RAND.shuffle(x);
        }
    }

    /** NumPy's {@code np.random.shuffle(x)} for a list, in place. */
    public static void shuffle(List<?> x) {
        synchronized (RAND) {
            RAND.shuffle(x);
        }
    }

    /** NumPy's {@code np.random.permutation(n)}. */
    public static long[] permutation(long n) {
        synchronized (RAND) {
            return RAND.permutation(n);
        }
    }

    /** NumPy's {@code np.random.permutation(x)}: a shuffled copy. */
    public static double[] permutation(double[] x) {
        synchronized (RAND) {
            return RAND.permutation(x);
        }
    }

    /** NumPy's {@code np.random.permutation(x)}: a shuffled copy. */
    public static long[] permutation(long[] x) {
        synchronized (RAND) {
            return RAND.permutation(x);
        }
    }

    /** NumPy's {@code np.random.permutation(x)}: a shuffled copy. */
    public static int[] permutation(int[] x) {
        synchronized (RAND) {
            return RAND.permutation(x);
        }
    }

    /** NumPy's {@code np.random.permutation(x)} for an object array or the rows of an n-d array. */
    public static <T> T[] permutation(T[] x) {
        synchronized (RAND) {
            return RAND.permutation(x);
        }
    }

    /** NumPy's {@code np.random.permutation(x)} for a list: a new, shuffled list. */
    public static <T> List<T> permutation(List<T> x) {
        synchronized (RAND) {
            return RAND.permutation(x);
        }
    }

    // ---- continuous distributions ----------------------------------------------------------

    /** NumPy's {@code np.random.standard_exponential()}. */
    public static double standardExponential() {
        synchronized (RAND) {
            return RAND.standardExponential();
        }
    }

    /** NumPy's {@code np.random.standard_exponential(size)}. */
    public static double[] standardExponential(int... size) {
        synchronized (RAND) {
            return RAND.standardExponential(size);
        }
    }

    /** NumPy's {@code np.random.triangular(left, mode, right)}. */
    public static double triangular(double left, double mode, double right) {
        synchronized (RAND) {
            return RAND.triangular(left, mode, right);
        }
    }

    /** NumPy's {@code np.random.triangular} with 1-d array parameters; see {@link RandomState}. */
    public static double[] triangular(double[] left, double[] mode, double[] right, int[] size) {
        synchronized (RAND) {
            return RAND.triangular(left, mode, right, size);
        }
    }

    /** NumPy's {@code np.random.triangular(left, mode, right, size)}. */
    public static double[] triangular(double left, double mode, double right, int... size) {
        synchronized (RAND) {
            return RAND.triangular(left, mode, right, size);
        }
    }
}
