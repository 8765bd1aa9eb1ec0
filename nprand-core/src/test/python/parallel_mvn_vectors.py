"""Golden hashes for MultivariateNormalSpecTest (org.nprand.parallel) and nprand-spark: the SHA-256
of NumPy's Generator(BG(seed)).multivariate_normal(mean, cov, size=n) (float64, little-endian,
row-major) for a few cases, one line each:

    <name> <bitgen> <seed> <n> <sha256>

Output: nprand-core/src/test/resources/org/nprand/parallel/parallel_mvn_vectors.txt. The cases'
mean and cov are repeated in the Java tests (by name). Run with NumPy 2.4.6:
    python3 nprand-core/src/test/python/parallel_mvn_vectors.py
"""
import hashlib
import os

import numpy as np

assert np.__version__ == "2.4.6", np.__version__

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "nprand", "parallel",
                   "parallel_mvn_vectors.txt")

CASES = [
    # name, bitgen, seed, n, mean, cov
    ("mvn3", "PCG64", 12345, 20011, [1.0, -2.0, 0.5], [[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 0.5]]),
    ("mvn2-philox", "Philox", 7, 20011, [0.0, 10.0], [[1.0, 0.9], [0.9, 1.0]]),
    ("mvn1", "PCG64DXSM", 3, 5003, [4.0], [[9.0]]),
    ("mvn3-one-row", "PCG64", 12345, 1, [1.0, -2.0, 0.5], [[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 0.5]]),
    ("mvn5-spark", "PCG64", 42, 100003, [0.0, 1.0, 2.0, 3.0, 4.0],
     [[1.0, 0.2, 0.0, 0.0, 0.1], [0.2, 2.0, 0.3, 0.0, 0.0], [0.0, 0.3, 1.5, 0.4, 0.0],
      [0.0, 0.0, 0.4, 1.0, 0.2], [0.1, 0.0, 0.0, 0.2, 0.8]]),
]


def main():
    lines = []
    for name, bitgen, seed, n, mean, cov in CASES:
        x = np.random.Generator(getattr(np.random, bitgen)(seed)).multivariate_normal(mean, cov, size=n)
        assert x.shape == (n, len(mean))
        lines.append("%s %s %d %d %s\n" % (name, bitgen, seed, n,
                                            hashlib.sha256(x.astype("<f8").tobytes()).hexdigest()))
    with open(OUT, "w") as f:
        f.writelines(lines)
    print("wrote", os.path.normpath(OUT), len(lines), "cases")


if __name__ == "__main__":
    main()
