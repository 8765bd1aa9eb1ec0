package org.nprand.bitgen;

import java.math.BigInteger;

/**
 * A bit generator with NumPy's {@code jumped(jumps)}: a new, independent generator whose state is
 * this one's moved ahead by {@code jumps} fixed, very large jumps.
 */
public interface Jumpable {

    /**
     * NumPy's {@code bit_generator.jumped(jumps)}: a NEW generator, this one's state jumped
     * {@code jumps} times; this generator is left unchanged.
     */
    BitGenerator jumped(BigInteger jumps);
}
