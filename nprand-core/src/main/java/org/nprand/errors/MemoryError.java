package org.nprand.errors;

/**
 * Python's {@code MemoryError} (NumPy raises its subclass {@code numpy._core._exceptions.
 * _ArrayMemoryError}), as a Java {@link RuntimeException}.
 *
 * <p>nprand raises it where NumPy would allocate more than a Java array can hold (more than
 * {@code Integer.MAX_VALUE - 8} elements): NumPy would attempt that allocation (and, given the
 * memory, succeed), so there is no NumPy result to reproduce. The message is the one NumPy gives
 * when such an allocation fails, e.g. {@code "Unable to allocate 8.00 TiB for an array with shape
 * (1099511627776,) and data type int64"}. Like every {@link PythonError} it is raised before
 * anything is drawn.
 */
public class MemoryError extends RuntimeException implements PythonError {
    private static final long serialVersionUID = 1L;

    /** @param message Python's {@code str(exception)} */
    public MemoryError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "MemoryError";
    }
}
