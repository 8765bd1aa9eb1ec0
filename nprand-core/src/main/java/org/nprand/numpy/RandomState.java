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
import org.nprand.kernels.Exponential;
import org.nprand.kernels.RandomInterval;
import org.nprand.kernels.Triangular;
import org.nprand.kernels.Uniform;
import org.nprand.kernels.legacy.AugmentedBitSource;

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

    private final BitGenerator bitGenerator;
    /** NumPy's {@code aug_bitgen_t}: the bit generator plus the legacy Gaussian cache. */
    private final AugmentedBitSource aug;

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
        return Uniform.standard(bitGenerator);
    }

    /**
     * NumPy's {@code RandomState.random_sample(size)}: {@code prod(size)} doubles in [0, 1), flat
     * in C order.
     *
     * @throws ValueError {@code "negative dimensions are not allowed"}
     */
    public double[] randomSample(int... size) {
        double[] out = new double[Shapes.count(size, 8, "float64")];
        // random_standard_uniform_fill; the bit generator's bulk form (same doubles, faster).
        bitGenerator.fillDouble(out, 0, out.length);
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
     * NumPy's {@code RandomState.randint(low, high, size, dtype)} with 1-d int64 array bounds
     * (NumPy's broadcast path): {@code low} and {@code high} broadcast against each other (equal
     * lengths, or length 1) and against {@code size} ({@code null} means {@code size=None}: the
     * broadcast length). One value per output element, in C order.
     *
     * @throws ValueError the bounds messages of the scalar form, NumPy's {@code operands could
     *     not be broadcast together ...} and {@code shape mismatch: ...} messages
     */
    public long[] randint(long[] low, long[] high, int[] size, DType dtype) {
        if (size != null && Shapes.productIsZero(size)) {
            return new long[Shapes.count(size, dtype.itemsize(), dtype.numpyName())];
        }
        return RandintBroadcast.draw(bitGenerator, low, high, size, dtype);
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

    // ---- continuous distributions ----------------------------------------------------------

    /**
     * NumPy's {@code RandomState.standard_exponential()}: {@code -log(1 - U)}
     * ({@code legacy_standard_exponential}).
     */
    public double standardExponential() {
        return Exponential.legacyStandard(bitGenerator);
    }

    /**
     * NumPy's {@code RandomState.standard_exponential(size)}.
     *
     * @throws ValueError {@code "negative dimensions are not allowed"}
     */
    public double[] standardExponential(int... size) {
        double[] out = new double[Shapes.count(size, 8, "float64")];
        Exponential.legacyStandardFill(bitGenerator, out, 0, out.length);
        return out;
    }

    /**
     * NumPy's {@code RandomState.triangular(left, mode, right)}.
     *
     * @throws ValueError {@code "left > mode"}, {@code "mode > right"}, {@code "left == right"}
     */
    public double triangular(double left, double mode, double right) {
        checkTriangular(left, mode, right);
        return Triangular.sample(bitGenerator, left, mode, right);
    }

    /**
     * NumPy's {@code RandomState.triangular(left, mode, right, size)}.
     *
     * @throws ValueError {@code "left > mode"}, {@code "mode > right"}, {@code "left == right"},
     *     then {@code "negative dimensions are not allowed"}
     */
    public double[] triangular(double left, double mode, double right, int... size) {
        checkTriangular(left, mode, right);
        double[] out = new double[Shapes.count(size, 8, "float64")];
        Triangular.fill(bitGenerator, left, mode, right, out, 0, out.length);
        return out;
    }

    /**
     * NumPy's {@code RandomState.triangular(left, mode, right, size)} with 1-d array parameters
     * (NumPy's broadcast path, {@code cont_broadcast_3}); {@code size == null} means
     * {@code size=None} (the broadcast length). One value per output element, in C order.
     *
     * @throws ValueError {@code "left > mode"}, {@code "mode > right"}, {@code "left == right"}
     *     (each over the whole arrays, in that order), NumPy's broadcasting messages, and
     *     {@code "Output size (1,) is not compatible with broadcast dimensions of inputs (3,)."}
     */
    public double[] triangular(double[] left, double[] mode, double[] right, int[] size) {
        int lm = Shapes.ufuncBroadcast(left.length, mode.length);
        for (int i = 0; i < lm; i++) {
            if (left[left.length == 1 ? 0 : i] > mode[mode.length == 1 ? 0 : i]) {
                throw new ValueError("left > mode");
            }
        }
        int mr = Shapes.ufuncBroadcast(mode.length, right.length);
        for (int i = 0; i < mr; i++) {
            if (mode[mode.length == 1 ? 0 : i] > right[right.length == 1 ? 0 : i]) {
                throw new ValueError("mode > right");
            }
        }
        int lr = Shapes.ufuncBroadcast(left.length, right.length);
        for (int i = 0; i < lr; i++) {
            if (left[left.length == 1 ? 0 : i] == right[right.length == 1 ? 0 : i]) {
                throw new ValueError("left == right");
            }
        }
        int[] l = {left.length};
        int[] m = {mode.length};
        int[] r = {right.length};
        int[] outShape = size != null ? size : Shapes.broadcast(l, m, r);
        double[] out = new double[Shapes.count(outShape, 8, "float64")];
        int[] iterShape = Shapes.broadcast(outShape, l, m, r);
        if (!Arrays.equals(iterShape, outShape)) {
            throw new ValueError("Output size " + Shapes.tuple(outShape) + " is not compatible with broadcast "
                    + "dimensions of inputs " + Shapes.tuple(iterShape) + ".");
        }
        int lastDim = outShape.length == 0 ? 1 : outShape[outShape.length - 1];
        for (int i = 0; i < out.length; i++) {
            int pos = i % lastDim;
            out[i] = Triangular.sample(bitGenerator, left[left.length == 1 ? 0 : pos],
                    mode[mode.length == 1 ? 0 : pos], right[right.length == 1 ? 0 : pos]);
        }
        return out;
    }

    private static void checkTriangular(double left, double mode, double right) {
        if (left > mode) {
            throw new ValueError("left > mode");
        }
        if (mode > right) {
            throw new ValueError("mode > right");
        }
        if (left == right) {
            throw new ValueError("left == right");
        }
    }

    /** NumPy's {@code str(RandomState)}: {@code "RandomState(MT19937)"}. */
    @Override
    public String toString() {
        return "RandomState(" + bitGenerator.name() + ")";
    }
}
