package org.nprand.errors;

/**
 * NumPy's {@code numpy.linalg.LinAlgError}, a subclass of Python's {@code ValueError}: a
 * decomposition that LAPACK could not complete ({@code "Matrix is not positive definite"},
 * {@code "Eigenvalues did not converge"}, {@code "SVD did not converge"}).
 */
public class LinAlgError extends ValueError {
    private static final long serialVersionUID = 1L;

    /** @param message Python's {@code str(exception)} */
    public LinAlgError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "LinAlgError";
    }
}
