package org.nprand.bitgen;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nprand.errors.ValueError;
import org.nprand.internal.py.PythonValue;
import org.nprand.internal.py.SeedEntropy;
import org.nprand.numpy.NdArray;

/**
 * NumPy's {@code numpy.random.SeedSequence}: turns entropy (an int of any size, a sequence of
 * ints, or nothing) plus a spawn key into well-mixed seed words, and spawns independent children.
 *
 * <p>{@code SeedSequence()} with no entropy draws {@code pool_size * 32} bits (128 by default) from
 * the operating system through {@link SecureRandom}, as NumPy's {@code randbits(pool_size * 32)};
 * {@link #entropy()} keeps them readable so a run can be logged and reproduced with
 * {@code new SeedSequence(loggedEntropy)}.
 *
 * <p>Immutable except for the spawn counter; {@link #spawn(int)} is synchronized so children stay
 * distinct when several threads spawn from one parent.
 */
public final class SeedSequence {

    /** NumPy's {@code DEFAULT_POOL_SIZE}. */
    public static final int DEFAULT_POOL_SIZE = 4;

    // The hash and mix constants of NumPy's bit_generator.pyx (after Melissa O'Neill's seed_seq).
    private static final int INIT_A = 0x43b0d7e5;
    private static final int MULT_A = 0x931e8875;
    private static final int INIT_B = 0x8b51f9dd;
    private static final int MULT_B = 0x58f38ded;
    private static final int MIX_MULT_L = 0xca01f9dd;
    private static final int MIX_MULT_R = 0x4973f715;
    private static final int XSHIFT = 16;

    private static final SecureRandom OS_ENTROPY = new SecureRandom();

    /** BigInteger (an int), List&lt;BigInteger&gt; (a sequence), an NdArray or a PythonValue. */
    private final Object entropy;
    /** NumPy's {@code _coerce_to_uint32_array(entropy)}: each value gives its 32-bit words. */
    private final List<BigInteger> runEntropy;
    private final List<BigInteger> spawnKey;
    private final int poolSize;
    private final int[] pool;
    private int childrenSpawned;

    /** {@code SeedSequence()}: 128 bits of OS entropy, kept readable in {@link #entropy()}. */
    public SeedSequence() {
        this(null, List.of(), DEFAULT_POOL_SIZE, 0);
    }

    /** {@code SeedSequence(entropy)}; {@code entropy} must be non-negative. */
    public SeedSequence(long entropy) {
        this(BigInteger.valueOf(entropy));
    }

    /** {@code SeedSequence(entropy)} for an int of any size; must be non-negative. */
    public SeedSequence(BigInteger entropy) {
        this(entropy, new long[0], DEFAULT_POOL_SIZE);
    }

    /** {@code SeedSequence([e0, e1, ...])}; every element must be non-negative. */
    public SeedSequence(long... entropy) {
        this(toBig(org.nprand.internal.py.Py.notNull(entropy, "entropy")), List.of(), DEFAULT_POOL_SIZE, 0);
    }

    /** {@code SeedSequence(entropy, spawn_key=spawnKey, pool_size=poolSize)}. */
    public SeedSequence(BigInteger entropy, long[] spawnKey, int poolSize) {
        this(entropy, toBig(org.nprand.internal.py.Py.notNull(spawnKey, "spawnKey")), poolSize, 0);
    }

    /**
     * The general form: {@code SeedSequence(entropy, spawn_key, pool_size, n_children_spawned)}.
     *
     * @param entropy a {@link BigInteger} or {@link Number} (an int), a {@code long[]}, an
     *     {@code int[]} (a uint32 array: unsigned words), or a {@code List} of ints (a sequence;
     *     nested sequences are flattened, as NumPy 2.4.6 does, and {@link #entropy()} then holds
     *     the flat list), an {@link NdArray} of ints (a uint32 one taken word for word, as NumPy
     *     does; {@link #entropy()} holds a copy); {@code null} means {@code poolSize * 32} bits
     *     of OS entropy
     * @param spawnKey the spawn key, each element a non-negative int
     * @param poolSize at least {@value #DEFAULT_POOL_SIZE}
     * @param childrenSpawned NumPy's {@code n_children_spawned}
     * @throws ValueError NumPy's messages for negative entropy or a small pool
     * @throws org.nprand.errors.TypeError for entropy that is not an int or a sequence of ints
     */
    public SeedSequence(Object entropy, List<BigInteger> spawnKey, int poolSize, int childrenSpawned) {
        if (poolSize < DEFAULT_POOL_SIZE) {
            throw new ValueError("The size of the entropy pool should be at least " + DEFAULT_POOL_SIZE);
        }
        if (entropy == null) {
            entropy = new BigInteger(osEntropyBits(poolSize), OS_ENTROPY);
        }
        this.runEntropy = List.copyOf(SeedEntropy.values(entropy));
        this.entropy = keptEntropy(entropy, this.runEntropy);
        this.spawnKey = List.copyOf(spawnKey);
        this.poolSize = poolSize;
        this.childrenSpawned = childrenSpawned;
        this.pool = mixEntropy(assembleEntropy());
    }

    /**
     * How many bits of OS entropy NumPy draws for {@code entropy=None}: {@code pool_size * 32}
     * ({@code randbits(pool_size * 32)}), so the entropy can fill the whole pool.
     *
     * @throws IllegalArgumentException when {@code poolSize * 32} exceeds Java's int range (a
     *     {@link BigInteger} limit; NumPy would try to draw that many bits)
     */
    static int osEntropyBits(int poolSize) {
        if (poolSize > Integer.MAX_VALUE / 32) {
            throw new IllegalArgumentException("pool_size " + poolSize
                    + " is too large for OS entropy in Java: pool_size * 32 bits exceeds Integer.MAX_VALUE");
        }
        return poolSize * 32;
    }

    /**
     * The entropy as {@link #entropy()} keeps it: an int as a BigInteger, a list (or a Java
     * array) as the flat list of its ints, an ndarray (copied) or another Python value as given.
     */
    private static Object keptEntropy(Object entropy, List<BigInteger> values) {
        if (entropy instanceof List || entropy instanceof long[] || entropy instanceof int[]) {
            return Collections.unmodifiableList(values);
        }
        if (entropy instanceof NdArray) {
            NdArray a = (NdArray) entropy;
            Object data = a.data();
            int n = java.lang.reflect.Array.getLength(data);
            Object copy = java.lang.reflect.Array.newInstance(data.getClass().getComponentType(), n);
            System.arraycopy(data, 0, copy, 0, n);
            return new NdArray(a.dtype(), a.intShape(), copy);
        }
        if (entropy instanceof PythonValue) {
            return entropy;
        }
        return values.get(0);
    }

    private static List<BigInteger> toBig(long[] values) {
        List<BigInteger> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(BigInteger.valueOf(v));
        }
        return out;
    }

    /** NumPy's {@code _coerce_to_uint32_array}: little-endian 32-bit words, 0 giving one word. */
    private static void appendWords(BigInteger value, List<Integer> out) {
        if (value.signum() < 0) {
            throw new ValueError("expected non-negative integer");
        }
        if (value.signum() == 0) {
            out.add(0);
            return;
        }
        BigInteger v = value;
        while (v.signum() > 0) {
            out.add(v.intValue());
            v = v.shiftRight(32);
        }
    }

    private int[] assembleEntropy() {
        List<Integer> run = new ArrayList<>();
        for (BigInteger v : runEntropy) {
            appendWords(v, run);
        }
        List<Integer> spawn = new ArrayList<>();
        for (BigInteger k : spawnKey) {
            appendWords(k, spawn);
        }
        if (!spawn.isEmpty() && run.size() < poolSize) {
            // NumPy pads the run entropy so a spawn key can never alias plain entropy words.
            while (run.size() < poolSize) {
                run.add(0);
            }
        }
        int[] all = new int[run.size() + spawn.size()];
        int i = 0;
        for (int w : run) {
            all[i++] = w;
        }
        for (int w : spawn) {
            all[i++] = w;
        }
        return all;
    }

    private int[] mixEntropy(int[] entropyWords) {
        int[] mixer = new int[poolSize];
        int[] hashConst = {INIT_A};
        for (int i = 0; i < poolSize; i++) {
            mixer[i] = hashmix(i < entropyWords.length ? entropyWords[i] : 0, hashConst);
        }
        for (int src = 0; src < poolSize; src++) {
            for (int dst = 0; dst < poolSize; dst++) {
                if (src != dst) {
                    mixer[dst] = mix(mixer[dst], hashmix(mixer[src], hashConst));
                }
            }
        }
        for (int src = poolSize; src < entropyWords.length; src++) {
            for (int dst = 0; dst < poolSize; dst++) {
                mixer[dst] = mix(mixer[dst], hashmix(entropyWords[src], hashConst));
            }
        }
        return mixer;
    }

    private static int hashmix(int value, int[] hashConst) {
        value ^= hashConst[0];
        hashConst[0] *= MULT_A;
        value *= hashConst[0];
        return value ^ (value >>> XSHIFT);
    }

    private static int mix(int x, int y) {
        int r = MIX_MULT_L * x - MIX_MULT_R * y;
        return r ^ (r >>> XSHIFT);
    }

    /** NumPy's {@code generate_state(n, dtype=np.uint32)}: {@code n} seed words (unsigned bits). */
    public int[] generateState32(int n) {
        if (n < 0) {
            throw new ValueError("negative dimensions are not allowed");
        }
        int[] out = new int[n];
        OutputWords words = new OutputWords();
        for (int i = 0; i < n; i++) {
            out[i] = words.next();
        }
        return out;
    }

    /**
     * NumPy's {@code generate_state(n, dtype=np.uint64)}: {@code 2n} words combined little-endian
     * ({@code out[k] = w[2k] | w[2k+1] << 32}). The words are produced as they are combined, so
     * any {@code n} up to Java's array limit works (no {@code int[2n]} intermediate; beyond the
     * limit the JVM throws {@link OutOfMemoryError}, where NumPy would raise MemoryError).
     */
    public long[] generateState64(int n) {
        if (n < 0) {
            throw new ValueError("negative dimensions are not allowed");
        }
        long[] out = new long[n];
        OutputWords words = new OutputWords();
        for (int k = 0; k < n; k++) {
            long lo = words.next() & 0xFFFFFFFFL;
            out[k] = lo | ((long) words.next() << 32);
        }
        return out;
    }

    /** The {@code generate_state} word stream: pool words cycled and hashed with a running constant. */
    private final class OutputWords {
        private int hashConst = INIT_B;
        private int src; // the word index mod poolSize

        int next() {
            int v = pool[src] ^ hashConst;
            hashConst *= MULT_B;
            v *= hashConst;
            if (++src == poolSize) {
                src = 0;
            }
            return v ^ (v >>> XSHIFT);
        }
    }

    /**
     * NumPy's {@code spawn(n_children)}: children whose spawn key is this key plus
     * {@code (n_children_spawned + i,)}; advances the spawn counter.
     *
     * @throws org.nprand.errors.OverflowError "can't convert negative value to uint32_t" for a
     *     negative count, as NumPy 2.4.6
     */
    public synchronized SeedSequence[] spawn(int nChildren) {
        if (nChildren < 0) {
            // NumPy's n_children is a C uint32_t argument.
            throw new org.nprand.errors.OverflowError("can't convert negative value to uint32_t");
        }
        SeedSequence[] out = new SeedSequence[nChildren];
        for (int i = 0; i < nChildren; i++) {
            List<BigInteger> key = new ArrayList<>(spawnKey);
            key.add(BigInteger.valueOf((long) childrenSpawned + i));
            out[i] = new SeedSequence(entropy, key, poolSize, 0);
        }
        childrenSpawned += nChildren;
        return out;
    }

    /** NumPy's {@code entropy}: a {@link BigInteger}, or an unmodifiable {@code List<BigInteger>}. */
    public Object entropy() {
        return entropy;
    }

    /** NumPy's {@code spawn_key}. */
    public List<BigInteger> spawnKey() {
        return spawnKey;
    }

    /** NumPy's {@code pool_size}. */
    public int poolSize() {
        return poolSize;
    }

    /** NumPy's {@code n_children_spawned}. */
    public synchronized int childrenSpawned() {
        return childrenSpawned;
    }

    /** NumPy's {@code pool}: the mixed entropy pool as unsigned 32-bit words. */
    public int[] pool() {
        return pool.clone();
    }

    /** NumPy's {@code state}: entropy, spawn_key, pool_size, n_children_spawned. */
    public synchronized Map<String, Object> state() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("entropy", entropy);
        s.put("spawn_key", spawnKey);
        s.put("pool_size", (long) poolSize);
        s.put("n_children_spawned", (long) childrenSpawned);
        return s;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("SeedSequence(\n    entropy=").append(entropy).append(",\n");
        if (!spawnKey.isEmpty()) {
            b.append("    spawn_key=(");
            for (int i = 0; i < spawnKey.size(); i++) {
                b.append(spawnKey.get(i)).append(spawnKey.size() == 1 ? "," : i + 1 < spawnKey.size() ? ", " : "");
            }
            b.append("),\n");
        }
        if (poolSize != DEFAULT_POOL_SIZE) {
            b.append("    pool_size=").append(poolSize).append(",\n");
        }
        if (childrenSpawned != 0) {
            b.append("    n_children_spawned=").append(childrenSpawned).append(",\n");
        }
        return b.append(")").toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SeedSequence)) {
            return false;
        }
        SeedSequence s = (SeedSequence) o;
        return entropy.equals(s.entropy) && spawnKey.equals(s.spawnKey) && poolSize == s.poolSize
                && Arrays.equals(pool, s.pool);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(pool);
    }
}
