package org.nprand.bitgen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nprand.errors.IndexError;
import org.nprand.errors.KeyError;
import org.nprand.errors.OverflowError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.internal.py.CTypes;
import org.nprand.internal.py.LegacySeeds;
import org.nprand.internal.py.Py;

/**
 * NumPy's {@code numpy.random.MT19937} bit generator: the Mersenne Twister with NumPy's seeding,
 * NumPy's word assembly, NumPy's {@code state} dictionary and NumPy's {@code jumped()}.
 *
 * <ul>
 *   <li>{@link #nextUInt32()} and {@link #randomRaw()}: one 32-bit output, never buffered;</li>
 *   <li>{@link #nextUInt64()}: two outputs, the <em>first is the high word</em>;</li>
 *   <li>{@link #nextDouble()}: {@code ((o1 >>> 5) * 2**26 + (o2 >>> 6)) / 2**53}.</li>
 * </ul>
 *
 * <p>Seeding: the constructors follow {@code MT19937(seed)} (through {@link SeedSequence}); the
 * {@code legacySeed} methods follow {@code MT19937._legacy_seeding(seed)}, which is what
 * {@code RandomState(seed)}, {@code RandomState.seed(seed)} and {@code np.random.seed(seed)} use.
 * There, Java arrays and {@link List}s stand for Python lists; an {@link org.nprand.numpy.NdArray}
 * seed given to {@link #legacySeed(Object)} is squeezed first, as NumPy does (so
 * {@code np.array([5])} seeds like {@code 5}).
 *
 * <p>State dictionary: {@code {"bit_generator": "MT19937", "state": {"key": int[624], "pos":
 * Long}}}. Not thread-safe.
 */
public final class MT19937 extends BitGenerator implements Jumpable {

    private static final String NAME = "MT19937";
    private static final long UINT32_MAX = 0xFFFFFFFFL;
    private static final String SEED_RANGE = "Seed must be between 0 and 2**32 - 1";

    private final Mt19937Engine engine = new Mt19937Engine();
    private SeedSequence seedSequence;

    /** NumPy's {@code MT19937()}: seeded from a fresh OS-entropy {@link SeedSequence}. */
    public MT19937() {
        this(new SeedSequence());
    }

    /**
     * NumPy's {@code MT19937(seed)} for an int seed, through {@code SeedSequence(seed)}.
     *
     * @throws ValueError {@code "expected non-negative integer"} for a negative seed
     */
    public MT19937(long seed) {
        this(new SeedSequence(seed));
    }

    /** NumPy's {@code MT19937(seed)} for an int of any size, through {@code SeedSequence(seed)}. */
    public MT19937(BigInteger seed) {
        this(new SeedSequence(seed));
    }

    /** NumPy's {@code MT19937([s0, s1, ...])}, through {@code SeedSequence([s0, s1, ...])}. */
    public MT19937(long... seed) {
        this(new SeedSequence(org.nprand.internal.py.Py.notNull(seed, "seed")));
    }

    /**
     * NumPy's {@code MT19937(seed_seq)}: {@code key[0] = 0x80000000}, {@code key[i] =
     * generate_state(624)[i]} for i &ge; 1, and {@code pos = 623}, NumPy's quirk (the leftover
     * loop variable), so the first output is the tempered {@code key[623]}, before any twist.
     */
    public MT19937(SeedSequence seedSequence) {
        org.nprand.internal.py.Py.notNull(seedSequence, "seedSequence");
        this.seedSequence = seedSequence;
        engine.setKeyFromSeedWords(seedSequence.generateState32(Mt19937Engine.N));
        engine.setPos(Mt19937Engine.N - 1);
    }

    /**
     * An unseeded generator (all-zero key, no seed sequence) for the {@code legacy} factories,
     * which seed it at once: NumPy's first seeding there is overwritten, so it is skipped.
     */
    private MT19937(Void unseeded) {
        this.seedSequence = null;
    }

    /** NumPy's {@code MT19937()} followed by {@code _legacy_seeding(seed)} for an int seed. */
    public static MT19937 legacy(long seed) {
        MT19937 bg = new MT19937((Void) null);
        bg.legacySeed(seed);
        return bg;
    }

    /** NumPy's {@code MT19937()} followed by {@code _legacy_seeding(seed)} for an array seed. */
    public static MT19937 legacy(long[] seed) {
        org.nprand.internal.py.Py.notNull(seed, "seed");
        MT19937 bg = new MT19937((Void) null);
        bg.legacySeed(seed);
        return bg;
    }

    // ---- legacy seeding (RandomState) -------------------------------------------------------

    /**
     * NumPy's {@code MT19937._legacy_seeding(seed)} for an int: {@code init_genrand(seed)},
     * {@code pos = 624}; afterwards {@link #seedSequence()} is {@code null}.
     *
     * @throws ValueError {@code "Seed must be between 0 and 2**32 - 1"}; nothing changes
     */
    public void legacySeed(long seed) {
        if (seed < 0 || seed > LegacySeeds.SEED_MAX) {
            throw new ValueError(SEED_RANGE);
        }
        engine.initGenrand((int) seed);
        seedSequence = null;
    }

    /** {@link #legacySeed(long)} for an int of any size (out of range raises the same error). */
    public void legacySeed(BigInteger seed) {
        org.nprand.internal.py.Py.notNull(seed, "seed");
        if (seed.signum() < 0 || seed.bitLength() > 32) {
            throw new ValueError(SEED_RANGE);
        }
        legacySeed(seed.longValue());
    }

    /**
     * NumPy's {@code MT19937._legacy_seeding(seed)} for a 1-d array of ints:
     * {@code init_by_array(seed)} ({@code pos = 624}); afterwards {@link #seedSequence()} is
     * {@code null}. Note that {@code [5]} and {@code 5} seed differently, as in NumPy.
     *
     * @throws ValueError {@code "Seed must be non-empty"}, or {@code "Seed must be between 0 and
     *     2**32 - 1"} if any element is out of range; nothing changes
     */
    public void legacySeed(long[] seed) {
        org.nprand.internal.py.Py.notNull(seed, "seed");
        if (seed.length == 0) {
            throw new ValueError("Seed must be non-empty");
        }
        int[] words = new int[seed.length];
        for (int i = 0; i < seed.length; i++) {
            if (seed[i] < 0 || seed[i] > LegacySeeds.SEED_MAX) {
                throw new ValueError(SEED_RANGE);
            }
            words[i] = (int) seed[i];
        }
        engine.initByArray(words, words.length);
        seedSequence = null;
    }

    /**
     * NumPy's {@code _legacy_seeding} for a float scalar: always rejected.
     *
     * @throws TypeError {@code "Cannot cast scalar from dtype('float64') to dtype('int64')
     *     according to the rule 'safe'"}
     */
    public void legacySeed(double seed) {
        legacySeed((Object) seed);
    }

    /**
     * NumPy's {@code _legacy_seeding} for a float array: empty raises {@code "Seed must be
     * non-empty"}, anything else the cast {@code TypeError} ("array data").
     */
    public void legacySeed(double[] seed) {
        legacySeed((Object) seed);
    }

    /**
     * NumPy's {@code _legacy_seeding} for a nested list of ints ({@code [[1, 2], [3, 4]]}): an
     * empty one raises {@code "Seed must be non-empty"}, a ragged one NumPy's inhomogeneous-shape
     * {@code ValueError}, any other {@code "Seed array must be 1-d"}. (Java arrays stand for
     * Python lists, which NumPy does not squeeze.)
     */
    public void legacySeed(long[][] seed) {
        legacySeed((Object) seed);
    }

    /**
     * NumPy's {@code _legacy_seeding(None)} ({@code RandomState.seed()} with no seed): words from a
     * fresh OS-entropy {@code SeedSequence().generate_state(624)} with {@code key[0] =
     * 0x80000000}, and {@code pos} <em>left unchanged</em>, as NumPy leaves it;
     * {@link #seedSequence()} becomes {@code null}.
     */
    public void legacySeedFromEntropy() {
        engine.setKeyFromSeedWords(new SeedSequence().generateState32(Mt19937Engine.N));
        seedSequence = null;
    }

    /**
     * NumPy's {@code _legacy_seeding(seed)} for a seed given as a Java object, as a RandomState
     * facade receives it: {@code null} (OS entropy), an integral {@link Number} or
     * {@link Boolean} (an int), a {@link Double}/{@link Float} (rejected), a {@code long[]},
     * {@code int[]}, {@code double[]} or {@code long[][]} array or a {@link List} (a Python list,
     * converted by {@code np.asarray}), or an {@link org.nprand.numpy.NdArray} (squeezed first,
     * so {@code np.array([5])} seeds like {@code 5}). The rules are NumPy's, in its order; see
     * {@code org.nprand.internal.py.LegacySeeds}.
     */
    public void legacySeed(Object seed) {
        Object words = LegacySeeds.words(seed);
        if (words == null) {
            legacySeedFromEntropy();
        } else if (words instanceof Long) {
            legacySeed((long) (Long) words);
        } else {
            legacySeed((long[]) words);
        }
    }

    // ---- drawing ----------------------------------------------------------------------------

    @Override
    public String name() {
        return NAME;
    }

    /** NumPy's {@code random_raw()}: one 32-bit output, widened. */
    @Override
    public long randomRaw() {
        return engine.nextInt() & UINT32_MAX;
    }

    /** NumPy's {@code next_uint32}: one output (MT19937 never buffers). */
    @Override
    public int nextUInt32() {
        return engine.nextInt();
    }

    /** The masked rejection loop, candidates two at a time ({@link Mt19937Engine#nextMaskedAtMost}). */
    @Override
    public int nextMaskedUInt32(int mask, int max) {
        return engine.nextMaskedAtMost(mask, max);
    }

    /** NumPy's {@code next_uint64}: {@code (o1 << 32) | o2}. */
    @Override
    public long nextUInt64() {
        return engine.nextLong();
    }

    /** NumPy's {@code next_double}: {@code ((o1 >>> 5) * 2**26 + (o2 >>> 6)) / 2**53}. */
    @Override
    public double nextDouble() {
        return engine.nextDouble();
    }

    /** NumPy's {@code random_raw(size)}. */
    @Override
    public long[] randomRaw(int size) {
        if (size < 0) {
            throw new ValueError("negative dimensions are not allowed");
        }
        long[] out = new long[size];
        engine.fillUnsignedInts(out, 0, size);
        return out;
    }

    /** Fills {@code out[from, to)} with {@code next_uint32} outputs (NumPy's {@code mt19937_fill_uint32}). */
    @Override
    public void fillUInt32(int[] out, int from, int to) {
        org.nprand.internal.py.Py.notNull(out, "out");
        engine.fillInts(out, from, to);
    }

    @Override
    public void fillUInt64(long[] out, int from, int to) {
        org.nprand.internal.py.Py.notNull(out, "out");
        engine.fillLongs(out, from, to);
    }

    @Override
    public void fillDouble(double[] out, int from, int to) {
        org.nprand.internal.py.Py.notNull(out, "out");
        engine.fillDoubles(out, from, to);
    }

    // ---- state ------------------------------------------------------------------------------

    /**
     * NumPy's {@code MT19937.spawn(n_children)}: {@code MT19937(child)} for each child of
     * {@code seedSequence().spawn(nChildren)}; see {@link BitGenerator#spawn}.
     *
     * @throws TypeError "The underlying SeedSequence does not implement spawning." after legacy
     *     seeding, as NumPy
     */
    @Override
    public List<MT19937> spawn(int nChildren) {
        SeedSequence[] seeds = spawnSeeds(nChildren);
        List<MT19937> out = new ArrayList<>(seeds.length);
        for (SeedSequence child : seeds) {
            out.add(new MT19937(child));
        }
        return out;
    }

    @Override
    public SeedSequence seedSequence() {
        return seedSequence;
    }

    /** A copy of the 624 raw key words (unsigned bits): {@code state['state']['key']}. */
    public int[] key() {
        return engine.key();
    }

    /** {@code state['state']['pos']}, 0..624. */
    public int pos() {
        return engine.pos();
    }

    /**
     * Sets key and pos directly: the validated core of the {@code state} setter, for facades that
     * hold the state in another shape (RandomState's legacy tuple).
     *
     * @throws IndexError if {@code key} has fewer than 624 words (NumPy's ndarray message)
     * @throws ValueError if {@code pos} is outside 0..624 (NumPy would accept it and then read
     *     out of bounds; nprand refuses)
     */
    public void setKeyAndPos(int[] key, int pos) {
        org.nprand.internal.py.Py.notNull(key, "key");
        if (key.length < Mt19937Engine.N) {
            throw new IndexError("index " + key.length + " is out of bounds for axis 0 with size " + key.length);
        }
        checkPos(pos);
        engine.setState(key, pos);
    }

    /** {@code {'bit_generator': 'MT19937', 'state': {'key': int[624], 'pos': Long}}}. */
    @Override
    public Map<String, Object> getState() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("key", engine.key());
        inner.put("pos", (long) engine.pos());
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("bit_generator", NAME);
        state.put("state", inner);
        return state;
    }

    /**
     * NumPy's {@code MT19937.state = value} for a dict. The key may be an {@code int[]} (uint32
     * ndarray, bits as unsigned), a {@code long[]} (each in 0..2**32-1), a {@code double[]} or a
     * {@link List} of numbers (floats truncated as NumPy's Cython setter does); pos an integral
     * number in 0..624 (NumPy accepts any C int there and then reads out of bounds; nprand
     * raises {@code ValueError "pos must be between 0 and 624"}). Everything is validated before the state changes,
     * with NumPy's exception classes and messages: {@code TypeError "state must be a dict"},
     * {@code ValueError "state must be for a MT19937 PRNG"}, {@code KeyError} for a missing
     * entry, {@code IndexError} for a short key, {@code OverflowError} for a word that does not fit
     * in {@code uint32_t} or a pos that does not fit in a C int. The key is read word by word as
     * NumPy's loop does, so in a short key a bad word is reported before the missing ones.
     */
    @Override
    public void setState(Map<String, ?> state) {
        StateValues.checkHeader(state, NAME, "state must be for a MT19937 PRNG");
        Object inner = StateValues.item(state, "state");
        int[] key = toKeyWords(StateValues.item(inner, "key"));
        int pos = CTypes.cythonCInt(StateValues.item(inner, "pos"));
        checkPos(pos);
        engine.setState(key, pos);
    }

    /**
     * NumPy's {@code MT19937.state = ('MT19937', key, pos[, has_gauss, gauss])}, the legacy tuple
     * (a Python tuple as a Java {@link List}); the gauss fields are ignored by the bit generator.
     *
     * @throws ValueError {@code "state is not a legacy MT19937 state"} unless the first element
     *     is {@code "MT19937"} and the length is 3 or 5
     * @throws IndexError {@code "tuple index out of range"} for an empty tuple
     */
    public void setLegacyState(List<?> tuple) {
        org.nprand.internal.py.Py.notNull(tuple, "tuple");
        if (tuple.isEmpty()) {
            throw new IndexError("tuple index out of range");
        }
        if (!NAME.equals(tuple.get(0)) || (tuple.size() != 3 && tuple.size() != 5)) {
            throw new ValueError("state is not a legacy MT19937 state");
        }
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("key", tuple.get(1));
        inner.put("pos", tuple.get(2));
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("bit_generator", NAME);
        dict.put("state", inner);
        setState(dict);
    }

    private static void checkPos(int pos) {
        if (pos < 0 || pos > Mt19937Engine.N) {
            throw new ValueError("pos must be between 0 and 624");
        }
    }

    /**
     * NumPy's {@code for i in range(624): rng_state.key[i] = key[i]}: element by element, so a
     * bad word before the end of a short key raises its conversion error before the IndexError.
     */
    private static int[] toKeyWords(Object key) {
        int n = Mt19937Engine.N;
        int[] out = new int[n];
        if (key instanceof int[]) {
            int[] a = (int[]) key; // a uint32 ndarray: every word fits
            if (a.length < n) {
                throw arrayIndexError(a.length);
            }
            System.arraycopy(a, 0, out, 0, n);
        } else if (key instanceof long[]) {
            long[] a = (long[]) key; // a uint64 ndarray: bits are unsigned
            for (int i = 0; i < n; i++) {
                if (i >= a.length) {
                    throw arrayIndexError(a.length);
                }
                out[i] = CTypes.cythonUInt32(Py.unsignedValue(a[i]));
            }
        } else if (key instanceof double[]) {
            double[] a = (double[]) key; // a float64 ndarray: Cython truncates each element with int()
            for (int i = 0; i < n; i++) {
                if (i >= a.length) {
                    throw arrayIndexError(a.length);
                }
                out[i] = CTypes.cythonUInt32(a[i]);
            }
        } else if (key instanceof List) {
            List<?> a = (List<?>) key;
            for (int i = 0; i < n; i++) {
                if (i >= a.size()) {
                    throw new IndexError("list index out of range");
                }
                out[i] = CTypes.cythonUInt32(a.get(i));
            }
        } else if (key instanceof Map) {
            Map<?, ?> a = (Map<?, ?>) key; // a dict indexed by ints works in Python too
            for (int i = 0; i < n; i++) {
                Object k = a.containsKey((long) i) ? (Object) (long) i : (Object) i;
                if (!a.containsKey(k)) {
                    throw new KeyError(Integer.toString(i));
                }
                out[i] = CTypes.cythonUInt32(a.get(k));
            }
        } else if (key instanceof String) {
            // str[0] is a str, which is not an integer
            throw ((String) key).isEmpty() ? new IndexError("string index out of range")
                    : new TypeError("an integer is required");
        } else {
            throw new TypeError("'" + Py.typeName(key) + "' object is not subscriptable");
        }
        return out;
    }

    private static IndexError arrayIndexError(int size) {
        return new IndexError("index " + size + " is out of bounds for axis 0 with size " + size);
    }

    // ---- jumping ----------------------------------------------------------------------------

    /**
     * NumPy's {@code MT19937.jumped(jumps)}: a new MT19937 whose state is this state advanced
     * {@code jumps} times 2**128 outputs; this generator is unchanged. As in NumPy the new
     * generator is first built from OS entropy, so its {@link #seedSequence()} is a fresh,
     * unrelated one. {@code jumps <= 0} returns a plain copy of the state.
     */
    public MT19937 jumped(long jumps) {
        MT19937 out = new MT19937();
        out.engine.copyFrom(engine);
        for (long i = 0; i < jumps; i++) {
            out.engine.jump();
        }
        return out;
    }

    /** NumPy's {@code jumped()} with the default one jump. */
    public MT19937 jumped() {
        return jumped(1L);
    }

    /**
     * NumPy's {@code jumped(jumps)} for any int; NumPy takes an {@code npy_intp}.
     *
     * @throws OverflowError {@code "Python int too large to convert to C long"} beyond 64 bits
     */
    @Override
    public MT19937 jumped(BigInteger jumps) {
        return jumped(Py.toLong(jumps));
    }

    /** The engine, for package use (e.g. tests). */
    Mt19937Engine engine() {
        return engine;
    }
}
