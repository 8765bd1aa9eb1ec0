package org.nprand.bitgen;

/**
 * A bit generator that can jump ahead: NumPy's {@code jumped(jumps)} method, as offered by
 * {@code MT19937}, {@code PCG64}, {@code PCG64DXSM} and {@code Philox}.
 *
 * <p>{@code jumped} never changes this generator; it returns a new one whose state is this
 * state advanced as if {@code jumps} times the generator's jump size of raw draws had been made
 * (2**128 for MT19937), so chained jumps give non-overlapping streams for parallel work.
 */
public interface Jumpable {

    /**
     * NumPy's {@code BitGenerator.jumped(jumps)}: a new bit generator of the same kind with the
     * state jumped {@code jumps} times.
     *
     * @param jumps the number of jumps, as NumPy's {@code jumps} argument
     * @return a new, independent bit generator; this one is unchanged
     */
    BitGenerator jumped(java.math.BigInteger jumps);
}
