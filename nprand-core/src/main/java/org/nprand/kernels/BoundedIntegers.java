package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.bitgen.UInt128;
import org.nprand.internal.arrays.LittleEndianHalves;

/**
 * Uniform integers on a closed range {@code [off, off + rng]}: NumPy's bounded-integer kernels
 * ({@code random_bounded_uint64_fill}, {@code random_bounded_uint32_fill}, ...,
 * {@code random_buffered_bounded_*} in {@code distributions.c}).
 *
 * <p>Every method takes the range as {@code (off, rng)}: {@code off} is the low bound reinterpreted
 * as the unsigned type of the width, {@code rng = high - low} (closed), and the result is
 * {@code (off + draw) mod 2**width}, i.e. the bit pattern of the signed or unsigned value. Two
 * rejection methods exist, selected by {@code masked}:
 * <ul>
 *   <li>{@code masked = true}: masked rejection (draw, AND with {@link #genMask}, retry while
 *       {@code > rng}); what {@code RandomState.randint} uses;</li>
 *   <li>{@code masked = false}: Lemire's multiply-and-reject; what {@code Generator.integers} uses.</li>
 * </ul>
 *
 * <p>Raw bits: 64-bit ranges above {@code 0xFFFFFFFF} use {@code next_uint64}, every other range
 * uses {@code next_uint32}. The 16-bit, 8-bit and bool kernels cut each {@code next_uint32} word
 * into 2 halves / 4 bytes / 32 bits, least significant first, through a {@link Buffer} that lives
 * for one fill call (NumPy discards the leftover at the end of the call). {@code rng == 0} draws
 * nothing; {@code rng} equal to the type's maximum returns the raw word without rejection.
 *
 * <p>The Lemire forms are checked against NumPy 2.4.6's {@code Generator.integers} by
 * {@code GeneratorDiscreteKernelsTest}: every dtype (int8 ... uint64, bool), {@code endpoint}
 * True and False, ranges 0, 1, {@code 2^k - 1}, {@code 2^k}, full and the 32/64-bit switch, as
 * sized fills, as repeated {@code size=None} calls (one fresh buffer each) and through the
 * array-bounds path (the single-value methods with one buffer per call), on PCG64, MT19937,
 * Philox, SFC64 and PCG64DXSM, comparing values and the bit generator's state afterwards.
 */
public final class BoundedIntegers {

    private static final long UINT32_MASK = 0xFFFF_FFFFL;

    private BoundedIntegers() {
    }

    private static final java.lang.invoke.VarHandle LITTLE_ENDIAN_INT =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /**
     * NumPy's {@code bytes(length)} body: {@code words} full-range {@code next_uint32} draws
     * ({@code integers}/{@code randint(0, 2**32, words, uint32)} takes each word as drawn), laid
     * out little-endian, of which the first {@code length} bytes are kept
     * ({@code length <= 4 * words}; every word is drawn even when its bytes are not kept). The
     * words are drawn a block at a time and stored four bytes at a time, so the only array
     * allocated is the result.
     */
    public static byte[] randomBytes(BitSource src, int words, int length) {
        if (length < 0 || length > 4L * words) {
            throw new IllegalArgumentException("length " + length + " for " + words + " words");
        }
        byte[] out = new byte[length];
        int[] block = new int[Math.min(words, BLOCK)];
        int whole = length >>> 2; // words whose four bytes are all kept
        for (int w = 0; w < words;) {
            int c = Math.min(words - w, block.length);
            src.fillUInt32(block, 0, c);
            int k = 0;
            for (int stored = Math.max(0, Math.min(c, whole - w)); k < stored; k++) {
                LITTLE_ENDIAN_INT.set(out, 4 * (w + k), block[k]);
            }
            for (; k < c; k++) {
                for (int b = 4 * (w + k); b < Math.min(length, 4 * (w + k) + 4); b++) {
                    out[b] = (byte) (block[k] >>> (8 * (b & 3)));
                }
            }
            w += c;
        }
        return out;
    }

    /**
     * NumPy's {@code gen_mask}: the smallest {@code 2**k - 1 >= max} (unsigned; 0 for 0). C
     * smears the top bit down with six shift-or steps, a chain of twelve dependent operations per
     * scalar {@code randint} whose bounds the JIT cannot fold; the leading-zero count gives the
     * same mask in one instruction.
     */
    public static long genMask(long max) {
        return max == 0 ? 0 : -1L >>> Long.numberOfLeadingZeros(max);
    }

    /**
     * NumPy's {@code random_positive_int} (64-bit {@code long}): {@code next_uint64 >> 1}, the
     * kernel of {@code RandomState.tomaxint}.
     */
    public static long positiveInt64(BitSource src) {
        return src.nextUInt64() >>> 1;
    }

    // ---- bulk fills into int64 results ---------------------------------------------------------

    /** Words per block in the bulk fills: never more than the values still to draw. */
    private static final int BLOCK = 512;

    /**
     * {@code random_bounded_<type>_fill} for any dtype, written straight into the {@code long}
     * representation of the result (one pass, no typed buffer): {@code bits} is the dtype's
     * width (64, 32, 16, 8, or 1 for bool), {@code signed} its signedness; each value is
     * {@code (off + U[0, rng]) mod 2**bits}, sign- or zero-extended. {@code rng} is the closed
     * range as the unsigned type of the width. Draws exactly as {@link #fillUInt64},
     * {@link #fillUInt32}, {@link #fillUInt16}, {@link #fillUInt8} and {@link #fillBool} do
     * (the same words, the same state afterwards).
     *
     * <p>The 32-bit and narrower kernels take their words a block at a time through
     * {@link BitSource#fillUInt32}, never more words than values still wanted (each word gives
     * at most one value, or at most two, four, 32 for the 16-bit, 8-bit and bool cuts), so the
     * stream is NumPy's word for word; acceptance is computed without a branch.
     */
    public static void fill(BitSource src, int bits, boolean signed, long off, long rng, boolean masked,
                            long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        switch (bits) {
            case 64:
                fillUInt64(src, off, rng, masked, out, from, to);
                break;
            case 32:
                fill32(src, off, rng & UINT32_MASK, masked, 32, signed ? -1L : UINT32_MASK, out, from, to);
                break;
            case 16:
                fillNarrow(src, 16, off, rng & 0xFFFF, masked, signed ? -1L : 0xFFFF, out, from, to);
                break;
            case 8:
                fillNarrow(src, 8, off, rng & 0xFF, masked, signed ? -1L : 0xFF, out, from, to);
                break;
            case 1:
                fillBool(src, (off & 1) != 0, (rng & 1) != 0, out, from, to);
                break;
            default:
                throw new IllegalArgumentException("bits " + bits);
        }
    }

    /**
     * Values from {@code next_uint32} words, {@code out[i] = ext(off + v)} with
     * {@code ext(x) = ((x << sh) >> sh) & keep} (sh 0 and keep -1 for int64 results; sh 32 and
     * keep -1 or 0xFFFFFFFF for int32 and uint32).
     */
    private static void fill32(BitSource src, long off, long rng, boolean masked, int sh, long keep,
                               long[] out, int from, int to) {
        if (rng == 0) {
            java.util.Arrays.fill(out, from, to, ((off << sh) >> sh) & keep);
            return;
        }
        int[] words = new int[Math.min(to - from, BLOCK)];
        int i = from;
        if (rng == UINT32_MASK || (masked && rng == genMask(rng))) {
            // every (masked) word is accepted: rng is 2**k - 1
            int mask = (int) genMask(rng);
            while (i < to) {
                int w = Math.min(to - i, words.length);
                src.fillUInt32(words, 0, w);
                for (int k = 0; k < w; k++) {
                    long x = off + (words[k] & mask & UINT32_MASK);
                    out[i + k] = ((x << sh) >> sh) & keep;
                }
                i += w;
            }
        } else {
            // Two passes per block: the values and acceptance flags (a loop over one index, no
            // dependence between words), then the accepted values packed into the result (the
            // only chain from one word to the next is the output index, one add). One pass
            // storing every value and advancing the index by its flag is slower: each store's
            // index waits for the previous word's whole acceptance test.
            int[] accept = new int[words.length];
            int rng32 = (int) rng;
            long rngExcl = rng + 1;
            // Lemire: accepted when the low half of word * (rng + 1) is >= (2**32 - rng - 1) % (rng + 1)
            // (below rng + 1 that is NumPy's retry test; at or above it NumPy accepts at once, and
            // the threshold is smaller)
            long threshold = (UINT32_MASK - rng) % rngExcl;
            int mask = (int) genMask(rng);
            if (!masked && threshold <= OPTIMISTIC_32) {
                // a word is rejected with probability threshold / 2**32: see lemire32Direct
                while (i < to) {
                    int w = Math.min(to - i, words.length);
                    src.fillUInt32(words, 0, w);
                    for (int c = 0; c < w; ) {
                        int k0 = lemire32Direct(words, c, w, rngExcl, threshold, off, sh, keep, out, i);
                        i += k0 - c;
                        c = k0 + 1; // past the rejected word
                    }
                }
                return;
            }
            while (i < to) {
                int w = Math.min(to - i, words.length);
                src.fillUInt32(words, 0, w);
                if (!masked) {
                    lemire32(words, accept, rngExcl, threshold, w);
                } else if (rng32 >= 0) {
                    masked31(words, accept, mask, rng32, w);
                } else {
                    for (int k = 0; k < w; k++) {
                        int v = words[k] & mask;
                        words[k] = v;
                        accept[k] = Integer.compareUnsigned(v, rng32) <= 0 ? 1 : 0;
                    }
                }
                // at most w values, and w <= to - i: every store is inside [i, to)
                i = sh == 0 ? pack(words, accept, off, out, i, w) : pack(words, accept, off, sh, keep, out, i, w);
            }
        }
    }

    /**
     * The Lemire thresholds ({@code (2**32 - rng - 1) % (rng + 1)}) up to which the 32-bit fills
     * go optimistically ({@link #lemire32Direct}): a word is rejected with probability at most
     * 2**-12, so a block of 512 words usually has none.
     */
    private static final long OPTIMISTIC_32 = 1L << 20;

    /**
     * buffered_bounded_lemire_uint32 on words {@code [from, to)} as if every word were accepted:
     * {@code vals[k] = off + high half of words[k] * (rng + 1)}, one loop with no dependence
     * between words. Returns {@code to} when every word was accepted, else the first rejected
     * word (the values before it are right; the caller continues after it).
     *
     * <p>The values go to {@code vals} at the words' own index, and the caller copies them on:
     * written straight into the result at another offset, the loop is not vectorized (by JDK 17
     * or 25), since the result might be {@code words} itself, a few elements on. (The whole
     * {@code fillUInt32} for 100 values, PCG64: 1.80 -> 1.25 ns per value on JDK 17, 1.58 -> 1.09
     * on JDK 25, with {@link #lemire32Split} and the words cut by bulk copies.)
     */
    private static int lemire32Direct(int[] words, int from, int to, long rngExcl, long threshold, int off,
                                      int[] vals) {
        if (rngExcl <= MAX_SPLIT_RNG) {
            return lemire32Split(words, from, to, (int) rngExcl, (int) threshold, off, vals);
        }
        long bad = 0;
        for (int k = from; k < to; k++) {
            long m = (words[k] & UINT32_MASK) * rngExcl;
            vals[k] = off + (int) (m >>> 32);
            // negative once some low half is below the threshold
            bad |= (m & UINT32_MASK) - threshold;
        }
        return bad >= 0 ? to : firstRejected32(words, from, rngExcl, threshold);
    }

    /**
     * {@link #lemire32Direct} into int64 results: {@code ((x << sh) >> sh) & keep} of
     * {@code x = off + value}, for the three {@code (sh, keep)} pairs {@link #fill32} is given
     * (int64 and uint64, int32, uint32), each written out as its own loop.
     */
    private static int lemire32Direct(int[] words, int from, int to, long rngExcl, long threshold, long off, int sh,
                                      long keep, long[] out, int i) {
        long bad = 0;
        int d = i - from;
        if (sh == 0 && keep == -1L) {
            // int64 and uint64 results: no sign or zero extension to apply
            for (int k = from; k < to; k++) {
                long m = (words[k] & UINT32_MASK) * rngExcl;
                out[d + k] = off + (m >>> 32);
                bad |= (m & UINT32_MASK) - threshold;
            }
            return bad >= 0 ? to : firstRejected32(words, from, rngExcl, threshold);
        }
        if (sh == 32 && keep == -1L) {
            // int32 results, sign-extended: the extension written as a cast, which JDK 17 compiles
            // to one instruction (the variable shifts cost it about 0.5 ns per value)
            for (int k = from; k < to; k++) {
                long m = (words[k] & UINT32_MASK) * rngExcl;
                out[d + k] = (int) (off + (m >>> 32));
                bad |= (m & UINT32_MASK) - threshold;
            }
            return bad >= 0 ? to : firstRejected32(words, from, rngExcl, threshold);
        }
        // uint32 results (sh 32, keep 0xFFFFFFFF, the only other pair fill32 is given): the low 32 bits
        for (int k = from; k < to; k++) {
            long m = (words[k] & UINT32_MASK) * rngExcl;
            out[d + k] = (off + (m >>> 32)) & UINT32_MASK;
            bad |= (m & UINT32_MASK) - threshold;
        }
        return bad >= 0 ? to : firstRejected32(words, from, rngExcl, threshold);
    }

    /**
     * The largest {@code rng + 1} for {@link #lemire32Split}: below 2**16 each of its two partial
     * products and their sum stay below 2**32.
     */
    private static final long MAX_SPLIT_RNG = 0xFFFF;

    /**
     * {@link #lemire32Direct} for {@code rng + 1 < 2**16}, in 32-bit arithmetic only, which JDK 17
     * vectorizes (it vectorizes no 64-bit multiply, nor the int-to-long conversion): with
     * {@code x = 2**16 xh + xl}, the high half of {@code x * r} is
     * {@code (xh * r + (xl * r >>> 16)) >>> 16} (each product and the sum below 2**32, read
     * unsigned) and the low half is {@code x * r} wrapped to 32 bits. The same values and the same
     * rejected word. (A loop over 512 words: 0.4-0.7 -> 0.2 ns per value on JDK 17; JDK 25
     * vectorizes both forms, 0.12-0.15.)
     */
    private static int lemire32Split(int[] words, int from, int to, int r, int threshold, int off,
                                     int[] vals) {
        int bad = 0;
        for (int k = from; k < to; k++) {
            int x = words[k];
            int low = x * r;
            vals[k] = off + (((x >>> 16) * r + ((x & 0xFFFF) * r >>> 16)) >>> 16);
            // negative once some low half is below the threshold (read unsigned: a low half of
            // 2**31 or more is never below it, and ~low clears its sign)
            bad |= (low - threshold) & ~low;
        }
        return bad >= 0 ? to : firstRejected32(words, from, r, threshold);
    }

    /** The first word from {@code from} that Lemire rejects (there is one). */
    private static int firstRejected32(int[] words, int from, long rngExcl, long threshold) {
        int k = from;
        while ((((words[k] & UINT32_MASK) * rngExcl) & UINT32_MASK) >= threshold) {
            k++;
        }
        return k;
    }

    /** buffered_bounded_lemire_uint32 on a block: the value is the high half of word * (rng + 1). */
    private static void lemire32(int[] words, int[] accept, long rngExcl, long threshold, int w) {
        for (int k = 0; k < w; k++) {
            long m = (words[k] & UINT32_MASK) * rngExcl;
            words[k] = (int) (m >>> 32);
            accept[k] = 1 - (int) (((m & UINT32_MASK) - threshold) >>> 63);
        }
    }

    /**
     * buffered_bounded_masked_uint32 on a block: v = word & mask, accepted when v <= rng (both
     * below 2**31 here, so compared as ints).
     */
    private static void masked31(int[] words, int[] accept, int mask, int rng, int w) {
        for (int k = 0; k < w; k++) {
            int v = words[k] & mask;
            words[k] = v;
            accept[k] = 1 - ((rng - v) >>> 31);
        }
    }

    /** bounded_lemire_uint64 on a block: the value is the high word of x * (rng + 1). */
    private static void lemire64(long[] words, int[] accept, long rngExcl, long threshold, int w) {
        for (int k = 0; k < w; k++) {
            long x = words[k];
            words[k] = UInt128.multiplyHighUnsigned(x, rngExcl);
            accept[k] = Long.compareUnsigned(x * rngExcl, threshold) >= 0 ? 1 : 0;
        }
    }

    /**
     * bounded_masked_uint64 on a block: v = x & mask, accepted when v <= rng (both below 2**63
     * here, so compared as longs).
     */
    private static void masked63(long[] words, int[] accept, long mask, long rng, int w) {
        for (int k = 0; k < w; k++) {
            long v = words[k] & mask;
            words[k] = v;
            accept[k] = 1 - (int) ((rng - v) >>> 63);
        }
    }

    /**
     * bounded_masked_uint64 on a block with {@code rng >= 2**63}: v = x & mask, accepted when
     * {@code v <= rng} unsigned, that is when {@code rng - v} does not borrow (about one word in
     * four is rejected at random: as a branch, 7.8 ns per value on JDK 17 against 5.5).
     */
    private static void masked64(long[] words, int[] accept, long mask, long rng, int w) {
        for (int k = 0; k < w; k++) {
            long v = words[k] & mask;
            words[k] = v;
            accept[k] = 1 - (int) borrow(rng, v);
        }
    }

    /**
     * The borrow out of the unsigned subtraction {@code a - b}: 1 when {@code a < b} unsigned,
     * else 0, computed without a branch (where rejections are common, a branch on the comparison
     * is mispredicted, and JDK 17 compiles {@code Long.compareUnsigned} into one; in the Lemire
     * block loop, whose rejections are as common above 2**63, the borrow measured slower).
     */
    private static long borrow(long a, long b) {
        return ((~a & b) | (~(a ^ b) & (a - b))) >>> 63;
    }

    /** Packs the accepted values of a block into {@code out} from {@code i}: int64 results. */
    private static int pack(int[] values, int[] accept, long off, long[] out, int i, int w) {
        for (int k = 0; k < w; k++) {
            out[i] = off + (values[k] & UINT32_MASK);
            i += accept[k];
        }
        return i;
    }

    /** {@link #pack} for 32-bit results: {@code ((x << sh) >> sh) & keep} of each. */
    private static int pack(int[] values, int[] accept, long off, int sh, long keep, long[] out, int i, int w) {
        for (int k = 0; k < w; k++) {
            long x = off + (values[k] & UINT32_MASK);
            out[i] = ((x << sh) >> sh) & keep;
            i += accept[k];
        }
        return i;
    }

    /**
     * The 16-bit and 8-bit kernels ({@code buffered_bounded_*_uint16/8} through one
     * {@code buffered_uint16/8} buffer for the call): each {@code next_uint32} word is cut into
     * {@code 32 / bits} pieces, least significant first. Whole words are taken a block at a
     * time while at least {@code 32 / bits} values are wanted (so every piece of them is used,
     * and the buffer is empty after them); the last few values go through {@link Buffer}.
     */
    private static void fillNarrow(BitSource src, int bits, long off, long rng, boolean masked, long keep,
                                   long[] out, int from, int to) {
        int sh = 64 - bits;
        if (rng == 0) {
            java.util.Arrays.fill(out, from, to, ((off << sh) >> sh) & keep);
            return;
        }
        long full = (1L << bits) - 1;
        int per = 32 / bits;
        boolean raw = rng == full;
        long mask = genMask(rng);
        long rngExcl = rng + 1;
        long threshold = (full - rng) % rngExcl;
        int i = from;
        int[] words = new int[Math.max(1, Math.min((to - from) / per, BLOCK))];
        boolean lemire = !raw && !masked;
        while (to - i >= per) {
            int w = Math.min((to - i) / per, words.length);
            src.fillUInt32(words, 0, w);
            if (lemire) {
                // Generator.integers: the pieces of a word unrolled, no per-piece method switch
                i = bits == 16
                        ? lemire16(words, w, (int) rngExcl, (int) threshold, off, keep, out, i)
                        : lemire8(words, w, (int) rngExcl, (int) threshold, off, keep, out, i);
                continue;
            }
            if (masked && !raw) {
                // RandomState.randint: the same, masked
                i = bits == 16
                        ? masked16(words, w, (int) mask, (int) rng, off, keep, out, i)
                        : masked8(words, w, (int) mask, (int) rng, off, keep, out, i);
                continue;
            }
            for (int k = 0; k < w; k++) {
                int word = words[k];
                for (int q = 0; q < per; q++, word >>>= bits) {
                    long piece = word & full;
                    long v;
                    int accept;
                    if (raw) {
                        v = piece;
                        accept = 1;
                    } else if (masked) {
                        v = piece & mask;
                        accept = 1 - (int) ((rng - v) >>> 63);
                    } else {
                        long m = piece * rngExcl;
                        v = m >>> bits;
                        accept = 1 - (int) (((m & full) - threshold) >>> 63);
                    }
                    long x = off + v;
                    out[i] = ((x << sh) >> sh) & keep;
                    i += accept;
                }
            }
        }
        if (i < to) {
            Buffer buffer = new Buffer();
            if (bits == 16) {
                int m = (int) mask;
                for (; i < to; i++) {
                    out[i] = buffer.boundedUInt16(src, (short) off, (short) rng, m, masked) & keep;
                }
            } else {
                int m = (int) mask;
                for (; i < to; i++) {
                    out[i] = buffer.boundedUInt8(src, (byte) off, (byte) rng, m, masked) & keep;
                }
            }
        }
    }

    /**
     * {@code buffered_bounded_lemire_uint16} on the 2 halves of each of {@code w} words (low
     * half first) into {@code out} from {@code i}: the value is the high half of
     * {@code piece * (rng + 1)} ({@code < 2**32}, so int arithmetic read unsigned), accepted when
     * the low half is at least {@code threshold}; each value stored, the index advanced by its
     * acceptance. The caller leaves room for {@code 2 * w} values. Returns the next index.
     */
    private static int lemire16(int[] words, int w, int rngExcl, int threshold, long off, long keep,
                                long[] out, int i) {
        for (int k = 0; k < w; k++) {
            int word = words[k];
            int m0 = (word & 0xFFFF) * rngExcl;
            int m1 = (word >>> 16) * rngExcl;
            long x0 = off + (m0 >>> 16);
            out[i] = ((x0 << 48) >> 48) & keep;
            i += 1 - (((m0 & 0xFFFF) - threshold) >>> 31);
            long x1 = off + (m1 >>> 16);
            out[i] = ((x1 << 48) >> 48) & keep;
            i += 1 - (((m1 & 0xFFFF) - threshold) >>> 31);
        }
        return i;
    }

    /** buffered_bounded_masked_uint16 on a block, both halves of each word, into int64 results. */
    private static int masked16(int[] words, int w, int mask, int rng, long off, long keep, long[] out, int i) {
        for (int k = 0; k < w; k++) {
            int word = words[k];
            int v0 = word & mask;
            int v1 = (word >>> 16) & mask;
            long x0 = off + v0;
            out[i] = ((x0 << 48) >> 48) & keep;
            i += 1 - ((rng - v0) >>> 31);
            long x1 = off + v1;
            out[i] = ((x1 << 48) >> 48) & keep;
            i += 1 - ((rng - v1) >>> 31);
        }
        return i;
    }

    /** buffered_bounded_masked_uint8 on a block, the four bytes of each word, into int64 results. */
    private static int masked8(int[] words, int w, int mask, int rng, long off, long keep, long[] out, int i) {
        for (int k = 0; k < w; k++) {
            int word = words[k];
            int v0 = word & mask;
            int v1 = (word >>> 8) & mask;
            int v2 = (word >>> 16) & mask;
            int v3 = (word >>> 24) & mask;
            long x0 = off + v0;
            out[i] = ((x0 << 56) >> 56) & keep;
            i += 1 - ((rng - v0) >>> 31);
            long x1 = off + v1;
            out[i] = ((x1 << 56) >> 56) & keep;
            i += 1 - ((rng - v1) >>> 31);
            long x2 = off + v2;
            out[i] = ((x2 << 56) >> 56) & keep;
            i += 1 - ((rng - v2) >>> 31);
            long x3 = off + v3;
            out[i] = ((x3 << 56) >> 56) & keep;
            i += 1 - ((rng - v3) >>> 31);
        }
        return i;
    }

    /** {@link #lemire16} for {@code buffered_bounded_lemire_uint8}: 4 bytes per word, low first. */
    private static int lemire8(int[] words, int w, int rngExcl, int threshold, long off, long keep,
                               long[] out, int i) {
        for (int k = 0; k < w; k++) {
            int word = words[k];
            int m0 = (word & 0xFF) * rngExcl;
            int m1 = ((word >>> 8) & 0xFF) * rngExcl;
            int m2 = ((word >>> 16) & 0xFF) * rngExcl;
            int m3 = (word >>> 24) * rngExcl;
            long x0 = off + (m0 >>> 8);
            out[i] = ((x0 << 56) >> 56) & keep;
            i += 1 - (((m0 & 0xFF) - threshold) >>> 31);
            long x1 = off + (m1 >>> 8);
            out[i] = ((x1 << 56) >> 56) & keep;
            i += 1 - (((m1 & 0xFF) - threshold) >>> 31);
            long x2 = off + (m2 >>> 8);
            out[i] = ((x2 << 56) >> 56) & keep;
            i += 1 - (((m2 & 0xFF) - threshold) >>> 31);
            long x3 = off + (m3 >>> 8);
            out[i] = ((x3 << 56) >> 56) & keep;
            i += 1 - (((m3 & 0xFF) - threshold) >>> 31);
        }
        return i;
    }

    /** {@link #fillBool(BitSource, boolean, boolean, boolean[], int, int)} as 0/1 longs. */
    private static void fillBool(BitSource src, boolean off, boolean rng, long[] out, int from, int to) {
        if (!rng) {
            java.util.Arrays.fill(out, from, to, off ? 1 : 0);
            return;
        }
        // rng true means off false (the range is [0, 1]): one bit per value, 32 per word
        int n = to - from;
        int[] words = new int[Math.min((n + 31) >>> 5, BLOCK)];
        int i = from;
        while (i < to) {
            int w = Math.min((to - i + 31) >>> 5, words.length);
            src.fillUInt32(words, 0, w);
            for (int k = 0; k < w; k++) {
                int word = words[k];
                int end = Math.min(to, i + 32);
                for (; i < end; i++, word >>>= 1) {
                    out[i] = word & 1;
                }
            }
        }
    }

    // ---- 64 bit ----------------------------------------------------------------------------

    /**
     * NumPy's {@code random_bounded_uint64_fill}: fills {@code out[from, to)} with
     * {@code off + U[0, rng]} (unsigned, wrapping). Ranges up to {@code 0xFFFFFFFF} draw
     * {@code next_uint32} per value, larger ones {@code next_uint64}.
     */
    public static void fillUInt64(BitSource src, long off, long rng, boolean masked,
                                  long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (rng == 0) {
            java.util.Arrays.fill(out, from, to, off);
        } else if (Long.compareUnsigned(rng, UINT32_MASK) <= 0) {
            fill32(src, off, rng, masked, 0, -1L, out, from, to);
        } else if (rng == -1L || (masked && rng == genMask(rng))) {
            // every masked word is accepted (rng is 2**k - 1): the words straight into out
            long mask = genMask(rng);
            src.fillUInt64(out, from, to);
            for (int i = from; i < to; i++) {
                out[i] = off + (out[i] & mask);
            }
        } else if ((rng & (rng + 1)) == 0) {
            // Lemire with rng + 1 = 2**k accepts every word (its threshold, 2**64 mod 2**k, is
            // 0) and takes the high word of x * 2**k, x's top k bits: the words straight into
            // out, shifted, with no 128-bit product
            int shift = Long.numberOfLeadingZeros(rng);
            src.fillUInt64(out, from, to);
            for (int i = from; i < to; i++) {
                out[i] = off + (out[i] >>> shift);
            }
        } else {
            // words a block at a time, never more than the values still wanted; two passes per
            // block as in fill32 (values and flags, then the accepted values packed)
            long[] words = new long[Math.min(to - from, BLOCK)];
            int[] accept = new int[words.length];
            long mask = genMask(rng);
            long rngExcl = rng + 1;
            // Lemire: accepted when the low word of x * (rng + 1) is at least
            // (2**64 - rng - 1) % (rng + 1), as in fill32
            long threshold = masked ? 0 : Long.remainderUnsigned(-rngExcl, rngExcl);
            int i = from;
            while (i < to) {
                int w = Math.min(to - i, words.length);
                src.fillUInt64(words, 0, w);
                if (!masked) {
                    lemire64(words, accept, rngExcl, threshold, w);
                } else if (rng > 0) {
                    masked63(words, accept, mask, rng, w);
                } else {
                    masked64(words, accept, mask, rng, w);
                }
                for (int k = 0; k < w; k++) {
                    out[i] = off + words[k];
                    i += accept[k];
                }
            }
        }
    }

    /**
     * NumPy's {@code random_bounded_uint64}: one value {@code off + U[0, rng]}, with a
     * precomputed {@code mask = genMask(rng)} (only read when {@code masked}). Used per element
     * by the broadcast (array-bounds) path; draws exactly as {@link #fillUInt64} does.
     */
    public static long boundedUInt64(BitSource src, long off, long rng, long mask, boolean masked) {
        if (rng == 0) {
            return off;
        } else if (Long.compareUnsigned(rng, UINT32_MASK) <= 0) {
            if (rng == UINT32_MASK) {
                return off + (src.nextUInt32() & UINT32_MASK);
            }
            int drawn = masked ? maskedUInt32(src, (int) rng, (int) mask) : lemireUInt32(src, (int) rng);
            return off + (drawn & UINT32_MASK);
        } else if (rng == -1L) {
            return off + src.nextUInt64();
        } else {
            return off + (masked ? maskedUInt64(src, rng, mask) : lemireUInt64(src, rng));
        }
    }

    /** Masked rejection over {@code next_uint64}: {@code bounded_masked_uint64}. */
    static long maskedUInt64(BitSource src, long rng, long mask) {
        long val;
        do {
            val = src.nextUInt64() & mask;
        } while (Long.compareUnsigned(val, rng) > 0);
        return val;
    }

    /**
     * Lemire's method over {@code next_uint64}: {@code bounded_lemire_uint64}; requires
     * {@code rng != 2**64 - 1}.
     */
    static long lemireUInt64(BitSource src, long rng) {
        long rngExcl = rng + 1;
        long x = src.nextUInt64();
        long leftover = x * rngExcl;
        if (Long.compareUnsigned(leftover, rngExcl) < 0) {
            long threshold = Long.remainderUnsigned(-1L - rng, rngExcl);
            while (Long.compareUnsigned(leftover, threshold) < 0) {
                x = src.nextUInt64();
                leftover = x * rngExcl;
            }
        }
        return UInt128.multiplyHighUnsigned(x, rngExcl);
    }

    // ---- 32 bit ----------------------------------------------------------------------------

    /**
     * NumPy's {@code random_bounded_uint32_fill}: fills {@code out[from, to)} with
     * {@code off + U[0, rng]} (unsigned 32-bit, wrapping), one {@code next_uint32} per try.
     */
    public static void fillUInt32(BitSource src, int off, int rng, boolean masked,
                                  int[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (rng == 0) {
            java.util.Arrays.fill(out, from, to, off);
            return;
        }
        long r = rng & UINT32_MASK;
        int mask = (int) genMask(r);
        if (rng == -1 || (masked && rng == mask)) {
            // every (masked) word is accepted (rng is 2**k - 1): the words straight into out
            src.fillUInt32(out, from, to);
            for (int i = from; i < to; i++) {
                out[i] = off + (out[i] & mask);
            }
            return;
        }
        // values and acceptance flags a block at a time, then the accepted ones packed (see fill32)
        int[] words = new int[Math.min(to - from, BLOCK)];
        int[] accept = new int[words.length];
        long rngExcl = r + 1;
        long threshold = (UINT32_MASK - r) % rngExcl;
        int i = from;
        if (!masked && threshold <= OPTIMISTIC_32) {
            // a word is rejected with probability threshold / 2**32: see lemire32Direct
            int[] vals = accept; // the flags' array is not needed here: the values' scratch
            while (i < to) {
                int w = Math.min(to - i, words.length);
                src.fillUInt32(words, 0, w);
                for (int c = 0; c < w; ) {
                    int k0 = lemire32Direct(words, c, w, rngExcl, threshold, off, vals);
                    System.arraycopy(vals, c, out, i, k0 - c);
                    i += k0 - c;
                    c = k0 + 1; // past the rejected word
                }
            }
            return;
        }
        while (i < to) {
            int w = Math.min(to - i, words.length);
            src.fillUInt32(words, 0, w);
            if (!masked) {
                lemire32(words, accept, rngExcl, threshold, w);
            } else if (rng >= 0) {
                masked31(words, accept, mask, rng, w);
            } else {
                for (int k = 0; k < w; k++) {
                    int v = words[k] & mask;
                    words[k] = v;
                    accept[k] = Integer.compareUnsigned(v, rng) <= 0 ? 1 : 0;
                }
            }
            // at most w values, and w <= to - i: every store is inside [i, to)
            for (int k = 0; k < w; k++) {
                out[i] = off + words[k];
                i += accept[k];
            }
        }
    }

    /** NumPy's {@code random_buffered_bounded_uint32} (32-bit words are never cut up). */
    public static int boundedUInt32(BitSource src, int off, int rng, int mask, boolean masked) {
        if (rng == 0) {
            return off;
        } else if (rng == -1) {
            return off + src.nextUInt32();
        }
        return off + (masked ? maskedUInt32(src, rng, mask) : lemireUInt32(src, rng));
    }

    /** Masked rejection over {@code next_uint32}: {@code buffered_bounded_masked_uint32}. */
    static int maskedUInt32(BitSource src, int rng, int mask) {
        return src.nextMaskedUInt32(mask, rng);
    }

    /** Lemire's method over {@code next_uint32}; requires {@code rng != 0xFFFFFFFF}. */
    static int lemireUInt32(BitSource src, int rng) {
        long rngExcl = (rng & UINT32_MASK) + 1;
        long m = (src.nextUInt32() & UINT32_MASK) * rngExcl;
        long leftover = m & UINT32_MASK;
        if (leftover < rngExcl) {
            long threshold = (UINT32_MASK - (rng & UINT32_MASK)) % rngExcl;
            while (leftover < threshold) {
                m = (src.nextUInt32() & UINT32_MASK) * rngExcl;
                leftover = m & UINT32_MASK;
            }
        }
        return (int) (m >>> 32);
    }

    // ---- 16 bit, 8 bit, bool (buffered) ----------------------------------------------------

    /**
     * NumPy's {@code random_bounded_uint16_fill}: {@code off + U[0, rng]} (unsigned 16-bit,
     * wrapping); two values per {@code next_uint32} word, low half first, leftover discarded at
     * the end of the call.
     */
    public static void fillUInt16(BitSource src, short off, short rng, boolean masked,
                                  short[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        int r = rng & 0xFFFF;
        if (r == 0) {
            java.util.Arrays.fill(out, from, to, off);
            return;
        }
        // Whole words a block at a time while at least 2 values are wanted (both halves used, the
        // buffer empty after them), as fillNarrow; the last value through a Buffer.
        int mask = (int) genMask(r);
        boolean lemire = !masked && r != 0xFFFF;
        int rngExcl = r + 1;
        int threshold = (0xFFFF - r) % rngExcl;
        int i = from;
        int[] words = new int[Math.max(1, Math.min((to - from) / 2, BLOCK))];
        // Lemire rejects a half with probability threshold / 2**16 (36 / 65536 for 100 values),
        // masked rejection never when rng is 2**k - 1: the words are then first computed as if
        // every half were accepted, two values to an int in one loop with no dependence between
        // words (which the compiler vectorizes), and moved into out as little-endian shorts; from
        // the first word with a rejected half on, that word goes through the index-advancing
        // kernel and the optimistic pass resumes after it.
        boolean optimistic = lemire ? threshold <= 128 : r == mask;
        int[] packed = optimistic ? new int[words.length] : null;
        LittleEndianHalves shorts = optimistic ? new LittleEndianHalves((words.length + 1) / 2) : null;
        while (to - i >= 2) {
            int w = Math.min((to - i) / 2, words.length);
            src.fillUInt32(words, 0, w);
            if (!optimistic) {
                i = lemire ? lemire16(words, 0, w, rngExcl, threshold, off, out, i)
                        : masked16(words, 0, w, mask, r, off, out, i);
                continue;
            }
            int c = 0;
            while (c < w) {
                int k0 = lemire ? lemire16Packed(words, packed, c, w, rngExcl, threshold, off)
                        : masked16Packed(words, packed, c, w, mask, off);
                shorts.intsToShorts(packed, c, k0 - c, out, i);
                i += 2 * (k0 - c);
                if (k0 < w) {
                    i = lemire16(words, k0, k0 + 1, rngExcl, threshold, off, out, i);
                    k0++;
                }
                c = k0;
            }
        }
        if (i < to) {
            out[i] = new Buffer().boundedUInt16(src, off, rng, mask, masked);
        }
    }

    /**
     * {@code buffered_bounded_lemire_uint16} on both halves of words {@code [from, to)} as if
     * every half were accepted: {@code packed[k]} holds word {@code k}'s two values (the low
     * half's in the low 16 bits, {@code off} added to each). Returns {@code to} when every half
     * was accepted (the low 16 bits of each product at least {@code threshold}), else the first
     * word with a rejected half ({@code packed} is right before it).
     */
    private static int lemire16Packed(int[] words, int[] packed, int from, int to, int rngExcl, int threshold,
                                      short off) {
        int bad = 0;
        for (int k = from; k < to; k++) {
            int word = words[k];
            int m0 = (word & 0xFFFF) * rngExcl;
            int m1 = (word >>> 16) * rngExcl;
            packed[k] = (((m0 >>> 16) + off) & 0xFFFF) | (((m1 >>> 16) + off) << 16);
            // the sign bit is set once some low half is below the threshold
            bad |= ((m0 & 0xFFFF) - threshold) | ((m1 & 0xFFFF) - threshold);
        }
        if (bad >= 0) {
            return to;
        }
        int k = from;
        while (((((words[k] & 0xFFFF) * rngExcl) & 0xFFFF) - threshold
                | ((((words[k] >>> 16) * rngExcl) & 0xFFFF) - threshold)) >= 0) {
            k++;
        }
        return k;
    }

    /** {@link #lemire16Packed} for masked rejection with {@code rng == mask}: every half accepted. */
    private static int masked16Packed(int[] words, int[] packed, int from, int to, int mask, short off) {
        for (int k = from; k < to; k++) {
            int word = words[k];
            packed[k] = (((word & mask) + off) & 0xFFFF) | ((((word >>> 16) & mask) + off) << 16);
        }
        return to;
    }

    /** {@code buffered_bounded_lemire_uint16} on both halves of words {@code [from, to)} into a short[] (see lemire16 above). */
    private static int lemire16(int[] words, int from, int to, int rngExcl, int threshold, short off, short[] out,
                                int i) {
        for (int k = from; k < to; k++) {
            int word = words[k];
            int m0 = (word & 0xFFFF) * rngExcl;
            int m1 = (word >>> 16) * rngExcl;
            out[i] = (short) (off + (m0 >>> 16));
            i += 1 - (((m0 & 0xFFFF) - threshold) >>> 31);
            out[i] = (short) (off + (m1 >>> 16));
            i += 1 - (((m1 & 0xFFFF) - threshold) >>> 31);
        }
        return i;
    }

    /** {@code buffered_bounded_masked_uint16} on both halves of words {@code [from, to)}: accepted when {@code half & mask <= rng}. */
    private static int masked16(int[] words, int from, int to, int mask, int rng, short off, short[] out, int i) {
        for (int k = from; k < to; k++) {
            int word = words[k];
            int v0 = word & mask;
            int v1 = (word >>> 16) & mask;
            out[i] = (short) (off + v0);
            i += 1 - ((rng - v0) >>> 31);
            out[i] = (short) (off + v1);
            i += 1 - ((rng - v1) >>> 31);
        }
        return i;
    }

    /**
     * NumPy's {@code random_bounded_uint8_fill}: {@code off + U[0, rng]} (unsigned 8-bit,
     * wrapping); four values per {@code next_uint32} word, least significant byte first.
     */
    public static void fillUInt8(BitSource src, byte off, byte rng, boolean masked,
                                 byte[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        int r = rng & 0xFF;
        if (r == 0) {
            java.util.Arrays.fill(out, from, to, off);
            return;
        }
        // whole words while at least 4 values are wanted (as fillUInt16), the last few through a Buffer
        int mask = (int) genMask(r);
        boolean lemire = !masked && r != 0xFF;
        int rngExcl = r + 1;
        int threshold = (0xFF - r) % rngExcl;
        int i = from;
        int[] words = new int[Math.max(1, Math.min((to - from) / 4, BLOCK))];
        while (to - i >= 4) {
            int w = Math.min((to - i) / 4, words.length);
            src.fillUInt32(words, 0, w);
            i = lemire ? lemire8(words, w, rngExcl, threshold, off, out, i)
                    : masked8(words, w, mask, r, off, out, i);
        }
        if (i < to) {
            Buffer buffer = new Buffer();
            for (; i < to; i++) {
                out[i] = buffer.boundedUInt8(src, off, rng, mask, masked);
            }
        }
    }

    /** {@code buffered_bounded_lemire_uint8} on the 4 bytes of {@code w} words into a byte[]. */
    private static int lemire8(int[] words, int w, int rngExcl, int threshold, byte off, byte[] out, int i) {
        for (int k = 0; k < w; k++) {
            int word = words[k];
            int m0 = (word & 0xFF) * rngExcl;
            int m1 = ((word >>> 8) & 0xFF) * rngExcl;
            int m2 = ((word >>> 16) & 0xFF) * rngExcl;
            int m3 = (word >>> 24) * rngExcl;
            out[i] = (byte) (off + (m0 >>> 8));
            i += 1 - (((m0 & 0xFF) - threshold) >>> 31);
            out[i] = (byte) (off + (m1 >>> 8));
            i += 1 - (((m1 & 0xFF) - threshold) >>> 31);
            out[i] = (byte) (off + (m2 >>> 8));
            i += 1 - (((m2 & 0xFF) - threshold) >>> 31);
            out[i] = (byte) (off + (m3 >>> 8));
            i += 1 - (((m3 & 0xFF) - threshold) >>> 31);
        }
        return i;
    }

    /** {@code buffered_bounded_masked_uint8} on the 4 bytes of {@code w} words: accepted when {@code byte & mask <= rng}. */
    private static int masked8(int[] words, int w, int mask, int rng, byte off, byte[] out, int i) {
        for (int k = 0; k < w; k++) {
            int word = words[k];
            int v0 = word & mask;
            int v1 = (word >>> 8) & mask;
            int v2 = (word >>> 16) & mask;
            int v3 = (word >>> 24) & mask;
            out[i] = (byte) (off + v0);
            i += 1 - ((rng - v0) >>> 31);
            out[i] = (byte) (off + v1);
            i += 1 - ((rng - v1) >>> 31);
            out[i] = (byte) (off + v2);
            i += 1 - ((rng - v2) >>> 31);
            out[i] = (byte) (off + v3);
            i += 1 - ((rng - v3) >>> 31);
        }
        return i;
    }

    /**
     * NumPy's {@code random_bounded_bool_fill}: with {@code rng} false every value is
     * {@code off} (no draw); otherwise each value is one bit of a {@code next_uint32} word,
     * least significant bit first, 32 per word (the last word's unused bits are discarded).
     */
    public static void fillBool(BitSource src, boolean off, boolean rng, boolean[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (!rng) {
            java.util.Arrays.fill(out, from, to, off);
            return;
        }
        int n = to - from;
        int[] words = new int[Math.min((n + 31) >>> 5, BLOCK)];
        boolean[] windows = BitWindows.sequence();
        int i = from;
        while (i < to) {
            int w = Math.min((to - i + 31) >>> 5, words.length);
            src.fillUInt32(words, 0, w);
            int whole = Math.min(w, (to - i) >>> 5);
            wholeWordsToBools(words, whole, windows, out, i);
            i += 32 * whole;
            if (whole < w) {
                // the last word's first values (its other bits are discarded)
                for (int word = words[whole]; i < to; i++, word >>>= 1) {
                    out[i] = (word & 1) != 0;
                }
            }
        }
    }

    /**
     * {@code out[i, i + 32 count)} = the bits of {@code words[0, count)}, least significant first:
     * each half's 16 values copied from where its pattern stands in a de Bruijn sequence
     * ({@link BitWindows}), two copies per word. A method of its own, called once per block, so
     * that the JIT compiles it whole after a few blocks: written inline, a single large fill ran
     * the loop compiled on the stack (OSR) for its first calls, at about half the speed (3.5
     * against 2 ms for 10**7 values in the benchmark's first shots).
     */
    private static void wholeWordsToBools(int[] words, int count, boolean[] windows, boolean[] out, int i) {
        for (int k = 0; k < count; k++, i += 32) {
            int word = words[k];
            System.arraycopy(windows, BitWindows.start(word), out, i, 16);
            System.arraycopy(windows, BitWindows.start(word >>> 16), out, i + 16, 16);
        }
    }

    /**
     * The local 32-bit buffer ({@code buf}, {@code bcnt}) that NumPy's 16-bit, 8-bit and bool
     * kernels cut words from. One buffer serves one call (one fill, or all elements of one
     * broadcast call); a fresh buffer is empty. Not thread-safe.
     */
    public static final class Buffer {
        private int buf;
        private int bcnt;

        /** An empty buffer: the next value draws a fresh {@code next_uint32} word. */
        public Buffer() {
        }

        /** NumPy's {@code buffered_uint16}: the next 16 bits (low half of a word first). */
        public int nextUInt16(BitSource src) {
            if (bcnt == 0) {
                buf = src.nextUInt32();
                bcnt = 1;
            } else {
                buf >>>= 16;
                bcnt -= 1;
            }
            return buf & 0xFFFF;
        }

        /** NumPy's {@code buffered_uint8}: the next 8 bits (least significant byte first). */
        public int nextUInt8(BitSource src) {
            if (bcnt == 0) {
                buf = src.nextUInt32();
                bcnt = 3;
            } else {
                buf >>>= 8;
                bcnt -= 1;
            }
            return buf & 0xFF;
        }

        /** NumPy's {@code random_buffered_bounded_uint16}: {@code off + U[0, rng]} mod 2**16. */
        public short boundedUInt16(BitSource src, short off, short rng, int mask, boolean masked) {
            int r = rng & 0xFFFF;
            if (r == 0) {
                return off;
            } else if (r == 0xFFFF) {
                return (short) (off + nextUInt16(src));
            } else if (masked) {
                int val;
                do {
                    val = nextUInt16(src) & mask;
                } while (val > r);
                return (short) (off + val);
            }
            int rngExcl = r + 1;
            int m = nextUInt16(src) * rngExcl;
            int leftover = m & 0xFFFF;
            if (leftover < rngExcl) {
                int threshold = (0xFFFF - r) % rngExcl;
                while (leftover < threshold) {
                    m = nextUInt16(src) * rngExcl;
                    leftover = m & 0xFFFF;
                }
            }
            return (short) (off + (m >>> 16));
        }

        /** NumPy's {@code random_buffered_bounded_uint8}: {@code off + U[0, rng]} mod 2**8. */
        public byte boundedUInt8(BitSource src, byte off, byte rng, int mask, boolean masked) {
            int r = rng & 0xFF;
            if (r == 0) {
                return off;
            } else if (r == 0xFF) {
                return (byte) (off + nextUInt8(src));
            } else if (masked) {
                int val;
                do {
                    val = nextUInt8(src) & mask;
                } while (val > r);
                return (byte) (off + val);
            }
            int rngExcl = r + 1;
            int m = nextUInt8(src) * rngExcl;
            int leftover = m & 0xFF;
            if (leftover < rngExcl) {
                int threshold = (0xFF - r) % rngExcl;
                while (leftover < threshold) {
                    m = nextUInt8(src) * rngExcl;
                    leftover = m & 0xFF;
                }
            }
            return (byte) (off + (m >>> 8));
        }

        /**
         * NumPy's {@code random_buffered_bounded_bool}: {@code off} when {@code rng} is false
         * (no draw), else the next bit (least significant first). Masked and Lemire agree here.
         */
        public boolean boundedBool(BitSource src, boolean off, boolean rng) {
            if (!rng) {
                return off;
            }
            if (bcnt == 0) {
                buf = src.nextUInt32();
                bcnt = 31;
            } else {
                buf >>>= 1;
                bcnt -= 1;
            }
            return (buf & 1) != 0;
        }
    }
}
