package org.nprand.sklearn;

import java.math.BigInteger;
import java.util.Iterator;
import org.nprand.errors.IndexError;
import org.nprand.errors.ValueError;

/**
 * scikit-learn's {@code LeavePOut(p)}: every {@code p}-subset of the samples as a test set, in
 * the lexicographic order of {@code itertools.combinations}. Splits are made one at a time (there
 * are {@code comb(n, p)} of them).
 */
public final class LeavePOut extends CrossValidator {

    private final int p;

    /** {@code LeavePOut(p)}. */
    public LeavePOut(int p) {
        this.p = p;
    }

    /** {@code p}. */
    public int p() {
        return p;
    }

    @Override
    public Splits split(int nSamples, Labels y, Labels groups) {
        warnGroupsIgnored(groups);
        return super.split(nSamples, y, groups);
    }

    @Override
    Iterator<Split> iterate(int nSamples, Labels y, Labels groups) {
        return new Splits.Generator() {
            private int[] comb;
            private boolean done;

            @Override
            protected Split advance() {
                if (comb == null) {
                    checkConsistentLength(nSamples, y, groups);
                    if (nSamples <= p) {
                        throw new ValueError("p=" + p + " must be strictly less than the number of samples=" + nSamples);
                    }
                    if (p < 0) {
                        throw new ValueError("r must be non-negative");
                    }
                    if (p == 0) {
                        throw new IndexError("arrays used as indices must be of integer (or boolean) type");
                    }
                    comb = new int[p];
                    for (int i = 0; i < p; i++) {
                        comb[i] = i;
                    }
                } else if (!done) {
                    done = !Combinations.next(comb, nSamples);
                }
                if (done) {
                    return null;
                }
                boolean[] mask = new boolean[nSamples];
                for (int c : comb) {
                    mask[c] = true;
                }
                return fromMask(mask);
            }
        };
    }

    /** {@code get_n_splits(X)}: {@code comb(n, p)}, exact. */
    public BigInteger getNSplitsExact(int nSamples) {
        if (nSamples < 0) {
            throw new ValueError("The 'X' parameter should not be None.");
        }
        return Combinations.count(nSamples, p);
    }

    @Override
    public long getNSplits(int nSamples, Labels y, Labels groups) {
        return getNSplitsExact(nSamples).longValueExact();
    }

    @Override
    String params() {
        return "p=" + p;
    }

    @Override
    public LeavePOut compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public LeavePOut setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
