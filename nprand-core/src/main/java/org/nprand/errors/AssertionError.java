package org.nprand.errors;

/**
 * Python's {@code AssertionError}: an {@code assert} statement of the reference failed for the
 * given input, e.g. {@code random.binomialvariate(10, float('nan'))}, where a NaN p passes
 * CPython's checks and reaches {@code assert n*p >= 10.0 and p <= 0.5}. A
 * {@link RuntimeException} (Python's is an ordinary {@code Exception}), not
 * {@link java.lang.AssertionError}; its message is Python's {@code str(exception)}, empty for a
 * bare {@code assert}.
 */
public class AssertionError extends IllegalStateException implements PythonError {
    private static final long serialVersionUID = 1L;

    /** @param message Python's {@code str(exception)} */
    public AssertionError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "AssertionError";
    }
}
