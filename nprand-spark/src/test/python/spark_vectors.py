"""Golden hashes for nprand-spark's tests: the SHA-256 of NumPy's output for N = 1,000,003 elements of
some of the specs of nprand-core/src/test/python/parallel_vectors.py (same names, same definitions,
same canonical bytes: little-endian float64, float32, or integers widened to int64).

Output: nprand-spark/src/test/resources/org/nprand/spark/spark_vectors.txt, one line per case:

    <name> <N> <sha256>

Run with NumPy 2.4.6:
    python3 nprand-spark/src/test/python/spark_vectors.py
"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "..", "nprand-core", "src", "test", "python"))

import parallel_vectors as pv  # noqa: E402

N = 1_000_003
NAMES = ["random", "standard-normal", "poisson", "integers-lemire-32", "blocked-mt-normal"]
OUT = os.path.join(HERE, "..", "resources", "org", "nprand", "spark", "spark_vectors.txt")


def main():
    cases = {c[0]: c for c in pv.CASES}
    lines = []
    for name in NAMES:
        _, bitgen, seed, method, args, kwargs, block = cases[name]
        kind, a = pv.canonical(pv.output(bitgen, seed, method, args, kwargs, N, block))
        assert len(a) == N
        lines.append("%s %d %s\n" % (name, N, hashlib.sha256(a.tobytes()).hexdigest()))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.writelines(lines)
    print("wrote", os.path.normpath(OUT), len(lines), "cases")


if __name__ == "__main__":
    main()
