package org.nprand.python;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import org.nprand.errors.NotImplementedError;
import org.nprand.errors.ValueError;

/**
 * CPython 3.13's {@code random.SystemRandom}: the methods of {@code random.Random}, with
 * {@code random()}, {@code getrandbits()} and {@code randbytes()} drawn from the operating system's
 * source ({@link SecureRandom} standing for {@code os.urandom}) and everything else
 * ({@code randrange}, {@code choice}, {@code shuffle}, {@code sample}, {@code gauss},
 * {@code binomialvariate}, ...) built on those three exactly as CPython builds it. For keys,
 * tokens, passwords and anything else that must not be guessed; see also {@link PySecrets}.
 *
 * <p>There is nothing to reproduce: {@code seed} does nothing and {@code getstate}/{@code setstate}
 * raise {@code NotImplementedError}, as in CPython. Argument checks and messages are
 * {@link PyRandom}'s, except {@code randbytes} (os.urandom's {@code "negative argument not allowed"}).
 *
 * <p>The draws are thread-safe; {@code gauss} keeps its second value per instance (CPython's
 * {@code gauss_next}) and, as in CPython, is not atomic: give each thread its own instance, or
 * use {@link #normalvariate}, if several threads call {@code gauss}.
 */
public final class PySystemRandom {

    private static final String NO_STATE = "System entropy source does not have state.";

    private final PyRandom r;

    /** {@code random.SystemRandom()}: over a new {@link SecureRandom} (the platform's default). */
    public PySystemRandom() {
        this(new SecureRandom());
    }

    /**
     * A SystemRandom over the given source, e.g. {@code SecureRandom.getInstanceStrong()} or
     * {@code SecureRandom.getInstance("NativePRNGNonBlocking")}.
     */
    public PySystemRandom(SecureRandom source) {
        if (source == null) {
            throw new NullPointerException("source");
        }
        this.r = new PyRandom(new SystemDraws(source));
    }

    /** The internal {@code _randbelow(n)} for {@link PySecrets}, {@code n > 0}. */
    BigInteger randbelow(BigInteger n) {
        return r.randbelow(n);
    }

    /** The internal {@code _randbelow(n)} for {@link PySecrets}, {@code n > 0}. */
    long randbelow(long n) {
        return r.randbelow(n);
    }

    /** {@code seed(...)}: does nothing (CPython's stub: {@code "Not used for a system random number generator."}). */
    public void seed() {
        // CPython's SystemRandom.seed is a stub
    }

    /** {@code seed(...)}: does nothing (CPython's stub: {@code "Not used for a system random number generator."}). */
    public void seed(long a) {
        // CPython's SystemRandom.seed is a stub
    }

    /** {@code seed(...)}: does nothing (CPython's stub: {@code "Not used for a system random number generator."}). */
    public void seed(BigInteger a) {
        // CPython's SystemRandom.seed is a stub
    }

    /** {@code seed(...)}: does nothing (CPython's stub: {@code "Not used for a system random number generator."}). */
    public void seed(String a) {
        // CPython's SystemRandom.seed is a stub
    }

    /** {@code seed(...)}: does nothing (CPython's stub: {@code "Not used for a system random number generator."}). */
    public void seed(byte[] a) {
        // CPython's SystemRandom.seed is a stub
    }

    /** {@code seed(...)}: does nothing (CPython's stub: {@code "Not used for a system random number generator."}). */
    public void seed(double a) {
        // CPython's SystemRandom.seed is a stub
    }

    /** {@code seed(...)}: does nothing (CPython's stub: {@code "Not used for a system random number generator."}). */
    public void seed(String a, int version) {
        // CPython's SystemRandom.seed is a stub
    }

    /** {@code seed(...)}: does nothing (CPython's stub: {@code "Not used for a system random number generator."}). */
    public void seed(byte[] a, int version) {
        // CPython's SystemRandom.seed is a stub
    }

    /** {@code seed(...)}: does nothing (CPython's stub: {@code "Not used for a system random number generator."}). */
    public void seed(Object a) {
        // CPython's SystemRandom.seed is a stub
    }

    /** {@code seed(...)}: does nothing (CPython's stub: {@code "Not used for a system random number generator."}). */
    public void seed(Object a, int version) {
        // CPython's SystemRandom.seed is a stub
    }

    /** {@code random()}: {@code (int.from_bytes(os.urandom(7)) >> 3) * 2**-53}, 53 bits from the OS source. */
    public double random() {
        return r.random();
    }

    /** {@code getrandbits(k)}: {@code int.from_bytes(os.urandom((k + 7) // 8)) >> (8 * nbytes - k)}.
     *
     * @throws ValueError {@code "number of bits must be non-negative"} */
    public BigInteger getrandbits(int k) {
        return r.getrandbits(k);
    }

    /** {@link #getrandbits(int)} for {@code 0 <= k <= 64}, as a long's unsigned bits.
     *
     * @throws ValueError {@code "number of bits must be non-negative"}
     * @throws IllegalArgumentException for {@code k > 64} */
    public long getrandbitsLong(int k) {
        return r.getrandbitsLong(k);
    }

    /** {@code randbytes(n)}: {@code os.urandom(n)}.
     *
     * @throws ValueError {@code "negative argument not allowed"} (os.urandom's message, not Random's) */
    public byte[] randbytes(int n) {
        return r.randbytes(n);
    }

    /** {@code randrange(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public long randrange(long stop) {
        return r.randrange(stop);
    }

    /** {@code randrange(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public BigInteger randrange(BigInteger stop) {
        return r.randrange(stop);
    }

    /** {@code randrange(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public long randrange(long start, long stop) {
        return r.randrange(start, stop);
    }

    /** {@code randrange(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public BigInteger randrange(BigInteger start, BigInteger stop) {
        return r.randrange(start, stop);
    }

    /** {@code randrange(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public long randrange(long start, long stop, long step) {
        return r.randrange(start, stop, step);
    }

    /** {@code randrange(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public BigInteger randrange(BigInteger start, BigInteger stop, BigInteger step) {
        return r.randrange(start, stop, step);
    }

    /** {@code randint(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public long randint(long a, long b) {
        return r.randint(a, b);
    }

    /** {@code randint(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public BigInteger randint(BigInteger a, BigInteger b) {
        return r.randint(a, b);
    }

    /** {@code shuffle(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public <T> void shuffle(List<T> x) {
        r.shuffle(x);
    }

    /** {@code shuffle(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public void shuffle(Object[] x) {
        r.shuffle(x);
    }

    /** {@code shuffle(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public void shuffle(int[] x) {
        r.shuffle(x);
    }

    /** {@code shuffle(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public void shuffle(long[] x) {
        r.shuffle(x);
    }

    /** {@code shuffle(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public void shuffle(double[] x) {
        r.shuffle(x);
    }

    /** {@code choice(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public <T> T choice(List<T> seq) {
        return r.choice(seq);
    }

    /** {@code choice(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public <T> T choice(T[] seq) {
        return r.choice(seq);
    }

    /** {@code choice(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public int choice(int[] seq) {
        return r.choice(seq);
    }

    /** {@code choice(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double choice(double[] seq) {
        return r.choice(seq);
    }

    /** {@code choices(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public <T> List<T> choices(List<T> population, int k) {
        return r.choices(population, k);
    }

    /** {@code choices(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public <T> List<T> choices(List<T> population, double[] weights, double[] cumWeights, int k) {
        return r.choices(population, weights, cumWeights, k);
    }

    /** {@code choices(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public <T> List<T> choices(List<T> population, long[] weights, long[] cumWeights, int k) {
        return r.choices(population, weights, cumWeights, k);
    }

    /** {@code sample(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public <T> List<T> sample(List<T> population, int k) {
        return r.sample(population, k);
    }

    /** {@code sample(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public long[] sample(long n, int k) {
        return r.sample(n, k);
    }

    /** {@code sample(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public <T> List<T> sample(List<T> population, int k, long[] counts) {
        return r.sample(population, k, counts);
    }

    /** {@code uniform(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double uniform(double a, double b) {
        return r.uniform(a, b);
    }

    /** {@code triangular(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double triangular() {
        return r.triangular();
    }

    /** {@code triangular(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double triangular(double low, double high) {
        return r.triangular(low, high);
    }

    /** {@code triangular(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double triangular(double low, double high, double mode) {
        return r.triangular(low, high, mode);
    }

    /** {@code normalvariate(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double normalvariate() {
        return r.normalvariate();
    }

    /** {@code normalvariate(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double normalvariate(double mu, double sigma) {
        return r.normalvariate(mu, sigma);
    }

    /** {@code gauss(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double gauss() {
        return r.gauss();
    }

    /** {@code gauss(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double gauss(double mu, double sigma) {
        return r.gauss(mu, sigma);
    }

    /** {@code lognormvariate(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double lognormvariate(double mu, double sigma) {
        return r.lognormvariate(mu, sigma);
    }

    /** {@code expovariate(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double expovariate() {
        return r.expovariate();
    }

    /** {@code expovariate(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double expovariate(double lambd) {
        return r.expovariate(lambd);
    }

    /** {@code vonmisesvariate(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double vonmisesvariate(double mu, double kappa) {
        return r.vonmisesvariate(mu, kappa);
    }

    /** {@code gammavariate(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double gammavariate(double alpha, double beta) {
        return r.gammavariate(alpha, beta);
    }

    /** {@code betavariate(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double betavariate(double alpha, double beta) {
        return r.betavariate(alpha, beta);
    }

    /** {@code paretovariate(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double paretovariate(double alpha) {
        return r.paretovariate(alpha);
    }

    /** {@code weibullvariate(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public double weibullvariate(double alpha, double beta) {
        return r.weibullvariate(alpha, beta);
    }

    /** {@code binomialvariate(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public long binomialvariate() {
        return r.binomialvariate();
    }

    /** {@code binomialvariate(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public long binomialvariate(long n) {
        return r.binomialvariate(n);
    }

    /** {@code binomialvariate(...)}: as {@link PyRandom}'s, built on this class's OS draws. */
    public long binomialvariate(long n, double p) {
        return r.binomialvariate(n, p);
    }

    /** {@code getstate()}: CPython's {@code SystemRandom} has no state.
     *
     * @throws NotImplementedError {@code "System entropy source does not have state."} */
    public PyRandomState getstate() {
        throw new NotImplementedError(NO_STATE);
    }

    /** {@code setstate(state)}: CPython's {@code SystemRandom} has no state.
     *
     * @throws NotImplementedError {@code "System entropy source does not have state."} */
    public void setstate(PyRandomState state) {
        throw new NotImplementedError(NO_STATE);
    }

    /** {@code setstate(state)}: CPython's {@code SystemRandom} has no state.
     *
     * @throws NotImplementedError {@code "System entropy source does not have state."} */
    public void setstate(List<?> state) {
        throw new NotImplementedError(NO_STATE);
    }
}
