package org.nprand.numpy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.PCG64;
import org.nprand.bitgen.SeedSequence;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.internal.nd.Shapes;
import org.nprand.internal.spec.MethodSpecs;
import org.nprand.kernels.BinomialState;
import org.nprand.kernels.BoundedIntegers;
import org.nprand.kernels.RandomInterval;

/**
 * NumPy's {@code numpy.random.Generator} ({@code default_rng}): the modern API over any bit
 * generator, drawing exactly what NumPy 2.4.6 draws.
 *
 * <p>Each distribution comes in the forms {@link RandomState}'s do (scalar, sized, into an
 * existing array, n-d {@link NdArray} parameters with broadcasting), through the same
 * declarations ({@code org.nprand.internal.nd.Distribution}) over the Generator's kernels
 * ({@code distributions.c}: the ziggurat normal and exponential, Lemire's bounded integers, ...).
 * float32 forms compute in float where NumPy does.
 *
 * <p>Not thread-safe: NumPy locks each call; give each thread its own Generator (see
 * {@link #spawn(int)}) or synchronize on it.
 */
public final class Generator {

    static {
        MethodSpecs.register(Generator.class, GeneratorPython.specs());
    }

    private final BitGenerator bitGenerator;
    /** NumPy's {@code binomial_t}, for the instance's lifetime. */
    final BinomialState binomialCache = new BinomialState();

    /** NumPy's {@code Generator(bit_generator)}: uses (and shares) the bit generator. */
    public Generator(BitGenerator bitGenerator) {
        if (bitGenerator == null) {
            throw new TypeError("bit_generator must not be None");
        }
        this.bitGenerator = bitGenerator;
    }

    /** NumPy's {@code default_rng()}: PCG64 seeded from OS entropy. */
    public static Generator defaultRng() {
        return new Generator(new PCG64());
    }

    /** NumPy's {@code default_rng(seed)} for an int seed (through {@code SeedSequence(seed)}). */
    public static Generator defaultRng(long seed) {
        return new Generator(new PCG64(seed));
    }

    /** NumPy's {@code default_rng(seed)} for a Python int of any size. */
    public static Generator defaultRng(BigInteger seed) {
        return new Generator(new PCG64(seed));
    }

    /** NumPy's {@code default_rng([s0, s1, ...])}: an int array seed. */
    public static Generator defaultRng(long... seed) {
        return new Generator(new PCG64(seed));
    }

    /** NumPy's {@code default_rng(seed_sequence)}. */
    public static Generator defaultRng(SeedSequence seed) {
        return new Generator(new PCG64(seed));
    }

    /** NumPy's {@code default_rng(bit_generator)}: wraps (and shares) it. */
    public static Generator defaultRng(BitGenerator bitGenerator) {
        return new Generator(bitGenerator);
    }

    /** NumPy's {@code default_rng(generator)}: the same Generator. */
    public static Generator defaultRng(Generator generator) {
        return generator;
    }

    /** NumPy's {@code default_rng(random_state)}: a Generator over the RandomState's bit generator. */
    public static Generator defaultRng(RandomState randomState) {
        return new Generator(randomState.bitGenerator());
    }

    /** NumPy's {@code Generator.bit_generator}: the underlying bit generator (shared, live). */
    public BitGenerator bitGenerator() {
        return bitGenerator;
    }

    /**
     * NumPy's {@code Generator.spawn(n_children)}: {@code n} Generators over the bit generator's
     * spawned children (independent streams through its SeedSequence).
     */
    public List<Generator> spawn(int nChildren) {
        List<Generator> out = new ArrayList<>(nChildren);
        for (BitGenerator g : bitGenerator.spawn(nChildren)) {
            out.add(new Generator(g));
        }
        return out;
    }

    // ---- integers -----------------------------------------------------------------------------

    /** NumPy's {@code Generator.integers(high)}: one int64 in {@code [0, high)} (Lemire). */
    public long integers(long high) {
        return integers(0, high);
    }

    /** NumPy's {@code Generator.integers(low, high)}: one int64 in {@code [low, high)}. */
    public long integers(long low, long high) {
        return integers(BigInteger.valueOf(low), BigInteger.valueOf(high), null, DType.INT64, false)[0];
    }

    /** NumPy's {@code Generator.integers(low, high, size)}: int64 values in {@code [low, high)}, flat in C order. */
    public long[] integers(long low, long high, int... size) {
        return integers(BigInteger.valueOf(low), BigInteger.valueOf(high), size, DType.INT64, false);
    }

    /**
     * NumPy's {@code Generator.integers(low, high, size, dtype, endpoint)} for Python-int bounds
     * of any size: {@code [low, high)}, or {@code [low, high]} with {@code endpoint}, by Lemire's
     * method ({@code size == null}: one value). Values are returned as longs (a uint64 value is
     * its bit pattern, a bool 0 or 1).
     *
     * @throws ValueError {@code "low is out of bounds for int8"}, {@code "high is out of bounds
     *     for int8"}, {@code "low >= high"} / {@code "low > high"} (endpoint), {@code "high <= 0"}
     *     / {@code "high < 0"}
     */
    public long[] integers(BigInteger low, BigInteger high, int[] size, DType dtype, boolean endpoint) {
        return BoundedIntegerDraws.scalarBounds(bitGenerator, low, high, size, dtype, false, endpoint);
    }

    /**
     * NumPy's {@code Generator.integers(low, high, size, dtype, endpoint)} with bounds of any
     * shape: NumPy's broadcast path ({@code size == null}: the broadcast shape).
     */
    public NdArray integers(NdArray low, NdArray high, int[] size, DType dtype, boolean endpoint) {
        if (size != null && Shapes.productIsZero(size)) {
            return RandomState.typed(dtype, size, new long[Shapes.count(size, dtype.itemsize(), dtype.numpyName())]);
        }
        return RandintBroadcast.draw(bitGenerator, RandintBroadcast.Bounds.of(low), RandintBroadcast.Bounds.of(high),
                size, dtype, false, endpoint);
    }

    /**
     * NumPy's {@code Generator.bytes(length)}: {@code integers(0, 2**32, size=n, dtype=uint32)}
     * as little-endian bytes, {@code n = (length - 1) // 4 + 1} (Python's floor division), sliced
     * {@code [:length]}.
     *
     * @throws ValueError {@code "negative dimensions are not allowed"} for {@code length < -3}
     */
    public byte[] bytes(long length) {
        long words = Math.floorDiv(length - 1, 4) + 1;
        if (words < 0) {
            throw new ValueError("negative dimensions are not allowed");
        }
        if (words > Shapes.MAX_JAVA_LENGTH) {
            throw Shapes.memoryError(new long[] {words}, 4 * words, "uint32");
        }
        long[] w = integers(BigInteger.ZERO, BigInteger.ONE.shiftLeft(32), new int[] {(int) words}, DType.UINT32, false);
        long total = 4 * words;
        long keep = length >= 0 ? Math.min(length, total) : Math.max(total + length, 0);
        byte[] out = new byte[(int) keep];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (w[i >> 2] >>> (8 * (i & 3)));
        }
        return out;
    }

    // ---- uniform floats ---------------------------------------------------------------------

    /** NumPy's {@code Generator.random()}: one double in [0, 1). */
    public double random() {
        return bitGenerator.nextDouble();
    }

    /** NumPy's {@code Generator.random(size)}: doubles in [0, 1), flat in C order. */
    public double[] random(int... size) {
        double[] out = new double[Shapes.count(size, 8, "float64")];
        bitGenerator.fillDouble(out, 0, out.length);
        return out;
    }

    /** NumPy's {@code Generator.random(out=out)} for a float64 array; returns {@code out}. */
    public double[] random(double[] out) {
        bitGenerator.fillDouble(out, 0, out.length);
        return out;
    }

    /** NumPy's {@code Generator.random(dtype=np.float32)}: {@code next_float}. */
    public float randomFloat() {
        return bitGenerator.nextFloat();
    }

    /** NumPy's {@code Generator.random(size, dtype=np.float32)}. */
    public float[] randomFloat(int... size) {
        return random(new float[Shapes.count(size, 4, "float32")]);
    }

    /** NumPy's {@code Generator.random(out=out)} for a float32 array; returns {@code out}. */
    public float[] random(float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = bitGenerator.nextFloat();
        }
        return out;
    }

    // ---- shuffles -----------------------------------------------------------------------------

    /** NumPy's {@code Generator.shuffle(x)} for a 1-d float array, in place. */
    public void shuffle(double[] x) {
        RandomInterval.shuffle(bitGenerator, x, 0, x.length);
    }

    /** NumPy's {@code Generator.shuffle(x)} for a 1-d int64 array, in place. */
    public void shuffle(long[] x) {
        RandomInterval.shuffle(bitGenerator, x, 0, x.length);
    }

    /** NumPy's {@code Generator.shuffle(x)} for a 1-d int32 array, in place. */
    public void shuffle(int[] x) {
        RandomInterval.shuffle(bitGenerator, x, 0, x.length);
    }

    /** NumPy's {@code Generator.shuffle(x)} for a list, in place. */
    public void shuffle(List<?> x) {
        RandomInterval.shuffle(bitGenerator, x);
    }

    /**
     * NumPy's {@code Generator.shuffle(x, axis)} for an ndarray, in place: the slices along
     * {@code axis} are permuted (an array with no elements is left alone without drawing).
     *
     * @throws org.nprand.errors.AxisError {@code "axis 2 is out of bounds for array of dimension 1"}
     */
    public void shuffle(NdArray x, int axis) {
        int ax = NdArrays.normalizeAxis(axis, x.ndim());
        if (x.size() == 0) {
            return;
        }
        int n = x.shape()[ax];
        NdArrays.Slices slices = new NdArrays.Slices(x, ax);
        for (int i = n - 1; i >= 1; i--) {
            int j = (int) RandomInterval.draw(bitGenerator, i);
            if (i != j) {
                slices.swap(i, j);
            }
        }
    }

    /** NumPy's {@code Generator.permutation(n)}: {@code arange(n)} shuffled (nothing for n <= 0). */
    public long[] permutation(long n) {
        long length = Math.max(n, 0);
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

    /**
     * NumPy's {@code Generator.permutation(x, axis)}: a copy with the slices along {@code axis}
     * permuted (a 1-d array is shuffled as a copy; otherwise through a shuffled index array).
     */
    public NdArray permutation(NdArray x, int axis) {
        int ax = NdArrays.normalizeAxis(axis, x.ndim());
        NdArray out = NdArrays.copy(x);
        if (x.ndim() == 1) {
            shuffle(out, 0);
            return out;
        }
        long[] idx = permutation((long) x.shape()[ax]);
        NdArrays.takeAlong(x, idx, ax, out);
        return out;
    }

    /**
     * NumPy's {@code Generator.permuted(x, axis=None)}: a copy shuffled as one flat array
     * ({@code axis == null}) or with each 1-d slice along {@code axis} shuffled independently,
     * the slices taken in C order of the other axes.
     */
    public NdArray permuted(NdArray x, Integer axis) {
        NdArray out = NdArrays.copy(x);
        if (axis == null) {
            NdArray flat = new NdArray(out.dtype(), new int[] {out.size()}, out.data());
            shuffle(flat, 0);
            return out;
        }
        int ax = NdArrays.normalizeAxis(axis, x.ndim());
        NdArrays.Lanes lanes = new NdArrays.Lanes(out, ax);
        int len = x.shape()[ax];
        for (int lane = 0; lane < lanes.count(); lane++) {
            for (int i = len - 1; i >= 0; i--) {
                int j = (int) RandomInterval.draw(bitGenerator, i);
                lanes.swap(lane, i, j);
            }
        }
        return out;
    }

    /** NumPy's {@code str(Generator)}: {@code "Generator(PCG64)"}. */
    @Override
    public String toString() {
        return "Generator(" + bitGenerator.name() + ")";
    }

    /** Package access for the Python-level specs. */
    static long[] arange(int n) {
        long[] a = new long[n];
        Arrays.setAll(a, i -> i);
        return a;
    }

    static long lemire(BitGenerator g, long max) {
        return BoundedIntegers.boundedUInt64(g, 0, max, 0, false);
    }
}
