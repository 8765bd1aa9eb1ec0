package org.nprand.sklearn;

import java.util.Iterator;
import org.nprand.errors.ValueError;

/**
 * scikit-learn's {@code LeaveOneOut()}: n splits, test set {@code [i]}.
 */
public final class LeaveOneOut extends CrossValidator {

    /** {@code LeaveOneOut()}. */
    public LeaveOneOut() {
    }

    @Override
    public Splits split(int nSamples, Labels y, Labels groups) {
        warnGroupsIgnored(groups);
        return super.split(nSamples, y, groups);
    }

    @Override
    Iterator<Split> iterate(int nSamples, Labels y, Labels groups) {
        return new Splits.Generator() {
            private int i = -1;

            @Override
            protected Split advance() {
                if (i < 0) {
                    checkConsistentLength(nSamples, y, groups);
                    if (nSamples <= 1) {
                        throw new ValueError("Cannot perform LeaveOneOut with n_samples=" + nSamples + ".");
                    }
                    i = 0;
                }
                if (i >= nSamples) {
                    return null;
                }
                boolean[] mask = new boolean[nSamples];
                mask[i++] = true;
                return fromMask(mask);
            }
        };
    }

    /** {@code get_n_splits(X)}: the number of samples. */
    public int getNSplits(int nSamples) {
        return Math.toIntExact(getNSplits(nSamples, null, null));
    }

    @Override
    public long getNSplits(int nSamples, Labels y, Labels groups) {
        if (nSamples < 0) {
            throw new ValueError("The 'X' parameter should not be None.");
        }
        return nSamples;
    }

    @Override
    String params() {
        return "";
    }

    @Override
    public LeaveOneOut compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public LeaveOneOut setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
