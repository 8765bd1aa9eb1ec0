"""Golden values for ParallelBlockedTest (org.nprand.parallel): NumPy's own output for
multivariate_normal with each method (NumPy's sequential call and blocked mode) and for
RandomState in blocked mode, so that the chunked Java output can be checked against NumPy bit for
bit without Python.

A case is a bit generator seeded with an int (through SeedSequence), a call, a size N and a block
size B (0: NumPy's sequential call; B > 0: blocked mode, block b drawn from child b of the seed's
SeedSequence):

    B == 0:  out = Generator(BG(seed)).multivariate_normal(mean, cov, size=N, method=...)
    B >  0:  ss = np.random.SeedSequence(seed)
             out = np.concatenate([X(BG(c)).<method>(*args, size=min(B, N - b * B))
                                   for b, c in enumerate(ss.spawn(-(-N // B)))])
             with X = Generator (multivariate_normal) or RandomState (the legacy methods).

Output: nprand-core/src/test/resources/org/nprand/parallel/parallel_blocked_vectors.txt, one line
per case:

    <name> <N> <B> <sha256> <first> <last>

sha256 of all elements as little-endian bytes (float64 for the float methods and
multivariate_normal, C order, one vector per row; int64 for the integer ones, whatever the dtype),
first and last element as 16 hex digits of their float64 bits or int64 two's complement. The
cases' calls are repeated in the Java test (by name). Run with NumPy 2.4.6:
    python3 nprand-core/src/test/python/parallel_blocked_vectors.py
"""
import hashlib
import os

import numpy as np

assert np.__version__ == "2.4.6", np.__version__

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "nprand", "parallel",
                   "parallel_blocked_vectors.txt")

COV3 = [[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 0.5]]
MEAN3 = [1.0, -2.0, 0.5]
COV5 = [[1.0, 0.2, 0.0, 0.0, 0.1], [0.2, 2.0, 0.3, 0.0, 0.0], [0.0, 0.3, 1.5, 0.4, 0.0],
        [0.0, 0.0, 0.4, 1.0, 0.2], [0.1, 0.0, 0.0, 0.2, 0.8]]
MEAN5 = [0.0, 1.0, 2.0, 3.0, 4.0]
SINGULAR = [[1.0, 1.0], [1.0, 1.0]]

# name, bitgen, seed, N, B, mean, cov, method, check_valid
MVN = [
    ("mvn3-cholesky", "PCG64", 12345, 2003, 0, MEAN3, COV3, "cholesky", "warn"),
    ("mvn3-eigh-philox", "Philox", 7, 2003, 0, MEAN3, COV3, "eigh", "warn"),
    ("mvn5-eigh", "PCG64DXSM", 5, 3001, 0, MEAN5, COV5, "eigh", "warn"),
    ("mvn5-cholesky-philox", "Philox", 8, 3001, 0, MEAN5, COV5, "cholesky", "warn"),
    ("mvn2-eigh-singular", "PCG64", 3, 1001, 0, [0.0, 1.0], SINGULAR, "eigh", "ignore"),
    ("mvn3-cholesky-one-row", "PCG64", 12345, 1, 0, MEAN3, COV3, "cholesky", "warn"),
    ("mvn3-eigh-one-row", "PCG64", 12345, 1, 0, MEAN3, COV3, "eigh", "warn"),
    ("mvn1-cholesky", "PCG64DXSM", 3, 501, 0, [4.0], [[9.0]], "cholesky", "warn"),
    # blocked mode, any bit generator
    ("mvn3-svd-blocked", "PCG64", 12345, 2003, 250, MEAN3, COV3, "svd", "warn"),
    ("mvn3-cholesky-blocked-mt", "MT19937", 42, 2003, 7, MEAN3, COV3, "cholesky", "warn"),
    ("mvn3-eigh-blocked-one", "SFC64", 5, 300, 1, MEAN3, COV3, "eigh", "warn"),
    ("mvn5-svd-blocked-last-one", "Philox", 9, 1001, 100, MEAN5, COV5, "svd", "warn"),
    ("mvn1-eigh-blocked", "PCG64DXSM", 4, 50, 7, [4.0], [[9.0]], "eigh", "warn"),
    ("mvn5-cholesky-blocked-sfc", "SFC64", 11, 1000, 64, MEAN5, COV5, "cholesky", "warn"),
]

# name, bitgen, seed, N, B, method, args, kwargs (RandomState in blocked mode)
LEGACY = [
    ("rs-random-sample", "MT19937", 42, 20011, 1000, "random_sample", (), {}),
    ("rs-standard-normal-7", "MT19937", 42, 20011, 7, "standard_normal", (), {}),
    ("rs-normal-1", "MT19937", 1, 2000, 1, "normal", (1.5, 2.0), {}),
    ("rs-uniform", "MT19937", 2, 20011, 4096, "uniform", (-1.0, 3.0), {}),
    ("rs-randint", "MT19937", 3, 20011, 999, "randint", (0, 1000), {}),
    ("rs-randint-uint8", "MT19937", 3, 20011, 777, "randint", (0, 200), {"dtype": "uint8"}),
    ("rs-randint-bool", "MT19937", 4, 20011, 1000, "randint", (0, 2), {"dtype": "bool"}),
    ("rs-randint-int32", "PCG64", 4, 20011, 1000, "randint", (-5, 70000), {"dtype": "int32"}),
    ("rs-standard-exponential", "MT19937", 5, 20011, 333, "standard_exponential", (), {}),
    ("rs-exponential-sfc", "SFC64", 5, 20011, 1000, "exponential", (2.5,), {}),
    ("rs-standard-gamma", "MT19937", 6, 20011, 1000, "standard_gamma", (0.7,), {}),
    ("rs-gamma-pcg", "PCG64", 6, 20011, 1000, "gamma", (3.0, 2.0), {}),
    ("rs-beta", "MT19937", 7, 20011, 1000, "beta", (0.5, 0.8), {}),
    ("rs-chisquare", "MT19937", 8, 20011, 1000, "chisquare", (3.0,), {}),
    ("rs-poisson-philox", "Philox", 9, 20011, 1000, "poisson", (4.0,), {}),
    ("rs-poisson-large", "MT19937", 9, 20011, 500, "poisson", (50.0,), {}),
    ("rs-binomial", "MT19937", 10, 20011, 1000, "binomial", (20, 0.3), {}),
    ("rs-binomial-btpe-dxsm", "PCG64DXSM", 10, 20011, 1000, "binomial", (1000, 0.4), {}),
    ("rs-standard-t", "MT19937", 11, 20011, 1000, "standard_t", (5.0,), {}),
    ("rs-standard-cauchy", "MT19937", 12, 20011, 1000, "standard_cauchy", (), {}),
    ("rs-lognormal", "MT19937", 13, 20011, 1000, "lognormal", (0.0, 0.5), {}),
    ("rs-f", "MT19937", 14, 20011, 1000, "f", (3.0, 7.0), {}),
    ("rs-noncentral-chisquare", "MT19937", 15, 20011, 1000, "noncentral_chisquare", (3.0, 1.5), {}),
    ("rs-noncentral-f", "MT19937", 16, 20011, 1000, "noncentral_f", (3.0, 7.0, 1.5), {}),
    ("rs-pareto", "MT19937", 17, 20011, 1000, "pareto", (3.0,), {}),
    ("rs-power", "MT19937", 18, 20011, 1000, "power", (3.0,), {}),
    ("rs-weibull", "MT19937", 19, 20011, 1000, "weibull", (1.5,), {}),
    ("rs-rayleigh", "MT19937", 20, 20011, 1000, "rayleigh", (2.0,), {}),
    ("rs-wald", "MT19937", 21, 20011, 1000, "wald", (1.0, 2.0), {}),
    ("rs-laplace", "MT19937", 22, 20011, 1000, "laplace", (0.0, 1.0), {}),
    ("rs-gumbel", "MT19937", 23, 20011, 1000, "gumbel", (0.0, 1.0), {}),
    ("rs-logistic", "MT19937", 24, 20011, 1000, "logistic", (0.0, 1.0), {}),
    ("rs-triangular", "MT19937", 25, 20011, 1000, "triangular", (0.0, 0.3, 1.0), {}),
    ("rs-geometric", "MT19937", 26, 20011, 1000, "geometric", (0.2,), {}),
    ("rs-negative-binomial", "MT19937", 27, 20011, 1000, "negative_binomial", (5.0, 0.4), {}),
    ("rs-zipf", "MT19937", 28, 20011, 1000, "zipf", (2.5,), {}),
    ("rs-logseries", "MT19937", 29, 20011, 1000, "logseries", (0.7,), {}),
    ("rs-hypergeometric", "MT19937", 30, 20011, 1000, "hypergeometric", (20, 30, 10), {}),
    ("rs-vonmises", "MT19937", 31, 20011, 1000, "vonmises", (0.5, 2.0), {}),
    ("rs-tomaxint", "MT19937", 32, 20011, 1000, "tomaxint", (), {}),
]


def hex64(v):
    if isinstance(v, (float, np.floating)):
        return "%016x" % np.float64(v).view(np.uint64)
    return "%016x" % (int(v) & (2**64 - 1))


def line(name, n, b, x):
    x = x.reshape(-1)
    kind = "<f8" if x.dtype.kind == "f" else "<i8"
    data = x.astype(kind)
    first = hex64(data[0]) if data.size else "-"
    last = hex64(data[-1]) if data.size else "-"
    return "%s %d %d %s %s %s\n" % (name, n, b, hashlib.sha256(data.tobytes()).hexdigest(), first, last)


def blocks(bitgen, seed, n, b, draw):
    ss = np.random.SeedSequence(seed)
    return np.concatenate([draw(getattr(np.random, bitgen)(c), min(b, n - i * b))
                           for i, c in enumerate(ss.spawn(-(-n // b)))])


def main():
    lines = []
    for name, bitgen, seed, n, b, mean, cov, method, check in MVN:
        def mvn(bg, size):
            return np.random.Generator(bg).multivariate_normal(mean, cov, size=size, check_valid=check,
                                                               method=method)
        x = mvn(getattr(np.random, bitgen)(seed), n) if b == 0 else blocks(bitgen, seed, n, b, mvn)
        assert x.shape == (n, len(mean))
        lines.append(line(name, n, b, x))
    for name, bitgen, seed, n, b, method, args, kwargs in LEGACY:
        def call(bg, size):
            return getattr(np.random.RandomState(bg), method)(*args, size=size, **kwargs)
        lines.append(line(name, n, b, blocks(bitgen, seed, n, b, call)))
    with open(OUT, "w") as f:
        f.writelines(lines)
    print("wrote", os.path.normpath(OUT), len(lines), "cases")


if __name__ == "__main__":
    main()
