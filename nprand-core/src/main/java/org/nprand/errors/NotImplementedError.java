package org.nprand.errors;

/** Python's {@code NotImplementedError}, as a Java {@link UnsupportedOperationException}. */
public class NotImplementedError extends UnsupportedOperationException implements PythonError {
    private static final long serialVersionUID = 1L;

    /** @param message Python's {@code str(exception)} */
    public NotImplementedError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "NotImplementedError";
    }
}
