package org.nprand.bench.sbs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.nprand.bitgen.MT19937;
import org.nprand.concurrent.Hold;
import org.nprand.numpy.Generator;
import org.nprand.numpy.NpRandom;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;

/**
 * The per-call operations of the side-by-side benchmark, by id: scalar draws of RandomState,
 * Generator, the module functions ({@link NpRandom}, through their lock) and CPython's
 * {@code random.Random}, the scalar calls with a target also as a loop of {@link #HELD_CALLS}
 * calls inside one {@link Hold} (Numba's jitted loop takes no lock either),
 * plus a few expensive single calls (MT19937's {@code jumped()}, seeding
 * {@code random.Random} from a long str or int). Each returns its result as a {@code long}
 * (doubles by their bits) so nothing is boxed. Ids and NumPy's/Numba's/CPython's statements:
 * {@code nprand-bench/python/side_by_side.py}.
 */
public final class CallOps {

    /** Calls per operation in the held rows ({@code side_by_side.py}'s values "H"). */
    static final int HELD_CALLS = 1000;

    /** Characters of the str seed, and bits / 8 of the int seed. */
    static final int SEED_LEN = 1_000_000;

    private CallOps() {
    }

    /** The operation {@code id}; throws for an unknown id. */
    public static LongSupplier create(String id) {
        RandomState rs = new RandomState(12345L);
        Generator rng = Generator.defaultRng(12345L);
        PyRandom py = new PyRandom(12345L);
        NpRandom.seed(12345L);
        switch (id) {
            // ---- scalar calls with a Numba target ----
            case "rsRandScalar": return () -> bits(rs.rand());
            case "rsRandintScalar": return () -> rs.randint(1L, 100L);
            case "rngRandomScalar": return () -> bits(rng.random());
            case "rngIntegersScalar": return () -> rng.integers(0L, 10L);
            case "rngStandardNormalScalar": return () -> bits(rng.standardNormal());
            case "npRandScalar": return () -> bits(NpRandom.rand());
            case "npRandintScalar": return () -> NpRandom.randint(1L, 100L);
            case "npStandardNormalScalar": return () -> bits(NpRandom.standardNormal());
            // ---- the same scalar calls, HELD_CALLS of them inside one hold (Numba's loop) ----
            case "rsRandHeld": return heldSum(rs::hold, rs::rand);
            case "rsRandintHeld": return heldCount(rs::hold, () -> rs.randint(1L, 100L));
            case "rngRandomHeld": return heldSum(rng::hold, rng::random);
            case "rngIntegersHeld": return heldCount(rng::hold, () -> rng.integers(0L, 10L));
            case "rngStandardNormalHeld": return heldSum(rng::hold, rng::standardNormal);
            // ---- other scalar calls (against NumPy's per-call time) ----
            case "rsRandint64Scalar": return () -> rs.randint(0L, 1L << 62);
            case "rsStandardNormalScalar": return () -> bits(rs.standardNormal());
            case "rsNormalScalar": return () -> bits(rs.normal(0.0, 1.0));
            case "rsStandardExponentialScalar": return () -> bits(rs.standardExponential());
            case "rsGammaScalar": return () -> bits(rs.gamma(3.5, 1.0));
            case "rsPoissonScalar": return () -> rs.poisson(3.0);
            case "rsBinomialScalar": return () -> rs.binomial(20L, 0.3);
            case "rsUniformScalar": return () -> bits(rs.uniform(-1.0, 1.0));
            case "rngNormalScalar": return () -> bits(rng.normal(0.0, 1.0));
            case "rngStandardExponentialScalar": return () -> bits(rng.standardExponential());
            case "rngGammaScalar": return () -> bits(rng.gamma(3.5, 1.0));
            case "rngPoissonScalar": return () -> rng.poisson(3.0);
            case "rngBinomialScalar": return () -> rng.binomial(20L, 0.3);
            case "rngUniformScalar": return () -> bits(rng.uniform(-1.0, 1.0));
            // ---- CPython's random.Random ----
            case "pyRandom": return () -> bits(py.random());
            case "pyRandint": return () -> py.randint(1L, 100L);
            case "pyGauss": return () -> bits(py.gauss());
            case "pyRandomHeld": return heldSum(py::hold, py::random);
            case "pyRandintHeld": return heldCount(py::hold, () -> py.randint(1L, 100L));
            case "pyGaussHeld": return heldSum(py::hold, py::gauss);
            case "pyUniform": return () -> bits(py.uniform(-1.0, 1.0));
            case "pyRandrange": return () -> py.randrange(100L);
            case "pyGetrandbits64": return () -> py.getrandbits(64).longValue();
            case "pyChoice": { List<Long> x = list(100); return () -> py.choice(x); }
            case "pyNormalvariate": return () -> bits(py.normalvariate(0.0, 1.0));
            case "pyLognormvariate": return () -> bits(py.lognormvariate(0.0, 1.0));
            case "pyExpovariate": return () -> bits(py.expovariate(1.0));
            case "pyGammavariate": return () -> bits(py.gammavariate(2.0, 1.0));
            case "pyBetavariate": return () -> bits(py.betavariate(2.0, 3.0));
            case "pyParetovariate": return () -> bits(py.paretovariate(2.0));
            case "pyWeibullvariate": return () -> bits(py.weibullvariate(1.0, 2.0));
            case "pyVonmisesvariate": return () -> bits(py.vonmisesvariate(0.0, 4.0));
            case "pyTriangular": return () -> bits(py.triangular(0.0, 1.0, 0.5));
            case "pyBinomialvariate": return () -> py.binomialvariate(20L, 0.3);
            case "pySample": { List<Long> x = list(1000); return () -> py.sample(x, 10).size(); }
            // ---- single expensive calls ----
            case "mt19937Jumped": { MT19937 mt = new MT19937(12345L); return () -> mt.jumped().randomRaw(); }
            case "pySeedStr": {
                StringBuilder sb = new StringBuilder(SEED_LEN);
                for (int i = 0; i < SEED_LEN; i++) {
                    sb.append((char) ('a' + i % 26));
                }
                String seed = sb.toString();
                return () -> { py.seed(seed); return 0L; };
            }
            case "pySeedInt": {
                BigInteger seed = BigInteger.ONE.shiftLeft(8 * SEED_LEN).subtract(BigInteger.ONE)
                        .divide(BigInteger.valueOf(3));
                return () -> { py.seed(seed); return 0L; };
            }
            default:
                throw new IllegalArgumentException("unknown call op " + id);
        }
    }

    /**
     * {@link #HELD_CALLS} calls of {@code call} inside one hold, summed as Numba's loop sums them
     * (each fork creates one op, so the call inlines into the loop).
     */
    private static LongSupplier heldSum(Supplier<Hold> hold, DoubleSupplier call) {
        return () -> {
            try (Hold held = hold.get()) {
                double acc = 0;
                for (int i = 0; i < HELD_CALLS; i++) {
                    acc += call.getAsDouble();
                }
                return bits(acc);
            }
        };
    }

    /** {@link #heldSum} for a call that returns an integer. */
    private static LongSupplier heldCount(Supplier<Hold> hold, LongSupplier call) {
        return () -> {
            try (Hold held = hold.get()) {
                long acc = 0;
                for (int i = 0; i < HELD_CALLS; i++) {
                    acc += call.getAsLong();
                }
                return acc;
            }
        };
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    private static List<Long> list(int n) {
        List<Long> x = new ArrayList<>(n);
        for (long i = 0; i < n; i++) {
            x.add(i);
        }
        return x;
    }
}
