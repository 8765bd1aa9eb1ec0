package org.nprand.python;

import org.nprand.concurrent.Hold;
import org.nprand.internal.sync.CallLock;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.nprand.bitgen.Mt19937Engine;
import org.nprand.errors.IndexError;
import org.nprand.errors.NotImplementedError;
import org.nprand.errors.OverflowError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.errors.ZeroDivisionError;
import org.nprand.internal.py.CTypes;
import org.nprand.internal.py.Py;
import org.nprand.internal.py.PyOps;
import org.nprand.kernels.RandomInterval;
import org.nprand.math.Libm;
import org.nprand.math.PyMath;

/**
 * CPython 3.13's {@code random.Random}: the Mersenne Twister of {@code _random.Random} with
 * CPython's seeding ({@code init_by_array} of the seed's 32-bit words), CPython's
 * {@code random()}, {@code getrandbits()} and state, and the methods of {@code Lib/random.py}
 * built on them. Same seed, same calls: same numbers, bit for bit.
 *
 * <p>Python ints are {@code long} where a long is enough and {@link BigInteger} otherwise; both
 * overloads draw the same words. Bad arguments raise CPython's exception class and message
 * (see {@link org.nprand.errors}) before anything is drawn, except where CPython itself raises
 * midway: its distributions ({@code gauss} ... {@code binomialvariate}) fail in their arithmetic
 * ({@code expovariate(0)} divides by zero after its draw, {@code betavariate} checks beta only after
 * the first gamma's draws), and these methods raise at the same point, after the same draws.
 *
 * <p>The distributions call C's {@code log}, {@code exp}, {@code pow}, {@code log2}, {@code cos},
 * {@code sin} and {@code acos} through {@link Libm}, which is glibc's exactly; {@code cos},
 * {@code sin} and {@code acos} (used by {@code gauss} and {@code vonmisesvariate}) are exact when
 * the module {@code nprand-libm-lgpl} is on the class path ({@link Libm#trigIsExact()}), and
 * otherwise off by one ulp on about 0.1% of inputs.
 *
 * <p>Thread-safe: every public method holds the instance's lock for its whole call, so a PyRandom
 * shared by several threads gives the sequential stream's values, each call whole (stricter than
 * CPython, whose Python-level methods such as {@code shuffle} or {@code gauss} can interleave
 * between threads).
 */
public final class PyRandom {

    private static final SecureRandom OS_ENTROPY = new SecureRandom();
    private static final String SEED_TYPES =
            "The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.";
    private static final long UINT32 = 0xFFFFFFFFL;

    private final Mt19937Engine engine = new Mt19937Engine();
    /** {@code gauss_next}: valid when {@link #hasGaussNext}; None otherwise. */
    private double gaussNext;
    private boolean hasGaussNext;
    /**
     * {@code gauss_next} when {@link #setstate(List)} gave one that is not a float (CPython keeps
     * any object: an int, a bool, a str...): kept as given, so {@link #getstate()} gives it back
     * and {@link #gauss} computes {@code mu + z * sigma} with it as Python does. Null otherwise.
     */
    private Object gaussNextObject;
    /** The OS entropy of the last {@link #seed()}, or null when seeded otherwise since. */
    private BigInteger seedEntropy;
    /**
     * Where draws come from when not from {@link #engine}: {@link PySystemRandom}'s OS source, or a
     * test's script; null for the Mersenne Twister (every public constructor).
     */
    /**
     * The lock every public method holds for its whole call ({@link CallLock}: one
     * compare-and-set per call instead of a monitor's two; reentrant).
     */
    private final CallLock callLock = new CallLock();
    private DrawSource source;

    // ---- construction and seeding -----------------------------------------------------------

    /** {@code random.Random()}: seeded from 624 words of OS entropy. */
    public PyRandom() {
        seed();
    }

    /** {@code random.Random(a)} for an int: seeded by {@code abs(a)}. */
    public PyRandom(long a) {
        seed(a);
    }

    /** {@code random.Random(a)} for an int of any size: seeded by {@code abs(a)}. */
    public PyRandom(BigInteger a) {
        seed(a);
    }

    /** {@code random.Random(a)} for a str: seeded by {@code a + sha512(a)} (version 2). */
    public PyRandom(String a) {
        seed(a);
    }

    /** {@code random.Random(a)} for bytes: seeded by {@code a + sha512(a)} (version 2). */
    public PyRandom(byte[] a) {
        seed(a);
    }

    /** {@code random.Random(a)} for a float: seeded by {@code hash(a)} as unsigned. */
    public PyRandom(double a) {
        seed(a);
    }

    /**
     * {@code random.Random(x)} for a seed of any supported type, as {@link #seed(Object)}
     * dispatches it ({@code null} is OS entropy).
     *
     * @throws TypeError CPython's message for an unsupported seed type
     */
    public static PyRandom fromSeed(Object x) {
        PyRandom r = new PyRandom(Unseeded.INSTANCE);
        r.seed(x); // seeds, or throws and the instance is dropped
        return r;
    }

    /** Marks the private constructor that leaves the engine for the caller to seed. */
    private enum Unseeded { INSTANCE }

    /** An instance whose engine the caller seeds at once (by {@link #fromSeed}); no draw, no seeding. */
    private PyRandom(Unseeded unseeded) {
    }

    /**
     * An instance whose {@code random}, {@code getrandbits} and {@code randbytes} come from
     * {@code source}, every other method built on them as in CPython's subclasses of
     * {@code random.Random} ({@link PySystemRandom}; tests). Its engine is never seeded or read.
     */
    PyRandom(DrawSource source) {
        this.source = source;
    }

    /**
     * Takes this instance's lock until the returned hold is closed (CPython's {@code Random} has no
     * lock: this is for Java threads sharing an instance). The calls this thread makes meanwhile
     * are atomic together and each skips the per-call lock; other threads' calls wait for the
     * close. See {@link Hold}.
     */
    public Hold hold() {
        return callLock.hold();
    }

    /**
     * {@code random.seed()} / {@code seed(None)}: CPython's {@code random_seed_urandom}, which reads
     * 624 32-bit words (2,496 bytes) from the OS and runs {@code init_by_array} over all of them.
     *
     * <p>The words are kept readable as {@link #seedEntropy()}: the int whose 32-bit words, least
     * significant first, they are. Seeding with that int ({@code seed(entropy)} here, or
     * {@code random.seed(entropy)} in CPython) runs the same {@code init_by_array} over the same
     * 624 words, so the run can be reproduced. For that the last word is drawn again while it is
     * zero (a 2**-32 event that would make the int shorter than 624 words); every other bit is the
     * OS's.
     */
    public void seed() {
        Thread held = callLock.lock();
        try {
            int[] key = new int[Mt19937Engine.N];
            for (int i = 0; i < key.length; i++) {
                key[i] = OS_ENTROPY.nextInt();
            }
            while (key[key.length - 1] == 0) {
                key[key.length - 1] = OS_ENTROPY.nextInt();
            }
            engine.initByArray(key, key.length);
            hasGaussNext = false;
            byte[] be = new byte[4 * key.length];
            for (int i = 0; i < key.length; i++) {
                int at = 4 * (key.length - 1 - i); // word i is the i-th least significant
                be[at] = (byte) (key[i] >>> 24);
                be[at + 1] = (byte) (key[i] >>> 16);
                be[at + 2] = (byte) (key[i] >>> 8);
                be[at + 3] = (byte) key[i];
            }
            seedEntropy = new BigInteger(1, be);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * The OS entropy of the last {@link #seed()} (also reached by {@code seed(null)}, the no-argument
     * constructor and {@code fromSeed(null)}): an int of 624 32-bit words (19,937 to 19,968 bits)
     * such that {@code seed(entropy)} reproduces that seeding exactly, here and in CPython. Null
     * when the generator has been seeded with a value since.
     */
    public BigInteger seedEntropy() {
        Thread held = callLock.lock();
        try {
            return seedEntropy;
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code seed(a)} for an int: the words of {@code abs(a)}, least significant first. */
    public void seed(long a) {
        Thread held = callLock.lock();
        try {
            long n = a == Long.MIN_VALUE ? a : Math.abs(a); // |MIN_VALUE| = 2**63, same bits unsigned
            int[] key = (n >>> 32) == 0 ? new int[] {(int) n} : new int[] {(int) n, (int) (n >>> 32)};
            engine.initByArray(key, key.length);
            hasGaussNext = false;
            seedEntropy = null;
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code seed(a)} for an int of any size: the words of {@code abs(a)}, least significant first. */
    public void seed(BigInteger a) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(a, "a");
            seedWithWords(a.abs());
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code seed(a)} for a str (version 2): {@code a.encode()} (UTF-8, strict) then
     * {@code int.from_bytes(b + sha512(b).digest(), 'big')}.
     *
     * @throws ValueError for a string with an unpaired surrogate, with the message of Python's
     *     {@code UnicodeEncodeError} (a {@code ValueError} subclass)
     */
    public void seed(String a) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(a, "a");
            seed(a, 2);
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code seed(a)} for bytes or a bytearray (version 2): {@code int.from_bytes(a + sha512(a).digest(), 'big')}. */
    public void seed(byte[] a) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(a, "a");
            seed(a, 2);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code seed(a)} for a float: {@code (size_t) hash(a)}, so {@code seed(2.0) == seed(2)} but
     * {@code seed(-2.0) != seed(-2)}.
     *
     * @throws NotImplementedError for NaN, whose hash CPython takes from the object's identity
     */
    public void seed(double a) {
        Thread held = callLock.lock();
        try {
            if (Double.isNaN(a)) {
                throw new NotImplementedError("seed(nan) is not reproducible: CPython hashes NaN by object identity");
            }
            seedWithWords(PyHash.hashAsUnsigned(a));
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code seed(a, version)} for a str: version 2 as {@link #seed(String)}; version 1 the
     * Python 2 string algorithm kept for old sequences.
     *
     * @throws NotImplementedError for another version: CPython then seeds by the randomized
     *     {@code hash(str)}, which cannot be reproduced
     */
    public void seed(String a, int version) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(a, "a");
            if (version == 1) {
                seedVersion1(a.codePoints().toArray());
            } else if (version == 2) {
                seedWithBytes(utf8Strict(a));
            } else {
                throw new NotImplementedError("seed(str, version=" + version + ") uses Python's randomized str hash");
            }
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code seed(a, version)} for bytes: version 2 as {@link #seed(byte[])}; version 1 decodes
     * latin-1 and runs the Python 2 string algorithm.
     *
     * @throws NotImplementedError for another version (CPython's randomized bytes hash)
     */
    public void seed(byte[] a, int version) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(a, "a");
            if (version == 1) {
                int[] cps = new int[a.length];
                for (int i = 0; i < a.length; i++) {
                    cps[i] = a[i] & 0xFF;
                }
                seedVersion1(cps);
            } else if (version == 2) {
                seedWithBytes(a);
            } else {
                throw new NotImplementedError("seed(bytes, version=" + version + ") uses Python's randomized bytes hash");
            }
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code seed(a)} for a value of any type, dispatching as CPython does: {@code null} (None),
     * {@link Long}/{@link Integer}/{@link Short}/{@link Byte}/{@link BigInteger} (int),
     * {@link Boolean} (an int: True is 1), {@link Double}/{@link Float} (float), {@link String}
     * (str), {@code byte[]} (bytes or bytearray).
     *
     * @throws TypeError CPython's {@code "The only supported seed types are:\nNone, int, float,
     *     str, bytes, and bytearray."} for any other type; nothing changes
     */
    public void seed(Object a) {
        Thread held = callLock.lock();
        try {
            if (a == null) {
                seed();
            } else if (a instanceof Long || a instanceof Integer || a instanceof Short || a instanceof Byte) {
                seed(((Number) a).longValue());
            } else if (a instanceof BigInteger) {
                seed((BigInteger) a);
            } else if (a instanceof Boolean) {
                seed((Boolean) a ? 1L : 0L);
            } else if (a instanceof Double || a instanceof Float) {
                seed(((Number) a).doubleValue());
            } else if (a instanceof String) {
                seed((String) a);
            } else if (a instanceof byte[]) {
                seed((byte[]) a);
            } else {
                throw new TypeError(SEED_TYPES);
            }
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code seed(a, version=version)} for a value of any type: str and bytes follow
     * {@link #seed(String, int)} / {@link #seed(byte[], int)}; every other type ignores the
     * version, as in CPython, and is seeded as by {@link #seed(Object)}.
     *
     * @throws TypeError CPython's message for an unsupported seed type
     * @throws NotImplementedError for str/bytes with a version other than 1 or 2
     */
    public void seed(Object a, int version) {
        Thread held = callLock.lock();
        try {
            if (a instanceof String) {
                seed((String) a, version);
            } else if (a instanceof byte[]) {
                seed((byte[]) a, version);
            } else {
                seed(a);
            }
        } finally {
            callLock.unlock(held);
        }
    }

    private void seedVersion1(int[] codePoints) {
        long x = codePoints.length == 0 ? 0 : (long) codePoints[0] << 7;
        for (int c : codePoints) {
            x = (1000003L * x) ^ c; // & 0xFFFFFFFFFFFFFFFF: Java's long arithmetic wraps the same way
        }
        x ^= codePoints.length;
        int[] key = (x >>> 32) == 0 ? new int[] {(int) x} : new int[] {(int) x, (int) (x >>> 32)};
        engine.initByArray(key, key.length);
        hasGaussNext = false;
        seedEntropy = null;
    }

    private void seedWithBytes(byte[] a) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-512").digest(a);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required of every Java platform", e);
        }
        // int.from_bytes(a + digest, 'big'), read from the two arrays as they are (the sum of a
        // 10**6-char seed would be one more megabyte to allocate and copy)
        seedWithWords(a, digest);
    }

    /** A byte array read as big-endian ints, for {@link #seedWithWords(byte[], byte[])}. */
    private static final java.lang.invoke.VarHandle BIG_ENDIAN_INT =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.BIG_ENDIAN);

    private static final byte[] NO_BYTES = new byte[0];

    /** CPython's {@code random_seed} for a non-negative int n: its 32-bit words, little end first. */
    private void seedWithWords(BigInteger n) {
        seedWithWords(n.toByteArray(), NO_BYTES); // big-endian two's complement: a leading 0 byte at most
    }

    /**
     * CPython's {@code random_seed} for the non-negative int {@code int.from_bytes(high + low, 'big')}
     * ({@code low.length} a multiple of 4): its 32-bit words, least significant first, as many as
     * its bit length needs (one for 0). Linear in the length, as CPython's
     * {@code _PyLong_AsByteArray} (a BigInteger shift per word would be quadratic).
     */
    private void seedWithWords(byte[] high, byte[] low) {
        int from = 0;
        while (from < high.length && high[from] == 0) {
            from++;
        }
        if (from == high.length && low.length > 0) {
            seedWithWords(low, NO_BYTES); // no significant byte in high: the number is low's
            return;
        }
        int bytes = high.length - from + low.length;
        int used = bytes == 0 ? 1 : (bytes + 3) / 4;
        int[] key = new int[used];
        // word i (least significant first) is the big-endian int that ends 4 i bytes before the
        // end, read whole: low's words, then high's (low is whole words); a loop over bytes that
        // or-ed each into its word waited on the word's previous store four times per word
        // (about 1 ms of an 8*10**6-bit seed's 4 on JDK 17)
        int lowWords = low.length / 4;
        for (int i = 0; i < lowWords; i++) {
            key[i] = (int) BIG_ENDIAN_INT.get(low, low.length - 4 * (i + 1));
        }
        int whole = (high.length - from) >>> 2;
        for (int i = 0; i < whole; i++) {
            key[lowWords + i] = (int) BIG_ENDIAN_INT.get(high, high.length - 4 * (i + 1));
        }
        for (int b = from; b < high.length - 4 * whole; b++) { // the 1 to 3 most significant bytes left
            key[lowWords + whole] = key[lowWords + whole] << 8 | (high[b] & 0xFF);
        }
        engine.initByArray(key, used);
        hasGaussNext = false;
        seedEntropy = null;
    }

    private static byte[] utf8Strict(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                int position = s.codePointCount(0, i);
                throw new ValueError("'utf-8' codec can't encode character '\\u" + Integer.toHexString(c)
                        + "' in position " + position + ": surrogates not allowed");
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---- core draws -------------------------------------------------------------------------

    /** {@code random()}: a double in [0, 1) from two words ({@code genrand_res53}). */
    public double random() {
        Thread held = callLock.lock();
        try {
            return draw();
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@link #random()} for this class's own methods, which already hold the lock: taking it
     * again is not free (a nested {@link CallLock#lock()} is a failed compare-and-set).
     */
    private double draw() {
        if (source != null) {
            return source.random();
        }
        return engine.nextDouble();
    }

    /**
     * {@code getrandbits(k)}: an int of k random bits. {@code k <= 32} takes the top k bits of one
     * word; larger k fills 32-bit words least significant first, the last one shifted right by
     * {@code 32 - k % 32}. {@code k == 0} draws nothing.
     *
     * @throws ValueError {@code "number of bits must be non-negative"}
     */
    public BigInteger getrandbits(int k) {
        Thread held = callLock.lock();
        try {
            if (k < 0) {
                throw new ValueError("number of bits must be non-negative");
            }
            if (source != null) {
                return source.getrandbits(k);
            }
            if (k <= 64) {
                long r = getrandbitsLong(k);
                return r >= 0 ? BigInteger.valueOf(r) : unsigned(r);
            }
            int words = (k - 1) / 32 + 1;
            byte[] be = new byte[4 * words];
            int remaining = k;
            for (int i = 0; i < words; i++, remaining -= 32) {
                int r = engine.nextInt();
                if (remaining < 32) {
                    r >>>= 32 - remaining;
                }
                int at = 4 * (words - 1 - i); // big-endian byte offset of word i
                be[at] = (byte) (r >>> 24);
                be[at + 1] = (byte) (r >>> 16);
                be[at + 2] = (byte) (r >>> 8);
                be[at + 3] = (byte) r;
            }
            return new BigInteger(1, be);
        } finally {
            callLock.unlock(held);
        }
    }

    /** The unsigned value of a long's 64 bits, from its big-endian bytes. */
    private static BigInteger unsigned(long bits) {
        byte[] be = new byte[8];
        for (int i = 0; i < 8; i++) {
            be[i] = (byte) (bits >>> (56 - 8 * i));
        }
        return new BigInteger(1, be);
    }

    /**
     * {@code getrandbits(k)} for {@code 0 <= k <= 64}, as the unsigned bits of a long; the same
     * words as {@link #getrandbits(int)}, without allocation.
     *
     * @throws ValueError {@code "number of bits must be non-negative"}
     * @throws IllegalArgumentException for {@code k > 64}
     */
    public long getrandbitsLong(int k) {
        Thread held = callLock.lock();
        try {
            if (k < 0) {
                throw new ValueError("number of bits must be non-negative");
            }
            if (k > 64) {
                throw new IllegalArgumentException("getrandbitsLong takes at most 64 bits; use getrandbits");
            }
            return bitsLong(k);
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@link #getrandbitsLong} for 0 &lt;= k &lt;= 64, without the checks and without taking the lock again. */
    private long bitsLong(int k) {
        if (source != null) {
            return source.getrandbitsLong(k);
        }
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return (engine.nextInt() >>> (32 - k)) & UINT32;
        }
        long low = engine.nextInt() & UINT32;
        long high = (engine.nextInt() >>> (64 - k)) & UINT32;
        return low | (high << 32);
    }

    /**
     * {@code randbytes(n)}: {@code getrandbits(n * 8).to_bytes(n, 'little')}.
     *
     * @throws ValueError {@code "number of bits must be non-negative"} for negative n
     * @throws OverflowError {@code "Python int too large to convert to C int"} when {@code n * 8}
     *     exceeds a C int
     */
    public byte[] randbytes(int n) {
        Thread held = callLock.lock();
        try {
            if (source != null) {
                return source.randbytes(n); // SystemRandom: os.urandom(n), with its own check
            }
            if (n < 0) {
                throw new ValueError("number of bits must be non-negative");
            }
            if (8L * n > Integer.MAX_VALUE) {
                throw new OverflowError("Python int too large to convert to C int");
            }
            byte[] out = new byte[n];
            int full = n / 4;
            for (int w = 0; w < full; w++) {
                int r = engine.nextInt();
                out[4 * w] = (byte) r;
                out[4 * w + 1] = (byte) (r >>> 8);
                out[4 * w + 2] = (byte) (r >>> 16);
                out[4 * w + 3] = (byte) (r >>> 24);
            }
            int rest = n % 4;
            if (rest != 0) {
                int r = engine.nextInt() >>> (32 - 8 * rest); // the last word keeps its top bits
                for (int b = 0; b < rest; b++) {
                    out[4 * full + b] = (byte) (r >>> (8 * b));
                }
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    // ---- integers -----------------------------------------------------------------------------

    /**
     * {@code _randbelow(n)} ({@code _randbelow_with_getrandbits}): {@code k = n.bit_length()},
     * then {@code getrandbits(k)} until the value is below n. For {@code n > 0} only (callers
     * check). Package-visible for the facades built on it.
     */
    long randbelow(long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = bitsLong(k);
        while (r >= n) {
            r = bitsLong(k);
        }
        return r;
    }

    /** {@link #randbelow(long)} for n &lt;= 2**31 - 1: one word per attempt, no allocation. */
    int randbelow(int n) {
        if (source != null) {
            return (int) randbelow((long) n);
        }
        int k = 32 - Integer.numberOfLeadingZeros(n);
        // getrandbits(k) is the top k bits of one word; retried while >= n (n < 2**31: k <= 31)
        return engine.nextTopBitsBelow(32 - k, n);
    }

    /** {@code _randbelow(n)} for an int of any size, {@code n > 0}. */
    BigInteger randbelow(BigInteger n) {
        if (n.bitLength() <= 63) {
            return BigInteger.valueOf(randbelow(n.longValue()));
        }
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = getrandbits(k);
        }
        return r;
    }

    /**
     * {@code randrange(stop)}: a random int in {@code range(stop)}.
     *
     * @throws ValueError {@code "empty range for randrange()"} if {@code stop <= 0}
     */
    public long randrange(long stop) {
        Thread held = callLock.lock();
        try {
            if (stop > 0) {
                return randbelow(stop);
            }
            throw new ValueError("empty range for randrange()");
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code randrange(stop)} for an int of any size. */
    public BigInteger randrange(BigInteger stop) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(stop, "stop");
            if (stop.signum() > 0) {
                return randbelow(stop);
            }
            throw new ValueError("empty range for randrange()");
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code randrange(start, stop)}: {@code start + _randbelow(stop - start)}.
     *
     * @throws ValueError {@code "empty range in randrange(start, stop)"} if {@code stop <= start}
     */
    public long randrange(long start, long stop) {
        Thread held = callLock.lock();
        try {
            return randrangeLong(start, stop);
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@link #randrange(long, long)}'s body, for callers that hold the lock ({@link #randint}). */
    private long randrangeLong(long start, long stop) {
        long width = stop - start;
        if (((stop ^ start) & (stop ^ width)) < 0) { // the width overflowed a long
            return randrange(BigInteger.valueOf(start), BigInteger.valueOf(stop)).longValue();
        }
        if (width > 0) {
            // below 2**31 the int form draws the same words (one per attempt, its top k bits)
            return start + (width <= Integer.MAX_VALUE ? randbelow((int) width) : randbelow(width));
        }
        throw new ValueError("empty range in randrange(" + start + ", " + stop + ")");
    }

    /** {@code randrange(start, stop)} for ints of any size. */
    public BigInteger randrange(BigInteger start, BigInteger stop) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(start, "start");
            return randrange(start, stop, BigInteger.ONE);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code randrange(start, stop, step)}: {@code start + step * _randbelow(n)} with n the length
     * of {@code range(start, stop, step)}; step 1 is {@link #randrange(long, long)}.
     *
     * @throws ValueError {@code "zero step for randrange()"}, or {@code "empty range in
     *     randrange(start, stop, step)"} when the range is empty
     */
    public long randrange(long start, long stop, long step) {
        Thread held = callLock.lock();
        try {
            if (step == 1) {
                return randrangeLong(start, stop);
            }
            long n = rangeLength(start, stop, step);
            if (n == Long.MIN_VALUE) { // the count overflowed a long: Python ints do not
                return randrange(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step)).longValue();
            }
            if (n <= 0) {
                throw new ValueError("empty range in randrange(" + start + ", " + stop + ", " + step + ")");
            }
            // the true result lies between start and stop, so wrapping long arithmetic gives it exactly
            return start + step * randbelow(n);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code (width + step - 1) // step} (step &gt; 0) or {@code (width + step + 1) // step}
     * (step &lt; 0), or {@code Long.MIN_VALUE} if an intermediate overflows a long.
     *
     * @throws ValueError {@code "zero step for randrange()"}
     */
    private static long rangeLength(long start, long stop, long step) {
        if (step == 0) {
            throw new ValueError("zero step for randrange()");
        }
        long width = stop - start;
        if (((stop ^ start) & (stop ^ width)) < 0) {
            return Long.MIN_VALUE;
        }
        long adjusted = step > 0 ? width + (step - 1) : width + (step + 1);
        long addend = step > 0 ? step - 1 : step + 1;
        if (((width ^ adjusted) & (addend ^ adjusted)) < 0) {
            return Long.MIN_VALUE;
        }
        return Math.floorDiv(adjusted, step);
    }

    /**
     * {@code randrange(start, stop, step)} for ints of any size. A {@code null} stop is
     * {@code randrange(start)} (with step None or 1; any other step raises CPython's
     * {@code TypeError "Missing a non-None stop argument"}). A {@code null} step is 1.
     */
    public BigInteger randrange(BigInteger start, BigInteger stop, BigInteger step) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(start, "start");
            if (stop == null) {
                if (step != null && !step.equals(BigInteger.ONE)) {
                    throw new TypeError("Missing a non-None stop argument");
                }
                return randrange(start);
            }
            BigInteger width = stop.subtract(start);
            BigInteger istep = step == null ? BigInteger.ONE : step;
            if (istep.equals(BigInteger.ONE)) {
                if (width.signum() > 0) {
                    return start.add(randbelow(width));
                }
                throw new ValueError("empty range in randrange(" + start + ", " + stop + ")");
            }
            BigInteger n;
            if (istep.signum() > 0) {
                n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
            } else if (istep.signum() < 0) {
                n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
            } else {
                throw new ValueError("zero step for randrange()");
            }
            if (n.signum() <= 0) {
                throw new ValueError("empty range in randrange(" + start + ", " + stop + ", " + istep + ")");
            }
            return start.add(istep.multiply(randbelow(n)));
        } finally {
            callLock.unlock(held);
        }
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /**
     * {@code randint(a, b)}: {@code randrange(a, b + 1)}, both ends included.
     *
     * @throws ValueError {@code "empty range in randrange(a, b+1)"} if {@code b < a}
     */
    public long randint(long a, long b) {
        Thread held = callLock.lock();
        try {
            if (b == Long.MAX_VALUE) {
                return randint(BigInteger.valueOf(a), BigInteger.valueOf(b)).longValue();
            }
            return randrangeLong(a, b + 1);
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code randint(a, b)} for ints of any size. */
    public BigInteger randint(BigInteger a, BigInteger b) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(a, "a");
            org.nprand.internal.py.Py.notNull(b, "b");
            return randrange(a, b.add(BigInteger.ONE));
        } finally {
            callLock.unlock(held);
        }
    }

    // ---- sequences ----------------------------------------------------------------------------

    /**
     * {@code shuffle(x)}: Fisher-Yates from the end, {@code for i in reversed(range(1, len(x))):
     * j = _randbelow(i + 1); x[i], x[j] = x[j], x[i]}.
     */
    public <T> void shuffle(List<T> x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            int n = x.size();
            if (n < INDIRECT_SHUFFLE_MIN) {
                for (int i = n - 1; i >= 1; i--) {
                    int j = randbelow(i + 1);
                    T t = x.get(i);
                    x.set(i, x.get(j));
                    x.set(j, t);
                }
                return;
            }
            // The first swap at once (an unmodifiable list fails there, after one draw, as CPython's
            // tuple does); the rest as an index permutation written back in order: the same draws
            // and the same result, without a reference store at a random place of a large list per
            // swap (each of which costs the garbage collector's write barrier a card).
            int j = randbelow(n);
            T t = x.get(n - 1);
            x.set(n - 1, x.get(j));
            x.set(j, t);
            int[] perm = RandomInterval.identity(n - 1);
            shuffle(perm);
            RandomInterval.permuteInOrder(x, perm);
        } finally {
            callLock.unlock(held);
        }
    }

    /** From this many items on, references are shuffled through an index permutation. */
    private static final int INDIRECT_SHUFFLE_MIN = 1 << 12;

    /** {@code shuffle(x)} for an array of references. */
    public void shuffle(Object[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            int n = x.length;
            if (n < INDIRECT_SHUFFLE_MIN) {
                for (int i = n - 1; i >= 1; i--) {
                    int j = randbelow(i + 1);
                    Object t = x[i];
                    x[i] = x[j];
                    x[j] = t;
                }
                return;
            }
            int[] perm = RandomInterval.identity(n);
            shuffle(perm);
            Object[] before = x.clone();
            for (int k = 0; k < n; k++) {
                x[k] = before[perm[k]];
            }
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code shuffle(x)} for an int array. */
    public void shuffle(int[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            for (int i = x.length - 1; i >= 1; i--) {
                int j = randbelow(i + 1);
                int t = x[i];
                x[i] = x[j];
                x[j] = t;
            }
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code shuffle(x)} for a long array. */
    public void shuffle(long[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            for (int i = x.length - 1; i >= 1; i--) {
                int j = randbelow(i + 1);
                long t = x[i];
                x[i] = x[j];
                x[j] = t;
            }
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code shuffle(x)} for a double array. */
    public void shuffle(double[] x) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(x, "x");
            for (int i = x.length - 1; i >= 1; i--) {
                int j = randbelow(i + 1);
                double t = x[i];
                x[i] = x[j];
                x[j] = t;
            }
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code choice(seq)}: {@code seq[_randbelow(len(seq))]}.
     *
     * @throws IndexError {@code "Cannot choose from an empty sequence"}
     */
    public <T> T choice(List<T> seq) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(seq, "seq");
            if (seq.isEmpty()) {
                throw new IndexError("Cannot choose from an empty sequence");
            }
            return seq.get(randbelow(seq.size()));
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code choice(seq)} for an array. */
    public <T> T choice(T[] seq) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(seq, "seq");
            if (seq.length == 0) {
                throw new IndexError("Cannot choose from an empty sequence");
            }
            return seq[randbelow(seq.length)];
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code choice(seq)} for an int array. */
    public int choice(int[] seq) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(seq, "seq");
            if (seq.length == 0) {
                throw new IndexError("Cannot choose from an empty sequence");
            }
            return seq[randbelow(seq.length)];
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code choice(seq)} for a double array. */
    public double choice(double[] seq) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(seq, "seq");
            if (seq.length == 0) {
                throw new IndexError("Cannot choose from an empty sequence");
            }
            return seq[randbelow(seq.length)];
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code choices(population, k=k)}: {@code [population[floor(random() * n)] for _ in range(k)]}
     * with {@code n = float(len(population))}; {@code k <= 0} gives an empty list and draws nothing.
     *
     * @throws IndexError {@code "list index out of range"} for an empty population and k &gt; 0,
     *     after one {@code random()} draw, as in CPython
     */
    public <T> List<T> choices(List<T> population, int k) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(population, "population");
            double n = population.size();
            List<T> out = new ArrayList<>(Math.max(k, 0));
            for (int i = 0; i < k; i++) {
                int index = (int) Math.floor(draw() * n);
                if (index >= population.size()) {
                    throw new IndexError("list index out of range");
                }
                out.add(population.get(index));
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code choices(population, weights=weights, cum_weights=cumWeights, k=k)} with float weights
     * (at most one of the two non-null; both null is {@link #choices(List, int)}). Weights are
     * accumulated left to right in IEEE double, as {@code itertools.accumulate} does for floats;
     * each pick is {@code bisect_right(cum, random() * total, 0, n - 1)}.
     *
     * @throws TypeError {@code "Cannot specify both weights and cumulative weights"}
     * @throws ValueError {@code "The number of weights does not match the population"},
     *     {@code "Total of weights must be greater than zero"}, {@code "Total of weights must be finite"}
     * @throws IndexError {@code "list index out of range"} for empty weights and population
     */
    public <T> List<T> choices(List<T> population, double[] weights, double[] cumWeights, int k) {
        Thread held = callLock.lock();
        try {
            if (weights == null && cumWeights == null) {
                return choices(population, k);
            }
            double[] cum;
            if (cumWeights == null) {
                cum = new double[weights.length];
                double acc = 0.0;
                for (int i = 0; i < weights.length; i++) {
                    acc = i == 0 ? weights[0] : acc + weights[i];
                    cum[i] = acc;
                }
            } else if (weights != null) {
                throw new TypeError("Cannot specify both weights and cumulative weights");
            } else {
                cum = cumWeights.clone();
            }
            int n = population.size();
            if (cum.length != n) {
                throw new ValueError("The number of weights does not match the population");
            }
            if (n == 0) {
                throw new IndexError("list index out of range");
            }
            double total = cum[n - 1] + 0.0;
            if (total <= 0.0) {
                throw new ValueError("Total of weights must be greater than zero");
            }
            if (!Double.isFinite(total)) {
                throw new ValueError("Total of weights must be finite");
            }
            List<T> out = new ArrayList<>(Math.max(k, 0));
            for (int i = 0; i < k; i++) {
                double x = draw() * total;
                int lo = 0;
                int hi = n - 1;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (x < cum[mid]) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                out.add(population.get(lo));
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code choices(population, weights=weights, cum_weights=cumWeights, k=k)} with int weights:
     * accumulated exactly, {@code total = float(cum[-1])}, and each float {@code random() * total}
     * compared with the int cumulative weights exactly, as Python compares int with float.
     * Same errors as {@link #choices(List, double[], double[], int)}.
     *
     * @throws ArithmeticException if the cumulative weights exceed a long (Python ints would not)
     */
    public <T> List<T> choices(List<T> population, long[] weights, long[] cumWeights, int k) {
        Thread held = callLock.lock();
        try {
            if (weights == null && cumWeights == null) {
                return choices(population, k);
            }
            long[] cum;
            if (cumWeights == null) {
                cum = new long[weights.length];
                long acc = 0;
                for (int i = 0; i < weights.length; i++) {
                    acc = Math.addExact(acc, weights[i]);
                    cum[i] = acc;
                }
            } else if (weights != null) {
                throw new TypeError("Cannot specify both weights and cumulative weights");
            } else {
                cum = cumWeights.clone();
            }
            int n = population.size();
            if (cum.length != n) {
                throw new ValueError("The number of weights does not match the population");
            }
            if (n == 0) {
                throw new IndexError("list index out of range");
            }
            double total = (double) cum[n - 1];
            if (total <= 0.0) {
                throw new ValueError("Total of weights must be greater than zero");
            }
            List<T> out = new ArrayList<>(Math.max(k, 0));
            for (int i = 0; i < k; i++) {
                double x = draw() * total;
                int lo = 0;
                int hi = n - 1;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (compareExact(x, cum[mid]) < 0) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                out.add(population.get(lo));
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /** Compares a finite double with a long exactly (Python's float/int comparison). */
    static int compareExact(double x, long l) {
        if (x < -0x1p63) {
            return -1;
        }
        if (x >= 0x1p63) {
            return 1;
        }
        long whole = (long) x; // truncates toward zero; exact for |x| < 2**63
        if (whole != l) {
            return whole < l ? -1 : 1;
        }
        double fraction = x - (double) whole; // exact: a fraction exists only when |x| < 2**52
        return fraction < 0 ? -1 : fraction > 0 ? 1 : 0;
    }

    /**
     * {@code sample(population, k)}: k distinct positions in selection order, by CPython's pool
     * method when {@code n <= setsize} and its set method otherwise ({@code setsize = 21}, plus
     * {@code 4 ** ceil(log(3k, 4))} when k &gt; 5).
     *
     * @throws ValueError {@code "Sample larger than population or is negative"}
     */
    public <T> List<T> sample(List<T> population, int k) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(population, "population");
            long[] picks = sampleIndices(population.size(), k);
            List<T> out = new ArrayList<>(picks.length);
            for (long j : picks) {
                out.add(population.get((int) j));
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code sample(range(n), k)}: k distinct ints below n, without building the range.
     *
     * @throws ValueError {@code "Sample larger than population or is negative"}
     */
    public long[] sample(long n, int k) {
        Thread held = callLock.lock();
        try {
            return sampleIndices(n, k);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code sample(population, k, counts=counts)}: element i repeated {@code counts[i]} times,
     * sampled as {@code sample(range(total), k)} and mapped back with {@code bisect_right}.
     *
     * @throws ValueError {@code "The number of counts does not match the population"},
     *     {@code "Total of counts must be greater than zero"}, {@code "Sample larger than population
     *     or is negative"}
     * @throws IndexError {@code "pop from empty list"} for an empty population and counts
     */
    public <T> List<T> sample(List<T> population, int k, long[] counts) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(population, "population");
            if (counts == null) {
                return sample(population, k);
            }
            int n = population.size();
            if (counts.length != n) {
                throw new ValueError("The number of counts does not match the population");
            }
            if (n == 0) {
                throw new IndexError("pop from empty list");
            }
            long[] cum = new long[n];
            long acc = 0;
            for (int i = 0; i < n; i++) {
                acc = Math.addExact(acc, counts[i]);
                cum[i] = acc;
            }
            long total = cum[n - 1];
            if (total <= 0) {
                throw new ValueError("Total of counts must be greater than zero");
            }
            long[] selections = sampleIndices(total, k);
            List<T> out = new ArrayList<>(selections.length);
            for (long s : selections) {
                int lo = 0;
                int hi = n - 1; // bisect over cum_counts with the total popped off
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (s < cum[mid]) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                out.add(population.get(lo));
            }
            return out;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * The largest population {@link #sampleIndices} gives an array pool; a larger one (possible
     * only for k above about 3.6e8) gets a sparse pool with the same draws and results.
     */
    private static final int MAX_ARRAY_POOL = Integer.MAX_VALUE - 8;

    private long[] sampleIndices(long n, int k) {
        return sampleIndices(n, k, MAX_ARRAY_POOL);
    }

    /**
     * CPython 3.13's {@code sample(range(n), k)}: the pool method when {@code n <= setsize},
     * else the set method. The pool is an array when {@code n <= maxArrayPool}, otherwise a
     * sparse map of the moved entries (position j holds j until a swap writes it), which draws
     * the same numbers and gives the same result without n-sized memory. Package-visible so
     * tests can force the sparse pool on small populations.
     */
    long[] sampleIndices(long n, int k, int maxArrayPool) {
        if (k < 0 || k > n) {
            throw new ValueError("Sample larger than population or is negative");
        }
        long[] result = new long[k];
        if (n <= sampleSetsize(k)) {
            if (n <= maxArrayPool) {
                int size = (int) n; // fits: n <= maxArrayPool <= Integer.MAX_VALUE
                long[] pool = new long[size];
                for (int i = 0; i < size; i++) {
                    pool[i] = i;
                }
                for (int i = 0; i < k; i++) {
                    int j = randbelow(size - i);
                    result[i] = pool[j];
                    pool[j] = pool[size - i - 1];
                }
            } else {
                LongOpenTable moved = new LongOpenTable(k, true); // each step writes one entry
                for (int i = 0; i < k; i++) {
                    long last = n - i - 1;
                    long j = randbelow(n - i);
                    result[i] = moved.get(j, j);
                    moved.put(j, moved.get(last, last));
                }
            }
        } else {
            LongOpenTable selected = new LongOpenTable(k, false);
            for (int i = 0; i < k; i++) {
                long j = randbelow(n);
                while (!selected.add(j)) { // drawn before: draw again, as CPython's `while j in selected`
                    j = randbelow(n);
                }
                result[i] = j;
            }
        }
        return result;
    }

    /**
     * CPython 3.13's {@code sample} threshold: {@code setsize = 21}, plus
     * {@code 4 ** ceil(log(k * 3, 4))} when {@code k > 5}, with {@code math.log(x, 4)} computed as
     * CPython does, {@code log(x) / log(4.0)} in doubles with the C library's {@code log}
     * ({@link Libm#log}, exact glibc), then {@code math.ceil}.
     */
    static long sampleSetsize(int k) {
        long setsize = 21;
        if (k > 5) {
            double exponent = Math.ceil(Libm.log(3.0 * k) / Libm.log(4.0)); // k*3 is exact in a double
            setsize += 1L << (2 * (int) exponent); // 4 ** e; e <= 17 for any int k
        }
        return setsize;
    }

    // ---- real-valued distributions ------------------------------------------------------------

    /** {@code uniform(a, b)}: {@code a + (b - a) * random()}. */
    public double uniform(double a, double b) {
        Thread held = callLock.lock();
        try {
            return a + (b - a) * draw();
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code triangular()}: low 0, high 1, mode None. */
    public double triangular() {
        Thread held = callLock.lock();
        try {
            return triangular(0.0, 1.0);
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code triangular(low, high)}: mode None (the midpoint). */
    public double triangular(double low, double high) {
        Thread held = callLock.lock();
        try {
            return triangularWith(draw(), low, high, 0.5);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code triangular(low, high, mode)}: draws {@code u = random()} first; when
     * {@code high - low} is zero CPython's division raises {@code ZeroDivisionError}, caught, and
     * the result is {@code low} (after the draw).
     */
    public double triangular(double low, double high, double mode) {
        Thread held = callLock.lock();
        try {
            double u = draw();
            double span = high - low;
            if (span == 0.0) {
                return low;
            }
            return triangularWith(u, low, high, (mode - low) / span);
        } finally {
            callLock.unlock(held);
        }
    }

    private static double triangularWith(double u, double low, double high, double c) {
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double t = low;
            low = high;
            high = t;
        }
        return low + (high - low) * Math.sqrt(u * c);
    }

    // ---- CPython's distributions (Lib/random.py 3.13) ------------------------------------------
    //
    // Each is random.py's code line for line: the same draws in the same order, the same float
    // operations in the same order (Python's left-to-right evaluation), C's log/exp/pow/cos/sin/acos
    // through Libm (exact glibc; cos/sin/acos exact with nprand-libm-lgpl on the class path), and
    // CPython's exceptions where its arithmetic raises, after whatever it drew before raising.

    /** {@code random.TWOPI}: {@code 2.0 * math.pi}. */
    static final double TWOPI = 2.0 * Math.PI;
    /** {@code random.NV_MAGICCONST}: {@code 4 * exp(-0.5) / sqrt(2.0)} with glibc's exp. */
    static final double NV_MAGICCONST = 4 * Libm.exp(-0.5) / Math.sqrt(2.0);
    /** {@code random.LOG4}: {@code log(4.0)}. */
    static final double LOG4 = Libm.log(4.0);
    /** {@code random.SG_MAGICCONST}: {@code 1.0 + log(4.5)}. */
    static final double SG_MAGICCONST = 1.0 + Libm.log(4.5);

    private static ValueError neverReturns(String call) {
        return new ValueError("nprand restriction (not a CPython error): " + call
                + " never returns in CPython (its loop cannot accept a NaN)");
    }

    /** {@code normalvariate()}: mu 0.0, sigma 1.0. */
    public double normalvariate() {
        Thread held = callLock.lock();
        try {
            return normalvariate(0.0, 1.0);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code normalvariate(mu, sigma)}: Kinderman and Monahan's ratio of uniforms, two
     * {@code random()} per attempt, then {@code mu + z * sigma}. Any sigma (negative, zero, NaN)
     * is taken as it is, as in CPython.
     */
    public double normalvariate(double mu, double sigma) {
        Thread held = callLock.lock();
        try {
            double z;
            while (true) {
                double u1 = draw();
                double u2 = 1.0 - draw();
                z = NV_MAGICCONST * (u1 - 0.5) / u2;
                double zz = z * z / 4.0;
                if (zz <= -PyFloatOps.log(u2)) {
                    break;
                }
            }
            return mu + z * sigma;
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code gauss()}: mu 0.0, sigma 1.0. */
    public double gauss() {
        Thread held = callLock.lock();
        try {
            return gauss(0.0, 1.0);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code gauss(mu, sigma)}: Box-Muller. With {@code gauss_next} None it draws
     * {@code x2pi = random() * TWOPI} and {@code g2rad = sqrt(-2.0 * log(1.0 - random()))}, returns
     * {@code mu + cos(x2pi) * g2rad * sigma} and keeps {@code sin(x2pi) * g2rad} as
     * {@code gauss_next}, which the next call uses (drawing nothing) and clears. {@code gauss_next}
     * travels in {@link #getstate()}/{@link #setstate}, and seeding clears it.
     */
    public double gauss(double mu, double sigma) {
        Thread held = callLock.lock();
        try {
            double z;
            if (hasGaussNext) {
                hasGaussNext = false; // random.py clears it before using it
                if (gaussNextObject != null) {
                    Object zo = gaussNextObject;
                    gaussNextObject = null;
                    return Py.toDouble(PyOps.add(mu, PyOps.mul(zo, sigma))); // an int, bool, str... as set
                }
                z = gaussNext;
            } else {
                double x2pi = draw() * TWOPI;
                double g2rad = PyFloatOps.sqrt(-2.0 * PyFloatOps.log(1.0 - draw()));
                z = PyFloatOps.cos(x2pi) * g2rad;
                gaussNext = PyFloatOps.sin(x2pi) * g2rad;
                gaussNextObject = null;
                hasGaussNext = true;
            }
            return mu + z * sigma;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code lognormvariate(mu, sigma)}: {@code exp(normalvariate(mu, sigma))}.
     *
     * @throws OverflowError {@code "math range error"} when the exponential overflows (after the draws)
     */
    public double lognormvariate(double mu, double sigma) {
        Thread held = callLock.lock();
        try {
            return PyFloatOps.exp(normalvariate(mu, sigma));
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code expovariate()}: lambd 1.0. */
    public double expovariate() {
        Thread held = callLock.lock();
        try {
            return expovariate(1.0);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code expovariate(lambd)}: {@code -log(1.0 - random()) / lambd}; a negative lambd gives
     * values in (-inf, 0].
     *
     * @throws ZeroDivisionError {@code "float division by zero"} for lambd 0, after its one draw
     */
    public double expovariate(double lambd) {
        Thread held = callLock.lock();
        try {
            return PyFloatOps.div(-PyFloatOps.log(1.0 - draw()), lambd);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code vonmisesvariate(mu, kappa)}: {@code TWOPI * random()} when {@code kappa <= 1e-6};
     * otherwise Fisher's rejection loop (two draws per attempt) and a third draw choosing the sign
     * of {@code acos(f)}, the result taken {@code % TWOPI} (Python's modulo, in [0, 2*pi]).
     *
     * @throws ValueError nprand's own, before any draw, for a NaN kappa, with which CPython loops
     *     forever; CPython's {@code "math domain error"} if {@code acos} gets |f| &gt; 1
     * @throws ZeroDivisionError {@code "float division by zero"} where CPython's divisions meet a zero
     */
    public double vonmisesvariate(double mu, double kappa) {
        Thread held = callLock.lock();
        try {
            if (kappa <= 1e-6) {
                return TWOPI * draw();
            }
            if (Double.isNaN(kappa)) {
                throw neverReturns("vonmisesvariate(mu, nan)");
            }
            double s = 0.5 / kappa;
            double r = s + PyFloatOps.sqrt(1.0 + s * s);
            double z;
            while (true) {
                double u1 = draw();
                z = PyFloatOps.cos(Math.PI * u1);
                double d = PyFloatOps.div(z, r + z);
                double u2 = draw();
                if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * PyFloatOps.exp(d)) {
                    break;
                }
            }
            double q = 1.0 / r;
            double f = PyFloatOps.div(q + z, 1.0 + q * z);
            double u3 = draw();
            if (u3 > 0.5) {
                return PyFloatOps.mod(mu + PyFloatOps.acos(f), TWOPI);
            }
            return PyFloatOps.mod(mu - PyFloatOps.acos(f), TWOPI);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code gammavariate(alpha, beta)}: Cheng's algorithm for alpha &gt; 1 (an attempt draws
     * {@code u1}, and {@code u2} only when {@code 1e-7 < u1 < 0.9999999}), {@code -log(1.0 -
     * random()) * beta} for alpha == 1, algorithm GS of Kennedy and Gentle for 0 &lt; alpha &lt; 1
     * (two draws per attempt). A NaN beta passes CPython's check and gives NaN.
     *
     * @throws ValueError {@code "gammavariate: alpha and beta must be > 0.0"} before any draw; and
     *     nprand's own, before any draw, where CPython loops forever: a NaN alpha, or alpha so large
     *     ({@code 2 * alpha - 1} infinite) that every attempt computes NaN
     */
    public double gammavariate(double alpha, double beta) {
        Thread held = callLock.lock();
        try {
            if (alpha <= 0.0 || beta <= 0.0) {
                throw new ValueError("gammavariate: alpha and beta must be > 0.0");
            }
            if (alpha > 1.0) {
                double ainv = PyFloatOps.sqrt(2.0 * alpha - 1.0);
                if (Double.isInfinite(ainv)) {
                    throw neverReturns("gammavariate(" + alpha + ", beta)");
                }
                double bbb = alpha - LOG4;
                double ccc = alpha + ainv;
                while (true) {
                    double u1 = draw();
                    if (!(1e-7 < u1 && u1 < 0.9999999)) {
                        continue;
                    }
                    double u2 = 1.0 - draw();
                    double v = PyFloatOps.log(u1 / (1.0 - u1)) / ainv;
                    double x = alpha * PyFloatOps.exp(v);
                    double z = u1 * u1 * u2;
                    double r = bbb + ccc * v - x;
                    if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= PyFloatOps.log(z)) {
                        return x * beta;
                    }
                }
            } else if (alpha == 1.0) {
                return -PyFloatOps.log(1.0 - draw()) * beta;
            } else if (Double.isNaN(alpha)) {
                throw neverReturns("gammavariate(nan, beta)");
            }
            double x;
            while (true) {
                double u = draw();
                double b = (Math.E + alpha) / Math.E;
                double p = b * u;
                if (p <= 1.0) {
                    x = PyFloatOps.pow(p, 1.0 / alpha);
                } else {
                    x = -PyFloatOps.log((b - p) / alpha);
                }
                double u1 = draw();
                if (p > 1.0) {
                    if (u1 <= PyFloatOps.pow(x, alpha - 1.0)) {
                        break;
                    }
                } else if (u1 <= PyFloatOps.exp(-x)) {
                    break;
                }
            }
            return x * beta;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code betavariate(alpha, beta)}: {@code y = gammavariate(alpha, 1.0)}; 0.0 when y is 0
     * (beta is then never looked at), else {@code y / (y + gammavariate(beta, 1.0))}.
     *
     * @throws ValueError {@code "gammavariate: alpha and beta must be > 0.0"}: before any draw for a
     *     bad alpha, after the first gamma's draws for a bad beta (and not at all when y is 0)
     */
    public double betavariate(double alpha, double beta) {
        Thread held = callLock.lock();
        try {
            double y = gammavariate(alpha, 1.0);
            if (y != 0.0) {
                return PyFloatOps.div(y, y + gammavariate(beta, 1.0));
            }
            return 0.0;
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code paretovariate(alpha)}: {@code (1.0 - random()) ** (-1.0 / alpha)}.
     *
     * @throws ZeroDivisionError {@code "float division by zero"} for alpha 0, after the draw
     * @throws OverflowError {@code "(34, 'Numerical result out of range')"} when the power
     *     overflows (small positive alpha), after the draw
     */
    public double paretovariate(double alpha) {
        Thread held = callLock.lock();
        try {
            double u = 1.0 - draw();
            return PyFloatOps.pow(u, PyFloatOps.div(-1.0, alpha));
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code weibullvariate(alpha, beta)}: {@code alpha * (-log(1.0 - random())) ** (1.0 / beta)}.
     *
     * @throws ZeroDivisionError {@code "float division by zero"} for beta 0, and {@code "0.0 cannot be
     *     raised to a negative power"} when the draw is 0.0 and beta is negative; after the draw
     * @throws OverflowError {@code "(34, 'Numerical result out of range')"} when the power overflows
     */
    public double weibullvariate(double alpha, double beta) {
        Thread held = callLock.lock();
        try {
            double u = 1.0 - draw();
            return alpha * PyFloatOps.pow(-PyFloatOps.log(u), PyFloatOps.div(1.0, beta));
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code binomialvariate()}: n 1, p 0.5 (one draw: {@code random() < 0.5}). */
    public long binomialvariate() {
        Thread held = callLock.lock();
        try {
            return binomialvariate(1, 0.5);
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code binomialvariate(n)}: p 0.5. */
    public long binomialvariate(long n) {
        Thread held = callLock.lock();
        try {
            return binomialvariate(n, 0.5);
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code binomialvariate(n, p)}: the number of successes in n trials of probability p, by
     * CPython 3.13's algorithms: p 0 or 1 draw nothing; n 1 is {@code random() < p}; p &gt; 0.5 is
     * {@code n - binomialvariate(n, 1.0 - p)}; then Devroye's geometric skips ({@code log2}) when
     * {@code n * p < 10.0} (n 0 still draws once), else Hörmann's BTRS with CPython's
     * {@code math.lgamma} ({@link PyMath#lgamma}). A NaN p passes CPython's checks: n 1 gives 0
     * (after one draw); larger n fail random.py's {@code assert n*p >= 10.0 and p <= 0.5}.
     *
     * @throws ValueError {@code "n must be non-negative"}, {@code "p must be in the range 0.0 <= p <=
     *     1.0"}, before any draw
     * @throws org.nprand.errors.AssertionError (message empty) for a NaN p and n other than 1,
     *     before any draw
     */
    public long binomialvariate(long n, double p) {
        Thread held = callLock.lock();
        try {
            if (n < 0) {
                throw new ValueError("n must be non-negative");
            }
            if (p <= 0.0 || p >= 1.0) {
                if (p == 0.0) {
                    return 0;
                }
                if (p == 1.0) {
                    return n;
                }
                throw new ValueError("p must be in the range 0.0 <= p <= 1.0");
            }
            if (n == 1) {
                return draw() < p ? 1 : 0;
            }
            if (p > 0.5) {
                return n - binomialvariate(n, 1.0 - p);
            }
            if ((double) n * p < 10.0) {
                long x = 0;
                long y = 0;
                double c = PyFloatOps.log2(1.0 - p);
                if (c == 0.0) {
                    return x;
                }
                while (true) {
                    // y += floor(log2(random()) / c) + 1; the quotient is positive and below 2**59
                    long step = (long) PyFloatOps.floor(PyFloatOps.log2(draw()) / c) + 1;
                    if (step > n - y) {
                        return x;
                    }
                    y += step;
                    x += 1;
                }
            }
            if (!((double) n * p >= 10.0 && p <= 0.5)) { // random.py's assert, reached by a NaN p
                throw new org.nprand.errors.AssertionError("");
            }
            double spq = PyFloatOps.sqrt((double) n * p * (1.0 - p));
            double b = 1.15 + 2.53 * spq;
            double a = -0.0873 + 0.0248 * b + 0.01 * p;
            double c = (double) n * p + 0.5;
            double vr = 0.92 - 4.2 / b;
            boolean setupComplete = false;
            double alpha = 0;
            double lpq = 0;
            long m = 0;
            double h = 0;
            while (true) {
                double u = draw();
                u -= 0.5;
                double us = 0.5 - Math.abs(u);
                double kf = PyFloatOps.floor((PyFloatOps.div(2.0 * a, us) + b) * u + c);
                if (kf < 0 || PyFloatOps.compareIntegral(kf, n) > 0) {
                    continue;
                }
                long k = (long) kf;
                double v = draw();
                if (us >= 0.07 && v <= vr) {
                    return k;
                }
                if (!setupComplete) {
                    alpha = (2.83 + 5.1 / b) * spq;
                    lpq = PyFloatOps.log(p / (1.0 - p));
                    m = (long) PyFloatOps.floor(plusOne(n) * p);
                    h = PyMath.lgamma(plusOne(m)) + PyMath.lgamma(plusOne(n - m));
                    setupComplete = true;
                }
                v *= alpha / (PyFloatOps.div(a, us * us) + b);
                if (PyFloatOps.log(v) <= h - PyMath.lgamma(plusOne(k)) - PyMath.lgamma(plusOne(n - k))
                        + (double) (k - m) * lpq) {
                    return k;
                }
            }
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code float(v + 1)} for a Python int v held in a long: one rounding, as Python's. */
    private static double plusOne(long v) {
        return v == Long.MAX_VALUE ? 0x1p63 : (double) (v + 1);
    }

    // ---- state --------------------------------------------------------------------------------

    /** {@code getstate()}: {@code (3, (624 words..., index), gauss_next)}. */
    public PyRandomState getstate() {
        Thread held = callLock.lock();
        try {
            Object gauss = !hasGaussNext ? null : gaussNextObject != null ? gaussNextObject : (Object) gaussNext;
            return new PyRandomState(engine.key(), engine.pos(), gauss);
        } finally {
            callLock.unlock(held);
        }
    }

    /** {@code setstate(state)} for a state from {@link #getstate()}. */
    public void setstate(PyRandomState state) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(state, "state");
            engine.setState(state.key(), state.index());
            setGaussNextValue(state.gaussNextValue());
        } finally {
            callLock.unlock(held);
        }
    }

    /**
     * {@code setstate(state)} for the Python tuple as Java values: {@code [version,
     * internalstate, gauss_next]} with {@code internalstate} a {@link List} of 625 integral
     * numbers (a Python tuple) and {@code gauss_next} None ({@code null}) or a number. Version 3
     * takes the words as they are; version 2 reduces each element {@code % 2**32} first.
     *
     * <p>As in CPython, {@code gauss_next} is assigned before the internal state is checked, so a
     * bad internal state raises with {@code gauss_next} already replaced; the generator's words
     * are never partially changed.
     *
     * <p>{@code gauss_next} is kept as given, as CPython keeps any object unchecked: a float, an
     * int of any size, a bool, even a str ({@code setstate((3, words, 'x'))} succeeds);
     * {@link #getstate()} gives it back as it was, and the next {@link #gauss} computes
     * {@code mu + z * sigma} with it (a str then raises CPython's {@code TypeError}, the cached
     * value consumed).
     *
     * @throws ValueError {@code "state with version V passed to Random.setstate() of version 3"},
     *     unpacking errors, {@code "state vector is the wrong size"}, {@code "invalid state"}
     * @throws TypeError {@code "state vector must be a tuple"}, {@code "an integer is required"}
     * @throws OverflowError for words below 0 or above an unsigned C long, or an index beyond a C long
     * @throws IndexError {@code "tuple index out of range"} for an empty state
     */
    public void setstate(List<?> state) {
        Thread held = callLock.lock();
        try {
            org.nprand.internal.py.Py.notNull(state, "state");
            if (state.isEmpty()) {
                throw new IndexError("tuple index out of range");
            }
            Object version = state.get(0);
            boolean v3 = Py.equalsInt(version, 3);
            boolean v2 = Py.equalsInt(version, 2);
            if (!v3 && !v2) {
                throw new ValueError("state with version " + Py.str(version)
                        + " passed to Random.setstate() of version 3");
            }
            if (state.size() < 3) {
                throw new ValueError("not enough values to unpack (expected 3, got " + state.size() + ")");
            }
            if (state.size() > 3) {
                throw new ValueError("too many values to unpack (expected 3)");
            }
            Object internal = state.get(1);
            Object gauss = state.get(2);
            setGaussNextValue(gauss); // CPython assigns it, whatever it is, before checking the internal state
            if (!(internal instanceof List)) {
                throw new TypeError("state vector must be a tuple");
            }
            List<?> words = (List<?>) internal;
            if (v2) {
                // version 2 stored signed words: x % 2**32, which only an int survives as an int
                java.util.ArrayList<Object> reduced = new java.util.ArrayList<>(words.size());
                for (Object w : words) {
                    reduced.add(w instanceof Double || w instanceof Float ? w : modulo32(w));
                }
                words = reduced;
            }
            if (words.size() != 625) {
                throw new ValueError("state vector is the wrong size");
            }
            int[] key = new int[624];
            for (int i = 0; i < 624; i++) {
                // PyLong_AsUnsignedLong, truncated to uint32_t as CPython does
                key[i] = CTypes.cpythonUnsignedLong(words.get(i)).intValue();
            }
            long idx = Py.toLong(words.get(624)); // PyLong_AsLong (through __index__)
            if (idx < 0 || idx > 624) {
                throw new ValueError("invalid state");
            }
            engine.setState(key, (int) idx);
        } finally {
            callLock.unlock(held);
        }
    }

    /** Sets {@code gauss_next} to a Python value as given: None, a float, or any other object. */
    private void setGaussNextValue(Object gauss) {
        if (gauss == null || gauss instanceof Double || gauss instanceof Float) {
            setGaussNext(gauss == null ? null : ((Number) gauss).doubleValue());
        } else {
            hasGaussNext = true;
            gaussNextObject = gauss;
        }
    }

    /**
     * {@code x % 2**32} of random.py's version-2 {@code setstate} for a value that is not a float:
     * an int reduced; a str or bytes is formatted by {@code %} (and fails), anything else has no
     * {@code %}.
     */
    private static BigInteger modulo32(Object x) {
        if (x instanceof String) {
            throw new TypeError("not all arguments converted during string formatting");
        }
        if (x instanceof byte[]) {
            throw new TypeError("not all arguments converted during bytes formatting");
        }
        if (!Py.isInt(x)) {
            throw Py.unsupportedOperands("%", x, "int");
        }
        return Py.bigInt(x).mod(BigInteger.ONE.shiftLeft(32));
    }

    /** Sets {@code gauss_next} ({@code null} for None). */
    void setGaussNext(Double value) {
        hasGaussNext = value != null;
        gaussNextObject = null;
        gaussNext = value == null ? 0.0 : value;
    }
}
