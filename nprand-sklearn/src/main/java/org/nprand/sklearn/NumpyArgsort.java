package org.nprand.sklearn;

/**
 * Which of NumPy's default (unstable) argsorts {@code GroupKFold} reproduces in the modes before
 * scikit-learn 1.9 ({@link SklearnVersion#V1_2}, {@link SklearnVersion#V1_6}), where it ordered
 * groups by {@code np.argsort(n_samples_per_group)[::-1]}: among groups of equal size the order,
 * and so the folds, follow the sort's handling of ties, which depends on NumPy's version and the
 * CPU, not on scikit-learn (scikit-learn issue #29495; 1.9 switched to a stable sort). With at
 * most 16 groups of each size pattern the differences are in ties only.
 */
public enum NumpyArgsort {
    /**
     * NumPy before 1.25 (any CPU), and later NumPy on CPUs for which it has no SIMD sort: the
     * introsort ({@code aquicksort}). Verified against scikit-learn 1.2.1 over NumPy 1.24.2.
     */
    INTROSORT,
    /**
     * NumPy 2.x on x86-64 CPUs with AVX-512 (Skylake-X and later): x86-simd-sort's AVX-512
     * argsort for 64-bit keys. Verified against scikit-learn 1.6.1 over NumPy 2.4.6 on an
     * AVX-512 (Ice Lake) machine.
     */
    X86_SIMD_SORT_AVX512
}
