"""Writes svd_vectors.txt.gz for org.nprand.internal.linalg.SvdTest.

Every value is written as the 16 hex digits of its IEEE-754 bits. Records:

  svd <name> <n>             a matrix and what numpy.linalg.svd(a) returns for it
  a  <n*n bits>              (row-major)
  u  <n*n bits>
  s  <n bits>
  vt <n*n bits>
  psd <0|1> ...              np.allclose(np.dot(vt.T * s, vt), a, rtol=tol, atol=tol), the check
                             multivariate_normal makes, for each tol of PSD_TOLS

  mvn <name> <seed> <size> <n>   RandomState(seed).multivariate_normal(mean, cov, size)
  mean <n bits>
  cov <n*n bits>
  x <size*n bits>            RandomState(seed).standard_normal((size, n)): the draws it makes
  out <size*n bits>          its output

  mvnbig <name> <seed> <size> <n> <r>   the same for sizes whose np.dot takes OpenBLAS's
  mean <n bits>                         packed dgemm (size * n * n > 10^6) or sits at the
  cov <n*n bits>                        threshold; only the first and last r rows are kept
  x <2*r*n bits>                        (x: RandomState(seed).standard_normal((size, n)))
  out <2*r*n bits>

Run with NumPy 2.4.6 (the wheel's OpenBLAS picks its kernels by CPU; these vectors were made on
an AVX-512 machine, OpenBLAS core SkylakeX):

  python3 svd_vectors.py ../resources/org/nprand/internal/linalg/svd_vectors.txt.gz
"""
import gzip
import struct
import sys
import warnings

import numpy as np


PSD_TOLS = (1e-8, 1e-12, 1e-14, 1e-15, 1e-16)


def bits(arr):
    return " ".join("%016x" % struct.unpack("<Q", struct.pack("<d", float(v)))[0]
                    for v in np.asarray(arr, dtype=np.float64).ravel())


def orthogonal(rng, n):
    q, r = np.linalg.qr(rng.standard_normal((n, n)))
    return q * np.sign(np.diag(r))


def matrices():
    """(name, matrix) pairs."""
    out = []
    # random SPD covariances, sizes 1..12, several seeds and constructions
    for seed in range(6):
        rng = np.random.default_rng(1000 + seed)
        for n in range(1, 13):
            g = rng.standard_normal((n, n + 3))
            out.append(("spd_gram_s%d_n%d" % (seed, n), g @ g.T / (n + 3)))
            sd = rng.uniform(0.1, 10.0, n)
            c = orthogonal(rng, n)
            lam = rng.uniform(0.05, 3.0, n)
            corr = c @ np.diag(lam) @ c.T
            dd = np.sqrt(np.diag(corr))
            corr = corr / np.outer(dd, dd)
            out.append(("spd_corr_s%d_n%d" % (seed, n), corr * np.outer(sd, sd)))
    # rounded, user-typed looking covariances
    out.append(("doc_2x2", np.array([[6.0, -3.0], [-3.0, 3.5]])))
    out.append(("rho_2x2", np.array([[1.0, 0.5], [0.5, 1.0]])))
    out.append(("rho_neg_2x2", np.array([[1.0, -0.9], [-0.9, 1.0]])))
    out.append(("rho_3x3", np.array([[1.0, 0.3, 0.2], [0.3, 1.0, 0.1], [0.2, 0.1, 1.0]])))
    out.append(("int_3x3", np.array([[4.0, 2.0, 0.6], [2.0, 2.0, 0.4], [0.6, 0.4, 1.0]])))
    for n in (2, 3, 4, 5, 8, 12):
        out.append(("ar1_0.7_n%d" % n, 0.7 ** np.abs(np.subtract.outer(np.arange(n), np.arange(n)))))
        out.append(("equicorr_0.4_n%d" % n, np.full((n, n), 0.4) + 0.6 * np.eye(n)))
    # identity, diagonal, zeros, 1x1
    for n in (1, 2, 3, 4, 5, 7, 10, 16, 20, 25):
        out.append(("identity_n%d" % n, np.eye(n)))
    for n in (2, 3, 6, 11):
        out.append(("zeros_n%d" % n, np.zeros((n, n))))
    rng = np.random.default_rng(7)
    for n in (2, 3, 4, 6, 9, 13):
        out.append(("diag_unsorted_n%d" % n, np.diag(rng.uniform(0.1, 5.0, n))))
        out.append(("diag_ties_n%d" % n, np.diag(rng.choice([1.0, 2.0, 3.0], n))))
        out.append(("diag_signed_n%d" % n, np.diag(rng.uniform(-3.0, 3.0, n))))
    for v in (2.5, -2.5, 0.0, -0.0, 1e-300, -3e300, 5e-324):
        out.append(("scalar_%r" % v, np.array([[v]])))
    # rank-deficient PSD
    for seed in range(4):
        rng = np.random.default_rng(2000 + seed)
        for n in (2, 3, 4, 5, 6, 8, 10, 12):
            for r in sorted({1, n // 2, n - 1}):
                if r < 1:
                    continue
                g = rng.standard_normal((n, r))
                out.append(("rankdef_s%d_n%d_r%d" % (seed, n, r), g @ g.T))
    # repeated singular values
    for seed in range(3):
        rng = np.random.default_rng(3000 + seed)
        for n in (2, 3, 4, 5, 7, 9, 12):
            q = orthogonal(rng, n)
            lam = rng.choice([0.5, 2.0], n)
            out.append(("repeated_s%d_n%d" % (seed, n), q @ np.diag(lam) @ q.T))
            lam = np.ones(n)
            lam[0] = 4.0
            out.append(("repeated_onebig_s%d_n%d" % (seed, n), q @ np.diag(lam) @ q.T))
    # tiny and huge scales
    rng = np.random.default_rng(4000)
    for n in (2, 3, 5, 8):
        g = rng.standard_normal((n, n + 2))
        base = g @ g.T / (n + 2)
        for sc in (1e-300, 1e-200, 1e-150, 1e-20, 1e20, 1e150, 1e200, 1e300):
            out.append(("scaled_%g_n%d" % (sc, n), base * sc))
        out.append(("mixed_scales_n%d" % n, base * np.outer(10.0 ** np.arange(n), 10.0 ** np.arange(n))))
    # non-symmetric, indefinite symmetric, sparse, larger orders
    for seed in range(3):
        rng = np.random.default_rng(5000 + seed)
        for n in (2, 3, 4, 5, 6, 8, 10, 12):
            out.append(("nonsym_s%d_n%d" % (seed, n), rng.standard_normal((n, n))))
            h = rng.standard_normal((n, n))
            out.append(("indef_s%d_n%d" % (seed, n), (h + h.T) / 2))
            s = rng.standard_normal((n, n)) * (rng.random((n, n)) < 0.3)
            out.append(("sparse_s%d_n%d" % (seed, n), s + s.T + np.diag(rng.uniform(0.5, 1.0, n))))
            out.append(("tril_s%d_n%d" % (seed, n), np.tril(rng.standard_normal((n, n)))))
        for n in (13, 15, 17, 20, 21, 24, 25):
            g = rng.standard_normal((n, n + 1))
            out.append(("spd_large_s%d_n%d" % (seed, n), g @ g.T / (n + 1)))
            out.append(("nonsym_large_s%d_n%d" % (seed, n), rng.standard_normal((n, n))))
    out.append(("neg_eig_2x2", np.array([[1.0, 2.0], [2.0, 1.0]])))
    out.append(("nearly_psd_3x3", np.array([[1.0, 0.9999999, 0.0], [0.9999999, 1.0, 0.0], [0.0, 0.0, 1e-12]])))
    out.append(("ones_4x4", np.ones((4, 4))))
    out.append(("perm_3x3", np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])))
    return out


def mvn_cases():
    out = []
    rng = np.random.default_rng(6000)
    mats = [("doc_2x2", np.array([[6.0, -3.0], [-3.0, 3.5]]))]
    for n in (1, 2, 3, 4, 5, 6, 8, 10, 12):
        g = rng.standard_normal((n, n + 2))
        mats.append(("spd_n%d" % n, g @ g.T / (n + 2)))
    for n in (3, 5):
        g = rng.standard_normal((n, n - 1))
        mats.append(("rankdef_n%d" % n, g @ g.T))
    mats.append(("identity_n4", np.eye(4)))
    mats.append(("indef_2x2", np.array([[1.0, 2.0], [2.0, 1.0]])))
    mats.append(("large_n20", (lambda g: g @ g.T / 21)(rng.standard_normal((20, 21)))))
    seed = 0
    for name, cov in mats:
        n = cov.shape[0]
        for size in (1, 7, 50):
            seed += 1
            mean = np.round(rng.uniform(-5, 5, n), 2)
            x = np.random.RandomState(seed).standard_normal((size, n))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                y = np.random.RandomState(seed).multivariate_normal(mean, cov, size)
            _, s, v = np.linalg.svd(cov)
            ref = x @ (np.sqrt(s)[:, None] * v) + mean
            assert np.array_equal(ref, y), name
            out.append((name, seed, size, mean, cov, x, y))
    return out


def mvn_big_cases():
    out = []
    rng = np.random.default_rng(7000)
    for n, size in ((20, 2500), (20, 2600), (17, 3500), (17, 3460), (25, 1601), (12, 7000)):
        g = rng.standard_normal((n, n + 1))
        cov = g @ g.T / (n + 1)
        mean = np.round(rng.uniform(-5, 5, n), 2)
        seed = 100 + n * 7 + size
        x = np.random.RandomState(seed).standard_normal((size, n))
        y = np.random.RandomState(seed).multivariate_normal(mean, cov, size)
        _, s, v = np.linalg.svd(cov)
        assert np.array_equal(x @ (np.sqrt(s)[:, None] * v) + mean, y)
        rows = np.r_[0:10, size - 10:size]
        out.append(("spd_n%d_size%d" % (n, size), seed, size, mean, cov, x[rows], y[rows]))
    return out


def main(path):
    assert np.__version__ == "2.4.6", np.__version__
    with gzip.GzipFile(path, "wb", mtime=0) as gz:
        gz.write(b"# numpy %s: numpy.linalg.svd and RandomState.multivariate_normal vectors\n"
                 % np.__version__.encode())
        for name, a in matrices():
            a = np.ascontiguousarray(a, dtype=np.float64)
            u, s, vt = np.linalg.svd(a)
            n = a.shape[0]
            psd = " ".join("1" if np.allclose(np.dot(vt.T * s, vt), a, rtol=tol, atol=tol) else "0"
                           for tol in PSD_TOLS)
            gz.write(("svd %s %d\na %s\nu %s\ns %s\nvt %s\npsd %s\n"
                      % (name, n, bits(a), bits(u), bits(s), bits(vt), psd)).encode())
        for name, seed, size, mean, cov, x, y in mvn_cases():
            n = cov.shape[0]
            gz.write(("mvn %s %d %d %d\nmean %s\ncov %s\nx %s\nout %s\n"
                      % (name, seed, size, n, bits(mean), bits(cov), bits(x), bits(y))).encode())
        for name, seed, size, mean, cov, x, y in mvn_big_cases():
            n = cov.shape[0]
            gz.write(("mvnbig %s %d %d %d %d\nmean %s\ncov %s\nx %s\nout %s\n"
                      % (name, seed, size, n, 10, bits(mean), bits(cov), bits(x), bits(y))).encode())


if __name__ == "__main__":
    main(sys.argv[1])
