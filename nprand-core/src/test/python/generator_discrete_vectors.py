"""Reference vectors for GeneratorDiscreteKernelsTest (org.nprand.kernels, Generator kernels).

Every case is one or more real calls on np.random.Generator(BitGen(seed)) with scalar parameters
(size=n, so NumPy loops the C kernel n times, or fills n values, over one bit generator); the
"integers_scalar" cases make n separate size=None calls. Vector-valued kernels (dirichlet,
multinomial, multivariate_hypergeometric) are one call with size=n.

Output: nprand-core/src/test/resources/org/nprand/kernels/generator_discrete_vectors.txt.gz, one
block per case:

    case <name>                      unique label, shown on failure
    bitgen <name>                    PCG64, PCG64DXSM, MT19937, Philox or SFC64, seeded with seed
    seed <int>
    kernel <kernel>                  which Java kernel the test calls
    params <tok> <tok> ...           Python repr of each scalar (a list is comma-joined, no spaces)
    n <count>                        number of variates (size=n) or of size=None calls
    values <hex> <hex> ...           results in order, flattened: integers as the hex digits of
                                     their two's-complement 64-bit pattern, doubles as the hex
                                     digits of their IEEE bits; wrapped over several lines
    sha256 <hex>                     instead of values for long runs: SHA-256 of the results as
                                     little-endian float64 / int64
    state <canonical>                the bit generator's state after the calls (see canon())
    end

The "logfactorial" case has no bit generator: its values are log(k!) for the k listed in params,
computed independently of NumPy's table: float(Decimal(k!).ln()) at 60 digits for k <= 125
(NumPy's table entries are the correctly rounded values), and for larger k the Stirling series of
logfactorial.c evaluated in Python floats (math.log is glibc's log).

Run with NumPy 2.4.6 (glibc 2.36, an FMA/AVX2 x86-64 CPU, i.e. nprand's default libm variant):
    python3 nprand-core/src/test/python/generator_discrete_vectors.py
"""
import gzip
import hashlib
import io
import math
import os
from decimal import Decimal, getcontext

import numpy as np

assert np.__version__ == "2.4.6", np.__version__

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "nprand", "kernels",
                   "generator_discrete_vectors.txt.gz")

N = 5000
MASK64 = (1 << 64) - 1
BITGENS = {
    "PCG64": np.random.PCG64,
    "PCG64DXSM": np.random.PCG64DXSM,
    "MT19937": np.random.MT19937,
    "Philox": np.random.Philox,
    "SFC64": np.random.SFC64,
}


def canon(state):
    """The state dict flattened: sorted key paths, ints and array elements as unsigned hex."""
    parts = []

    def walk(prefix, v):
        if isinstance(v, dict):
            for k in sorted(v):
                walk(prefix + k + ".", v[k])
        elif isinstance(v, str):
            parts.append(prefix[:-1] + "=" + v)
        elif isinstance(v, np.ndarray):
            bits = v.dtype.itemsize * 8
            parts.append(prefix[:-1] + "=" + ",".join(format(int(x) & ((1 << bits) - 1), "x") for x in v.ravel()))
        else:
            parts.append(prefix[:-1] + "=" + format(int(v), "x"))

    walk("", state)
    return ";".join(parts)


def tok(p):
    if isinstance(p, (list, tuple)):
        return ",".join(tok(x) for x in p)
    if isinstance(p, bool):
        return "True" if p else "False"
    if isinstance(p, float):
        return repr(p)
    return str(p)


def hex_int(v):
    return format(int(v) & MASK64, "x")


def hex_double(v):
    return format(int(np.float64(v).view(np.uint64)), "x")


# ---------------------------------------------------------------------------------------------
# calls: kernel -> (function(gen, params, n) -> flat list of Python ints / np.float64 array, is_double)

def integers_call(g, p, n):
    dtype, low, high, endpoint = p
    out = g.integers(low, high, size=n, dtype=np.dtype(dtype), endpoint=endpoint)
    return [int(x) for x in out.ravel()]


def integers_array_call(g, p, n):
    dtype, lows, highs, endpoint = p
    out = g.integers(np.array(lows), np.array(highs), dtype=np.dtype(dtype), endpoint=endpoint)
    assert out.size == n
    return [int(x) for x in out.ravel()]


def integers_scalar_call(g, p, n):
    dtype, low, high, endpoint = p
    return [int(g.integers(low, high, dtype=np.dtype(dtype), endpoint=endpoint)) for _ in range(n)]


CALLS = {
    "hypergeometric": (lambda g, p, n: g.hypergeometric(p[0], p[1], p[2], size=n), False),
    "zipf": (lambda g, p, n: g.zipf(p[0], size=n), False),
    "logseries": (lambda g, p, n: g.logseries(p[0], size=n), False),
    "geometric": (lambda g, p, n: g.geometric(p[0], size=n), False),
    "negative_binomial": (lambda g, p, n: g.negative_binomial(p[0], p[1], size=n), False),
    "mvhg_count": (lambda g, p, n: g.multivariate_hypergeometric(p[0], p[1], size=n, method="count"), False),
    "mvhg_marginals": (lambda g, p, n: g.multivariate_hypergeometric(p[0], p[1], size=n,
                                                                     method="marginals"), False),
    "dirichlet": (lambda g, p, n: g.dirichlet(p[0], size=n), True),
    "multinomial": (lambda g, p, n: g.multinomial(p[0], p[1], size=n), False),
    "integers": (integers_call, False),
    "integers_scalar": (integers_scalar_call, False),
    "integers_array": (integers_array_call, False),
    "poisson": (lambda g, p, n: g.poisson(p[0], size=n), False),
    # the same call, checked in Java through the bulk fill (Poisson.fill: PTRS a block at a time)
    "poisson_fill": (lambda g, p, n: g.poisson(p[0], size=n), False),
    # the continuous pieces behind PendingGeneratorBase
    "standard_normal": (lambda g, p, n: g.standard_normal(size=n), True),
    "standard_exponential": (lambda g, p, n: g.standard_exponential(size=n), True),
    "standard_gamma": (lambda g, p, n: g.standard_gamma(p[0], size=n), True),
    # the same call, checked in Java through StandardGamma.fill
    "standard_gamma_fill": (lambda g, p, n: g.standard_gamma(p[0], size=n), True),
    # checked in Java through Chisquare.fill (the gamma's fill with scale 2)
    "chisquare_fill": (lambda g, p, n: g.chisquare(p[0], size=n), True),
    "beta": (lambda g, p, n: g.beta(p[0], p[1], size=n), True),
}


def cases():
    c = []

    def add(kernel, params, n=N, seeds=(12345,), bitgen="PCG64", digest=False):
        for s in seeds:
            c.append((kernel, params, n, s, bitgen, digest))

    # ---- hypergeometric: simple path (sample < 10 or > total - 10), HRUA, symmetries ----
    add("hypergeometric", [10, 20, 5])                  # simple, sample < 10
    add("hypergeometric", [20, 10, 9], seeds=(7,))      # simple, good > bad
    add("hypergeometric", [5, 3, 7])                    # simple, sample > total / 2
    add("hypergeometric", [15, 15, 21])                 # simple: sample > total - 10
    add("hypergeometric", [15, 15, 20])                 # HRUA at sample == total - 10
    add("hypergeometric", [30, 40, 10])                 # HRUA at sample == 10
    add("hypergeometric", [100, 200, 50], seeds=(12345, 99))
    add("hypergeometric", [200, 100, 50])               # HRUA, good > bad
    add("hypergeometric", [100, 200, 250])              # HRUA, sample > popsize / 2
    add("hypergeometric", [300, 100, 380])              # HRUA, both corrections
    add("hypergeometric", [0, 100, 50])                 # HRUA with no good items
    add("hypergeometric", [100, 0, 50])                 # HRUA with no bad items
    add("hypergeometric", [999999999, 999999999, 1000000])   # HRUA, Stirling logfactorial
    add("hypergeometric", [500000000, 1000, 5000])
    add("hypergeometric", [7, 999999990, 400000000])    # HRUA, tiny mingoodbad
    add("hypergeometric", [100000000, 100000000, 9])    # simple over a large total
    add("hypergeometric", [100000000, 3, 199999])       # HRUA, huge popsize, tiny mingoodbad
    add("hypergeometric", [0, 10, 5])
    add("hypergeometric", [10, 0, 5])
    add("hypergeometric", [10, 20, 0])
    add("hypergeometric", [10, 20, 30])                 # sample == total
    add("hypergeometric", [1, 1, 1])

    # ---- zipf: near 1, moderate, large a, the a >= 1025 guard ----
    for a in [1.0001, 1.01, 1.3, 2.0, 3.5, 10.0, 60.0, 1024.9]:
        add("zipf", [a])
    add("zipf", [1025.0], n=100)
    add("zipf", [1e300], n=100)

    # ---- logseries: p = 0, small, moderate, near 1 ----
    for p in [0.0, 1e-5, 0.1, 0.5, 0.9, 0.99, 0.999999, 1 - 1e-12, 0.9999999999999999]:
        add("logseries", [p])

    # ---- geometric: search (p >= 1/3) and inversion ----
    third = 0.333333333333333333333333
    for p in [1.0, 0.9, 0.5, third, float(np.nextafter(third, 0)), 0.2, 0.01, 1e-8, 1e-17, 1e-300]:
        add("geometric", [p])

    # ---- negative binomial (gamma shape < 1, == 1, > 1; Poisson mult and PTRS; p == 1) ----
    for n_, p in [(1.0, 0.5), (0.5, 0.3), (10.0, 0.2), (3.7, 0.9), (1000.0, 0.99), (0.01, 0.5),
                  (100.0, 0.1), (5.0, 1.0), (2.5, 1e-3)]:
        add("negative_binomial", [n_, p])

    # ---- multivariate hypergeometric ----
    for colors, nsample in [([5, 10, 15], 10), ([5, 10, 15], 25), ([0, 3, 0, 7], 5), ([0, 3, 0, 7], 8),
                            ([1000, 2000, 5000, 1], 100), ([1000, 2000, 5000, 1], 7000), ([3], 2),
                            ([10, 10], 20), ([10, 10], 0), ([4, 0, 0], 3), ([2, 2, 2, 2, 2, 2, 2, 2], 5)]:
        add("mvhg_count", [colors, nsample], n=1000)
        add("mvhg_marginals", [colors, nsample], n=1000)
    add("mvhg_marginals", [[100000000, 200000000, 3, 50000], 1000000], n=1000)   # HRUA inside
    add("mvhg_marginals", [[100000000, 200000000, 3, 50000], 299000000], n=1000)
    add("mvhg_count", [[20000, 30000, 1], 40000], n=50)

    # ---- dirichlet: gamma path, beta (stick-breaking) path, the 0.1 threshold, zeros ----
    for alpha in [[10.0, 5.0, 0.5], [1.0, 1.0, 1.0], [0.5], [0.05], [0.099, 0.05, 0.01],
                  [0.1, 0.01], [0.09999999999999999, 0.01], [1e-200, 1e-150],
                  [1e-5, 2e-5, 3e-5], [0.0, 0.05, 0.0], [0.0, 0.0, 0.0], [0.05, 0.0, 0.02],
                  [0.0, 1.0, 2.0], [1e-300, 0.05]]:
        add("dirichlet", [alpha], n=2000)

    # ---- multinomial (Generator.multinomial, 1-d pvals) ----
    for n_, pvals in [(100, [0.2, 0.3, 0.5]), (10, [0.1] * 10), (1000, [0.999, 0.001]),
                      (0, [0.5, 0.5]), (50, [0.0, 1.0]), (100000, [0.25, 0.25, 0.25, 0.25]),
                      (7, [1.0])]:
        add("multinomial", [n_, pvals], n=1000)

    # ---- integers: every dtype, endpoint False/True, ranges 0, 1, powers of two, full ----
    ranges = {
        "int8": [(5, 5), (0, 1), (0, 2), (0, 3), (0, 63), (0, 64), (-100, 26), (-128, 127), (-128, 126)],
        "uint8": [(200, 200), (0, 1), (0, 127), (0, 128), (3, 203), (0, 255), (1, 255)],
        "int16": [(0, 0), (-1, 0), (0, 255), (0, 256), (-300, 299), (-32768, 32767), (-32768, 32766),
                  (0, 16383)],
        "uint16": [(7, 7), (0, 1), (0, 4095), (0, 4096), (100, 60000), (0, 65535), (0, 65534)],
        "int32": [(0, 0), (0, 1), (0, 65535), (0, 65536), (-1000000, 999999),
                  (-2**31, 2**31 - 1), (-2**31, 2**31 - 2), (0, 2**30 - 1)],
        "uint32": [(9, 9), (0, 1), (0, 2**16), (0, 2**31 - 1), (0, 2**31), (5, 3000000000),
                   (0, 2**32 - 1), (0, 2**32 - 2)],
        "int64": [(0, 0), (0, 1), (0, 99), (0, 2**32 - 2), (0, 2**32 - 1), (0, 2**32),
                  (-7, 2**40 + 5), (0, 2**62 - 1), (0, 2**62), (-2**63, 2**63 - 1),
                  (-2**63, 2**63 - 2), (-2**63, 2**62)],
        "uint64": [(2**64 - 1, 2**64 - 1), (0, 1), (0, 2**33 - 1), (0, 2**63 - 1), (0, 2**63),
                   (0, 2**64 - 1), (0, 2**64 - 2), (3 * 2**40, 2**64 - 1)],
        "bool": [(0, 0), (1, 1), (0, 1)],
    }
    seed = 100
    for dtype, rs in ranges.items():
        for lo, hi in rs:
            seed += 1
            add("integers", [dtype, lo, hi, True], seeds=(seed,))
            seed += 1
            add("integers", [dtype, lo, hi + 1, False], seeds=(seed,))
    # size=None: one fill of one value per call, a fresh byte/half-word buffer every time
    for dtype, lo, hi in [("int8", -100, 26), ("uint8", 0, 255), ("int16", -300, 299),
                          ("uint16", 0, 65535), ("bool", 0, 1), ("uint32", 0, 999), ("int64", 0, 2**40)]:
        add("integers_scalar", [dtype, lo, hi, True], n=300)
        add("integers_scalar", [dtype, lo, hi + 1, False], n=300, seeds=(54321,))

    # array bounds (the broadcast path): one value per element through random_bounded_uint64 /
    # random_buffered_bounded_*, the 8/16-bit/bool buffer shared by the whole call
    import random
    rnd = random.Random(2024)
    for dtype, lo_min, hi_max in [("int8", -128, 127), ("uint8", 0, 255), ("int16", -32768, 32767),
                                  ("uint16", 0, 65535), ("int32", -2**31, 2**31 - 1), ("uint32", 0, 2**32 - 1),
                                  ("int64", -2**63, 2**63 - 1), ("bool", 0, 1)]:
        for endpoint in (True, False):
            lows, highs = [], []
            for _ in range(1000):
                span = rnd.choice([0, 1, 2, 3, 7, 8, 100, 255, 256, 65535, 65536, 2**31, 2**32 - 1, 2**32,
                                   2**40, 2**62, 2**63, 2**64 - 1])
                span = min(span, hi_max - lo_min)
                lo = rnd.randint(lo_min, hi_max - span)
                lows.append(lo)
                highs.append(lo + span + (0 if endpoint else 1))
            if dtype == "int64" and not endpoint:
                # keep the exclusive high an int64 (np.array of Python ints)
                highs = [min(h, 2**63 - 1) for h in highs]
                lows = [min(l, h - 1) for l, h in zip(lows, highs)]
            add("integers_array", [dtype, lows, highs, endpoint], n=1000, seeds=(777 if endpoint else 778,))

    # ---- Poisson (shared kernel, the Generator's negative binomial relies on it) ----
    add("poisson", [3.0], n=1000)
    add("poisson", [250.5], n=1000)
    add("poisson_fill", [50.0], n=20000)
    add("poisson_fill", [3.0], n=5000, seeds=(5,), bitgen="MT19937")
    add("poisson_fill", [10.0], n=5000, seeds=(6,), bitgen="Philox")
    add("poisson_fill", [12.5], n=3000, seeds=(7,), bitgen="SFC64")
    add("poisson_fill", [1e6], n=3000, seeds=(8,), bitgen="PCG64DXSM")
    # the means whose fills count runs of products (Poisson.multRuns): block ends, long values
    add("poisson_fill", [1.0], n=2000, seeds=(9,))
    add("poisson_fill", [3.0], n=513, seeds=(10,))
    add("poisson_fill", [3.0], n=20000, seeds=(11,))
    add("poisson_fill", [4.0], n=5000, seeds=(12,), bitgen="SFC64")
    add("poisson_fill", [2.25], n=3000, seeds=(13,), bitgen="MT19937")
    add("poisson_fill", [4.0], n=7, seeds=(14,))
    # two walks over each block (PoissonProductRuns): the means at its ends, many blocks, long digests
    add("poisson_fill", [0.4], n=3000, seeds=(15,))
    add("poisson_fill", [4.5], n=5000, seeds=(16,), bitgen="SFC64")
    add("poisson_fill", [0.5], n=2000, seeds=(17,), bitgen="MT19937")
    add("poisson_fill", [3.0], n=1000000, seeds=(18,), digest=True)
    add("poisson_fill", [1.5], n=300000, seeds=(19,), bitgen="Philox", digest=True)
    add("poisson_fill", [4.5], n=300000, seeds=(20,), bitgen="PCG64DXSM", digest=True)

    # ---- the continuous pieces (PendingGeneratorBase): short value runs and long digests ----
    add("standard_normal", [], n=1000)
    add("standard_exponential", [], n=1000)
    add("standard_gamma", [0.3], n=1000)
    add("standard_gamma", [4.5], n=1000)
    add("beta", [0.5, 0.7], n=1000)
    add("standard_normal", [], n=2000000, digest=True)
    add("standard_exponential", [], n=2000000, digest=True)
    add("standard_gamma", [0.3], n=300000, digest=True)
    add("standard_gamma", [1.0], n=100000, digest=True)
    add("standard_gamma", [4.5], n=300000, digest=True)
    add("standard_gamma", [1e-3], n=100000, digest=True)
    add("beta", [0.5, 0.7], n=300000, digest=True)
    add("beta", [1e-5, 3e-5], n=100000, digest=True)
    add("beta", [2.0, 0.3], n=100000, digest=True)
    # Generator gamma fills below shape 1 (a block of attempts at a time), and chi-square's
    add("standard_gamma_fill", [0.5], n=5000, seeds=(21,))
    add("standard_gamma_fill", [0.999], n=513, seeds=(22,), bitgen="MT19937")
    add("standard_gamma_fill", [0.1], n=1025, seeds=(23,), bitgen="Philox")
    add("standard_gamma_fill", [0.5], n=300000, seeds=(24,), digest=True)
    add("standard_gamma_fill", [0.3], n=100000, seeds=(25,), bitgen="SFC64", digest=True)
    add("standard_gamma_fill", [0.8], n=2049, seeds=(26,), bitgen="PCG64DXSM")
    add("chisquare_fill", [1.0], n=3000, seeds=(27,))
    add("chisquare_fill", [1.0], n=300000, seeds=(28,), digest=True)
    add("chisquare_fill", [0.4], n=1000, seeds=(29,), bitgen="MT19937")
    add("chisquare_fill", [3.0], n=1000, seeds=(30,), bitgen="SFC64")
    add("beta", [1e-200, 2e-200], n=100000, digest=True)

    # ---- other bit generators ----
    add("hypergeometric", [100, 200, 50], bitgen="MT19937", seeds=(5,))
    add("hypergeometric", [10, 20, 5], bitgen="MT19937", seeds=(5,))
    add("integers", ["uint8", 0, 200, True], bitgen="MT19937", seeds=(5,))
    add("integers", ["int64", 0, 2**40, False], bitgen="MT19937", seeds=(5,))
    add("dirichlet", [[0.05, 0.02]], n=1000, bitgen="MT19937", seeds=(5,))
    add("integers", ["int16", -300, 299, True], bitgen="Philox", seeds=(6,))
    add("integers", ["uint32", 0, 12345, True], bitgen="Philox", seeds=(6,))
    add("zipf", [1.5], bitgen="Philox", seeds=(6,))
    add("mvhg_count", [[5, 10, 15], 10], n=1000, bitgen="Philox", seeds=(6,))
    add("dirichlet", [[2.0, 0.3, 7.0]], n=1000, bitgen="SFC64", seeds=(7,))
    add("negative_binomial", [3.7, 0.4], bitgen="SFC64", seeds=(7,))
    add("integers", ["bool", 0, 1, True], bitgen="SFC64", seeds=(7,))
    add("mvhg_marginals", [[1000, 2000, 5000, 1], 100], n=1000, bitgen="SFC64", seeds=(7,))
    add("geometric", [0.01], bitgen="PCG64DXSM", seeds=(8,))
    add("logseries", [0.9], bitgen="PCG64DXSM", seeds=(8,))
    add("mvhg_count", [[0, 3, 0, 7], 5], n=1000, bitgen="PCG64DXSM", seeds=(8,))
    add("integers", ["uint64", 0, 2**63, True], bitgen="PCG64DXSM", seeds=(8,))
    return c


LOGFACT_KS = list(range(0, 126)) + [126, 127, 128, 150, 200, 1000, 12345, 10**6, 999999999,
                                    2 * 10**9, 10**12, 2**53]


def logfact_exact(k):
    getcontext().prec = 60
    f = math.factorial(k)
    return 0.0 if f == 1 else float(Decimal(f).ln())


def logfact_stirling(k):
    halfln2pi = 0.9189385332046728
    dk = float(k)
    return (dk + 0.5) * math.log(dk) - dk + (halfln2pi + (1.0 / dk) * (1 / 12.0 - 1 / (360.0 * dk * dk)))


def main():
    buf = io.StringIO()
    names = set()
    total_values = 0
    # logfactorial (no bit generator)
    vals = [logfact_exact(k) if k <= 125 else logfact_stirling(k) for k in LOGFACT_KS]
    buf.write("case logfactorial\nkernel logfactorial\nbitgen none\nseed 0\n")
    buf.write("params " + " ".join(str(k) for k in LOGFACT_KS) + "\n")
    buf.write(f"n {len(vals)}\nvalues " + " ".join(hex_double(v) for v in vals) + "\nstate -\nend\n")
    for kernel, params, n, seed, bitgen, digest in cases():
        shown = [tok(p) if not isinstance(p, list) or len(p) <= 20 else f"[{len(p)} values]" for p in params]
        name = f"{kernel}({', '.join(shown)}) n={n} {bitgen}({seed})" + (" sha" if digest else "")
        assert name not in names, name
        names.add(name)
        g = np.random.Generator(BITGENS[bitgen](seed))
        fn, is_double = CALLS[kernel]
        out = fn(g, params, n)
        buf.write(f"case {name}\nkernel {kernel}\nbitgen {bitgen}\nseed {seed}\n")
        buf.write("params " + " ".join(tok(p) for p in params) + "\n")
        buf.write(f"n {n}\n")
        if digest:
            arr = np.ascontiguousarray(np.asarray(out, dtype=np.float64 if is_double else np.int64))
            buf.write("sha256 " + hashlib.sha256(arr.astype("<f8" if is_double else "<i8").tobytes()).hexdigest() + "\n")
        else:
            if is_double:
                hx = [hex_double(v) for v in np.asarray(out, dtype=np.float64).ravel()]
            elif isinstance(out, list):     # Python ints (integers): no detour through a float array
                hx = [hex_int(v) for v in out]
            else:
                hx = [hex_int(v) for v in np.asarray(out, dtype=np.int64).ravel()]
            total_values += len(hx)
            for i in range(0, len(hx), 100):
                buf.write("values " + " ".join(hx[i:i + 100]) + "\n")
            if not hx:
                buf.write("values\n")
        buf.write("state " + canon(g.bit_generator.state) + "\n")
        buf.write("end\n")
    data = buf.getvalue().encode("ascii")
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(data)
    print(f"{len(names) + 1} cases, {total_values} values, {len(data)} bytes, gz {os.path.getsize(OUT)} bytes -> {OUT}")


if __name__ == "__main__":
    main()
