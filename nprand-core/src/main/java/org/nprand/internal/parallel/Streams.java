package org.nprand.internal.parallel;

import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.Buffered64BitGenerator;
import org.nprand.bitgen.PCG64;
import org.nprand.bitgen.PCG64DXSM;
import org.nprand.bitgen.Philox;

/**
 * Seeking NumPy's raw streams: where a chunk's first draw is.
 *
 * <ul>
 *   <li>PCG64 and PCG64DXSM: {@code advance(w)}, the LCG jump-ahead, {@code O(log w)};</li>
 *   <li>Philox: word {@code w} is lane {@code w mod 4} of the block at counter
 *       {@code 1 + w / 4} ({@code advance} counts 4-word blocks), so {@code advance(w / 4)} and
 *       then {@code w mod 4} draws from the block buffer;</li>
 *   <li>MT19937 and SFC64 cannot seek (NumPy has no arbitrary jump for them: MT19937 only jumps by
 *       2^128 draws, SFC64 is nonlinear); plans over them must use blocked mode.</li>
 * </ul>
 * A position in 32-bit halves is word {@code h / 2}, plus one {@code next_uint32} when {@code h}
 * is odd, which leaves the high half buffered exactly as NumPy would.
 */
public final class Streams {

    private Streams() {
    }

    /** Whether NumPy's {@code name} generator can be positioned at any word. */
    public static boolean seekable(String name) {
        return "PCG64".equals(name) || "PCG64DXSM".equals(name) || "Philox".equals(name);
    }

    /** Moves a fresh generator to raw word {@code w} (its buffers empty). */
    public static void seekWords(Buffered64BitGenerator bg, long w) {
        if (w < 0) {
            throw new IllegalArgumentException("negative position " + w);
        }
        if (w == 0) {
            return;
        }
        if (bg instanceof PCG64) {
            ((PCG64) bg).advance(w);
        } else if (bg instanceof PCG64DXSM) {
            ((PCG64DXSM) bg).advance(w);
        } else if (bg instanceof Philox) {
            Philox p = (Philox) bg;
            p.advance(w >>> 2);
            for (int i = 0; i < (int) (w & 3); i++) {
                p.nextUInt64();
            }
        } else {
            throw new UnsupportedOperationException(bg.name() + " cannot seek to a position in its stream");
        }
    }

    /**
     * Moves a fresh generator to unit {@code u} (words, or halves when {@code halves}), with
     * NumPy's 32-bit buffer set as it would be there.
     */
    public static void seek(BitGenerator bg, boolean halves, long u) {
        if (!(bg instanceof Buffered64BitGenerator)) {
            throw new UnsupportedOperationException(bg.name() + " cannot seek to a position in its stream");
        }
        Buffered64BitGenerator b = (Buffered64BitGenerator) bg;
        if (!halves) {
            seekWords(b, u);
        } else {
            seekWords(b, u >>> 1);
            if ((u & 1) != 0) {
                b.nextUInt32();
            }
        }
    }
}
