"""Golden hashes for the vector-valued methods in org.nprand.parallel (MultivariateNormalSpecTest,
VectorMethodsTest) and nprand-spark: the SHA-256 of NumPy's
Generator(BG(seed)).<method>(*args, size=n), one vector per row, as little-endian bytes in C order
(float64 for multivariate_normal and dirichlet, int64 for multinomial), one line per case:

    <name> <bitgen> <seed> <n> <sha256>

Output: nprand-core/src/test/resources/org/nprand/parallel/parallel_rows_vectors.txt. The cases'
arguments are repeated in the Java tests (by name). Run with NumPy 2.4.6:
    python3 nprand-core/src/test/python/parallel_rows_vectors.py
"""
import hashlib
import os

import numpy as np

assert np.__version__ == "2.4.6", np.__version__

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "nprand", "parallel",
                   "parallel_rows_vectors.txt")

CASES = [
    # name, bitgen, seed, n, mean, cov (multivariate_normal)
    ("mvn3", "PCG64", 12345, 20011, [1.0, -2.0, 0.5], [[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 0.5]]),
    ("mvn2-philox", "Philox", 7, 20011, [0.0, 10.0], [[1.0, 0.9], [0.9, 1.0]]),
    ("mvn1", "PCG64DXSM", 3, 5003, [4.0], [[9.0]]),
    ("mvn3-one-row", "PCG64", 12345, 1, [1.0, -2.0, 0.5], [[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 0.5]]),
    ("mvn5-spark", "PCG64", 42, 100003, [0.0, 1.0, 2.0, 3.0, 4.0],
     [[1.0, 0.2, 0.0, 0.0, 0.1], [0.2, 2.0, 0.3, 0.0, 0.0], [0.0, 0.3, 1.5, 0.4, 0.0],
      [0.0, 0.0, 0.4, 1.0, 0.2], [0.1, 0.0, 0.0, 0.2, 0.8]]),
]

# name, bitgen, seed, n, method, args
OTHER = [
    ("dirichlet3", "PCG64", 5, 20011, "dirichlet", ([0.5, 2.0, 7.5],)),
    ("dirichlet-small-philox", "Philox", 5, 20011, "dirichlet", ([0.05, 0.08, 0.02, 0.1],)),
    ("dirichlet-spark", "PCG64", 8, 100003, "dirichlet", ([1.0, 2.0, 3.0],)),
    ("multinomial", "PCG64", 6, 20011, "multinomial", (20, [0.2, 0.3, 0.5])),
    ("multinomial-btpe-dxsm", "PCG64DXSM", 6, 20011, "multinomial", (1000, [0.1, 0.25, 0.15, 0.5])),
    ("multinomial-spark", "PCG64", 9, 100003, "multinomial", (50, [0.5, 0.25, 0.25])),
]


def main():
    lines = []
    for name, bitgen, seed, n, mean, cov in CASES:
        x = np.random.Generator(getattr(np.random, bitgen)(seed)).multivariate_normal(mean, cov, size=n)
        assert x.shape == (n, len(mean))
        lines.append("%s %s %d %d %s\n" % (name, bitgen, seed, n,
                                            hashlib.sha256(x.astype("<f8").tobytes()).hexdigest()))
    for name, bitgen, seed, n, method, args in OTHER:
        x = getattr(np.random.Generator(getattr(np.random, bitgen)(seed)), method)(*args, size=n)
        kind = "<f8" if x.dtype == np.float64 else "<i8"
        lines.append("%s %s %d %d %s\n" % (name, bitgen, seed, n, hashlib.sha256(x.astype(kind).tobytes()).hexdigest()))
    with open(OUT, "w") as f:
        f.writelines(lines)
    print("wrote", os.path.normpath(OUT), len(lines), "cases")


if __name__ == "__main__":
    main()
