package org.nprand.bench.sbs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.MT19937;
import org.nprand.bitgen.PCG64;
import org.nprand.bitgen.PCG64DXSM;
import org.nprand.bitgen.Philox;
import org.nprand.bitgen.SFC64;
import org.nprand.numpy.DType;
import org.nprand.numpy.Generator;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;

/**
 * The bulk operations of the side-by-side benchmark, by id: one call draws {@code n} values
 * (or the count given in {@code nprand-bench/python/side_by_side.py}, which lists the same ids
 * with NumPy's statement for each and is the single list of what is measured).
 *
 * <p>Every operation gets fresh generators seeded as the Python side's: {@code RandomState(12345)},
 * {@code default_rng(12345)}, {@code X(12345)} for each bit generator, {@code random.Random(12345)}.
 * Fill forms write into an array allocated once; allocating forms return a new array per call,
 * as a caller writes them. Only the chosen operation's arrays are built, so one JVM fork holds
 * one operation and its call sites stay monomorphic, as in a caller's program.
 */
public final class BulkOps {

    /** Elements of the shuffled lists (Python lists / {@code java.util.List}). */
    public static final int LIST_N = 1_000_000;

    private BulkOps() {
    }

    /** The operation {@code id} at size {@code n}; throws for an unknown id. */
    public static Supplier<Object> create(String id, int n) {
        RandomState rs = new RandomState(12345L);
        Generator rng = Generator.defaultRng(12345L);
        rs.setWarningHandler((category, message) -> { });
        int[] size = {n};
        int third = n / 3;
        switch (id) {
            // ---- generator-bound: uniform doubles, raw streams, bytes ----
            case "rsRand": return () -> rs.rand(n);
            case "rsRandomSampleFill": { double[] out = new double[n]; return () -> rs.randomSample(out); }
            case "rngRandom": return () -> rng.random(n);
            case "rngRandomFill": { double[] out = new double[n]; return () -> rng.random(out); }
            case "mt19937Raw": { MT19937 bg = new MT19937(12345L); return () -> bg.randomRaw(n); }
            case "pcg64Raw": { PCG64 bg = new PCG64(12345L); return () -> bg.randomRaw(n); }
            case "pcg64dxsmRaw": { PCG64DXSM bg = new PCG64DXSM(12345L); return () -> bg.randomRaw(n); }
            case "philoxRaw": { Philox bg = new Philox(12345L); return () -> bg.randomRaw(n); }
            case "sfc64Raw": { SFC64 bg = new SFC64(12345L); return () -> bg.randomRaw(n); }
            case "mt19937RawFill": {
                MT19937 bg = new MT19937(12345L);
                int[] out = new int[n];
                return () -> { bg.fillUInt32(out, 0, n); return out; };
            }
            case "pcg64RawFill": return fill64(new PCG64(12345L), n);
            case "pcg64dxsmRawFill": return fill64(new PCG64DXSM(12345L), n);
            case "philoxRawFill": return fill64(new Philox(12345L), n);
            case "sfc64RawFill": return fill64(new SFC64(12345L), n);
            case "mt19937RandomFill": return genFill(new MT19937(12345L), n);
            case "pcg64dxsmRandomFill": return genFill(new PCG64DXSM(12345L), n);
            case "philoxRandomFill": return genFill(new Philox(12345L), n);
            case "sfc64RandomFill": return genFill(new SFC64(12345L), n);
            case "rsBytes": return () -> rs.bytes(4L * n);
            case "rngBytes": return () -> rng.bytes(4L * n);

            // ---- bounded integers ----
            // A narrow dtype's allocating call is the typed form into a new array of its width
            // (the README's rs.randint(1, 100, DType.INT16, new short[n]), NumPy's 1 to 4 bytes per
            // value); the *Longs ids are the dtype-generic forms, whose long[] takes 8.
            case "rsRandint": return () -> rs.randint(1L, 100L, n);
            case "rsRandintInt8": return () -> rs.randint(1L, 100L, DType.INT8, new byte[n]);
            case "rsRandintInt8Longs": return () -> rs.randint(1L, 100L, size, DType.INT8);
            case "rsRandintInt16": return () -> rs.randint(1L, 100L, DType.INT16, new short[n]);
            case "rsRandintInt16Longs": return () -> rs.randint(1L, 100L, size, DType.INT16);
            case "rsRandintInt32": return () -> rs.randint(1L, 100L, DType.INT32, new int[n]);
            case "rsRandintInt32Longs": return () -> rs.randint(1L, 100L, size, DType.INT32);
            case "rsRandintUint8": return () -> rs.randint(1L, 100L, DType.UINT8, new byte[n]);
            case "rsRandintUint8Longs": return () -> rs.randint(1L, 100L, size, DType.UINT8);
            case "rsRandintUint16": return () -> rs.randint(1L, 100L, DType.UINT16, new short[n]);
            case "rsRandintUint16Longs": return () -> rs.randint(1L, 100L, size, DType.UINT16);
            case "rsRandintUint32": return () -> rs.randint(1L, 100L, DType.UINT32, new int[n]);
            case "rsRandintUint32Longs": return () -> rs.randint(1L, 100L, size, DType.UINT32);
            case "rsRandintUint64": return () -> rs.randint(1L, 100L, size, DType.UINT64);
            case "rsRandintBool": return () -> rs.randint(0L, 2L, DType.BOOL, new boolean[n]);
            case "rsRandintBoolLongs": return () -> rs.randint(0L, 2L, size, DType.BOOL);
            case "rsRandint64": return () -> rs.randint(0L, 1L << 62, n);
            case "rsRandintUint64Wide": {
                BigInteger high = BigInteger.valueOf(3).shiftLeft(62);
                return () -> rs.randint(BigInteger.ZERO, high, size, DType.UINT64);
            }
            case "rngIntegers": return () -> rng.integers(0L, 100L, n);
            case "rngIntegersInt8": return () -> rng.integers(0L, 100L, DType.INT8, false, new byte[n]);
            case "rngIntegersInt8Longs": return integers(rng, 100, size, DType.INT8);
            case "rngIntegersInt16": return () -> rng.integers(0L, 100L, DType.INT16, false, new short[n]);
            case "rngIntegersInt16Longs": return integers(rng, 100, size, DType.INT16);
            case "rngIntegersInt32": return () -> rng.integers(0L, 100L, DType.INT32, false, new int[n]);
            case "rngIntegersInt32Longs": return integers(rng, 100, size, DType.INT32);
            case "rngIntegersUint8": return () -> rng.integers(0L, 100L, DType.UINT8, false, new byte[n]);
            case "rngIntegersUint8Longs": return integers(rng, 100, size, DType.UINT8);
            case "rngIntegersUint16": return () -> rng.integers(0L, 100L, DType.UINT16, false, new short[n]);
            case "rngIntegersUint16Longs": return integers(rng, 100, size, DType.UINT16);
            case "rngIntegersUint32": return () -> rng.integers(0L, 100L, DType.UINT32, false, new int[n]);
            case "rngIntegersUint32Longs": return integers(rng, 100, size, DType.UINT32);
            case "rngIntegersUint64": return integers(rng, 100, size, DType.UINT64);
            case "rngIntegersBool": return () -> rng.integers(0L, 2L, DType.BOOL, false, new boolean[n]);
            case "rngIntegersBoolLongs": return integers(rng, 2, size, DType.BOOL);
            case "rngIntegers64": return () -> rng.integers(0L, 1L << 62, n);
            case "rngIntegersUint64Wide": {
                BigInteger high = BigInteger.valueOf(3).shiftLeft(62);
                return () -> rng.integers(BigInteger.ZERO, high, size, DType.UINT64, false);
            }
            case "rsRandintInt8Fill": { byte[] out = new byte[n]; return () -> rs.randint(1L, 100L, DType.INT8, out); }
            case "rsRandintInt16Fill": { short[] out = new short[n]; return () -> rs.randint(1L, 100L, DType.INT16, out); }
            case "rsRandintInt32Fill": { int[] out = new int[n]; return () -> rs.randint(1L, 100L, DType.INT32, out); }
            case "rsRandintInt64Fill": { long[] out = new long[n]; return () -> rs.randint(1L, 100L, DType.INT64, out); }
            case "rsRandintUint8Fill": { byte[] out = new byte[n]; return () -> rs.randint(1L, 100L, DType.UINT8, out); }
            case "rsRandintUint16Fill": { short[] out = new short[n]; return () -> rs.randint(1L, 100L, DType.UINT16, out); }
            case "rsRandintUint32Fill": { int[] out = new int[n]; return () -> rs.randint(1L, 100L, DType.UINT32, out); }
            case "rsRandintUint64Fill": { long[] out = new long[n]; return () -> rs.randint(1L, 100L, DType.UINT64, out); }
            case "rsRandintBoolFill": { boolean[] out = new boolean[n]; return () -> rs.randint(0L, 2L, DType.BOOL, out); }
            case "rngIntegersInt8Fill": { byte[] out = new byte[n]; return () -> rng.integers(0L, 100L, DType.INT8, false, out); }
            case "rngIntegersInt16Fill": { short[] out = new short[n]; return () -> rng.integers(0L, 100L, DType.INT16, false, out); }
            case "rngIntegersInt32Fill": { int[] out = new int[n]; return () -> rng.integers(0L, 100L, DType.INT32, false, out); }
            case "rngIntegersInt64Fill": { long[] out = new long[n]; return () -> rng.integers(0L, 100L, DType.INT64, false, out); }
            case "rngIntegersUint8Fill": { byte[] out = new byte[n]; return () -> rng.integers(0L, 100L, DType.UINT8, false, out); }
            case "rngIntegersUint16Fill": { short[] out = new short[n]; return () -> rng.integers(0L, 100L, DType.UINT16, false, out); }
            case "rngIntegersUint32Fill": { int[] out = new int[n]; return () -> rng.integers(0L, 100L, DType.UINT32, false, out); }
            case "rngIntegersUint64Fill": { long[] out = new long[n]; return () -> rng.integers(0L, 100L, DType.UINT64, false, out); }
            case "rngIntegersBoolFill": { boolean[] out = new boolean[n]; return () -> rng.integers(0L, 2L, DType.BOOL, false, out); }
            case "rsRandomIntegers": return () -> rs.randomIntegers(1L, 100L, n);
            case "rsTomaxint": return () -> rs.tomaxint(n);

            // ---- shuffles ----
            case "rsShuffle": { double[] x = arange(n); return () -> { rs.shuffle(x); return x; }; }
            case "rsPermutation": return () -> rs.permutation((long) n);
            case "rsChoiceNoReplace": return () -> rs.choice((long) n, new int[] {n / 2}, false, null);
            case "rsShuffleList": { List<Long> x = list(); return () -> { rs.shuffle(x); return x; }; }
            case "rngShuffle": { double[] x = arange(n); return () -> { rng.shuffle(x); return x; }; }
            case "rngPermutation": return () -> rng.permutation((long) n);
            case "rngChoiceNoReplace": return () -> rng.choice((long) n, new int[] {n / 2}, false, null, true);
            case "rngPermuted": {
                NdArray x = NdArray.of(new int[] {n}, arange(n));
                return () -> rng.permuted(x, null);
            }
            case "rngShuffleList": { List<Long> x = list(); return () -> { rng.shuffle(x); return x; }; }
            case "pyShuffleList": {
                PyRandom py = new PyRandom(12345L);
                List<Long> x = list();
                return () -> { py.shuffle(x); return x; };
            }

            // ---- RandomState samplers with a target (libm-bound legacy samplers) ----
            case "rsStandardExponential": return () -> rs.standardExponential(n);
            case "rsStandardExponentialFill": { double[] o = new double[n]; return () -> rs.standardExponential(o); }
            case "rsTriangular": return () -> rs.triangular(0.0, 0.5, 1.0, n);
            case "rsTriangularFill": { double[] o = new double[n]; return () -> rs.triangular(0.0, 0.5, 1.0, o); }
            case "rsStandardNormal": return () -> rs.standardNormal(n);
            case "rsStandardNormalFill": { double[] o = new double[n]; return () -> rs.standardNormal(o); }
            case "rsNormal": return () -> rs.normal(0.0, 1.0, n);
            case "rsNormalFill": { double[] o = new double[n]; return () -> rs.normal(0.0, 1.0, o); }
            case "rsRandn": return () -> rs.randn(n);

            // ---- RandomState: the other distributions ----
            case "rsBeta": return () -> rs.beta(2.0, 3.0, n);
            case "rsBinomial": return () -> rs.binomial(20L, 0.3, n);
            case "rsBinomialBtpe": return () -> rs.binomial(1000L, 0.4, n);
            case "rsChisquare": return () -> rs.chisquare(3.0, n);
            case "rsDirichlet": { double[] a = {1.0, 2.0, 3.0}; return () -> rs.dirichlet(a, third); }
            case "rsExponential": return () -> rs.exponential(2.0, n);
            case "rsF": return () -> rs.f(3.0, 5.0, n);
            case "rsGamma": return () -> rs.gamma(3.5, 1.0, n);
            case "rsGammaSmall": return () -> rs.gamma(0.5, 1.0, n);
            case "rsGeometric": return () -> rs.geometric(0.2, n);
            case "rsGumbel": return () -> rs.gumbel(0.0, 1.0, n);
            case "rsHypergeometric": return () -> rs.hypergeometric(10L, 20L, 15L, n);
            case "rsLaplace": return () -> rs.laplace(0.0, 1.0, n);
            case "rsLogistic": return () -> rs.logistic(0.0, 1.0, n);
            case "rsLognormal": return () -> rs.lognormal(0.0, 1.0, n);
            case "rsLogseries": return () -> rs.logseries(0.9, n);
            case "rsMultinomial": { double[] p = {0.2, 0.3, 0.5}; return () -> rs.multinomial(20L, p, third); }
            case "rsMultivariateNormal": {
                double[] mean = {0.0, 1.0, 2.0};
                double[][] cov = {{2.0, 0.5, 0.1}, {0.5, 1.0, 0.2}, {0.1, 0.2, 1.5}};
                return () -> rs.multivariateNormal(mean, cov, third);
            }
            case "rsNegativeBinomial": return () -> rs.negativeBinomial(5.0, 0.5, n);
            case "rsNoncentralChisquare": return () -> rs.noncentralChisquare(3.0, 2.0, n);
            case "rsNoncentralF": return () -> rs.noncentralF(3.0, 5.0, 2.0, n);
            case "rsPareto": return () -> rs.pareto(3.0, n);
            case "rsPoisson": return () -> rs.poisson(3.0, n);
            case "rsPoissonLarge": return () -> rs.poisson(50.0, n);
            case "rsPower": return () -> rs.power(2.0, n);
            case "rsRayleigh": return () -> rs.rayleigh(1.0, n);
            case "rsStandardCauchy": return () -> rs.standardCauchy(n);
            case "rsStandardGamma": return () -> rs.standardGamma(2.5, n);
            case "rsStandardT": return () -> rs.standardT(5.0, n);
            case "rsUniform": return () -> rs.uniform(-1.0, 1.0, n);
            case "rsVonmises": return () -> rs.vonmises(0.0, 4.0, n);
            case "rsWald": return () -> rs.wald(1.0, 1.0, n);
            case "rsWeibull": return () -> rs.weibull(1.5, n);
            case "rsZipf": return () -> rs.zipf(2.0, n);

            // ---- Generator samplers with a target ----
            case "rngStandardNormal": return () -> rng.standardNormal(n);
            case "rngStandardNormalFill": { double[] o = new double[n]; return () -> rng.standardNormal(o); }
            case "rngNormal": return () -> rng.normal(0.0, 1.0, n);
            case "rngNormalFill": { double[] o = new double[n]; return () -> rng.normal(0.0, 1.0, o); }
            case "rngStandardExponential": return () -> rng.standardExponential(n);
            case "rngStandardExponentialFill": { double[] o = new double[n]; return () -> rng.standardExponential(o); }
            case "rngGamma": return () -> rng.gamma(3.5, 1.0, n);
            case "rngGammaSmall": return () -> rng.gamma(0.5, 1.0, n);
            case "rngPoisson": return () -> rng.poisson(3.0, n);
            case "rngPoissonLarge": return () -> rng.poisson(50.0, n);
            case "rngBinomial": return () -> rng.binomial(20L, 0.3, n);
            case "rngBinomialBtpe": return () -> rng.binomial(1000L, 0.4, n);

            // ---- Generator: the other distributions ----
            case "rngBeta": return () -> rng.beta(2.0, 3.0, n);
            case "rngChisquare": return () -> rng.chisquare(3.0, n);
            case "rngDirichlet": { double[] a = {1.0, 2.0, 3.0}; return () -> rng.dirichlet(a, third); }
            case "rngExponential": return () -> rng.exponential(2.0, n);
            case "rngF": return () -> rng.f(3.0, 5.0, n);
            case "rngGeometric": return () -> rng.geometric(0.2, n);
            case "rngGumbel": return () -> rng.gumbel(0.0, 1.0, n);
            case "rngHypergeometric": return () -> rng.hypergeometric(10L, 20L, 15L, n);
            case "rngLaplace": return () -> rng.laplace(0.0, 1.0, n);
            case "rngLogistic": return () -> rng.logistic(0.0, 1.0, n);
            case "rngLognormal": return () -> rng.lognormal(0.0, 1.0, n);
            case "rngLogseries": return () -> rng.logseries(0.9, n);
            case "rngMultinomial": { double[] p = {0.2, 0.3, 0.5}; return () -> rng.multinomial(20L, p, third); }
            case "rngMultivariateNormal": {
                double[] mean = {0.0, 1.0, 2.0};
                double[][] cov = {{2.0, 0.5, 0.1}, {0.5, 1.0, 0.2}, {0.1, 0.2, 1.5}};
                return () -> rng.multivariateNormal(mean, cov, third);
            }
            case "rngNegativeBinomial": return () -> rng.negativeBinomial(5.0, 0.5, n);
            case "rngNoncentralChisquare": return () -> rng.noncentralChisquare(3.0, 2.0, n);
            case "rngNoncentralF": return () -> rng.noncentralF(3.0, 5.0, 2.0, n);
            case "rngPareto": return () -> rng.pareto(3.0, n);
            case "rngPower": return () -> rng.power(2.0, n);
            case "rngRayleigh": return () -> rng.rayleigh(1.0, n);
            case "rngStandardCauchy": return () -> rng.standardCauchy(n);
            case "rngStandardGamma": return () -> rng.standardGamma(2.5, n);
            case "rngStandardT": return () -> rng.standardT(5.0, n);
            case "rngTriangular": return () -> rng.triangular(0.0, 0.5, 1.0, n);
            case "rngUniform": return () -> rng.uniform(-1.0, 1.0, n);
            case "rngVonmises": return () -> rng.vonmises(0.0, 4.0, n);
            case "rngWald": return () -> rng.wald(1.0, 1.0, n);
            case "rngWeibull": return () -> rng.weibull(1.5, n);
            case "rngZipf": return () -> rng.zipf(2.0, n);
            case "rngRandomFloat32": return () -> rng.randomFloat(n);
            case "rngStandardNormalFloat32": return () -> rng.standardNormalFloat(n);
            default:
                throw new IllegalArgumentException("unknown bulk op " + id);
        }
    }

    private static Supplier<Object> fill64(BitGenerator bg, int n) {
        long[] out = new long[n];
        return () -> {
            bg.fillUInt64(out, 0, n);
            return out;
        };
    }

    private static Supplier<Object> genFill(BitGenerator bg, int n) {
        Generator g = new Generator(bg);
        double[] out = new double[n];
        return () -> g.random(out);
    }

    private static Supplier<Object> integers(Generator rng, long high, int[] size, DType dtype) {
        BigInteger hi = BigInteger.valueOf(high);
        return () -> rng.integers(BigInteger.ZERO, hi, size, dtype, false);
    }

    private static double[] arange(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    private static List<Long> list() {
        List<Long> x = new ArrayList<>(LIST_N);
        for (long i = 0; i < LIST_N; i++) {
            x.add(i);
        }
        return x;
    }
}
