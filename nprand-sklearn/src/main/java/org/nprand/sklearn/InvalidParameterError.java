package org.nprand.sklearn;

import org.nprand.errors.ValueError;

/**
 * scikit-learn's {@code InvalidParameterError} (a {@code ValueError} subclass), raised by the
 * parameter validation of {@code train_test_split} and {@code resample} since scikit-learn 1.3:
 * {@code The 'test_size' parameter of train_test_split must be a float in the range (0.0, 1.0),
 * an int in the range [1, inf) or None. Got 1.0 instead.}
 */
public class InvalidParameterError extends ValueError {
    private static final long serialVersionUID = 1L;

    /** @param message scikit-learn's text */
    public InvalidParameterError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "InvalidParameterError";
    }
}
