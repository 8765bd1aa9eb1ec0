package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.Poisson;

/**
 * NumPy's {@code legacy_random_poisson} ({@code legacy-distributions.c}), behind
 * {@code RandomState.poisson}: it only forwards to the shared {@code random_poisson}
 * ({@link Poisson}: multiplication method below 10, Hörmann's PTRS from 10 on, nothing drawn for
 * {@code lam == 0}). It reads the bare bit source, never the Gaussian cache.
 */
public final class LegacyPoisson {

    private LegacyPoisson() {
    }

    /** One Poisson variate with mean {@code lam} (unchecked). */
    public static long sample(BitSource src, double lam) {
        return Poisson.sample(src, lam);
    }
}
