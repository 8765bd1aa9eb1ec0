"""Writes generator_mvn_vectors.txt.gz for org.nprand.internal.linalg.SymmetricEigenCholeskyTest and
org.nprand.numpy.GeneratorMultivariateNormalTest.

Every value is written as the 16 hex digits of its IEEE-754 bits. Records:

  eigh <name> <n>          a matrix and what numpy.linalg.eigh(a) returns for it
  a <n*n bits>             (row-major)
  w <n bits>
  v <n*n bits>
  eighfail <name> <n>      eigh raised LinAlgError
  a <n*n bits>

  chol <name> <n>          a matrix and numpy.linalg.cholesky(a)
  a <n*n bits>
  l <n*n bits>
  cholfail <name> <n>      cholesky raised LinAlgError ("Matrix is not positive definite")
  a <n*n bits>

  gmvn <name> <seed> <method> <check_valid> <tol bits> <size> <n> <rows> <outcome>
  mean <n bits>
  cov <n*n bits>
  out <k*n bits>           Generator(PCG64(seed)).multivariate_normal(mean, cov, size, check_valid,
                           tol, method=method), flattened; for rows > 12 only the first and last
                           6 rows (k = 12), otherwise all (k = rows)
  after <bits>             the same generator's standard_normal() right after the call (or after
                           the exception it raised)

  <size> is "none", an int, or dims joined by 'x' ("2x3"); <rows> = prod(size) (1 for none).
  <outcome> is "ok", "warn" (returned, with the RuntimeWarning "covariance is not symmetric
  positive-semidefinite."), or "err:<ExceptionClass>" (then no out record), the message in an
  "msg <text>" record.

Run with NumPy 2.4.6 (the wheel's OpenBLAS picks its kernels by CPU; these vectors were made on
an AVX-512 machine, OpenBLAS core SkylakeX):

  python3 generator_mvn_vectors.py ../resources/org/nprand/internal/linalg/generator_mvn_vectors.txt.gz
"""
import gzip
import struct
import sys
import warnings

import numpy as np


def bits(arr):
    return " ".join("%016x" % struct.unpack("<Q", struct.pack("<d", float(v)))[0]
                    for v in np.asarray(arr, dtype=np.float64).ravel())


def orthogonal(rng, n):
    q, r = np.linalg.qr(rng.standard_normal((n, n)))
    return q * np.sign(np.diag(r))


def covariances(rng, n):
    """(kind, matrix) pairs of order n: PSD, singular, non-PSD and asymmetric."""
    out = []
    g = rng.standard_normal((n, n + 3))
    out.append(("gram", g @ g.T / (n + 3)))
    c = orthogonal(rng, n)
    lam = rng.uniform(0.05, 3.0, n)
    corr = c @ np.diag(lam) @ c.T
    dd = np.sqrt(np.diag(corr))
    out.append(("corr", corr / np.outer(dd, dd)))
    out.append(("round", np.round(g @ g.T / (n + 3), 2)))
    out.append(("ar1", 0.6 ** np.abs(np.subtract.outer(np.arange(n), np.arange(n)))))
    out.append(("diag", np.diag(rng.uniform(0.1, 4.0, n))))
    if n >= 2:
        r = max(1, n // 2)
        h = rng.standard_normal((n, r))
        out.append(("rankdef", h @ h.T))
        out.append(("ones", np.ones((n, n))))
        s = rng.standard_normal((n, n))
        out.append(("indef", (s + s.T) / 2))
        out.append(("asym", g @ g.T / (n + 3) + 0.05 * rng.standard_normal((n, n))))
        out.append(("nearpsd", c @ np.diag(np.r_[lam[:-1], -1e-10]) @ c.T))
    else:
        out.append(("zero", np.zeros((1, 1))))
        out.append(("neg", np.array([[-2.0]])))
    return out


SIZES = [None, 1, 2, 3, 5, (2, 3), 8, 17, 64, (4, 5, 2)]


def size_str(size):
    if size is None:
        return "none"
    if isinstance(size, int):
        return str(size)
    return "x".join(str(s) for s in size)


def rows_of(size):
    if size is None:
        return 1
    if isinstance(size, int):
        return size
    return int(np.prod(size))


def gmvn_case(name, seed, method, check_valid, tol, size, mean, cov):
    n = mean.shape[0]
    g = np.random.default_rng(seed)
    outcome = "ok"
    y = None
    msg = None
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            y = g.multivariate_normal(mean, cov, size, check_valid=check_valid, tol=tol, method=method)
        except Exception as e:  # noqa: BLE001 - the class is recorded
            outcome = "err:" + type(e).__name__
            msg = str(e)
    if y is not None:
        rw = [x for x in w if issubclass(x.category, RuntimeWarning)
              and "positive-semidefinite" in str(x.message)]
        if rw:
            outcome = "warn"
    after = g.standard_normal()
    rows = rows_of(size)
    head = "gmvn %s %d %s %s %s %s %d %d %s\n" % (name, seed, method, check_valid, bits([tol]), size_str(size),
                                                 n, rows, outcome)
    rec = head + "mean %s\ncov %s\n" % (bits(mean), bits(cov))
    if y is not None:
        flat = np.asarray(y).reshape(-1, n) if n > 0 else np.zeros((rows, 0))
        if rows > 12:
            flat = np.concatenate([flat[:6], flat[-6:]])
        rec += "out %s\n" % bits(flat)
    else:
        rec += "msg %s\n" % msg
    rec += "after %s\n" % bits([after])
    return rec


def gmvn_records():
    recs = []
    rng = np.random.default_rng(9100)
    seed = 1000
    methods = ("svd", "eigh", "cholesky")
    for n in range(1, 13):
        for ci, (kind, cov) in enumerate(covariances(rng, n)):
            mean = np.round(rng.uniform(-5, 5, n), 2)
            for mi, method in enumerate(methods):
                for k in range(2):
                    size = SIZES[(n + 3 * ci + 5 * mi + 7 * k) % len(SIZES)]
                    seed += 1
                    recs.append(gmvn_case("%s_n%d" % (kind, n), seed, method, "warn", 1e-8, size, mean, cov))
                # check_valid variants on the non-PSD and singular kinds
                if kind in ("indef", "nearpsd", "rankdef", "asym", "neg", "zero"):
                    for cv, tol in (("raise", 1e-8), ("ignore", 1e-8), ("warn", 1e-14), ("raise", 0.5),
                                    ("bogus", 1e-8)):
                        seed += 1
                        recs.append(gmvn_case("%s_n%d" % (kind, n), seed, method, cv, tol, 3, mean, cov))
    # larger orders (the dsymv / ddot / dgemv kernels' wide paths)
    for n in (13, 16, 17, 20, 24, 25):
        g = rng.standard_normal((n, n + 1))
        cov = g @ g.T / (n + 1)
        mean = np.round(rng.uniform(-5, 5, n), 2)
        for method in methods:
            for size in (None, 2, 9, 40):
                seed += 1
                recs.append(gmvn_case("gram_n%d" % n, seed, method, "warn", 1e-8, size, mean, cov))
    # large sizes (OpenBLAS threads the gemm over the rows)
    for n, size in ((3, 30000), (5, 20011), (12, 4000), (25, 2000)):
        g = rng.standard_normal((n, n + 2))
        cov = g @ g.T / (n + 2)
        mean = np.round(rng.uniform(-5, 5, n), 2)
        for method in methods:
            seed += 1
            recs.append(gmvn_case("big_n%d" % n, seed, method, "warn", 1e-8, size, mean, cov))
    # hand-written
    hand = [
        ("doc_2x2", [1.0, 2.0], [[1.0, 0.0], [0.0, 100.0]]),
        ("neg_corr_2x2", [0.0, 0.0], [[6.0, -3.0], [-3.0, 3.5]]),
        ("indef_2x2", [0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]]),
        ("zeros_3x3", [1.0, -1.0, 0.5], [[0.0] * 3] * 3),
        ("identity_4", [0.0] * 4, np.eye(4).tolist()),
        ("upper_only_3", [0.0] * 3, [[2.0, 5.0, 7.0], [0.0, 3.0, 1.0], [0.0, 0.0, 4.0]]),
        ("lower_only_3", [0.0] * 3, [[2.0, 0.0, 0.0], [0.5, 3.0, 0.0], [0.25, 1.0, 4.0]]),
        ("tiny_scale", [0.0] * 3, (np.eye(3) * 1e-300 + 1e-301).tolist()),
        ("huge_scale", [0.0] * 3, (np.eye(3) * 1e300 + 1e299).tolist()),
    ]
    for name, mean, cov in hand:
        mean = np.array(mean)
        cov = np.array(cov)
        for method in methods:
            for size in (None, 4):
                seed += 1
                recs.append(gmvn_case(name, seed, method, "warn", 1e-8, size, mean, cov))
    return recs


def decomposition_records():
    recs = []
    rng = np.random.default_rng(9200)
    mats = []
    for n in list(range(1, 13)) + [13, 16, 17, 20, 24, 25]:
        for kind, cov in covariances(rng, n):
            if n <= 12 or kind in ("gram", "indef", "rankdef", "ones"):
                mats.append(("%s_n%d" % (kind, n), cov))
        g = rng.standard_normal((n, n + 1))
        mats.append(("scaled_n%d" % n, g @ g.T * 10.0 ** rng.integers(-300, 300)))
        d = 10.0 ** rng.uniform(-12, 12, n)
        q = orthogonal(rng, n)
        mats.append(("graded_n%d" % n, q @ np.diag(d) @ q.T))
        q = orthogonal(rng, n)
        mats.append(("repeated_n%d" % n, q @ np.diag(rng.choice([1.0, 2.0, 0.0], n)) @ q.T))
        s = rng.standard_normal((n, n)) * (rng.random((n, n)) < 0.2)
        mats.append(("sparse_n%d" % n, s + s.T))
    for name, a in mats:
        a = np.ascontiguousarray(a, dtype=np.float64)
        n = a.shape[0]
        try:
            w, v = np.linalg.eigh(a)
            recs.append("eigh %s %d\na %s\nw %s\nv %s\n" % (name, n, bits(a), bits(w), bits(v)))
        except np.linalg.LinAlgError:
            recs.append("eighfail %s %d\na %s\n" % (name, n, bits(a)))
        try:
            lo = np.linalg.cholesky(a)
            recs.append("chol %s %d\na %s\nl %s\n" % (name, n, bits(a), bits(lo)))
        except np.linalg.LinAlgError:
            recs.append("cholfail %s %d\na %s\n" % (name, n, bits(a)))
    return recs


def main(path):
    assert np.__version__ == "2.4.6", np.__version__
    with gzip.GzipFile(path, "wb", mtime=0) as gz:
        gz.write(b"# numpy %s: numpy.linalg.eigh / cholesky and Generator.multivariate_normal vectors\n"
                 % np.__version__.encode())
        for rec in decomposition_records():
            gz.write(rec.encode())
        for rec in gmvn_records():
            gz.write(rec.encode())


if __name__ == "__main__":
    main(sys.argv[1])
