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
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, length); k > 0; k--) {
            int prev = mt[i - 1];
            mt[i] = (mt[i] ^ ((prev ^ (prev >>> 30)) * 1664525)) + initKey[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            int prev = mt[i - 1];
            mt[i] = (mt[i] ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = UPPER_MASK; // MSB set: the state can never be all zero
    }

    // ---- drawing ----------------------------------------------------------------------------

    /** The MT19937 twist over all 624 words (NumPy's {@code mt19937_gen}); sets {@code pos = 0}. */
    public void twist() {
        int[] s = mt;
        int i = 0;
        for (; i < N - M; i++) {
            int y = (s[i] & UPPER_MASK) | (s[i + 1] & LOWER_MASK);
            s[i] = s[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; i < N - 1; i++) {
            int y = (s[i] & UPPER_MASK) | (s[i + 1] & LOWER_MASK);
            s[i] = s[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        int y = (s[N - 1] & UPPER_MASK) | (s[0] & LOWER_MASK);
        s[N - 1] = s[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        pos = 0;
    }

    /** The MT19937 tempering of one raw state word. */
    public static int temper(int y) {
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    /** One 32-bit output (unsigned bits): {@code genrand_uint32} / NumPy's {@code mt19937_next}. */
    public int nextInt() {
        if (pos >= N) {
            twist();
        }
        return temper(mt[pos++]);
    }

    /** Two outputs as {@code (o1 << 32) | o2}: NumPy's {@code mt19937_next64} (first is high). */
    public long nextLong() {
        long hi = nextInt() & 0xFFFFFFFFL;
        return (hi << 32) | (nextInt() & 0xFFFFFFFFL);
    }

    /**
     * A double in [0, 1) with 53 random bits from two outputs: {@code ((o1 >>> 5) * 2**26 +
     * (o2 >>> 6)) / 2**53}. This is both NumPy's {@code mt19937_next_double} and CPython's
     * {@code genrand_res53} (dividing by 2**53 and multiplying by 2**-53 are the same exact
     * operation).
     */
    public double nextDouble() {
        int a = nextInt() >>> 5;
        int b = nextInt() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** Fills {@code out[from, to)} with consecutive 32-bit outputs, a block of words at a time. */
    public void fillInts(int[] out, int from, int to) {
        int i = from;
        while (i < to) {
            if (pos >= N) {
                twist();
            }
            int take = Math.min(to - i, N - pos);
            for (int k = 0; k < take; k++) {
                out[i + k] = temper(mt[pos + k]);
            }
            pos += take;
            i += take;
        }
    }

    /**
     * Fills {@code out[from, to)} with consecutive 32-bit outputs as unsigned values in a long
     * ({@code random_raw}'s uint64 array), a block of words at a time.
     */
    public void fillUnsignedInts(long[] out, int from, int to) {
        int i = from;
        while (i < to) {
            if (pos >= N) {
                twist();
            }
            int take = Math.min(to - i, N - pos);
            for (int k = 0; k < take; k++) {
                out[i + k] = temper(mt[pos + k]) & 0xFFFFFFFFL;
            }
            pos += take;
            i += take;
        }
    }

    /** Fills {@code out[from, to)} with {@link #nextLong()} values. */
    public void fillLongs(long[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (pos <= N - 2) {
                long hi = temper(mt[pos]) & 0xFFFFFFFFL;
                out[i] = (hi << 32) | (temper(mt[pos + 1]) & 0xFFFFFFFFL);
                pos += 2;
            } else {
                out[i] = nextLong();
            }
        }
    }

    /** Fills {@code out[from, to)} with {@link #nextDouble()} values. */
    public void fillDoubles(double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (pos <= N - 2) {
                int a = temper(mt[pos]) >>> 5;
                int b = temper(mt[pos + 1]) >>> 6;
                out[i] = (a * 67108864.0 + b) / 9007199254740992.0;
                pos += 2;
            } else {
                out[i] = nextDouble();
            }
        }
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
    }

    /**
     * Sets {@code key[0] = 0x80000000} and {@code key[i] = words[i]} for i = 1..623, leaving
     * {@code pos} alone: NumPy's layout of {@code SeedSequence.generate_state(624)} words
     * ({@code words[0]} is discarded).
     */
    void setKeyFromSeedWords(int[] words) {
        System.arraycopy(words, 1, mt, 1, N - 1);
        mt[0] = UPPER_MASK;
    }

    /** Sets {@code pos} (package use: NumPy's seeding quirk leaves it at 623). */
    void setPos(int pos) {
        this.pos = pos;
    }

    // ---- jump ahead -------------------------------------------------------------------------

    /**
     * Advances the state 2**128 outputs: NumPy's {@code mt19937_jump}. Horner evaluation of the
     * jump polynomial at the one-word transition {@code gen_next}; the result's {@code pos} is the
     * position the word-by-word recurrence ends at (not 624), exactly as NumPy leaves it.
     */
    public void jump() {
        if (pos >= N) {
            pos = 0;
        }
        int degree = Mt19937JumpPolynomial.degree();
        Mt19937Engine acc = new Mt19937Engine(this);
        if (degree > 0) {
            acc.nextWordInPlace();
            for (int d = degree - 1; d > 0; d--) {
                if (Mt19937JumpPolynomial.coefficient(d)) {
                    acc.xorState(this);
                }
                acc.nextWordInPlace();
            }
            if (Mt19937JumpPolynomial.coefficient(0)) {
                acc.xorState(this);
            }
        }
        copyFrom(acc);
    }

    /** NumPy's {@code gen_next}: regenerates the single word {@code key[pos]}, advances pos. */
    private void nextWordInPlace() {
        int i = pos;
        int next = i + 1 == N ? 0 : i + 1;
        int far = i + M >= N ? i + M - N : i + M;
        int y = (mt[i] & UPPER_MASK) | (mt[next] & LOWER_MASK);
        mt[i] = mt[far] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        pos = next;
    }

    /** NumPy's {@code add_state}: XORs {@code other}'s words into this, each read from its pos. */
    private void xorState(Mt19937Engine other) {
        int a = pos;
        int b = other.pos;
        int[] src = other.mt;
        for (int k = 0; k < N; k++) {
            mt[a] ^= src[b];
            if (++a == N) {
                a = 0;
            }
            if (++b == N) {
                b = 0;
            }
        }
    }
}
