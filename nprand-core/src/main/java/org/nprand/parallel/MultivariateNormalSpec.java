package org.nprand.parallel;

import java.io.Serializable;
import java.util.Arrays;

import org.nprand.bitgen.PCG64;
import org.nprand.internal.linalg.Svd;
import org.nprand.numpy.Generator;
import org.nprand.internal.py.Py;

/**
 * NumPy's {@code Generator(BG(seed)).multivariate_normal(mean, cov, size=n)} (the default
 * {@code method='svd'}) in independent chunks of rows, one vector per row: any rows
 * {@code [a, b)} equal rows {@code a..b} of NumPy's single call, bit for bit.
 *
 * <pre>{@code
 * MultivariateNormalSpec mvn = StreamSpec.of("PCG64", 12345).multivariateNormal(mean, cov);
 * IndexedStream normals = IndexedStream.of(mvn.normals(), n * mvn.dim(), 4);   // scan plan of the normals
 * double[] rows = mvn.rows(normals, 1_000, 2_000);   // == NumPy's [1000:2000], flat, row-major
 * }</pre>
 *
 * <p>Why it splits: NumPy draws {@code standard_normal(size=(n, k))} first (element
 * {@code r * k + i} of that scan-mode stream is coordinate {@code i} of row {@code r}), factors
 * {@code cov} once ({@code u * sqrt(s)} of its SVD), and transforms with one BLAS call, whose every
 * output element is an FMA chain over the row's own normals in order from zero, plus the mean
 * ({@code dgemm}; a call of exactly one row takes {@code dgemv}, whose order differs, hence
 * {@code totalRows} below). So row {@code r} depends on its {@code k} normals and the factor only.
 */
public final class MultivariateNormalSpec implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StreamSpec normals;
    private final double[] mean;
    private final double[] factor;
    private final int dim;

    private MultivariateNormalSpec(StreamSpec normals, double[] mean, double[] factor) {
        this.normals = normals;
        this.mean = mean;
        this.factor = factor;
        this.dim = mean.length;
    }

    /** See {@link StreamSpec#multivariateNormal}. */
    static MultivariateNormalSpec of(StreamSpec seed, double[] mean, double[][] cov) {
        if (seed.blockSize() != 0) {
            throw new UnsupportedOperationException("multivariate_normal has no blocked mode");
        }
        // NumPy's checks and messages (shapes, finiteness, dimensions): the public call on a
        // throwaway generator, two rows
        new Generator(new PCG64(0)).multivariateNormal(mean, cov, 2);
        int k = mean.length;
        double[] flat = new double[k * k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(cov[i], 0, flat, i * k, k);
        }
        double[] f = new double[k * k];
        if (k > 0) {
            Svd.Result svd = Svd.decompose(flat, k);
            // _factor = u * np.sqrt(s)
            for (int c = 0; c < k; c++) {
                double sq = Math.sqrt(svd.s()[c]);
                for (int i = 0; i < k; i++) {
                    f[i * k + c] = svd.u()[i * k + c] * sq;
                }
            }
        }
        return new MultivariateNormalSpec(seed.standardNormal(), mean.clone(), f);
    }

    /** The scan-mode spec of the normals: {@code standard_normal()} of the same generator; {@code n * dim()} of them. */
    public StreamSpec normals() {
        return normals;
    }

    /** The dimension {@code k} of a vector (the length of {@code mean}). */
    public int dim() {
        return dim;
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
        int rows = Math.toIntExact(to - from);
        double[] x = normals.doubles(Math.multiplyExact(from, (long) dim), Math.multiplyExact(to, (long) dim));
        double[] out = new double[x.length];
        transform(x, 0, rows, normals.size() / dim, out, 0);
        return out;
    }

    /**
     * The samples of {@code rows} rows from their {@code dim()} normals each:
     * {@code out[r * k + i] = mean[i] + fma(x[r][k-1], f[i][k-1], ... fma(x[r][0], f[i][0], 0))},
     * or for a call of one row ({@code totalRows == 1}) NumPy's {@code dgemv} order.
     */
    public void transform(double[] x, int xOff, int rows, long totalRows, double[] out, int outOff) {
        Py.notNull(x, "x");
        Py.notNull(out, "out");
        int k = dim;
        if (totalRows == 1 && rows == 1 && k > 1) {
            double[] one = org.nprand.internal.linalg.MvnTransform.transformTransposed(
                    Arrays.copyOfRange(x, xOff, xOff + k), 1, factor, mean, k);
            System.arraycopy(one, 0, out, outOff, k);
            return;
        }
        for (int r = 0; r < rows; r++) {
            int xr = xOff + r * k;
            int or = outOff + r * k;
            for (int i = 0; i < k; i++) {
                double y;
                if (k == 1) {
                    y = 0.0 + x[xr] * factor[0];
                } else {
                    int fr = i * k;
                    double acc = 0.0;
                    for (int c = 0; c < k; c++) {
                        acc = Math.fma(x[xr + c], factor[fr + c], acc);
                    }
                    y = acc;
                }
                out[or + i] = mean[i] + y;
            }
        }
    }

    @Override
    public String toString() {
        return normals.toString().replace(".standard_normal()", ".multivariate_normal(mean=" + Arrays.toString(mean)
                + ", cov=...)");
    }
}
