"""Golden hashes for StreamSpec.choice and StreamSpec.multivariateHypergeometric
(ChoiceAndUrnSpecTest): the SHA-256 of NumPy's output as little-endian int64 (choice's indices;
multivariate_hypergeometric's counts, one vector per row, C order), one line per case:

    <name> <bitgen> <seed> <n> <block> <sha256>

block 0 is NumPy's one call, Generator(BG(seed)).<method>(*args, size=n, **kwargs); block B > 0
is the blocked stream: block b drawn by Generator(BG(child_b)), child_b = SeedSequence(seed).spawn(...)[b].
The cases' arguments are repeated in the Java test (by name). Output:
nprand-core/src/test/resources/org/nprand/parallel/parallel_choice_mvhg_vectors.txt. Run with NumPy 2.4.6:
    python3 nprand-core/src/test/python/parallel_choice_mvhg_vectors.py
"""
import hashlib
import os

import numpy as np

assert np.__version__ == "2.4.6", np.__version__

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "nprand", "parallel",
                   "parallel_choice_mvhg_vectors.txt")

# name, bitgen, seed, n, block, method, args, kwargs
CASES = [
    ("choice-pow2", "PCG64", 31, 20011, 0, "choice", (1024,), {}),
    ("choice-lemire-philox", "Philox", 31, 20011, 0, "choice", (7,), {}),
    ("choice-one", "PCG64", 31, 20011, 0, "choice", (1,), {}),
    ("choice-p-dxsm", "PCG64DXSM", 32, 20011, 0, "choice", (4,), {"p": [0.1, 0.2, 0.3, 0.4]}),
    ("choice-p-zeros-philox", "Philox", 32, 20011, 0, "choice", (5,), {"p": [0.0, 0.5, 0.0, 0.5, 0.0]}),
    ("choice-p-blocked-mt", "MT19937", 33, 20011, 1000, "choice", (3,), {"p": [0.5, 0.25, 0.25]}),
    ("choice-blocked-sfc", "SFC64", 33, 20011, 777, "choice", (10,), {}),
    ("mvhg-marginals", "PCG64", 11, 20011, 0, "multivariate_hypergeometric", ([5, 10, 20, 3], 7), {}),
    ("mvhg-marginals-complement-philox", "Philox", 12, 20011, 0, "multivariate_hypergeometric",
     ([5, 10, 20, 3], 33), {}),
    ("mvhg-marginals-large-blocked", "PCG64", 16, 20011, 333, "multivariate_hypergeometric",
     ([50, 60, 70], 40), {}),
    ("mvhg-marginals-blocked-mt", "MT19937", 13, 20011, 1000, "multivariate_hypergeometric", ([4, 4, 4], 5), {}),
    ("mvhg-count-blocked", "PCG64", 14, 20011, 777, "multivariate_hypergeometric", ([5, 10, 20, 3], 12),
     {"method": "count"}),
    ("mvhg-count-blocked-complement-dxsm", "PCG64DXSM", 15, 5003, 1, "multivariate_hypergeometric",
     ([6, 2, 9], 12), {"method": "count"}),
]


def draw(bg, method, args, kwargs, size):
    return getattr(np.random.Generator(bg), method)(*args, size=size, **kwargs)


def main():
    lines = []
    for name, bitgen, seed, n, block, method, args, kwargs in CASES:
        bg = getattr(np.random, bitgen)
        if block == 0:
            x = draw(bg(seed), method, args, kwargs, n)
        else:
            children = np.random.SeedSequence(seed).spawn(-(-n // block))
            x = np.concatenate([draw(bg(c), method, args, kwargs, min(block, n - b * block))
                                for b, c in enumerate(children)])
        assert x.shape[0] == n and x.dtype == np.int64, (name, x.shape, x.dtype)
        lines.append("%s %s %d %d %d %s\n" % (name, bitgen, seed, n, block,
                                               hashlib.sha256(x.astype("<i8").tobytes()).hexdigest()))
    with open(OUT, "w") as f:
        f.writelines(lines)
    print("wrote", os.path.normpath(OUT), len(lines), "cases")


if __name__ == "__main__":
    main()
