package org.nprand.parallel;

/** How a plan finds the elements of a chunk; see the package documentation. */
public enum Mode {
    /**
     * A fixed number of raw draws per element: a chunk positions the bit generator at its first
     * element's draw ({@code advance} for PCG64/PCG64DXSM, counter arithmetic for Philox) and
     * draws from there. NumPy's sequential stream.
     */
    SEEK,
    /**
     * A variable number of raw draws per element: a first pass parses fixed blocks of the raw
     * stream, a fix-up finds each block's true first element, a second pass generates. NumPy's
     * sequential stream.
     */
    SCAN,
    /**
     * A documented different stream: block {@code b} of {@code blockSize} elements is
     * {@code Generator(BG(SeedSequence(entropy, spawn_key=spawn_key + (b,))))}'s call (or
     * {@code RandomState(BG(...))}'s, see {@link StreamSpec#randomState()}). Any bit generator,
     * any method; the only mode of RandomState's methods.
     */
    BLOCKED
}
