package org.nprand.errors;

/** Python's {@code IndexError}, as a Java {@link IndexOutOfBoundsException}. */
public class IndexError extends IndexOutOfBoundsException implements PythonError {
    private static final long serialVersionUID = 1L;

    /** @param message Python's {@code str(exception)} */
    public IndexError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "IndexError";
    }
}
