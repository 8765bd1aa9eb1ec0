package org.nprand.sklearn;

import org.nprand.numpy.NpRandom;
import org.nprand.numpy.RandomState;

/**
 * The NumPy draws scikit-learn's splits make, on a {@link RandomState} or on the global state
 * ({@link NpRandom}, one call at a time, each atomic as NumPy's lock makes it).
 */
abstract class Rng {

    /** {@code rng.shuffle(x)} of a 1-d int64 array: draws {@code random_interval(i)} for i = n-1 .. 1. */
    abstract void shuffle(long[] x);

    /** {@code rng.randint(low, high, size=(size,))} (int64). */
    abstract long[] randint(long low, long high, int size);

    /** {@code rng.choice(a, size=(size,))}: with replacement, uniform (randint's draws, choice's checks). */
    abstract long[] choice(long a, int size);

    /** {@code rng.permutation(n)}: {@code arange(n)}, shuffled. */
    final long[] permutation(int n) {
        long[] a = new long[Math.max(n, 0)];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        shuffle(a);
        return a;
    }

    /** {@code rng.permutation(x)} of a 1-d int64 array: a shuffled copy. */
    final long[] permutation(long[] x) {
        long[] a = x.clone();
        shuffle(a);
        return a;
    }

    static Rng of(RandomState rs) {
        return new Rng() {
            @Override
            void shuffle(long[] x) {
                rs.shuffle(x);
            }

            @Override
            long[] randint(long low, long high, int size) {
                return rs.randint(low, high, size);
            }

            @Override
            long[] choice(long a, int size) {
                return rs.choice(a, size);
            }
        };
    }

    static final Rng GLOBAL = new Rng() {
        @Override
        void shuffle(long[] x) {
            NpRandom.shuffle(x);
        }

        @Override
        long[] randint(long low, long high, int size) {
            return NpRandom.randint(low, high, size);
        }

        @Override
        long[] choice(long a, int size) {
            return NpRandom.choice(a, size);
        }
    };
}
