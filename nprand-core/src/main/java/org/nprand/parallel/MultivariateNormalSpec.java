package org.nprand.parallel;

import java.io.Serializable;
import java.util.Arrays;

import org.nprand.bitgen.PCG64;
import org.nprand.internal.linalg.MvnFactor;
import org.nprand.internal.linalg.MvnTransform;
import org.nprand.numpy.Generator;
import org.nprand.numpy.WarningHandler;
import org.nprand.internal.py.Py;
import org.nprand.internal.py.PyRepr;

/**
 * NumPy's {@code Generator(BG(seed)).multivariate_normal(mean, cov, size=n, check_valid=...,
 * tol=..., method=...)} (any of {@code 'svd'}, {@code 'eigh'}, {@code 'cholesky'}) in independent
 * chunks of rows, one vector per row: any rows {@code [a, b)} equal rows {@code a..b} of NumPy's
 * single call, bit for bit. Of a blocked spec ({@code StreamSpec.blocked(B)}), block {@code b}
 * of {@code B} rows is {@code Generator(BG(child_b)).multivariate_normal(mean, cov,
 * size=min(B, n - b * B), method=...)} with {@code child_b = SeedSequence(entropy,
 * spawn_key=spawn_key + (b,))} (see {@link #numpyCode}).
 *
 * <pre>{@code
 * MultivariateNormalSpec mvn = StreamSpec.of("PCG64", 12345).multivariateNormal(mean, cov);
 * IndexedStream normals = IndexedStream.of(mvn.normals(), n * mvn.dim(), 4);   // scan plan of the normals
 * double[] rows = mvn.rows(normals, 1_000, 2_000);   // == NumPy's [1000:2000], flat, row-major
 * }</pre>
 *
 * <p>Why it splits: NumPy draws {@code standard_normal(size=(n, k))} first (element
 * {@code r * k + i} of that stream is coordinate {@code i} of row {@code r}), factors {@code cov}
 * once (the same factor as {@link org.nprand.numpy.Generator#multivariateNormal(double[],
 * double[][], int[], String, double, String)}: {@code u * sqrt(s)} of the SVD,
 * {@code u * sqrt(abs(s))} of {@code eigh}, or the lower Cholesky factor; all three are
 * C-contiguous n-by-n matrices) and transforms with one {@code matmul}, {@code mean + x @ f.T},
 * whose every output element is an FMA chain over the row's own normals in order from zero, plus
 * the mean ({@code dgemm}, the same for the three methods; a call of exactly one row takes
 * {@code dgemv}, whose order differs: the transform takes the call's row count). So row {@code r}
 * depends on its {@code k} normals and the factor only. In blocked mode the normals are the
 * blocked {@code standard_normal()} stream with {@code B * k} normals per block, and each block is
 * its own call.
 *
 * <p>NumPy's checks run when the spec is made (same exception classes and messages, nothing
 * drawn); a failed {@code check_valid='warn'} check is NumPy's {@code RuntimeWarning}, which the
 * spec does not report (as {@code Generator}'s default {@link org.nprand.numpy.WarningHandler}).
 */
public final class MultivariateNormalSpec implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StreamSpec normals;
    private final double[] mean;
    private final double[] factor;
    private final int dim;
    private final String method;
    /** {@code cov} in Python syntax, for {@link #numpyCode}. */
    private final String covRepr;
    /** Rows per block in blocked mode, else 0. */
    private final long blockRows;

    private MultivariateNormalSpec(StreamSpec normals, double[] mean, double[] factor, String method, String covRepr,
                                   long blockRows) {
        this.covRepr = covRepr;
        this.normals = normals;
        this.mean = mean;
        this.factor = factor;
        this.dim = mean.length;
        this.method = method;
        this.blockRows = blockRows;
    }

    /** See {@link StreamSpec#multivariateNormal(double[], double[][], String, double, String)}. */
    static MultivariateNormalSpec of(StreamSpec seed, double[] mean, double[][] cov, String checkValid, double tol,
                                     String method) {
        // NumPy's checks and messages (method, shapes, finiteness, dimensions, check_valid, the
        // decomposition): the public call on a throwaway generator, two rows
        new Generator(new PCG64(0)).multivariateNormal(mean, cov, new int[] {2}, checkValid, tol, method);
        int k = mean.length;
        double[] flat = new double[k * k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(cov[i], 0, flat, i * k, k);
        }
        double[] f = MvnFactor.generatorFactor(flat, k, method, checkValid, tol, WarningHandler.IGNORE);
        long b = seed.blockSize();
        StreamSpec normals = seed.blocked(0).standardNormal();
        if (b > 0) {
            if (k == 0) {
                throw new UnsupportedOperationException("a blocked multivariate_normal needs at least one dimension");
            }
            normals = normals.blocked(Math.multiplyExact(b, (long) k));
        }
        StringBuilder c = new StringBuilder("[");
        for (int i = 0; i < k; i++) {
            c.append(i > 0 ? ", " : "").append(pyList(cov[i]));
        }
        return new MultivariateNormalSpec(normals, mean.clone(), f, method, c.append(']').toString(), b);
    }

    /**
     * The spec of the normals: {@code standard_normal()} of the same generator (scan mode), or
     * its blocked stream with {@code blockSize * dim()} normals per block; {@code n * dim()} of
     * them.
     */
    public StreamSpec normals() {
        return normals;
    }

    /** The dimension {@code k} of a vector (the length of {@code mean}). */
    public int dim() {
        return dim;
    }

    /** NumPy's {@code method}: {@code "svd"}, {@code "eigh"} or {@code "cholesky"}. */
    public String method() {
        return method;
    }

    /** Rows per block in blocked mode, or 0 for NumPy's sequential call. */
    public long blockSize() {
        return blockRows;
    }

    /**
     * Rows {@code [from, to)} of a call of {@code normals.size() / dim()} rows, flat (row-major),
     * from their normals.
     *
     * @param normals an indexed stream of {@link #normals()} over {@code n * dim()} elements
     */
    public double[] rows(IndexedStream normals, long from, long to) {
        Py.notNull(normals, "normals");
        if (!normals.spec().equals(this.normals) || dim == 0 || normals.size() % dim != 0) {
            throw new IllegalArgumentException(normals + " is not the normals of " + this);
        }
        if (to < from || from < 0 || to > normals.size() / dim) {
            throw new IndexOutOfBoundsException("rows [" + from + ", " + to + ") of " + normals.size() / dim);
        }
        int rows = Math.toIntExact(to - from);
        double[] x = normals.doubles(Math.multiplyExact(from, (long) dim), Math.multiplyExact(to, (long) dim));
        double[] out = new double[x.length];
        transform(x, 0, from, rows, normals.size() / dim, out, 0);
        return out;
    }

    /**
     * The samples of rows {@code [firstRow, firstRow + rows)} of an output of {@code totalRows}
     * rows, from their {@code dim()} normals each: {@code out[r * k + i] = mean[i] +
     * fma(x[r][k-1], f[i][k-1], ... fma(x[r][0], f[i][0], 0))}, or NumPy's {@code dgemv} order for
     * a call of one row (the whole output, or a block of one row in blocked mode).
     *
     * @param x the normals, {@code rows * dim()} of them from {@code xOff}
     * @param firstRow the index of the first row in the output
     * @param totalRows the number of rows of the output ({@code n})
     */
    public void transform(double[] x, int xOff, long firstRow, int rows, long totalRows, double[] out, int outOff) {
        Py.notNull(x, "x");
        Py.notNull(out, "out");
        if (blockRows == 0) {
            MvnTransform.transformTransposedRows(x, xOff, rows, totalRows, factor, mean, dim, out, outOff);
            return;
        }
        long row = firstRow;
        int done = 0;
        while (done < rows) {
            long b = row / blockRows;
            long blockStart = b * blockRows;
            long callRows = Math.min(blockRows, totalRows - blockStart);
            int take = (int) Math.min(rows - done, blockStart + blockRows - row);
            MvnTransform.transformTransposedRows(x, xOff + done * dim, take, callRows, factor, mean, dim, out,
                    outOff + done * dim);
            done += take;
            row += take;
        }
    }

    /**
     * The NumPy code that computes the first {@code n} rows: one call, or for blocked mode the
     * three lines of the spawned blocks.
     */
    public String numpyCode(long n) {
        String setup = "mean, cov = " + pyList(mean) + ", " + covRepr + "\n";
        String args = "mean, cov" + ("svd".equals(method) ? "" : ", method='" + method + "'");
        String call = normals.numpyCode(n).replace("standard_normal(size=" + n + ")",
                "multivariate_normal(" + args + ", size=" + n + ")");
        if (blockRows == 0) {
            return setup + call;
        }
        String code = normals.numpyCode(n);
        code = code.replaceFirst("N, B = [0-9]+, [0-9]+", "N, B = " + n + ", " + blockRows);
        return setup + code.replace("standard_normal(size=min(B, N - b * B))",
                "multivariate_normal(" + args + ", size=min(B, N - b * B))");
    }

    private static String pyList(double[] v) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            b.append(i > 0 ? ", " : "").append(PyRepr.repr(v[i]));
        }
        return b.append(']').toString();
    }

    @Override
    public String toString() {
        String m = ".multivariate_normal(mean=" + Arrays.toString(mean) + ", cov=..."
                + ("svd".equals(method) ? "" : ", method='" + method + "'") + ")";
        String s = normals.blocked(0).toString().replace(".standard_normal()", m);
        return blockRows == 0 ? s : s + " blocked(" + blockRows + ")";
    }
}
