package org.nprand.sklearn;

import java.util.Arrays;

/**
 * scikit-learn's {@code _approximate_mode(class_counts, n_draws, rng)}: how many of
 * {@code n_draws} draws each class gets, floors of the proportional shares plus one for the classes
 * with the largest remainders; among classes with equal remainders the lucky ones are
 * {@code rng.choice(inds, add_now, replace=False)}, i.e. a full {@code permutation(len(inds))}
 * whatever {@code add_now} is.
 */
final class ApproximateMode {

    private ApproximateMode() {
    }

    static long[] of(long[] classCounts, long nDraws, Rng rng) {
        int k = classCounts.length;
        long total = 0;
        for (long c : classCounts) {
            total += c;
        }
        double[] continuous = new double[k];
        double[] floored = new double[k];
        for (int i = 0; i < k; i++) {
            continuous[i] = ((double) classCounts[i] / (double) total) * (double) nDraws;
            floored[i] = Math.floor(continuous[i]);
        }
        long needToAdd = (long) ((double) nDraws - NpMath.sum(floored));
        if (needToAdd > 0) {
            double[] remainder = new double[k];
            for (int i = 0; i < k; i++) {
                remainder[i] = continuous[i] - floored[i];
            }
            double[] values = remainder.clone();
            Arrays.sort(values);
            for (int v = values.length - 1; v >= 0; v--) {
                double value = values[v];
                if (v < values.length - 1 && values[v + 1] == value) {
                    continue; // np.unique
                }
                int count = 0;
                for (double r : remainder) {
                    if (r == value) {
                        count++;
                    }
                }
                long[] inds = new long[count];
                int j = 0;
                for (int i = 0; i < k; i++) {
                    if (remainder[i] == value) {
                        inds[j++] = i;
                    }
                }
                int addNow = (int) Math.min(inds.length, needToAdd);
                long[] perm = rng.permutation(inds.length);
                for (int t = 0; t < addNow; t++) {
                    floored[(int) inds[(int) perm[t]]] += 1;
                }
                needToAdd -= addNow;
                if (needToAdd == 0) {
                    break;
                }
            }
        }
        long[] out = new long[k];
        for (int i = 0; i < k; i++) {
            out[i] = (long) floored[i];
        }
        return out;
    }
}
