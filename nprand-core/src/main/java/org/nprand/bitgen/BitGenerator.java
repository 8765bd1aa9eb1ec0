package org.nprand.bitgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.nprand.errors.TypeError;

/**
 * A NumPy bit generator ({@code numpy.random.BitGenerator}): a raw stream with NumPy's seeding,
 * NumPy's 32-bit buffering, NumPy's double formula and NumPy's {@code state} dictionary.
 *
 * <p>It is also a {@link RandomGenerator}, so it plugs into any Java code: {@link #nextLong()} is
 * NumPy's 64-bit draw, {@link #nextInt()} NumPy's (buffered) 32-bit draw, {@link #nextDouble()}
 * NumPy's double and {@link #nextFloat()} NumPy's float. The other {@code RandomGenerator}
 * methods (bounded ints, gaussians, streams) are Java's algorithms over those draws, not NumPy's;
 * use the NumPy facades for NumPy's numbers.
 *
 * <h2>State dictionaries</h2>
 * {@link #getState()} returns, and {@link #setState(Map)} accepts, NumPy's {@code state} dict with
 * the same keys and numbers, as plain Java values:
 * <ul>
 *   <li>a Python {@code str} is a {@link String}; a nested dict is a {@code Map<String, Object>}
 *       (insertion-ordered as in Python);</li>
 *   <li>a Python {@code int} is a {@link Long} when it fits in a signed 64-bit long, otherwise a
 *       {@link java.math.BigInteger} (e.g. PCG64's 128-bit {@code state} and {@code inc});
 *       {@code setState} accepts any {@link Number} of integral value;</li>
 *   <li>a {@code uint32} ndarray is an {@code int[]} (bits as unsigned), a {@code uint64} ndarray a
 *       {@code long[]} (bits as unsigned).</li>
 * </ul>
 * A state copied from Python therefore continues identically in Java, and back.
 *
 * <p>Bit generators are not thread-safe; give each thread its own (see {@link #spawn} and
 * {@link SeedSequence#spawn}).
 */
public abstract class BitGenerator implements BitSource, RandomGenerator {

    /** For subclasses: the five NumPy bit generators of this package. */
    protected BitGenerator() {
    }

    /** NumPy's class name of this bit generator: {@code "MT19937"}, {@code "PCG64"}, ... */
    public abstract String name();

    /**
     * NumPy's {@code random_raw()}: one raw output of the underlying generator (32 bits for
     * MT19937, 64 bits for the others). Bypasses and does not touch the 32-bit buffer.
     */
    public abstract long randomRaw();

    /** NumPy's {@code random_raw(size)}; subclasses fill the array directly. */
    public long[] randomRaw(int size) {
        if (size < 0) {
            throw new org.nprand.errors.ValueError("negative dimensions are not allowed");
        }
        long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = randomRaw();
        }
        return out;
    }

    /** NumPy's {@code state} getter; see the class javadoc for the value mapping. */
    public abstract Map<String, Object> getState();

    /**
     * NumPy's {@code state} setter. Validates first and leaves the generator untouched on error,
     * raising NumPy's exception class and message.
     */
    public abstract void setState(Map<String, ?> state);

    /**
     * The seed sequence this generator was seeded from ({@code _seed_seq}), or {@code null} when
     * it was seeded otherwise (legacy MT19937 seeding, an explicit Philox key).
     */
    public abstract SeedSequence seedSequence();

    /**
     * NumPy's {@code BitGenerator.spawn(n_children)}: {@code nChildren} new generators of this
     * class, each seeded from one child of {@code seedSequence().spawn(nChildren)} (which advances
     * that sequence's spawn counter), as NumPy's {@code type(self)(seed=child)}. Each of the
     * package's generators narrows the result to its own class ({@code List<PCG64>}, ...); this
     * base form builds the children by {@link #name()} through {@link BitGenerators#create}.
     *
     * @throws TypeError NumPy's "The underlying SeedSequence does not implement spawning." when
     *     this generator has no seed sequence (legacy-seeded MT19937, a keyed Philox); checked
     *     before the count
     * @throws org.nprand.errors.OverflowError "can't convert negative value to uint32_t" for a
     *     negative count, as NumPy
     */
    public List<? extends BitGenerator> spawn(int nChildren) {
        SeedSequence[] seeds = spawnSeeds(nChildren);
        List<BitGenerator> out = new ArrayList<>(seeds.length);
        for (SeedSequence child : seeds) {
            out.add(BitGenerators.create(name(), child));
        }
        return out;
    }

    /** {@code seedSequence().spawn(n)}, with NumPy's error when there is no seed sequence. */
    protected final SeedSequence[] spawnSeeds(int nChildren) {
        SeedSequence seq = seedSequence();
        if (seq == null) {
            throw new TypeError("The underlying SeedSequence does not implement spawning.");
        }
        return seq.spawn(nChildren);
    }

    /** Fills {@code out[from, to)} with NumPy 64-bit draws; the allocation-free bulk form. */
    @Override
    public void fillUInt64(long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            out[i] = nextUInt64();
        }
    }

    /** Fills {@code out[from, to)} with NumPy doubles ({@code random_standard_uniform_fill}). */
    @Override
    public void fillDouble(double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            out[i] = nextDouble();
        }
    }

    // ---- java.util.random.RandomGenerator -------------------------------------------------

    /** NumPy's {@code next_uint64}. */
    @Override
    public long nextLong() {
        return nextUInt64();
    }

    /** NumPy's {@code next_double}: a double in [0, 1) by this generator's formula. */
    @Override
    public abstract double nextDouble();

    /** NumPy's {@code next_uint32} (buffered for the 64-bit generators). */
    @Override
    public int nextInt() {
        return nextUInt32();
    }

    /** NumPy's {@code next_float}. */
    @Override
    public float nextFloat() {
        return BitSource.super.nextFloat();
    }

    @Override
    public String toString() {
        return name() + "()";
    }
}
