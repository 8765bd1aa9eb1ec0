package org.nprand.errors;

/** Python's {@code TypeError}, as a Java {@link IllegalArgumentException}. */
public class TypeError extends IllegalArgumentException implements PythonError {
    private static final long serialVersionUID = 1L;

    /** @param message Python's {@code str(exception)} */
    public TypeError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "TypeError";
    }
}
