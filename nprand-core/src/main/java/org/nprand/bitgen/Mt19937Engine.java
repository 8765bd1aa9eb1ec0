package org.nprand.bitgen;

/**
 * The Mersenne Twister MT19937 core (Matsumoto and Nishimura, 1998): 624 words of state, a read
 * position, the twist, the tempering and the two reference initialisations. One engine serves both
 * NumPy's {@code MT19937} bit generator and CPython's {@code _random.Random}, which run the same
 * recurrence and differ only in how they seed it and how they assemble words into values.
 *
 * <p>The state is the raw (untempered) {@code key[624]} plus {@code pos}: the index of the next
 * word to temper and hand out; {@code pos == 624} means the whole array is regenerated (twisted)
 * before the next output. NumPy calls these {@code key}/{@code pos}, CPython {@code mt}/{@code
 * index}. Not thread-safe.
 */
public final class Mt19937Engine {

    /** Number of state words, {@code N} (NumPy's {@code RK_STATE_LEN}). */
    public static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int pos = N;
    /**
     * The outputs of the current block, tempered once when the block is made (a loop the JIT
     * vectorizes) so that every draw, scalar or bulk, reads a finished word. Invariant: for
     * {@code pos <= i < N}, {@code out[i] == temper(mt[i])}; every method that changes
     * {@code mt} or {@code pos} other than by drawing restores it ({@link #retemper()}).
     */
    private final int[] out = new int[N];

    /** An all-zero state with {@code pos = 624}; seed it before drawing. */
    public Mt19937Engine() {
    }

    /** A copy of {@code other}'s state. */
    public Mt19937Engine(Mt19937Engine other) {
        copyFrom(other);
    }

    /** Replaces this state by a copy of {@code other}'s. */
    public void copyFrom(Mt19937Engine other) {
        System.arraycopy(other.mt, 0, mt, 0, N);
        pos = other.pos;
        retemper();
    }

    /** Restores {@link #out}'s invariant after {@code mt} or {@code pos} changed outside a draw. */
    private void retemper() {
        int[] s = mt;
        int[] o = out;
        for (int i = pos; i < N; i++) {
            o[i] = temper(s[i]);
        }
    }

    // ---- seeding ----------------------------------------------------------------------------

    /**
     * The reference {@code init_genrand(s)} (NumPy's {@code mt19937_seed}): Knuth's multiplier
     * 1812433253 fills the array from {@code seed}; {@code pos = 624}.
     *
     * @param seed 32 bits, as unsigned
     */
    public void initGenrand(int seed) {
        mt[0] = seed;
        for (int i = 1; i < N; i++) {
            int prev = mt[i - 1];
            mt[i] = 1812433253 * (prev ^ (prev >>> 30)) + i;
        }
        pos = N;
    }

    /**
     * The reference {@code init_by_array(init_key, key_length)} (NumPy's
     * {@code mt19937_init_by_array}, CPython's {@code init_by_array}): {@code init_genrand(19650218)},
     * two non-linear mixing passes, then {@code key[0] = 0x80000000}; {@code pos = 624}.
     *
     * @param initKey the key words (unsigned bits); only the first {@code length} are read
     * @param length at least 1
     */
    public void initByArray(int[] initKey, int length) {
        initGenrand(19650218);
        int[] s = mt;
        int i = 1;
        int j = 0;
        // prev is the word just written (s[i - 1]), kept in a register: after a wrap s[0] is set
        // to s[N - 1], which is that same word. Linear in max(N, length), as the reference.
        int prev = s[0];
        for (int k = Math.max(N, length); k > 0; k--) {
            prev = (s[i] ^ ((prev ^ (prev >>> 30)) * 1664525)) + initKey[j] + j;
            s[i] = prev;
            i++;
            j++;
            if (i >= N) {
                s[0] = prev;
                i = 1;
            }
            if (j >= length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            prev = (s[i] ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i;
            s[i] = prev;
            i++;
            if (i >= N) {
                s[0] = prev;
                i = 1;
            }
        }
        s[0] = UPPER_MASK; // MSB set: the state can never be all zero
    }

    // ---- drawing ----------------------------------------------------------------------------

    /** The MT19937 twist over all 624 words (NumPy's {@code mt19937_gen}); sets {@code pos = 0}. */
    public void twist() {
        int[] s = mt;
        if (twCur == null) {
            twCur = new int[N - M];
            twNext = new int[N - M];
            twFar = new int[N - M];
            twOut = new int[N - M];
        }
        // The recurrence s[i] = s[i + M mod N] ^ f(s[i], s[i + 1]) in three runs of at most
        // N - M = 227 words: [0, 227) reads the old s[i + 397]; [227, 454) and [454, 623) read
        // s[i - 227], new from the run before. Within a run every word depends only on words
        // that are final before it starts, so each run is computed from copies of its three
        // inputs into separate arrays, all at the same index: a loop the JIT vectorizes (it
        // does not vectorize the in-place loop, whose reads s[i] and s[i + 1] are one apart).
        int[] cur = twCur;
        int[] next = twNext;
        int[] far = twFar;
        int[] res = twOut;
        for (int base = 0; base < N - 1; base += N - M) {
            int len = Math.min(N - M, N - 1 - base);
            System.arraycopy(s, base, cur, 0, len);
            System.arraycopy(s, base + 1, next, 0, len);
            System.arraycopy(s, base == 0 ? M : base - (N - M), far, 0, len);
            for (int k = 0; k < len; k++) {
                int y = (cur[k] & UPPER_MASK) | (next[k] & LOWER_MASK);
                res[k] = far[k] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
            }
            System.arraycopy(res, 0, s, base, len);
        }
        int y = (s[N - 1] & UPPER_MASK) | (s[0] & LOWER_MASK);
        s[N - 1] = s[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        int[] o = out;
        for (int k = 0; k < N; k++) {
            o[k] = temper(s[k]);
        }
        pos = 0;
    }

    /** Scratch for {@link #twist()} (not state): a run's current, next and far words, and its result. */
    private int[] twCur;
    private int[] twNext;
    private int[] twFar;
    private int[] twOut;

    /** The MT19937 tempering of one raw state word. */
    public static int temper(int y) {
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    /** One 32-bit output (unsigned bits): {@code genrand_uint32} / NumPy's {@code mt19937_next}. */
    public int nextInt() {
        int p = pos;
        if (p >= N) {
            twist();
            p = 0;
        }
        pos = p + 1;
        return out[p];
    }

    /** Two outputs as {@code (o1 << 32) | o2}: NumPy's {@code mt19937_next64} (first is high). */
    public long nextLong() {
        int p = pos;
        if (p <= N - 2) {
            // Both words in this block: one position check and one store for the pair.
            int[] o = out;
            long a = o[p] & 0xFFFFFFFFL;
            long b = o[p + 1] & 0xFFFFFFFFL;
            pos = p + 2;
            return (a << 32) | b;
        }
        long hi = nextInt() & 0xFFFFFFFFL;
        return (hi << 32) | (nextInt() & 0xFFFFFFFFL);
    }

    /**
     * The masked rejection loop: draws outputs {@code v = out & mask} until {@code v <= max}
     * (unsigned) and returns that {@code v}, the same outputs consumed (NumPy's
     * {@code buffered_bounded_masked_uint32} on MT19937). When {@code mask < 2**31} and two outputs
     * are left in the block, both candidates are read at once and the first acceptable one is
     * picked by arithmetic: an accept/reject branch on random data mispredicts as often as it
     * rejects (22% of {@code randint(1, 100)}'s draws), which costs more than the draw. Only when
     * both are rejected (5% there) does the loop run.
     */
    public int nextMaskedAtMost(int mask, int max) {
        int p = pos;
        if (mask >= 0 && p <= N - 2) {
            int[] o = out;
            int a = o[p] & mask;
            int b = o[p + 1] & mask;
            // 0 <= a, b, max <= mask < 2**31: max - a is negative exactly when a > max
            int rejectA = (max - a) >>> 31;
            int rejectB = (max - b) >>> 31;
            if ((rejectA & rejectB) == 0) {
                pos = p + 1 + rejectA;
                return a ^ ((a ^ b) & -rejectA);
            }
            pos = p + 2;
        }
        int v;
        do {
            v = nextInt() & mask;
        } while (Integer.compareUnsigned(v, max) > 0);
        return v;
    }

    /**
     * CPython's {@code _randbelow(n)} for {@code n < 2**31}: draws {@code r = out >>> shift}
     * ({@code getrandbits(k)}, {@code shift = 32 - k}) until {@code r < n}, the same outputs
     * consumed; two candidates at once as {@link #nextMaskedAtMost}. Requires {@code 0 < n} and
     * {@code 1 <= shift <= 31}.
     */
    public int nextTopBitsBelow(int shift, int n) {
        int p = pos;
        if (p <= N - 2) {
            int[] o = out;
            int a = o[p] >>> shift;
            int b = o[p + 1] >>> shift;
            // 0 <= a, b < 2**31 (shift >= 1) and 0 <= n - 1: negative exactly when a >= n
            int rejectA = (n - 1 - a) >>> 31;
            int rejectB = (n - 1 - b) >>> 31;
            if ((rejectA & rejectB) == 0) {
                pos = p + 1 + rejectA;
                return a ^ ((a ^ b) & -rejectA);
            }
            pos = p + 2;
        }
        int r;
        do {
            r = nextInt() >>> shift;
        } while (r >= n);
        return r;
    }

    /**
     * A double in [0, 1) with 53 random bits from two outputs: {@code ((o1 >>> 5) * 2**26 +
     * (o2 >>> 6)) / 2**53}. This is both NumPy's {@code mt19937_next_double} and CPython's
     * {@code genrand_res53} (dividing by 2**53 and multiplying by 2**-53 are the same exact
     * operation).
     */
    public double nextDouble() {
        int p = pos;
        if (p <= N - 2) {
            int[] o = out;
            int a = o[p] >>> 5;
            int b = o[p + 1] >>> 6;
            pos = p + 2;
            return (a * 67108864.0 + b) / 9007199254740992.0;
        }
        int a = nextInt() >>> 5;
        int b = nextInt() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    // The bulk forms below take the state a block of words (up to the next twist) at a time,
    // with the read position in a local: no per-word position check or field store. Each block
    // is copied to a scratch array and tempered there, a loop over one index that the JIT
    // vectorizes (JDK 17 does not vectorize the same loop reading the state at an offset).

    /** Scratch for the bulk forms (not state): a block of tempered words. */
    private int[] tempered;

    /** Copies the tempered words {@code [p, p + n)} to the scratch block (at 0) and returns it. */
    private int[] temperBlock(int p, int n) {
        int[] t = tempered;
        if (t == null) {
            t = tempered = new int[N];
        }
        System.arraycopy(out, p, t, 0, n);
        return t;
    }

    /** Fills {@code out[from, to)} with consecutive 32-bit outputs, a block of words at a time. */
    public void fillInts(int[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        int p = pos;
        int i = from;
        while (i < to) {
            if (p >= N) {
                twist();
                p = 0;
            }
            int take = Math.min(to - i, N - p);
            System.arraycopy(this.out, p, out, i, take);
            p += take;
            i += take;
        }
        pos = p;
    }

    /**
     * Fills {@code out[from, to)} with consecutive 32-bit outputs as unsigned values in a long
     * ({@code random_raw}'s uint64 array), a block of words at a time.
     */
    public void fillUnsignedInts(long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        int p = pos;
        int i = from;
        while (i < to) {
            if (p >= N) {
                twist();
                p = 0;
            }
            int take = Math.min(to - i, N - p);
            int[] t = temperBlock(p, take);
            for (int k = 0; k < take; k++) {
                out[i + k] = t[k] & 0xFFFFFFFFL;
            }
            p += take;
            i += take;
        }
        pos = p;
    }

    /** Fills {@code out[from, to)} with {@link #nextLong()} values, a block of word pairs at a time. */
    public void fillLongs(long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        int p = pos;
        int i = from;
        while (i < to) {
            if (p >= N) {
                twist();
                p = 0;
            }
            int pairs = Math.min(to - i, (N - p) >>> 1);
            if (pairs == 0) {
                // one word left: the pair straddles the twist
                long hi = this.out[p] & 0xFFFFFFFFL;
                twist();
                out[i++] = (hi << 32) | (this.out[0] & 0xFFFFFFFFL);
                p = 1;
                continue;
            }
            int[] t = temperBlock(p, 2 * pairs);
            for (int k = 0; k < pairs; k++) {
                out[i + k] = ((long) t[2 * k] << 32) | (t[2 * k + 1] & 0xFFFFFFFFL);
            }
            p += 2 * pairs;
            i += pairs;
        }
        pos = p;
    }

    /**
     * Fills {@code out[from, to)} with {@link #nextDouble()} values, a block of word pairs at a
     * time. {@code (a * 2**26 + b) / 2**53} is computed as {@code ((long) a << 26 | b) * 2**-53}:
     * both are exact (the sum is below 2**53, and the scaling is by a power of two).
     */
    public void fillDoubles(double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        int p = pos;
        int i = from;
        while (i < to) {
            if (p >= N) {
                twist();
                p = 0;
            }
            int pairs = Math.min(to - i, (N - p) >>> 1);
            if (pairs == 0) {
                // one word left: the pair straddles the twist
                int a = this.out[p] >>> 5;
                twist();
                int b = this.out[0] >>> 6;
                out[i++] = (((long) a << 26) | b) * 0x1.0p-53;
                p = 1;
                continue;
            }
            int[] t = temperBlock(p, 2 * pairs);
            for (int k = 0; k < pairs; k++) {
                long a = t[2 * k] >>> 5;
                int b = t[2 * k + 1] >>> 6;
                out[i + k] = ((a << 26) | b) * 0x1.0p-53;
            }
            p += 2 * pairs;
            i += pairs;
        }
        pos = p;
    }

    // ---- state ------------------------------------------------------------------------------

    /** A copy of the 624 raw state words (unsigned bits). */
    public int[] key() {
        return mt.clone();
    }

    /** State word {@code i} (unsigned bits), without copying the array. */
    public int keyWord(int i) {
        return mt[i];
    }

    /** The read position, 0..624. */
    public int pos() {
        return pos;
    }

    /**
     * Sets the raw state. The caller validates: {@code key} has at least 624 words (only the
     * first 624 are read) and {@code pos} lies in 0..624.
     */
    public void setState(int[] key, int pos) {
        if (key.length < N || pos < 0 || pos > N) {
            throw new IllegalArgumentException("MT19937 state needs 624 words and pos in 0..624");
        }
        System.arraycopy(key, 0, mt, 0, N);
        this.pos = pos;
        retemper();
    }

    /**
     * Sets {@code key[0] = 0x80000000} and {@code key[i] = words[i]} for i = 1..623, leaving
     * {@code pos} alone: NumPy's layout of {@code SeedSequence.generate_state(624)} words
     * ({@code words[0]} is discarded).
     */
    void setKeyFromSeedWords(int[] words) {
        System.arraycopy(words, 1, mt, 1, N - 1);
        mt[0] = UPPER_MASK;
        retemper();
    }

    /** Sets {@code pos} (package use: NumPy's seeding quirk leaves it at 623). */
    void setPos(int pos) {
        this.pos = pos;
        retemper();
    }

    // ---- jump ahead -------------------------------------------------------------------------

    /**
     * Polynomial coefficients taken per state addition in {@link #jump()}: the jump adds one of
     * {@code 2**JUMP_WINDOW} precomputed states every {@code JUMP_WINDOW} transitions, instead of
     * this state at about half of the 19,933 transitions. Measured per jump, JDK 17 and 25 alike:
     * 0.19-0.22 ms for 6, 7 or 8 bits, 0.23-0.33 for 4 (0.18 for 7 since the chunks of
     * coefficients are made once, {@link JumpChunks}); one coefficient at a time, as NumPy does
     * (with rotated copies of the state), took 3.0 ms on JDK 17 and 1.4 on JDK 25, and NumPy 1.0.
     */
    private static final int JUMP_WINDOW = 7;

    /**
     * The jump polynomial's coefficients in chunks of {@link #JUMP_WINDOW}, made once, at the
     * first jump (a holder, so that an engine that never jumps does not make them).
     */
    private static final class JumpChunks {
        static final int[] CHUNKS = Mt19937JumpPolynomial.chunks(JUMP_WINDOW);
        /** The polynomial's degree (19,933; the tests check it). */
        static final int DEGREE = Mt19937JumpPolynomial.degree();
    }

    /**
     * Advances the state 2**128 outputs: NumPy's {@code mt19937_jump}, which evaluates the jump
     * polynomial {@code p} at the one-word transition {@code T} ({@code gen_next}) by Horner's
     * method, one coefficient per transition, and ends with {@code pos} moved on by the degree.
     *
     * <p>Here the same state {@code p(T) s} comes from Horner's method on chunks of
     * {@link #JUMP_WINDOW} coefficients, {@code p(x) = sum_j x^(jw) g_j(x)}: the states
     * {@code g(T) s} for every {@code g} of degree below {@code w} are made first (each the
     * previous one plus one shifted window of {@code s}'s continued sequence), then the
     * accumulator is moved on {@code w} transitions and {@code g_j(T) s} added, chunk by chunk
     * from the top. {@code T} and the addition are linear over GF(2), so the result is NumPy's
     * bit for bit, the low bits of the first word (which {@code T} drops) included.
     *
     * <p>A state is read as its window: word {@code m} is {@code key[(pos + m) % 624]}, and one
     * transition appends {@code key[pos + 397] ^ twist(key[pos], key[pos + 1])} and drops the
     * first word. Each window below is a stretch of one array, so adding a state is one loop
     * over aligned indices, which the JIT vectorizes.
     */
    public void jump() {
        if (pos >= N) {
            pos = 0;
        }
        int[] chunk = JumpChunks.CHUNKS;
        int degree = JumpChunks.DEGREE;
        final int w = JUMP_WINDOW;
        // s's window and the w - 1 words that follow it; window t of that sequence is T^t s
        int[] seq = new int[N + w - 1];
        for (int m = 0; m < N; m++) {
            seq[m] = mt[(pos + m) % N];
        }
        appendTransitions(seq, w - 1);
        // table[g] = g(T) s = table[g without its top bit t] + T^t s
        int[][] table = new int[1 << w][];
        table[0] = new int[N];
        for (int t = 0; t < w; t++) {
            int[] shifted = java.util.Arrays.copyOfRange(seq, t, t + N);
            for (int rest = 0; rest < 1 << t; rest++) {
                int[] sum = new int[N];
                add(sum, shifted, table[rest]);
                table[(1 << t) | rest] = sum;
            }
        }
        // the accumulator: its window in [0, N), then room for w transitions
        int[] acc = new int[N + w];
        int chunks = chunk.length - 1;
        System.arraycopy(table[chunk[chunks]], 0, acc, 0, N);
        for (int j = chunks - 1; j >= 0; j--) {
            appendTransitions(acc, w);
            // moved back to index 0 (a memmove) so that the addition's loop reads both arrays at
            // the same index: with an offset the JIT did not vectorize it (3x slower in all)
            System.arraycopy(acc, w, acc, 0, N);
            int g = chunk[j];
            if (g != 0) {
                add(acc, acc, table[g]);
            }
        }
        int newPos = (pos + degree) % N;
        for (int m = 0; m < N; m++) {
            mt[(newPos + m) % N] = acc[m];
        }
        pos = newPos;
        retemper();
    }

    /** {@code seq[N, N + count)} made by {@code count} transitions from the window {@code seq[0, N)}. */
    private static void appendTransitions(int[] seq, int count) {
        for (int k = N; k < N + count; k++) {
            int y = (seq[k - N] & UPPER_MASK) | (seq[k - N + 1] & LOWER_MASK);
            seq[k] = seq[k - N + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
    }

    /** {@code dst[0, N) = a[0, N) ^ b[0, N)}. */
    private static void add(int[] dst, int[] a, int[] b) {
        for (int m = 0; m < N; m++) {
            dst[m] = a[m] ^ b[m];
        }
    }
}
