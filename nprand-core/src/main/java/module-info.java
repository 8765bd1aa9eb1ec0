/**
 * nprand: NumPy's and CPython's seeded random streams, bit for bit. No runtime dependencies.
 *
 * <ul>
 *   <li>{@code org.nprand.bitgen}: bit generators (raw streams, seeding, state);</li>
 *   <li>{@code org.nprand.kernels}: sampling kernels (pure algorithms over a BitSource);</li>
 *   <li>{@code org.nprand.numpy}: NumPy's RandomState and module-level functions;</li>
 *   <li>{@code org.nprand.math}: glibc libm ports;</li>
 *   <li>{@code org.nprand.errors}: Python's exception classes as Java exceptions;</li>
 *   <li>{@code org.nprand.python}: CPython's {@code random} module ({@code random.Random} and the module functions).</li>
 * </ul>
 */
module org.nprand.core {
    exports org.nprand.bitgen;
    exports org.nprand.errors;
    exports org.nprand.kernels;
    exports org.nprand.math;
    exports org.nprand.numpy;
    exports org.nprand.python;
}
