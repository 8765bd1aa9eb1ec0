package org.nprand.numpy;

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
 * <p>Not thread-safe (NumPy locks each call; here give each thread its own instance, or use
 * {@link NpRandom}, whose calls are synchronized).
 */
public final class RandomState {

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);


    // The distribution methods as NumPy declares them in mtrand.pyx: kernel, parameters in the
    // kernel's order, constraints, defaults. Each facade below is one call into these, and the
    // replay binder reads the same declarations (MethodSpecs).
    private static final Distribution<RandomState> RANDOM_SAMPLE =
            Distribution.<RandomState>of("random_sample", rs -> rs.bitGenerator.nextDouble())
                    .withBulkFill((rs, out, from, to) -> rs.bitGenerator.fillDouble(out, from, to));
    private static final Distribution<RandomState> STANDARD_NORMAL =
            Distribution.of("standard_normal", rs -> LegacyGauss.sample(rs.aug));
    private static final Distribution<RandomState> NORMAL = Distribution.of("normal",
            (RandomState rs, double loc, double scale) -> LegacyNormal.sample(rs.aug, loc, scale),
            real("loc", NONE, 0.0), real("scale", NON_NEGATIVE, 1.0));
    private static final Distribution<RandomState> UNIFORM = Distribution.of("uniform",
            (RandomState rs, double low, double range) -> Uniform.sample(rs.bitGenerator, low, range),
            real("low", NONE, 0.0), real("high", NONE, 1.0)).withHook(CrossChecks.LEGACY_UNIFORM_RANGE);
    private static final Distribution<RandomState> STANDARD_EXPONENTIAL =
            Distribution.of("standard_exponential", rs -> LegacyStandardExponential.sample(rs.aug));
    private static final Distribution<RandomState> EXPONENTIAL = Distribution.of("exponential",
            (RandomState rs, double scale) -> LegacyExponential.sample(rs.aug, scale),
            real("scale", NON_NEGATIVE, 1.0));
    private static final Distribution<RandomState> STANDARD_GAMMA = Distribution.of("standard_gamma",
            (RandomState rs, double shape) -> LegacyStandardGamma.sample(rs.aug, shape),
            real("shape", NON_NEGATIVE));
    private static final Distribution<RandomState> GAMMA = Distribution.of("gamma",
            (RandomState rs, double shape, double scale) -> LegacyGamma.sample(rs.aug, shape, scale),
            real("shape", NON_NEGATIVE), real("scale", NON_NEGATIVE, 1.0));
    private static final Distribution<RandomState> BETA = Distribution.of("beta",
            (RandomState rs, double a, double b) -> LegacyBeta.sample(rs.aug, a, b),
            real("a", POSITIVE), real("b", POSITIVE));
    private static final Distribution<RandomState> POISSON = Distribution.ofLong("poisson",
            (RandomState rs, double lam) -> LegacyPoisson.sample(rs.bitGenerator, lam),
            real("lam", LEGACY_POISSON, 1.0));
    private static final Distribution<RandomState> BINOMIAL = Distribution.ofLong("binomial",
            (RandomState rs, double p, long n) -> LegacyBinomial.sample(rs.bitGenerator, rs.binomialCache, p, n),
            real("p", BOUNDED_0_1), integer("n", LEGACY_NON_NEGATIVE_INBOUNDS_LONG)).convertingAllFirst();
    private static final Distribution<RandomState> TRIANGULAR = Distribution.of("triangular",
            (RandomState rs, double left, double mode, double right) -> Triangular.sample(rs.bitGenerator, left, mode, right),
            real("left", NONE), real("mode", NONE), real("right", NONE)).withHook(CrossChecks.TRIANGULAR);

    static {
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
                new MethodSpec<RandomState>("randint", 1, RandomState::randintPython, "low", "high", "size", "dtype"));
    }

    private static Object absentIsNone(Object v) {
        return v == Args.ABSENT ? null : v;
    }

    private final BitGenerator bitGenerator;
    /** NumPy's {@code aug_bitgen_t}: the bit generator plus the legacy Gaussian cache. */
    private final AugmentedBitSource aug;
    /** NumPy's {@code binomial_t}: kept for the instance's lifetime (shared with multinomial). */
    private final BinomialState binomialCache = new BinomialState();

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

    /** NumPy's {@code RandomState._bit_generator}: the underlying bit generator (shared, live). */
    public BitGenerator bitGenerator() {
        return bitGenerator;
    }

    // ---- seeding and state -----------------------------------------------------------------

    /**
     * NumPy's {@code RandomState.seed()} ({@code seed=None}): reseeds MT19937 from OS entropy
     * (NumPy keeps the old {@code pos}) and resets the gauss cache.
     *
     * @throws TypeError {@code "can only re-seed a MT19937 BitGenerator"}
     */
    public void seed() {
        mt19937ForSeeding().legacySeedFromEntropy();
        aug.resetGauss();
    }

    /**
     * NumPy's {@code RandomState.seed(seed)} for an int (legacy {@code init_genrand}); resets
     * the gauss cache.
     *
     * @throws TypeError {@code "can only re-seed a MT19937 BitGenerator"}
     * @throws ValueError {@code "Seed must be between 0 and 2**32 - 1"}
     */
    public void seed(long seed) {
        mt19937ForSeeding().legacySeed(seed);
        aug.resetGauss();
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
        mt19937ForSeeding().legacySeed(seed);
        aug.resetGauss();
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
        return getState(true);
    }

    /**
     * NumPy's {@code RandomState.get_state(legacy)}: with {@code legacy} and MT19937 the
     * {@link LegacyState} tuple; otherwise the bit generator's state dict (see
     * {@link BitGenerator}) plus {@code 'has_gauss'} (Integer) and {@code 'gauss'} (Double).
     *
     * @return a {@link LegacyState} or a {@code Map<String, Object>}
     */
    public Object getState(boolean legacy) {
        if (legacy && bitGenerator instanceof MT19937) {
            MT19937 mt = (MT19937) bitGenerator;
            return new LegacyState("MT19937", mt.key(), mt.pos(), aug.hasGauss(), aug.gauss());
        }
        Map<String, Object> st = bitGenerator.getState();
        st.put("has_gauss", aug.hasGauss());
        st.put("gauss", aug.gauss());
        return st;
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
    }

    // ---- uniform floats --------------------------------------------------------------------

    /** NumPy's {@code RandomState.random_sample()}: one double in [0, 1). */
    public double randomSample() {
        return RANDOM_SAMPLE.sample(this);
    }

    /**
     * NumPy's {@code RandomState.random_sample(size)}: {@code prod(size)} doubles in [0, 1), flat
     * in C order.
     *
     * @throws ValueError {@code "negative dimensions are not allowed"}
     */
    public double[] randomSample(int... size) {
        return RANDOM_SAMPLE.doubles(this, size);
    }

    /** NumPy's {@code RandomState.random_sample(size=len(out))} written into {@code out}; returns it. */
    public double[] randomSample(double[] out) {
        RANDOM_SAMPLE.fill(this, out, 0, out.length);
        return out;
    }

    /** NumPy's {@code RandomState.random()}: alias of {@link #randomSample()}. */
    public double random() {
        return randomSample();
    }

    /** NumPy's {@code RandomState.random(size)}: alias of {@link #randomSample(int...)}. */
    public double[] random(int... size) {
        return randomSample(size);
    }

    /** NumPy's {@code RandomState.rand()}: one double in [0, 1). */
    public double rand() {
        return randomSample();
    }

    /**
     * NumPy's {@code RandomState.rand(d0, d1, ...)}: {@code random_sample(size=(d0, d1, ...))},
     * flat in C order.
     *
     * @throws ValueError {@code "negative dimensions are not allowed"}
     */
    public double[] rand(int... dims) {
        return randomSample(dims);
    }

    /** NumPy's {@code RandomState.randn()}: one standard normal ({@code legacy_gauss}). */
    public double randn() {
        return standardNormal();
    }

    /** NumPy's {@code RandomState.randn(d0, d1, ...)}: {@code standard_normal(size=(d0, d1, ...))}. */
    public double[] randn(int... dims) {
        return standardNormal(dims);
    }

    // ---- integers --------------------------------------------------------------------------

    /**
     * NumPy's {@code RandomState.randint(low)} ({@code high=None}): one int64 in {@code [0, low)}.
     *
     * @throws ValueError {@code "high <= 0"}
     */
    public long randint(long low) {
        return randint(0, low);
    }

    /**
     * NumPy's {@code RandomState.randint(low, high)}: one int64 in {@code [low, high)} (masked
     * rejection).
     *
     * @throws ValueError {@code "low >= high"}, {@code "high <= 0"} (when {@code low == 0})
     */
    public long randint(long low, long high) {
        return randint(low, high, (int[]) null, DType.INT64)[0];
    }

    /** NumPy's {@code RandomState.randint(low, high, dtype=dtype)}: one value of the dtype. */
    public long randint(long low, long high, DType dtype) {
        return randint(low, high, (int[]) null, dtype)[0];
    }

    /**
     * NumPy's {@code RandomState.randint(low, high, size)}: {@code prod(size)} int64 values in
     * {@code [low, high)}, flat in C order.
     *
     * @throws ValueError {@code "low >= high"}, {@code "high <= 0"}, {@code "negative dimensions
     *     are not allowed"}
     */
    public long[] randint(long low, long high, int... size) {
        return randint(low, high, size, DType.INT64);
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
        if (size != null && Shapes.productIsZero(size)) {
            return new long[Shapes.count(size, dtype.itemsize(), dtype.numpyName())];
        }
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
        return draw(low, highClosed - low, size, dtype);
    }

    /**
     * NumPy's {@code RandomState.randint(low, high, size, dtype)} with Python-int bounds of any
     * size, e.g. {@code randint(0, 2**64, size, UINT64)}. {@code high == null} means
     * {@code high=None} ({@code [0, low)}); {@code size == null} means {@code size=None}.
     *
     * @throws ValueError as {@link #randint(long, long, int[], DType)}
     */
    public long[] randint(BigInteger low, BigInteger high, int[] size, DType dtype) {
        if (high == null) {
            high = low;
            low = BigInteger.ZERO;
        }
        if (size != null && Shapes.productIsZero(size)) {
            return new long[Shapes.count(size, dtype.itemsize(), dtype.numpyName())];
        }
        BigInteger highClosed = high.subtract(BigInteger.ONE);
        if (low.compareTo(dtype.min()) < 0) {
            throw new ValueError("low is out of bounds for " + dtype.numpyName());
        }
        if (highClosed.compareTo(dtype.max()) > 0) {
            throw new ValueError("high is out of bounds for " + dtype.numpyName());
        }
        if (low.compareTo(highClosed) > 0) {
            throw new ValueError(low.signum() == 0 ? "high <= 0" : "low >= high");
        }
        long rng = highClosed.subtract(low).mod(TWO_64).longValue();
        return draw(low.longValue(), rng, size, dtype);
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
        if (size != null && Shapes.productIsZero(size)) {
            return typed(dtype, size, new long[Shapes.count(size, dtype.itemsize(), dtype.numpyName())]);
        }
        return RandintBroadcast.draw(bitGenerator, RandintBroadcast.Bounds.of(low), RandintBroadcast.Bounds.of(high),
                size, dtype);
    }

    /**
     * {@code randint(low, high=None, size=None, dtype=int)} on Python values: NumPy's whole
     * {@code randint}, bounds of any kind ({@code np.asarray}), the scalar and broadcast paths.
     */
    private static Object randintPython(RandomState rs, Object[] v) {
        Object low = v[0];
        Object high = v[1] == Args.ABSENT ? null : v[1];
        if (high == null) {
            high = low;
            low = 0L;
        }
        DType dtype = v[3] == Args.ABSENT ? DType.INT64 : RandintBroadcast.dtypeArgument(v[3]);
        int[] size = Shapes.resolve(v[2] == Args.ABSENT ? null : v[2]);
        if (size != null && Shapes.productIsZero(size)) {
            return typed(dtype, size, new long[Shapes.count(size, dtype.itemsize(), dtype.numpyName())]);
        }
        RandintBroadcast.Bounds lo = RandintBroadcast.Bounds.asarray(low);
        RandintBroadcast.Bounds hi = RandintBroadcast.Bounds.asarray(high);
        if (lo.shape.length > 0 || hi.shape.length > 0) {
            return RandintBroadcast.draw(rs.bitGenerator, lo, hi, size, dtype);
        }
        long[] out = rs.randint(lo.pyInt(0), hi.pyInt(0), size, dtype);
        if (size == null) {
            return dtype == DType.INT64 ? (Object) out[0] : typed(dtype, new int[0], out);
        }
        return typed(dtype, size, out);
    }

    /** Values of {@code dtype} (as longs, uint64 as bits) in an array of that dtype. */
    static NdArray typed(DType dtype, int[] shape, long[] values) {
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
        return randint(low, high, size, DType.parse(dtype, "randint"));
    }

    /**
     * The draw of {@code _rand_<dtype>} once validated: {@code off} is {@code low} as the
     * unsigned type, {@code rng = high - 1 - low}; the kernel fills one typed buffer per call
     * (as NumPy's {@code random_bounded_*_fill}), widened to long.
     */
    private long[] draw(long off, long rng, int[] size, DType dtype) {
        int n = Shapes.count(size, dtype.itemsize(), dtype.numpyName());
        long[] out = new long[n];
        switch (dtype) {
            case INT64:
            case UINT64:
                BoundedIntegers.fillUInt64(bitGenerator, off, rng, true, out, 0, n);
                break;
            case INT32:
            case UINT32: {
                int[] buf = new int[n];
                BoundedIntegers.fillUInt32(bitGenerator, (int) off, (int) rng, true, buf, 0, n);
                boolean signed = dtype.isSigned();
                for (int i = 0; i < n; i++) {
                    out[i] = signed ? buf[i] : buf[i] & 0xFFFF_FFFFL;
                }
                break;
            }
            case INT16:
            case UINT16: {
                short[] buf = new short[n];
                BoundedIntegers.fillUInt16(bitGenerator, (short) off, (short) rng, true, buf, 0, n);
                boolean signed = dtype.isSigned();
                for (int i = 0; i < n; i++) {
                    out[i] = signed ? buf[i] : buf[i] & 0xFFFF;
                }
                break;
            }
            case INT8:
            case UINT8: {
                byte[] buf = new byte[n];
                BoundedIntegers.fillUInt8(bitGenerator, (byte) off, (byte) rng, true, buf, 0, n);
                boolean signed = dtype.isSigned();
                for (int i = 0; i < n; i++) {
                    out[i] = signed ? buf[i] : buf[i] & 0xFF;
                }
                break;
            }
            case BOOL: {
                boolean[] buf = new boolean[n];
                BoundedIntegers.fillBool(bitGenerator, off != 0, rng != 0, buf, 0, n);
                for (int i = 0; i < n; i++) {
                    out[i] = buf[i] ? 1 : 0;
                }
                break;
            }
            default:
                throw new AssertionError(dtype);
        }
        return out;
    }

    /** NumPy's {@code RandomState.tomaxint()}: one int64 in {@code [0, 2**63 - 1]} ({@code next_uint64 >> 1}). */
    public long tomaxint() {
        return BoundedIntegers.positiveInt64(bitGenerator);
    }

    /**
     * NumPy's {@code RandomState.tomaxint(size)}.
     *
     * @throws ValueError {@code "negative dimensions are not allowed"}
     */
    public long[] tomaxint(int... size) {
        long[] out = new long[Shapes.count(size, 8, "int64")];
        for (int i = 0; i < out.length; i++) {
            out[i] = BoundedIntegers.positiveInt64(bitGenerator);
        }
        return out;
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
        int n = (int) words;
        int[] buf = new int[n];
        BoundedIntegers.fillUInt32(bitGenerator, 0, -1, true, buf, 0, n);
        byte[] out = new byte[(int) keep];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (buf[i >> 2] >>> (8 * (i & 3)));
        }
        return out;
    }

    // ---- shuffle and permutation -----------------------------------------------------------

    /** NumPy's {@code RandomState.shuffle(x)} for a 1-d float array, in place. */
    public void shuffle(double[] x) {
        RandomInterval.shuffle(bitGenerator, x, 0, x.length);
    }

    /** NumPy's {@code RandomState.shuffle(x)} for a 1-d int64 array, in place. */
    public void shuffle(long[] x) {
        RandomInterval.shuffle(bitGenerator, x, 0, x.length);
    }

    /** NumPy's {@code RandomState.shuffle(x)} for a 1-d int32 array, in place. */
    public void shuffle(int[] x) {
        RandomInterval.shuffle(bitGenerator, x, 0, x.length);
    }

    /**
     * NumPy's {@code RandomState.shuffle(x)} for an object array or an n-d array given as its
     * rows ({@code double[][]}, {@code long[][][]}, ...): shuffles along axis 0 only, rows keep
     * their contents. An n-d array with no elements at all (e.g. shape {@code (3, 0)}) is left
     * alone without drawing, as in NumPy.
     */
    public void shuffle(Object[] x) {
        if (x.length > 0 && x[0] != null && x[0].getClass().isArray() && elementCount(x[0]) == 0) {
            return;
        }
        RandomInterval.shuffle(bitGenerator, x, 0, x.length);
    }

    /** NumPy's {@code RandomState.shuffle(x)} for a Python list (a mutable {@link List}), in place. */
    public void shuffle(List<?> x) {
        RandomInterval.shuffle(bitGenerator, x);
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
    }

    /** NumPy's {@code RandomState.permutation(x)} for a 1-d float array: a shuffled copy. */
    public double[] permutation(double[] x) {
        double[] out = x.clone();
        shuffle(out);
        return out;
    }

    /** NumPy's {@code RandomState.permutation(x)} for a 1-d int64 array: a shuffled copy. */
    public long[] permutation(long[] x) {
        long[] out = x.clone();
        shuffle(out);
        return out;
    }

    /** NumPy's {@code RandomState.permutation(x)} for a 1-d int32 array: a shuffled copy. */
    public int[] permutation(int[] x) {
        int[] out = x.clone();
        shuffle(out);
        return out;
    }

    /**
     * NumPy's {@code RandomState.permutation(x)} for an object array or an n-d array given as
     * its rows: a copy with the rows (axis 0) permuted; the rows themselves are shared, not
     * copied. Unlike {@link #shuffle(Object[])} this draws even when the rows are empty (NumPy
     * shuffles an index array).
     */
    public <T> T[] permutation(T[] x) {
        T[] out = x.clone();
        RandomInterval.shuffle(bitGenerator, out, 0, out.length);
        return out;
    }

    /** NumPy's {@code RandomState.permutation(x)} for a list: a new, shuffled list. */
    public <T> List<T> permutation(List<T> x) {
        List<T> out = new ArrayList<>(x);
        RandomInterval.shuffle(bitGenerator, out);
        return out;
    }

    // ---- distributions: each a kernel and a declaration (NumPy's cont()/disc() in Distribution) ----

    /**
     * NumPy's {@code RandomState.standard_normal()}: a standard normal draw: the legacy polar (Box-Muller) Gaussian with its one-value cache ({@code legacy_gauss}).
     */
    public double standardNormal() {
        return STANDARD_NORMAL.sample(this);
    }

    /**
     * NumPy's {@code RandomState.standard_normal(size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] standardNormal(int... size) {
        return STANDARD_NORMAL.doubles(this, size);
    }

    /**
     * NumPy's {@code RandomState.standard_normal(size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] standardNormal(double[] out) {
        STANDARD_NORMAL.fill(this, out, 0, out.length);
        return out;
    }

    /**
     * NumPy's {@code RandomState.normal(loc, scale)}: {@code loc + scale * gauss} ({@code legacy_normal}).
     * @throws ValueError {@code "scale < 0"}
     */
    public double normal(double loc, double scale) {
        return NORMAL.sample(this, loc, scale);
    }

    /**
     * NumPy's {@code RandomState.normal(loc, scale, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] normal(double loc, double scale, int... size) {
        return NORMAL.doubles(this, size, loc, scale);
    }

    /**
     * NumPy's {@code RandomState.normal(loc, scale, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] normal(double loc, double scale, double[] out) {
        NORMAL.fill(this, out, 0, out.length, loc, scale);
        return out;
    }

    /**
     * NumPy's {@code RandomState.normal(loc, scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
     */
    public NdArray normal(NdArray loc, NdArray scale, int[] size) {
        return NORMAL.broadcast(this, size, loc, scale);
    }

    /**
     * NumPy's {@code RandomState.uniform(low, high)}: {@code low + (high - low) * U} ({@code random_uniform}; {@code high < low} is allowed, as in NumPy).
     * @throws {@link org.nprand.errors.OverflowError} {@code "Range exceeds valid bounds"} when {@code high - low} is not finite
     */
    public double uniform(double low, double high) {
        return UNIFORM.sample(this, low, high);
    }

    /**
     * NumPy's {@code RandomState.uniform(low, high, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] uniform(double low, double high, int... size) {
        return UNIFORM.doubles(this, size, low, high);
    }

    /**
     * NumPy's {@code RandomState.uniform(low, high, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] uniform(double low, double high, double[] out) {
        UNIFORM.fill(this, out, 0, out.length, low, high);
        return out;
    }

    /**
     * NumPy's {@code RandomState.uniform(low, high, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
     */
    public NdArray uniform(NdArray low, NdArray high, int[] size) {
        return UNIFORM.broadcast(this, size, low, high);
    }

    /**
     * NumPy's {@code RandomState.standard_exponential()}: {@code -log(1 - U)} ({@code legacy_standard_exponential}).
     */
    public double standardExponential() {
        return STANDARD_EXPONENTIAL.sample(this);
    }

    /**
     * NumPy's {@code RandomState.standard_exponential(size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] standardExponential(int... size) {
        return STANDARD_EXPONENTIAL.doubles(this, size);
    }

    /**
     * NumPy's {@code RandomState.standard_exponential(size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] standardExponential(double[] out) {
        STANDARD_EXPONENTIAL.fill(this, out, 0, out.length);
        return out;
    }

    /**
     * NumPy's {@code RandomState.exponential(scale)}: {@code scale * -log(1 - U)} ({@code legacy_exponential}).
     * @throws ValueError {@code "scale < 0"}
     */
    public double exponential(double scale) {
        return EXPONENTIAL.sample(this, scale);
    }

    /**
     * NumPy's {@code RandomState.exponential(scale, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] exponential(double scale, int... size) {
        return EXPONENTIAL.doubles(this, size, scale);
    }

    /**
     * NumPy's {@code RandomState.exponential(scale, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] exponential(double scale, double[] out) {
        EXPONENTIAL.fill(this, out, 0, out.length, scale);
        return out;
    }

    /**
     * NumPy's {@code RandomState.exponential(scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
     */
    public NdArray exponential(NdArray scale, int[] size) {
        return EXPONENTIAL.broadcast(this, size, scale);
    }

    /**
     * NumPy's {@code RandomState.standard_gamma(shape)}: the legacy gamma ({@code legacy_standard_gamma}: Marsaglia-Tsang over the legacy Gaussian for shape > 1, the exponential at 1, rejection below 1).
     * @throws ValueError {@code "shape < 0"}
     */
    public double standardGamma(double shape) {
        return STANDARD_GAMMA.sample(this, shape);
    }

    /**
     * NumPy's {@code RandomState.standard_gamma(shape, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] standardGamma(double shape, int... size) {
        return STANDARD_GAMMA.doubles(this, size, shape);
    }

    /**
     * NumPy's {@code RandomState.standard_gamma(shape, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] standardGamma(double shape, double[] out) {
        STANDARD_GAMMA.fill(this, out, 0, out.length, shape);
        return out;
    }

    /**
     * NumPy's {@code RandomState.standard_gamma(shape, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
     */
    public NdArray standardGamma(NdArray shape, int[] size) {
        return STANDARD_GAMMA.broadcast(this, size, shape);
    }

    /**
     * NumPy's {@code RandomState.gamma(shape, scale)}: {@code scale * standard_gamma(shape)} ({@code legacy_gamma}).
     * @throws ValueError {@code "shape < 0"}, {@code "scale < 0"}
     */
    public double gamma(double shape, double scale) {
        return GAMMA.sample(this, shape, scale);
    }

    /**
     * NumPy's {@code RandomState.gamma(shape, scale, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] gamma(double shape, double scale, int... size) {
        return GAMMA.doubles(this, size, shape, scale);
    }

    /**
     * NumPy's {@code RandomState.gamma(shape, scale, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] gamma(double shape, double scale, double[] out) {
        GAMMA.fill(this, out, 0, out.length, shape, scale);
        return out;
    }

    /**
     * NumPy's {@code RandomState.gamma(shape, scale, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
     */
    public NdArray gamma(NdArray shape, NdArray scale, int[] size) {
        return GAMMA.broadcast(this, size, shape, scale);
    }

    /**
     * NumPy's {@code RandomState.beta(a, b)}: the legacy beta ({@code legacy_beta}: Johnk's method when both are at most 1, else a ratio of legacy gammas).
     * @throws ValueError {@code "a <= 0"}, {@code "b <= 0"}
     */
    public double beta(double a, double b) {
        return BETA.sample(this, a, b);
    }

    /**
     * NumPy's {@code RandomState.beta(a, b, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] beta(double a, double b, int... size) {
        return BETA.doubles(this, size, a, b);
    }

    /**
     * NumPy's {@code RandomState.beta(a, b, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] beta(double a, double b, double[] out) {
        BETA.fill(this, out, 0, out.length, a, b);
        return out;
    }

    /**
     * NumPy's {@code RandomState.beta(a, b, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
     */
    public NdArray beta(NdArray a, NdArray b, int[] size) {
        return BETA.broadcast(this, size, a, b);
    }

    /**
     * NumPy's {@code RandomState.poisson(lam)}: the Poisson ({@code random_poisson}: multiplication below 10, PTRS from 10).
     * @throws ValueError {@code "lam < 0 or lam is NaN"}, {@code "lam value too large"} (arrays: {@code "lam value too large"} first, then {@code "lam < 0 or lam contains NaNs"})
     */
    public long poisson(double lam) {
        return POISSON.sampleLong(this, lam);
    }

    /**
     * NumPy's {@code RandomState.poisson(lam, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public long[] poisson(double lam, int... size) {
        return POISSON.longs(this, size, new double[] {lam}, new long[] {0});
    }

    /**
     * NumPy's {@code RandomState.poisson(lam, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
     */
    public NdArray poisson(NdArray lam, int[] size) {
        return POISSON.broadcast(this, size, lam);
    }

    /**
     * NumPy's {@code RandomState.binomial(n, p)}: the legacy binomial ({@code legacy_random_binomial}: inversion when {@code n*min(p,1-p) <= 30}, else BTPE).
     * @throws ValueError {@code "p < 0, p > 1 or p is NaN"}, {@code "n < 0"} (arrays: {@code "... contains NaNs"})
     */
    public long binomial(long n, double p) {
        return BINOMIAL.sampleLong(this, p, n);
    }

    /**
     * NumPy's {@code RandomState.binomial(n, p, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public long[] binomial(long n, double p, int... size) {
        return BINOMIAL.longs(this, size, new double[] {p, 0}, new long[] {0, n});
    }

    /**
     * NumPy's {@code RandomState.binomial(n, p, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
     */
    public NdArray binomial(NdArray n, NdArray p, int[] size) {
        return BINOMIAL.broadcast(this, size, p, n);
    }

    /**
     * NumPy's {@code RandomState.triangular(left, mode, right)}: the triangular distribution by inversion ({@code random_triangular}).
     * @throws ValueError {@code "left > mode"}, {@code "mode > right"}, {@code "left == right"}
     */
    public double triangular(double left, double mode, double right) {
        return TRIANGULAR.sample(this, left, mode, right);
    }

    /**
     * NumPy's {@code RandomState.triangular(left, mode, right, size)}: {@code prod(size)} draws, flat in C order
     * (parameters checked first, then the size).
     */
    public double[] triangular(double left, double mode, double right, int... size) {
        return TRIANGULAR.doubles(this, size, left, mode, right);
    }

    /**
     * NumPy's {@code RandomState.triangular(left, mode, right, size=len(out))} written into {@code out} (no
     * allocation); returns {@code out}.
     */
    public double[] triangular(double left, double mode, double right, double[] out) {
        TRIANGULAR.fill(this, out, 0, out.length, left, mode, right);
        return out;
    }

    /**
     * NumPy's {@code RandomState.triangular(left, mode, right, size)} with parameters of any shape, broadcast as
     * NumPy broadcasts them (one draw per output element, in C order); {@code size == null} is
     * {@code size=None} (the broadcast shape).
     */
    public NdArray triangular(NdArray left, NdArray mode, NdArray right, int[] size) {
        return TRIANGULAR.broadcast(this, size, left, mode, right);
    }


    /** NumPy's {@code str(RandomState)}: {@code "RandomState(MT19937)"}. */
    @Override
    public String toString() {
        return "RandomState(" + bitGenerator.name() + ")";
    }
}
