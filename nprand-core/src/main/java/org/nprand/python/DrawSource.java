package org.nprand.python;

import java.math.BigInteger;

/**
 * Where a {@link PyRandom}'s draws come from when they are not its own Mersenne Twister's: the
 * three methods a CPython subclass of {@code random.Random} overrides ({@code random},
 * {@code getrandbits}, {@code randbytes}), everything else being built on them. Used by
 * {@link PySystemRandom} (the OS source, as CPython's {@code SystemRandom}) and by tests that script
 * {@code random()} as CPython's own tests mock it.
 */
interface DrawSource {

    /** {@code random()}: a double in [0, 1). */
    double random();

    /** {@code getrandbits(k)} for {@code 0 <= k <= 64}, as the unsigned bits of a long. */
    long getrandbitsLong(int k);

    /** {@code getrandbits(k)} for any {@code k >= 0}. */
    BigInteger getrandbits(int k);

    /** {@code randbytes(n)}, with the source's own check of n. */
    byte[] randbytes(int n);
}
