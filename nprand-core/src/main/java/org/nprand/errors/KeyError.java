package org.nprand.errors;

/** Python's {@code KeyError}, as a Java {@link IllegalArgumentException}. */
public class KeyError extends IllegalArgumentException implements PythonError {
    private static final long serialVersionUID = 1L;

    /** @param message Python's {@code str(exception)} */
    public KeyError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "KeyError";
    }
}
