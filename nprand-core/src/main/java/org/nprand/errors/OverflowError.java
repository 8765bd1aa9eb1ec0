package org.nprand.errors;

/** Python's {@code OverflowError}, as a Java {@link ArithmeticException}. */
public class OverflowError extends ArithmeticException implements PythonError {
    private static final long serialVersionUID = 1L;

    /** @param message Python's {@code str(exception)} */
    public OverflowError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "OverflowError";
    }
}
