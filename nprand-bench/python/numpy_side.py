#!/usr/bin/env python3
"""NumPy's side of RandomStateDistributionsBench and StreamsBench: the same calls, timed in CPU time.

Each op runs a statement `number` times per repetition under timeit (garbage collector off, no
wrapper call) with time.thread_time_ns as the clock (CPU time of this thread, so time spent
descheduled is not counted), and reports the median over the repetitions in ns per value drawn
(per call for the scalar ops, which include the interpreter's call overhead: that is what a
Python caller pays; per call also for the seeding and jump rows). Op names are the JMH benchmark
names of org.nprand.bench.RandomStateDistributionsBench and org.nprand.bench.StreamsBench.

RandomState has no out= argument, so its *Fill ops are not measured here; they are listed with
the allocating bulk call's time and the note "bulk". Generator's fill rows use its out=.

Usage: python3 numpy_side.py [--repeat R] [--quick] [REGEX]
"""

import argparse
import random
import re
import statistics
import sys
import time
import timeit

import numpy as np

N = 100_000
SIZE = (100, 1000)
LIST_N = 1_000_000
SEED_LEN = 1_000_000

SETUP_GLOBALS = {
    "np": np,
    "N": N,
    "SIZE": SIZE,
    "loc_arr": np.linspace(-1.0, 1.0, 1000),
    "low_arr": np.linspace(0.0, 1.0, 1000),
    "shape05": np.full(1000, 0.5),
    "shape1": np.full(1000, 1.0),
    "shape35": np.full(1000, 3.5),
    "lam3": np.full(1000, 3.0),
    "lam50": np.full(1000, 50.0),
    "p03": np.full(1000, 0.3),
    "p04": np.full(1000, 0.4),
    "a05": np.full(1000, 0.5),
    "a2": np.full(1000, 2.0),
    "high100": np.full(1000, 100, dtype=np.int64),
    "out": np.empty(N),
    "shuffled": np.arange(N, dtype=np.float64),
    "lst": list(range(LIST_N)),
    "str_seed": "".join(chr(97 + i % 26) for i in range(SEED_LEN)),
    "int_seed": (2 ** (8 * SEED_LEN) - 1) // 3,
}

# (op, statement, values per statement, kind); kind: scalar, bulk, fill (= bulk, see above), broadcast
def ops():
    rows = []

    def family(prefix, scalar, bulk, broadcast, fill=True):
        rows.append((prefix + "Scalar", scalar, 1, "scalar"))
        rows.append((prefix + "Bulk", bulk, N, "bulk"))
        if fill:
            rows.append((prefix + "Fill", bulk, N, "fill"))
        if broadcast is not None:
            rows.append((prefix + "Broadcast", broadcast, N, "broadcast"))

    family("normal", "rs.normal(0.0, 1.0)", "rs.normal(0.0, 1.0, N)", "rs.normal(loc_arr, 1.0, SIZE)")
    rows.append(("npRandomNormalScalar", "np.random.normal(0.0, 1.0)", 1, "scalar"))
    family("gamma05", "rs.gamma(0.5, 1.0)", "rs.gamma(0.5, 1.0, N)", "rs.gamma(shape05, 1.0, SIZE)")
    family("gamma1", "rs.gamma(1.0, 1.0)", "rs.gamma(1.0, 1.0, N)", "rs.gamma(shape1, 1.0, SIZE)")
    family("gamma35", "rs.gamma(3.5, 1.0)", "rs.gamma(3.5, 1.0, N)", "rs.gamma(shape35, 1.0, SIZE)")
    family("poisson3", "rs.poisson(3.0)", "rs.poisson(3.0, N)", "rs.poisson(lam3, SIZE)", fill=False)
    family("poisson50", "rs.poisson(50.0)", "rs.poisson(50.0, N)", "rs.poisson(lam50, SIZE)", fill=False)
    family("binomialInv", "rs.binomial(20, 0.3)", "rs.binomial(20, 0.3, N)", "rs.binomial(20, p03, SIZE)",
           fill=False)
    family("binomialBtpe", "rs.binomial(1000, 0.4)", "rs.binomial(1000, 0.4, N)", "rs.binomial(1000, p04, SIZE)",
           fill=False)
    family("standardNormal", "rs.standard_normal()", "rs.standard_normal(N)", None)
    family("betaHalf", "rs.beta(0.5, 0.5)", "rs.beta(0.5, 0.5, N)", "rs.beta(a05, 0.5, SIZE)")
    family("beta23", "rs.beta(2.0, 3.0)", "rs.beta(2.0, 3.0, N)", "rs.beta(a2, 3.0, SIZE)")
    family("uniform", "rs.uniform(0.0, 1.0)", "rs.uniform(0.0, 1.0, N)", "rs.uniform(low_arr, 2.0, SIZE)")
    rows.append(("randomSampleBulk", "rs.random_sample(N)", N, "bulk"))
    family("standardExponential", "rs.standard_exponential()", "rs.standard_exponential(N)", None)
    family("randint", "rs.randint(1, 100)", "rs.randint(1, 100, N)", "rs.randint(1, high100, SIZE)",
           fill=False)

    # StreamsBench
    for name, bg in (("mt19937", "mt"), ("pcg64", "pcg64"), ("pcg64dxsm", "pcg64dxsm"), ("philox", "philox"),
                     ("sfc64", "sfc64")):
        rows.append((name + "RawBulk", bg + ".random_raw(N)", N, "bulk"))
    rows.append(("randomSampleFill", "rs.random_sample(N)", N, "fill"))
    rows.append(("generatorRandomBulk", "rng.random(N)", N, "bulk"))
    rows.append(("generatorRandomFill", "rng.random(out=out)", N, "bulk"))
    rows.append(("mt19937RandomFill", "mt_rng.random(out=out)", N, "bulk"))
    rows.append(("randint64Bulk", "rs.randint(0, 2**62, N)", N, "bulk"))
    for dt in ("int32", "int16", "uint8"):
        rows.append(("randint" + dt.capitalize() + "Bulk", f"rs.randint(1, 100, N, dtype=np.{dt})", N, "bulk"))
    rows.append(("randintBoolBulk", "rs.randint(0, 2, N, dtype=np.bool_)", N, "bulk"))
    rows.append(("integersBulk", "rng.integers(0, 100, N)", N, "bulk"))
    rows.append(("integers64Bulk", "rng.integers(0, 2**62, N)", N, "bulk"))
    rows.append(("integersInt32Bulk", "rng.integers(0, 100, N, dtype=np.int32)", N, "bulk"))
    rows.append(("integersUint8Bulk", "rng.integers(0, 100, N, dtype=np.uint8)", N, "bulk"))
    rows.append(("bytesBulk", "rs.bytes(4 * N)", 4 * N, "bulk"))
    rows.append(("permutationBulk", "rs.permutation(N)", N, "bulk"))
    rows.append(("shuffleBulk", "rs.shuffle(shuffled)", N, "bulk"))
    rows.append(("generatorPermutationBulk", "rng.permutation(N)", N, "bulk"))
    rows.append(("generatorShuffleBulk", "rng.shuffle(shuffled)", N, "bulk"))
    rows.append(("shuffleListBulk", "rs.shuffle(lst)", LIST_N, "bulk", 1))
    rows.append(("mt19937Jumped", "mt.jumped()", 1, "call", 20))
    rows.append(("pySeedStr", "py.seed(str_seed)", 1, "call", 5))
    rows.append(("pySeedInt", "py.seed(int_seed)", 1, "call", 5))
    rows.append(("pyShuffleListBulk", "py.shuffle(lst)", LIST_N, "bulk", 1))
    rows.append(("pyRandomScalar", "py.random()", 1, "scalar"))
    rows.append(("pyRandintScalar", "py.randint(1, 100)", 1, "scalar"))
    rows.append(("pyGaussScalar", "py.gauss()", 1, "scalar"))
    rows.append(("randScalar", "rs.rand()", 1, "scalar"))
    rows.append(("randint64Scalar", "rs.randint(0, 2**62)", 1, "scalar"))
    rows.append(("npRandomRandintScalar", "np.random.randint(1, 100)", 1, "scalar"))
    rows.append(("generatorRandomScalar", "rng.random()", 1, "scalar"))
    rows.append(("integersScalar", "rng.integers(0, 10)", 1, "scalar"))
    rows.append(("generatorStandardNormalScalar", "rng.standard_normal()", 1, "scalar"))
    return rows


def measure(stmt, per_stmt, repeat, quick, number=None):
    """Median CPU ns per value of `stmt` over `repeat` repetitions (after one untimed warm-up)."""
    g = dict(SETUP_GLOBALS)
    g["rs"] = np.random.RandomState(12345)
    g["rng"] = np.random.default_rng(12345)
    g["mt_rng"] = np.random.Generator(np.random.MT19937(12345))
    g["mt"] = np.random.MT19937(12345)
    g["pcg64"] = np.random.PCG64(12345)
    g["pcg64dxsm"] = np.random.PCG64DXSM(12345)
    g["philox"] = np.random.Philox(12345)
    g["sfc64"] = np.random.SFC64(12345)
    g["py"] = random.Random(12345)
    # ~20 ms of work per repetition: 20,000 scalar calls or 5 bulk calls of 100,000 values
    # (heavier ops give their own count, and run at most 7 repetitions).
    if number is None:
        number = 20_000 if per_stmt == 1 else 5
    else:
        repeat = min(repeat, 7)
    if quick:
        number = max(1, number // 10)
    t = timeit.Timer(stmt, timer=time.thread_time_ns, globals=g)
    t.timeit(number)
    totals = t.repeat(repeat=repeat, number=number)
    return statistics.median(totals) / (number * per_stmt), min(totals) / (number * per_stmt)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=11, help="repetitions per op (median reported)")
    ap.add_argument("--quick", action="store_true", help="a tenth of the work per repetition")
    ap.add_argument("regex", nargs="?", default="", help="only ops whose name matches (re.search)")
    args = ap.parse_args()

    print(f"# NumPy {np.__version__}, Python {sys.version.split()[0]}, RandomState(12345) (MT19937), "
          f"default_rng(12345) (PCG64), random.Random(12345)")
    print(f"# CPU time (time.thread_time_ns), median of {args.repeat} repetitions, ns per value")
    print(f"{'op':<28} {'ns/value':>10} {'min':>10}  note")
    bulk = {}
    for op, stmt, per, kind, *number in ops():
        if not re.search(args.regex, op):
            continue
        number = number[0] if number else None
        if kind == "fill":
            # RandomState has no out=: the bulk call's figure stands in.
            med, lo = bulk.get(stmt) or measure(stmt, per, args.repeat, args.quick, number)
            note = "bulk (RandomState has no out=)"
        else:
            med, lo = measure(stmt, per, args.repeat, args.quick, number)
            bulk[stmt] = (med, lo)
            note = stmt
        print(f"{op:<28} {med:>10.2f} {lo:>10.2f}  {note}", flush=True)


if __name__ == "__main__":
    main()
