#!/usr/bin/env python3
"""nprand against NumPy, Numba and CPython, side by side: the list of operations, the reference side's
timings and the report. Driven by nprand-bench/compare.sh; each sub-command also runs alone.

  side_by_side.py ids --kind bulk|call --tier target|other [--regex R]
      the Java ids to pass to JMH (-p op=...), comma-separated
  side_by_side.py measure --engine numpy|numba|cpython --n N [--quick] [--regex R] > ref.jsonl
      the reference side: NumPy (and its per-call times) in this interpreter, Numba's jitted scalar
      calls (an interpreter with numba), CPython's random.Random (run it with CPython 3.13)
  side_by_side.py report --ref ref.jsonl... --jmh LABEL=a.json[,b.json...]... --n N [--markdown F]
      the table: per row, nprand's and the reference's CPU ns per value, the ratio, the target, the verdict

Every row is one operation, the same call on both sides with the same seeds (RandomState(12345),
default_rng(12345), X(12345) for each bit generator, random.Random(12345)) and sizes (n values per
bulk call; lists of 10**6 elements; n/2 values for choice without replacement; n//3 rows of 3
for dirichlet, multinomial and multivariate_normal).

Timing, both sides in CPU time of the calling thread (descheduled time does not count, so a shared
machine still gives stable ratios), median over repetitions:
  * nprand: JMH, org.nprand.bench.sbs.SideBySideBulk (one bulk call per shot) and SideBySideCall
    (ns per call; the "in a hold" rows: a loop of HELD_CALLS calls inside one hold of the instance's lock,
    per call), CPU time from org.nprand.bench.CpuTimeProfiler (cpu.thread = the JMH worker
    thread; cpu.process, with GC and JIT threads, is shown beside it), median over the measured
    iterations of a fork;
  * NumPy / CPython: timeit with time.thread_time_ns, garbage collector off, one untimed call
    first; scalar calls through the interpreter, as a Python caller pays them;
  * Numba: the same scalar call inside an @njit loop of 10**6 calls, per call.
compare.sh measures in rounds (one JMH fork per JDK and one reference run each, close together in
time): a row's ratio is the median over rounds of that round's nprand / reference, and the ns shown
are the medians over rounds.
"""

import argparse
import json
import re
import statistics
import sys
import time

LIST_N = 1_000_000
HELD_CALLS = 1000  # CallOps.HELD_CALLS
SEED_LEN = 1_000_000

# target classes: (description, reference engine, ratio nprand / reference that meets the target)
CLASSES = {
    "gen": ("generator-bound (rand/random, random_raw, bytes)", 0.8),
    "int": ("bounded integers (randint/integers, every dtype)", 0.6),
    "int+gs": ("bounded integers, Generator (also a Generator sampler target)", 0.5),
    "shuffle": ("shuffles (shuffle, permutation, choice w/o replacement, permuted)", 0.5),
    "legacy": ("libm-bound legacy samplers (standard_exponential, triangular, Gaussian)", 0.8),
    "gsampler": ("Generator samplers (standard_normal, normal, standard_exponential, gamma, "
                 "poisson, binomial)", 0.5),
    "scalar": ("scalar calls, against Numba's jitted per-call time", 1.0),
    "module": ("module functions (NpRandom, through their lock), against Numba", 2.0),
    "py-random": ("CPython random()", 0.1),
    "py-randint": ("CPython randint()", 0.02),
    "py-shuffle": ("CPython shuffle()", 0.1),
    "py-gauss": ("CPython gauss()", 0.1),
    "other": ("no target: the other methods, for the record", None),
}


class Row:
    """One line of the table. java: the JMH op id (SideBySideBulk for kind bulk, SideBySideCall for
    call); values: values per call ("n", "4n", "n/2", "n3" = 3*(n//3), "L" = LIST_N, "1", "H" =
    HELD_CALLS, the scalar calls one hold covers); engine/stmt: the reference statement; number:
    calls per repetition for call rows; star: the reference is the allocating call (NumPy has no
    out= for it)."""

    def __init__(self, row, label, group, cls, kind, values, engine, stmt, java=None, number=None,
                 star=False):
        self.row, self.label, self.group, self.cls, self.kind = row, label, group, cls, kind
        self.values, self.engine, self.stmt = values, engine, stmt
        self.java = java or row
        self.number, self.star = number, star

    def count(self, n):
        return {"n": n, "4n": 4 * n, "n/2": n // 2, "n3": 3 * (n // 3), "L": LIST_N, "1": 1,
                "H": HELD_CALLS}[self.values]

    def ref_count(self, n):
        """Values per reference statement: a held row's reference is the one call, timed alone."""
        return 1 if self.values == "H" else self.count(n)

    @property
    def tier(self):
        return "other" if self.cls == "other" else "target"


def rows():
    R = []

    def bulk(row, label, group, cls, stmt, values="n", engine="numpy", star=False, java=None):
        R.append(Row(row, label, group, cls, "bulk", values, engine, stmt, java=java, star=star))

    def call(row, label, group, cls, stmt, engine="numpy", java=None, number=None):
        R.append(Row(row, label, group, cls, "call", "1", engine, stmt, java=java, number=number))

    g = "generator-bound"
    bulk("rsRand", "rs.rand(n)", g, "gen", "rs.rand(N)")
    bulk("rsRandomSampleFill", "rs.random_sample(out)", g, "gen", "rs.random_sample(N)", star=True)
    bulk("rngRandom", "rng.random(n)", g, "gen", "rng.random(N)")
    bulk("rngRandomFill", "rng.random(out=)", g, "gen", "rng.random(out=out)")
    for bg, name in (("mt19937", "MT19937"), ("pcg64", "PCG64"), ("pcg64dxsm", "PCG64DXSM"),
                     ("philox", "Philox"), ("sfc64", "SFC64")):
        bulk(bg + "Raw", f"{name}.random_raw(n)", g, "gen", f"{bg}.random_raw(N)")
        bulk(bg + "RawFill", f"{name} raw fill (fill{'UInt32' if bg == 'mt19937' else 'UInt64'})", g, "gen",
             f"{bg}.random_raw(N)", star=True)
        if bg != "pcg64":
            bulk(bg + "RandomFill", f"Generator({name}).random(out=)", g, "gen", f"gen_{bg}.random(out=out)")
    bulk("rsBytes", "rs.bytes(4n), per byte", g, "gen", "rs.bytes(4 * N)", values="4n")
    bulk("rngBytes", "rng.bytes(4n), per byte", g, "gen", "rng.bytes(4 * N)", values="4n")

    g = "bounded integers"
    # A narrow dtype's allocating call allocates an array of its width, as NumPy's does: the typed
    # form into a new array (rs.randint(1, 100, DType.INT8, new byte[n])); the dtype-generic form,
    # whose results come as long[] (8 bytes each), is an "other" row ("as long[]").
    narrow = {"int8": "byte", "int16": "short", "int32": "int", "uint8": "byte", "uint16": "short",
              "uint32": "int", "bool": "boolean"}
    bulk("rsRandint", "rs.randint(1, 100, n)", g, "int", "rs.randint(1, 100, N)")
    for dt in ("int8", "int16", "int32", "uint8", "uint16", "uint32", "uint64"):
        jt = f": new {narrow[dt]}[n]" if dt in narrow else ""
        bulk("rsRandint" + dt.capitalize(), f"rs.randint(1, 100, n, {dt}){jt}", g, "int",
             f"rs.randint(1, 100, N, dtype=np.{dt})")
    bulk("rsRandintBool", "rs.randint(0, 2, n, bool): new boolean[n]", g, "int",
         "rs.randint(0, 2, N, dtype=np.bool_)")
    bulk("rsRandint64", "rs.randint(0, 2**62, n)", g, "int", "rs.randint(0, 2**62, N)")
    bulk("rsRandintUint64Wide", "rs.randint(0, 3*2**62, n, uint64)", g, "int",
         "rs.randint(0, 3 * 2**62, N, dtype=np.uint64)")
    bulk("rngIntegers", "rng.integers(0, 100, n)", g, "int+gs", "rng.integers(0, 100, N)")
    for dt in ("int8", "int16", "int32", "uint8", "uint16", "uint32", "uint64"):
        jt = f": new {narrow[dt]}[n]" if dt in narrow else ""
        bulk("rngIntegers" + dt.capitalize(), f"rng.integers(0, 100, n, {dt}){jt}", g, "int+gs",
             f"rng.integers(0, 100, N, dtype=np.{dt})")
    bulk("rngIntegersBool", "rng.integers(0, 2, n, bool): new boolean[n]", g, "int+gs",
         "rng.integers(0, 2, N, dtype=np.bool_)")
    for dt in ("int8", "int16", "int32", "uint8", "uint16", "uint32", "bool"):
        lo, hi = ("0", "2") if dt == "bool" else ("1", "100")
        np_dt = "np.bool_" if dt == "bool" else f"np.{dt}"
        bulk("rsRandint" + dt.capitalize() + "Longs", f"rs.randint({lo}, {hi}, n, {dt}) as long[]", g, "other",
             f"rs.randint({lo}, {hi}, N, dtype={np_dt})")
        lo = "0"
        bulk("rngIntegers" + dt.capitalize() + "Longs", f"rng.integers({lo}, {hi}, n, {dt}) as long[]", g, "other",
             f"rng.integers({lo}, {hi}, N, dtype={np_dt})")
    bulk("rngIntegers64", "rng.integers(0, 2**62, n)", g, "int+gs", "rng.integers(0, 2**62, N)")
    bulk("rngIntegersUint64Wide", "rng.integers(0, 3*2**62, n, uint64)", g, "int+gs",
         "rng.integers(0, 3 * 2**62, N, dtype=np.uint64)")
    # the typed fill forms (one array of the dtype's width, allocated once); NumPy's integers and
    # randint have no out=, so the reference is the allocating call
    for dt in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"):
        bulk("rsRandint" + dt.capitalize() + "Fill", f"rs.randint(1, 100, {dt}, out)", g, "int",
             f"rs.randint(1, 100, N, dtype=np.{dt})", star=True)
    bulk("rsRandintBoolFill", "rs.randint(0, 2, bool, out)", g, "int", "rs.randint(0, 2, N, dtype=np.bool_)",
         star=True)
    for dt in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"):
        bulk("rngIntegers" + dt.capitalize() + "Fill", f"rng.integers(0, 100, {dt}, out)", g, "int+gs",
             f"rng.integers(0, 100, N, dtype=np.{dt})", star=True)
    bulk("rngIntegersBoolFill", "rng.integers(0, 2, bool, out)", g, "int+gs",
         "rng.integers(0, 2, N, dtype=np.bool_)", star=True)
    bulk("rsRandomIntegers", "rs.random_integers(1, 100, n)", g, "other", "rs.random_integers(1, 100, N)")
    bulk("rsTomaxint", "rs.tomaxint(n)", g, "other", "rs.tomaxint(N)")

    g = "shuffles"
    bulk("rsShuffle", "rs.shuffle(float64[n])", g, "shuffle", "rs.shuffle(x)")
    bulk("rsPermutation", "rs.permutation(n)", g, "shuffle", "rs.permutation(N)")
    bulk("rsChoiceNoReplace", "rs.choice(n, n/2, replace=False)", g, "shuffle",
         "rs.choice(N, N // 2, replace=False)", values="n/2")
    bulk("rsShuffleList", "rs.shuffle(list of 10**6)", g, "shuffle", "rs.shuffle(lst)", values="L")
    bulk("rngShuffle", "rng.shuffle(float64[n])", g, "shuffle", "rng.shuffle(x)")
    bulk("rngPermutation", "rng.permutation(n)", g, "shuffle", "rng.permutation(N)")
    bulk("rngChoiceNoReplace", "rng.choice(n, n/2, replace=False)", g, "shuffle",
         "rng.choice(N, N // 2, replace=False)", values="n/2")
    bulk("rngPermuted", "rng.permuted(float64[n])", g, "shuffle", "rng.permuted(x)")
    bulk("rngShuffleList", "rng.shuffle(list of 10**6)", g, "shuffle", "rng.shuffle(lst)", values="L")

    g = "RandomState samplers"
    for row, label, stmt in (
            ("rsStandardExponential", "rs.standard_exponential(n)", "rs.standard_exponential(N)"),
            ("rsTriangular", "rs.triangular(0, .5, 1, n)", "rs.triangular(0.0, 0.5, 1.0, N)"),
            ("rsStandardNormal", "rs.standard_normal(n)", "rs.standard_normal(N)"),
            ("rsNormal", "rs.normal(0, 1, n)", "rs.normal(0.0, 1.0, N)")):
        bulk(row, label, g, "legacy", stmt)
        bulk(row + "Fill", label.replace("n)", "out)"), g, "legacy", stmt, star=True)
    bulk("rsRandn", "rs.randn(n)", g, "legacy", "rs.randn(N)")
    others = (
        ("Beta", "beta(2, 3, n)", "beta(2.0, 3.0, N)"),
        ("Binomial", "binomial(20, .3, n)", "binomial(20, 0.3, N)"),
        ("BinomialBtpe", "binomial(1000, .4, n)", "binomial(1000, 0.4, N)"),
        ("Chisquare", "chisquare(3, n)", "chisquare(3.0, N)"),
        ("Dirichlet", "dirichlet([1, 2, 3], n//3)", "dirichlet([1.0, 2.0, 3.0], N // 3)"),
        ("Exponential", "exponential(2, n)", "exponential(2.0, N)"),
        ("F", "f(3, 5, n)", "f(3.0, 5.0, N)"),
        ("Gamma", "gamma(3.5, 1, n)", "gamma(3.5, 1.0, N)"),
        ("GammaSmall", "gamma(0.5, 1, n)", "gamma(0.5, 1.0, N)"),
        ("Geometric", "geometric(.2, n)", "geometric(0.2, N)"),
        ("Gumbel", "gumbel(0, 1, n)", "gumbel(0.0, 1.0, N)"),
        ("Hypergeometric", "hypergeometric(10, 20, 15, n)", "hypergeometric(10, 20, 15, N)"),
        ("Laplace", "laplace(0, 1, n)", "laplace(0.0, 1.0, N)"),
        ("Logistic", "logistic(0, 1, n)", "logistic(0.0, 1.0, N)"),
        ("Lognormal", "lognormal(0, 1, n)", "lognormal(0.0, 1.0, N)"),
        ("Logseries", "logseries(.9, n)", "logseries(0.9, N)"),
        ("Multinomial", "multinomial(20, [.2, .3, .5], n//3)", "multinomial(20, [0.2, 0.3, 0.5], N // 3)"),
        ("MultivariateNormal", "multivariate_normal(3-d, n//3)", "multivariate_normal(mean3, cov3, N // 3)"),
        ("NegativeBinomial", "negative_binomial(5, .5, n)", "negative_binomial(5.0, 0.5, N)"),
        ("NoncentralChisquare", "noncentral_chisquare(3, 2, n)", "noncentral_chisquare(3.0, 2.0, N)"),
        ("NoncentralF", "noncentral_f(3, 5, 2, n)", "noncentral_f(3.0, 5.0, 2.0, N)"),
        ("Pareto", "pareto(3, n)", "pareto(3.0, N)"),
        ("Poisson", "poisson(3, n)", "poisson(3.0, N)"),
        ("PoissonLarge", "poisson(50, n)", "poisson(50.0, N)"),
        ("Power", "power(2, n)", "power(2.0, N)"),
        ("Rayleigh", "rayleigh(1, n)", "rayleigh(1.0, N)"),
        ("StandardCauchy", "standard_cauchy(n)", "standard_cauchy(N)"),
        ("StandardGamma", "standard_gamma(2.5, n)", "standard_gamma(2.5, N)"),
        ("StandardT", "standard_t(5, n)", "standard_t(5.0, N)"),
        ("Triangular", "triangular(0, .5, 1, n)", "triangular(0.0, 0.5, 1.0, N)"),
        ("Uniform", "uniform(-1, 1, n)", "uniform(-1.0, 1.0, N)"),
        ("Vonmises", "vonmises(0, 4, n)", "vonmises(0.0, 4.0, N)"),
        ("Wald", "wald(1, 1, n)", "wald(1.0, 1.0, N)"),
        ("Weibull", "weibull(1.5, n)", "weibull(1.5, N)"),
        ("Zipf", "zipf(2, n)", "zipf(2.0, N)"),
    )
    third = {"Dirichlet", "Multinomial", "MultivariateNormal"}
    for name, label, stmt in others:
        if name in ("Triangular",):
            continue  # RandomState's is a legacy target row above
        bulk("rs" + name, "rs." + label, g, "other", "rs." + stmt, values="n3" if name in third else "n")

    g = "Generator samplers"
    for row, label, stmt, fill in (
            ("rngStandardNormal", "rng.standard_normal(n)", "rng.standard_normal(N)", "rng.standard_normal(out=out)"),
            ("rngNormal", "rng.normal(0, 1, n)", "rng.normal(0.0, 1.0, N)", None),
            ("rngStandardExponential", "rng.standard_exponential(n)", "rng.standard_exponential(N)",
             "rng.standard_exponential(out=out)")):
        bulk(row, label, g, "gsampler", stmt)
        bulk(row + "Fill", label.replace("n)", "out)"), g, "gsampler", fill or stmt, star=fill is None)
    for name, label, stmt in others:
        cls = "gsampler" if name in ("Gamma", "GammaSmall", "Poisson", "PoissonLarge", "Binomial",
                                     "BinomialBtpe") else "other"
        bulk("rng" + name, "rng." + label, g, cls, "rng." + stmt, values="n3" if name in third else "n")
    bulk("rngRandomFloat32", "rng.random(n, float32)", g, "other", "rng.random(N, dtype=np.float32)")
    bulk("rngStandardNormalFloat32", "rng.standard_normal(n, float32)", g, "other",
         "rng.standard_normal(N, dtype=np.float32)")

    g = "scalar calls"
    for row, label, numba, numpy in (
            ("rsRandScalar", "rs.rand()", "np.random.random()", "rs.rand()"),
            ("rsRandintScalar", "rs.randint(1, 100)", "np.random.randint(1, 100)", "rs.randint(1, 100)"),
            ("rngRandomScalar", "rng.random()", "rng.random()", "rng.random()"),
            ("rngIntegersScalar", "rng.integers(0, 10)", "rng.integers(0, 10)", "rng.integers(0, 10)"),
            ("rngStandardNormalScalar", "rng.standard_normal()", "rng.standard_normal()",
             "rng.standard_normal()")):
        call(row, label, g, "scalar", numba, engine="numba")
        call(row + "Np", label + " vs NumPy's call", g, "other", numpy, java=row)
        held = row.replace("Scalar", "Held")
        R.append(Row(held, label + " in a hold", g, "scalar", "call", "H", "numba", numba))
    for row, label, numba, numpy in (
            ("npRandScalar", "NpRandom.rand()", "np.random.random()", "np.random.rand()"),
            ("npRandintScalar", "NpRandom.randint(1, 100)", "np.random.randint(1, 100)", "np.random.randint(1, 100)"),
            ("npStandardNormalScalar", "NpRandom.standardNormal()", "np.random.standard_normal()",
             "np.random.standard_normal()")):
        call(row, label, g, "module", numba, engine="numba")
        call(row + "Np", label + " vs NumPy's call", g, "other", numpy, java=row)
    for row, stmt in (
            ("rsRandint64Scalar", "rs.randint(0, 2**62)"), ("rsStandardNormalScalar", "rs.standard_normal()"),
            ("rsNormalScalar", "rs.normal(0.0, 1.0)"), ("rsStandardExponentialScalar", "rs.standard_exponential()"),
            ("rsGammaScalar", "rs.gamma(3.5, 1.0)"), ("rsPoissonScalar", "rs.poisson(3.0)"),
            ("rsBinomialScalar", "rs.binomial(20, 0.3)"), ("rsUniformScalar", "rs.uniform(-1.0, 1.0)"),
            ("rngNormalScalar", "rng.normal(0.0, 1.0)"),
            ("rngStandardExponentialScalar", "rng.standard_exponential()"),
            ("rngGammaScalar", "rng.gamma(3.5, 1.0)"), ("rngPoissonScalar", "rng.poisson(3.0)"),
            ("rngBinomialScalar", "rng.binomial(20, 0.3)"), ("rngUniformScalar", "rng.uniform(-1.0, 1.0)")):
        call(row, stmt, g, "other", stmt)
    call("mt19937Jumped", "MT19937.jumped() (per call)", g, "other", "mt19937.jumped().random_raw()", number=20)

    g = "CPython random.Random"
    call("pyRandom", "random()", g, "py-random", "py.random()", engine="cpython")
    call("pyRandint", "randint(1, 100)", g, "py-randint", "py.randint(1, 100)", engine="cpython")
    R.append(Row("pyShuffleList", "shuffle(list of 10**6), per element", g, "py-shuffle", "bulk", "L", "cpython",
                 "py.shuffle(lst)"))
    call("pyGauss", "gauss()", g, "py-gauss", "py.gauss()", engine="cpython")
    for row, label, cls, stmt in (("pyRandomHeld", "random()", "py-random", "py.random()"),
                                  ("pyRandintHeld", "randint(1, 100)", "py-randint", "py.randint(1, 100)"),
                                  ("pyGaussHeld", "gauss()", "py-gauss", "py.gauss()")):
        R.append(Row(row, label + " in a hold", g, cls, "call", "H", "cpython", stmt))
    for row, stmt in (
            ("pyUniform", "py.uniform(-1.0, 1.0)"), ("pyRandrange", "py.randrange(100)"),
            ("pyGetrandbits64", "py.getrandbits(64)"), ("pyChoice", "py.choice(seq100)"),
            ("pyNormalvariate", "py.normalvariate(0.0, 1.0)"), ("pyLognormvariate", "py.lognormvariate(0.0, 1.0)"),
            ("pyExpovariate", "py.expovariate(1.0)"), ("pyGammavariate", "py.gammavariate(2.0, 1.0)"),
            ("pyBetavariate", "py.betavariate(2.0, 3.0)"), ("pyParetovariate", "py.paretovariate(2.0)"),
            ("pyWeibullvariate", "py.weibullvariate(1.0, 2.0)"),
            ("pyVonmisesvariate", "py.vonmisesvariate(0.0, 4.0)"),
            ("pyTriangular", "py.triangular(0.0, 1.0, 0.5)"), ("pyBinomialvariate", "py.binomialvariate(20, 0.3)"),
            ("pySample", "py.sample(pop1000, 10)")):
        call(row, stmt[3:], g, "other", stmt, engine="cpython")
    call("pySeedStr", "seed(str of 10**6 chars) (per call)", g, "other", "py.seed(str_seed)", engine="cpython",
         number=5)
    call("pySeedInt", "seed(int of 8*10**6 bits) (per call)", g, "other", "py.seed(int_seed)", engine="cpython",
         number=5)
    return R


# ---- reference side ---------------------------------------------------------------------------------

def reps_for(row, quick):
    if quick:
        return 3
    return 7 if row.tier == "target" else 3


def numpy_env(n):
    import random
    import numpy as np
    env = {"np": np, "N": n, "rs": np.random.RandomState(12345), "rng": np.random.default_rng(12345),
           "mean3": [0.0, 1.0, 2.0], "cov3": [[2.0, 0.5, 0.1], [0.5, 1.0, 0.2], [0.1, 0.2, 1.5]],
           "py": random.Random(12345)}
    for bg, cls in (("mt19937", np.random.MT19937), ("pcg64", np.random.PCG64),
                    ("pcg64dxsm", np.random.PCG64DXSM), ("philox", np.random.Philox), ("sfc64", np.random.SFC64)):
        env[bg] = cls(12345)
        env["gen_" + bg] = np.random.Generator(cls(12345))
    np.random.seed(12345)
    return env


def lazy_arrays(env, stmt, n):
    """Builds only the arrays a statement uses (10**7 doubles are 80 MB)."""
    import numpy as np
    if re.search(r"\bout\b", stmt):
        env["out"] = np.empty(n)
    if re.search(r"\bx\b", stmt):
        env["x"] = np.arange(n, dtype=np.float64)
    if "lst" in stmt:
        env["lst"] = list(range(LIST_N))


def time_stmt(stmt, env, number, reps):
    import gc
    import timeit
    t = timeit.Timer(stmt, timer=time.thread_time_ns, globals=env)
    t.timeit(number)  # warm-up (and first-call costs) untimed
    gc.collect()
    return [x / number for x in t.repeat(repeat=reps, number=number)]  # timeit disables gc


def measure_numpy(sel, n, quick):
    import numpy as np
    out = {"engine": "numpy", "version": f"NumPy {np.__version__}, Python {sys.version.split()[0]}"}
    yield out
    for r in sel:
        env = numpy_env(n)
        lazy_arrays(env, r.stmt, n)
        number = (r.number or (20_000 if not quick else 5_000)) if r.kind == "call" else 1
        per = time_stmt(r.stmt, env, number, reps_for(r, quick))
        yield {"row": r.row, "ns": statistics.median(per) / r.ref_count(n), "samples": per,
               "values": r.ref_count(n)}


def measure_numba(sel, n, quick):
    import numpy as np
    import numba
    from numba import njit
    yield {"engine": "numba", "version": f"Numba {numba.__version__}, NumPy {np.__version__}, "
                                         f"Python {sys.version.split()[0]}"}

    @njit
    def seed(s):
        np.random.seed(s)  # Numba's own legacy MT19937 state for np.random.* in jitted code

    calls = 1_000_000 if not quick else 200_000
    for r in sel:
        src = (f"def kernel(rng, m):\n    acc = 0.0\n    for _ in range(m):\n        acc += {r.stmt}\n"
               f"    return acc\n")
        ns = {"np": np}
        exec(src, ns)
        kernel = njit(ns["kernel"])
        seed(12345)
        rng = np.random.default_rng(12345)
        kernel(rng, 10)  # compile
        per = []
        for _ in range(reps_for(r, quick)):
            t0 = time.thread_time_ns()
            kernel(rng, calls)
            per.append((time.thread_time_ns() - t0) / calls)
        yield {"row": r.row, "ns": statistics.median(per), "samples": per, "values": 1}


def measure_cpython(sel, n, quick):
    import random
    yield {"engine": "cpython", "version": f"CPython {sys.version.split()[0]}"}
    for r in sel:
        env = {"py": random.Random(12345), "seq100": list(range(100)), "pop1000": list(range(1000))}
        if "lst" in r.stmt:
            env["lst"] = list(range(LIST_N))
        if "str_seed" in r.stmt:
            env["str_seed"] = "".join(chr(97 + i % 26) for i in range(SEED_LEN))
        if "int_seed" in r.stmt:
            env["int_seed"] = (2 ** (8 * SEED_LEN) - 1) // 3
        number = (r.number or (20_000 if not quick else 5_000)) if r.kind == "call" else 1
        per = time_stmt(r.stmt, env, number, reps_for(r, quick))
        yield {"row": r.row, "ns": statistics.median(per) / r.ref_count(n), "samples": per,
               "values": r.ref_count(n)}


# ---- report -----------------------------------------------------------------------------------------

def median(xs):
    return statistics.median(xs) if xs else float("nan")


def round_of(path):
    """The round a result file belongs to: K in a name ending -rK.json or -rK.jsonl, else 1."""
    m = re.search(r"-r(\d+)\.jsonl?$", path)
    return int(m.group(1)) if m else 1


def load_jmh(paths):
    """{(kind, java id): {round: {"thr": ns per call, "proc": ns per call, "jvm": ...}}} from JMH JSON files."""
    res = {}
    for p in paths:
        try:
            data = json.load(open(p))
        except (OSError, ValueError):
            continue
        for b in data:
            kind = "bulk" if b["benchmark"].endswith(".bulk") else "call"
            sec = {k.lstrip("\u00b7"): v for k, v in b["secondaryMetrics"].items()}
            flat = lambda m: [x for fork in m["rawData"] for x in fork]  # noqa: E731
            if "cpu.thread" not in sec:
                continue
            res.setdefault((kind, b["params"]["op"]), {})[round_of(p)] = {
                "thr": median(flat(sec["cpu.thread"])), "proc": median(flat(sec["cpu.process"])),
                "forks": len(sec["cpu.thread"]["rawData"]),
                "jvm": f"{b.get('vmName', '')} {b.get('vmVersion', '')}".strip(), "jdk": b.get("jdkVersion", "")}
    return res


def fmt(x, w=9):
    if x is None or x != x:
        return f"{'n/a':>{w}}"
    if x >= 100_000:
        return f"{x:>{w}.3g}"
    return f"{x:>{w}.2f}" if x < 1000 else f"{x:>{w}.0f}"


def fmt_ratio(x):
    """Two decimals, three significant digits below 0.1 (the CPython targets are 0.1 and 0.02)."""
    if x is None:
        return "n/a"
    return f"{x:.2f}" if x >= 0.1 else f"{x:.3g}"


def report(args):
    refs, versions = {}, {}
    for p in args.ref:
        try:
            lines = open(p).read().splitlines()
        except OSError:
            continue
        for line in lines:
            if not line.strip():
                continue
            d = json.loads(line)
            if "engine" in d:
                versions[d["engine"]] = d["version"]
            else:
                refs.setdefault(d["row"], {})[round_of(p)] = d["ns"]
    jdks = []
    for spec in args.jmh:
        label, _, files = spec.partition("=")
        jdks.append((label, load_jmh(files.split(","))))
    sel = [r for r in rows() if re.search(args.regex, r.row) or re.search(args.regex, r.label)]
    n = args.n
    engine_name = {"numpy": "NumPy", "numba": "Numba", "cpython": "CPython"}
    short = {"numpy": "NP", "numba": "NB", "cpython": "CP"}

    # Each round measured both sides close together in time, so a ratio is taken within a round
    # (nprand's median over that round's iterations / the reference's median in that round) and
    # the row's ratio is the median over rounds: a slower or faster stretch of a shared machine
    # then moves both sides of a ratio, not one.
    table = []  # per row: label, group, cls, target, ref, [(thr, proc, ratio, verdict, spread) per jdk]
    for r in sel:
        ref_rounds = refs.get(r.row, {})
        ref = median(list(ref_rounds.values())) if ref_rounds else None
        target = CLASSES[r.cls][1]
        cells = []
        for _, jmh in jdks:
            by_round = jmh.get((r.kind, r.java), {})
            thr = median([m["thr"] for m in by_round.values()]) / r.count(n) if by_round else None
            proc = median([m["proc"] for m in by_round.values()]) / r.count(n) if by_round else None
            ratios = [by_round[k]["thr"] / r.count(n) / ref_rounds[k]
                      for k in sorted(by_round) if ref_rounds.get(k)]
            if not ratios and thr is not None and ref:
                ratios = [thr / ref]  # rounds that do not pair up: the medians of each side
            ratio = median(ratios) if ratios else None
            spread = (min(ratios), max(ratios)) if len(ratios) > 1 else None
            if target is None or ratio is None:
                verdict = "-" if target is None else "n/a"
            else:
                verdict = "meets" if ratio <= target else "MISSES"
            cells.append((thr, proc, ratio, verdict, spread))
        table.append((r, ref, target, cells))

    out = []
    rounds = max([len(v) for v in refs.values()] + [1])
    out.append(f"nprand vs reference, CPU ns per value (per call for scalar rows), n = {n:,} "
               f"(lists: {LIST_N:,}); medians; ratio = nprand thread CPU / reference thread CPU"
               + (f", within each of {rounds} rounds, median over rounds (spread: lowest-highest round)"
                  if rounds > 1 else ""))
    for label, jmh in jdks:
        jvm = next((m["jvm"] + " (JDK " + m["jdk"] + ")" for by_round in jmh.values() for m in by_round.values()),
                   "no results")
        out.append(f"  {label}: {jvm}")
    for e, v in versions.items():
        out.append(f"  {engine_name[e]}: {v}")
    out.append("  ref: NP = NumPy, NB = Numba (jitted loop), CP = CPython; *: NumPy has no out= for this "
               "form, its allocating call stands in")
    out.append("  thr: the JMH worker thread's CPU; proc: every thread of the JVM (GC and JIT threads too)")
    hdr = f"{'op':<44} {'class':<10} {'target':>6} {'ref':>9} {'':3}"
    for label, _ in jdks:
        hdr += f" | {label + ' thr':>9} {'proc':>9} {'ratio':>7} {'verdict':<7} {'spread':<11}"
    group = None
    for r, ref, target, cells in table:
        if r.group != group:
            group = r.group
            out.append("")
            out.append(f"== {group}")
            out.append(hdr)
        line = (f"{r.label:<44} {r.cls:<10} {('<= ' + format(target, 'g')) if target else '':>6} {fmt(ref)} "
                f"{short[r.engine] + ('*' if r.star else ' '):3}")
        for thr, proc, ratio, verdict, spread in cells:
            sp = f"{fmt_ratio(spread[0])}-{fmt_ratio(spread[1])}" if spread else ""
            line += f" | {fmt(thr)} {fmt(proc)} {fmt_ratio(ratio):>7} {verdict:<7} {sp:<11}"
        out.append(line)
    out.append("")
    out.append("== per target class: rows meeting the target / rows measured, worst ratio (row)")
    for cls, (desc, target) in CLASSES.items():
        if target is None:
            continue
        line = f"{cls:<10} <= {target:<5g} {desc[:60]:<60}"
        for j, (label, _) in enumerate(jdks):
            got = [(cells[j][2], r.label) for r, ref, t, cells in table if r.cls == cls and cells[j][2] is not None]
            if not got:
                line += f" | {label}: n/a"
                continue
            ok = sum(1 for ratio, _ in got if ratio <= target)
            worst = max(got)
            line += f" | {label}: {ok}/{len(got)}, worst {fmt_ratio(worst[0])} ({worst[1]})"
        out.append(line)
    text = "\n".join(out)
    print(text)

    if args.markdown:
        md = []
        head = "| op | class | target | reference ns |"
        sep = "|---|---|---|---:|"
        for label, _ in jdks:
            head += f" {label} ns | {label} ratio | |"
            sep += "---:|---:|---|"
        group = None
        for r, ref, target, cells in table:
            if r.group != group:
                group = r.group
                md += ["", f"**{group}**", "", head, sep]
            eng = engine_name[r.engine] + ("*" if r.star else "")
            line = (f"| `{r.label}` | {r.cls} | {('≤ ' + format(target, 'g')) if target else ''} | "
                    f"{fmt(ref, 0).strip()} {eng} |")
            for thr, proc, ratio, verdict, _ in cells:
                v = {"meets": "✓", "MISSES": "✗ misses", "-": "", "n/a": "n/a"}[verdict]
                line += f" {fmt(thr, 0).strip()} | {fmt_ratio(ratio)} | {v} |"
            md.append(line)
        md += ["", "| class | target | " + " | ".join(f"{label}: met, worst ratio" for label, _ in jdks) + " |",
               "|---|---|" + "---|" * len(jdks)]
        for cls, (desc, target) in CLASSES.items():
            if target is None:
                continue
            line = f"| {desc} | ≤ {target:g} |"
            for j, _ in enumerate(jdks):
                got = [(cells[j][2], r.label) for r, ref, t, cells in table if r.cls == cls and cells[j][2] is not None]
                if got:
                    worst = max(got)
                    line += f" {sum(1 for x, _ in got if x <= target)}/{len(got)}, {fmt_ratio(worst[0])} (`{worst[1]}`) |"
                else:
                    line += " n/a |"
            md.append(line)
        md += ["", "Rows that miss their target, by class (ratio " + " / ".join(label for label, _ in jdks) + "):", ""]
        for cls, (desc, target) in CLASSES.items():
            if target is None:
                continue
            missed = [(r, cells) for r, ref, t, cells in table
                      if r.cls == cls and any(c[3] == "MISSES" for c in cells)]
            if missed:
                md.append(f"- {desc} (≤ {target:g}): " + ", ".join(
                    f"`{r.label}` " + " / ".join(fmt_ratio(c[2]) for c in cells) for r, cells in missed))
            else:
                md.append(f"- {desc} (≤ {target:g}): none")
        with open(args.markdown, "w") as f:
            f.write("\n".join(md) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("ids")
    a.add_argument("--kind", required=True, choices=("bulk", "call"))
    a.add_argument("--tier", required=True, choices=("target", "other"))
    a.add_argument("--regex", default="")
    m = sub.add_parser("measure")
    m.add_argument("--engine", required=True, choices=("numpy", "numba", "cpython"))
    m.add_argument("--n", type=int, default=10_000_000)
    m.add_argument("--quick", action="store_true")
    m.add_argument("--regex", default="")
    m.add_argument("--tier", default="all", choices=("target", "other", "all"),
                   help="only the rows with a target (target), only the others, or all")
    r = sub.add_parser("report")
    r.add_argument("--ref", action="append", default=[])
    r.add_argument("--jmh", action="append", default=[], help="LABEL=file.json[,file.json...]; a file "
                   "named *-rK.json holds round K (else round 1), as a reference file *-rK.jsonl")
    r.add_argument("--n", type=int, default=10_000_000)
    r.add_argument("--regex", default="")
    r.add_argument("--markdown")
    args = ap.parse_args()

    if args.cmd == "ids":
        # the Java ids of the rows of this kind and tier; an op behind any targeted row is measured
        # in the targeted run (more forks) only
        sel = [r for r in rows() if r.kind == args.kind
               and (re.search(args.regex, r.row) or re.search(args.regex, r.label))]
        targeted = {r.java for r in sel if r.tier == "target"}
        ids = []
        for r in sel:
            if (r.java in targeted) == (args.tier == "target") and r.java not in ids:
                ids.append(r.java)
        print(",".join(ids))
    elif args.cmd == "measure":
        sel = [r for r in rows() if r.engine == args.engine and args.tier in ("all", r.tier)
               and (re.search(args.regex, r.row) or re.search(args.regex, r.label))]
        fn = {"numpy": measure_numpy, "numba": measure_numba, "cpython": measure_cpython}[args.engine]
        for d in fn(sel, args.n, args.quick):
            print(json.dumps(d), flush=True)
            if "row" in d:
                print(f"  {args.engine:<8} {d['row']:<32} {d['ns']:>12.2f} ns", file=sys.stderr, flush=True)
    else:
        report(args)


if __name__ == "__main__":
    main()
