/**
 * nprand: NumPy's and CPython's seeded random streams, bit for bit. No runtime dependencies.
 *
 * <ul>
 *   <li>{@code org.nprand.bitgen}: bit generators (raw streams, seeding, state);</li>
 *   <li>{@code org.nprand.numpy}: NumPy's RandomState and module-level functions;</li>
 *   <li>{@code org.nprand.parallel}: NumPy's streams generated in chunks, on all cores or a
 *       cluster, equal to NumPy's one sequential call;</li>
 *   <li>{@code org.nprand.python}: CPython's random.Random and module-level functions;</li>
 *   <li>{@code org.nprand.math}: glibc's libm functions, exact, in pure Java;</li>
 *   <li>{@code org.nprand.errors}: Python's exception classes as Java exceptions;</li>
 *   <li>{@code org.nprand.concurrent}: holding a generator's lock across many calls;</li>
 *   <li>{@code org.nprand.state}: generator states as JSON, to and from Python.</li>
 * </ul>
 *
 * <p>Not exported (internal; the command line and the benchmarks reach them on the class path):
 * {@code org.nprand.kernels} and {@code org.nprand.kernels.legacy} (sampling kernels: unchecked
 * algorithms over a {@code BitSource}, mirroring NumPy's {@code distributions.c} and
 * {@code legacy-distributions.c}) and {@code org.nprand.internal.*} (NumPy's broadcasting,
 * constraints and method specs, Python's conversion rules, the parallel plans' method table and
 * scan).
 */
module org.nprand.core {
    exports org.nprand.bitgen;
    exports org.nprand.concurrent;
    exports org.nprand.errors;
    exports org.nprand.math;
    exports org.nprand.math.spi;
    exports org.nprand.numpy;
    exports org.nprand.parallel;
    exports org.nprand.python;
    exports org.nprand.state;

    uses org.nprand.math.spi.TrigProvider;
}
