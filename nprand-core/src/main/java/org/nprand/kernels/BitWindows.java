package org.nprand.kernels;

/**
 * Every 16-bit pattern as 16 consecutive booleans of one array: a binary de Bruijn sequence of
 * order 16 (each pattern appears exactly once as a window of the cyclic sequence), written out
 * with its first 15 elements repeated at the end so that no window wraps. Copying a value's 16
 * bits into a {@code boolean[]} is then one {@code System.arraycopy} from
 * {@link #start(int)}, least significant bit first.
 *
 * <p>Why: a {@code boolean[]} cannot be written 8 bytes at a time (there is no view of it as
 * longs), and each {@code System.arraycopy}, however short, costs about 2 ns; 16 booleans per
 * copy halve the copies of a table of bytes (8 per copy) and take the bool fill from 0.32 to
 * 0.14 ns per value on JDK 17 (random words, in one JVM). The tables (64 kB of booleans, 128 kB
 * of positions) are made at the first bool fill, in a few milliseconds.
 *
 * <p>The sequence is the lexicographically least one, built by the algorithm of Fredricksen,
 * Kessler and Maiorana (concatenating the Lyndon words whose length divides 16, in order).
 */
final class BitWindows {

    private static final int ORDER = 16;
    private static final boolean[] SEQUENCE = new boolean[(1 << ORDER) + ORDER - 1];
    private static final char[] START = new char[1 << ORDER];

    static {
        int length = lyndonConcatenation();
        for (int k = length; k < SEQUENCE.length; k++) {
            SEQUENCE[k] = SEQUENCE[k - length];
        }
        for (int p = 0; p < length; p++) {
            int v = 0;
            for (int j = 0; j < ORDER; j++) {
                v |= SEQUENCE[p + j] ? 1 << j : 0;
            }
            START[v] = (char) p;
        }
    }

    private BitWindows() {
    }

    /** The sequence: bit {@code j} of a 16-bit value {@code v} is {@code sequence()[start(v) + j]}. */
    static boolean[] sequence() {
        return SEQUENCE;
    }

    /** Where the 16 bits of {@code v} (its low 16 bits, least significant first) start in {@link #sequence()}. */
    static int start(int v) {
        return START[v & 0xFFFF];
    }

    /**
     * Fredricksen-Kessler-Maiorana, without recursion: the Lyndon words over {0, 1} of length
     * at most 16 in lexicographic order (Duval's successor), each whose length divides 16
     * appended to {@link #SEQUENCE}. Returns the length written, 2**16.
     */
    private static int lyndonConcatenation() {
        int[] a = new int[ORDER + 1];
        int n = 0;
        int length = 1;
        while (true) {
            if (ORDER % length == 0) {
                for (int j = 1; j <= length; j++) {
                    SEQUENCE[n++] = a[j] != 0;
                }
            }
            // the next Lyndon word: repeat the prefix up to ORDER, then drop trailing ones and add 1
            for (int j = length + 1; j <= ORDER; j++) {
                a[j] = a[j - length];
            }
            length = ORDER;
            while (length > 0 && a[length] == 1) {
                length--;
            }
            if (length == 0) {
                return n;
            }
            a[length]++;
        }
    }
}
