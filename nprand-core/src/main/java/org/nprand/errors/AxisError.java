package org.nprand.errors;

/**
 * NumPy's {@code numpy.exceptions.AxisError} (a subclass of both {@code ValueError} and
 * {@code IndexError} in Python; here of {@link ValueError}): an axis out of range, with NumPy's
 * message {@code "axis 2 is out of bounds for array of dimension 1"}.
 */
public class AxisError extends ValueError {
    private static final long serialVersionUID = 1L;

    /** @param message Python's {@code str(exc)} */
    public AxisError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "AxisError";
    }
}
