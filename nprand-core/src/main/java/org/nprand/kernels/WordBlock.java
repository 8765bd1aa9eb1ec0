package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.bitgen.Buffered64BitGenerator;

/**
 * A block of a 64-bit generator's {@code next_uint64} words drawn ahead through its
 * {@link Buffered64BitGenerator#fillUInt64} loop (the generator's state in registers, not one
 * field store per word), read back in stream order as a {@link BitSource}: the ziggurat fills
 * take one word per attempt from {@link #words} in their own loop and hand this source to the
 * rare slow path, whose extra draws continue in the block and, once it is used up, in the
 * generator itself. So the draws are the generator's, word for word, provided the block never
 * holds a word the call would not have drawn: a block is at most as many words as values still
 * to produce, and each value takes at least one word.
 *
 * <p>{@code next_double} of a word is {@code (word >> 11) * 2**-53}, as for every
 * {@link Buffered64BitGenerator}; {@code next_uint32} is never asked for (the 32-bit buffer is
 * not part of these streams). Not thread-safe; one per fill call.
 */
final class WordBlock implements BitSource {

    /** Words per block: the cap on words drawn ahead. */
    static final int SIZE = 256;

    final long[] words;
    /** The next unread word; {@link #end} when the block is used up. */
    int next;
    /** Words in the block. */
    int end;
    private final Buffered64BitGenerator src;

    WordBlock(Buffered64BitGenerator src, int valuesWanted) {
        this.src = src;
        this.words = new long[Math.max(1, Math.min(valuesWanted, SIZE))];
    }

    /** Draws the next block: {@code min(valuesWanted, SIZE)} words (at least one value is wanted). */
    void refill(int valuesWanted) {
        end = Math.min(valuesWanted, words.length);
        next = 0;
        src.fillUInt64(words, 0, end);
    }

    @Override
    public long nextUInt64() {
        return next < end ? words[next++] : src.nextUInt64();
    }

    @Override
    public double nextDouble() {
        return next < end ? (words[next++] >>> 11) * 0x1.0p-53 : src.nextDouble();
    }

    @Override
    public int nextUInt32() {
        throw new UnsupportedOperationException("next_uint32 in a word block");
    }
}
