package org.nprand.bitgen;

import java.math.BigInteger;

/**
 * A bit generator that can skip ahead, NumPy's {@code advance(delta)} (PCG64, PCG64DXSM, Philox).
 */
public interface Advanceable {

    /**
     * NumPy's {@code bit_generator.advance(delta)}: moves the state as if {@code delta} raw steps
     * had been taken. {@code delta} is wrapped to the generator's state width first, so a negative
     * value goes backwards. Clears the buffered 32-bit half, as NumPy does.
     */
    void advance(BigInteger delta);
}
