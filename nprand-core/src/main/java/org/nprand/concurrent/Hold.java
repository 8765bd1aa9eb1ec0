package org.nprand.concurrent;

/**
 * A thread's hold on a generator's lock across many calls, from {@code RandomState.hold()},
 * {@code Generator.hold()}, {@code PyRandom.hold()} or the module functions' {@code hold()}.
 * Every public method of those classes takes the instance's lock for its call, so that a shared
 * instance stays consistent (as NumPy locks each call); a hold takes it once for a whole block:
 * <pre>{@code
 * try (Hold hold = rs.hold()) {
 *     for (int i = 0; i < n; i++) {
 *         sum += rs.randint(1, 100);    // no atomic instruction per call
 *     }
 * }
 * }</pre>
 * The calls made inside are the same calls with the same numbers; they are atomic together
 * (another thread's calls wait for {@link #close()}), and each skips the lock's atomic
 * compare-and-set, which is most of a scalar call's cost. NumPy's equivalent is
 * {@code with rng.bit_generator.lock:} (a reentrant lock that NumPy's methods take too); CPython's
 * {@code random.Random} has no lock, so {@code PyRandom.hold()} has no Python counterpart.
 *
 * <p>Close a hold in the thread that took it (try-with-resources does); closing it twice does
 * nothing. A hold taken inside another of the same thread's is nested: closing it leaves the
 * outer one in place.
 */
public interface Hold extends AutoCloseable {

    /**
     * Gives the lock back (the first time; later calls do nothing).
     *
     * @throws IllegalStateException when called from a thread other than the one that took the hold
     */
    @Override
    void close();
}
