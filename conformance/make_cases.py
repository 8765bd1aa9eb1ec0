#!/usr/bin/env python3
"""Writes nprand's conformance cases: conformance/cases/<suite>.jsonl (replay protocol, versions 1 and 2).

Deterministic: every "random" choice comes from random.Random(<fixed string>), whose output is the same
on every CPython 3.x; nothing needs NumPy. Run it under any python3, then answer the cases with
oracle.py (regen.sh does both).

Usage: make_cases.py [SUITE ...]      # default: every suite
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BIT_GENERATORS = ("MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64")
ADVANCEABLE = ("PCG64", "PCG64DXSM", "Philox")
JUMPABLE = ("MT19937", "PCG64", "PCG64DXSM", "Philox")
INT_DTYPES = ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")
DTYPE_BITS = {"int8": 8, "int16": 16, "int32": 32, "int64": 64,
              "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64}


# ---------------------------------------------------------------- building blocks

def call(name, *args, repeat=None, **kwargs):
    """One CALL: [NAME, ARGS, KWARGS] or, with repeat, [NAME, ARGS, KWARGS, REPEAT]."""
    c = [name, list(args), kwargs]
    if repeat is not None:
        c.append(repeat)
    return c


def ndarray(dtype, data, shape=None):
    """An ndarray VALUE (C order)."""
    return {"dtype": dtype, "shape": shape if shape is not None else [len(data)], "data": list(data)}


class Suite:
    """Collects the cases of one suite and numbers them per family: <suite>-<what>-<n>."""

    def __init__(self, name):
        self.name = name
        self.cases = []
        self.counts = {}
        self.rng = random.Random("nprand-conformance-" + name)  # str seeds hash with SHA-512: stable

    def add(self, what, gen, calls):
        n = self.counts.get(what, 0) + 1
        self.counts[what] = n
        self.cases.append({"id": "%s-%s-%d" % (self.name, what, n), "gen": gen, "calls": calls})

    def u32(self, n):
        return [self.rng.getrandbits(32) for _ in range(n)]

    def u64(self, n):
        return [self.rng.getrandbits(64) for _ in range(n)]


# ---------------------------------------------------------------- bitgen

def bit_generator(b, seed):
    return {"type": "BitGenerator", "bit_generator": b, "seed": seed}


def random_state_value(s, b, has_uint32):
    """A valid state dict for bit generator b, with random contents (ndarrays as NumPy writes them)."""
    extra = {"has_uint32": has_uint32, "uinteger": s.rng.getrandbits(32) if has_uint32 else 0}
    if b == "MT19937":
        return {"bit_generator": b, "state": {"key": ndarray("uint32", s.u32(624)),
                                              "pos": s.rng.choice([0, 1, 311, 623, 624])}}
    if b in ("PCG64", "PCG64DXSM"):
        return dict({"bit_generator": b, "state": {"state": s.rng.getrandbits(128),
                                                   "inc": s.rng.getrandbits(128) | 1}}, **extra)
    if b == "Philox":
        return dict({"bit_generator": b,
                     "state": {"counter": ndarray("uint64", s.u64(4)), "key": ndarray("uint64", s.u64(2))},
                     "buffer": ndarray("uint64", s.u64(4)), "buffer_pos": s.rng.randrange(5)}, **extra)
    return dict({"bit_generator": b, "state": {"state": ndarray("uint64", s.u64(4))}}, **extra)


def bitgen_suite():
    s = Suite("bitgen")
    draws = [call("random_raw"), call("random_raw", 5), call("random_raw", size=[2, 3]), call("state")]
    for b in BIT_GENERATORS:
        seeds = [0, 1, 2**32 - 1, 2**32, 2**64 - 1, 2**128 + s.rng.getrandbits(64),
                 2**256 + s.rng.getrandbits(200), s.u32(1), s.u32(3), s.u32(1000), [],
                 [0, 2**32, 2**64 - 1, 2**100 + 3],
                 {"entropy": s.rng.getrandbits(128), "spawn_key": [0]},
                 {"entropy": s.rng.getrandbits(64), "spawn_key": [3, 1, 4]},
                 {"entropy": s.u32(4), "spawn_key": [2**40]}]
        for seed in seeds:
            s.add("seed-" + b, bit_generator(b, seed), draws)
        # Long runs: MT19937 regenerates its 624 words, Philox refills its 4-word buffer.
        s.add("long-" + b, bit_generator(b, s.rng.getrandbits(32)),
              [call("random_raw", 1000), call("random_raw", 7), call("state")])
        s.add("raw-sizes-" + b, bit_generator(b, s.rng.getrandbits(32)),
              [call("random_raw", 0), call("random_raw", None), call("random_raw", 1),
               call("random_raw", output=False), call("random_raw", 3, False), call("random_raw", size=[2, 0]),
               call("random_raw", -1), call("random_raw", repeat=3), call("state")])
        for bad in (-1, [5, -1]):
            s.add("bad-seed-" + b, bit_generator(b, bad), [call("random_raw")])
        # state= writes then draws; has_uint32=1 states keep their buffered 32-bit half across draws.
        for has_uint32 in (0, 1, 1):
            if b == "MT19937" and has_uint32:
                continue
            st = random_state_value(s, b, has_uint32)
            s.add("set-state-" + b, bit_generator(b, s.rng.getrandbits(32)),
                  [call("state=", st), call("state"), call("random_raw", 3), call("state"),
                   call("random_raw"), call("state")])
        # The same state written twice: state reads must not consume anything.
        st = random_state_value(s, b, 1 if b != "MT19937" else 0)
        s.add("state-roundtrip-" + b, bit_generator(b, 7),
              [call("random_raw", 2), call("state=", st), call("random_raw", 2), call("state=", st),
               call("random_raw", 2), call("state")])
        # Bad writes are rejected with nothing changed.
        other = "PCG64" if b != "PCG64" else "SFC64"
        s.add("bad-state-" + b, bit_generator(b, 11),
              [call("random_raw"), call("state=", 5), call("random_raw"),
               call("state=", {"bit_generator": other, "state": {}}), call("random_raw"),
               call("state=", {"bit_generator": b}), call("random_raw"), call("state")])
    # MT19937 state with plain lists instead of ndarrays (NumPy accepts any array-like key).
    s.add("set-state-list-MT19937", bit_generator("MT19937", 3),
          [call("state=", {"bit_generator": "MT19937", "state": {"key": s.u32(624), "pos": 100}}),
           call("random_raw", 4), call("state")])
    for b in ADVANCEABLE:
        for delta in (17, 2**100, -1, -17, 0, 1, 2**64, 2**128, 2**128 + 5, 2**256 - 1):
            s.add("advance-" + b, bit_generator(b, s.rng.getrandbits(64)),
                  [call("advance", delta), call("random_raw", 3), call("state")])
        # advance mid-stream, with a 32-bit half and (Philox) a partly used buffer in the state
        st = random_state_value(s, b, 1)
        s.add("advance-midstream-" + b, bit_generator(b, 5),
              [call("state=", st), call("random_raw", 1), call("advance", 5), call("state"),
               call("random_raw", 2), call("advance", -3), call("random_raw", 2), call("state")])
    for b in JUMPABLE:
        for jumps in (None, 1, 2, 3):
            kwargs = {} if jumps is None else {"jumps": jumps}
            s.add("jumped-" + b, bit_generator(b, s.rng.getrandbits(64)),
                  [call("random_raw", 2), call("jumped", **kwargs), call("random_raw", 4), call("state")])
        s.add("jumped-twice-" + b, bit_generator(b, s.u32(2)),
              [call("jumped", 2), call("jumped"), call("random_raw", 3), call("state")])
        s.add("jumped-zero-" + b, bit_generator(b, 9),
              [call("jumped", 0), call("random_raw", 3), call("state")])
    return s


# ---------------------------------------------------------------- seedseq

def seed_sequence(entropy, spawn_key=(), pool_size=4):
    return {"type": "SeedSequence", "entropy": entropy, "spawn_key": list(spawn_key), "pool_size": pool_size}


def seedseq_suite():
    s = Suite("seedseq")
    reads = [call("generate_state", 1), call("generate_state", 5, dtype="uint32"),
             call("generate_state", 4, dtype="uint64"), call("generate_state", 17, "uint64"),
             call("pool"), call("state")]
    entropies = [0, 1, 2**32 - 1, 2**32, 2**64 - 1, 2**64, 2**128 + s.rng.getrandbits(100),
                 s.rng.getrandbits(1000), [], [0], [1, 2, 3], [2**32 - 1] * 5, s.u32(100),
                 [0, 2**32, 2**64 - 1, 2**100 + 7], s.u32(4), s.u32(5), s.u32(8), s.u32(9)]
    for e in entropies:
        s.add("entropy", seed_sequence(e), reads)
    for pool_size in (4, 5, 8):
        for e in (s.rng.getrandbits(32), s.u32(12), 2**200 + 1):
            s.add("pool-size-%d" % pool_size, seed_sequence(e, pool_size=pool_size), reads)
    for key in ([0], [1], [7, 5, 4], [2**32], [2**40, 3], [2**64 - 1, 0], s.u32(10)):
        s.add("spawn-key", seed_sequence(s.rng.getrandbits(128), key), reads)
    s.add("spawn-key-pool8", seed_sequence(s.u32(3), [1, 2], 8), reads)
    sizes = [call("generate_state", n, dtype) for n in (0, 2, 3, 8, 33, 100) for dtype in ("uint32", "uint64")]
    s.add("generate-sizes", seed_sequence(s.rng.getrandbits(64)), sizes)
    s.add("generate-repeat", seed_sequence(12345), [call("generate_state", 3, repeat=3), call("state")])
    s.add("attributes", seed_sequence(s.u32(3), [4, 2], 8),
          [call("entropy"), call("spawn_key"), call("pool_size"), call("n_children_spawned"), call("pool")])
    for e in (0, s.rng.getrandbits(128), s.u32(6)):
        s.add("spawn", seed_sequence(e, [5]),
              [call("spawn", 3), call("n_children_spawned"), call("spawn", 2), call("state"),
               call("spawn", 0), call("generate_state", 4)])
    s.add("spawn-pool8", seed_sequence(99, [], 8), [call("spawn", 2), call("state")])
    s.add("bad-dtype", seed_sequence(3),
          [call("generate_state", 3, dtype="uint8"), call("generate_state", 3, dtype="int32"),
           call("generate_state", 3, dtype="float64"), call("generate_state", 3, "int64"),
           call("generate_state", 3)])
    s.add("bad-size", seed_sequence(3), [call("generate_state", -1), call("generate_state", 2)])
    for gen in (seed_sequence(-1), seed_sequence([3, -1]), seed_sequence(1.5), seed_sequence("abc"),
                seed_sequence([1.5]), seed_sequence(1, [-1]), seed_sequence(1, [], 3), seed_sequence(1, [], 0)):
        s.add("bad-construct", gen, [call("generate_state", 1)])
    return s


# ---------------------------------------------------------------- randomstate

def random_state(seed):
    return {"type": "RandomState", "seed": seed}


def randomstate_suite():
    s = Suite("randomstate")
    tail = call("random_sample", size=2)
    # seeds
    for seed in (0, 1, 2**31 - 1, 2**31, 2**32 - 1, [0], [2**32 - 1], s.u32(1), s.u32(2), s.u32(624),
                 s.u32(625), s.u32(1000), [0] * 5):
        s.add("seed", random_state(seed), [call("random_sample", size=3), call("randint", 2**31, size=3),
                                           call("get_state", legacy=False)])
    for bad in (-1, 2**32, 2**64, [], [-1], [1, 2**32], 1.5, [1.5], "abc"):
        s.add("bad-seed", random_state(bad), [call("random_sample")])
    # seed() mid-stream, including rejected seeds that must leave the stream untouched
    s.add("reseed", random_state(5),
          [call("random_sample"), call("seed", 5), call("random_sample"), call("seed", s.u32(3)),
           call("random_sample", size=2), call("seed", 2**32 - 1), call("random_sample")])
    s.add("bad-reseed", random_state(6),
          [call("random_sample"), call("seed", -1), call("random_sample"), call("seed", 2**32),
           call("random_sample"), call("seed", []), call("random_sample"), call("seed", 2.5), call("random_sample")])
    # get_state / set_state: legacy tuples and dicts
    s.add("get-state", random_state(s.rng.getrandbits(32)),
          [call("random_sample", size=7), call("get_state"), call("get_state", legacy=True),
           call("get_state", legacy=False), tail])
    key = ndarray("uint32", s.u32(624))
    s.add("set-state-tuple", random_state(3),
          [call("set_state", ["MT19937", key, 17, 0, 0.0]), call("get_state"), call("random_sample", size=5),
           call("get_state", legacy=False)])
    s.add("set-state-tuple-gauss", random_state(3),
          [call("set_state", ["MT19937", key, 624, 1, -0.25]), call("get_state"), call("randint", 100, size=3),
           call("get_state", legacy=False)])
    s.add("set-state-short-tuple", random_state(3),
          [call("set_state", ["MT19937", key, 0]), call("get_state"), call("random_sample", size=3)])
    s.add("set-state-dict", random_state(4),
          [call("set_state", {"bit_generator": "MT19937", "state": {"key": key, "pos": 300},
                              "has_gauss": 1, "gauss": 1.5}),
           call("get_state"), call("random_sample", size=5), call("get_state", legacy=False)])
    s.add("bad-set-state", random_state(8),
          [call("random_sample"), call("set_state", 5), call("random_sample"),
           call("set_state", ["XX", key, 0]), call("random_sample"),
           call("set_state", {"bit_generator": "PCG64"}), call("random_sample"),
           call("set_state", ["MT19937", key]), call("random_sample"), call("get_state", legacy=False)])
    # random_sample / random / rand shapes
    for name in ("random_sample", "random"):
        for size in (None, 0, 1, 5, [2, 3], [2, 0], [], [1, 1, 3]):
            kwargs = {} if size is None else {"size": size}
            s.add(name, random_state(s.rng.getrandbits(32)), [call(name, **kwargs), call(name)])
    s.add("random_sample-repeat", random_state(2), [call("random_sample", repeat=50)])
    s.add("random_sample-bad-size", random_state(2),
          [call("random_sample", size=-1), call("random_sample", size=[2, -1]), call("random_sample")])
    for dims in ([], [0], [3], [2, 3], [2, 1, 2]):
        s.add("rand", random_state(s.rng.getrandbits(32)), [call("rand", *dims), call("rand")])
    s.add("rand-bad", random_state(2), [call("rand", -1), call("rand")])
    # randint: every dtype, its full range, small and power-of-two ranges, every error
    dtypes = ("bool",) + INT_DTYPES
    for dtype in dtypes:
        if dtype == "bool":
            lo, hi = 0, 2
        elif dtype.startswith("u"):
            lo, hi = 0, 2**DTYPE_BITS[dtype]
        else:
            lo, hi = -2**(DTYPE_BITS[dtype] - 1), 2**(DTYPE_BITS[dtype] - 1)
        calls = [call("randint", lo, hi, dtype=dtype), call("randint", lo, hi, size=20, dtype=dtype),
                 call("randint", lo, lo + 1, size=3, dtype=dtype), call("randint", hi - 1, dtype=dtype),
                 call("randint", lo, hi, size=[2, 3], dtype=dtype), call("randint", hi, None, dtype=dtype),
                 call("randint", lo, hi, None, dtype)]
        if dtype != "bool":
            calls += [call("randint", lo, lo + 5, size=10, dtype=dtype), call("randint", 1, 100, size=10, dtype=dtype),
                      call("randint", lo, lo + 2**(DTYPE_BITS[dtype] - 1) + 1, size=10, dtype=dtype)]
        s.add("randint-" + dtype, random_state(s.rng.getrandbits(32)), calls + [tail])
        # the errors: low >= high, high <= 0 (high None), out of bounds on either side
        s.add("randint-errors-" + dtype, random_state(12),
              [call("randint", lo + 1, lo + 1, dtype=dtype), call("randint", lo + 2, lo + 1, dtype=dtype),
               call("randint", 0, dtype=dtype), call("randint", -3, dtype=dtype),
               call("randint", lo, hi + 1, dtype=dtype), call("randint", lo - 1, hi, dtype=dtype),
               call("randint", lo - 1, hi + 1, size=3, dtype=dtype), call("randint", hi + 1, dtype=dtype),
               call("randint", 5, 4, size=3, dtype=dtype), tail])
    for lo, hi in ((0, 2**31), (0, 2**32), (0, 2**40), (0, 2**32 + 1), (-2**31, 2**31), (5, 2**40 + 7),
                   (-2**63, 2**63), (-2**63, 2**63 - 1), (0, 2**63), (0, 2), (0, 1), (-7, 13), (0, 256), (0, 257)):
        s.add("randint-range", random_state(s.rng.getrandbits(32)),
              [call("randint", lo, hi), call("randint", lo, hi, size=30), tail])
    s.add("randint-uint64-range", random_state(21),
          [call("randint", 0, 2**64, size=5, dtype="uint64"), call("randint", 2**63, 2**64, size=5, dtype="uint64"),
           call("randint", 2**64 - 3, 2**64, size=5, dtype="uint64"), call("randint", 2**63 + 1, dtype="uint64"),
           call("randint", 0, 2**64 - 1, size=5, dtype="uint64"), tail])
    s.add("randint-high-none", random_state(22),
          [call("randint", 10), call("randint", 10, None, size=5), call("randint", 2**40, size=3),
           call("randint", 1), tail])
    s.add("randint-sizes", random_state(23),
          [call("randint", 0, 5, size=0), call("randint", 0, 5, size=[2, 0]), call("randint", 0, 5, size=[]),
           call("randint", 0, 5, size=[3, 1, 2]), call("randint", 0, 5, size=-1), tail])
    s.add("randint-errors", random_state(24),
          [call("randint", 5, 5), call("randint", 0), call("randint", -1), call("randint", 0, 2**63),
           call("randint", 0, 2**64), call("randint", -2**63 - 1, 0), call("randint", 0, 2, dtype="float64"),
           call("randint", 0, 2, dtype="float32"), call("randint", 0, 3, dtype="bool"), tail])
    s.add("randint-repeat", random_state(25), [call("randint", 0, 6, repeat=40), tail])
    # shuffle and permutation
    for n in (0, 1, 2, 10, 100):
        s.add("shuffle-list", random_state(s.rng.getrandbits(32)),
              [call("shuffle", list(range(n))), tail])
    for data, shape, dtype in ((list(range(12)), [12], "int64"), (list(range(12)), [4, 3], "int64"),
                               ([x / 8 for x in range(10)], [10], "float64"), (list(range(6)), [3, 1, 2], "uint32"),
                               ([1], [1], "int64")):
        s.add("shuffle-ndarray", random_state(s.rng.getrandbits(32)),
              [call("shuffle", ndarray(dtype, data, shape)), tail])
    for x in (0, 1, 5, 100, -1):
        s.add("permutation-int", random_state(s.rng.getrandbits(32)), [call("permutation", x), tail])
    s.add("permutation-array", random_state(31),
          [call("permutation", list(range(10, 20))), call("permutation", ndarray("int64", list(range(12)), [4, 3])),
           call("permutation", ndarray("float64", [0.5, -0.0, 2.5], [3])), tail])
    s.add("permutation-bad", random_state(32),
          [call("permutation", 5.0), call("permutation", ndarray("int64", [7], [])), tail])
    # standard_exponential: sizes up to 10,000 to catch a draw-count misalignment
    for size in (None, 1, 2, 3, 100, 1000, 10000):
        kwargs = {} if size is None else {"size": size}
        s.add("standard_exponential", random_state(s.rng.getrandbits(32)),
              [call("standard_exponential", **kwargs), tail])
    s.add("standard_exponential-shapes", random_state(41),
          [call("standard_exponential", size=[2, 3]), call("standard_exponential", size=0),
           call("standard_exponential", size=-1), call("standard_exponential", repeat=5), tail])
    # triangular: normal and degenerate-but-legal parameters, and each error
    for left, mode, right in ((0.0, 0.5, 1.0), (-3.5, -1.0, 10.25), (0.0, 0.0, 1.0), (0.0, 1.0, 1.0),
                              (1e-300, 1e-200, 1e-100), (-1e300, 0.0, 1e300), (2, 3, 5)):
        s.add("triangular", random_state(s.rng.getrandbits(32)),
              [call("triangular", left, mode, right), call("triangular", left, mode, right, size=7),
               call("triangular", left, mode, right, [2, 2]), tail])
    s.add("triangular-errors", random_state(42),
          [call("triangular", 1.0, 0.0, 2.0), call("triangular", 0.0, 3.0, 2.0), call("triangular", 1.0, 1.0, 1.0),
           call("triangular", 1.0, 0.0, 2.0, size=3), call("triangular", 0.0, 0.5, 1.0, size=-1), tail])
    # tomaxint and bytes
    s.add("tomaxint", random_state(43),
          [call("tomaxint"), call("tomaxint", 5), call("tomaxint", size=[2, 2]), call("tomaxint", 0), tail])
    for n in (0, 1, 3, 4, 5, 8, 13, 100):
        s.add("bytes", random_state(s.rng.getrandbits(32)), [call("bytes", n), call("bytes", 1), tail])
    s.add("bytes-negative", random_state(44), [call("bytes", -1), call("bytes", -5), tail])
    return s


# ---------------------------------------------------------------- pyrandom

def py_random(seed):
    return {"type": "random.Random", "seed": seed}


def pyrandom_suite():
    s = Suite("pyrandom")
    tail = call("random")
    seeds = [0, 1, -5, 2**32 - 1, 2**32, 2**64 - 1, 2**128 + s.rng.getrandbits(64), -(2**200),
             s.rng.getrandbits(2500), "hello", "", "\u20ac\u00e9 unicode", {"bytes": ""}, {"bytes": "00ff10"},
             {"bytes": "ab" * 40}, 3.14, -0.0, 0.0, 1e300, -2.5, {"float": "inf"}, {"float": "-inf"}, True, False]
    for seed in seeds:
        s.add("seed", py_random(seed), [call("random", repeat=3), call("getrandbits", 64)])
    s.add("bad-seed", py_random([1, 2]), [tail])
    s.add("random-repeat", py_random(s.rng.getrandbits(32)), [call("random", repeat=1000)])
    s.add("random-long", py_random(s.rng.getrandbits(32)), [call("random", repeat=2000), call("getstate")])
    for k in (0, 1, 31, 32, 33, 63, 64, 65, 200, 1000):
        s.add("getrandbits", py_random(s.rng.getrandbits(32)), [call("getrandbits", k, repeat=5), tail])
    s.add("getrandbits-errors", py_random(5), [call("getrandbits", -1), call("getrandbits", 1.0), tail])
    for n in (0, 1, 3, 4, 5, 8, 100):
        s.add("randbytes", py_random(s.rng.getrandbits(32)), [call("randbytes", n, repeat=3), tail])
    s.add("randbytes-errors", py_random(6), [call("randbytes", -1), call("randbytes", 1.5), tail])
    # randrange: one, two and three arguments, negative steps, huge ranges
    ranges = [(1,), (2,), (10,), (2**31,), (2**32,), (2**32 + 1,), (2**53 + 1,), (2**64,), (2**100,), (2**1000 + 7,),
              (5, 6), (-10, 10), (0, 2**70), (-(2**80), 2**80), (0, 10, 2), (10, 0, -3), (0, 2**200, 3),
              (-5, 100, 7), (0, 1, 5), (100, -100, -1)]
    for args in ranges:
        s.add("randrange", py_random(s.rng.getrandbits(32)), [call("randrange", *args, repeat=10), tail])
    s.add("randrange-errors", py_random(7),
          [call("randrange", 0), call("randrange", -1), call("randrange", 5, 5), call("randrange", 5, 4),
           call("randrange", 0, 10, 0), call("randrange", 0, 10, -1), call("randrange", 10, 0, 1),
           call("randrange", 1.5), call("randrange", 1.0, 5), call("randrange", 0, 5.0), call("randrange", 0, 10, 2.0),
           call("randrange", "a"), call("randrange", 1, 2, 3, 4), tail])
    for a, b in ((1, 1), (1, 6), (-10, -5), (0, 2**31), (0, 2**32), (0, 2**64), (-(2**100), 2**100), (0, 2**300)):
        s.add("randint", py_random(s.rng.getrandbits(32)), [call("randint", a, b, repeat=10), tail])
    s.add("randint-errors", py_random(8),
          [call("randint", 2, 1), call("randint", 1.0, 3), call("randint", 1, 3.5), call("randint", 1), tail])
    for n in (0, 1, 2, 10, 100, 1000):
        s.add("shuffle", py_random(s.rng.getrandbits(32)), [call("shuffle", list(range(n))), tail])
    s.add("shuffle-strings", py_random(9), [call("shuffle", ["a", "b", "c", "d", "e"]), tail])
    s.add("shuffle-bad", py_random(9), [call("shuffle", "abc"), tail])
    # getstate / setstate
    s.add("getstate", py_random(s.rng.getrandbits(32)), [call("getstate"), call("random", repeat=700), call("getstate")])
    for pos in (0, 1, 311, 623, 624):
        state = [3, s.u32(624) + [pos], None]
        s.add("setstate", py_random(10), [call("setstate", state), call("getstate"), call("random", repeat=5),
                                          call("getrandbits", 100), call("getstate")])
    s.add("setstate-gauss", py_random(10), [call("setstate", [3, s.u32(624) + [624], 0.75]), call("getstate"),
                                            call("random"), call("getstate")])
    s.add("setstate-errors", py_random(11),
          [call("random"), call("setstate", [3, [1, 2], None]), call("random"),
           call("setstate", [3, [1] * 624 + [625], None]), call("random"),
           call("setstate", [4, [1] * 625, None]), call("random"), tail])
    # seed calls mid-stream
    s.add("reseed", py_random(12),
          [call("random"), call("seed", 5), call("random"), call("seed", "abc"), call("random"),
           call("seed", {"bytes": "0102"}), call("random"), call("seed", -7.5), call("random"),
           call("seed", 2**100), call("getrandbits", 40)])
    s.add("reseed-version1", py_random(13),
          [call("seed", "abc", version=1), call("random", repeat=2), call("seed", {"bytes": "ff00"}, version=1),
           call("random"), call("seed", 7, version=1), call("random")])
    s.add("reseed-bad", py_random(14), [call("random"), call("seed", [1]), call("random")])
    return s


# ---------------------------------------------------------------- pyrandom2 (CPython's distributions)

def pyrandom2_suite():
    """random.Random's distributions (gauss ... binomialvariate) under CPython 3.13."""
    s = Suite("pyrandom2")
    rng = s.rng
    tail = call("random")
    inf = float("inf")
    nan = float("nan")

    def cr(name, *args, repeat=None, **kwargs):
        return call(name, *[fv(a) for a in args], repeat=repeat, **{k: fv(v) for k, v in kwargs.items()})

    def seed():
        return rng.choice([rng.getrandbits(32), rng.getrandbits(32), rng.getrandbits(64), rng.getrandbits(200),
                           -rng.getrandbits(40), "s%d" % rng.getrandbits(20), {"bytes": "%08x" % rng.getrandbits(32)},
                           rng.getrandbits(20) / 7.0])

    # every method over seeds of every kind
    seeds = [0, 1, -5, 2**32 - 1, 2**32, 2**64 - 1, 2**128 + rng.getrandbits(64), -(2**200), rng.getrandbits(2500),
             "hello", "", "\u20ac\u00e9 unicode", {"bytes": ""}, {"bytes": "00ff10"}, 3.14, -0.0, 1e300, -2.5,
             {"float": "inf"}, True, False]
    sweep = [cr("gauss", repeat=3), cr("normalvariate"), cr("lognormvariate", 0.0, 1.0), cr("expovariate"),
             cr("vonmisesvariate", 1.0, 2.0), cr("gammavariate", 0.5, 1.0), cr("gammavariate", 1.0, 2.0),
             cr("gammavariate", 2.5, 1.0), cr("betavariate", 2.0, 3.0), cr("paretovariate", 2.0),
             cr("weibullvariate", 1.0, 2.0), cr("binomialvariate"), cr("binomialvariate", 10, 0.3),
             cr("binomialvariate", 100, 0.4), cr("binomialvariate", 100, 0.8), cr("gauss"), call("getstate"), tail]
    for sd in seeds:
        s.add("seed", py_random(sd), sweep)

    # 5,000-draw runs: the libm-dependent ones and every regime
    heavy = [("gauss", (0, 1)), ("gauss", (3.0, 2.5)), ("gauss", ()), ("normalvariate", (0, 1)),
             ("normalvariate", (-2.0, 0.5)), ("lognormvariate", (0.0, 1.0)), ("lognormvariate", (1.5, 0.25)),
             ("expovariate", ()), ("expovariate", (2.5,)), ("expovariate", (-0.5,)),
             ("vonmisesvariate", (0.0, 1e-7)), ("vonmisesvariate", (1.0, 0.01)), ("vonmisesvariate", (1.0, 1.0)),
             ("vonmisesvariate", (-3.0, 4.0)), ("vonmisesvariate", (2.0, 500.0)), ("vonmisesvariate", (0.5, 1e15)),
             ("vonmisesvariate", (6.0, 1e100)), ("vonmisesvariate", (100.0, 2.0)),
             ("gammavariate", (0.3, 1.0)), ("gammavariate", (0.01, 2.0)), ("gammavariate", (0.999, 1.0)),
             ("gammavariate", (1.0, 1.0)), ("gammavariate", (1.0, 3.5)), ("gammavariate", (1.0000001, 1.0)),
             ("gammavariate", (2.5, 1.0)), ("gammavariate", (20.0, 0.5)), ("gammavariate", (1e6, 1.0)),
             ("betavariate", (0.5, 0.5)), ("betavariate", (2.0, 3.0)), ("betavariate", (0.05, 5.0)),
             ("betavariate", (1.0, 1.0)), ("paretovariate", (2.0,)), ("paretovariate", (0.5,)),
             ("weibullvariate", (1.0, 2.0)), ("weibullvariate", (2.0, 0.5)),
             ("binomialvariate", (10, 0.3)), ("binomialvariate", (4, 0.25)), ("binomialvariate", (1000, 0.001)),
             ("binomialvariate", (5, 0.75)), ("binomialvariate", (1, 0.3)), ("binomialvariate", (100, 0.25)),
             ("binomialvariate", (100, 0.75)), ("binomialvariate", (1000, 0.4)), ("binomialvariate", (20, 0.5)),
             ("binomialvariate", (10**9, 0.5)), ("binomialvariate", (10**15, 0.3)), ("binomialvariate", (60, 0.9))]
    for name, args in heavy:
        s.add("heavy-" + name, py_random(seed()), [cr(name, *args, repeat=5000), tail])

    # random parameters, 50 draws each
    for _ in range(12):
        mu, sigma = rng.uniform(-100, 100), rng.choice([rng.uniform(0, 10), rng.uniform(-5, 0), 1e-300, 1e300])
        s.add("params-normal", py_random(seed()),
              [cr("gauss", mu, sigma, repeat=50), cr("normalvariate", mu, sigma, repeat=50),
               cr("lognormvariate", mu / 50, abs(sigma) / 5 if abs(sigma) < 100 else 1.0, repeat=50), tail])
        s.add("params-vonmises", py_random(seed()),
              [cr("vonmisesvariate", rng.uniform(-10, 10), 10 ** rng.uniform(-7, 20), repeat=50), tail])
        s.add("params-gamma", py_random(seed()),
              [cr("gammavariate", 10 ** rng.uniform(-3, 4), 10 ** rng.uniform(-3, 3), repeat=50),
               cr("betavariate", 10 ** rng.uniform(-2, 2), 10 ** rng.uniform(-2, 2), repeat=50), tail])
        s.add("params-tails", py_random(seed()),
              [cr("expovariate", rng.uniform(-10, 10), repeat=50), cr("paretovariate", rng.uniform(1.5, 50), repeat=50),
               cr("weibullvariate", rng.uniform(0, 10), rng.uniform(0.5, 10), repeat=50), tail])
        n = rng.choice([0, 1, 2, 5, 30, 100, 1000, 10**6, 2**40])
        p = rng.choice([rng.random(), rng.random() / 1000, 1 - rng.random() / 1000, 0.5])
        s.add("params-binomial", py_random(seed()), [cr("binomialvariate", n, p, repeat=50), tail])

    # edges and constants (CPython's test_constant among them)
    s.add("edge-constant", py_random(seed()),
          [cr("expovariate", inf, repeat=5), cr("vonmisesvariate", 3.0, inf, repeat=5), cr("gauss", 10.0, 0.0, repeat=5),
           cr("lognormvariate", 0.0, 0.0, repeat=3), cr("lognormvariate", -inf, 0.0, repeat=3),
           cr("normalvariate", 10.0, 0.0, repeat=3), cr("binomialvariate", 0, 0.5), cr("binomialvariate", 10, 0.0),
           cr("binomialvariate", 10, 1.0), cr("paretovariate", inf, repeat=3), cr("weibullvariate", 10.0, inf, repeat=3),
           cr("weibullvariate", 0.0, 10.0, repeat=3), tail])
    s.add("edge-normal", py_random(seed()),
          [cr("normalvariate", 0.0, -1.0, repeat=3), cr("normalvariate", 0.0, inf, repeat=3),
           cr("normalvariate", 0.0, nan), cr("normalvariate", inf, 1.0), cr("normalvariate", 2**60, 3),
           cr("gauss", 0.0, -2.0, repeat=3), cr("gauss", -inf, 1.0), cr("gauss", 1, 2), cr("gauss", True, False),
           cr("lognormvariate", 700.0, 1.0, repeat=3), cr("lognormvariate", -800.0, 1.0), tail])
    s.add("edge-expo", py_random(seed()),
          [cr("expovariate", -inf, repeat=3), cr("expovariate", nan), cr("expovariate", 2), cr("expovariate", 1e-300),
           cr("expovariate", 1e300), cr("expovariate", -0.0 + 5e-324), cr("expovariate", lambd=3.0), tail])
    s.add("edge-vonmises", py_random(seed()),
          [cr("vonmisesvariate", 0.0, 0.0, repeat=3), cr("vonmisesvariate", 0.0, 1e-6), cr("vonmisesvariate", 0.0, 1.0000001e-6),
           cr("vonmisesvariate", 0.0, -5.0), cr("vonmisesvariate", inf, 1.0), cr("vonmisesvariate", nan, 1.0),
           cr("vonmisesvariate", -inf, 0.0), cr("vonmisesvariate", -1e300, 2.0), cr("vonmisesvariate", 2**70, 2.0),
           cr("vonmisesvariate", -2**3000, 1.0), cr("vonmisesvariate", True, True), tail])
    s.add("edge-gamma", py_random(seed()),
          [cr("gammavariate", 1e-300, 1.0, repeat=5), cr("gammavariate", 5e-324, 1.0, repeat=3),
           cr("gammavariate", 1e300, 1.0, repeat=3), cr("gammavariate", 2.0, nan), cr("gammavariate", 2.0, inf),
           cr("gammavariate", 0.5, inf), cr("gammavariate", 1.0, 1e300), cr("gammavariate", True, 2),
           cr("gammavariate", 3, 2), cr("gammavariate", 1 - 2**-53, 1.0, repeat=5), tail])
    s.add("edge-beta", py_random(seed()),
          [cr("betavariate", 1e-300, 1.0, repeat=3), cr("betavariate", 1e-300, -5.0, repeat=3),
           cr("betavariate", 1e300, 1e300), cr("betavariate", 0.5, 1e300), cr("betavariate", 2, 3), tail])
    s.add("edge-pareto-weibull", py_random(seed()),
          [cr("paretovariate", -2.0, repeat=3), cr("paretovariate", -inf), cr("paretovariate", nan),
           cr("paretovariate", 1e-300), cr("paretovariate", 1), cr("weibullvariate", -1.0, 2.0),
           cr("weibullvariate", 1.0, -2.0, repeat=3), cr("weibullvariate", nan, 1.0), cr("weibullvariate", 1.0, nan),
           cr("weibullvariate", inf, 1.0), cr("weibullvariate", 3, 2), tail])
    s.add("edge-binomial", py_random(seed()),
          [cr("binomialvariate", 0, 0.3), cr("binomialvariate", 0, 0.9), cr("binomialvariate", 5, 1e-18),
           cr("binomialvariate", 5, 1e-17), cr("binomialvariate", 5, 5e-324), cr("binomialvariate", 5, 1 - 2**-53),
           cr("binomialvariate", 1, 0.0), cr("binomialvariate", 1, 1.0), cr("binomialvariate", 10, -0.0),
           cr("binomialvariate", 20, 0.5, repeat=5), cr("binomialvariate", 20, 0.49999999, repeat=5),
           cr("binomialvariate", 20, 0.5000001, repeat=5), cr("binomialvariate", 2**63 - 1, 1e-19, repeat=3),
           cr("binomialvariate", 2**63 - 1, 0.5, repeat=3), cr("binomialvariate", 2**63 - 1, 0.99, repeat=3),
           cr("binomialvariate", 2**62, 2.0**-62 * 9.5, repeat=3), cr("binomialvariate", 1, nan),
           cr("binomialvariate", True, 0.5), cr("binomialvariate", 5, True), cr("binomialvariate", 5, False),
           cr("binomialvariate", 7, 1), cr("binomialvariate", 7, 0), cr("binomialvariate", n=3),
           cr("binomialvariate", p=0.2), cr("binomialvariate", 100, p=0.5), tail])

    # gauss_next: cached across calls, carried by getstate/setstate, cleared by seed
    s.add("gauss-next", py_random(seed()),
          [cr("gauss"), call("getstate"), cr("gauss"), call("getstate"), cr("gauss", 5.0, 2.0), cr("normalvariate"),
           cr("gauss", 1.0, 0.0), cr("gauss"), call("getstate"), tail])
    s.add("gauss-next-seed", py_random(seed()),
          [cr("gauss"), call("seed", 5), call("getstate"), cr("gauss", repeat=3), call("seed", "x"), cr("gauss"),
           call("seed", {"bytes": "0102"}), cr("gauss"), call("seed", 2.5), call("getstate"), tail])
    for k in range(6):
        ref = random.Random(rng.getrandbits(64))   # a state produced by CPython: its gauss_next set or not
        ref.random()
        for _ in range(rng.randrange(3)):
            ref.gauss()
        st = ref.getstate()
        state = [st[0], list(st[1]), fv(st[2])]
        s.add("gauss-setstate", py_random(seed()),
              [cr("gauss"), call("setstate", state), call("getstate"), cr("gauss", repeat=3), call("getstate"),
               call("setstate", state), cr("gauss", 2.0, 3.0), cr("gauss"), cr("gammavariate", 0.5, 2.0), tail])
    for g in (0.75, -0.0, None, 1e300, {"float": "inf"}, {"float": "nan"}, 3):
        s.add("gauss-setstate-value", py_random(12),
              [call("setstate", [3, s.u32(624) + [rng.randrange(625)], g]), call("getstate"), cr("gauss", 1.0, 2.0),
               call("getstate"), cr("gauss"), tail])
    s.add("gauss-setstate-roundtrip", py_random(seed()),
          [cr("gauss"), call("getstate"), cr("gauss", repeat=5), call("getstate"), cr("binomialvariate", 100, 0.3),
           call("getstate"), tail])

    # bad input: every check, each followed by a draw
    s.add("bad-gamma", py_random(seed()),
          [cr("gammavariate", 0, 1), tail, cr("gammavariate", -1, 3), tail, cr("gammavariate", 2, 0), tail,
           cr("gammavariate", 1, -3), tail, cr("gammavariate", 0.0, 1.0), tail, cr("gammavariate", -inf, 1.0), tail,
           cr("gammavariate", 1.0, -0.0), tail, cr("gammavariate", "a", 1), tail, cr("gammavariate", 1, "a"), tail,
           cr("gammavariate", None, 1), tail, cr("gammavariate", 0, "a"), tail, cr("gammavariate", 2**2000, 1), tail,
           cr("gammavariate", 2.0, 2**2000), tail, cr("gammavariate", 0.5, 2**2000), tail,
           cr("gammavariate", -2**2000, 1), tail, cr("gammavariate", 2.0, -2**2000), tail, cr("gammavariate", 1.0), tail,
           cr("gammavariate", 1.0, 2.0, 3.0), tail, cr("gammavariate", alpha=2.0, b=1.0), tail])
    s.add("bad-beta", py_random(seed()),
          [cr("betavariate", 0, 1), tail, cr("betavariate", 1, 0), tail, cr("betavariate", 2.0, -1.0), tail,
           cr("betavariate", "a", 1), tail, cr("betavariate", 2.0, "a"), tail, cr("betavariate", 2.0, None), tail,
           cr("betavariate", 2.0, 2**2000), tail, cr("betavariate", 1.0), tail])
    s.add("bad-binomial", py_random(seed()),
          [cr("binomialvariate", -1), tail, cr("binomialvariate", n=-1), tail, cr("binomialvariate", 1, -0.5), tail,
           cr("binomialvariate", 1, 1.5), tail, cr("binomialvariate", 10, inf), tail, cr("binomialvariate", 10, -inf), tail,
           cr("binomialvariate", 10, nan), tail, cr("binomialvariate", 10, 2), tail, cr("binomialvariate", 10, 2**2000), tail,
           cr("binomialvariate", "a", 0.5), tail, cr("binomialvariate", 5, "a"), tail, cr("binomialvariate", 5, None), tail,
           cr("binomialvariate", -5, "a"), tail, cr("binomialvariate", -2**100, 0.5), tail, cr("binomialvariate", None), tail,
           cr("binomialvariate", 1, 0.5, 3), tail, cr("binomialvariate", k=1), tail])
    s.add("bad-expo", py_random(seed()),
          [cr("expovariate", 0), tail, cr("expovariate", 0.0), tail, cr("expovariate", -0.0), tail,
           cr("expovariate", "a"), tail, cr("expovariate", None), tail, cr("expovariate", [1]), tail,
           cr("expovariate", 2**2000), tail, cr("expovariate", 1, 2), tail, cr("expovariate", False), tail])
    s.add("bad-pareto", py_random(seed()),
          [cr("paretovariate", 0), tail, cr("paretovariate", 0.0), tail, cr("paretovariate", "a"), tail,
           cr("paretovariate", None), tail, cr("paretovariate", 2**2000), tail, cr("paretovariate"), tail,
           cr("paretovariate", 1e-3, repeat=1), tail, cr("paretovariate", 1e-3), tail, cr("paretovariate", 1e-3), tail,
           cr("paretovariate", 1e-3), tail, cr("paretovariate", 5e-324), tail])
    s.add("bad-weibull", py_random(seed()),
          [cr("weibullvariate", 1.0, 0), tail, cr("weibullvariate", 1.0, 0.0), tail, cr("weibullvariate", 1.0, "a"), tail,
           cr("weibullvariate", "a", 1.0), tail, cr("weibullvariate", [1], 1.0), tail, cr("weibullvariate", None, 1.0), tail,
           cr("weibullvariate", {"bytes": "00"}, 1.0), tail, cr("weibullvariate", 2**2000, 1.0), tail,
           cr("weibullvariate", 1.0, 2**2000), tail, cr("weibullvariate", 1.0, 1e-3), tail, cr("weibullvariate", 1.0, 1e-3),
           tail, cr("weibullvariate", 1.0, 1e-300), tail, cr("weibullvariate", "a", 1e-300), tail, cr("weibullvariate", 1.0), tail])
    s.add("bad-normal", py_random(seed()),
          [cr("normalvariate", "a"), tail, cr("normalvariate", 0.0, "a"), tail, cr("normalvariate", None, 1.0), tail,
           cr("normalvariate", [1], 1.0), tail, cr("normalvariate", 0.0, [1]), tail, cr("normalvariate", 0.0, None), tail,
           cr("normalvariate", {"bytes": "00"}, 1.0), tail, cr("normalvariate", "a", "b"), tail,
           cr("normalvariate", 2**2000, 1.0), tail, cr("normalvariate", 0.0, 2**2000), tail, cr("normalvariate", 1, 2, 3), tail,
           cr("normalvariate", sigma=2.0), tail, cr("normalvariate", s=2.0), tail])
    s.add("bad-gauss", py_random(seed()),
          [cr("gauss", "a"), cr("gauss"), tail, cr("gauss", 0.0, "a"), call("getstate"), cr("gauss"), tail,
           cr("gauss", None), cr("gauss", 0.0, None), cr("gauss", {"bytes": "00"}), cr("gauss", 2**2000),
           cr("gauss", 1, 2, 3), cr("gauss", sigma=0.5), tail])
    s.add("bad-lognormal", py_random(seed()),
          [cr("lognormvariate", 1000.0, 1.0), tail, cr("lognormvariate", 0.0, 1e300), tail, cr("lognormvariate", 0.0), tail,
           cr("lognormvariate"), tail, cr("lognormvariate", "a", 1.0), tail, cr("lognormvariate", 0.0, "a"), tail])
    s.add("bad-vonmises", py_random(seed()),
          [cr("vonmisesvariate", 0.0, "a"), tail, cr("vonmisesvariate", 0.0, None), tail, cr("vonmisesvariate", "a", 0.0), tail,
           cr("vonmisesvariate", "a", 1.0), tail, cr("vonmisesvariate", "a", 2.0), tail, cr("vonmisesvariate", None, 3.0), tail,
           cr("vonmisesvariate", [1], 1.0), tail, cr("vonmisesvariate", 0.0, 2**2000), tail,
           cr("vonmisesvariate", 2**2000, 2.0), tail, cr("vonmisesvariate", 1.0), tail, cr("vonmisesvariate", mu=1.0, kappa=2.0),
           tail])
    return s


# ---------------------------------------------------------------- distributions

INF = float("inf")
NAN = float("nan")
LEGACY_POISSON_LAM_MAX = 9.223372006484771e18      # long max - 10 * sqrt(long max), as a double
LEGACY_POISSON_LAM_MAX_UP = 9.223372006484772e18   # the next double up: "lam value too large"


def fv(x):
    """A float as a VALUE: non-finite floats as {"float": ...}; lists recursively; anything else as is."""
    if isinstance(x, float):
        if x != x:
            return {"float": "nan"}
        if x in (INF, -INF):
            return {"float": "inf" if x > 0 else "-inf"}
        return x
    if isinstance(x, (list, tuple)):
        return [fv(v) for v in x]
    return x


def c(name, *args, **kwargs):
    """call() with float arguments encoded (NaN, inf) and tuples as lists."""
    return call(name, *[fv(a) for a in args], **{k: fv(v) for k, v in kwargs.items()})


def prod(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def nested(flat, shape):
    """flat (C order) as nested lists of the given shape."""
    if not shape:
        return flat[0]
    if shape[0] == 0:
        return []
    step = prod(shape[1:])
    if step == 0:
        return [nested([], list(shape[1:])) for _ in range(shape[0])]
    return [nested(flat[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])]


def arr(dtype, flat, shape):
    """An ndarray VALUE (floats encoded)."""
    return {"dtype": dtype, "shape": list(shape), "data": [fv(v) for v in flat]}


# n-d broadcasting scenarios shared by the distributions and randomstate2 suites: per parameter a
# (form, shape), form 's' scalar, '0d', 'nd' float64 ndarray, 'list' nested list, 'i64' / 'bool' ndarray;
# size 'absent' (not passed) or a size; kw: parameters by keyword; is_error: NumPy raises.
BROADCAST_ONE = [  # (spec, size, kw, is_error): one parameter
    ([("nd", (3,))], "absent", False, False),
    ([("nd", (2, 3))], None, True, False),
    ([("list", (2, 1, 3))], "absent", False, False),
    ([("list", (3,))], [2, 3], False, False),
    ([("nd", (4, 1))], [5, 4, 3], True, False),
    ([("nd", (1,))], [3], False, False),
    ([("0d", ())], "absent", False, False),
    ([("0d", ())], 3, False, False),
    ([("i64", (2, 2))], "absent", False, False),
    ([("bool", (3,))], "absent", True, False),
    ([("list", (0,))], "absent", False, False),
    ([("nd", (2, 0))], "absent", False, False),
    ([("nd", (2, 0))], [3, 2, 0], False, False),
    ([("nd", (3,))], [0, 3], False, False),
    ([("nd", (3,))], [4], False, True),
    ([("list", (3,))], [2, 1], False, True),
    ([("nd", (2,))], [], False, True),
    ([("nd", (2, 0))], [2, 1], False, True),
    ([("nd", (3,))], -1, False, True),
    ([("nd", (3, 2))], [3], False, True),
]
BROADCAST_TWO = [
    ([("nd", (3,)), ("s", None)], "absent", False, False),
    ([("s", None), ("list", (2, 3))], "absent", False, False),
    ([("nd", (3, 1)), ("list", (4,))], "absent", False, False),
    ([("list", (2, 1, 3)), ("nd", (1, 4, 1))], "absent", True, False),
    ([("nd", (2, 3)), ("nd", (3,))], None, False, False),
    ([("nd", (3,)), ("nd", (3,))], [2, 3], False, False),
    ([("list", (4, 1)), ("s", None)], [5, 4, 3], True, False),
    ([("nd", (1,)), ("nd", (2, 1))], "absent", False, False),
    ([("0d", ()), ("0d", ())], "absent", False, False),
    ([("0d", ()), ("0d", ())], [2], False, False),
    ([("0d", ()), ("nd", (2,))], "absent", False, False),
    ([("i64", (2, 2)), ("bool", (2,))], "absent", False, False),
    ([("bool", (3,)), ("i64", (1, 3))], "absent", False, False),
    ([("nd", (2, 0)), ("nd", (1,))], "absent", False, False),
    ([("list", (0,)), ("list", (0,))], "absent", False, False),
    ([("nd", (2, 0)), ("nd", (3, 1, 1))], "absent", False, False),
    ([("s", None), ("nd", (0, 3))], [2, 0, 3], False, False),
    ([("nd", (3,)), ("nd", (2,))], "absent", False, True),
    ([("nd", (3, 1)), ("nd", (4,))], [3, 1], False, True),
    ([("nd", (3, 1)), ("nd", (4,))], [2, 3], False, True),
    ([("nd", (2,)), ("list", (3, 1))], [4], False, True),
    ([("list", (0,)), ("nd", (3,))], "absent", False, True),
    ([("nd", (2,)), ("s", None)], [], False, True),
    ([("nd", (2, 0)), ("nd", (3, 1, 2))], "absent", False, True),
    ([("s", None), ("nd", (3,))], -1, False, True),
]
BROADCAST_THREE = [
    ([("nd", (3,)), ("s", None), ("s", None)], "absent", False, False),
    ([("s", None), ("list", (2, 1)), ("s", None)], "absent", False, False),
    ([("nd", (3, 1, 1)), ("nd", (1, 2, 1)), ("list", (1, 1, 4))], "absent", False, False),
    ([("nd", (2, 3)), ("nd", (2, 3)), ("nd", (2, 3))], "absent", True, False),
    ([("list", (3,)), ("s", None), ("nd", (3,))], [2, 2, 3], False, False),
    ([("0d", ()), ("0d", ()), ("0d", ())], [2], False, False),
    ([("i64", (2,)), ("i64", (2, 1)), ("i64", (1,))], "absent", False, False),
    ([("nd", (0,)), ("s", None), ("s", None)], "absent", False, False),
    ([("nd", (2, 0)), ("s", None), ("nd", (1, 1))], [3, 2, 0], False, False),
    ([("nd", (2,)), ("s", None), ("nd", (3,))], "absent", False, True),
    ([("nd", (3,)), ("nd", (2,)), ("s", None)], "absent", False, True),
    ([("nd", (3,)), ("s", None), ("s", None)], [2, 2], False, True),
    ([("nd", (3,)), ("s", None), ("s", None)], [2, 1], False, True),
    ([("nd", (3, 1)), ("nd", (4,)), ("s", None)], [2, 3, 4], False, False),
]


def distributions_suite():
    s = Suite("distributions")
    rng = s.rng
    special_seeds = [0, 2**32 - 1, 1, [0], [2**32 - 1, 0], [1, 2, 3, 4, 5], 2**31, [2**32 - 1] * 3]
    counter = [0]

    def seed():
        k = counter[0]
        counter[0] += 1
        if k % 4 == 0:
            return special_seeds[(k // 4) % len(special_seeds)]
        if k % 4 == 1:
            return s.u32(rng.choice([1, 2, 3, 7]))
        return rng.getrandbits(32)

    def gen(sd=None):
        return random_state(seed() if sd is None else sd)

    tail = c("random_sample")
    pre = c("standard_normal")                       # leaves a cached gaussian behind
    post = [c("standard_normal"), c("random_sample")]  # the cached gaussian, then the stream

    # ------------------------------------------------ 1. scalar parameters, every size form
    sizes = [None, 1, 5, [2, 3], [2, 1, 3], [], 0, [3, 0], [0, 2, 4]]

    def size_calls(name, args, kwargs=None, sizes_=sizes):
        kwargs = kwargs or {}
        out = []
        for size in sizes_:
            kw = dict(kwargs)
            if size is not None:
                kw["size"] = size
            out.append(c(name, *args, **kw))
        return out

    for _ in range(3):
        s.add("scalar-standard_normal", gen(),
              [c("standard_normal"), c("standard_normal", None), c("standard_normal", 3)]
              + size_calls("standard_normal", []) + [tail])
    for _ in range(3):
        s.add("scalar-randn", gen(),
              [c("randn"), c("randn", 1), c("randn", 3), c("randn", 2, 3), c("randn", 2, 1, 3), c("randn", 0),
               c("randn", 3, 0), c("randn"), tail])
    s.add("scalar-standard_exponential", gen(),
          [c("standard_exponential"), c("standard_exponential", 3)] + size_calls("standard_exponential", []) + [tail])
    s.add("scalar-standard_exponential", gen(), size_calls("standard_exponential", []) + [c("standard_normal"), tail])

    scalar_params = {
        "normal": [((), {}), ((1.5, 2.0), {}), ((), {"loc": -3.0, "scale": 0.5}), ((), {"scale": 0.0}),
                   ((1e300, 1e-300), {}), ((3, 2), {}), ((True, False), {}), ((-0.0,), {"scale": 1.0}),
                   ((), {"loc": 10.0}), ((0.25,), {})],
        "uniform": [((), {}), ((), {"high": 2}), ((5,), {}), ((-1.0, 1.0), {}), ((2.0, 2.0), {}),
                    ((), {"low": -1e307, "high": 1e307}), ((0, 10), {}), ((1e-300, 2e-300), {}),
                    ((), {"low": 3.5}), ((-2.5,), {"high": -7.25})],
        "exponential": [((), {}), ((2.5,), {}), ((0.0,), {}), ((1e-300,), {}), ((), {"scale": 3}),
                        ((1e300,), {})],
        "standard_gamma": [((0.3,), {}), ((1.0,), {}), ((2.5,), {}), ((0.0,), {}), ((1e-3,), {}),
                           ((), {"shape": 1e4}), ((1,), {}), ((0.999999,), {})],
        "gamma": [((2.5,), {}), ((0.3, 2.0), {}), ((1.0, 3.0), {}), ((0.0, 5.0), {}), ((2.0, 0.0), {}),
                  ((5.0, 1e-3), {}), ((), {"shape": 0.5, "scale": 4.0}), ((3,), {"scale": 2})],
        "beta": [((0.5, 0.5), {}), ((2.0, 3.0), {}), ((0.5, 5.0), {}), ((1.0, 1.0), {}), ((1e-3, 1e-3), {}),
                 ((100.0, 100.0), {}), ((0.9, 0.2), {}), ((5.0, 0.5), {}), ((), {"a": 1.0, "b": 1.0000001}),
                 ((1e-300, 1e-300), {})],
        "poisson": [((), {}), ((0.0,), {}), ((0.5,), {}), ((3.0,), {}), ((9.99,), {}), ((10.0,), {}),
                    ((47.5,), {}), ((1e6,), {}), ((), {"lam": 1e12}), ((7,), {})],
        "binomial": [((10, 0.5), {}), ((0, 0.5), {}), ((10, 0.0), {}), ((10, 1.0), {}), ((100, 0.3), {}), ((100, 0.7), {}), ((100, 0.30000000000000004), {}),
                     ((60, 0.5), {}), ((1000, 0.4), {}), ((10**9, 0.5), {}), ((200, 0.8), {}), ((5, 0.99), {}),
                     ((2**40, 1e-12), {}), ((True, 0.5), {}), ((5.7, 0.5), {}), ((), {"n": 20, "p": 0.9}),
                     ((10**9, 1e-8), {}), ((1, 0.5), {})],
        "triangular": [((0.0, 0.5, 1.0), {}), ((0.0, 0.0, 1.0), {}), ((0.0, 1.0, 1.0), {}),
                       ((), {"left": -3, "mode": -1, "right": 10})],
    }
    for name, params in scalar_params.items():
        for args, kwargs in params:
            s.add("scalar-" + name, gen(), size_calls(name, list(args), kwargs) + [c("standard_normal"), tail])

    # ------------------------------------------------ 2. n-d broadcasting
    def sample(method, i, kind):
        """One valid value for parameter i of method; kind 'f' (float), 'i' (int), 'b' (bool)."""
        if kind == "b":
            return rng.random() < 0.5
        if method == "normal" and i == 0:
            return round(rng.uniform(-10, 10), 4) if kind == "f" else rng.randint(-5, 5)
        if method == "uniform":
            return round(rng.uniform(-5, 5), 3) if kind == "f" else rng.randint(-5, 5)
        if method in ("normal", "exponential"):  # scale
            return rng.choice([0.0, 0.5, 1.0, 2.5, 1e-3, 100.0]) if kind == "f" else rng.randint(0, 4)
        if method == "standard_gamma" or (method == "gamma" and i == 0):
            return rng.choice([0.0, 0.3, 0.9, 1.0, 1.5, 2.5, 10.0, 1e4]) if kind == "f" else rng.randint(0, 5)
        if method == "gamma":
            return rng.choice([0.0, 0.5, 1.0, 2.0, 1e-3]) if kind == "f" else rng.randint(0, 4)
        if method == "beta":
            return rng.choice([1e-3, 0.2, 0.5, 0.9, 1.0, 2.0, 3.0, 5.0, 100.0]) if kind == "f" else rng.randint(1, 5)
        if method == "poisson":
            return rng.choice([0.0, 0.5, 3.0, 9.99, 10.0, 47.5, 1000.0, 1e6]) if kind == "f" else rng.randint(0, 20)
        if method == "binomial":
            if i == 0:
                return rng.choice([0, 1, 5, 10, 60, 100, 1000, 10**6])
            return rng.choice([0.0, 0.1, 0.3, 0.5, 0.8, 0.99, 1.0]) if kind == "f" else rng.randint(0, 1)
        if method == "triangular":
            lo, hi = [(-10, -1), (-1, 1), (1, 10)][i]
            return round(rng.uniform(lo, hi), 3) if kind == "f" else rng.randint(lo, hi)
        raise ValueError(method)

    def pval(method, i, shape, form):
        """Parameter i as: 's' scalar, 'nd' float64 ndarray, 'list' nested list, 'i64' / 'bool' ndarray.
        Integer parameters (binomial n) are int64 ndarrays / int lists for 'nd' / 'list'."""
        is_int = method == "binomial" and i == 0
        if form == "s":
            return sample(method, i, "i" if is_int else "f")
        if form == "0d":
            v = sample(method, i, "i" if is_int else "f")
            return arr("int64" if is_int else "float64", [v], [])
        kind = {"nd": "i" if is_int else "f", "list": "i" if is_int else "f", "i64": "i", "bool": "b"}[form]
        flat = [sample(method, i, kind) for _ in range(prod(shape))]
        if form == "list":
            return nested(flat, list(shape))
        dtype = {"nd": "int64" if is_int else "float64", "i64": "int64", "bool": "bool"}[form]
        return arr(dtype, flat, shape)

    def bcall(method, spec, size="absent", kw=False):
        """spec: one (form, shape) per parameter; kw: pass parameters by keyword."""
        names = {"normal": ["loc", "scale"], "uniform": ["low", "high"], "exponential": ["scale"],
                 "standard_gamma": ["shape"], "gamma": ["shape", "scale"], "beta": ["a", "b"],
                 "poisson": ["lam"], "binomial": ["n", "p"], "triangular": ["left", "mode", "right"]}[method]
        vals = [pval(method, i, shape, form) for i, (form, shape) in enumerate(spec)]
        kwargs = {"size": size} if size != "absent" else {}
        if kw:
            kwargs.update(dict(zip(names, vals)))
            return c(method, **kwargs)
        return c(method, *vals, **kwargs)

    for method, arity in (("exponential", 1), ("standard_gamma", 1), ("poisson", 1), ("normal", 2),
                          ("uniform", 2), ("gamma", 2), ("beta", 2), ("binomial", 2), ("triangular", 3)):
        scenarios = {1: BROADCAST_ONE, 2: BROADCAST_TWO, 3: BROADCAST_THREE}[arity]
        for start in range(0, len(scenarios), 3):
            calls = []
            for spec, size, kw, is_error in scenarios[start:start + 3]:
                if method == "beta" and any(form == "bool" for form, _ in spec):
                    spec = [("i64" if form == "bool" else form, shape) for form, shape in spec]
                calls.append(bcall(method, spec, size, kw))
                if is_error:
                    calls.append(tail)
            s.add("broadcast-" + method, gen(), calls + [c("standard_normal"), tail])
    # binomial with 2-d / 3-d n and p mixing inversion and BTPE (the binomial cache switches per element)
    for _ in range(3):
        n = nested([rng.choice([0, 5, 60, 100, 1000, 10**9]) for _ in range(6)], [2, 3])
        p = arr("float64", [rng.choice([0.0, 0.3, 0.5, 0.8, 1.0]) for _ in range(6)], [2, 1, 3])
        s.add("broadcast-binomial-mixed", gen(), [c("binomial", n, p), c("binomial", n, 0.3, size=[4, 2, 3]), tail])

    # ------------------------------------------------ 2b. randint with array bounds
    def dtype_range(dtype):
        if dtype == "bool":
            return 0, 2
        bits = DTYPE_BITS[dtype]
        if dtype.startswith("u"):
            return 0, 2**bits
        return -2**(bits - 1), 2**(bits - 1)

    def bounds(dtype, n):
        """n (low, high) pairs: full range, single value, small, half+1, random sub-ranges."""
        lo, hi = dtype_range(dtype)
        out = []
        for k in range(n):
            r = k % 6
            if r == 0:
                out.append((lo, hi))
            elif r == 1:
                v = rng.randrange(lo, hi)
                out.append((v, v + 1))
            elif r == 2 and hi - lo > 5:
                a = rng.randrange(lo, hi - 5)
                out.append((a, a + rng.randint(2, 5)))
            elif r == 3 and dtype != "bool":
                out.append((lo, lo + (hi - lo) // 2 + 1))
            else:
                a = rng.randrange(lo, hi)
                out.append((a, rng.randint(a + 1, hi)))
        return out

    def list_kind(vals):
        """The dtype NumPy 2 gives a list of Python ints: int64, uint64, float64 (int64 mixed with
        uint64-only values: lossy!) or object (a value outside both)."""
        kinds = set()
        for v in vals:
            if -2**63 <= v < 2**63:
                kinds.add("int64")
            elif 0 <= v < 2**64:
                kinds.add("uint64")
            else:
                return "object"
        return "float64" if len(kinds) == 2 else (kinds.pop() if kinds else "float64")

    def bparam(vals, shape, dtype):
        """randint bounds as a nested list, unless NumPy would turn that list into a lossy float64 array:
        then as an exact ndarray (the dtype's, or uint64), or clipped to int64."""
        if not vals or list_kind(vals) != "float64":
            return nested(vals, list(shape))
        dlo, dhi = dtype_range(dtype)
        if all(dlo <= v < dhi for v in vals):
            return arr(dtype, vals, shape)
        if all(0 <= v < 2**64 for v in vals):
            return arr("uint64", vals, shape)
        return nested([min(v, 2**63 - 1) for v in vals], list(shape))

    for dtype in ("bool",) + INT_DTYPES:
        lo, hi = dtype_range(dtype)
        pairs = bounds(dtype, 6)
        lows, highs = [p[0] for p in pairs], [p[1] for p in pairs]
        # 2-d low and high of the same shape (int64 ndarray / nested list), one call
        s.add("randint-array-" + dtype, gen(),
              [c("randint", bparam(lows, [2, 3], dtype), bparam(highs, [2, 3], dtype), dtype=dtype),
               c("randint", bparam(lows, [2, 3], dtype), bparam(highs, [2, 3], dtype), size=[2, 2, 3], dtype=dtype),
               tail])
        # 3-d broadcast: low (2,1,3) with high (1,4,1) -- high must exceed every low
        low3 = [rng.randrange(lo, lo + max(1, (hi - lo) // 4)) for _ in range(6)]
        high3 = [rng.randrange(lo + max(1, (hi - lo) // 4), hi) + 1 for _ in range(4)]
        s.add("randint-array-" + dtype, gen(),
              [c("randint", bparam(low3, [2, 1, 3], dtype), bparam(high3, [1, 4, 1], dtype), dtype=dtype),
               c("randint", bparam(low3[:3], [3], dtype), hi, size=[4, 3], dtype=dtype),
               c("randint", lo, bparam(high3, [4, 1], dtype), dtype=dtype), tail])
        # high=None with an array (low becomes 0), scalar low with array high, size bigger
        pos = [h for h in highs if h > 0] or [1]
        s.add("randint-array-" + dtype, gen(),
              [c("randint", bparam((pos * 4)[:4], [2, 2], dtype), dtype=dtype),
               c("randint", bparam((pos * 4)[:4], [2, 2], dtype), None, [3, 2, 2], dtype),
               c("randint", 0, [max(1, hi // 3), hi], size=[3, 2], dtype=dtype), tail])
        # array-path errors, each followed by a draw
        errs = [c("randint", [lo, lo + 1], [lo + 1, lo + 1], dtype=dtype),          # low >= high
                c("randint", [0, 0], [1, 0], dtype=dtype),                          # high <= 0 (low all 0)
                c("randint", [[0, 0]], dtype=dtype),                                # high <= 0 (high None)
                c("randint", [lo - 1, lo], [lo + 1, lo + 1], dtype=dtype),          # low out of bounds
                c("randint", [lo, lo], [lo + 1, hi + 1], dtype=dtype),              # high out of bounds
                c("randint", [lo, lo], [lo + 1, lo + 1, lo + 1], dtype=dtype),      # operands could not be broadcast
                c("randint", [lo, lo], lo + 1, size=[3], dtype=dtype),              # shape mismatch arg 0 / arg 2
                c("randint", [lo + 1, lo], lo + 1, size=0, dtype=dtype),            # size 0: no check at all
                c("randint", [lo, lo], lo + 1, size=-1, dtype=dtype)]               # negative dimensions
        calls = []
        for e in errs:
            calls += [e, tail]
        s.add("randint-array-errors-" + dtype, gen(), calls)
    # ndarray bounds of various dtypes, float bounds (truncated), quirky output sizes
    s.add("randint-array-dtypes", gen(),
          [c("randint", arr("int64", [1, 2, 3, 4], [2, 2]), 10),
           c("randint", arr("uint8", [1, 2, 3], [3]), arr("int64", [5, 6, 7], [3]), dtype="int8"),
           c("randint", arr("bool", [True, False], [2]), 5, dtype="uint16"),
           c("randint", arr("uint64", [1, 2], [2]), arr("int64", [5, 6], [2]), dtype="uint64"),
           c("randint", arr("int64", [0, 1], [2]), [2**64, 2**63], dtype="uint64"),
           c("randint", [-2**63, 1], [2**63 - 1, 2**63], dtype="int64"), tail])
    # NumPy 2 turns a list mixing int64-range ints with ints in [2**63, 2**64) into float64 (lossy)
    s.add("randint-array-list-promotion", gen(),
          [c("randint", [5, 2**63 + 1], [6, 2**63 + 2], dtype="uint64"), tail,
           c("randint", [0, 2**63 + 1], [10, 2**63 + 3000], size=[3, 2], dtype="uint64"),
           c("randint", [0, 2**63 + 4096], [2**63, 2**64 - 1], dtype="uint64"),
           c("randint", -5, [2**63, -1]), c("randint", [-5, 0], [5, 2**63]),
           c("randint", [0, 2**63], [2**64, 2**64], dtype="uint64"), tail])
    s.add("randint-array-floats", gen(),
          [c("randint", [1.5, 2.5], 5), c("randint", [1, 2], [2.5, 5.9]), c("randint", arr("float64", [1.5, 2.5], [2]), 5),
           c("randint", arr("float64", [1.5, 2.5], [2]), 5, dtype="int8"), c("randint", 5.7), c("randint", 0.5, 3.99, size=4),
           tail])
    s.add("randint-array-out-size", gen(),
          [c("randint", [1, 2], 10, size=[3, 1]), tail, c("randint", [1, 2], 10, size=[1]), tail,
           c("randint", [1, 2], 10, size=[]), tail, c("randint", [1, 2], [[10], [20]], size=[1, 1]), tail,
           c("randint", [1, 2], 10, dtype="int8", size=[3, 1]), tail,
           c("randint", [0, 0], [256, 128], dtype="uint8", size=[2, 1]), tail])
    s.add("randint-array-zero", gen(),
          [c("randint", [], 5), c("randint", arr("int64", [], [2, 0]), 5), c("randint", arr("int64", [], [2, 0]), 5, size=[3, 2, 0]),
           c("randint", [1, 2], 5, size=[0, 2]), c("randint", 5, 4, size=[2, 0]), c("randint", [5], 4, size=0), tail])
    s.add("randint-array-bad-types", gen(),
          [c("randint", ["a"], 5), tail, c("randint", [None], 5), tail, c("randint", None, 5), tail,
           c("randint", [1, 2], 5, dtype="float64"), tail, c("randint", [1, 2], 5, size=0, dtype="float64"), tail,
           c("randint", 5, 4, size=0, dtype="float64"), tail, c("randint", arr("float64", [NAN], [1]), 5), tail])

    # ------------------------------------------------ 3. validation (each bad call between draws)
    def bad(family, *calls_):
        for one_call in calls_:
            s.add("validation-" + family, gen(), [pre, one_call] + post)

    def ok(family, *calls_):  # legal but edge-case values: NaN, inf, -0.0 ...
        for one_call in calls_:
            s.add("edge-" + family, gen(), [pre, one_call] + post)

    nd = lambda data, shape=None: arr("float64", data, shape if shape is not None else [len(data)])  # noqa: E731
    bad("normal", c("normal", 0, -1), c("normal", 0, -0.0), c("normal", scale=-INF), c("normal", 0, [1, -0.0]),
        c("normal", 0, nd([1.0, -2.0, 3.0])), c("normal", [[0.0], [1.0]], [[1.0, -1e-300]]),
        c("normal", 0, nd([NAN, -1.0])), c("normal", 0, -1, size=-1), c("normal", 0, [1, -1], size=-1),
        c("normal", 0, [1, -1], size=[4]), c("normal", 0, 1, size=-1), c("normal", 0, 1, size=[2, -1]),
        c("normal", 0, [1, 1], size=-1), c("normal", "a"), c("normal", 0, "x"), c("normal", "1.5"),
        c("normal", None), c("normal", 0, None), c("normal", ["a", "b"]), c("normal", 0, -1, size=2.0),
        c("normal", size=2.0), c("normal", size="3"), c("normal", size=[2, 2.0]), c("normal", foo=1),
        c("normal", 0, 1, 2, 3), c("normal", None, -1), c("normal", "x", -1))
    ok("normal", c("normal", 0, NAN), c("normal", NAN), c("normal", 0, [1, NAN]), c("normal", INF),
       c("normal", 0, INF, size=3), c("normal", -0.0, 0.0, size=2), c("normal", [None, 1]),
       c("normal", 0, nd([NAN, 0.0, INF])), c("normal", size=arr("int64", [2, 3], [2])))
    bad("uniform", c("uniform", NAN, 1), c("uniform", 0, NAN), c("uniform", -INF, 0), c("uniform", 0, INF),
        c("uniform", -1e308, 1e308), c("uniform", 1e308, -1e308), c("uniform", INF, INF), c("uniform", [0, NAN], 1),
        c("uniform", 0, nd([1.0, INF])), c("uniform", [[-1e308], [0.0]], [1e308]), c("uniform", [None], 1),
        c("uniform", NAN, size=-1), c("uniform", 0, 1, size=-1), c("uniform", "a"), c("uniform", None),
        c("uniform", 0, None), c("uniform", high="2"), c("uniform", [0, 1], [1, 2, 3]),
        c("uniform", [0, 1], 2, size=[3]),
        c("uniform", -8.98846567431158e307, 8.98846567431158e307))
    ok("uniform", c("uniform", 5, 1, size=3), c("uniform", [3.0, 2.0], [1.0, 2.0]), c("uniform", -0.0, 0.0, size=2),
       c("uniform", 1e-320, 2e-320, size=2), c("uniform", -8.988465674311579e307, 8.988465674311579e307, size=2))
    bad("exponential", c("exponential", -1), c("exponential", -0.0), c("exponential", -INF),
        c("exponential", [1, -2]), c("exponential", [[0.0, -0.0]]), c("exponential", nd([1.0, -0.0])),
        c("exponential", -1, size=-1), c("exponential", [1, -1], size=[7]), c("exponential", "x"),
        c("exponential", None), c("exponential", [None, "a"]), c("exponential", 1, 2, 3))
    ok("exponential", c("exponential", NAN), c("exponential", INF), c("exponential", [NAN, 0.0, INF]),
       c("exponential", 0.0, size=3), c("exponential", [None]))
    bad("standard_gamma", c("standard_gamma", -1), c("standard_gamma", -0.0), c("standard_gamma", [0.5, -1]),
        c("standard_gamma", nd([-0.0])), c("standard_gamma", -1, size=-1), c("standard_gamma"),
        c("standard_gamma", None), c("standard_gamma", "2"), c("standard_gamma", size=3))
    ok("standard_gamma", c("standard_gamma", NAN), c("standard_gamma", INF), c("standard_gamma", [NAN, 0.5, 2.0]),
       c("standard_gamma", 0.0, size=4), c("standard_gamma", 1e-300, size=3))
    bad("gamma", c("gamma", -1), c("gamma", 1, -1), c("gamma", -1, -1), c("gamma", -0.0), c("gamma", 1, -0.0),
        c("gamma", [1, -1]), c("gamma", 1, [1, -1]), c("gamma", [-1], [-1]), c("gamma", -1, [1]), c("gamma", [1], -1),
        c("gamma", -1, "x"), c("gamma", None, -1), c("gamma", -1, None), c("gamma", 1, None), c("gamma"),
        c("gamma", -1, size=-1), c("gamma", 2, [1, 1], size=[3]))
    ok("gamma", c("gamma", NAN), c("gamma", 2.5, NAN), c("gamma", INF, 1), c("gamma", 0.5, INF, size=2),
       c("gamma", [NAN, 2.5], [1.0, NAN]))
    bad("beta", c("beta", 0, 1), c("beta", 1, 0), c("beta", -1, 1), c("beta", 1, -0.0), c("beta", -0.0, 1),
        c("beta", 0, 0), c("beta", [0.5, 0], [1, -1]), c("beta", [1, 0], [0, 1]), c("beta", 1, [1, 0]),
        c("beta", -1, [1]), c("beta", nd([0.5, -INF]), 1), c("beta", 1), c("beta"), c("beta", None, 1),
        c("beta", 1, "b"), c("beta", 0, 1, size=-1), c("beta", [1, 2], [1, 2, 3]))
    ok("beta", c("beta", NAN, 1), c("beta", 1, NAN), c("beta", [NAN], [1]), c("beta", INF, 1), c("beta", 1, INF),
       c("beta", 2.0, INF), c("beta", 5e-324, 5e-324))
    bad("poisson", c("poisson", -1), c("poisson", NAN), c("poisson", -INF), c("poisson", INF),
        c("poisson", 1e19), c("poisson", LEGACY_POISSON_LAM_MAX_UP), c("poisson", [1e19]), c("poisson", [-1]),
        c("poisson", [NAN]), c("poisson", [-1, NAN]), c("poisson", [-1, 1e19]), c("poisson", [1e19, -1]),
        c("poisson", nd([INF])), c("poisson", nd([1.0, -INF])), c("poisson", arr("float64", [NAN], [])),
        c("poisson", arr("float64", [-1.0], [])), c("poisson", [[1.0, 2.0], [3.0, -0.5]]),
        c("poisson", -1, size=-1), c("poisson", 1, size=-1), c("poisson", [1, 2], size=[1]), c("poisson", [1, 2], size=[]),
        c("poisson", "a"), c("poisson", None), c("poisson", [None]), c("poisson", ["1", "x"]))
    ok("poisson", c("poisson", -0.0), c("poisson", [-0.0, 0.0]), c("poisson", LEGACY_POISSON_LAM_MAX),
       c("poisson", [LEGACY_POISSON_LAM_MAX, 0.0]), c("poisson", 9.2e18, size=2), c("poisson", True),
       c("poisson", ["2", "3.5"]))
    bad("binomial", c("binomial", -1, 0.5), c("binomial", 5, 1.5), c("binomial", 5, -0.1), c("binomial", 5, NAN),
        c("binomial", 5, INF), c("binomial", -1, NAN), c("binomial", [5], [NAN]), c("binomial", [5], NAN),
        c("binomial", 5, [0.5, NAN]), c("binomial", [-1], [NAN]), c("binomial", [-1], 0.5), c("binomial", [5, -1], [0.5]),
        c("binomial", -5.5, 0.5), c("binomial", 2**63, 0.5), c("binomial", [2**63], 0.5), c("binomial", 1e19, 0.5),
        c("binomial", [1e19], 0.5), c("binomial", NAN, 0.5), c("binomial", [NAN], 0.5), c("binomial", INF, 0.5),
        c("binomial", NAN, 2.0), c("binomial", "5", 0.5), c("binomial", "abc", 0.5), c("binomial", "abc", "x"),
        c("binomial", None, 0.5), c("binomial", [None], 0.5), c("binomial", 5, None), c("binomial", 5, "0.5"),
        c("binomial", "5", 2.0), c("binomial", nd([5.0]), 0.5), c("binomial", arr("float64", [5.0], []), 0.5),
        c("binomial", arr("uint64", [2**63], [1]), 0.5), c("binomial", -1, 0.5, size=-1), c("binomial", 5, 0.5, size=-1),
        c("binomial", [5, 6], 0.5, size=[3]), c("binomial", [5, 6], [0.5, 0.1, 0.2]), c("binomial", 5, [0.5], size=[]),
        c("binomial", [-1], nd([0.5]), size=[2, 0]), c("binomial", 5), c("binomial"))
    ok("binomial", c("binomial", 5.5, 0.5), c("binomial", [5.5], 0.5), c("binomial", -0.5, 0.5), c("binomial", [-0.5], 0.5),
       c("binomial", True, 0.5), c("binomial", [True, False], 0.5), c("binomial", 5, [True, False]),
       c("binomial", -0.0, 0.5), c("binomial", 0, -0.0), c("binomial", 7, -0.0, size=2), c("binomial", ["5"], 0.5),
       c("binomial", arr("int64", [5], []), 0.5), c("binomial", arr("int32", [5, 6], [2]), 0.5),
       c("binomial", arr("uint32", [5], [1]), 0.5), c("binomial", arr("bool", [True], [1]), 0.5),
       c("binomial", 2**63 - 1, 0.0), c("binomial", [2**63 - 1], 0.0), c("binomial", 2**62, 0.5),
       c("binomial", 5, 0.5, size=[]), c("binomial", [5], 0.5, size=[1]))
    bad("triangular", c("triangular", 1.0, 0.0, 2.0), c("triangular", 0.0, 3.0, 2.0), c("triangular", 1.0, 1.0, 1.0),
        c("triangular", 0, 1, 0), c("triangular", 2, 1, 0), c("triangular", [0, 1], 0.5, 2),
        c("triangular", [0, 1], [1, 3], 2), c("triangular", [0, 0], [0, 1], [0, 2]), c("triangular", [[0.0], [1.0]], 1.0, [1.0, 2.0]),
        c("triangular", nd([-1.0, 0.0]), nd([0.0, -1.0]), 5), c("triangular", [0, 1], 2, [3, 4, 5]),
        c("triangular", [0, 1, 2], [2, 3], 5), c("triangular", 1, 0.5, 1, size=-1), c("triangular", 0, 0.5, 1, size=-1),
        c("triangular", [0, 1], 2, 3, size=[3]), c("triangular", "a", 0, 1), c("triangular", None, 0, 1),
        c("triangular", 0, None, 1), c("triangular", 0, 1), c("triangular", 2, 1, "x"))
    ok("triangular", c("triangular", NAN, 0, 1), c("triangular", [NAN], 0, 1), c("triangular", 0, NAN, 1),
       c("triangular", -INF, 0, 1), c("triangular", -0.0, 0.0, 1.0, size=2), c("triangular", [0, 0], [0, 1], [1, 2]))
    bad("standard_normal", c("standard_normal", -1), c("standard_normal", size=[2, -1]), c("standard_normal", 2.0),
        c("standard_normal", size=[2, 2.5]), c("standard_normal", "a"))
    bad("randn", c("randn", -1), c("randn", 2, -1), c("randn", 2.0), c("randn", "3"), c("randn", size=3))
    bad("standard_exponential", c("standard_exponential", -1), c("standard_exponential", size=[0, -1]),
        c("standard_exponential", 1.5))

    # ------------------------------------------------ 4. the Gaussian cache
    def key():
        return ndarray("uint32", s.u32(624))

    def legacy(pos, has_gauss, gauss):
        return ["MT19937", key(), pos, has_gauss, fv(gauss)]

    def as_dict(pos, **extra):
        return dict({"bit_generator": "MT19937", "state": {"key": key(), "pos": pos}}, **{k: fv(v) for k, v in extra.items()})

    gs = c("get_state")
    gsd = c("get_state", legacy=False)
    sn = c("standard_normal")
    s.add("gauss-odd", gen(), [sn, gs, sn, gs])
    s.add("gauss-odd", gen(), [c("normal", size=3), gsd, c("normal", 2.0, 0.5), gsd])
    s.add("gauss-odd", gen(), [c("randn", 3), sn, c("randn"), c("standard_normal", size=0), sn, sn])
    s.add("gauss-odd", gen(), [c("normal", [0.0, 1.0, 2.0]), sn, c("normal", 0.0, [[1.0], [2.0]]), sn])
    s.add("gauss-odd", gen(), [c("normal", 5.0, 0.0), sn, c("normal", 5.0, 0.0, size=3), sn])
    s.add("gauss-gamma", gen(), [sn, c("gamma", 2.5), gs, c("gamma", 2.5, size=3), sn])
    s.add("gauss-gamma", gen(), [sn, c("standard_gamma", 0.5), sn, c("standard_gamma", 1.0), sn, c("standard_gamma", 0.0), sn])
    s.add("gauss-gamma", gen(), [sn, c("standard_gamma", [0.5, 2.5, 1.0, 3.0, 0.0]), sn, c("gamma", [[1.5], [0.3]], [1.0, 2.0]), sn])
    s.add("gauss-gamma", gen(), [c("standard_gamma", 1e4), sn, c("standard_gamma", 1.0000001, size=3), sn])
    s.add("gauss-beta", gen(), [sn, c("beta", 2.0, 3.0), sn, c("beta", 0.5, 0.5), sn, c("beta", 0.5, 5.0), sn])
    s.add("gauss-beta", gen(), [sn, c("beta", [0.5, 2.0, 0.9], [0.5, 0.3, 4.0]), sn, c("beta", 1.0, 1.0, size=3), sn])
    s.add("gauss-others", gen(), [sn, c("poisson", 20.0), c("binomial", 100, 0.5), c("exponential"), c("uniform"),
                                  c("triangular", 0, 1, 2), c("randint", 10), sn, sn])
    s.add("gauss-seed", gen(), [sn, c("seed", 5), sn, gs])
    s.add("gauss-seed", gen(), [sn, c("seed", [1, 2, 3]), c("get_state", legacy=False)])
    s.add("gauss-seed", gen(), [sn, c("seed", -1), sn])  # rejected seed keeps the cache
    for has_gauss, gauss in ((1, 0.75), (0, 0.75), (2, -1.5), (-1, 0.25), (1, -0.0), (1, NAN), (0, NAN),
                             (1, INF), (-2**31, 3.0), (2**31 - 1, 1e-300)):
        s.add("gauss-set-state-tuple", gen(),
              [sn, c("set_state", legacy(rng.choice([0, 1, 311, 623, 624]), has_gauss, gauss)), gs, sn,
               c("get_state", legacy=False), sn, c("normal", 5.0, 2.0)])
    s.add("gauss-set-state-tuple", gen(), [c("set_state", legacy(624, 1, 0.5)), c("normal", 5.0, 2.0, size=3), sn])
    s.add("gauss-set-state-tuple", gen(), [sn, c("set_state", ["MT19937", key(), 100]), gs, sn])  # 3-tuple: cache cleared
    s.add("gauss-set-state-tuple", gen(), [c("set_state", legacy(7, True, 0.5)), gs, sn, sn])
    s.add("gauss-set-state-tuple", gen(), [c("set_state", legacy(7, 1.5, 0.5)), gs, sn, sn])
    for extra in ({"has_gauss": 1, "gauss": 1.25}, {"has_gauss": 2, "gauss": -0.5}, {"has_gauss": 0, "gauss": 7.0},
                  {"has_gauss": 1}, {"gauss": 3.0}, {}):
        s.add("gauss-set-state-dict", gen(),
              [sn, c("set_state", as_dict(rng.choice([0, 5, 624]), **extra)), gsd, sn, sn])
    # rejected set_state calls: gauss / has_gauss are converted first, then stored, then the key is written
    s.add("gauss-set-state-bad", gen(), [sn, c("set_state", legacy(624, 2**31, 0.5)), sn, sn])  # OverflowError, nothing set
    s.add("gauss-set-state-bad", gen(), [sn, c("set_state", legacy(624, 1, "x")), sn, sn])
    s.add("gauss-set-state-bad", gen(), [sn, c("set_state", ["MT19937", key(), 624, 1]), sn, sn])  # IndexError
    # key too short: the cache IS changed, and the key's first words are written before the IndexError
    # (pos is not); the raw words after the next regeneration show it
    raw = c("randint", 0, 2**32, size=650, dtype="uint32")
    s.add("gauss-set-state-bad", gen(),
          [sn, c("set_state", ["MT19937", ndarray("uint32", s.u32(5)), 624, 1, 0.75]), sn, sn, raw])
    s.add("gauss-set-state-bad", gen(),
          [c("set_state", {"bit_generator": "MT19937", "state": {"key": ndarray("uint32", s.u32(10)), "pos": 3},
                           "has_gauss": 1, "gauss": -2.5}), sn, sn, raw])
    s.add("gauss-set-state-bad", gen(), [sn, c("set_state", {"bit_generator": "MT19937", "has_gauss": 1, "gauss": 9.0}), sn, sn])

    # ------------------------------------------------ 5. heavy: 5,000 draws per call, every algorithm regime
    heavy_tail = [c("random_sample", size=2), sn]

    def heavy(what, name, *args, **kwargs):
        s.add("heavy-" + what, gen(), [c(name, *args, size=5000, **kwargs)] + heavy_tail)

    for lam in (0.0, 0.5, 3.0, 9.99, 10.0, 47.5, 1e6, 9.99, 10.0, 1e6):
        heavy("poisson", "poisson", lam)
    for n, p in ((10, 0.3), (20, 0.9), (0, 0.5), (50, 0.0), (25, 1.0), (60, 0.5), (100, 0.3), (100, 0.7), (10**9, 1e-8),
                 (1000, 0.4), (10**9, 0.5), (200, 0.8)):
        heavy("binomial", "binomial", n, p)
    heavy("gamma", "standard_gamma", 0.3)
    heavy("gamma", "gamma", 0.3, 2.0)
    heavy("gamma", "gamma", 1.0, 0.5)
    heavy("gamma", "standard_gamma", 2.5)
    heavy("gamma", "gamma", 2.5, 3.0)
    heavy("gamma", "gamma", 1e4)
    heavy("gamma", "gamma", 0.0, 2.0)
    for a, b in ((0.5, 0.5), (1e-3, 1e-3), (0.9, 0.2), (2.0, 3.0), (0.5, 5.0), (100.0, 100.0)):
        heavy("beta", "beta", a, b)
    heavy("normal", "normal")
    heavy("normal", "normal", 3.0, 2.5)
    heavy("normal", "standard_normal")
    s.add("heavy-normal", gen(s.u32(1000)), [c("randn", 4999), sn] + heavy_tail)
    # parameter arrays of 2,000 elements mixing every regime (per-element algorithm switches)
    lams = [rng.choice([0.0, 0.5, 3.0, 9.99, 10.0, 47.5, 1e6]) for _ in range(2000)]
    s.add("heavy-mixed", gen(), [c("poisson", nd(lams))] + heavy_tail)
    ns = [rng.choice([0, 10, 60, 100, 1000, 10**9]) for _ in range(2000)]
    ps = [rng.choice([0.0, 0.3, 0.5, 0.8, 1.0]) for _ in range(2000)]
    s.add("heavy-mixed", gen(), [c("binomial", arr("int64", ns, [2000]), nd(ps))] + heavy_tail)
    shapes = [rng.choice([0.0, 0.3, 1.0, 2.5, 1e4]) for _ in range(2000)]
    s.add("heavy-mixed", gen(), [c("standard_gamma", nd(shapes))] + heavy_tail)
    return s


# ---------------------------------------------------------------- randomstate2

# The rest of RandomState: parameter names per method (for keyword calls and broadcasting).
RS2_PARAMS = {
    "chisquare": ["df"], "standard_t": ["df"], "pareto": ["a"], "power": ["a"], "weibull": ["a"],
    "rayleigh": ["scale"], "geometric": ["p"], "zipf": ["a"], "logseries": ["p"],
    "f": ["dfnum", "dfden"], "noncentral_chisquare": ["df", "nonc"], "lognormal": ["mean", "sigma"],
    "wald": ["mean", "scale"], "vonmises": ["mu", "kappa"], "laplace": ["loc", "scale"],
    "gumbel": ["loc", "scale"], "logistic": ["loc", "scale"], "negative_binomial": ["n", "p"],
    "noncentral_f": ["dfnum", "dfden", "nonc"], "hypergeometric": ["ngood", "nbad", "nsample"],
}
# methods whose every parameter accepts 0 and 1 (so a bool array is a legal parameter)
RS2_BOOL_OK = ("weibull", "rayleigh", "lognormal", "vonmises", "laplace", "gumbel", "logistic")
F32_HALF_UP = 0.5000001192092896   # float32(0.5000001), exactly


def randomstate2_suite():
    s = Suite("randomstate2")
    rng = s.rng
    special_seeds = [0, 2**32 - 1, 1, [0], [2**32 - 1, 0], [1, 2, 3, 4, 5], 2**31, [2**32 - 1] * 3]
    counter = [0]

    def seed():
        k = counter[0]
        counter[0] += 1
        if k % 4 == 0:
            return special_seeds[(k // 4) % len(special_seeds)]
        if k % 4 == 1:
            return s.u32(rng.choice([1, 2, 3, 7]))
        return rng.getrandbits(32)

    def gen(sd=None):
        return random_state(seed() if sd is None else sd)

    tail = c("random_sample")
    sn = c("standard_normal")
    pre = sn                                  # leaves a cached gaussian behind
    post = [sn, tail]                         # the cached gaussian (if still there), then the stream
    nd = lambda data, shape=None: arr("float64", data, shape if shape is not None else [len(data)])  # noqa: E731
    i64 = lambda data, shape=None: arr("int64", data, shape if shape is not None else [len(data)])  # noqa: E731

    # ------------------------------------------------ 1. scalar parameters, every size form
    sizes = [None, 1, 5, [2, 3], [2, 1, 3], [], 0, [3, 0], [0, 2, 4]]

    def size_calls(name, args, kwargs=None):
        out = []
        for size in sizes:
            kw = dict(kwargs or {})
            if size is not None:
                kw["size"] = size
            out.append(c(name, *args, **kw))
        return out

    for _ in range(3):
        s.add("scalar-standard_cauchy", gen(),
              [c("standard_cauchy"), c("standard_cauchy", None), c("standard_cauchy", 3)]
              + size_calls("standard_cauchy", []) + [sn, tail])
    scalar_params = {
        "chisquare": [((1.0,), {}), ((2.0,), {}), ((0.5,), {}), ((50,), {}), ((1e-3,), {}), ((3,), {}),
                      ((1e6,), {}), ((), {"df": 2.5}), ((4.0,), {})],
        "f": [((12, 77), {}), ((1, 1), {}), ((0.5, 0.5), {}), ((2, 1e6), {}), ((1e-3, 5.0), {}),
              ((), {"dfnum": 3.5, "dfden": 2.0}), ((5.0,), {"dfden": 0.9})],
        "noncentral_chisquare": [((5, 5), {}), ((0.5, 0.2), {}), ((1.0, 3.0), {}), ((1.0000001, 3.0), {}),
                                 ((5, 0), {}), ((3, 1e-300), {}), ((0.5, 100.0), {}), ((2, 1e4), {}),
                                 ((), {"df": 0.9, "nonc": 0.0}), ((1e-3, 5.0), {}), ((2.0,), {"nonc": 25.0})],
        "noncentral_f": [((5, 2, 1), {}), ((0.9, 0.9, 2), {}), ((3, 20, 0), {}), ((1, 1, 50), {}),
                         ((), {"dfnum": 2.0, "dfden": 3.0, "nonc": 4.0}), ((0.5, 10.0, 30.0), {})],
        "standard_t": [((10,), {}), ((1,), {}), ((0.5,), {}), ((2.5,), {}), ((2,), {}), ((1e6,), {}),
                       ((), {"df": 3.0}), ((1e-3,), {})],
        "lognormal": [((), {}), ((0.123456789, 2.0), {}), ((), {"mean": -3.0, "sigma": 0.5}), ((), {"sigma": 0.0}),
                      ((700.0, 1.0), {}), ((3, 2), {}), ((-0.0,), {}), ((), {"mean": 10.0})],
        "pareto": [((0.123456789,), {}), ((1,), {}), ((3.5,), {}), ((1e-3,), {}), ((100.0,), {}), ((), {"a": 2.0})],
        "power": [((0.123456789,), {}), ((1,), {}), ((5.0,), {}), ((1e-3,), {}), ((1e3,), {}), ((), {"a": 0.5})],
        "weibull": [((1.23,), {}), ((1,), {}), ((0,), {}), ((0.5,), {}), ((1e-3,), {}), ((50.0,), {}),
                    ((), {"a": 2.0})],
        "rayleigh": [((), {}), ((10,), {}), ((0.0,), {}), ((1e-300,), {}), ((), {"scale": 2.5})],
        "wald": [((1.23, 1.54), {}), ((0.5, 1), {}), ((1, 1e-3), {}), ((1e-3, 100.0), {}), ((3, 3), {}),
                 ((), {"mean": 2.0, "scale": 0.5})],
        "vonmises": [((1.23, 1.54), {}), ((0.0, 0.0), {}), ((0.0, 1e-9), {}), ((0.0, 5e-6), {}), ((0.5, 1e-5), {}),
                     ((2, 1), {}), ((-3.0, 50.0), {}), ((0.0, 1e7), {}), ((10.0, 2.0), {}), ((-10.0, 2.0), {}),
                     ((), {"mu": 1.0, "kappa": 0.75}), ((3.141592653589793, 1e4), {})],
        "laplace": [((), {}), ((0.123456789, 2.0), {}), ((), {"loc": -3.0, "scale": 0.5}), ((), {"scale": 0.0}),
                    ((3, 2), {}), ((1e300, 1e300), {})],
        "gumbel": [((), {}), ((0.123456789, 2.0), {}), ((), {"loc": -3.0, "scale": 0.5}), ((), {"scale": 0.0}),
                   ((3, 2), {}), ((1e300, 1e300), {})],
        "logistic": [((), {}), ((0.123456789, 2.0), {}), ((), {"loc": -3.0, "scale": 0.5}), ((), {"scale": 0.0}),
                     ((3, 2), {}), ((1e300, 1e300), {})],
        "geometric": [((0.5,), {}), ((0.123456789,), {}), ((0.3333333333333333,), {}), ((0.33333333333333326,), {}),
                      ((1.0,), {}), ((1e-3,), {}), ((0.9,), {}), ((), {"p": 0.25})],
        "negative_binomial": [((100, 0.12345), {}), ((1, 0.5), {}), ((0.5, 0.5), {}), ((5, 1.0), {}),
                              ((1e-3, 0.3), {}), ((1000, 0.99), {}), ((2.5, 0.01), {}), ((), {"n": 10, "p": 0.3})],
        "zipf": [((2,), {}), ((1.23,), {}), ((1.5,), {}), ((3.0,), {}), ((10.0,), {}), ((100.0,), {}),
                 ((1000.0,), {}), ((), {"a": 2.5})],
        "logseries": [((0.5,), {}), ((0.923456789,), {}), ((0.0,), {}), ((0.1,), {}), ((0.99,), {}), ((0.9999,), {}),
                      ((1e-10,), {}), ((), {"p": 0.6})],
        "hypergeometric": [((10, 5, 14), {}), ((20, 20, 10), {}), ((5, 0, 3), {}), ((15, 0, 12), {}), ((0, 5, 3), {}),
                           ((0, 15, 12), {}), ((100, 200, 150), {}), ((2**20 - 2,) * 3, {}), ((2**40 - 2,) * 3, {}),
                           ((1000, 1, 11), {}), ((3, 18, 11), {}), ((18, 3, 11), {}), ((1, 1, 1), {}),
                           ((), {"ngood": 7, "nbad": 9, "nsample": 16}), ((2**62, 2**62 - 1, 5), {}),
                           ((2**62, 2**61, 2**61 + 5), {})],
    }
    for name, params in scalar_params.items():
        for args, kwargs in params:
            s.add("scalar-" + name, gen(), size_calls(name, list(args), kwargs) + [sn, tail])

    # ------------------------------------------------ 2. n-d broadcasting
    def sample(method, i, kind):
        """One legal value for parameter i of method; kind 'f' (float), 'i' (int), 'b' (bool)."""
        if kind == "b":
            return rng.random() < 0.5
        pick = rng.choice
        if method == "hypergeometric":
            return [rng.randint(6, 20), rng.randint(6, 20), pick([1, 2, 5, 10, 11, 12])][i]
        if method in ("chisquare", "standard_t", "f"):
            return pick([0.5, 1.0, 2.0, 3.5, 10.0, 1e-3, 50.0]) if kind == "f" else rng.randint(1, 10)
        if method == "pareto":
            return pick([0.123456789, 0.5, 1.0, 3.5, 100.0]) if kind == "f" else rng.randint(1, 5)
        if method == "power":
            return pick([0.123456789, 0.5, 1.0, 5.0, 1e3]) if kind == "f" else rng.randint(1, 5)
        if method == "weibull":
            return pick([0.0, 0.5, 1.0, 1.23, 5.0]) if kind == "f" else rng.randint(0, 5)
        if method == "geometric":
            return pick([0.05, 0.123456789, 0.3, 0.3333333333333333, 0.5, 0.9, 1.0]) if kind == "f" else 1
        if method == "zipf":
            return pick([1.1, 1.23, 1.5, 2.0, 3.0, 10.0]) if kind == "f" else rng.randint(2, 5)
        if method == "logseries":
            return pick([0.0, 0.1, 0.5, 0.9, 0.99]) if kind == "f" else 0
        if method == "noncentral_chisquare":
            if i == 0:
                return pick([0.5, 1.0, 2.0, 5.0]) if kind == "f" else rng.randint(1, 5)
            return pick([0.0, 0.2, 1.0, 5.0, 50.0]) if kind == "f" else rng.randint(0, 5)
        if method == "noncentral_f":
            vals = [[0.9, 2.0, 5.0], [0.9, 2.0, 3.0, 20.0], [0.0, 1.0, 4.0]][i]
            return pick(vals) if kind == "f" else rng.randint(0 if i == 2 else 1, 5)
        if method == "wald":
            vals = [[0.5, 1.0, 1.23, 3.0], [0.5, 1.0, 1.54, 10.0]][i]
            return pick(vals) if kind == "f" else rng.randint(1, 5)
        if method == "negative_binomial":
            if i == 0:
                return pick([0.5, 1.0, 5.0, 100.0, 2.5]) if kind == "f" else rng.randint(1, 10)
            return pick([0.1, 0.12345, 0.5, 0.9, 1.0]) if kind == "f" else 1
        if i == 0:  # a location: lognormal mean, vonmises mu, laplace / gumbel / logistic loc
            return round(rng.uniform(-4, 4), 4) if kind == "f" else rng.randint(-3, 3)
        if method == "vonmises":
            return pick([0.0, 1e-9, 1e-6, 0.5, 1.54, 10.0, 1e4]) if kind == "f" else rng.randint(0, 5)
        # a scale: rayleigh scale, lognormal sigma, laplace / gumbel / logistic scale
        return pick([0.0, 0.5, 1.0, 2.0, 10.0]) if kind == "f" else rng.randint(0, 3)

    def pval(method, i, shape, form):
        is_int = method == "hypergeometric"
        if form == "s":
            return sample(method, i, "i" if is_int else "f")
        if form == "0d":
            v = sample(method, i, "i" if is_int else "f")
            return arr("int64" if is_int else "float64", [v], [])
        kind = {"nd": "i" if is_int else "f", "list": "i" if is_int else "f", "i64": "i", "bool": "b"}[form]
        flat = [sample(method, i, kind) for _ in range(prod(shape))]
        if form == "list":
            return nested(flat, list(shape))
        dtype = {"nd": "int64" if is_int else "float64", "i64": "int64", "bool": "bool"}[form]
        return arr(dtype, flat, shape)

    def bcall(method, spec, size="absent", kw=False):
        names = RS2_PARAMS[method]
        vals = [pval(method, i, shape, form) for i, (form, shape) in enumerate(spec)]
        kwargs = {"size": size} if size != "absent" else {}
        if kw:
            kwargs.update(dict(zip(names, vals)))
            return c(method, **kwargs)
        return c(method, *vals, **kwargs)

    for method in RS2_PARAMS:
        scenarios = {1: BROADCAST_ONE, 2: BROADCAST_TWO, 3: BROADCAST_THREE}[len(RS2_PARAMS[method])]
        for start in range(0, len(scenarios), 3):
            calls = []
            for spec, size, kw, is_error in scenarios[start:start + 3]:
                if method not in RS2_BOOL_OK:
                    spec = [("i64" if form == "bool" else form, shape) for form, shape in spec]
                calls.append(bcall(method, spec, size, kw))
                if is_error:
                    calls.append(tail)
            s.add("broadcast-" + method, gen(), calls + [sn, tail])
    # per-element regime switches: vonmises kappa regimes, geometric search / inversion, hypergeometric HYP / HRUA
    s.add("broadcast-regimes", gen(),
          [c("vonmises", [[0.0], [1.0], [-2.0]], nd([0.0, 1e-9, 5e-6, 1e-5, 0.5, 1e4])),
           c("geometric", nd([0.1, 0.3333333333333333, 0.33333333333333326, 0.9, 1.0], [5]), size=[2, 5]),
           c("hypergeometric", [[20], [100]], [[20], [200]], [1, 5, 10, 11, 150]), sn, tail])
    s.add("broadcast-regimes", gen(),
          [c("noncentral_chisquare", nd([0.5, 1.0, 1.5, 5.0]), [[0.0], [0.2], [50.0]]),
           c("negative_binomial", [[0.5], [100.0]], nd([0.1, 0.5, 1.0])),
           c("zipf", nd([1.1, 2.0, 10.0, 1000.0]), size=[3, 4]),
           c("logseries", nd([0.0, 0.1, 0.5, 0.99, 0.9999]), size=[2, 5]), sn, tail])

    # ------------------------------------------------ 3. validation (each bad call between draws) and edges
    def bad(family, *calls_):
        for one_call in calls_:
            s.add("validation-" + family, gen(), [pre, one_call] + post)

    def ok(family, *calls_):  # legal but edge-case values: NaN, inf, -0.0, extremes ...
        for one_call in calls_:
            s.add("edge-" + family, gen(), [pre, one_call] + post)

    for m in ("chisquare", "standard_t"):
        bad(m, c(m, 0), c(m, -1), c(m, -0.0), c(m, -INF), c(m, [1, 0]), c(m, [[2.0], [-1.0]]), c(m, nd([1.0, 0.0])),
            c(m, [1.0, -0.0]), c(m, 0, size=-1), c(m, 1, size=-1), c(m, [1, -1], size=[3]), c(m, [1, 2], size=[3]),
            c(m, "x"), c(m, None), c(m, [None, "a"]), c(m), c(m, 1, 2, 3), c(m, size=3), c(m, 1, size=2.0),
            c(m, nd([2.0, -1.0], [2]), size=[2, 2]), c(m, "2.5"))
        ok(m, c(m, NAN), c(m, INF), c(m, [NAN, 1.0, INF]), c(m, 5e-324, size=2), c(m, True), c(m, [None, 2.0]),
           c(m, arr("float64", [3.0], [])), c(m, ["2.5", "3"]))
    bad("f", c("f", 0, 1), c("f", 1, 0), c("f", -1, -1), c("f", 1, -0.0), c("f", [1, 0], 1), c("f", 1, [1, 0]),
        c("f", [0], [0]), c("f", nd([1.0, -INF]), 1), c("f", "a", -1), c("f", -1, "a"), c("f", 1), c("f"),
        c("f", [1, 2], [1, 2, 3]), c("f", 1, 1, size=-1), c("f", [1, -1], 1, size=-1), c("f", None, 1),
        c("f", 1, [[1.0], [2.0]], size=[3]))
    ok("f", c("f", NAN, 1), c("f", 1, NAN), c("f", INF, 1), c("f", 1, INF), c("f", INF, INF), c("f", 5e-324, 5e-324),
       c("f", [NAN, 1.0], [1.0, INF]))
    bad("noncentral_chisquare", c("noncentral_chisquare", 0, 1), c("noncentral_chisquare", 1, -1),
        c("noncentral_chisquare", -1, -1), c("noncentral_chisquare", 1, -0.0), c("noncentral_chisquare", [1, 0], 1),
        c("noncentral_chisquare", 1, [0, -1]), c("noncentral_chisquare", nd([1.0, -1.0]), 1),
        c("noncentral_chisquare", 0, NAN), c("noncentral_chisquare", "a", 1), c("noncentral_chisquare", 1, None),
        c("noncentral_chisquare", 1), c("noncentral_chisquare", [1, 2], [1, 2, 3]),
        c("noncentral_chisquare", 1, 1, size=-1), c("noncentral_chisquare", [-1], [-1]))
    ok("noncentral_chisquare", c("noncentral_chisquare", NAN, 1), c("noncentral_chisquare", 1, NAN),
       c("noncentral_chisquare", 0.5, NAN), c("noncentral_chisquare", 2, NAN), c("noncentral_chisquare", 2, INF),
       c("noncentral_chisquare", INF, 1), c("noncentral_chisquare", 1, 0.0), c("noncentral_chisquare", 5e-324, 1),
       c("noncentral_chisquare", [0.5, 2.0], [NAN, NAN]), c("noncentral_chisquare", 0.5, INF),
       c("noncentral_chisquare", 0.5, 1e300))
    bad("noncentral_f", c("noncentral_f", 0, 1, 1), c("noncentral_f", 1, 0, 1), c("noncentral_f", 1, 1, -1),
        c("noncentral_f", -1, -1, -1), c("noncentral_f", 1, -1, -1), c("noncentral_f", 1, 1, -0.0),
        c("noncentral_f", [1, 0], 1, 1), c("noncentral_f", 1, [1], [-1]), c("noncentral_f", [0], [2], [-1]),
        c("noncentral_f", 1, 1), c("noncentral_f", "a", 1, 1), c("noncentral_f", 1, 1, "a"),
        c("noncentral_f", [1, 2], [1, 2, 3], 1), c("noncentral_f", 1, 1, 1, size=-1),
        c("noncentral_f", [1, 2], 1, 1, size=[3]))
    ok("noncentral_f", c("noncentral_f", 1, 1, NAN), c("noncentral_f", [5], [2], [NAN]), c("noncentral_f", NAN, 1, 1),
       c("noncentral_f", 1, INF, 1), c("noncentral_f", 1, 1, 0), c("noncentral_f", 1, 1, INF),
       c("noncentral_f", 0.5, 1, INF), c("noncentral_f", [2, 2, 2], 3, [NAN, 4.0, NAN]))
    bad("standard_cauchy", c("standard_cauchy", -1), c("standard_cauchy", size=[2, -1]), c("standard_cauchy", 1.5),
        c("standard_cauchy", "a"), c("standard_cauchy", 1, 2), c("standard_cauchy", loc=1))
    bad("lognormal", c("lognormal", 0, -1), c("lognormal", 0, -0.0), c("lognormal", sigma=-INF),
        c("lognormal", 0, [1, -1]), c("lognormal", 0, nd([1.0, -2.0])), c("lognormal", [[0.0], [1.0]], [[1.0, -1e-300]]),
        c("lognormal", "a"), c("lognormal", 0, None), c("lognormal", None), c("lognormal", [0, 1], [1, 2, 3]),
        c("lognormal", 0, -1, size=-1), c("lognormal", 0, 1, size=-1), c("lognormal", mean=1, foo=2),
        c("lognormal", 0, [1, -1], size=[4]), c("lognormal", 0, 1, 2, 3), c("lognormal", "x", -1))
    ok("lognormal", c("lognormal", NAN), c("lognormal", 0, NAN), c("lognormal", INF), c("lognormal", -INF),
       c("lognormal", 0, INF), c("lognormal", -0.0, 0.0, size=2), c("lognormal", 1000.0, 1.0), c("lognormal", [None, 1]),
       c("lognormal", -1000.0, 1.0, size=2))
    for m in ("pareto", "power"):
        bad(m, c(m, 0), c(m, -1), c(m, -0.0), c(m, [1, 0]), c(m, nd([2.0, -INF])), c(m, "a"), c(m, None), c(m),
            c(m, [1, 2], size=[3]), c(m, 1, size=-1), c(m, -1, size=-1), c(m, [[1.0, -0.5]]))
        ok(m, c(m, NAN), c(m, INF), c(m, 5e-324), c(m, [NAN, INF, 1.0]), c(m, 1e300, size=2), c(m, True))
    bad("weibull", c("weibull", -1), c("weibull", -0.0), c("weibull", -INF), c("weibull", [0, -0.0]),
        c("weibull", nd([1.0, -1.0])), c("weibull", "a"), c("weibull"), c("weibull", None), c("weibull", -1, size=-1),
        c("weibull", [1, 2], size=[1]))
    ok("weibull", c("weibull", 0), c("weibull", 0, size=3), c("weibull", [0.0, 1.0, 0.0, 2.0]), c("weibull", NAN),
       c("weibull", INF), c("weibull", 5e-324), c("weibull", [False, True]), c("weibull", 1e300, size=2))
    bad("rayleigh", c("rayleigh", -1), c("rayleigh", -0.0), c("rayleigh", [1, -1]), c("rayleigh", nd([-INF])),
        c("rayleigh", "x"), c("rayleigh", None), c("rayleigh", -1, size=-1), c("rayleigh", 1, size=-1),
        c("rayleigh", [1, 2], size=[3]), c("rayleigh", 1, 2, 3))
    ok("rayleigh", c("rayleigh", 0), c("rayleigh", NAN), c("rayleigh", INF), c("rayleigh", 5e-324, size=2),
       c("rayleigh", [0.0, NAN, 1.0]), c("rayleigh", size=2))
    bad("wald", c("wald", 0, 1), c("wald", 1, 0), c("wald", -1, 1), c("wald", 1, -0.0), c("wald", 0.0, 1),
        c("wald", 0.5, 0.0), c("wald", [0.5, 0], 1), c("wald", 0.5, [1, -2]), c("wald", -1, -1), c("wald", 1),
        c("wald", "a", 1), c("wald", 1, None), c("wald", [1, 2], [1, 2, 3]), c("wald", 1, 1, size=-1))
    ok("wald", c("wald", NAN, 1), c("wald", 1, NAN), c("wald", INF, 1), c("wald", 1, INF), c("wald", 1e-300, 1e-300),
       c("wald", 1e300, 1e300), c("wald", [NAN, 1.0], [1.0, INF]))
    bad("vonmises", c("vonmises", 0, -1), c("vonmises", 0, -0.0), c("vonmises", 0, [1, -1]), c("vonmises", 0, -INF),
        c("vonmises", "a", 1), c("vonmises", 0), c("vonmises", None, 1), c("vonmises", [0, 1], [1, 2, 3]),
        c("vonmises", 0, nd([1.0, -1.0])), c("vonmises", 0, 1, size=-1), c("vonmises", 0, -1, size=-1),
        c("vonmises", [0, 1], 1, size=[3]))
    ok("vonmises", c("vonmises", 0, NAN), c("vonmises", NAN, 1), c("vonmises", INF, 1), c("vonmises", -INF, 1),
       c("vonmises", 1e300, 1, size=2), c("vonmises", -0.0, 0.0, size=2), c("vonmises", 0, 1e-300),
       c("vonmises", 7, 1), c("vonmises", -7, 1), c("vonmises", 3.141592653589793, 1e-9, size=3),
       c("vonmises", -3.141592653589793, 1.0, size=3), c("vonmises", 0, 5e-324), c("vonmises", [NAN, 0.0], [1.0, NAN]),
       c("vonmises", 0, True))
    for m in ("laplace", "gumbel", "logistic"):
        bad(m, c(m, 0, -1), c(m, 0, -0.0), c(m, scale=-INF), c(m, 0, [1, -1]), c(m, 0, nd([NAN, -1.0])), c(m, "a"),
            c(m, 0, None), c(m, [0, 1], [1, 2, 3]), c(m, 0, -1, size=-1), c(m, 0, 1, size=-1), c(m, [0, 1], size=[3]),
            c(m, 0, 1, 2, 3))
        ok(m, c(m, NAN), c(m, 0, NAN), c(m, INF, 0), c(m, 0, INF), c(m, -0.0, 0.0, size=2), c(m, 5, 0),
           c(m, [5.0, 6.0], 0.0), c(m, -INF, 1))
    bad("geometric", c("geometric", 0), c("geometric", -0.0), c("geometric", 1.1), c("geometric", -0.1),
        c("geometric", NAN), c("geometric", INF), c("geometric", [0.5, 0]), c("geometric", [NAN]),
        c("geometric", [1.1] * 10), c("geometric", nd([-0.1])), c("geometric", "a"), c("geometric", None),
        c("geometric"), c("geometric", 0.5, size=-1), c("geometric", [0.5, 0.2], size=[3]),
        c("geometric", 0, size=-1), c("geometric", 1.0000000000000002))
    ok("geometric", c("geometric", 1.0), c("geometric", 5e-324), c("geometric", 1e-300, size=2), c("geometric", True),
       c("geometric", [1.0, 0.5]), c("geometric", 1e-17, size=3), c("geometric", 0.999999, size=3))
    bad("negative_binomial", c("negative_binomial", 0, 0.5), c("negative_binomial", -1, 0.5),
        c("negative_binomial", 1, -0.1), c("negative_binomial", 1, 1.5), c("negative_binomial", 100, NAN),
        c("negative_binomial", 100, [NAN] * 3), c("negative_binomial", [1, 0], 0.5), c("negative_binomial", 1, [0.5, 1.5]),
        c("negative_binomial", 0, NAN), c("negative_binomial", -0.0, 0.5), c("negative_binomial", "a", 0.5),
        c("negative_binomial", 1), c("negative_binomial", [1, 2], [0.5, 0.5, 0.5]),
        c("negative_binomial", 1, 0.5, size=-1), c("negative_binomial", 1, INF), c("negative_binomial", [0], [2.0]))
    ok("negative_binomial", c("negative_binomial", NAN, 0.5), c("negative_binomial", INF, 0.5),
       c("negative_binomial", 1, 0.0), c("negative_binomial", 5, 0.0, size=2), c("negative_binomial", 1, 1.0),
       c("negative_binomial", 5e-324, 0.5), c("negative_binomial", True, 0.5), c("negative_binomial", 1, -0.0),
       c("negative_binomial", 1e300, 0.5), c("negative_binomial", [1.0, 2.0], [0.0, 1.0]))
    bad("zipf", c("zipf", 1), c("zipf", 1.0), c("zipf", 0), c("zipf", -1), c("zipf", NAN), c("zipf", [2, 1]),
        c("zipf", [0, 0, NAN]), c("zipf", nd([NAN])), c("zipf", "a"), c("zipf", None), c("zipf"),
        c("zipf", 2, size=-1), c("zipf", 1, size=-1), c("zipf", True), c("zipf", -INF), c("zipf", [2, 3], size=[3]))
    ok("zipf", c("zipf", 1000.0, size=3), c("zipf", 2, size=0), c("zipf", [1.5, 1000.0]), c("zipf", 1024.5),
       c("zipf", arr("int64", [2, 3], [2])))
    bad("logseries", c("logseries", 1.0), c("logseries", -0.1), c("logseries", NAN), c("logseries", INF),
        c("logseries", -5e-324), c("logseries", 5.0), c("logseries", [0.5, 1]), c("logseries", [NAN] * 10),
        c("logseries", nd([2.0])), c("logseries", [-1]), c("logseries", "a"), c("logseries"),
        c("logseries", 0.5, size=-1), c("logseries", True), c("logseries", [0.5, 0.2], size=[1]))
    ok("logseries", c("logseries", 0), c("logseries", -0.0), c("logseries", 5e-324), c("logseries", 0.9999999999999999),
       c("logseries", [0.0, 0.5]), c("logseries", False), c("logseries", 0.99999999, size=3))

    # ------------------------------------------------ 4. hypergeometric: its own checks
    hg = "hypergeometric"
    bad(hg, c(hg, -1, 10, 5), c(hg, 10, -1, 5), c(hg, -1, -1, 5), c(hg, 10, 10, 21), c(hg, 10, 10, 0), c(hg, 10, 10, -1),
        c(hg, 0, 0, 0), c(hg, -1, 10, 20), c(hg, 10, -1, 20), c(hg, 10, 10, 25), c(hg, -5, 5, 2), c(hg, 5, -5, 2),
        c(hg, 2**62, 2**62, 5), c(hg, 2**63 - 1, 1, 1), c(hg, 2**63, 1, 1), c(hg, 1, 2**63, 1), c(hg, -2**63, 0, 0),
        c(hg, NAN, 10, 5), c(hg, INF, 10, 5), c(hg, "a", 10, 5), c(hg, None, 10, 5), c(hg, 10, 10),
        c(hg, 10, 10, 5, size=-1), c(hg, 10, 10, 25, size=-1), c(hg, -1, 10, 5, size=-1),
        c(hg, arr("float64", [5.5], []), 10, 5), c(hg, nd([5.0, 6.0]), 10, 5), c(hg, 10, [10, 10], nd([5.0, 5.0])),
        c(hg, 10, 5, 0.5), c(hg, arr("uint64", [2**63 + 1], [1]), 1, 1), c(hg, arr("uint64", [5], [1]), 1, 1))
    bad(hg, c(hg, [10], [10], [21]), c(hg, [-1], [10], [5]), c(hg, [10], [-1], [5]), c(hg, [10], [10], [0]),
        c(hg, [10, -1], 10, 5), c(hg, 10, [10, 10], [5, 0]), c(hg, [-1, -1], 10, [5, 20]), c(hg, [1, 2], [3, 4, 5], [1]),
        c(hg, [[1, 2]], [3, 4, 5], [10]), c(hg, [5, 5], 5, 5, size=[3]), c(hg, [2**62], [2**62], [5]),
        c(hg, [5, 5], [5, 5], [20, 1]), c(hg, [-1], [10], [5], size=-1), c(hg, [10, 10], [10], [5], size=-1),
        c(hg, [0, 0], [0, 0], [0, 0]), c(hg, ["a"], 1, 1), c(hg, [None], 1, 1), c(hg, [2**63], 1, 1))
    ok(hg, c(hg, 5.5, 5, 3), c(hg, 10.1, 5.5, 14, size=[3, 2]), c(hg, True, 1, 1), c(hg, True, True, True),
       c(hg, [1.5], 10, 5), c(hg, [[10], [20]], [5.9, 6.1], 3), c(hg, 2**63 - 1, 0, 1), c(hg, 0, 2**63 - 1, 1),
       c(hg, 10, 10, 20, size=3), c(hg, 10, 0, 10), c(hg, 0, 10, 10), c(hg, arr("int32", [5, 6], [2]), 5, 5),
       c(hg, arr("uint8", [5, 6], [2]), 5, 5), c(hg, arr("int64", [7], []), 5, 5), c(hg, 1, 1, 2, size=[2, 2]),
       c(hg, [[5]], [[5]], [[10]]), c(hg, 2**40, 2**40, 2**40, size=3), c(hg, 2**62, 2**61, 2**62, size=2),
       c(hg, [2**61, 5], [2**61, 5], [2**61, 5]), c(hg, 10, 5, 1.5), c(hg, 10.9, 5.9, 15.9))

    # ------------------------------------------------ 5. random_integers (deprecated: randint(low, int(high) + 1, 'l'))
    ri = "random_integers"
    s.add("random_integers", gen(), size_calls(ri, [5]) + [sn, tail])
    s.add("random_integers", gen(), size_calls(ri, [-99, 99]) + [sn, tail])
    s.add("random_integers", gen(), size_calls(ri, [1, 1]) + [tail])
    s.add("random_integers", gen(1234567890), [c(ri, -99, 99, size=[3, 2]), c(ri, 198, size=[3, 2]), tail])
    s.add("random_integers", gen(),
          [c(ri, 2**63 - 1, 2**63 - 1), c(ri, 0, 2**32 - 1, size=4), c(ri, -2**63, -2**63 + 10, size=3),
           c(ri, 2**31, size=3), c(ri, 5, 5.9, size=3), c(ri, 5.5), c(ri, 1.5, 3, size=4), c(ri, high=7, low=3),
           c(ri, [1, 5], 10), c(ri, [[1], [5]], 10, size=[2, 2]), c(ri, True), c(ri, 0, 2**40), tail])
    for bad_call in (c(ri, 5, 4), c(ri, 0), c(ri, -1), c(ri, 1, [5, 10]), c(ri, [5, 6]), c(ri, 2**63 - 1, 2**63),
                     c(ri, 5, "x"), c(ri, "a"), c(ri, None), c(ri, 1, None, size=-1), c(ri, 1, 5, size=-1),
                     c(ri), c(ri, 1, 2, 3, 4), c(ri, 5, NAN), c(ri, 5, INF), c(ri, -2**63 - 1, 0)):
        s.add("validation-random_integers", gen(), [tail, bad_call, tail])

    # ------------------------------------------------ 6. the Gaussian cache across the new methods
    gauss_users = [c("standard_t", 3.0), c("standard_cauchy"), c("lognormal", 0.5, 2.0), c("wald", 1.0, 2.0),
                   c("chisquare", 5.0), c("chisquare", 2.0), c("chisquare", 0.5), c("f", 5.0, 7.0),
                   c("noncentral_chisquare", 3.0, 2.0), c("noncentral_chisquare", 0.5, 2.0),
                   c("noncentral_chisquare", 3.0, 0.0), c("noncentral_f", 3.0, 5.0, 1.0),
                   c("negative_binomial", 5.0, 0.5), c("dirichlet", [2.0, 3.0, 0.5])]
    no_gauss = [c("vonmises", 1.0, 2.0), c("laplace"), c("gumbel"), c("logistic"), c("rayleigh"), c("pareto", 2.0),
                c("power", 2.0), c("weibull", 2.0), c("geometric", 0.2), c("geometric", 0.5), c("zipf", 2.0),
                c("logseries", 0.7), c("hypergeometric", 10, 20, 5), c("hypergeometric", 100, 200, 50),
                c("random_integers", 10), c("tomaxint"), c("bytes", 5), c("choice", 10), c("permutation", 5),
                c("multinomial", 10, [0.3, 0.7])]
    for one_call in gauss_users + no_gauss:
        name, args, kwargs = one_call
        sized = {"bytes": c("bytes", 17), "permutation": c("permutation", 6)}.get(name, [name, args, dict(kwargs, size=3)])
        s.add("gauss-" + name, gen(), [sn, one_call, sn, sized, sn, sn, tail])
    # a cached gaussian from set_state is used (or kept) by each method
    for one_call in gauss_users[:6] + no_gauss[:4]:
        key = ndarray("uint32", s.u32(624))
        s.add("gauss-set-state", gen(),
              [c("set_state", ["MT19937", key, 624, 1, 0.75]), one_call, sn, sn, c("get_state")])

    # ------------------------------------------------ 7. dirichlet (RandomState: no small-alpha path)
    dsizes = [None, 1, 5, [2, 3], [], 0, [3, 0], arr("int64", [2, 2], [2])]
    alphas = [[51.72840233779265, 39.74494232180944], [1.0], [1.0, 1.0], [0.5, 0.5, 0.5], [1, 2, 3, 4, 5],
              [1e-3, 1e-3, 1e-3], [0.1, 1e5], [2.5, 0.3], nd([0.2, 0.2, 5.0]), [1e-300, 1e-300], [5e-324, 1.0],
              [1e-2] * 6, arr("int64", [3, 4], [2])]
    for alpha in alphas:
        s.add("dirichlet", gen(), [c("dirichlet", alpha, **({} if sz is None else {"size": sz})) for sz in dsizes]
              + [sn, tail])
    s.add("dirichlet", gen(), [c("dirichlet", [], size=3), c("dirichlet", []), c("dirichlet", [], size=0), tail])
    s.add("dirichlet", gen(1234567890),
          [c("dirichlet", nd([51.72840233779265162, 39.74494232180943953]), size=[3, 2]), tail])
    bad("dirichlet", c("dirichlet", [0, 1]), c("dirichlet", [5.4e-01, -1.0e-16]), c("dirichlet", [-0.0, 1.0]),
        c("dirichlet", [[1, 2]]), c("dirichlet", [[1], [2]]), c("dirichlet", 3.0), c("dirichlet", 3),
        c("dirichlet", ["a", "b"]), c("dirichlet", [1, 2], size=-1), c("dirichlet", [1, 2], size=2.0),
        c("dirichlet", [1, 2], size=[2, -1]), c("dirichlet", [1, 2], size="3"), c("dirichlet", [0, 1], size=-1),
        c("dirichlet", nd([1.0, -INF])), c("dirichlet"), c("dirichlet", [1, 2], 3, 4))
    ok("dirichlet", c("dirichlet", [NAN, 1.0]), c("dirichlet", [INF, 1.0]), c("dirichlet", [INF, INF]),
       c("dirichlet", [1e300, 1.0], size=2), c("dirichlet", [True, True]), c("dirichlet", ["1", "2"]),
       c("dirichlet", [None, 1.0]))

    # ------------------------------------------------ 8. multinomial
    mn = "multinomial"
    for n, pvals in ((20, [1 / 6.0] * 6), (100, [0.2, 0.8]), (100, [0.2, 0.8, 0.0, 0.0, 0.0]), (0, [0.5, 0.5]),
                     (10, [1.0]), (10, [0.3, 0.3]), (10**6, [0.1] * 10), (5, [0.0, 0.0, 1.0]), (1000, [0.9, 0.05, 0.05]),
                     (2**40, [0.25, 0.25, 0.25, 0.25]), (50, nd([0.2, 0.5, 0.3])), (7, [0.5, 0.5 + 1e-13, 0.0]),
                     (30, [1.0, 0.0]), (30, [0.0, 1.0]), (100, [0.6, 0.35, 0.05, 0.0]), (3, [0.7, 0.3, 5.0e-1]),
                     (100, arr("float32", [0.30000001192092896, 0.699999988079071], [2]))):
        s.add("multinomial", gen(),
              [c(mn, n, pvals, **({} if sz is None else {"size": sz})) for sz in (None, 1, 3, [2, 2], [], 0, [2, 0])]
              + [sn, tail])
    s.add("multinomial", gen(1234567890), [c(mn, 20, [1 / 6.0] * 6, size=[3, 2]), tail])
    s.add("multinomial", gen(),
          [c(mn, 10, []), c(mn, 3, [], size=[7, 5, 3]), c(mn, 100.5, [0.2, 0.8]), c(mn, True, [0.5, 0.5]),
           c(mn, 10, [0.5, 0.5], size=arr("int64", [2, 2], [2])), c(mn, -0.5, [0.5, 0.5]), tail])
    # the binomial cache shared by binomial (legacy) and multinomial (the Generator's binomial)
    s.add("multinomial-binomial-cache", gen(),
          [c("binomial", 100, 0.3), c(mn, 100, [0.3, 0.7]), c("binomial", 100, 0.3, size=3), c(mn, 100, [0.3, 0.7], size=2),
           c("binomial", 100, 0.7), c(mn, 100, [0.7, 0.3]), c("binomial", 100, 0.7, size=2), tail])
    s.add("multinomial-binomial-cache", gen(),
          [c(mn, 1000, [0.4, 0.6]), c("binomial", 1000, 0.4, size=3), c(mn, 1000, [0.4, 0.6], size=3),
           c(mn, 20, [0.1, 0.9]), c("binomial", 20, 0.1, size=3), tail])
    bad(mn, c(mn, 100, [1.1, 0.2]), c(mn, 100, [-0.1, 0.9]), c(mn, -1, [0.8, 0.2]), c(mn, 10, 0.3), c(mn, 10, [[0, 1]]),
        c(mn, 10, [[0], [1]]), c(mn, 10, [[[0], [1]], [[1], [0]]]), c(mn, 10, arr("int64", [0, 1, 1, 0], [2, 2])),
        c(mn, 10, [0.6, 0.6, 0.0]), c(mn, 10, [0.5, 0.5 + 1e-11, 0.0]), c(mn, 10, [NAN, 0.5]), c(mn, 10, [0.5, NAN]),
        c(mn, 1, [0.5, 0.5], 1.0), c(mn, -1, [0.5, 0.5], size=-1), c(mn, -1, [1.5, 0.5]), c(mn, 2**63, [0.5, 0.5]),
        c(mn, "a", [0.5, 0.5]), c(mn, 10, ["a", "b"]), c(mn, 10, None), c(mn, 10, [0.5, 0.5], size=-1),
        c(mn, 10, [0.5, 0.5], size=[2, -1]), c(mn, 10, [0.5, 0.5], size="3"),
        c(mn, 10, arr("float32", [F32_HALF_UP, F32_HALF_UP, 0.0], [3])),
        c(mn, 10, arr("float32", [0.75, 0.75, 0.0], [3])), c(mn, 10, arr("float64", [F32_HALF_UP, F32_HALF_UP, 0.0], [3])),
        c(mn, NAN, [0.5, 0.5]), c(mn, 10), c(mn, 10, [0.5, 0.5], size=[2.0]), c(mn, 5, [INF, 0.0]))
    ok(mn, c(mn, 10, [-0.0, 1.0]), c(mn, 10, [0.5, 0.5 + 1e-12, 0.0]), c(mn, 10, [1.0, 1.0]), c(mn, 10, [0.2, 0.2]),
       c(mn, 10, arr("float32", [0.5, 0.5, 0.5], [3])))

    # ------------------------------------------------ 9. multivariate_normal (values depend on LAPACK's SVD:
    # each call in its own case, and again in a second case with draws after it)
    mvn = "multivariate_normal"
    mvn_calls = [
        c(mvn, [0.123456789, 10], [[1, 0], [0, 1]], [3, 2]),
        c(mvn, [0.0], [[1.0]]), c(mvn, [5.0], [[4.0]], 3), c(mvn, [0.0], [[0.0]], size=1),
        c(mvn, [1.0, -1.0], [[2.0, 0.5], [0.5, 1.0]]), c(mvn, [1.0, -1.0], [[2.0, 0.5], [0.5, 1.0]], size=5),
        c(mvn, [0, 0, 0], [[1, 0.5, 0.25], [0.5, 1, 0.5], [0.25, 0.5, 1]], size=[2, 2]),
        c(mvn, [1, 2, 3, 4], [[4, 2, 0.6, 0], [2, 3, 0.4, 0], [0.6, 0.4, 2, 0.1], [0, 0, 0.1, 1]], size=3),
        c(mvn, [0, 0], [[1, 1], [1, 1]], size=4),                                  # singular PSD
        c(mvn, [0, 0, 0], [[0, 0, 0], [0, 0, 0], [0, 0, 0]], size=2),              # zero covariance
        c(mvn, [0, 0], [[1, 2], [2, 1]]),                                         # not PSD: warns
        c(mvn, [0, 0], [[1, 2], [2, 1]], size=3, check_valid="ignore"),
        c(mvn, [0, 0], [[1, 0.5], [0.0, 1]], size=2),                             # not symmetric
        c(mvn, [0, 0], [[1, 1.0000001], [1.0000001, 1]], size=2, tol=1e-6),        # nearly PSD within tol
        c(mvn, [0, 0], [[1, 1.0000001], [1.0000001, 1]], size=2, check_valid="warn"),
        c(mvn, [0, 0], [[1, 0.1], [0.1, 1]], size=[]), c(mvn, [0, 0], [[1, 0.1], [0.1, 1]], size=0),
        c(mvn, [0, 0], [[1, 0.1], [0.1, 1]], size=[2, 0]), c(mvn, [2, 3], arr("float32", [1.0, 0.1, 0.1, 1.0], [2, 2]), 2),
        c(mvn, nd([1.5, -2.5]), arr("int64", [3, 1, 1, 2], [2, 2]), size=[1, 2]),
        c(mvn, [0.0, 0.0], [[1e-300, 0.0], [0.0, 1e300]], size=2),
        c(mvn, [NAN, 0.0], [[1.0, 0.0], [0.0, 1.0]], size=2),
        c(mvn, [0.0, 0.0], [[1.0, 0.0], [0.0, -1.0]], size=2, check_valid="ignore"),
        c(mvn, [0.0, 0.0, 0.0, 0.0], [[2, -1, 0, 0], [-1, 2, -1, 0], [0, -1, 2, -1], [0, 0, -1, 2]], size=[2, 3]),
        c(mvn, mean=[1.0, 2.0], cov=[[1.0, 0.3], [0.3, 1.0]], size=2, check_valid="raise", tol=1e-8),
    ]
    for one_call in mvn_calls:
        s.add("mvn", gen(), [one_call])
        s.add("mvn-then-draw", gen(), [one_call, sn, tail])
    # errors: the shape checks come before any draw; check_valid and the PSD test come after the normals are drawn
    for bad_call in (c(mvn, [[0, 0]], [[1, 0], [0, 1]]), c(mvn, 0.0, [[1.0]]), c(mvn, [0, 0], [1, 1]),
                     c(mvn, [0, 0], [[1, 0, 0], [0, 1, 0]]), c(mvn, [0, 0], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]),
                     c(mvn, arr("float64", [0.0] * 4, [2, 1, 2]), [[1, 0], [0, 1]]), c(mvn, [0, 0], 1.0),
                     c(mvn, [0, 0], [[1, 0], [0, 1]], size=-1), c(mvn, [0, 0], [[1, 0], [0, 1]], check_valid="other"),
                     c(mvn, [0, 0], [[1, 2], [2, 1]], check_valid="raise"),
                     c(mvn, [0, 0], [[1, 2], [2, 1]], size=3, check_valid="raise"),
                     c(mvn, [0, 0], [[1, 2], [2, 1]], size=[2, 2], check_valid="Warn"),
                     c(mvn, [0, 0], [[1, 1.0000001], [1.0000001, 1]], check_valid="raise", tol=1e-12),
                     c(mvn, [0, 0, 0], [[1, 0, 0], [0, 1, 0], [0, 0, -1]], check_valid="raise"),
                     c(mvn, [0], [[1]], size=[2, -1]), c(mvn, [0], [["a"]]), c(mvn, [0, 0]), c(mvn),
                     c(mvn, [0], [[1]], 2.0)):
        s.add("validation-mvn", gen(), [pre, bad_call] + post)

    # ------------------------------------------------ 10. choice
    ch = "choice"
    s.add("choice", gen(1234567890), [c(ch, 4, 4)])
    s.add("choice", gen(1234567890), [c(ch, 4, 4, p=[0.4, 0.4, 0.1, 0.1])])
    s.add("choice", gen(1234567890), [c(ch, 4, 3, replace=False)])
    s.add("choice", gen(1234567890), [c(ch, 4, 3, replace=False, p=[0.1, 0.3, 0.5, 0.1])])
    s.add("choice", gen(1234567890), [c(ch, ["a", "b", "c", "d"], 4)])
    populations = [5, 1, 10, 100, 2**31, 2**32 + 1, [3, 1, 4, 1, 5], [0.5, -1.5, 2.25], nd([1.0, 2.0, 3.0, 4.0]),
                   arr("uint8", [7, 8, 9], [3]), arr("bool", [True, False], [2]), arr("int64", [2**62, -2**62], [2]),
                   arr("float32", [0.5, 0.25], [2]), ["x", "yy", "zzz"], [True, False, True], arr("int64", [9], [])]
    for a in populations:
        s.add("choice-uniform", gen(),
              [c(ch, a), c(ch, a, 3), c(ch, a, [2, 3]), c(ch, a, []), c(ch, a, 0), c(ch, a, size=[2, 0]),
               c(ch, a, None, True), tail])
    for a in (5, 10, 100, [3, 1, 4, 1, 5], nd([1.0, 2.0, 3.0, 4.0]), ["x", "yy", "zzz"], 1):
        size_k = {5: 3, 10: 10, 100: 7, 1: 1}.get(a, 2) if isinstance(a, int) else 2
        s.add("choice-noreplace", gen(),
              [c(ch, a, replace=False), c(ch, a, size_k, replace=False), c(ch, a, [1, size_k], replace=False),
               c(ch, a, [], replace=False), c(ch, a, 0, replace=False), tail])
    s.add("choice-noreplace", gen(), [c(ch, 100000, 3, replace=False), tail])
    s.add("choice-noreplace", gen(), [c(ch, 2**16, size=[2, 2], replace=False), tail])
    weights = [
        (4, [0.4, 0.4, 0.1, 0.1]), (6, [0.1, 0.1, 0.1, 0.1, 0.4, 0.2]), (3, [0.0, 1.0, 0.0]), (3, [1.0, 0.0, 0.0]),
        (10, [0.1] * 10), (5, nd([0.2, 0.2, 0.2, 0.2, 0.2])), (3, arr("float32", [0.4000000059604645, 0.4000000059604645,
                                                                              0.20000000298023224], [3])),
        ([10, 20, 30], [0.5, 0.25, 0.25]), (["a", "b"], [0.9, 0.1]), (2, [0.5, 0.5 + 1e-9]), (2, [0.5, 0.5 - 1e-9]),
        (5, [0.0, 0.2, 0.0, 0.5, 0.3]), (4, [1, 0, 0, 0]), (3, [0.2, 0.3, 0.5]), (2, [True, False])]
    for a, p in weights:
        s.add("choice-p", gen(),
              [c(ch, a, p=p), c(ch, a, 5, p=p), c(ch, a, [2, 3], p=p), c(ch, a, [], p=p), c(ch, a, 0, p=p), tail])
    for a, p, k in ((4, [0.1, 0.3, 0.5, 0.1], 3), (6, [0.1, 0.1, 0.1, 0.1, 0.4, 0.2], 6), (5, [0.0, 0.2, 0.0, 0.5, 0.3], 3),
                    (10, [0.1] * 10, 10), (3, [0.98, 0.01, 0.01], 3), ([10, 20, 30], [0.5, 0.25, 0.25], 2),
                    (100, [0.5] + [0.5 / 99] * 99, 20), (3, [1.0, 0.0, 0.0], 1)):
        s.add("choice-p-noreplace", gen(),
              [c(ch, a, replace=False, p=p), c(ch, a, k, replace=False, p=p), c(ch, a, [1, k], False, p),
               c(ch, a, [], False, p), c(ch, a, 0, False, p), tail])
    s.add("choice-p", gen(4321), [c(ch, 10, size=10, p=[0.1] * 10), c("seed", 4321), c(ch, 10, size=10, p=[0.1] * 10)])
    bad(ch, c(ch, -1, 3), c(ch, 3.0, 3), c(ch, [[1, 2], [3, 4]], 3), c(ch, [], 3), c(ch, 0), c(ch, 0, 3), c(ch, -5),
        c(ch, [1, 2, 3, 4], 3, p=[[0.25, 0.25], [0.25, 0.25]]), c(ch, [1, 2], 3, p=[0.4, 0.4, 0.2]),
        c(ch, [1, 2], 3, p=[1.1, -0.1]), c(ch, [1, 2], 3, p=[0.4, 0.4]), c(ch, [1, 2, 3], 4, replace=False),
        c(ch, [1, 2, 3], -2, replace=False), c(ch, [1, 2, 3], [-1], replace=False), c(ch, [1, 2, 3], [-1, 1], replace=False),
        c(ch, [1, 2, 3], 2, replace=False, p=[1, 0, 0]), c(ch, [42, 1, 2], p=[None, None, None]), c(ch, [], None),
        c(ch, 3, p=[NAN, 0.5, 0.5]), c(ch, 3, p=[0.5, 0.5, NAN]), c(ch, 3, p=[-0.0, -0.5, 1.5]), c(ch, 3, p=0.5),
        c(ch, 3, p=[INF, 0.0, 0.0]), c(ch, 2, p=[0.5, 0.5 + 2e-8]), c(ch, 3, 2, p=["a", "b", "c"]),
        c(ch, 3, p=arr("float32", [0.4, 0.4, 0.21], [3])), c(ch, "abc"), c(ch, None), c(ch, [1, 2], 2.0),
        c(ch, 5, -1), c(ch, 5, -1, p=[0.2] * 5), c(ch, 5, [2, -1]), c(ch, 5, 6, replace=False),
        c(ch, 5, 3, False, [0.5, 0.5, 0.0, 0.0, 0.0]),
        c(ch, 0, 1, False), c(ch, [], 1, False), c(ch, 5, [-1, -1], replace=False), c(ch, 5, p=[0.2] * 4),
        c(ch, arr("float64", [1.5], []), 2), c(ch, 2**64, 1), c(ch, 3, 2, True, [0.5, 0.5]))
    ok(ch, c(ch, 0, 0), c(ch, 0, size=[0]), c(ch, [], size=[0]), c(ch, [], 0, False), c(ch, -3, 0),
       c(ch, ["a", "b"], size=[3, 0, 4]), c(ch, True, 2), c(ch, 5, 0, False, [0.0, 0.0, 0.0, 0.0, 1.0]),
       c(ch, 3, 2, 0), c(ch, 3, 2, 1), c(ch, 2, p=[0.5, 0.5 + 1e-8]),
       c(ch, 5, 2, False, [0.5, 0.5, 0.0, 0.0, 0.0]), c(ch, 3, 2, p=arr("float32", [0.4, 0.4, 0.2001], [3])))

    # ------------------------------------------------ 11. shuffle and permutation on n-d data
    def grid(dtype, shape, scale=1):
        flat = [k * scale for k in range(prod(shape))]
        return arr(dtype, flat, shape)

    for x in (grid("int64", [4, 3]), grid("float64", [5, 2], 0.5), grid("int64", [3, 2, 2]), grid("uint8", [6, 1]),
              grid("float32", [2, 3, 4], 0.25), grid("int8", [10]), grid("uint16", [7]), grid("float32", [9], 0.5),
              arr("bool", [True, False, True, True, False], [5]), arr("uint64", [2**64 - 1, 0, 2**63, 5], [4]),
              grid("int64", [1, 5]), grid("int64", [0]), grid("int64", [0, 3]), grid("int64", [3, 0]),
              grid("float64", [2, 0, 2]), nested(list(range(12)), [4, 3]), nested(list(range(24)), [2, 3, 4]),
              [[1, 2], [3], [], [4, 5, 6]], [[], [], []], [], [1, 2, 3, None], [[1, 1], [2, 2], [3, 3], None],
              [1, [2, 2], [3, 3], None], ["a", "b", "c", "d", "e"], [0.5, -0.0, NAN, INF], grid("int64", [1, 1, 1])):
        s.add("shuffle-nd", gen(), [c("shuffle", x), tail])
        s.add("permutation-nd", gen(), [c("permutation", x), tail])
    s.add("shuffle-nd", gen(1234567890), [c("shuffle", [1, 2, 3, 4, 5, 6, 7, 8, 9, 0])])
    s.add("shuffle-nd", gen(1234567890), [c("shuffle", arr("int64", [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] * 2, [2, 10])), tail])
    for bad_call in (c("shuffle", "abcd"), c("shuffle", "ab"), c("shuffle", 5), c("shuffle", arr("int64", [3], [])),
                     c("shuffle", None), c("shuffle", 2.5), c("shuffle"), c("permutation", "abcd"),
                     c("permutation", 1.2), c("permutation", arr("float64", [3.0], [])), c("permutation", None),
                     c("permutation"), c("permutation", [1], [2])):
        s.add("validation-shuffle", gen(), [tail, bad_call, tail])
    s.add("permutation-int", gen(1234567890), [c("permutation", 10), c("permutation", True), c("permutation", False),
                                               c("permutation", -5), c("permutation", 1000), tail])

    # ------------------------------------------------ 12. tomaxint, bytes
    s.add("tomaxint", gen(1234567890), [c("tomaxint", size=[3, 2]), c("seed", 1234567890), c("tomaxint")])
    s.add("tomaxint", gen(), [c("tomaxint", None), c("tomaxint", []), c("tomaxint", [2, 0]), c("tomaxint", 1000),
                              c("tomaxint", arr("int64", [2, 2], [2])), tail])
    for bad_call in (c("tomaxint", -1), c("tomaxint", 1.5), c("tomaxint", "3"), c("tomaxint", [2, -1])):
        s.add("validation-tomaxint", gen(), [tail, bad_call, tail])
    s.add("bytes", gen(1234567890), [c("bytes", 10)])
    s.add("bytes", gen(), [c("bytes", 7), c("bytes", 4), c("bytes", 0), c("bytes", 1), c("bytes", 1000), c("bytes", True),
                           tail])
    s.add("bytes", gen(), [c("bytes", 1.5), c("bytes", 4.99), tail])
    for bad_call in (c("bytes", "3"), c("bytes", 2**63), c("bytes", None), c("bytes"),
                     c("bytes", [3])):
        s.add("validation-bytes", gen(), [tail, bad_call, tail])

    # ------------------------------------------------ 13. get_state / set_state round trips through the new methods
    roundtrip_calls = [c("hypergeometric", 100, 200, 150, size=5), c("vonmises", 1.0, 2.0, size=5), c("zipf", 1.5, size=5),
                       c("standard_t", 3.0, size=3), c("noncentral_chisquare", 0.5, 2.0, size=3),
                       c("dirichlet", [0.5, 2.0], size=3), c("choice", 7, 3, replace=False), c("multinomial", 50, [0.25] * 4),
                       c("shuffle", list(range(20))), c("logseries", 0.9, size=5), c("random_integers", 100, size=5),
                       c("wald", 1.0, 1.0, size=3)]
    for one_call in roundtrip_calls:
        st = ["MT19937", ndarray("uint32", s.u32(624)), rng.choice([0, 1, 311, 623, 624]), 1, -1.25]
        s.add("state-roundtrip", gen(),
              [c("set_state", st), one_call, c("get_state"), c("set_state", st), one_call, sn, c("get_state", legacy=False)])
    s.add("state-roundtrip", gen(),
          [c("set_state", {"bit_generator": "MT19937", "state": {"key": ndarray("uint32", s.u32(624)), "pos": 17},
                           "has_gauss": 0, "gauss": 0.0}),
           c("standard_cauchy", size=3), c("get_state"), c("lognormal", size=3), c("get_state", legacy=False)])

    # ------------------------------------------------ 14. heavy: 5,000 draws per call (libm-dependent kernels)
    heavy_tail = [c("random_sample", size=2), sn]

    def heavy(what, name, *args, **kwargs):
        s.add("heavy-" + what, gen(), [c(name, *args, size=5000, **kwargs)] + heavy_tail)

    heavy("chisquare", "chisquare", 3.5)
    heavy("chisquare", "chisquare", 0.6)
    heavy("f", "f", 5.0, 12.0)
    heavy("f", "f", 0.7, 1.5)
    heavy("noncentral_chisquare", "noncentral_chisquare", 5.0, 2.5)
    heavy("noncentral_chisquare", "noncentral_chisquare", 0.5, 3.0)
    heavy("noncentral_f", "noncentral_f", 3.0, 20.0, 2.0)
    heavy("standard_t", "standard_t", 2.5)
    heavy("standard_t", "standard_t", 0.7)
    heavy("standard_cauchy", "standard_cauchy")
    heavy("lognormal", "lognormal", 0.5, 1.5)
    heavy("pareto", "pareto", 1.5)
    heavy("power", "power", 0.3)
    heavy("weibull", "weibull", 1.7)
    heavy("rayleigh", "rayleigh", 2.0)
    heavy("wald", "wald", 1.5, 0.8)
    heavy("wald", "wald", 0.05, 30.0)
    heavy("vonmises", "vonmises", 0.5, 1e-9)
    heavy("vonmises", "vonmises", -1.0, 3e-6)
    heavy("vonmises", "vonmises", 2.0, 1.5)
    heavy("vonmises", "vonmises", 0.0, 5e3)
    heavy("laplace", "laplace", 1.0, 2.0)
    heavy("gumbel", "gumbel", -1.0, 0.5)
    heavy("logistic", "logistic", 0.0, 3.0)
    s.add("heavy-dirichlet", gen(), [c("dirichlet", [0.3, 1.0, 2.5, 7.0], size=1250)] + heavy_tail)
    heavy("zipf", "zipf", 1.05)
    heavy("zipf", "zipf", 2.0)
    heavy("zipf", "zipf", 6.5)
    heavy("logseries", "logseries", 0.01)
    heavy("logseries", "logseries", 0.6)
    heavy("logseries", "logseries", 0.9999)
    heavy("hypergeometric", "hypergeometric", 20, 30, 10)
    heavy("hypergeometric", "hypergeometric", 100, 200, 150)
    heavy("hypergeometric", "hypergeometric", 2**30, 2**31, 1000)
    heavy("hypergeometric", "hypergeometric", 500, 7, 12)
    heavy("geometric", "geometric", 0.5)
    heavy("geometric", "geometric", 0.01)
    heavy("negative_binomial", "negative_binomial", 3.5, 0.3)
    heavy("negative_binomial", "negative_binomial", 200.0, 0.001)
    s.add("heavy-multinomial", gen(), [c("multinomial", 1000, [0.1, 0.2, 0.3, 0.4], size=1250)] + heavy_tail)
    return s


# ---------------------------------------------------------------- generator

def generator(b, seed):
    return {"type": "Generator", "bit_generator": b, "seed": seed}


# The Generator's distributions: parameter names (keyword calls, broadcasting).
GEN_PARAMS = {
    "exponential": ["scale"], "standard_gamma": ["shape"], "poisson": ["lam"], "chisquare": ["df"],
    "standard_t": ["df"], "pareto": ["a"], "power": ["a"], "weibull": ["a"], "rayleigh": ["scale"],
    "geometric": ["p"], "zipf": ["a"], "logseries": ["p"],
    "normal": ["loc", "scale"], "uniform": ["low", "high"], "gamma": ["shape", "scale"], "beta": ["a", "b"],
    "binomial": ["n", "p"], "f": ["dfnum", "dfden"], "noncentral_chisquare": ["df", "nonc"],
    "lognormal": ["mean", "sigma"], "wald": ["mean", "scale"], "vonmises": ["mu", "kappa"],
    "laplace": ["loc", "scale"], "gumbel": ["loc", "scale"], "logistic": ["loc", "scale"],
    "negative_binomial": ["n", "p"],
    "triangular": ["left", "mode", "right"], "noncentral_f": ["dfnum", "dfden", "nonc"],
    "hypergeometric": ["ngood", "nbad", "nsample"],
}
# methods whose every parameter accepts both 0 and 1 (so a bool array is a legal parameter)
GEN_BOOL_OK = ("normal", "exponential", "standard_gamma", "gamma", "poisson", "weibull", "rayleigh", "lognormal",
               "vonmises", "laplace", "gumbel", "logistic", "binomial")
POISSON_LAM_MAX = 9.223372006484771e18   # int64 max - 10 * sqrt(int64 max), as a double (the Generator's limit)


def gen_dtype_range(dtype):
    """[lo, hi) of an integers dtype."""
    if dtype == "bool":
        return 0, 2
    bits = DTYPE_BITS[dtype]
    if dtype.startswith("u"):
        return 0, 2**bits
    return -2**(bits - 1), 2**(bits - 1)


def gen_list_kind(vals):
    """The dtype NumPy 2 gives a list of Python ints: int64, uint64, float64 (int64 mixed with uint64-only
    values: lossy) or object (a value outside both)."""
    kinds = set()
    for v in vals:
        if -2**63 <= v < 2**63:
            kinds.add("int64")
        elif 0 <= v < 2**64:
            kinds.add("uint64")
        else:
            return "object"
    return "float64" if len(kinds) == 2 else (kinds.pop() if kinds else "float64")


def gen_bparam(vals, shape, dtype):
    """integers bounds as a nested list, unless NumPy would turn that list into a lossy float64 array:
    then as an exact ndarray (the dtype's, or uint64), or clipped to int64."""
    if not vals or gen_list_kind(vals) != "float64":
        return nested(vals, list(shape))
    dlo, dhi = gen_dtype_range(dtype)
    if all(dlo <= v < dhi for v in vals):
        return arr(dtype, vals, shape)
    if all(0 <= v < 2**64 for v in vals):
        return arr("uint64", vals, shape)
    return nested([min(v, 2**63 - 1) for v in vals], list(shape))


def psd_matrix(rng, n, rank=None):
    """A symmetric positive semi-definite n x n matrix A A^T with short decimal entries (rank <= n)."""
    k = n if rank is None else rank
    a = [[round(rng.uniform(-2, 2), 2) for _ in range(k)] for _ in range(n)]
    return [[round(sum(a[i][t] * a[j][t] for t in range(k)), 6) for j in range(n)] for i in range(n)]


def generator_suite():
    s = Suite("generator")
    rng = s.rng
    counter = [0]
    special = [0, 1, 2**32 - 1, 12345, 2**63, 1234567890]

    def seed_spec():
        """The next (bit generator, seed): every bit generator with every kind of seed, in rotation."""
        k = counter[0]
        counter[0] += 1
        b = BIT_GENERATORS[k % 5]
        kind = (k // 5) % 6
        if kind == 0:
            sd = special[(k // 30) % len(special)]
        elif kind == 1:
            sd = rng.getrandbits(32)
        elif kind == 2:
            sd = rng.getrandbits(rng.choice([65, 100, 128, 200, 256]))
        elif kind == 3:
            sd = s.u32(rng.choice([1, 2, 3, 7])) if rng.random() < 0.7 else [rng.getrandbits(64), rng.getrandbits(40)]
        elif kind == 4:
            ent = rng.getrandbits(128) if rng.random() < 0.6 else s.u32(rng.choice([2, 4]))
            sd = {"entropy": ent, "spawn_key": [rng.randrange(8) for _ in range(rng.choice([0, 1, 1, 2, 3]))]}
        else:
            sd = rng.getrandbits(64)
        return b, sd

    def gen(sd=None, b=None):
        bb, ss = seed_spec()
        return generator(b or bb, ss if sd is None else sd)

    def mt(sd):  # NumPy's own tests use Generator(MT19937(seed))
        return generator("MT19937", sd)

    f32 = c("random", dtype="float32")
    tail = c("random")
    pre = f32                        # leaves a buffered 32-bit half behind (64-bit bit generators)
    post = [f32, tail]               # the buffered half (if still there), then the stream
    st = c("bit_generator.state")
    nd = lambda data, shape=None: arr("float64", data, shape if shape is not None else [len(data)])  # noqa: E731
    i64 = lambda data, shape=None: arr("int64", data, shape if shape is not None else [len(data)])  # noqa: E731
    sizes = [None, 1, 5, [2, 3], [2, 1, 3], [], 0, [3, 0]]

    def size_calls(name, args, kwargs=None, sizes_=sizes):
        out = []
        for size in sizes_:
            kw = dict(kwargs or {})
            if size is not None:
                kw["size"] = size
            out.append(c(name, *args, **kw))
        return out

    def bad(family, *calls_):
        for one_call in calls_:
            s.add("validation-" + family, gen(), [pre, one_call] + post)

    def ok(family, *calls_):  # legal but edge-case values: NaN, inf, -0.0, extremes ...
        for one_call in calls_:
            s.add("edge-" + family, gen(), [pre, one_call] + post)

    # ------------------------------------------------ 1. seeds: every bit generator, every kind of seed
    basic = [c("random"), c("random", 3), c("integers", 0, 1000, size=4), c("standard_normal", size=2), st]
    for b in BIT_GENERATORS:
        seeds = [0, 1, 2**32 - 1, 2**32, 2**64 - 1, 2**128 + rng.getrandbits(64), 2**256 + rng.getrandbits(200),
                 [], [0], s.u32(3), [2**32, 2**64 - 1, 7], s.u32(700),
                 {"entropy": rng.getrandbits(128), "spawn_key": [0]},
                 {"entropy": s.u32(4), "spawn_key": [1, 2, 3]},
                 {"entropy": 2**100 + rng.getrandbits(64), "spawn_key": []},
                 {"entropy": 0, "spawn_key": [2**40]}]
        for sd in seeds:
            s.add("seed-" + b, generator(b, sd), basic)
        for sd in (-1, [5, -1], 1.5, [1.5], {"entropy": -1, "spawn_key": []}, {"entropy": 5, "spawn_key": [-1]}):
            s.add("bad-seed-" + b, generator(b, sd), [tail])

    # ------------------------------------------------ 2. random: sizes, float32, out=
    for dtype in (None, "float64", "float32"):
        kw = {} if dtype is None else {"dtype": dtype}
        s.add("random", gen(), [c("random", **kw)] + size_calls("random", [], kw) + [st, tail])
    s.add("random", mt(1234567890), [c("random", [3, 2]), c("random"), c("random", [3, 2], "float32"),
                                      c("random", dtype="float32")])
    s.add("random", gen(), [c("random", None, "float32", None), c("random", 3, "float64", None),
                            c("random", size=arr("int64", [2, 2], [2])), c("random", repeat=5), tail])
    for shape in ([3], [2, 3], [], [0], [2, 0], [1, 1, 4]):
        zeros = [0.0] * prod(shape)
        s.add("random-out", gen(),
              [c("random", out=arr("float64", zeros, shape)), c("random", size=shape, out=arr("float64", zeros, shape)),
               c("random", dtype="float32", out=arr("float32", zeros, shape)),
               c("random", None, "float32", arr("float32", zeros, shape)), st, tail])
    s.add("random-out", gen(), [c("random", size=3, out=nd([7.5, 7.5, 7.5])), c("random", size=[3], out=nd([1.0] * 3)),
                                c("random", out=nd([NAN, INF])), tail])
    random_bad = [c("random", dtype="int64"), c("random", dtype="int32"), c("random", dtype="float16"),
                  c("random", dtype="bool"), c("random", 3, "uint64"), c("random", dtype="float128"),
                  c("random", dtype="foo"),
                  c("random", out=arr("float32", [0.0] * 3, [3])),
                  c("random", dtype="float32", out=nd([0.0] * 3)),
                  c("random", size=4, out=nd([0.0] * 3)), c("random", size=[3, 1], out=nd([0.0] * 3)),
                  c("random", size=[], out=nd([0.0], [1])),
                  c("random", out=arr("int64", [0] * 3, [3])), c("random", size=4, out=arr("float32", [0.0] * 3, [3])),
                  c("random", dtype="int64", out=nd([0.0] * 3)),
                  c("random", size=-1), c("random", size=[2, -1]), c("random", size=2.0), c("random", size="3"),
                  c("random", 1, 2, 3, 4), c("random", foo=1)]
    for one_call in random_bad:
        s.add("validation-random", gen(), [pre, one_call] + post)
    for one_call in (c("random", dtype=None), c("random", size=0, out=nd([], [0])), c("random", size=[2, 0], out=nd([], [2, 0]))):
        s.add("edge-random", gen(), [pre, one_call] + post)
    # dtype spellings other than the canonical names (a separate family)
    s.add("dtype-aliases", gen(), [c("random", 2, "f4"), c("random", 2, "f8"), c("random", 2, "d"), c("random", 2, "single"),
                                   c("random", 2, "double"), c("standard_normal", 2, "f4"), c("integers", 0, 9, 3, "i1"),
                                   c("integers", 0, 9, 3, "u2"), c("integers", 0, 9, 3, "int"), c("integers", 0, 2, 3, "?"),
                                   c("integers", 0, 9, 3, "<i4"), c("integers", 0, 9, 3, ">i4"), tail])

    # ------------------------------------------------ 3. the float32 / out= forms of standard_normal,
    #                                                     standard_exponential (zig, inv) and standard_gamma
    for name, args, extra in (("standard_normal", [], {}), ("standard_exponential", [], {}),
                              ("standard_exponential", [], {"method": "inv"}),
                              ("standard_exponential", [], {"method": "zig"}),
                              ("standard_gamma", [0.5], {}), ("standard_gamma", [1.0], {}),
                              ("standard_gamma", [3.5], {}), ("standard_gamma", [0.0], {})):
        fam = "float32-" + name + ("-" + extra["method"] if "method" in extra else "")
        s.add(fam, gen(), [c(name, *args, **extra)] + size_calls(name, args, dict(extra, dtype="float32")) + [st, tail])
        s.add(fam, gen(), [c(name, *args, size=[2, 2], out=arr("float64", [0.0] * 4, [2, 2]), **extra),
                           c(name, *args, dtype="float32", out=arr("float32", [0.0] * 4, [2, 2]), **extra),
                           c(name, *args, size=[2, 2], dtype="float32", out=arr("float32", [0.0] * 4, [2, 2]), **extra),
                           c(name, *args, out=arr("float64", [0.0], []), **extra),
                           c(name, *args, dtype="float32", out=arr("float32", [], [0]), **extra), st, tail])
    s.add("float32-standard_exponential-method", gen(),
          [c("standard_exponential", 3, method="foo"), c("standard_exponential", 3, method=None),
           c("standard_exponential", 3, "float32", "INV"), c("standard_exponential", 3, "float64", "inv"), tail])
    s.add("float32-draw-order", gen(b="PCG64"),
          [f32, st, tail, st, f32, f32, st, c("standard_normal", 3, "float32"), st, c("standard_exponential", dtype="float32"),
           st, c("standard_gamma", 2.5, dtype="float32"), st, c("integers", 0, 2**32, dtype="uint32"), st, tail])
    for b in BIT_GENERATORS:
        s.add("float32-draw-order-" + b, gen(b=b),
              [f32, st, c("integers", 0, 10, dtype="uint32"), st, c("integers", 0, 10, dtype="uint16"), st,
               c("integers", 0, 10, dtype="uint8", size=5), st, c("integers", 0, 2, dtype="bool", size=33), st,
               f32, c("bit_generator.random_raw"), f32, st, tail])
    # standard_gamma with array shapes, float32 array shapes, out= and broadcasting
    sg = "standard_gamma"
    s.add("standard_gamma-array", gen(),
          [c(sg, [0.5, 1.0, 3.5]), c(sg, [[0.5], [2.0]], dtype="float32"), c(sg, nd([1.0, 2.0, 3.0]), out=nd([0.0] * 6, [2, 3])),
           c(sg, [1.0, 2.0, 3.0], dtype="float32", out=arr("float32", [0.0] * 6, [2, 3])),
           c(sg, [1.0, 2.0, 3.0], size=[2, 3], out=nd([0.0] * 6, [2, 3])),
           c(sg, arr("float32", [0.25, 4.0], [2]), dtype="float32"), c(sg, arr("float64", [1e-45, 1e40], [2]), dtype="float32"),
           c(sg, 1e-46, dtype="float32"), c(sg, 1e40, dtype="float32"), c(sg, arr("float64", [0.5], []), dtype="float32"), tail])
    for one_call in (c(sg, -1, dtype="float32"), c(sg, -0.0, dtype="float32"), c(sg, -1e-46, dtype="float32"),
                     c(sg, [1, -1], dtype="float32"), c(sg, arr("float32", [-0.0], [1]), dtype="float32"),
                     c(sg, [1.0, 2.0, 3.0], out=nd([0.0] * 2, [2])), c(sg, [[1.0], [2.0]], out=nd([0.0] * 3, [3])),
                     c(sg, nd([1.0] * 12, [4, 3]), out=nd([0.0] * 80, [10, 4, 2])),
                     c(sg, 1.0, size=20, out=nd([0.0] * 10)), c(sg, 1.0, size=[10, 1], out=nd([0.0] * 10)),
                     c(sg, 1.0, out=arr("float32", [0.0] * 3, [3])), c(sg, 1.0, dtype="float32", out=nd([0.0] * 3)),
                     c(sg, [1.0, 2.0], dtype="float32", out=nd([0.0] * 2)), c(sg, 1.0, dtype="int32"),
                     c(sg, 1.0, dtype="float16"), c(sg, "a", dtype="float32"), c(sg, None, dtype="float32"),
                     c(sg, 1.0, dtype="float32", out=arr("float32", [0.0] * 3, [3]), size=4),
                     c(sg, [1.0, -1.0], out=nd([5.0, 5.0]))):
        s.add("validation-standard_gamma-out", gen(), [pre, one_call] + post)
    for name in ("standard_normal", "standard_exponential"):
        for one_call in (c(name, dtype="int32"), c(name, dtype="float16"), c(name, dtype="int64", size=3),
                         c(name, out=arr("float32", [0.0] * 3, [3])), c(name, dtype="float32", out=nd([0.0] * 3)),
                         c(name, size=4, out=nd([0.0] * 3)), c(name, size=[3, 1], out=nd([0.0] * 3)),
                         c(name, 3, "float32", out=arr("float32", [0.0] * 2, [2])), c(name, size=-1), c(name, 2.5),
                         c(name, "3"), c(name, size=[2, 2.0]), c(name, foo=1)):
            s.add("validation-" + name, gen(), [pre, one_call] + post)

    # ------------------------------------------------ 4. integers: every dtype, endpoint, scalar and n-d bounds
    it = "integers"
    for dtype in ("bool",) + INT_DTYPES:
        lo, hi = gen_dtype_range(dtype)
        calls = [c(it, lo, hi, dtype=dtype), c(it, lo, hi, size=20, dtype=dtype), c(it, lo, lo + 1, size=3, dtype=dtype),
                 c(it, hi - 1, dtype=dtype), c(it, lo, hi - 1, size=10, dtype=dtype, endpoint=True),
                 c(it, lo, lo, size=3, dtype=dtype, endpoint=True), c(it, hi - 1, hi - 1, dtype=dtype, endpoint=True),
                 c(it, lo, hi, size=[2, 3], dtype=dtype), c(it, hi, None, dtype=dtype), c(it, lo, hi, None, dtype),
                 c(it, hi - 1, None, None, dtype, True), st]
        if dtype != "bool":
            calls += [c(it, lo, lo + 5, size=10, dtype=dtype), c(it, 1, 100, size=10, dtype=dtype),
                      c(it, lo, lo + 5, size=10, dtype=dtype, endpoint=True),
                      c(it, lo, lo + 2**(DTYPE_BITS[dtype] - 1) + 1, size=10, dtype=dtype),
                      c(it, lo, lo + 2**(DTYPE_BITS[dtype] - 1), size=10, dtype=dtype, endpoint=True), st]
        s.add("integers-" + dtype, gen(), calls + [tail])
        s.add("integers-" + dtype, gen(), [c(it, lo, hi, dtype=dtype, repeat=6), st, c(it, 0, 2, size=7, dtype=dtype), st,
                                           c(it, 0, 1, size=5, dtype=dtype, endpoint=True), st, tail])
        errs = [c(it, lo + 1, lo + 1, dtype=dtype), c(it, lo + 2, lo + 1, dtype=dtype),
                c(it, lo + 2, lo + 1, dtype=dtype, endpoint=True), c(it, 0, dtype=dtype), c(it, -3, dtype=dtype),
                c(it, -1, dtype=dtype, endpoint=True), c(it, 0, dtype=dtype, endpoint=True),
                c(it, lo, hi + 1, dtype=dtype), c(it, lo, hi, dtype=dtype, endpoint=True), c(it, lo - 1, hi, dtype=dtype),
                c(it, lo - 1, hi + 1, size=3, dtype=dtype), c(it, hi + 1, dtype=dtype), c(it, hi, dtype=dtype, endpoint=True),
                c(it, 5, 4, size=3, dtype=dtype), c(it, 5, 4, size=0, dtype=dtype),
                # array bounds
                c(it, [lo, lo + 1], [lo + 1, lo + 1], dtype=dtype), c(it, [lo, lo + 1], [lo, lo], dtype=dtype, endpoint=True),
                c(it, [0, 0], [1, 0], dtype=dtype), c(it, [[0, 0]], dtype=dtype), c(it, [[-1, 2]], dtype=dtype, endpoint=True),
                c(it, [lo - 1, lo], [lo + 1, lo + 1], dtype=dtype), c(it, [lo, lo], [lo + 1, hi + 1], dtype=dtype),
                c(it, [lo, lo], [lo + 1, hi], dtype=dtype, endpoint=True),
                c(it, [lo, lo], [lo + 1, lo + 1, lo + 1], dtype=dtype), c(it, [lo, lo], lo + 1, size=[3], dtype=dtype),
                c(it, [lo + 1, lo], lo + 1, size=0, dtype=dtype), c(it, [lo, lo], lo + 1, size=-1, dtype=dtype)]
        calls = []
        for e in errs:
            calls += [e, f32]
        s.add("integers-errors-" + dtype, gen(), calls + [tail])
        # array bounds: 2-d, 3-d broadcasting, high=None, endpoint
        pairs = []
        for k in range(6):
            r = k % 6
            if r == 0:
                pairs.append((lo, hi))
            elif r == 1:
                v = rng.randrange(lo, hi)
                pairs.append((v, v + 1))
            elif r == 2 and hi - lo > 5:
                a = rng.randrange(lo, hi - 5)
                pairs.append((a, a + rng.randint(2, 5)))
            elif r == 3 and dtype != "bool":
                pairs.append((lo, lo + (hi - lo) // 2 + 1))
            else:
                a = rng.randrange(lo, hi)
                pairs.append((a, rng.randint(a + 1, hi)))
        lows, highs = [p[0] for p in pairs], [p[1] for p in pairs]
        s.add("integers-array-" + dtype, gen(),
              [c(it, gen_bparam(lows, [2, 3], dtype), gen_bparam(highs, [2, 3], dtype), dtype=dtype),
               c(it, gen_bparam(lows, [2, 3], dtype), gen_bparam(highs, [2, 3], dtype), size=[2, 2, 3], dtype=dtype),
               c(it, gen_bparam(lows, [2, 3], dtype), gen_bparam([h - 1 for h in highs], [2, 3], dtype), dtype=dtype,
                 endpoint=True), st, tail])
        low3 = [rng.randrange(lo, lo + max(1, (hi - lo) // 4)) for _ in range(6)]
        high3 = [rng.randrange(lo + max(1, (hi - lo) // 4), hi) + 1 for _ in range(4)]
        s.add("integers-array-" + dtype, gen(),
              [c(it, gen_bparam(low3, [2, 1, 3], dtype), gen_bparam(high3, [1, 4, 1], dtype), dtype=dtype),
               c(it, gen_bparam(low3[:3], [3], dtype), hi, size=[4, 3], dtype=dtype),
               c(it, gen_bparam(low3[:3], [3], dtype), hi - 1, size=[4, 3], dtype=dtype, endpoint=True),
               c(it, lo, gen_bparam(high3, [4, 1], dtype), dtype=dtype), tail])
        pos = [h for h in highs if h > 0] or [1]
        s.add("integers-array-" + dtype, gen(),
              [c(it, gen_bparam((pos * 4)[:4], [2, 2], dtype), dtype=dtype),
               c(it, gen_bparam((pos * 4)[:4], [2, 2], dtype), None, [3, 2, 2], dtype),
               c(it, gen_bparam([p - 1 for p in (pos * 4)[:4]], [2, 2], dtype), dtype=dtype, endpoint=True),
               c(it, 0, [max(1, hi // 3), hi], size=[3, 2], dtype=dtype), st, tail])
    # the 32-bit boundary: Lemire on 32 or on 64 bits (NumPy's test_repeatability_32bit_boundary)
    for bound in (2**32 - 1, 2**32, 2**32 + 1):
        s.add("integers-32bit-boundary", mt(1234), [c(it, bound), c(it, bound, size=7), st])
        s.add("integers-32bit-boundary", gen(), [c(it, bound, size=7), c(it, bound - 1, size=7, endpoint=True),
                                                c(it, -bound, 0, size=3), f32, c(it, bound, size=7), st])
    s.add("integers-32bit-boundary", mt(12345), [c(it, [[-1], [0], [1]], [2**32 - 1, 2**32, 2**32 + 1]),
                                                 c(it, [[-1], [0], [1]], [2**32 - 1, 2**32, 2**32 + 1], size=[5, 3, 3])])
    for lo, hi in ((0, 2**31), (0, 2**40), (-2**63, 2**63 - 1), (0, 2**63), (-7, 13), (0, 256), (0, 257), (0, 2**16 + 1),
                   (2**62, 2**63 - 1)):
        s.add("integers-range", gen(), [c(it, lo, hi), c(it, lo, hi, size=30), c(it, lo, hi, size=5, endpoint=True), tail])
    s.add("integers-uint64-range", gen(),
          [c(it, 0, 2**64, size=5, dtype="uint64"), c(it, 0, 2**64 - 1, size=5, dtype="uint64", endpoint=True),
           c(it, 2**63, 2**64, size=5, dtype="uint64"), c(it, 2**64 - 3, 2**64, size=5, dtype="uint64"),
           c(it, 2**63 + 1, dtype="uint64"), c(it, 2**64 - 1, 2**64 - 1, dtype="uint64", endpoint=True), tail])
    s.add("integers-int64-max", gen(),
          [c(it, 2**63 - 1, 2**63 - 1, endpoint=True), c(it, -2**63, -2**63, endpoint=True, size=2),
           c(it, arr("int64", [2**63 - 1], []), arr("uint64", [2**63], []), dtype="int64"),
           c(it, 2**63 - 1, 2**63), tail])
    s.add("integers-sizes", gen(),
          [c(it, 0, 5, size=0), c(it, 0, 5, size=[2, 0]), c(it, 0, 5, size=[]), c(it, 0, 5, size=[3, 1, 2]),
           c(it, 0, 0, size=[3, 0, 4]), c(it, 0, -10, size=0), c(it, 10, 10, size=0), c(it, 0, 5, size=-1),
           c(it, 0, 5, size=arr("int64", [2, 2], [2])), c(it, 0, 5, size=2.0), tail])
    s.add("integers-errors", gen(),
          [c(it, 5, 5), tail, c(it, 0), tail, c(it, 0, 2**63), tail, c(it, 0, 2**64), tail, c(it, -2**63 - 1, 0), tail,
           c(it, 0, 2, dtype="float64"), tail, c(it, 0, 2, dtype="float32"), tail, c(it, 0, 3, dtype="bool"), tail,
           c(it, 0, 200, size=10, dtype=">i4"), tail, c(it, 0, 2, dtype="foo"), tail, c(it, 1.5), tail,
           c(it, 0.5, 3.99, size=4), tail, c(it, "a"), tail, c(it, None), tail, c(it), tail, c(it, 0, 5, 3, "int64", 1, 2), tail])
    s.add("integers-array-dtypes", gen(),
          [c(it, arr("int64", [1, 2, 3, 4], [2, 2]), 10), c(it, arr("uint8", [1, 2, 3], [3]), arr("int64", [5, 6, 7], [3]), dtype="int8"),
           c(it, arr("bool", [True, False], [2]), 5, dtype="uint16"), c(it, arr("uint64", [1, 2], [2]), arr("int64", [5, 6], [2]), dtype="uint64"),
           c(it, arr("int64", [0, 1], [2]), [2**64, 2**63], dtype="uint64"), c(it, [-2**63, 1], [2**63 - 1, 2**63], dtype="int64"),
           c(it, [1.5, 2.5], 5), c(it, arr("float64", [1.5, 2.5], [2]), 5, dtype="int8"), tail])
    s.add("integers-array-list-promotion", gen(),
          [c(it, [5, 2**63 + 1], [6, 2**63 + 2], dtype="uint64"), tail,
           c(it, [0, 2**63 + 1], [10, 2**63 + 3000], size=[3, 2], dtype="uint64"),
           c(it, -5, [2**63, -1]), tail, c(it, [-5, 0], [5, 2**63]), tail,
           c(it, [0, 2**63], [2**64, 2**64], dtype="uint64"), tail, c(it, [0, 2**63], [2**64 - 1, 2**64 - 1], dtype="uint64",
                                                                      endpoint=True), tail])
    s.add("integers-array-out-size", gen(),
          [c(it, [1, 2], 10, size=[3, 1]), tail, c(it, [1, 2], 10, size=[1]), tail, c(it, [1, 2], 10, size=[]), tail,
           c(it, [1, 2], [[10], [20]], size=[1, 1]), tail, c(it, [1, 2], 10, dtype="int8", size=[3, 1]), tail,
           c(it, [0, 0], [256, 128], dtype="uint8", size=[2, 1]), tail])
    s.add("integers-array-zero", gen(),
          [c(it, [], 5), c(it, arr("int64", [], [2, 0]), 5), c(it, arr("int64", [], [2, 0]), 5, size=[3, 2, 0]),
           c(it, [1, 2], 5, size=[0, 2]), c(it, 5, 4, size=[2, 0]), c(it, [5], 4, size=0), tail])
    s.add("integers-array-bad-types", gen(),
          [c(it, ["a"], 5), tail, c(it, [None], 5), tail, c(it, None, 5), tail, c(it, [1, 2], 5, dtype="float64"), tail,
           c(it, [1, 2], 5, size=0, dtype="float64"), tail, c(it, arr("float64", [NAN], [1]), 5), tail,
           c(it, arr("float64", [1.0], [1]), NAN), tail, c(it, 0, arr("float64", [INF], [1])), tail])
    # NumPy's test_int64_uint64_broadcast_exceptions: every path says ValueError
    for dtype, configs in (("uint64", ((0, 2**65), (-1, 2**62), (10, 9), (0, 0))),
                           ("int64", ((0, 2**64), (-(2**64), 2**62), (10, 9), (0, 0), (-2**63 - 1, -2**63 - 1)))):
        for low, high in configs:
            calls = []
            for endpoint in (False, True):
                h = high - endpoint
                calls += [c(it, low, h, endpoint=endpoint, dtype=dtype), c(it, [[low] * 3], h, endpoint=endpoint, dtype=dtype),
                          c(it, low, [h] * 3, endpoint=endpoint, dtype=dtype),
                          c(it, [[low] * 3], [h] * 3, endpoint=endpoint, dtype=dtype), f32]
            s.add("integers-wide-errors", gen(), calls + [tail])

    # ------------------------------------------------ 5. choice
    ch = "choice"
    sd = 1234567890
    s.add("choice", mt(sd), [c(ch, 4, 4)])
    s.add("choice", mt(sd), [c(ch, 4, 4, p=[0.4, 0.4, 0.1, 0.1])])
    s.add("choice", mt(sd), [c(ch, 4, 3, replace=False), c(ch, 4, 4, replace=False, shuffle=False)])
    s.add("choice", mt(sd), [c(ch, 4, 3, replace=False, p=[0.1, 0.3, 0.5, 0.1])])
    s.add("choice", mt(sd), [c(ch, ["a", "b", "c", "d"], 4)])
    s.add("choice", mt(sd), [c(ch, [[0, 1], [2, 3], [4, 5], [6, 7]], 3)])
    s.add("choice", mt(sd), [c(ch, [[0, 1], [2, 3], [4, 5], [6, 7]], 1, axis=1)])
    s.add("choice", mt(sd), [c(ch, [1, 2, 3], size=[]), c(ch, [[1, 2, 3]], size=[]), c(ch, [[1]], size=[]),
                             c(ch, [[1]], size=[], axis=1)])
    populations = [5, 1, 10, 100, 2**31, 2**32 + 1, 2**62, [3, 1, 4, 1, 5], [0.5, -1.5, 2.25], nd([1.0, 2.0, 3.0, 4.0]),
                   arr("uint8", [7, 8, 9], [3]), arr("bool", [True, False], [2]), arr("int64", [2**62, -2**62], [2]),
                   arr("float32", [0.5, 0.25], [2]), ["x", "yy", "zzz"], [True, False, True], arr("int64", [9], []), True]
    for a in populations:
        s.add("choice-uniform", gen(),
              [c(ch, a), c(ch, a, 3), c(ch, a, [2, 3]), c(ch, a, []), c(ch, a, 0), c(ch, a, size=[2, 0]),
               c(ch, a, None, True), st, tail])
    for a in (5, 10, 100, [3, 1, 4, 1, 5], nd([1.0, 2.0, 3.0, 4.0]), ["x", "yy", "zzz"], 1, 2**40):
        size_k = {5: 3, 10: 10, 100: 7, 1: 1, 2**40: 6}.get(a, 2) if isinstance(a, int) else 2
        s.add("choice-noreplace", gen(),
              [c(ch, a, replace=False), c(ch, a, size_k, replace=False), c(ch, a, [1, size_k], replace=False),
               c(ch, a, [], replace=False), c(ch, a, 0, replace=False), c(ch, a, size_k, replace=False, shuffle=False),
               st, tail])
    # without replacement and p: Floyd's set-based sampling (and its final shuffle) or a tail shuffle of
    # arange(pop): pop > 10000 and size > pop // 50 (// 20 with shuffle=False)
    for pop, k, shuffle in ((100000, 3, True), (100000, 3, False), (2**40, 5, True), (2**62, [2, 2], True),
                            (10000, 1000, True), (10000, 1000, False), (10001, 201, True), (10001, 200, True),
                            (10001, 501, False), (10001, 500, False), (20000, 401, True), (20000, 400, True),
                            (100000, 2001, True), (100000, 2000, True), (10001, 1, True), (10**9, 7, False)):
        s.add("choice-large", gen(), [c(ch, pop, k, replace=False, shuffle=shuffle), st, tail])
    # axis
    grid2 = nested(list(range(12)), [3, 4])
    grid3 = arr("int64", list(range(24)), [2, 3, 4])
    s.add("choice-axis", gen(), [c(ch, grid2, 2), c(ch, grid2, 2, axis=1), c(ch, grid2, [2, 2], axis=-1),
                                 c(ch, grid2, 2, axis=-2), c(ch, grid3, 2, axis=2), c(ch, grid3, [], axis=1),
                                 c(ch, grid3, 1, axis=0), tail])
    s.add("choice-axis", gen(), [c(ch, grid2, 3, replace=False, axis=1), c(ch, grid2, 4, replace=False, axis=1),
                                 c(ch, grid2, 2, replace=False, axis=1, shuffle=False),
                                 c(ch, grid2, 2, p=[0.5, 0.25, 0.25]), c(ch, grid2, 2, p=[0.1, 0.2, 0.3, 0.4], axis=1),
                                 c(ch, grid2, 2, replace=False, p=[0.1, 0.2, 0.3, 0.4], axis=1), tail])
    s.add("choice-axis", gen(), [c(ch, grid2), c(ch, grid2, axis=1), c(ch, grid2, None, False, axis=1),
                                 c(ch, arr("float64", [0.5] * 6, [2, 3]), size=[2, 0], axis=1), tail])
    weights = [
        (4, [0.4, 0.4, 0.1, 0.1]), (6, [0.1, 0.1, 0.1, 0.1, 0.4, 0.2]), (3, [0.0, 1.0, 0.0]), (3, [1.0, 0.0, 0.0]),
        (10, [0.1] * 10), (5, nd([0.2, 0.2, 0.2, 0.2, 0.2])),
        (3, arr("float32", [0.4000000059604645, 0.4000000059604645, 0.20000000298023224], [3])),
        ([10, 20, 30], [0.5, 0.25, 0.25]), (["a", "b"], [0.9, 0.1]), (2, [0.5, 0.5 + 1e-9]), (2, [0.5, 0.5 - 1e-9]),
        (5, [0.0, 0.2, 0.0, 0.5, 0.3]), (4, [1, 0, 0, 0]), (3, [0.2, 0.3, 0.5]), (2, [True, False]),
        (3, arr("float32", [0.4, 0.4, 0.2001], [3])), (3, arr("float32", [0.4, 0.4, 0.1997], [3]))]
    for a, p in weights:
        s.add("choice-p", gen(),
              [c(ch, a, p=p), c(ch, a, 5, p=p), c(ch, a, [2, 3], p=p), c(ch, a, [], p=p), c(ch, a, 0, p=p), tail])
    for a, p, k in ((4, [0.1, 0.3, 0.5, 0.1], 3), (6, [0.1, 0.1, 0.1, 0.1, 0.4, 0.2], 6), (5, [0.0, 0.2, 0.0, 0.5, 0.3], 3),
                    (10, [0.1] * 10, 10), (3, [0.98, 0.01, 0.01], 3), ([10, 20, 30], [0.5, 0.25, 0.25], 2),
                    (100, [0.5] + [0.5 / 99] * 99, 20), (3, [1.0, 0.0, 0.0], 1), (4, [0.25] * 4, [2, 2])):
        s.add("choice-p-noreplace", gen(),
              [c(ch, a, replace=False, p=p), c(ch, a, k, replace=False, p=p), c(ch, a, [1, k] if isinstance(k, int) else k, False, p),
               c(ch, a, [], False, p), c(ch, a, 0, False, p), c(ch, a, k, False, p, shuffle=False), tail])
    s.add("choice-p", mt(4321), [c(ch, 10, size=10, p=[0.1] * 10)])
    bad(ch, c(ch, -1, 3), c(ch, 3.0, 3), c(ch, [[1, 2], [3, 4]], 3, axis=2), c(ch, [[1, 2], [3, 4]], 3, axis=-3),
        c(ch, [], 3), c(ch, 0), c(ch, 0, 3), c(ch, -5),
        c(ch, [1, 2, 3, 4], 3, p=[[0.25, 0.25], [0.25, 0.25]]), c(ch, [1, 2], 3, p=[0.4, 0.4, 0.2]),
        c(ch, [1, 2], 3, p=[1.1, -0.1]), c(ch, [1, 2], 3, p=[0.4, 0.4]), c(ch, [1, 2, 3], 4, replace=False),
        c(ch, [1, 2, 3], -2, replace=False), c(ch, [1, 2, 3], [-1], replace=False), c(ch, [1, 2, 3], [-1, 1], replace=False),
        c(ch, [1, 2, 3], 2, replace=False, p=[1, 0, 0]), c(ch, [42, 1, 2], p=[None, None, None]), c(ch, [], None),
        c(ch, 3, p=[NAN, 0.5, 0.5]), c(ch, 3, p=[0.5, 0.5, NAN]), c(ch, 3, p=[-0.0, -0.5, 1.5]), c(ch, 3, p=0.5),
        c(ch, 3, p=[INF, 0.0, 0.0]), c(ch, 2, p=[0.5, 0.5 + 2e-8]), c(ch, 3, 2, p=["a", "b", "c"]),
        c(ch, 3, p=arr("float32", [0.4, 0.4, 0.21], [3])), c(ch, "abc"), c(ch, None), c(ch, [1, 2], 2.0),
        c(ch, 5, -1), c(ch, 5, -1, p=[0.2] * 5), c(ch, 5, [2, -1]), c(ch, 5, 6, replace=False),
        c(ch, 5, 3, False, [0.5, 0.5, 0.0, 0.0, 0.0]), c(ch, 0, 1, False), c(ch, [], 1, False),
        c(ch, 5, [-1, -1], replace=False), c(ch, 5, p=[0.2] * 4), c(ch, arr("float64", [1.5], []), 2), c(ch, 2**64, 1),
        c(ch, 2**63, 1, replace=False), c(ch, 3, 2, True, [0.5, 0.5]), c(ch, [1, 2, 3], 2, axis=1),
        c(ch, grid2, 2, p=[0.5, 0.5]), c(ch, 5, 2, True, None, 0, True, 1))
    ok(ch, c(ch, 0, 0), c(ch, 0, size=[0]), c(ch, [], size=[0]), c(ch, [], 0, False), c(ch, -3, 0),
       c(ch, ["a", "b"], size=[3, 0, 4]), c(ch, True, 2), c(ch, 5, 0, False, [0.0, 0.0, 0.0, 0.0, 1.0]),
       c(ch, 3, 2, 0), c(ch, 3, 2, 1), c(ch, 2, p=[0.5, 0.5 + 1e-8]), c(ch, 5, 2, False, [0.5, 0.5, 0.0, 0.0, 0.0]),
       c(ch, 3, 2, p=arr("float32", [0.4, 0.4, 0.2001], [3])), c(ch, 5, 2, shuffle=0), c(ch, 2**63 - 1, 2, replace=False),
       c(ch, [None, 1, "a"], 4), c(ch, [[1, 2], [3, 4]], axis=1),
       c(ch, 5, 2, axis=0), c(ch, 5, 2, shuffle="x"))

    # ------------------------------------------------ 6. bytes
    s.add("bytes", mt(sd), [c("bytes", 10)])
    for n in (0, 1, 3, 4, 5, 8, 13, 100):
        s.add("bytes", gen(), [c("bytes", n), c("bytes", 1), st, tail])
    s.add("bytes", gen(), [c("bytes", True), c("bytes", 1.5), c("bytes", 4.99), c("bytes", -1), c("bytes", -4), c("bytes", -5),
                           c("bytes", -8), st, tail])
    s.add("bytes", gen(), [c("bytes", 0), st, c("bytes", -2), st, c("bytes", -3), st, c("bytes", 2), f32, c("bytes", 3), st, tail])
    for bad_call in (c("bytes", "3"), c("bytes", 2**63), c("bytes", None), c("bytes"), c("bytes", [3]), c("bytes", -9),
                     c("bytes", -100), c("bytes", 3, 4)):
        s.add("validation-bytes", gen(), [pre, bad_call] + post)

    # ------------------------------------------------ 7. shuffle, permutation (axis), permuted (axis, out)
    def grid(dtype, shape, scale=1):
        return arr(dtype, [k * scale for k in range(prod(shape))], shape)

    data = [grid("int64", [4, 3]), grid("float64", [5, 2], 0.5), grid("int64", [3, 2, 2]), grid("uint8", [6, 1]),
            grid("float32", [2, 3, 4], 0.25), grid("int8", [10]), grid("uint16", [7]), grid("float32", [9], 0.5),
            arr("bool", [True, False, True, True, False], [5]), arr("uint64", [2**64 - 1, 0, 2**63, 5], [4]),
            grid("int64", [1, 5]), grid("int64", [0]), grid("int64", [0, 3]), grid("int64", [3, 0]), grid("float64", [2, 0, 2]),
            nested(list(range(12)), [4, 3]), nested(list(range(24)), [2, 3, 4]), [[1, 2], [3], [], [4, 5, 6]], [[], [], []],
            [], [1, 2, 3, None], [[1, 1], [2, 2], [3, 3], None], ["a", "b", "c", "d", "e"], [0.5, -0.0, NAN, INF],
            grid("int64", [1, 1, 1]), [[], [], 1], list(range(50)), grid("int64", [1])]
    for x in data:
        s.add("shuffle", gen(), [c("shuffle", x), st, tail])
        s.add("permutation", gen(), [c("permutation", x), st, tail])
    s.add("shuffle", mt(sd), [c("shuffle", [1, 2, 3, 4, 5, 6, 7, 8, 9, 0])])
    s.add("shuffle", mt(sd), [c("shuffle", arr("int8", [1, 2, 3, 4, 5, 6, 7, 8, 9, 0], [10])),
                              c("shuffle", arr("float32", [1, 2, 3, 4, 5, 6, 7, 8, 9, 0], [10]))])
    s.add("shuffle", mt(12345), [c("shuffle", [1, 2, 3, None]), c("shuffle", [[1, 1], [2, 2], [3, 3], None])])
    for x, axes in ((grid("int64", [4, 4]), (0, 1, -1, -2)), (grid("int64", [2, 3, 4]), (0, 1, 2, -1)),
                    (grid("float64", [3, 5], 0.5), (1,)), (grid("int64", [0, 6]), (0, 1)), (grid("int64", [6, 0]), (0, 1)),
                    (grid("int64", [1, 8]), (1,)), (grid("int8", [5]), (0, -1))):
        for ax in axes:
            s.add("shuffle-axis", gen(), [c("shuffle", x, ax), c("shuffle", x, axis=ax), st, tail])
            s.add("permutation-axis", gen(), [c("permutation", x, ax), c("permutation", x, axis=ax), st, tail])
    s.add("shuffle-axis", mt(sd), [c("shuffle", grid("int64", [4, 4]), axis=1)])
    s.add("permutation-axis", mt(sd), [c("permutation", grid("int64", [4, 4]), axis=1), c("permutation", 10)])
    s.add("permutation", mt(sd), [c("permutation", [1, 2, 3, 4, 5, 6, 7, 8, 9, 0])])
    s.add("permutation-int", gen(), [c("permutation", 10), c("permutation", True), c("permutation", False),
                                     c("permutation", 0), c("permutation", 1), c("permutation", -5), c("permutation", 1000),
                                     st, tail])
    for bad_call in (c("shuffle", "abcd"), c("shuffle", "ab"), c("shuffle", 5), c("shuffle", arr("int64", [3], [])),
                     c("shuffle", None), c("shuffle", 2.5), c("shuffle"), c("shuffle", {"a": 1, "b": 2}),
                     c("shuffle", grid("int64", [10]), 1), c("shuffle", grid("int64", [3, 3]), 3),
                     c("shuffle", grid("int64", [3, 3]), -3), c("shuffle", [[1, 2, 3], [4, 5, 6]], 1),
                     c("shuffle", [1, 2, 3], -1), c("shuffle", grid("int64", [3, 2]), 2), c("shuffle", grid("int64", [3]), 1.0),
                     c("shuffle", grid("int64", [3]), "0"), c("shuffle", grid("int64", [3]), None),
                     c("permutation", "abcd"), c("permutation", 1.2), c("permutation", arr("float64", [3.0], [])),
                     c("permutation", None), c("permutation"), c("permutation", [1], [2]),
                     c("permutation", grid("int64", [10]), 1), c("permutation", grid("int64", [3, 3]), 3),
                     c("permutation", grid("int64", [3, 3]), -3), c("permutation", [[1, 2], [3, 4]], 2),
                     c("permutation", grid("int64", [3]), 0.0), c("permutation", -1.5), c("permutation", [1, 2], None)):
        s.add("validation-shuffle", gen(), [pre, bad_call] + post)
    pm = "permuted"
    for x in (grid("int64", [2, 6]), grid("float64", [3, 4], 0.5), grid("int64", [2, 3, 4]), grid("int64", [7]),
              nested(list(range(12)), [3, 4]), list(range(9)), grid("uint8", [4, 1]), grid("int64", [0, 3]),
              grid("float32", [1, 5], 0.25), [], arr("bool", [False, True, True, False, True, True], [2, 3]),
              ["a", "b", "c"]):
        s.add("permuted", gen(), [c(pm, x), c(pm, x, axis=None), c(pm, x, axis=0), c(pm, x, axis=-1), st, tail])
    s.add("permuted", mt(sd), [c(pm, grid("int64", [2, 6]), axis=None, out=grid("int64", [2, 6])),
                               c(pm, grid("int64", [2, 6]), axis=0), c(pm, grid("int64", [2, 6]), axis=1)])
    for ax in (None, 0, 1):
        s.add("permuted", mt(sd), [c(pm, grid("int64", [2, 6]), axis=ax)])
    s.add("permuted-out", gen(),
          [c(pm, grid("int64", [2, 6]), axis=1, out=arr("int64", [0] * 12, [2, 6])),
           c(pm, grid("int32", [2, 6]), axis=0, out=arr("int64", [0] * 12, [2, 6])),
           c(pm, grid("int64", [3, 4]), out=arr("float64", [0.0] * 12, [3, 4])),
           c(pm, [1, 2, 3], out=arr("int64", [9, 9, 9], [3])), c(pm, grid("int64", [2, 3, 4]), axis=2, out=grid("int64", [2, 3, 4])),
           c(pm, grid("uint8", [5]), out=arr("uint16", [0] * 5, [5])), st, tail])
    for bad_call in (c(pm, grid("int64", [3]), out=arr("int64", [0] * 6, [2, 3])), c(pm, grid("int64", [3]), out=arr("int64", [0] * 5, [5])),
                     c(pm, grid("float64", [3, 5]), axis=1, out=arr("int32", [0] * 15, [3, 5])),
                     c(pm, grid("int64", [3]), out=[0, 0, 0]), c(pm, grid("int64", [3]), out=5),
                     c(pm, grid("int64", [2, 2]), axis=2), c(pm, grid("int64", [2, 2]), axis=-3), c(pm, grid("int64", [3]), 0),
                     c(pm, arr("int64", [5], [])), c(pm, 5), c(pm, arr("int64", [5], []), axis=0), c(pm, grid("int64", [3]), axis=1.0),
                     c(pm), c(pm, grid("int64", [2, 2]), axis=[0, 1]), c(pm, "abc"), c(pm, None), c(pm, grid("int64", [3]), foo=1)):
        s.add("validation-permuted", gen(), [pre, bad_call] + post)

    # ------------------------------------------------ 8. distributions: scalar parameters, every size form
    for name, kw in (("standard_normal", {}), ("standard_exponential", {}), ("standard_cauchy", {})):
        for _ in range(2):
            s.add("scalar-" + name, gen(), [c(name), c(name, None), c(name, 3)] + size_calls(name, [], kw) + [st, tail])
    scalar_params = {
        "normal": [((), {}), ((1.5, 2.0), {}), ((), {"loc": -3.0, "scale": 0.5}), ((), {"scale": 0.0}),
                   ((1e300, 1e-300), {}), ((3, 2), {}), ((True, False), {}), ((0.123456789, 2.0), {})],
        "uniform": [((), {}), ((), {"high": 2}), ((5,), {"high": 5.5}), ((-1.0, 1.0), {}), ((2.0, 2.0), {}),
                    ((), {"low": -1e307, "high": 1e307}), ((0, 10), {}), ((1e-300, 2e-300), {}), ((1.23, 10.54), {})],
        "exponential": [((), {}), ((2.5,), {}), ((0.0,), {}), ((1e-300,), {}), ((), {"scale": 3}), ((1e300,), {})],
        "standard_gamma": [((0.3,), {}), ((1.0,), {}), ((2.5,), {}), ((0.0,), {}), ((1e-3,), {}),
                           ((), {"shape": 1e4}), ((1,), {}), ((0.999999,), {}), ((1e-300,), {})],
        "gamma": [((2.5,), {}), ((0.3, 2.0), {}), ((1.0, 3.0), {}), ((0.0, 5.0), {}), ((2.0, 0.0), {}),
                  ((5.0, 1e-3), {}), ((), {"shape": 0.5, "scale": 4.0}), ((5, 3), {})],
        "beta": [((0.5, 0.5), {}), ((2.0, 3.0), {}), ((0.5, 5.0), {}), ((1.0, 1.0), {}), ((1e-3, 1e-3), {}),
                 ((100.0, 100.0), {}), ((0.9, 0.2), {}), ((5.0, 0.5), {}), ((0.1, 0.9), {}), ((1e-300, 1e-300), {}),
                 ((1e-49, 1e-40), {}), ((5e-324, 1e-320), {}), ((1.0, 0.5), {}), ((0.5, 1.0), {})],
        "poisson": [((), {}), ((0.0,), {}), ((0.5,), {}), ((3.0,), {}), ((9.99,), {}), ((10.0,), {}),
                    ((47.5,), {}), ((1e6,), {}), ((), {"lam": 1e12}), ((7,), {}), ((0.123456789,), {})],
        "binomial": [((10, 0.5), {}), ((0, 0.5), {}), ((10, 0.0), {}), ((10, 1.0), {}), ((100, 0.3), {}),
                     ((100, 0.7), {}), ((100, 0.30000000000000004), {}), ((60, 0.5), {}), ((1000, 0.4), {}),
                     ((10**9, 0.5), {}), ((200, 0.8), {}), ((5, 0.99), {}), ((2**40, 1e-12), {}), ((True, 0.5), {}),
                     ((100.123, 0.456), {}), ((), {"n": 20, "p": 0.9}), ((10**9, 1e-8), {}), ((1, 0.5), {}),
                     ((50000000000, 5e-17), {}), ((2**62, 0.5), {})],
        "triangular": [((0.0, 0.5, 1.0), {}), ((0.0, 0.0, 1.0), {}), ((0.0, 1.0, 1.0), {}),
                       ((), {"left": -3, "mode": -1, "right": 10}), ((5.12, 10.23, 20.34), {}), ((1e-300, 1e-200, 1e-100), {})],
        "chisquare": [((1.0,), {}), ((2.0,), {}), ((0.5,), {}), ((50,), {}), ((1e-3,), {}), ((1e6,), {}), ((), {"df": 2.5})],
        "f": [((12, 77), {}), ((1, 1), {}), ((0.5, 0.5), {}), ((2, 1e6), {}), ((1e-3, 5.0), {}),
              ((), {"dfnum": 3.5, "dfden": 2.0})],
        "noncentral_chisquare": [((5, 5), {}), ((0.5, 0.2), {}), ((1.0, 3.0), {}), ((1.0000001, 3.0), {}),
                                 ((5, 0), {}), ((3, 1e-300), {}), ((0.5, 100.0), {}), ((2, 1e4), {}),
                                 ((), {"df": 0.9, "nonc": 0.0}), ((1e-3, 5.0), {})],
        "noncentral_f": [((5, 2, 1), {}), ((0.9, 0.9, 2), {}), ((3, 20, 0), {}), ((1, 1, 50), {}),
                         ((), {"dfnum": 2.0, "dfden": 3.0, "nonc": 4.0}), ((0.5, 10.0, 30.0), {})],
        "standard_t": [((10,), {}), ((1,), {}), ((0.5,), {}), ((2.5,), {}), ((1e6,), {}), ((1e-3,), {}), ((), {"df": 3.0})],
        "lognormal": [((), {}), ((0.123456789, 2.0), {}), ((), {"mean": -3.0, "sigma": 0.5}), ((), {"sigma": 0.0}),
                      ((700.0, 1.0), {}), ((3, 2), {})],
        "pareto": [((0.123456789,), {}), ((1,), {}), ((3.5,), {}), ((1e-3,), {}), ((100.0,), {})],
        "power": [((0.123456789,), {}), ((1,), {}), ((5.0,), {}), ((1e-3,), {}), ((1e3,), {})],
        "weibull": [((1.23,), {}), ((1,), {}), ((0,), {}), ((0.5,), {}), ((1e-3,), {}), ((50.0,), {})],
        "rayleigh": [((), {}), ((10,), {}), ((0.0,), {}), ((1e-300,), {}), ((), {"scale": 2.5})],
        "wald": [((1.23, 1.54), {}), ((0.5, 1), {}), ((1, 1e-3), {}), ((1e-3, 100.0), {}), ((1e9, 2.25), {})],
        "vonmises": [((1.23, 1.54), {}), ((0.0, 0.0), {}), ((0.0, 1e-9), {}), ((0.0, 1.1e-8), {}), ((0.0, 5e-6), {}),
                     ((0.5, 1e-5), {}), ((2, 1), {}), ((-3.0, 50.0), {}), ((0.0, 1e6), {}), ((0.0, 1000000.0000000001), {}),
                     ((1.0, 1e7), {}), ((0.0, 1e15), {}), ((10.0, 2.0), {}), ((-10.0, 2.0), {}), ((3.141592653589793, 1e4), {}),
                     ((-7.0, 1e15), {}), ((3.2, 1e15), {})],
        "laplace": [((), {}), ((0.123456789, 2.0), {}), ((), {"scale": 0.0}), ((3, 2), {})],
        "gumbel": [((), {}), ((0.123456789, 2.0), {}), ((), {"scale": 0.0}), ((3, 2), {})],
        "logistic": [((), {}), ((0.123456789, 2.0), {}), ((), {"scale": 0.0}), ((3, 2), {})],
        "geometric": [((0.5,), {}), ((0.123456789,), {}), ((0.3333333333333333,), {}), ((0.33333333333333326,), {}),
                      ((1.0,), {}), ((1e-3,), {}), ((0.9,), {}), ((1e-30,), {}), ((1e-300,), {})],
        "negative_binomial": [((100, 0.12345), {}), ((1, 0.5), {}), ((0.5, 0.5), {}), ((5, 1.0), {}),
                              ((1e-3, 0.3), {}), ((1000, 0.99), {}), ((2.5, 0.01), {}), ((), {"n": 10, "p": 0.3})],
        "zipf": [((2,), {}), ((1.23,), {}), ((1.5,), {}), ((3.0,), {}), ((10.0,), {}), ((100.0,), {}),
                 ((1000.0,), {}), ((1024.9999,), {}), ((1025.0,), {}), ((10000,), {}), ((1.0000000000001,), {}),
                 ((1e300,), {})],
        "logseries": [((0.5,), {}), ((0.923456789,), {}), ((0.0,), {}), ((0.1,), {}), ((0.99,), {}), ((0.9999,), {}),
                      ((1e-10,), {}), ((0.9999999999999999,), {}), ((5e-324,), {})],
        "hypergeometric": [((10, 5, 14), {}), ((20, 20, 10), {}), ((5, 0, 3), {}), ((15, 0, 12), {}), ((0, 5, 3), {}),
                           ((0, 15, 12), {}), ((100, 200, 150), {}), ((2**20 - 2,) * 3, {}), ((10.1, 5.5, 14), {}),
                           ((1000, 1, 11), {}), ((3, 18, 11), {}), ((18, 3, 11), {}), ((1, 1, 1), {}), ((20, 30, 9), {}),
                           ((20, 30, 10), {}), ((20, 30, 40), {}), ((20, 30, 41), {}), ((10, 10, 0), {}),
                           ((999999999, 999999999, 5), {}), ((10**8, 10**8, 10**8), {})],
    }
    for name, params in scalar_params.items():
        for args, kwargs in params:
            s.add("scalar-" + name, gen(), size_calls(name, list(args), kwargs) + [st, tail])

    # ------------------------------------------------ 9. n-d broadcasting
    def sample(method, i, kind):
        """One legal value for parameter i of method; kind 'f' (float), 'i' (int), 'b' (bool)."""
        if kind == "b":
            return rng.random() < 0.5
        pick = rng.choice
        f = kind == "f"
        if method == "hypergeometric":
            return [rng.randint(6, 20), rng.randint(6, 20), pick([0, 1, 2, 5, 9, 10, 11, 12])][i]
        if method == "binomial":
            if i == 0:
                return pick([0, 1, 5, 10, 60, 100, 1000, 10**6])
            return pick([0.0, 0.1, 0.3, 0.5, 0.8, 0.99, 1.0]) if f else rng.randint(0, 1)
        if method == "poisson":
            return pick([0.0, 0.5, 3.0, 9.99, 10.0, 47.5, 1e6]) if f else rng.randint(0, 20)
        if method == "uniform":
            return (round(rng.uniform(-5, 0), 3) if f else rng.randint(-5, 0)) if i == 0 else \
                (round(rng.uniform(1, 5), 3) if f else rng.randint(1, 5))
        if method == "triangular":
            lo, hi = [(-10, -1), (-1, 1), (1, 10)][i]
            return round(rng.uniform(lo, hi), 3) if f else rng.randint(lo, hi)
        if method in ("standard_gamma", "gamma") and i == 0:
            return pick([0.0, 0.3, 0.9, 1.0, 1.5, 2.5, 10.0]) if f else rng.randint(0, 5)
        if method == "beta":
            return pick([1e-3, 0.2, 0.5, 0.9, 1.0, 2.0, 5.0]) if f else rng.randint(1, 5)
        if method in ("chisquare", "standard_t", "f"):
            return pick([0.5, 1.0, 2.0, 3.5, 10.0, 1e-3, 50.0]) if f else rng.randint(1, 10)
        if method == "pareto":
            return pick([0.123456789, 0.5, 1.0, 3.5, 100.0]) if f else rng.randint(1, 5)
        if method == "power":
            return pick([0.123456789, 0.5, 1.0, 5.0, 1e3]) if f else rng.randint(1, 5)
        if method == "weibull":
            return pick([0.0, 0.5, 1.0, 1.23, 5.0]) if f else rng.randint(0, 5)
        if method == "geometric":
            return pick([0.05, 0.123456789, 0.3, 0.3333333333333333, 0.5, 0.9, 1.0]) if f else 1
        if method == "zipf":
            return pick([1.1, 1.23, 1.5, 2.0, 3.0, 10.0, 1100.0]) if f else rng.randint(2, 5)
        if method == "logseries":
            return pick([0.0, 0.1, 0.5, 0.9, 0.99]) if f else 0
        if method == "noncentral_chisquare":
            if i == 0:
                return pick([0.5, 1.0, 2.0, 5.0]) if f else rng.randint(1, 5)
            return pick([0.0, 0.2, 1.0, 5.0, 50.0]) if f else rng.randint(0, 5)
        if method == "noncentral_f":
            vals = [[0.9, 2.0, 5.0], [0.9, 2.0, 3.0, 20.0], [0.0, 1.0, 4.0]][i]
            return pick(vals) if f else rng.randint(0 if i == 2 else 1, 5)
        if method == "wald":
            vals = [[0.5, 1.0, 1.23, 3.0], [0.5, 1.0, 1.54, 10.0]][i]
            return pick(vals) if f else rng.randint(1, 5)
        if method == "negative_binomial":
            if i == 0:
                return pick([0.5, 1.0, 5.0, 100.0, 2.5]) if f else rng.randint(1, 10)
            return pick([0.1, 0.12345, 0.5, 0.9, 1.0]) if f else 1
        if i == 0 and method in ("normal", "lognormal", "vonmises", "laplace", "gumbel", "logistic"):
            return round(rng.uniform(-4, 4), 4) if f else rng.randint(-3, 3)
        if method == "vonmises":
            return pick([0.0, 1e-9, 1e-6, 0.5, 1.54, 10.0, 1e4, 1e7]) if f else rng.randint(0, 5)
        # a scale: exponential, rayleigh, gamma, normal, lognormal sigma, laplace / gumbel / logistic
        return pick([0.0, 0.5, 1.0, 2.0, 10.0]) if f else rng.randint(0, 3)

    def pval(method, i, shape, form):
        is_int = method == "hypergeometric" or (method == "binomial" and i == 0)
        if form == "s":
            return sample(method, i, "i" if is_int else "f")
        if form == "0d":
            v = sample(method, i, "i" if is_int else "f")
            return arr("int64" if is_int else "float64", [v], [])
        kind = {"nd": "i" if is_int else "f", "list": "i" if is_int else "f", "i64": "i", "bool": "b"}[form]
        flat = [sample(method, i, kind) for _ in range(prod(shape))]
        if form == "list":
            return nested(flat, list(shape))
        dtype = {"nd": "int64" if is_int else "float64", "i64": "int64", "bool": "bool"}[form]
        return arr(dtype, flat, shape)

    def bcall(method, spec, size="absent", kw=False):
        names = GEN_PARAMS[method]
        vals = [pval(method, i, shape, form) for i, (form, shape) in enumerate(spec)]
        kwargs = {"size": size} if size != "absent" else {}
        if kw:
            kwargs.update(dict(zip(names, vals)))
            return c(method, **kwargs)
        return c(method, *vals, **kwargs)

    for method in GEN_PARAMS:
        scenarios = {1: BROADCAST_ONE, 2: BROADCAST_TWO, 3: BROADCAST_THREE}[len(GEN_PARAMS[method])]
        for start in range(0, len(scenarios), 3):
            calls = []
            for spec, size, kw, is_error in scenarios[start:start + 3]:
                if method not in GEN_BOOL_OK:
                    spec = [("i64" if form == "bool" else form, shape) for form, shape in spec]
                calls.append(bcall(method, spec, size, kw))
                if is_error:
                    calls.append(f32)
            s.add("broadcast-" + method, gen(), calls + [st, tail])
    # per-element regime switches
    s.add("broadcast-regimes", gen(),
          [c("vonmises", [[0.0], [1.0], [-2.0]], nd([0.0, 1e-9, 5e-6, 1e-5, 0.5, 1e4, 1e6, 1.5e6])),
           c("geometric", nd([0.1, 0.3333333333333333, 0.33333333333333326, 0.9, 1.0], [5]), size=[2, 5]),
           c("hypergeometric", [[20], [100]], [[20], [200]], [0, 1, 5, 9, 10, 11, 150]), st, tail])
    s.add("broadcast-regimes", gen(),
          [c("noncentral_chisquare", nd([0.5, 1.0, 1.5, 5.0]), [[0.0], [0.2], [50.0]]),
           c("negative_binomial", [[0.5], [100.0]], nd([0.1, 0.5, 1.0])),
           c("zipf", nd([1.1, 2.0, 10.0, 1000.0, 1025.0, 1e4]), size=[3, 6]),
           c("logseries", nd([0.0, 0.1, 0.5, 0.99, 0.9999]), size=[2, 5]), st, tail])
    for _ in range(3):
        n = nested([rng.choice([0, 5, 60, 100, 1000, 10**9]) for _ in range(6)], [2, 3])
        p = arr("float64", [rng.choice([0.0, 0.3, 0.5, 0.8, 1.0]) for _ in range(6)], [2, 1, 3])
        s.add("broadcast-binomial-mixed", gen(), [c("binomial", n, p), c("binomial", n, 0.3, size=[4, 2, 3]), st, tail])
    s.add("broadcast-size", gen(),
          [c("normal", nd([1.0] * 3), nd([1.0] * 12, [4, 3]), size=[5, 4, 3]), c("normal", nd([1.0] * 3), nd([1.0] * 12, [4, 3]), size=[10, 4, 2]),
           f32, c("normal", nd([1.0] * 3), nd([1.0] * 12, [4, 3]), size=[1, 3]), f32,
           c("normal", nd([1.0] * 3), nd([1.0] * 12, [4, 3]), size=[4, 1, 1]), f32, c("standard_gamma", nd([1.0] * 12, [4, 3]), size=[3]), f32,
           c("standard_gamma", nd([1.0] * 12, [4, 3]), size=3), f32, c("binomial", 1, [0.3, 0.7], size=[2, 1]), f32,
           c("binomial", [1, 2], 0.3, size=[2, 1]), f32, c("binomial", [1, 2], [0.3, 0.7], size=[2, 1]), f32,
           c("normal", nd([1.0] * 3), nd([1.0] * 3), size=3), c("normal", nd([1.0] * 3), nd([1.0] * 3), size=2), f32, tail])

    # ------------------------------------------------ 10. validation (each bad call between draws) and edges
    for m in ("normal", "laplace", "gumbel", "logistic", "lognormal"):
        sc = "sigma" if m == "lognormal" else "scale"
        bad(m, c(m, 0, -1), c(m, 0, -0.0), c(m, **{sc: -INF}), c(m, 0, [1, -0.0]), c(m, 0, nd([1.0, -2.0, 3.0])),
            c(m, [[0.0], [1.0]], [[1.0, -1e-300]]), c(m, 0, nd([NAN, -1.0])), c(m, 0, -1, size=-1), c(m, 0, [1, -1], size=-1),
            c(m, 0, [1, -1], size=[4]), c(m, 0, 1, size=-1), c(m, 0, 1, size=[2, -1]), c(m, 0, [1, 1], size=-1),
            c(m, "a"), c(m, 0, "x"), c(m, "1.5"), c(m, None), c(m, 0, None), c(m, ["a", "b"]), c(m, 0, -1, size=2.0),
            c(m, size=2.0), c(m, size="3"), c(m, size=[2, 2.0]), c(m, foo=1), c(m, 0, 1, 2, 3), c(m, None, -1),
            c(m, "x", -1), c(m, [0, 1], [1, 2, 3]))
        ok(m, c(m, 0, NAN), c(m, NAN), c(m, 0, [1, NAN]), c(m, INF), c(m, 0, INF, size=3), c(m, -0.0, 0.0, size=2),
           c(m, [None, 1]), c(m, 0, nd([NAN, 0.0, INF])), c(m, size=arr("int64", [2, 3], [2])), c(m, -INF, 1),
           c(m, 5, 0), c(m, [5.0, 6.0], 0.0), c(m, True, True))
    ok("lognormal", c("lognormal", 1000.0, 1.0), c("lognormal", -1000.0, 1.0, size=2), c("lognormal", 709.0, 0.0))
    un = "uniform"
    bad(un, c(un, NAN, 1), c(un, 0, NAN), c(un, -INF, 0), c(un, 0, INF), c(un, -1e308, 1e308), c(un, INF, INF),
        c(un, [0, NAN], 1), c(un, 0, nd([1.0, INF])), c(un, [[-1e308], [0.0]], [1e308]), c(un, [None], 1),
        c(un, NAN, size=-1), c(un, 0, 1, size=-1), c(un, "a"), c(un, None), c(un, 0, None), c(un, high="2"),
        c(un, [0, 1], [1, 2, 3]), c(un, [0, 1], 2, size=[3]), c(un, 5, 1), c(un, 5, 1, size=3), c(un, [3.0, 2.0], [1.0, 2.0]),
        c(un, [[0, 1], [2, 3]], 2), c(un, [1, 2], [1, 1]), c(un, 0.0, -0.0), c(un, [0.0], [-0.0]), c(un, 1e308, -1e308),
        c(un, -8.98846567431158e307, 8.98846567431158e307), c(un, 2, 1, size=-1), c(un, "3", "1"), c(un, "1", "2"))
    ok(un, c(un, -0.0, 0.0, size=2), c(un, 1e-320, 2e-320, size=2), c(un, -8.988465674311579e307, 8.988465674311579e307, size=2),
       c(un, 1.5, 1.5), c(un, [0.0, 3.141592653589793], [0.0, 3.141592653589793]), c(un, [[2145.12], [2145.12]], [2145.12, 2145.12]),
       c(un, -1.7976931348623155e308, 1.7976931348623157e291), c(un, -0.0, -0.0, size=2), c(un, [1.0], "2"))
    for m in ("exponential", "rayleigh"):
        bad(m, c(m, -1), c(m, -0.0), c(m, -INF), c(m, [1, -2]), c(m, [[0.0, -0.0]]), c(m, nd([1.0, -0.0])),
            c(m, -1, size=-1), c(m, [1, -1], size=[7]), c(m, "x"), c(m, None), c(m, [None, "a"]), c(m, 1, 2, 3),
            c(m, [1, 2], size=[3]), c(m, 1, size=-1))
        ok(m, c(m, NAN), c(m, INF), c(m, [NAN, 0.0, INF]), c(m, 0.0, size=3), c(m, [None]), c(m, 5e-324, size=2))
    for m in ("standard_gamma",):
        bad(m, c(m, -1), c(m, -0.0), c(m, [0.5, -1]), c(m, nd([-0.0])), c(m, -1, size=-1), c(m), c(m, None), c(m, "2"),
            c(m, size=3), c(m, [1, 2], size=[3]), c(m, -INF))
        ok(m, c(m, NAN), c(m, INF), c(m, [NAN, 0.5, 2.0]), c(m, 0.0, size=4), c(m, 1e-300, size=3), c(m, [0.0]),
           c(m, [0.0], dtype="float32"), c(m, NAN, dtype="float32"), c(m, INF, dtype="float32"))
    g_ = "gamma"
    bad(g_, c(g_, -1), c(g_, 1, -1), c(g_, -1, -1), c(g_, -0.0), c(g_, 1, -0.0), c(g_, -0.0, -0.0), c(g_, [1, -1]),
        c(g_, 1, [1, -1]), c(g_, [-1], [-1]), c(g_, -1, [1]), c(g_, [1], -1), c(g_, -1, "x"), c(g_, None, -1),
        c(g_, -1, None), c(g_, 1, None), c(g_), c(g_, -1, size=-1), c(g_, 2, [1, 1], size=[3]))
    ok(g_, c(g_, NAN), c(g_, 2.5, NAN), c(g_, INF, 1), c(g_, 0.5, INF, size=2), c(g_, [NAN, 2.5], [1.0, NAN]), c(g_, 0, 0))
    bt = "beta"
    bad(bt, c(bt, 0, 1), c(bt, 1, 0), c(bt, -1, 1), c(bt, 1, -0.0), c(bt, -0.0, 1), c(bt, 0, 0), c(bt, [0.5, 0], [1, -1]),
        c(bt, [1, 0], [0, 1]), c(bt, 1, [1, 0]), c(bt, -1, [1]), c(bt, nd([0.5, -INF]), 1), c(bt, 1), c(bt),
        c(bt, None, 1), c(bt, 1, "b"), c(bt, 0, 1, size=-1), c(bt, [1, 2], [1, 2, 3]), c(bt, -INF, 1))
    ok(bt, c(bt, NAN, 1), c(bt, 1, NAN), c(bt, [NAN], [1]), c(bt, INF, 1), c(bt, 1, INF), c(bt, 2.0, INF),
       c(bt, 5e-324, 5e-324), c(bt, INF, INF), c(bt, 1e-320, 1e-320, size=5), c(bt, 2.2250738585072014e-308 / 32,
                                                                                   2.2250738585072014e-308 / 40, size=5))
    for m in ("chisquare", "standard_t"):
        bad(m, c(m, 0), c(m, -1), c(m, -0.0), c(m, -INF), c(m, [1, 0]), c(m, [[2.0], [-1.0]]), c(m, nd([1.0, 0.0])),
            c(m, [1.0, -0.0]), c(m, 0, size=-1), c(m, 1, size=-1), c(m, [1, -1], size=[3]), c(m, [1, 2], size=[3]),
            c(m, "x"), c(m, None), c(m, [None, "a"]), c(m), c(m, 1, 2, 3), c(m, size=3), c(m, 1, size=2.0), c(m, "2.5"))
        ok(m, c(m, NAN), c(m, INF), c(m, [NAN, 1.0, INF]), c(m, 5e-324, size=2), c(m, True), c(m, [None, 2.0]),
           c(m, arr("float64", [3.0], [])), c(m, ["2.5", "3"]))
    bad("f", c("f", 0, 1), c("f", 1, 0), c("f", -1, -1), c("f", 1, -0.0), c("f", [1, 0], 1), c("f", 1, [1, 0]),
        c("f", [0], [0]), c("f", nd([1.0, -INF]), 1), c("f", "a", -1), c("f", -1, "a"), c("f", 1), c("f"),
        c("f", [1, 2], [1, 2, 3]), c("f", 1, 1, size=-1), c("f", [1, -1], 1, size=-1), c("f", None, 1),
        c("f", 1, [[1.0], [2.0]], size=[3]))
    ok("f", c("f", NAN, 1), c("f", 1, NAN), c("f", INF, 1), c("f", 1, INF), c("f", INF, INF), c("f", 5e-324, 5e-324),
       c("f", [NAN, 1.0], [1.0, INF]))
    nc = "noncentral_chisquare"
    bad(nc, c(nc, 0, 1), c(nc, 1, -1), c(nc, -1, -1), c(nc, 1, -0.0), c(nc, [1, 0], 1), c(nc, 1, [0, -1]),
        c(nc, nd([1.0, -1.0]), 1), c(nc, 0, NAN), c(nc, "a", 1), c(nc, 1, None), c(nc, 1), c(nc, [1, 2], [1, 2, 3]),
        c(nc, 1, 1, size=-1), c(nc, [-1], [-1]))
    ok(nc, c(nc, NAN, 1), c(nc, 1, NAN), c(nc, 0.5, NAN), c(nc, 2, NAN), c(nc, 2, INF), c(nc, INF, 1), c(nc, 1, 0.0),
       c(nc, 5e-324, 1), c(nc, [0.5, 2.0], [NAN, NAN]), c(nc, 0.5, INF), c(nc, 0.5, 1e300))
    nf = "noncentral_f"
    bad(nf, c(nf, 0, 1, 1), c(nf, 1, 0, 1), c(nf, 1, 1, -1), c(nf, -1, -1, -1), c(nf, 1, -1, -1), c(nf, 1, 1, -0.0),
        c(nf, [1, 0], 1, 1), c(nf, 1, [1], [-1]), c(nf, [0], [2], [-1]), c(nf, 1, 1), c(nf, "a", 1, 1), c(nf, 1, 1, "a"),
        c(nf, [1, 2], [1, 2, 3], 1), c(nf, 1, 1, 1, size=-1), c(nf, [1, 2], 1, 1, size=[3]),
        c(nf, nd([1.0] * 3), nd([1.0] * 12, [4, 3]), nd([1.0] * 60, [5, 4, 3]), size=[6, 5, 1, 1]))
    ok(nf, c(nf, 1, 1, NAN), c(nf, [5], [2], [NAN]), c(nf, NAN, 1, 1), c(nf, 1, INF, 1), c(nf, 1, 1, 0), c(nf, 1, 1, INF),
       c(nf, 0.5, 1, INF), c(nf, [2, 2, 2], 3, [NAN, 4.0, NAN]), c(nf, 5, 2, NAN))
    bad("standard_cauchy", c("standard_cauchy", -1), c("standard_cauchy", size=[2, -1]), c("standard_cauchy", 1.5),
        c("standard_cauchy", "a"), c("standard_cauchy", 1, 2), c("standard_cauchy", loc=1))
    for m in ("pareto", "power"):
        bad(m, c(m, 0), c(m, -1), c(m, -0.0), c(m, [1, 0]), c(m, nd([2.0, -INF])), c(m, "a"), c(m, None), c(m),
            c(m, [1, 2], size=[3]), c(m, 1, size=-1), c(m, -1, size=-1), c(m, [[1.0, -0.5]]))
        ok(m, c(m, NAN), c(m, INF), c(m, 5e-324), c(m, [NAN, INF, 1.0]), c(m, 1e300, size=2), c(m, True))
    wb = "weibull"
    bad(wb, c(wb, -1), c(wb, -0.0), c(wb, -INF), c(wb, [0, -0.0]), c(wb, nd([1.0, -1.0])), c(wb, "a"), c(wb),
        c(wb, None), c(wb, -1, size=-1), c(wb, [1, 2], size=[1]))
    ok(wb, c(wb, 0), c(wb, 0, size=12), c(wb, [0.0, 1.0, 0.0, 2.0]), c(wb, NAN), c(wb, INF), c(wb, 5e-324),
       c(wb, [False, True]), c(wb, 1e300, size=2))
    wd = "wald"
    bad(wd, c(wd, 0, 1), c(wd, 1, 0), c(wd, -1, 1), c(wd, 1, -0.0), c(wd, 0.0, 1), c(wd, 0.5, 0.0), c(wd, [0.5, 0], 1),
        c(wd, 0.5, [1, -2]), c(wd, -1, -1), c(wd, 1), c(wd, "a", 1), c(wd, 1, None), c(wd, [1, 2], [1, 2, 3]),
        c(wd, 1, 1, size=-1))
    ok(wd, c(wd, NAN, 1), c(wd, 1, NAN), c(wd, INF, 1), c(wd, 1, INF), c(wd, 1e-300, 1e-300), c(wd, 1e300, 1e300),
       c(wd, [NAN, 1.0], [1.0, INF]))
    vm = "vonmises"
    bad(vm, c(vm, 0, -1), c(vm, 0, -0.0), c(vm, 0, [1, -1]), c(vm, 0, -INF), c(vm, "a", 1), c(vm, 0), c(vm, None, 1),
        c(vm, [0, 1], [1, 2, 3]), c(vm, 0, nd([1.0, -1.0])), c(vm, 0, 1, size=-1), c(vm, 0, -1, size=-1),
        c(vm, [0, 1], 1, size=[3]))
    ok(vm, c(vm, 0, NAN), c(vm, NAN, 1), c(vm, INF, 1), c(vm, -INF, 1), c(vm, 1e300, 1, size=2), c(vm, -0.0, 0.0, size=2),
       c(vm, 0, 1e-300), c(vm, 7, 1), c(vm, -7, 1), c(vm, 3.141592653589793, 1e-9, size=3), c(vm, -3.141592653589793, 1.0, size=3),
       c(vm, 0, 5e-324), c(vm, [NAN, 0.0], [1.0, NAN]), c(vm, 0, True), c(vm, 0, INF), c(vm, NAN, 1e7), c(vm, INF, 1e7),
       c(vm, 1e300, 1e7, size=2), c(vm, -3.141592653589793, 1e15, size=3), c(vm, 3.141592653589793, 1e15, size=3))
    bd = "binomial"
    bad(bd, c(bd, -1, 0.5), c(bd, 5, 1.5), c(bd, 5, -0.1), c(bd, 5, NAN), c(bd, 5, INF), c(bd, -1, NAN), c(bd, [5], [NAN]),
        c(bd, [5], NAN), c(bd, 5, [0.5, NAN]), c(bd, [-1], [NAN]), c(bd, [-1], 0.5), c(bd, [5, -1], [0.5]), c(bd, -5.5, 0.5),
        c(bd, 2**63, 0.5), c(bd, [2**63], 0.5), c(bd, 1e19, 0.5), c(bd, [1e19], 0.5), c(bd, NAN, 0.5), c(bd, [NAN], 0.5),
        c(bd, INF, 0.5), c(bd, NAN, 2.0), c(bd, "5", 0.5), c(bd, "abc", 0.5), c(bd, None, 0.5), c(bd, [None], 0.5),
        c(bd, 5, None), c(bd, 5, "0.5"), c(bd, nd([5.0]), 0.5), c(bd, arr("float64", [5.0], []), 0.5),
        c(bd, arr("uint64", [2**63], [1]), 0.5), c(bd, -1, 0.5, size=-1), c(bd, 5, 0.5, size=-1),
        c(bd, [5, 6], 0.5, size=[3]), c(bd, [5, 6], [0.5, 0.1, 0.2]), c(bd, 5, [0.5], size=[]),
        c(bd, [-1], nd([0.5]), size=[2, 0]), c(bd, 5), c(bd), c(bd, 0, -0.1))
    ok(bd, c(bd, 5.5, 0.5), c(bd, -0.5, 0.5), c(bd, True, 0.5), c(bd, [True, False], 0.5), c(bd, 5, [True, False]),
       c(bd, -0.0, 0.5), c(bd, 0, -0.0), c(bd, 7, -0.0, size=2), c(bd, arr("int64", [5], []), 0.5),
       c(bd, arr("int32", [5, 6], [2]), 0.5), c(bd, arr("uint32", [5], [1]), 0.5), c(bd, arr("bool", [True], [1]), 0.5),
       c(bd, 2**63 - 1, 0.0), c(bd, [2**63 - 1], 0.0), c(bd, 2**62, 0.5), c(bd, 5, 0.5, size=[]), c(bd, [5], 0.5, size=[1]),
       c(bd, 0, [0.0, 0.5, 1.0]), c(bd, [0, 0], 0.5), c(bd, [5.5], 0.5), c(bd, [0, 0], -0.0))
    nb = "negative_binomial"
    bad(nb, c(nb, 0, 0.5), c(nb, -1, 0.5), c(nb, 1, -0.1), c(nb, 1, 1.5), c(nb, 100, NAN), c(nb, 100, [NAN] * 3),
        c(nb, [1, 0], 0.5), c(nb, 1, [0.5, 1.5]), c(nb, 0, NAN), c(nb, -0.0, 0.5), c(nb, "a", 0.5), c(nb, 1),
        c(nb, [1, 2], [0.5, 0.5, 0.5]), c(nb, 1, 0.5, size=-1), c(nb, 1, INF), c(nb, [0], [2.0]), c(nb, NAN, 0.5),
        c(nb, [NAN], 0.5), c(nb, [NAN], [2.0]), c(nb, INF, 0.5), c(nb, [INF], 0.5), c(nb, 1, 0.0), c(nb, 1, [0.0]),
        c(nb, 2**62, 0.1), c(nb, [2**62], [0.1]), c(nb, 1e300, 0.5), c(nb, 1e10, 1e-9), c(nb, [1.0, 1e10], [0.5, 1e-9]),
        c(nb, [0, 1], [0.5, NAN]), c(nb, 1, 1e-300))
    ok(nb, c(nb, 5, 1.0), c(nb, 1, 1.0, size=2), c(nb, 5e-324, 0.5), c(nb, True, 0.5), c(nb, 1e10, 0.5),
       c(nb, [1.0, 2.0], [0.5, 1.0]), c(nb, 0.5, 0.5), c(nb, 1e15, 0.99), c(nb, 1, 1e-17))
    ps = "poisson"
    bad(ps, c(ps, -1), c(ps, NAN), c(ps, -INF), c(ps, INF), c(ps, 1e19), c(ps, POISSON_LAM_MAX * (1 + 2**-52)),
        c(ps, [1e19]), c(ps, [-1]), c(ps, [NAN]), c(ps, [-1, NAN]), c(ps, [-1, 1e19]), c(ps, [1e19, -1]), c(ps, nd([INF])),
        c(ps, nd([1.0, -INF])), c(ps, arr("float64", [NAN], [])), c(ps, arr("float64", [-1.0], [])),
        c(ps, [[1.0, 2.0], [3.0, -0.5]]), c(ps, -1, size=-1), c(ps, 1, size=-1), c(ps, [1, 2], size=[1]),
        c(ps, [1, 2], size=[]), c(ps, "a"), c(ps, None), c(ps, [None]), c(ps, ["1", "x"]), c(ps, 2**63 - 1),
        c(ps, [2**63 - 1] * 3))
    ok(ps, c(ps, -0.0), c(ps, [-0.0, 0.0]), c(ps, POISSON_LAM_MAX), c(ps, [POISSON_LAM_MAX, 0.0]), c(ps, 9.2e18, size=2),
       c(ps, True), c(ps, ["2", "3.5"]), c(ps, 1e15, size=2))
    zp = "zipf"
    bad(zp, c(zp, 1), c(zp, 1.0), c(zp, 0), c(zp, -1), c(zp, NAN), c(zp, [2, 1]), c(zp, [0, 0, NAN]), c(zp, nd([NAN])),
        c(zp, "a"), c(zp, None), c(zp), c(zp, 2, size=-1), c(zp, 1, size=-1), c(zp, True), c(zp, -INF),
        c(zp, [2, 3], size=[3]))
    ok(zp, c(zp, 1000.0, size=3), c(zp, 2, size=0), c(zp, [1.5, 1000.0]), c(zp, 1024.5), c(zp, arr("int64", [2, 3], [2])),
       c(zp, INF), c(zp, [INF, 1025.0, 1e10]), c(zp, 10000, size=8), c(zp, 1.0000000000000002))
    gm = "geometric"
    bad(gm, c(gm, 0), c(gm, -0.0), c(gm, 1.1), c(gm, -0.1), c(gm, NAN), c(gm, INF), c(gm, [0.5, 0]), c(gm, [NAN]),
        c(gm, [1.1] * 10), c(gm, [-0.1] * 10), c(gm, nd([-0.1])), c(gm, "a"), c(gm, None), c(gm),
        c(gm, 0.5, size=-1), c(gm, [0.5, 0.2], size=[3]), c(gm, 0, size=-1), c(gm, 1.0000000000000002), c(gm, [NAN] * 10))
    ok(gm, c(gm, 1.0), c(gm, 5e-324), c(gm, 1e-300, size=2), c(gm, True), c(gm, [1.0, 0.5]), c(gm, 1e-17, size=3),
       c(gm, 0.999999, size=3), c(gm, 1e-30, size=3))
    ls = "logseries"
    bad(ls, c(ls, 1.0), c(ls, -0.1), c(ls, NAN), c(ls, INF), c(ls, -5e-324), c(ls, 5.0), c(ls, [0.5, 1]), c(ls, [NAN] * 10),
        c(ls, nd([2.0])), c(ls, [-1]), c(ls, "a"), c(ls), c(ls, 0.5, size=-1), c(ls, True), c(ls, [0.5, 0.2], size=[1]),
        c(ls, [1.0] * 10), c(ls, [-5e-324] * 10), c(ls, [5.0] * 10))
    ok(ls, c(ls, 0), c(ls, -0.0), c(ls, 5e-324), c(ls, 0.9999999999999999), c(ls, [0.0, 0.5]), c(ls, False),
       c(ls, 0.99999999, size=3), c(ls, [0.0] * 3))
    tr = "triangular"
    bad(tr, c(tr, 1.0, 0.0, 2.0), c(tr, 0.0, 3.0, 2.0), c(tr, 1.0, 1.0, 1.0), c(tr, 0, 1, 0), c(tr, 2, 1, 0),
        c(tr, [0, 1], 0.5, 2), c(tr, [0, 1], [1, 3], 2), c(tr, [0, 0], [0, 1], [0, 2]), c(tr, [[0.0], [1.0]], 1.0, [1.0, 2.0]),
        c(tr, nd([-1.0, 0.0]), nd([0.0, -1.0]), 5), c(tr, [0, 1], 2, [3, 4, 5]), c(tr, [0, 1, 2], [2, 3], 5),
        c(tr, 1, 0.5, 1, size=-1), c(tr, 0, 0.5, 1, size=-1), c(tr, [0, 1], 2, 3, size=[3]), c(tr, "a", 0, 1),
        c(tr, None, 0, 1), c(tr, 0, None, 1), c(tr, 0, 1), c(tr, 2, 1, "x"), c(tr, -0.0, 0.0, 0.0))
    ok(tr, c(tr, NAN, 0, 1), c(tr, [NAN], 0, 1), c(tr, 0, NAN, 1), c(tr, -INF, 0, 1), c(tr, -0.0, 0.0, 1.0, size=2),
       c(tr, [0, 0], [0, 1], [1, 2]), c(tr, 0, 0, INF))
    # hypergeometric: its own checks (ngood/nbad < 10**9, ngood + nbad >= nsample, then the signs)
    hg = "hypergeometric"
    bad(hg, c(hg, -1, 10, 5), c(hg, 10, -1, 5), c(hg, -1, -1, 5), c(hg, 10, 10, 21), c(hg, 10, 10, -1),
        c(hg, -1, 10, 20), c(hg, 10, -1, 20), c(hg, 10, 10, 25), c(hg, -5, 5, 2), c(hg, 5, -5, 2), c(hg, 2**30, 10, 20),
        c(hg, 999, 2**31, 50), c(hg, 10**9, 1, 1), c(hg, 1, 10**9, 1), c(hg, 2**62, 2**62, 5), c(hg, 2**63 - 1, 1, 1),
        c(hg, 2**63, 1, 1), c(hg, -2**63, 0, 0), c(hg, NAN, 10, 5), c(hg, INF, 10, 5), c(hg, "a", 10, 5),
        c(hg, None, 10, 5), c(hg, 10, 10), c(hg, 10, 10, 5, size=-1), c(hg, 10, 10, 25, size=-1), c(hg, -1, 10, 5, size=-1),
        c(hg, arr("float64", [5.5], []), 10, 5), c(hg, nd([5.0, 6.0]), 10, 5), c(hg, 10, [10, 10], nd([5.0, 5.0])),
        c(hg, arr("uint64", [2**63 + 1], [1]), 1, 1), c(hg, 10**9 - 1, 10**9 - 1, -1))
    bad(hg, c(hg, [10], [10], [21]), c(hg, [-1], [10], [5]), c(hg, [10], [-1], [5]), c(hg, [10], [10], [-1]),
        c(hg, [10, -1], 10, 5), c(hg, 10, [10, 10], [5, -1]), c(hg, [-1, -1], 10, [5, 20]), c(hg, [1, 2], [3, 4, 5], [1]),
        c(hg, [[1, 2]], [3, 4, 5], [10]), c(hg, [5, 5], 5, 5, size=[3]), c(hg, 999, [2**29, 2**30], 1000),
        c(hg, [5, 5], [5, 5], [20, 1]), c(hg, [-1], [10], [5], size=-1), c(hg, [10, 10], [10], [5], size=-1),
        c(hg, ["a"], 1, 1), c(hg, [None], 1, 1), c(hg, [2**63], 1, 1), c(hg, [10**9], [0], [0]), c(hg, [0], [10**9], [0]))
    ok(hg, c(hg, 5.5, 5, 3), c(hg, 10.1, 5.5, 14, size=[3, 2]), c(hg, True, 1, 1), c(hg, True, True, True),
       c(hg, [1.5], 10, 5), c(hg, [[10], [20]], [5.9, 6.1], 3), c(hg, 10, 10, 20, size=3), c(hg, 10, 0, 10),
       c(hg, 0, 10, 10), c(hg, arr("int32", [5, 6], [2]), 5, 5), c(hg, arr("uint8", [5, 6], [2]), 5, 5),
       c(hg, arr("int64", [7], []), 5, 5), c(hg, 1, 1, 2, size=[2, 2]), c(hg, [[5]], [[5]], [[10]]), c(hg, 0, 0, 0),
       c(hg, [0, 0], [0, 0], [0, 0]), c(hg, 10, 5, 1.5), c(hg, 10.9, 5.9, 15.9), c(hg, 10, 10, 0, size=3),
       c(hg, 999999999, 999999999, 1999999998), c(hg, 10**9 - 1, 0, 10**9 - 1))

    # ------------------------------------------------ 11. dirichlet (the gamma path, and stick-breaking when max(alpha) < 0.1)
    dsizes = [None, 1, 5, [2, 3], [], 0, [3, 0]]
    alphas = [[51.72840233779265, 39.74494232180944], [1.0], [1.0, 1.0], [0.5, 0.5, 0.5], [1, 2, 3, 4, 5],
              [1e-3, 1e-3, 1e-3], [0.1, 1e5], [2.5, 0.3], nd([0.2, 0.2, 5.0]), [0.02, 0.04, 0.03], [0.0999, 0.05],
              [0.1, 0.05], [1e-9, 1e-12], [1e-300, 1e-300], [5e-324, 1.0], [1e-2] * 6, arr("int64", [3, 4], [2]),
              [5, 9, 0, 8], [0.5, 0, 0, 0], [1, 5, 0, 0, 1.5, 0, 0, 0], [0.01, 0.03, 0, 0.005], [1e-5, 0, 0, 0],
              [0.002, 0.015, 0, 0, 0.04, 0, 0, 0], [0.0], [0, 0, 0], [0.05, 0.0]]
    for alpha in alphas:
        s.add("dirichlet", gen(), [c("dirichlet", alpha, **({} if sz is None else {"size": sz})) for sz in dsizes] + [st, tail])
    s.add("dirichlet", gen(), [c("dirichlet", [], size=3), c("dirichlet", []), c("dirichlet", [], size=0), tail])
    s.add("dirichlet", mt(sd), [c("dirichlet", nd([51.72840233779265162, 39.74494232180943953]), size=[3, 2]),
                                c("dirichlet", nd([51.72840233779265162, 39.74494232180943953]))])
    s.add("dirichlet", mt(sd), [c("dirichlet", [1e-9, 1e-12], size=[3, 2])])
    bad("dirichlet", c("dirichlet", [5.4e-01, -1.0e-16]), c("dirichlet", [-1.0, 0.01]),
        c("dirichlet", [[1, 2]]), c("dirichlet", [[1], [2]]), c("dirichlet", [[[5], [1]], [[1], [5]]]),
        c("dirichlet", arr("int64", [5, 1, 1, 5], [2, 2])), c("dirichlet", 3.0), c("dirichlet", 3), c("dirichlet", ["a", "b"]),
        c("dirichlet", [1, 2], size=-1), c("dirichlet", [1, 2], size=2.0), c("dirichlet", [1, 2], size=[2, -1]),
        c("dirichlet", [1, 2], size="3"), c("dirichlet", [0, -1], size=-1), c("dirichlet", nd([1.0, -INF])), c("dirichlet"),
        c("dirichlet", [1, 2], 3, 4), c("dirichlet", arr("float64", [1.0], [])))
    ok("dirichlet", c("dirichlet", [NAN, 1.0]), c("dirichlet", [NAN, 0.01]), c("dirichlet", [INF, 1.0]), c("dirichlet", [INF, INF]),
       c("dirichlet", [1e300, 1.0], size=2), c("dirichlet", [True, True]), c("dirichlet", ["1", "2"]), c("dirichlet", [None, 1.0]),
       c("dirichlet", [0.05, NAN]), c("dirichlet", [-0.0, 0.0]), c("dirichlet", [-0.0, 1.0]), c("dirichlet", [0.01, -0.0], size=2),
       c("dirichlet", [1, 2], size=arr("int64", [2, 2], [2])))

    # ------------------------------------------------ 12. multinomial: scalar n with 1-d pvals, and the vector path
    mn = "multinomial"
    for n, pvals in ((20, [1 / 6.0] * 6), (100, [0.2, 0.8]), (100, [0.2, 0.8, 0.0, 0.0, 0.0]), (0, [0.5, 0.5]),
                     (10, [1.0]), (10, [0.3, 0.3]), (10**6, [0.1] * 10), (5, [0.0, 0.0, 1.0]), (1000, [0.9, 0.05, 0.05]),
                     (2**40, [0.25, 0.25, 0.25, 0.25]), (50, nd([0.2, 0.5, 0.3])), (7, [0.5, 0.5 + 1e-13, 0.0]),
                     (30, [1.0, 0.0]), (30, [0.0, 1.0]), (100, [0.6, 0.35, 0.05, 0.0]), (3, [0.7, 0.3, 5.0e-1]),
                     (100, arr("float32", [0.30000001192092896, 0.699999988079071], [2])), (100.5, [0.2, 0.8]),
                     (True, [0.5, 0.5])):
        s.add("multinomial", gen(),
              [c(mn, n, pvals, **({} if sz is None else {"size": sz})) for sz in (None, 1, 3, [2, 2], [], 0, [2, 0])] + [st, tail])
    s.add("multinomial", mt(sd), [c(mn, 20, [1 / 6.0] * 6, size=[3, 2])])
    s.add("multinomial", mt(123456789), [c(mn, [5, 20], [1 / 6.0] * 6, size=[3, 2])])
    s.add("multinomial", mt(123456789), [c(mn, [5, 20], [1 / 6.0] * 6)])
    s.add("multinomial", mt(123456789), [c(mn, [5, 20], [[1 / 6.0] * 6] * 2)])
    s.add("multinomial", mt(123456789), [c(mn, [[5], [20]], [[1 / 6.0] * 6] * 2)])
    q = [0.25] * 4
    for n in (10, i64([10, 10]), i64([10, 10], [2, 1, 1]), [[3], [7], [1000]], i64([], [2, 0])):
        s.add("multinomial-vector", gen(),
              [c(mn, n, q), c(mn, n, [q, q]), c(mn, n, [[q, q], [q, q]]), c(mn, n, [[q], [q]], size=[3, 2, 2]),
               c(mn, n, arr("float64", [0.1, 0.2, 0.3, 0.4, 0.25, 0.25, 0.25, 0.25], [2, 4]), size=[2, 2]), st, tail])
    s.add("multinomial-vector", gen(),
          [c(mn, i64([], [10, 0, 6]), [1 / 6] * 6), c(mn, 12, nd([], [10, 0, 10])), c(mn, i64([], [3, 0, 7]), nd([], [3, 0, 7, 4])),
           c(mn, [1, 2, 3], [0.5, 0.5], size=[2, 3]), c(mn, arr("int32", [4, 5], [2]), [0.5, 0.5]), c(mn, [True, False], [0.5, 0.5]),
           c(mn, [0, 0], [1.0, 0.0]), c(mn, [2**40], [0.5, 0.5]), st, tail])
    s.add("multinomial-binomial-cache", gen(),
          [c("binomial", 100, 0.3), c(mn, 100, [0.3, 0.7]), c("binomial", 100, 0.3, size=3), c(mn, 100, [0.3, 0.7], size=2),
           c("binomial", 100, 0.7), c(mn, 100, [0.7, 0.3]), c("binomial", 100, 0.7, size=2), tail])
    bad(mn, c(mn, 100, [1.1, 0.2]), c(mn, 100, [-0.1, 0.9]), c(mn, -1, [0.8, 0.2]), c(mn, [-1] * 10, [0.8, 0.2]),
        c(mn, 10, 0.3), c(mn, 6, 0.5), c(mn, 10, []), c(mn, 10, nd([], [2, 0])), c(mn, 10, [[0.6, 0.6, 0.0]]),
        c(mn, 1, [[1 / 6] * 6, [1 / 4] * 6]), c(mn, 10, [0.6, 0.6, 0.0]), c(mn, 10, [0.5, 0.5 + 1e-11, 0.0]),
        c(mn, 10, [NAN, 0.5]), c(mn, 10, [0.5, NAN]), c(mn, 1, [0.5, 0.5], 1.0), c(mn, -1, [0.5, 0.5], size=-1),
        c(mn, -1, [1.5, 0.5]), c(mn, 2**63, [0.5, 0.5]), c(mn, "a", [0.5, 0.5]), c(mn, 10, ["a", "b"]), c(mn, 10, None),
        c(mn, 10, [0.5, 0.5], size=-1), c(mn, 10, [0.5, 0.5], size=[2, -1]), c(mn, 10, [0.5, 0.5], size="3"),
        c(mn, 10, arr("float32", [F32_HALF_UP, F32_HALF_UP, 0.0], [3])), c(mn, 10, arr("float32", [0.75, 0.75, 0.0], [3])),
        c(mn, 10, arr("float64", [F32_HALF_UP, F32_HALF_UP, 0.0], [3])),
        c(mn, 1, arr("float32", [0.99, 0.99, 1e-9, 1e-9, 1e-9, 1e-9, 1e-9, 1e-9, 1e-9, 1e-9], [10])),
        c(mn, 1, arr("float32", [F32_HALF_UP, F32_HALF_UP, 0.0] * 2, [2, 3])),
        c(mn, 1, arr("float32", [F32_HALF_UP, F32_HALF_UP, 0.0], [1, 3])), c(mn, NAN, [0.5, 0.5]), c(mn, 10),
        c(mn, 10, [0.5, 0.5], size=[2.0]), c(mn, 5, [INF, 0.0]), c(mn, [2, 2], [0.3, 0.7], size=[2, 1]),
        c(mn, i64([10, 10], [2, 1, 1]), [[0.25] * 4] * 2, size=[1] * 6), c(mn, [2, 2], [0.3, 0.7], size=[3]),
        c(mn, [[1, 2]], [[0.5, 0.5]] * 3), c(mn, [1, -1], [[0.5, 0.5]] * 2),
        c(mn, [1, 1], [[0.5, 0.5], [1.5, -0.5]]))
    ok(mn, c(mn, 10, [-0.0, 1.0]), c(mn, 10, [0.5, 0.5 + 1e-12, 0.0]), c(mn, 10, [1.0, 1.0]), c(mn, 10, [0.2, 0.2]),
       c(mn, 10, arr("float32", [0.5, 0.5, 0.5], [3])), c(mn, 10.9, [0.5, 0.5]), c(mn, -0.5, [0.5, 0.5]),
       c(mn, 10, [0.5, 0.5], size=arr("int64", [2, 2], [2])), c(mn, [2.5, 3], [0.5, 0.5]),
       c(mn, 1, arr("float32", [F32_HALF_UP] * 4, [2, 2])))

    # ------------------------------------------------ 13. multivariate_hypergeometric (count and marginals)
    mh = "multivariate_hypergeometric"
    for colors, k in (([3, 4, 5], 5), ([20, 30, 50], 50), ([20, 30, 50], 12), ([10, 5, 20, 25], 8), ([10, 5, 20, 25], 25),
                      ([10, 5, 20, 25], 45), ([10, 5, 20, 25], 55), ([0, 0, 0], 0), ([9, 0, 0], 3), ([1, 1, 0, 1, 1], 4),
                      ([3, 4, 5], 12), ([1, 2, 3], 0), ([], 0), ([1000, 10**6, 5], 500000), (i64([7, 3]), 9),
                      ([10**8, 3 * 10**8, 5 * 10**8], 10**6)):
        for method in ("count", "marginals"):
            if method == "count" and sum(colors["data"] if isinstance(colors, dict) else colors) > 2 * 10**6:
                continue
            s.add("mvhg-" + method, gen(),
                  [c(mh, colors, k, method=method), c(mh, colors, k, 3, method), c(mh, colors, k, size=[2, 2], method=method),
                   c(mh, colors, k, size=0, method=method), c(mh, colors, k, size=[], method=method), st, tail])
    s.add("mvhg-count", mt(8675309), [c(mh, [3, 4, 5], 5, size=5, method="count")])
    s.add("mvhg-marginals", mt(8675309), [c(mh, [20, 30, 50], 50, size=5, method="marginals")])
    s.add("mvhg-marginals", mt(8675309), [c(mh, [20, 30, 50], 12, size=5, method="marginals")])
    s.add("mvhg-marginals", gen(), [c(mh, [3, 4, 5], 5), c(mh, [3, 4, 5], 5, 2), c(mh, colors=[2, 2], nsample=1), tail])
    mhmax = (2**63 - 1) // 8
    bad(mh, c(mh, 10, 4), c(mh, [2, 3, 4], -1), c(mh, [-1, 2, 3], 2), c(mh, [2, 3, 4], 10), c(mh, [], 1),
        c(mh, [999999999, 101], 5, 1, "marginals"), c(mh, [mhmax - 100, 101], 5, 1, "count"),
        c(mh, [2**62, 2**62], 1, method="count"), c(mh, [2**63 - 1, 1], 1), c(mh, [2**63], 1), c(mh, [1, 2], 1.0),
        c(mh, [1.0, 2.0], 1), c(mh, [1, 2], 1, method="x"), c(mh, [1, 2], "1"), c(mh, [[1, 2]], 1), c(mh, [1, 2], 2**63),
        c(mh, [1, 2], 1, size=-1), c(mh, [1, 2], 1, size=[2, -1]), c(mh, [1, 2], 1, size=2.0), c(mh, [True, True], 1),
        c(mh, ["a"], 1), c(mh, [1, 2], None), c(mh, [1, 2]), c(mh, [1, 2], -1, method="x"), c(mh, [-1], -1),
        c(mh, [10**9], 1), c(mh, [5, 5], 11, method="count"))
    ok(mh, c(mh, [5, 5], 10, method="count"), c(mh, [0, 10**9 - 1], 3), c(mh, arr("uint8", [3, 4], [2]), 5),
       c(mh, [1, 2], True), c(mh, [1, 2], arr("int64", [2], [])), c(mh, [1, 2], 1, size=arr("int64", [2, 2], [2])))

    # ------------------------------------------------ 14. multivariate_normal: method='svd', one call per case
    # (the values depend on LAPACK's SVD and the BLAS product), n <= 10; eigh / cholesky in family mvn-other
    mvn = "multivariate_normal"
    mvn_calls = [c(mvn, [0.123456789, 10], [[1, 0], [0, 1]], [3, 2]), c(mvn, [0.123456789, 10], [[1, 0], [0, 1]]),
                 c(mvn, [0.0], [[1.0]]), c(mvn, [5.0], [[4.0]], 3), c(mvn, [0.0], [[0.0]], size=1),
                 c(mvn, [1.0, -1.0], [[2.0, 0.5], [0.5, 1.0]]), c(mvn, [1.0, -1.0], [[2.0, 0.5], [0.5, 1.0]], size=5),
                 c(mvn, [0, 0, 0], [[1, 0.5, 0.25], [0.5, 1, 0.5], [0.25, 0.5, 1]], size=[2, 2]),
                 c(mvn, [0, 0], [[1, 1], [1, 1]], size=[3, 2]), c(mvn, [0, 0, 0], [[0, 0, 0], [0, 0, 0], [0, 0, 0]], size=2),
                 c(mvn, [0, 0], [[1, 2], [2, 1]]), c(mvn, [0, 0], [[1, 2], [2, 1]], size=3, check_valid="ignore"),
                 c(mvn, [0, 0], [[1, 0.5], [0.0, 1]], size=2), c(mvn, [0, 0], [[1, 2], [1, 2]], size=2),
                 c(mvn, [0, 0], [[1, 1.0000001], [1.0000001, 1]], size=2, tol=1e-6),
                 c(mvn, [0, 0], [[1, 0.1], [0.1, 1]], size=[]), c(mvn, [0, 0], [[1, 0.1], [0.1, 1]], size=0),
                 c(mvn, [0, 0], [[1, 0.1], [0.1, 1]], size=[2, 0]), c(mvn, [2, 3], arr("float32", [1.0, 0.1, 0.1, 1.0], [2, 2]), 2),
                 c(mvn, nd([1.5, -2.5]), arr("int64", [3, 1, 1, 2], [2, 2]), size=[1, 2]),
                 c(mvn, [0.0, 0.0], [[1e-300, 0.0], [0.0, 1e300]], size=2), c(mvn, [NAN, 0.0], [[1.0, 0.0], [0.0, 1.0]], size=2),
                 c(mvn, [0.0, 0.0], [[1.0, 0.0], [0.0, -1.0]], size=2, check_valid="ignore"),
                 c(mvn, [1, 2], [[2, 1], [1, 2]], size=[4]), c(mvn, [0], [[0]], size=arr("int64", [1], [])),
                 c(mvn, mean=[1.0, 2.0], cov=[[1.0, 0.3], [0.3, 1.0]], size=2, check_valid="raise", tol=1e-8, method="svd")]
    for n in range(1, 11):
        cov = psd_matrix(rng, n)
        mean = [round(rng.uniform(-5, 5), 3) for _ in range(n)]
        mvn_calls.append(c(mvn, mean, cov, size=rng.choice([None, 2, [2, 2], 5])))
        if n in (3, 5, 8, 10):
            mvn_calls.append(c(mvn, mean, psd_matrix(rng, n, rank=n // 2), size=3))   # singular
    for one_call in mvn_calls:
        s.add("mvn", gen(), [one_call])
        s.add("mvn-then-draw", gen(), [one_call, st, tail])
    for bad_call in (c(mvn, [[0, 0]], [[1, 0], [0, 1]]), c(mvn, 0.0, [[1.0]]), c(mvn, [0, 0], [1, 1]),
                     c(mvn, [0, 0], [[1, 0, 0], [0, 1, 0]]), c(mvn, [0, 0], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]),
                     c(mvn, arr("float64", [0.0] * 4, [2, 1, 2]), [[1, 0], [0, 1]]), c(mvn, [0, 0], 1.0),
                     c(mvn, [0, 0], [[1, 0], [0, 1]], size=-1), c(mvn, [0, 0], [[1, 0], [0, 1]], check_valid="other"),
                     c(mvn, [0, 0], [[1, 2], [2, 1]], check_valid="raise"), c(mvn, [0, 0], [[1, 2], [1, 2]], check_valid="raise"),
                     c(mvn, [0, 0], [[1, 2], [2, 1]], size=3, check_valid="raise"),
                     c(mvn, [0, 0], [[1, 2], [2, 1]], size=[2, 2], check_valid="Warn"),
                     c(mvn, [0, 0], [[1, 1.0000001], [1.0000001, 1]], check_valid="raise", tol=1e-12),
                     c(mvn, [0, 0, 0], [[1, 0, 0], [0, 1, 0], [0, 0, -1]], check_valid="raise"),
                     c(mvn, [0], [[1]], size=[2, -1]), c(mvn, [0], [["a"]]), c(mvn, [0, 0]), c(mvn),
                     c(mvn, [0], [[1]], 2.0), c(mvn, [0, 0], [[1, 0], [0, 1]], method="foo"),
                     c(mvn, [0, 0], [[1, 0], [0, 1]], method=None), c(mvn, [0, 0], [[1, 0], [0, 1]], 2, "warn", 1e-8, "svd"),
                     c(mvn, arr("float64", [0.0, 0.0], [2, 1, 1]), [[1, 0], [0, 1]]), c(mvn, [0, 0], nd([0.0] * 6, [3, 2])),
                     c(mvn, [0, 0], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]), c(mvn, [0, 0], [[1, 0], [0, 1]], size="3")):
        s.add("validation-mvn", gen(), [pre, bad_call] + post)
    other = [(method, one_call) for method in ("eigh", "cholesky") for one_call in (
        c(mvn, [0.123456789, 10], [[1, 0], [0, 1]], [3, 2], method=method), c(mvn, [0.123456789, 10], [[1, 0], [0, 1]], method=method),
        c(mvn, [1.0, -1.0], [[2.0, 0.5], [0.5, 1.0]], size=4, method=method),
        c(mvn, [0, 0, 0], psd_matrix(rng, 3), size=3, method=method), c(mvn, [0, 0], [[1, 1], [1, 1]], size=[3, 2], method=method),
        c(mvn, [0, 0], [[1, 2], [2, 1]], method=method), c(mvn, [0, 0], [[1, 2], [2, 1]], check_valid="raise", method=method),
        c(mvn, [0, 0], [[1, 2], [2, 1]], check_valid="ignore", method=method),
        c(mvn, [0, 0], [[1, 2], [1, 2]], check_valid="raise", method=method),
        c(mvn, [0, 0], [[1, 0], [0, 1]], check_valid="other", method=method),
        c(mvn, [1, 2, 3, 4], psd_matrix(rng, 4), size=2, method=method))]
    for method, one_call in other:
        s.add("mvn-other", gen(), [one_call, st, tail])

    # ------------------------------------------------ 15. bit_generator.state read and written mid-stream
    mixed = [c("random", 2), f32, c("standard_normal", dtype="float32"), c("integers", 0, 7, size=3, dtype="uint8"),
             c("integers", 0, 2**40), c("binomial", 100, 0.4), c("standard_gamma", 0.5)]
    for b in BIT_GENERATORS:
        for has_uint32 in ((0, 1, 1) if b != "MT19937" else (0, 0)):
            state = random_state_value(s, b, has_uint32)
            s.add("state-write-" + b, gen(b=b),
                  [c("random"), st, c("bit_generator.state=", state), st, f32, st] + mixed + [st, c("bit_generator.state=", state),
                                                                                          f32, c("random", 2), st])
        # a state read mid-stream, the stream continued, the state written back (same draws again)
        state = random_state_value(s, b, 1 if b != "MT19937" else 0)
        s.add("state-roundtrip-" + b, gen(b=b),
              [f32, c("bit_generator.state=", state)] + mixed + [c("bit_generator.state=", state)] + mixed + [st])
        other = "PCG64" if b != "PCG64" else "SFC64"
        s.add("state-bad-" + b, gen(b=b),
              [f32, c("bit_generator.state=", 5), f32, c("bit_generator.state=", {"bit_generator": other, "state": {}}), f32,
               c("bit_generator.state=", {"bit_generator": b}), f32, c("bit_generator.state=", [b, 1, 2]), f32,
               c("bit_generator.state=", random_state_value(s, other, 0)), f32, st])
        s.add("state-raw-" + b, gen(b=b),
              [f32, c("bit_generator.random_raw"), f32, st, c("bit_generator.random_raw", 3), c("random"), st,
               c("bit_generator.random_raw", output=False), f32, st])
    s.add("state-write-MT19937", gen(b="MT19937"),
          [c("bit_generator.state=", {"bit_generator": "MT19937", "state": {"key": s.u32(624), "pos": 600}}),
           c("random", 30), st])
    for b in ADVANCEABLE:
        s.add("state-advance-" + b, gen(b=b),
              [f32, st, c("bit_generator.advance", 5), st, f32, c("random"), c("bit_generator.advance", -3), st,
               c("random", 2), c("bit_generator.advance", 2**128 + 7), c("random"), st])
    s.add("state-advance-PCG64", gen(b="PCG64", sd=38219308213743),
          [st, c("bit_generator.advance", sum(2**i for i in (96, 64, 32, 16, 8, 4, 2, 1))), st])

    # ------------------------------------------------ 16. heavy: 5,000 draws per call (every libm-dependent sampler and regime).
    # Samplers that only combine these kernels with IEEE-exact operations (chisquare, f, noncentral_chisquare,
    # noncentral_f, standard_t, standard_cauchy, rayleigh, wald, triangular: +, *, /, sqrt, fmod; vonmises for
    # kappa < 1e-8 and > 1e6; dirichlet's gamma path) are covered by the scalar and broadcast cases.
    heavy_tail = [c("random", 2), st]

    def heavy(what, name, *args, **kwargs):
        s.add("heavy-" + what, gen(), [c(name, *args, **dict({"size": 5000}, **kwargs))] + heavy_tail)

    heavy("standard_normal", "standard_normal")
    heavy("standard_normal", "standard_normal", dtype="float32")
    heavy("standard_exponential", "standard_exponential")
    heavy("standard_exponential", "standard_exponential", dtype="float32")
    heavy("standard_exponential", "standard_exponential", method="inv")
    heavy("standard_exponential", "standard_exponential", dtype="float32", method="inv")
    heavy("standard_gamma", "standard_gamma", 0.3)
    heavy("standard_gamma", "standard_gamma", 2.5)
    heavy("standard_gamma", "standard_gamma", 0.3, dtype="float32")
    heavy("standard_gamma", "standard_gamma", 2.5, dtype="float32")
    heavy("beta", "beta", 0.5, 0.5)
    heavy("beta", "beta", 1e-3, 1e-3)
    heavy("beta", "beta", 2.0, 3.0)
    heavy("vonmises", "vonmises", -1.0, 3e-6)
    heavy("vonmises", "vonmises", 2.0, 1.5)
    heavy("vonmises", "vonmises", 0.0, 5e3)
    heavy("pareto", "pareto", 1.5)
    heavy("weibull", "weibull", 1.7)
    heavy("power", "power", 0.3)
    heavy("laplace", "laplace", 1.0, 2.0)
    heavy("gumbel", "gumbel", -1.0, 0.5)
    heavy("logistic", "logistic", 0.0, 3.0)
    heavy("lognormal", "lognormal", 0.5, 1.5)
    s.add("heavy-dirichlet", gen(), [c("dirichlet", [0.02, 0.04, 0.03, 0.01], size=1250)] + heavy_tail)
    # discrete
    heavy("binomial", "binomial", arr("int64", [rng.choice([10, 20, 60, 100, 1000, 10**9]) for _ in range(5000)], [5000]),
          nd([rng.choice([0.3, 0.5, 0.8, 0.9, 1e-8, 0.02]) for _ in range(5000)]))
    heavy("binomial", "binomial", 10, 0.3)
    heavy("binomial", "binomial", 100, 0.3)
    heavy("binomial", "binomial", 200, 0.8)
    heavy("poisson", "poisson", 3.0)
    heavy("poisson", "poisson", 47.5)
    heavy("poisson", "poisson", nd([rng.choice([0.5, 9.99, 10.0, 1e6]) for _ in range(5000)]))
    heavy("geometric", "geometric", 0.5)
    heavy("geometric", "geometric", 0.01)
    heavy("negative_binomial", "negative_binomial", 3.5, 0.3)
    heavy("zipf", "zipf", 1.05)
    heavy("zipf", "zipf", 2.0)
    heavy("zipf", "zipf", 6.5)
    heavy("logseries", "logseries", 0.01)
    heavy("logseries", "logseries", 0.6)
    heavy("logseries", "logseries", 0.9999)
    heavy("hypergeometric", "hypergeometric", 20, 30, 8)
    heavy("hypergeometric", "hypergeometric", 100, 200, 150)
    heavy("hypergeometric", "hypergeometric", 2**29, 2**29, 1000)
    s.add("heavy-multinomial", gen(), [c("multinomial", 1000, [0.1, 0.2, 0.3, 0.4], size=1250)] + heavy_tail)
    s.add("heavy-mvhg", gen(), [c(mh, [100, 200, 300, 400], 500, size=1250)] + heavy_tail)
    # An MT19937 state is 624 words: outside the seed- and state- families, an MT19937 case ends with a raw draw
    # instead of a state read (MT19937 has no buffered 32-bit half to show; the raw draw shows the position).
    for case in s.cases:
        fam = case["id"][len("generator-"):]
        if case["gen"]["bit_generator"] == "MT19937" and not fam.startswith(("seed-", "state-")):
            case["calls"] = [c("bit_generator.random_raw") if one == st else one for one in case["calls"]]
    return s


# ---------------------------------------------------------------- numpy_tests

def numpy_tests_suite():
    """NumPy 2.4.6's own RandomState tests as cases: numpy_tests/port.jsonl, written by
    numpy_tests/port_tests.py (which runs the tests under a recording RandomState; see its docstring and
    numpy_tests/README.md). Copied here in order, the ids re-derived and checked."""
    s = Suite("numpy_tests")
    with open(os.path.join(HERE, "numpy_tests", "port.jsonl"), encoding="utf-8") as f:
        for line in f:
            case = json.loads(line)
            what = case["id"][len("numpy_tests-"):].rsplit("-", 1)[0]
            s.add(what, case["gen"], case["calls"])
            if s.cases[-1]["id"] != case["id"]:
                raise SystemExit("numpy_tests/port.jsonl: case %s out of order" % case["id"])
    return s

# ---------------------------------------------------------------- badinput (the differential bad-input fuzz)

# Bad or extreme values, by what they stand in for. Every one is a JSON VALUE (no NumPy needed).
# Sizes stay clear of allocations NumPy could make (2**40 float64s is 8 TiB: MemoryError at once).
BI_NAN, BI_INF, BI_NINF = {"float": "nan"}, {"float": "inf"}, {"float": "-inf"}
BI_NUMBERS = [  # where a number (float or int) goes
    ("nan", BI_NAN), ("inf", BI_INF), ("ninf", BI_NINF), ("negzero", -0.0), ("neg", -1), ("negfloat", -2.5),
    ("half", 0.5), ("zero", 0), ("huge", 2**100), ("i64max1", 2**63), ("u64max1", 2**64), ("i64min1", -(2**63) - 1),
    ("big", 1e308), ("denormal", 5e-324), ("true", True), ("false", False), ("str", "abc"), ("numstr", "1.5"),
    ("emptystr", ""), ("bytes", {"bytes": "01"}), ("dict", {"a": 1}), ("none", None), ("list", [1, 2]),
    ("ragged", [[1], [2, 3]]), ("emptylist", []), ("emptyarray", {"dtype": "float64", "shape": [0], "data": []}),
    ("nested", [[[0.5]]]), ("strlist", ["a", "b"]), ("nanlist", [1.0, BI_NAN]),
    ("array2d", {"dtype": "float64", "shape": [2, 2], "data": [0.5, 1.5, 2.5, -1.0]}),
    ("intarray", {"dtype": "int64", "shape": [3], "data": [0, 1, 2**40]}),
    ("u64array", {"dtype": "uint64", "shape": [2], "data": [1, 2**64 - 1]}),
    ("boolarray", {"dtype": "bool", "shape": [2], "data": [True, False]}),
    ("range", {"range": [0, 3, 1]}),
]
BI_SIZES = [  # where a size (shape) goes
    ("neg", -1), ("neglist", [-1]), ("neg2", [2, -1]), ("tib", 2**40), ("tiblist", [2**40]),
    ("tibzero", [2**40, 0]), ("zerotib", [0, 2**40]), ("zeromax", [2**31 - 1, 0]), ("cube", [2**20, 2**20, 2**20]),
    ("toobig0", [2**31, 2**31, 2**31, 0]), ("i64max1", 2**63), ("u64max1", 2**64), ("i64min", -(2**63)),
    ("str", "3"), ("bytes", {"bytes": "0203"}), ("dict", {"a": 1}), ("true", True), ("false", False),
    ("boollist", [True, 2]), ("float", 2.0), ("floatlist", [2.0]), ("nestedlist", [[2]]), ("nan", BI_NAN),
    ("floatarray", {"dtype": "float64", "shape": [1], "data": [2.0]}),
    ("intarray", {"dtype": "int64", "shape": [2], "data": [2, 3]}),
    ("intarray2d", {"dtype": "int64", "shape": [1, 1], "data": [2]}),
    ("boolarray", {"dtype": "bool", "shape": [1], "data": [True]}),
    ("empty", []), ("zero", 0), ("zerolist", [0]), ("range", {"range": [0, 3, 1]}), ("strlist", ["2"]),
    ("none", None),
]
BI_DTYPES = [  # where a dtype goes
    ("int8", "int8"), ("uint64", "uint64"), ("float32", "float32"), ("float16", "float16"), ("complex", "complex"),
    ("object", "O"), ("unicode", "U"), ("unknown", "x"), ("int", 5), ("none", None), ("true", True), ("dict", {"a": 1}),
    ("list", ["int8"]), ("bigendian", ">i4"), ("float64", "float64"), ("bool", "bool"), ("emptystr", ""),
]
BI_SEQUENCES = [  # where a population / sequence / array goes
    ("str", "abc"), ("emptystr", ""), ("bytes", {"bytes": "0102"}), ("dict", {"a": 1}), ("emptydict", {}),
    ("none", None), ("int", 5), ("zero", 0), ("neg", -3), ("huge", 2**40), ("i64max1", 2**63), ("float", 2.5),
    ("nan", BI_NAN), ("true", True), ("range", {"range": [0, 5, 1]}), ("emptylist", []), ("nested", [[1, 2], [3, 4]]),
    ("ragged", [[1], [2, 3]]), ("emptyarray", {"dtype": "float64", "shape": [0], "data": []}),
    ("array2d", {"dtype": "int64", "shape": [2, 2], "data": [1, 2, 3, 4]}),
    ("array0d", {"dtype": "float64", "shape": [], "data": [1.5]}), ("strlist", ["a", "b", "c"]),
    ("mixed", [1, "a", None]),
]


# CPython 3.13 never returns from these (its rejection loops never accept): not cases.
PR_ENDLESS = {("vonmisesvariate", "kappa", "nan")} | \
    {(m, p, w) for m in ("gammavariate", "betavariate") for p in ("alpha", "beta") for w in ("nan", "inf", "big")}

# NumPy 2.4.6's legacy zipf and vonmises loop forever on these (the rejection test is never true).
RS_ENDLESS = {("zipf", "a", w) for w in ("inf", "big", "huge", "i64max1", "u64max1")} | \
             {("vonmises", "kappa", w) for w in ("inf", "big", "huge", "i64max1", "u64max1")}


def bi_pick(rng, pool, n):
    """n entries of pool, the same ones on every run (rng is the suite's)."""
    return rng.sample(pool, min(n, len(pool)))


def badinput_suite():
    """Bad and extreme input across every API, each bad call followed by a draw (issue 13)."""
    s = Suite("badinput")

    def one(api, gen, method, args, kwargs, tail, what):
        s.add("%s-%s-%s" % (api, method.replace("_", ""), what), gen, [[method, args, kwargs], tail])

    # ---- RandomState: (method, positional parameters with a good value, kind of each)
    rs_tail = call("random_sample")
    rs_gen = random_state(12345)
    rs_methods = [
        ("random_sample", [("size", None, "size")]),
        ("random", [("size", None, "size")]),
        ("tomaxint", [("size", None, "size")]),
        ("standard_normal", [("size", None, "size")]),
        ("standard_exponential", [("size", None, "size")]),
        ("standard_cauchy", [("size", None, "size")]),
        ("randint", [("low", 0, "num"), ("high", 10, "num"), ("size", None, "size"), ("dtype", "int64", "dtype")]),
        ("random_integers", [("low", 1, "num"), ("high", 10, "num"), ("size", None, "size")]),
        ("bytes", [("length", 3, "num")]),
        ("choice", [("a", 5, "seq"), ("size", None, "size"), ("replace", True, "num"), ("p", None, "num")]),
        ("permutation", [("x", 5, "seq")]),
        ("shuffle", [("x", [1, 2, 3], "seq")]),
        ("seed", [("seed", 1, "num")]),
        ("get_state", [("legacy", True, "num")]),
        ("normal", [("loc", 0.0, "num"), ("scale", 1.0, "num"), ("size", None, "size")]),
        ("uniform", [("low", 0.0, "num"), ("high", 1.0, "num"), ("size", None, "size")]),
        ("exponential", [("scale", 1.0, "num"), ("size", None, "size")]),
        ("standard_gamma", [("shape", 2.0, "num"), ("size", None, "size")]),
        ("gamma", [("shape", 2.0, "num"), ("scale", 1.0, "num"), ("size", None, "size")]),
        ("beta", [("a", 2.0, "num"), ("b", 3.0, "num"), ("size", None, "size")]),
        ("poisson", [("lam", 3.0, "num"), ("size", None, "size")]),
        ("binomial", [("n", 10, "num"), ("p", 0.5, "num"), ("size", None, "size")]),
        ("negative_binomial", [("n", 5, "num"), ("p", 0.5, "num"), ("size", None, "size")]),
        ("geometric", [("p", 0.5, "num"), ("size", None, "size")]),
        ("hypergeometric", [("ngood", 10, "num"), ("nbad", 5, "num"), ("nsample", 3, "num"), ("size", None, "size")]),
        ("logseries", [("p", 0.5, "num"), ("size", None, "size")]),
        ("zipf", [("a", 2.0, "num"), ("size", None, "size")]),
        ("triangular", [("left", 0.0, "num"), ("mode", 0.5, "num"), ("right", 1.0, "num"), ("size", None, "size")]),
        ("chisquare", [("df", 2.0, "num"), ("size", None, "size")]),
        ("f", [("dfnum", 2.0, "num"), ("dfden", 3.0, "num"), ("size", None, "size")]),
        ("noncentral_chisquare", [("df", 2.0, "num"), ("nonc", 1.0, "num"), ("size", None, "size")]),
        ("noncentral_f", [("dfnum", 2.0, "num"), ("dfden", 3.0, "num"), ("nonc", 1.0, "num"), ("size", None, "size")]),
        ("standard_t", [("df", 3.0, "num"), ("size", None, "size")]),
        ("lognormal", [("mean", 0.0, "num"), ("sigma", 1.0, "num"), ("size", None, "size")]),
        ("pareto", [("a", 2.0, "num"), ("size", None, "size")]),
        ("power", [("a", 2.0, "num"), ("size", None, "size")]),
        ("weibull", [("a", 2.0, "num"), ("size", None, "size")]),
        ("rayleigh", [("scale", 1.0, "num"), ("size", None, "size")]),
        ("wald", [("mean", 1.0, "num"), ("scale", 1.0, "num"), ("size", None, "size")]),
        ("vonmises", [("mu", 0.0, "num"), ("kappa", 1.0, "num"), ("size", None, "size")]),
        ("laplace", [("loc", 0.0, "num"), ("scale", 1.0, "num"), ("size", None, "size")]),
        ("gumbel", [("loc", 0.0, "num"), ("scale", 1.0, "num"), ("size", None, "size")]),
        ("logistic", [("loc", 0.0, "num"), ("scale", 1.0, "num"), ("size", None, "size")]),
        ("dirichlet", [("alpha", [1.0, 2.0], "seq"), ("size", None, "size")]),
        ("multinomial", [("n", 10, "num"), ("pvals", [0.5, 0.5], "seq"), ("size", None, "size")]),
        ("multivariate_normal", [("mean", [0.0, 0.0], "seq"), ("cov", [[1.0, 0.0], [0.0, 1.0]], "seq"),
                                 ("size", None, "size")]),
    ]
    pools = {"num": BI_NUMBERS, "size": BI_SIZES, "dtype": BI_DTYPES, "seq": BI_SEQUENCES}
    # how many of a pool each (method, parameter) gets: sizes and dtypes in full where they are the
    # method's subject, a fixed sample elsewhere
    per_kind = {"num": 14, "size": 12, "dtype": len(BI_DTYPES), "seq": 14}

    def numpy_family(api, gen, tail, methods, full_size_methods):
        for method, params in methods:
            for i, (pname, good, kind) in enumerate(params):
                pool = pools[kind]
                n = len(pool) if (kind == "size" and method in full_size_methods) else per_kind[kind]
                for what, bad in bi_pick(s.rng, pool, n):
                    if api == "rs" and (method, pname, what) in RS_ENDLESS:
                        continue
                    if method == "seed" and what == "none":
                        continue  # OS entropy: not reproducible
                    # the other parameters keep their good values (None ones are left out)
                    later = {p[0]: p[1] for p in params[i + 1:] if p[1] is not None}
                    if s.rng.random() < 0.5:
                        # the earlier parameters positional, the bad one and the later ones by keyword
                        args = [p[1] for p in params[:i]]
                        kwargs = dict({pname: bad}, **later)
                    else:
                        args = [p[1] for p in params[:i]] + [bad]
                        kwargs = later
                    one(api, gen, method, args, kwargs, tail, pname + "-" + what)

    numpy_family("rs", rs_gen, rs_tail, rs_methods, ("random_sample", "standard_normal", "normal", "randint", "poisson"))
    # rand(*dims) / randn(*dims): every size value as the dimensions
    for method in ("rand", "randn"):
        for what, bad in BI_SIZES:
            dims = bad if isinstance(bad, list) else [bad]
            one("rs", rs_gen, method, dims, {}, rs_tail, what)
        one("rs", rs_gen, method, [2], {"size": 3}, rs_tail, "keyword")
    # set_state: states that are not states
    good_key = {"dtype": "uint32", "shape": [624], "data": s.u32(624)}
    for what, st in [("int", 5), ("str", "MT19937"), ("none", None), ("emptylist", []), ("dict", {"a": 1}),
                     ("tuple1", ["MT19937"]), ("tuple2", ["MT19937", good_key]),
                     ("tuple4", ["MT19937", good_key, 0, 0]), ("name", ["PCG64", good_key, 0]),
                     ("keystr", ["MT19937", "abc", 0]), ("keyfloat", ["MT19937", [0.5] * 624, 0]),
                     ("keyneg", ["MT19937", [-1] * 624, 0]), ("keyhuge", ["MT19937", [2**40] * 624, 0]),
                     ("posstr", ["MT19937", good_key, "1"]), ("posfloat", ["MT19937", good_key, 1.5]),
                     ("poshuge", ["MT19937", good_key, 2**70]), ("gaussstr", ["MT19937", good_key, 0, 1, "x"]),
                     ("gaussnan", ["MT19937", good_key, 0, 1, BI_NAN]), ("hasgaussstr", ["MT19937", good_key, 0, "1", 0.5]),
                     ("hasgausshuge", ["MT19937", good_key, 0, 2**70, 0.5]), ("dictnostate", {"bit_generator": "MT19937"}),
                     ("dictother", {"bit_generator": "PCG64", "state": {"state": 1, "inc": 1}}),
                     ("dictstatestr", {"bit_generator": "MT19937", "state": "x"})]:
        one("rs", rs_gen, "set_state", [st], {}, rs_tail, what)
    # a 2-d MT19937 key: NumPy refuses it (TypeError), in the legacy tuple and in the state dict
    key2d = {"dtype": "uint32", "shape": [2, 312], "data": list(range(1, 625))}  # not s.rng: the rest stays put
    one("rs", rs_gen, "set_state", [["MT19937", key2d, 0]], {}, rs_tail, "key2d")
    one("rs", rs_gen, "set_state", [{"bit_generator": "MT19937", "state": {"key": key2d, "pos": 0}}], {}, rs_tail,
        "dictkey2d")
    s.add("bgMT19937-state-key2d", bit_generator("MT19937", 5),
          [call("state=", {"bit_generator": "MT19937", "state": {"key": key2d, "pos": 0}}), call("random_raw")])
    # construction with bad seeds
    for what, seed in [("neg", -1), ("u32max1", 2**32), ("huge", 2**100), ("float", 1.5), ("nan", BI_NAN),
                       ("str", "abc"), ("bytes", {"bytes": "01"}), ("dict", {"a": 1}), ("true", True),
                       ("emptylist", []), ("neglist", [-1]), ("floatlist", [1.5]), ("nested", [[1, 2]]),
                       ("strlist", ["a"]), ("biglist", [1, 2**32]), ("boollist", [True, False]),
                       ("u64array", {"dtype": "uint64", "shape": [2], "data": [1, 2**64 - 1]}),
                       ("u32array", {"dtype": "uint32", "shape": [2], "data": [1, 2]}),
                       ("floatarray", {"dtype": "float64", "shape": [1], "data": [1.0]}),
                       ("array2d", {"dtype": "int64", "shape": [1, 2], "data": [1, 2]}),
                       ("emptyarray", {"dtype": "int64", "shape": [0], "data": []}),
                       ("array0d", {"dtype": "int64", "shape": [], "data": [7]})]:
        s.add("rs-construct-" + what, random_state(seed), [rs_tail])
        s.add("rs-seed-" + what, rs_gen, [call("seed", seed), rs_tail])

    # ---- Generator
    g_tail = call("random")
    g_methods = [
        ("integers", [("low", 0, "num"), ("high", 10, "num"), ("size", None, "size"), ("dtype", "int64", "dtype"),
                      ("endpoint", False, "num")]),
        ("random", [("size", None, "size"), ("dtype", "float64", "dtype")]),
        ("standard_normal", [("size", None, "size"), ("dtype", "float64", "dtype")]),
        ("standard_exponential", [("size", None, "size"), ("dtype", "float64", "dtype"), ("method", "zig", "num")]),
        ("standard_gamma", [("shape", 2.0, "num"), ("size", None, "size"), ("dtype", "float64", "dtype")]),
        ("standard_cauchy", [("size", None, "size")]),
        ("bytes", [("length", 3, "num")]),
        ("choice", [("a", 5, "seq"), ("size", None, "size"), ("replace", True, "num"), ("p", None, "num"),
                    ("axis", 0, "num"), ("shuffle", True, "num")]),
        ("permutation", [("x", 5, "seq"), ("axis", 0, "num")]),
        ("shuffle", [("x", [1, 2, 3], "seq"), ("axis", 0, "num")]),
        ("normal", [("loc", 0.0, "num"), ("scale", 1.0, "num"), ("size", None, "size")]),
        ("uniform", [("low", 0.0, "num"), ("high", 1.0, "num"), ("size", None, "size")]),
        ("exponential", [("scale", 1.0, "num"), ("size", None, "size")]),
        ("gamma", [("shape", 2.0, "num"), ("scale", 1.0, "num"), ("size", None, "size")]),
        ("beta", [("a", 2.0, "num"), ("b", 3.0, "num"), ("size", None, "size")]),
        ("poisson", [("lam", 3.0, "num"), ("size", None, "size")]),
        ("binomial", [("n", 10, "num"), ("p", 0.5, "num"), ("size", None, "size")]),
        ("negative_binomial", [("n", 5, "num"), ("p", 0.5, "num"), ("size", None, "size")]),
        ("geometric", [("p", 0.5, "num"), ("size", None, "size")]),
        ("hypergeometric", [("ngood", 10, "num"), ("nbad", 5, "num"), ("nsample", 3, "num"), ("size", None, "size")]),
        ("logseries", [("p", 0.5, "num"), ("size", None, "size")]),
        ("zipf", [("a", 2.0, "num"), ("size", None, "size")]),
        ("triangular", [("left", 0.0, "num"), ("mode", 0.5, "num"), ("right", 1.0, "num"), ("size", None, "size")]),
        ("chisquare", [("df", 2.0, "num"), ("size", None, "size")]),
        ("f", [("dfnum", 2.0, "num"), ("dfden", 3.0, "num"), ("size", None, "size")]),
        ("noncentral_chisquare", [("df", 2.0, "num"), ("nonc", 1.0, "num"), ("size", None, "size")]),
        ("noncentral_f", [("dfnum", 2.0, "num"), ("dfden", 3.0, "num"), ("nonc", 1.0, "num"), ("size", None, "size")]),
        ("standard_t", [("df", 3.0, "num"), ("size", None, "size")]),
        ("lognormal", [("mean", 0.0, "num"), ("sigma", 1.0, "num"), ("size", None, "size")]),
        ("pareto", [("a", 2.0, "num"), ("size", None, "size")]),
        ("power", [("a", 2.0, "num"), ("size", None, "size")]),
        ("weibull", [("a", 2.0, "num"), ("size", None, "size")]),
        ("rayleigh", [("scale", 1.0, "num"), ("size", None, "size")]),
        ("wald", [("mean", 1.0, "num"), ("scale", 1.0, "num"), ("size", None, "size")]),
        ("vonmises", [("mu", 0.0, "num"), ("kappa", 1.0, "num"), ("size", None, "size")]),
        ("laplace", [("loc", 0.0, "num"), ("scale", 1.0, "num"), ("size", None, "size")]),
        ("gumbel", [("loc", 0.0, "num"), ("scale", 1.0, "num"), ("size", None, "size")]),
        ("logistic", [("loc", 0.0, "num"), ("scale", 1.0, "num"), ("size", None, "size")]),
        ("dirichlet", [("alpha", [1.0, 2.0], "seq"), ("size", None, "size")]),
        ("multinomial", [("n", 10, "num"), ("pvals", [0.5, 0.5], "seq"), ("size", None, "size")]),
        ("multivariate_hypergeometric", [("colors", [3, 4], "seq"), ("nsample", 2, "num"), ("size", None, "size")]),
    ]
    for b in BIT_GENERATORS:
        gen = {"type": "Generator", "bit_generator": b, "seed": 2024}
        if b == "PCG64":
            numpy_family("gen", gen, g_tail, g_methods, ("random", "integers", "standard_normal"))
        else:
            # the other bit generators: the conversions are shared, so a sample shows they are
            for method, params in bi_pick(s.rng, g_methods, 6):
                for i, (pname, good, kind) in enumerate(params):
                    for what, bad in bi_pick(s.rng, pools[kind], 3):
                        later = {p[0]: p[1] for p in params[i + 1:] if p[1] is not None}
                        one("gen" + b, gen, method, [p[1] for p in params[:i]], dict({pname: bad}, **later), g_tail,
                            pname + "-" + what)
    # permuted: x and the keyword-only axis / out
    gen = {"type": "Generator", "bit_generator": "PCG64", "seed": 2024}
    for what, bad in BI_SEQUENCES:
        one("gen", gen, "permuted", [bad], {}, g_tail, "x-" + what)
    for what, bad in bi_pick(s.rng, BI_NUMBERS, 12):
        one("gen", gen, "permuted", [[1, 2, 3]], {"axis": bad}, g_tail, "axis-" + what)
        one("gen", gen, "permuted", [[1.0, 2.0, 3.0]], {"out": bad}, g_tail, "out-" + what)
    # out= of random / standard_normal: arrays of the wrong dtype, shape, or not arrays
    for method in ("random", "standard_normal", "standard_exponential"):
        for what, out in [("int", {"dtype": "int64", "shape": [2], "data": [0, 0]}),
                          ("f32", {"dtype": "float32", "shape": [2], "data": [0.0, 0.0]}),
                          ("list", [0.0, 0.0]), ("scalar", 0.0), ("none", None), ("str", "abc"),
                          ("empty", {"dtype": "float64", "shape": [0], "data": []}),
                          ("0d", {"dtype": "float64", "shape": [], "data": [0.0]})]:
            one("gen", gen, method, [], {"out": out}, g_tail, "out-" + what)
        one("gen", gen, method, [3], {"out": {"dtype": "float64", "shape": [2], "data": [0.0, 0.0]}}, g_tail,
            "out-shape")
    for what, seed in [("neg", -1), ("float", 1.5), ("nan", BI_NAN), ("str", "abc"), ("bytes", {"bytes": "01"}),
                       ("true", True), ("neglist", [-1]), ("floatlist", [1.5]), ("nested", [[1, 2]]),
                       ("strlist", ["a"]), ("dict", {"a": 1}), ("emptylist", []),
                       ("u64array", {"dtype": "uint64", "shape": [2], "data": [1, 2**64 - 1]}),
                       ("floatarray", {"dtype": "float64", "shape": [1], "data": [1.0]}),
                       ("array2d", {"dtype": "int64", "shape": [1, 2], "data": [1, 2]}),
                       ("negarray", {"dtype": "int8", "shape": [1], "data": [-3]}),
                       ("huge", 2**1000)]:
        for b in BIT_GENERATORS:
            s.add("gen-construct-%s-%s" % (b, what), {"type": "Generator", "bit_generator": b, "seed": seed}, [g_tail])

    # ---- BitGenerator
    bg_tail = call("random_raw")
    for b in BIT_GENERATORS:
        gen = bit_generator(b, 77)
        for what, bad in BI_SIZES:
            one("bg" + b, gen, "random_raw", [bad], {}, bg_tail, "size-" + what)
        for what, bad in bi_pick(s.rng, BI_NUMBERS, 8):
            one("bg" + b, gen, "random_raw", [2], {"output": bad}, bg_tail, "output-" + what)
        if b in ADVANCEABLE:
            for what, bad in BI_NUMBERS:
                one("bg" + b, gen, "advance", [bad], {}, bg_tail, "delta-" + what)
        if b in JUMPABLE:
            for what, bad in [(w, v) for (w, v) in BI_NUMBERS if w not in ("huge", "i64max1", "u64max1", "big")]:
                one("bg" + b, gen, "jumped", [bad], {}, bg_tail, "jumps-" + what)
        for what, bad in [(w, v) for (w, v) in BI_NUMBERS
                          if w in ("nan", "inf", "negzero", "neg", "negfloat", "half", "huge", "str", "numstr",
                                   "emptystr", "bytes", "dict", "list", "emptylist", "emptyarray", "i64max1")]:
            one("bg" + b, gen, "spawn", [bad], {}, bg_tail, "n-" + what)
        for what, st in [("int", 5), ("str", "x"), ("none", None), ("list", [1, 2]), ("emptydict", {}),
                         ("nostate", {"bit_generator": b}), ("noname", {"state": {}}),
                         ("othername", {"bit_generator": "SFC64" if b != "SFC64" else "PCG64", "state": {}}),
                         ("statestr", {"bit_generator": b, "state": "x"}),
                         ("statenone", {"bit_generator": b, "state": None})]:
            one("bg" + b, gen, "state=", [st], {}, bg_tail, "state-" + what)
        for what, seed in [("neg", -1), ("float", 1.5), ("nan", BI_NAN), ("inf", BI_INF), ("str", "abc"),
                           ("bytes", {"bytes": "01"}), ("true", True), ("false", False), ("neglist", [-1]),
                           ("floatlist", [1.5]), ("nested", [[1, 2]]), ("ragged", [[1], [2, 3]]), ("strlist", ["a"]),
                           ("dict", {"a": 1}), ("emptylist", []), ("nonelist", [None]),
                           ("u64array", {"dtype": "uint64", "shape": [2], "data": [1, 2**64 - 1]}),
                           ("u32array", {"dtype": "uint32", "shape": [2], "data": [1, 2]}),
                           ("i64array", {"dtype": "int64", "shape": [2], "data": [1, -2]}),
                           ("floatarray", {"dtype": "float64", "shape": [1], "data": [1.0]}),
                           ("boolarray", {"dtype": "bool", "shape": [2], "data": [True, False]}),
                           ("array2d", {"dtype": "uint32", "shape": [1, 2], "data": [1, 2]}),
                           ("emptyarray", {"dtype": "uint32", "shape": [0], "data": []}),
                           ("array0d", {"dtype": "int64", "shape": [], "data": [7]}),
                           ("spawnneg", {"entropy": 1, "spawn_key": [-1]}),
                           ("spawnhuge", {"entropy": 1, "spawn_key": [2**200]}),
                           ("entropyneg", {"entropy": -5, "spawn_key": []})]:
            s.add("bg%s-construct-%s" % (b, what), bit_generator(b, seed), [bg_tail])

    # ---- SeedSequence
    ss_tail = call("generate_state", 2)
    ss_gen = seed_sequence(99)
    for what, bad in BI_NUMBERS:
        one("ss", ss_gen, "generate_state", [bad], {}, ss_tail, "n-" + what)
        one("ss", ss_gen, "spawn", [bad], {}, call("n_children_spawned"), "n-" + what)
    for what, bad in BI_DTYPES + [("uint32type", "uint32"), ("u4", "u4"), ("int64", "int64"), ("L", "L")]:
        one("ss", ss_gen, "generate_state", [2], {"dtype": bad}, ss_tail, "dtype-" + what)
    for what, entropy in BI_NUMBERS + [("negbig", -(2**100)), ("u32array", {"dtype": "uint32", "shape": [2], "data": [1, 2]}),
                                        ("i8array", {"dtype": "int8", "shape": [2], "data": [1, -2]}),
                                        ("array0d", {"dtype": "int64", "shape": [], "data": [7]})]:
        if entropy is None:
            continue  # OS entropy: not reproducible
        s.add("ss-construct-entropy-" + what, seed_sequence(entropy), [ss_tail, call("entropy")])
    for what, key in [("neg", [-1]), ("float", [1.5]), ("str", ["a"]), ("none", [None]), ("nested", [[1]]),
                      ("huge", [2**100]), ("true", [True]), ("hex", ["0x1f"]), ("octal", ["017"])]:
        s.add("ss-construct-spawnkey-" + what, seed_sequence(5, spawn_key=key), [ss_tail, call("spawn_key")])
    for what, pool in [("three", 3), ("zero", 0), ("neg", -1), ("float", 4.5), ("str", "8"), ("none", None),
                       ("huge", 2**40), ("true", True), ("list", [4])]:
        # (gen's spawn_key and pool_size reach NumPy as plain JSON: no {"float": ...} values there)
        s.add("ss-construct-pool-" + what, seed_sequence(5, pool_size=pool), [ss_tail, call("pool_size")])

    # ---- random.Random (positional arguments: CPython's C methods take no keywords)
    pr_tail = call("random")
    pr_gen = py_random(31337)
    pr_methods = [
        ("getrandbits", [("k", 8, "pnum")]),
        ("randbytes", [("n", 3, "pnum")]),
        ("randrange", [("start", 0, "pnum"), ("stop", 10, "pnum"), ("step", 1, "pnum")]),
        ("randint", [("a", 1, "pnum"), ("b", 6, "pnum")]),
        ("choice", [("seq", [1, 2, 3], "seq")]),
        ("shuffle", [("x", [1, 2, 3], "seq")]),
        ("sample", [("population", [1, 2, 3, 4], "seq"), ("k", 2, "pnum")]),
        ("choices", [("population", [1, 2, 3], "seq"), ("weights", None, "seqnum")]),
        ("uniform", [("a", 0.0, "pnum"), ("b", 1.0, "pnum")]),
        ("triangular", [("low", 0.0, "pnum"), ("high", 1.0, "pnum"), ("mode", 0.5, "pnum")]),
        ("gauss", [("mu", 0.0, "pnum"), ("sigma", 1.0, "pnum")]),
        ("normalvariate", [("mu", 0.0, "pnum"), ("sigma", 1.0, "pnum")]),
        ("lognormvariate", [("mu", 0.0, "pnum"), ("sigma", 1.0, "pnum")]),
        ("expovariate", [("lambd", 1.0, "pnum")]),
        ("vonmisesvariate", [("mu", 0.0, "pnum"), ("kappa", 1.0, "pnum")]),
        ("gammavariate", [("alpha", 2.0, "pnum"), ("beta", 1.0, "pnum")]),
        ("betavariate", [("alpha", 2.0, "pnum"), ("beta", 3.0, "pnum")]),
        ("paretovariate", [("alpha", 2.0, "pnum")]),
        ("weibullvariate", [("alpha", 1.0, "pnum"), ("beta", 2.0, "pnum")]),
        ("binomialvariate", [("n", 5, "pnum"), ("p", 0.5, "pnum")]),
        ("seed", [("a", 1, "pnum")]),
    ]
    # CPython computes with these, so no values whose computation is huge (choices(k=2**40)
    # loops), no NaN seeds (hash(nan) is the object's id), and none of CPython's endless loops
    pr_numbers = [(w, v) for (w, v) in BI_NUMBERS if w not in ("intarray", "u64array", "boolarray", "emptyarray",
                                                              "array2d")]
    pr_pools = {"pnum": pr_numbers, "seq": [(w, v) for (w, v) in BI_SEQUENCES if "array" not in w],
                "seqnum": pr_numbers}
    for method, params in pr_methods:
        for i, (pname, good, kind) in enumerate(params):
            for what, bad in pr_pools[kind]:
                if method == "seed" and what in ("nan", "nanlist", "none"):
                    continue  # hash(nan) is the object's id; None is OS entropy
                if (method, pname, what) in PR_ENDLESS:
                    continue
                args = [p[1] for p in params[:i]] + [bad] + [p[1] for p in params[i + 1:] if p[1] is not None]
                one("py", pr_gen, method, args, {}, pr_tail, pname + "-" + what)
    for what, bad in bi_pick(s.rng, pr_numbers, 14):
        one("py", pr_gen, "choices", [[1, 2, 3]], {"k": bad} if bad not in (2**100, 2**63, 2**64) else {"k": -1},
            pr_tail, "k-" + what)
        one("py", pr_gen, "choices", [[1, 2, 3]], {"cum_weights": bad}, pr_tail, "cumweights-" + what)
        one("py", pr_gen, "sample", [[1, 2, 3]], {"k": 2, "counts": bad}, pr_tail, "counts-" + what)
    for what, st in [("int", 5), ("str", "x"), ("none", None), ("emptylist", []), ("list1", [3]),
                     ("version1", [1, [0] * 625, None]), ("version4", [4, [0] * 625, None]),
                     ("short", [3, [0] * 10, None]), ("pos625", [3, [0] * 624 + [625], None]),
                     ("posneg", [3, [0] * 624 + [-1], None]), ("wordneg", [3, [-1] * 624 + [624], None]),
                     ("wordhuge", [3, [2**32] * 624 + [624], None]), ("wordfloat", [3, [0.5] * 624 + [624], None]),
                     ("gaussstr", [3, [0] * 624 + [624], "x"]), ("gaussbig", [3, [0] * 624 + [624], 2**70]),
                     ("vstr", ["3", [0] * 625, None]), ("statestr", [3, "abc", None]),
                     ("statelist", [3, [[0]] * 625, None]), ("two", [3, [0] * 625])]:
        one("py", pr_gen, "setstate", [st], {}, pr_tail, "state-" + what)
    # CPython's arithmetic order: sample's counts summed before k is checked; uniform draws, then overflows
    for what, args, kw in [("counts-e20", [[1]], {"k": 2, "counts": [10**20]}),
                           ("counts-e20neg", [[1, 2]], {"k": 1, "counts": [10**20, -1]}),
                           ("counts-e20big", [[1, 2]], {"k": 3, "counts": [10**20, 10**20]})]:
        s.add("py-sample-" + what, pr_gen, [call("sample", *args, **kw), pr_tail])
    for what, args in [("a-p1024", [2**1024, 0]), ("b-p1024", [0, 2**1024]), ("ab-p1024", [2**1024, 2**1024])]:
        s.add("py-uniform-" + what, pr_gen, [call("uniform", *args), pr_tail])
    # gauss_next is kept as given (any object): getstate gives it back, gauss() computes mu + z * sigma with it
    for what, z in [("int", 3), ("true", True), ("false", False), ("big", 2**70), ("huge", 2**1100), ("str", "x"),
                    ("list", [1]), ("dict", {"a": 1}), ("float", 0.5)]:
        s.add("py-setstate-gaussnext-" + what, pr_gen,
              [call("setstate", [3, [0] * 624 + [624], z]), call("getstate"), call("gauss", 1.0, 2.0),
               call("getstate"), call("gauss"), pr_tail])
    for what, seed in [("list", [1, 2]), ("dict", {"a": 1}), ("inf", BI_INF), ("ninf", BI_NINF), ("negzero", -0.0),
                       ("true", True), ("huge", 2**1000), ("neghuge", -(2**1000)), ("range", {"range": [0, 3, 1]}),
                       ("emptystr", ""), ("bytes", {"bytes": "00"})]:
        s.add("py-construct-" + what, py_random(seed), [pr_tail])
        one("py", pr_gen, "seed", [seed, 1], {}, pr_tail, "v1-" + what)
    # a str seeded with a version other than 1 and 2 goes to hash(str), which PYTHONHASHSEED
    # randomizes: those versions only with an int seed (which ignores the version)
    for what, v in [("float", 2.0), ("true", True), ("floatone", 1.0)]:
        one("py", pr_gen, "seed", ["abc", v], {}, pr_tail, "version-" + what)
    for what, v in [("three", 3), ("zero", 0), ("str", "2"), ("none", None), ("float", 2.5)]:
        one("py", pr_gen, "seed", [5, v], {}, pr_tail, "version-" + what)
    # every method with a size, given an empty size with an axis past 2**31-1: NumPy's empty array
    # (after the parameter checks, nothing drawn); last, so the sampled cases above stay as they were
    pcg = {"type": "Generator", "bit_generator": "PCG64", "seed": 2024}
    for api, gen, tail, methods in (("rs", rs_gen, rs_tail, rs_methods), ("gen", pcg, g_tail, g_methods)):
        for method, params in methods:
            if not any(p[0] == "size" for p in params):
                continue
            at = [p[0] for p in params].index("size")
            args = [p[1] for p in params[:at] if p[1] is not None]
            later = {p[0]: p[1] for p in params[at + 1:] if p[1] is not None}
            for what, size in (("tibzero", [2**40, 0]), ("zerotib", [0, 2**40])):
                one(api, gen, method, args, dict({"size": size}, **later), tail, "emptybig-" + what)
            if later:  # a later parameter given twice: Cython's "multiple values for keyword argument"
                one(api, gen, method, args + [None] + list(later.values()), {"size": 2}, tail, "sizetwice")
    one("gen", pcg, "standard_gamma", [2.0], {"size": [2**40, 0], "dtype": "float32"}, g_tail, "emptybig-f32")
    one("gen", pcg, "random", [], {"size": [0, 2**40], "dtype": "float32"}, g_tail, "emptybig-f32")
    one("gen", pcg, "standard_exponential", [], {"size": [0, 2**40], "dtype": "float32"}, g_tail, "emptybig-f32")
    return s


def numpy_gen_tests_suite():
    """NumPy 2.4.6's own Generator tests as cases: numpy_tests/port_gen.jsonl, written by
    numpy_tests/port_gen_tests.py (which runs the tests under recording Generator / bit generator proxies; see its
    docstring and numpy_tests/README.md). Copied here in order, the ids re-derived and checked."""
    s = Suite("numpy_gen_tests")
    with open(os.path.join(HERE, "numpy_tests", "port_gen.jsonl"), encoding="utf-8") as f:
        for line in f:
            case = json.loads(line)
            what = case["id"][len("numpy_gen_tests-"):].rsplit("-", 1)[0]
            s.add(what, case["gen"], case["calls"])
            if s.cases[-1]["id"] != case["id"]:
                raise SystemExit("numpy_tests/port_gen.jsonl: case %s out of order" % case["id"])
    return s



# ---------------------------------------------------------------- sklearn (protocol version 2)

SK_RELEASES = {"sklearn": "1.9.1", "sklearn_1_6": "1.6.1", "sklearn_1_2": "1.2.1"}
SK_WORDS = ["ant", "bee", "cat", "dog", "eel", "Emu", "émile", "zebra", "Zebra", "b", "a", "aa", "\u00e9t\u00e9", "\U0001d11e"]


class SkSuite(Suite):
    """A scikit-learn suite for one release: every gen carries the release (none for 1.9.1)."""

    def __init__(self, name):
        Suite.__init__(self, name)
        self.release = SK_RELEASES[name]
        self.scale = 1.0 if self.release == "1.9.1" else 0.5

    def reps(self, n):
        return max(1, int(round(n * self.scale)))

    def gen(self, splitter=None, params=None):
        g = {"type": "sklearn"}
        if splitter is not None:
            g["splitter"] = splitter
            g["params"] = params if params is not None else {}
        if self.release != "1.9.1":
            g["sklearn_version"] = self.release
        return g

    def seed(self):
        return self.rng.getrandbits(32)


def sk_x(s, n, mode=None):
    """X: only its length matters to the splitters; usually a (n, 0) array, sometimes data or a list."""
    mode = mode or s.rng.choice(["empty", "empty", "empty", "real", "list"])
    if mode == "empty":
        return ndarray("float64", [], [n, 0])
    if mode == "list":
        return list(range(n))
    return ndarray("float64", [round(s.rng.uniform(-9, 9), 3) for _ in range(2 * n)], [n, 2])


def sk_labels(s, n, k=None, kind=None, imbalance=None):
    """Class labels: k classes (balanced, or imbalanced by geometric weights), as int64, str, float, bool or a list."""
    k = k or s.rng.choice([2, 2, 3, 3, 4, 5, 7])
    imbalance = s.rng.choice([1.0, 1.0, 0.5, 0.25]) if imbalance is None else imbalance
    weights = [imbalance ** i for i in range(k)]
    codes = s.rng.choices(range(k), weights=weights, k=n)
    kind = kind or s.rng.choice(["int", "int", "int", "str", "float", "neg", "list"])
    return sk_encode(s, codes, kind)


def sk_encode(s, codes, kind):
    k = max(codes) + 1 if codes else 1
    if kind == "int":
        return ndarray("int64", codes)
    if kind == "neg":
        vals = s.rng.sample([-7, -1, 0, 3, 10, 2**40, -2**40, 99], min(k, 8)) if k <= 8 else list(range(k))
        return ndarray("int64", [vals[c] for c in codes])
    if kind == "float":
        vals = s.rng.sample([0.0, 1.0, 2.0, -3.0, 7.0, 100.0, 4.0, 5.0], min(k, 8)) if k <= 8 else [float(c) for c in range(k)]
        return ndarray("float64", [vals[c] for c in codes])
    if kind == "bool":
        return ndarray("bool", [bool(c % 2) for c in codes])
    if kind == "str":
        words = s.rng.sample(SK_WORDS, min(k, len(SK_WORDS))) if k <= len(SK_WORDS) else ["g%03d" % c for c in range(k)]
        data = [words[c] for c in codes]
        return ndarray("<U%d" % max([len(w) for w in data] + [1]), data)
    if kind == "list":
        return list(codes)
    if kind == "strlist":
        return ["c%d" % c for c in codes]
    raise ValueError(kind)


def sk_groups(s, n, n_groups=None, kind=None, equal=None):
    """Group labels: n_groups groups, sizes equal (ties) or random, as int64 or str."""
    n_groups = n_groups or s.rng.randint(2, max(2, min(n, 30)))
    n_groups = min(n_groups, n)
    equal = s.rng.random() < 0.4 if equal is None else equal
    if equal:
        codes = [i % n_groups for i in range(n)]
        s.rng.shuffle(codes)
    else:
        codes = list(range(n_groups)) + [s.rng.randrange(n_groups) for _ in range(n - n_groups)]
        s.rng.shuffle(codes)
    kind = kind or s.rng.choice(["int", "int", "int", "str", "perm"])
    if kind == "perm":  # group ids that are not 0..G-1, in a scrambled order
        ids = s.rng.sample(range(-50, 10000), n_groups)
        return ndarray("int64", [ids[c] for c in codes])
    return sk_encode(s, codes, kind)


def sk_rs(s, shared=False):
    """A random_state: an int, None, or (shared) {"RandomState": S}."""
    r = s.rng.random()
    if shared or r < 0.2:
        return {"RandomState": s.seed()}
    if r < 0.3:
        return s.rng.choice([0, 1, 42, 2**32 - 1])
    return s.seed()


def sk_split_calls(s, X, y=None, groups=None, repeat=1, seed_global=None, extra=None):
    kwargs = {}
    if y is not None:
        kwargs["y"] = y
    if groups is not None:
        kwargs["groups"] = groups
    calls = []
    if seed_global is not None:
        calls.append(call("np.random.seed", seed_global))
    for _ in range(repeat):
        calls.append(call("split", X, **kwargs))
    calls.append(call("get_n_splits", X, **kwargs))
    calls.append(call("warnings"))
    return calls + (extra or [])


def sk_kfold_like(s, name, needs_y=False, needs_groups=False):
    """Many sizes, fold counts and seeds for KFold / StratifiedKFold (int seeds, a shared instance, the global state)."""
    for _ in range(s.reps(40)):
        n = s.rng.choice([s.rng.randint(2, 12), s.rng.randint(10, 60), s.rng.randint(50, 400)])
        k = s.rng.randint(2, min(10, n))
        shuffle = s.rng.random() < 0.75
        params = {"n_splits": k, "shuffle": shuffle}
        repeat = 1
        seed_global = None
        if shuffle:
            r = s.rng.random()
            if r < 0.25:
                params["random_state"] = {"RandomState": s.seed()}
                repeat = 3
            elif r < 0.35:
                seed_global = s.seed()
                repeat = 2
            else:
                params["random_state"] = sk_rs(s)
                repeat = s.rng.choice([1, 2])
        y = sk_labels(s, n) if needs_y else None
        groups = sk_groups(s, n) if needs_groups else None
        if needs_y and s.rng.random() < 0.5:
            # make every class at least k strong sometimes (no warning)
            y = sk_encode(s, [i % s.rng.randint(2, 4) for i in range(n)], s.rng.choice(["int", "str"]))
        s.add(name, s.gen(name, params), sk_split_calls(s, sk_x(s, n), y, groups, repeat, seed_global))


def sk_splitter_suite(s):
    X = sk_x
    # ---- KFold
    sk_kfold_like(s, "KFold")
    s.add("KFold-defaults", s.gen("KFold"), sk_split_calls(s, X(s, 23)))
    s.add("KFold-positional", s.gen("KFold", {"n_splits": 3}), [call("split", X(s, 10), None, None), call("get_n_splits")])
    for bad in ({"n_splits": 1}, {"n_splits": 0}, {"n_splits": -2}, {"n_splits": 2.0}, {"n_splits": True},
                {"n_splits": "3"}, {"n_splits": 3, "shuffle": 1}, {"n_splits": 3, "shuffle": "yes"},
                {"n_splits": 3, "random_state": 1}, {"n_splits": 3, "random_state": {"RandomState": 5}},
                {"n_splits": 3, "shuffle": False, "random_state": 0}, {"n_splits": 3, "foo": 1}):
        s.add("KFold-bad-params", s.gen("KFold", bad), [call("split", X(s, 10))])
    for params, n in (({"n_splits": 5}, 3), ({"n_splits": 11}, 10), ({"n_splits": 2}, 1), ({"n_splits": 2}, 0)):
        s.add("KFold-bad-n", s.gen("KFold", params), [call("split", X(s, n, "empty")), call("split", X(s, 12, "empty"))])
    for rs in (1.5, -1, 2**32, 2**40, "abc", True, 0, 2**32 - 1, [1, 2]):
        s.add("KFold-random-state-values", s.gen("KFold", {"n_splits": 3, "shuffle": True, "random_state": rs}),
              [call("split", X(s, 9, "empty")), call("get_n_splits")])
    s.add("KFold-groups-ignored", s.gen("KFold", {"n_splits": 3}),
          [call("split", X(s, 9, "empty"), groups=sk_groups(s, 9)), call("warnings"),
           call("split", X(s, 9, "empty"), y=sk_labels(s, 9)), call("warnings")])
    s.add("KFold-inconsistent", s.gen("KFold", {"n_splits": 3}),
          [call("split", X(s, 9, "empty"), y=ndarray("int64", [0] * 8)),
           call("split", X(s, 9, "empty"), y=ndarray("int64", [0] * 9), groups=ndarray("int64", [0] * 10))])

    # ---- StratifiedKFold
    sk_kfold_like(s, "StratifiedKFold", needs_y=True)
    for _ in range(s.reps(12)):  # strongly imbalanced classes: warnings
        n = s.rng.randint(8, 80)
        k = s.rng.randint(3, 8)
        codes = [0] * (n - 3) + [1, 1, 2]
        s.rng.shuffle(codes)
        y = sk_encode(s, codes, s.rng.choice(["int", "str", "float"]))
        s.add("StratifiedKFold-small-class", s.gen("StratifiedKFold", {"n_splits": k, "shuffle": True, "random_state": s.seed()}),
              sk_split_calls(s, X(s, n), y))
    for kind in ("int", "str", "float", "bool", "neg", "list", "strlist"):
        n = s.rng.randint(20, 60)
        s.add("StratifiedKFold-label-kinds", s.gen("StratifiedKFold", {"n_splits": 3, "shuffle": True, "random_state": s.seed()}),
              sk_split_calls(s, X(s, n), sk_labels(s, n, kind=kind)))
    # first-appearance encoding: the same partition under renamed labels gives the same folds
    codes = [s.rng.randrange(4) for _ in range(60)]
    for kind in ("int", "str", "neg"):
        s.add("StratifiedKFold-rename", s.gen("StratifiedKFold", {"n_splits": 4, "shuffle": True, "random_state": 7}),
              sk_split_calls(s, X(s, 60), sk_encode(s, codes, kind)))
    s.add("StratifiedKFold-column", s.gen("StratifiedKFold", {"n_splits": 3}),
          sk_split_calls(s, X(s, 12), ndarray("int64", [i % 3 for i in range(12)], [12, 1])))
    s.add("StratifiedKFold-one-class", s.gen("StratifiedKFold", {"n_splits": 3}), sk_split_calls(s, X(s, 7), ndarray("int64", [4] * 7)))
    bad_y = [ndarray("float64", [0.5 * i for i in range(10)]),                      # continuous
             ndarray("int64", [i % 2 for i in range(20)], [10, 2]),                # multilabel-indicator
             ndarray("int64", [i % 5 for i in range(20)], [10, 2]),                # multiclass-multioutput
             ndarray("float64", [0.0, 1.0, {"float": "nan"}] + [1.0] * 7),         # NaN
             ndarray("float64", [0.0, 1.0, {"float": "inf"}] + [1.0] * 7),         # inf
             ndarray("float64", [0.0, 1.5, {"float": "-inf"}] + [1.0] * 7),
             ndarray("int64", [0] * 9 + [1]),                                      # all classes < k? no: warning
             ndarray("int64", [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]),                     # every class < k
             ndarray("int64", [])]
    for y in bad_y:
        n = y["shape"][0] if y["shape"][0] else 10
        s.add("StratifiedKFold-bad-y", s.gen("StratifiedKFold", {"n_splits": 3}), [call("split", X(s, n, "empty"), y), call("warnings")])
    s.add("StratifiedKFold-bad-y", s.gen("StratifiedKFold", {"n_splits": 3}), [call("split", X(s, 10, "empty"))])
    s.add("StratifiedKFold-bad-y", s.gen("StratifiedKFold", {"n_splits": 3}), [call("split", X(s, 10, "empty"), None)])
    s.add("StratifiedKFold-bad-y", s.gen("StratifiedKFold", {"n_splits": 3}),
          [call("split", X(s, 10, "empty"), ndarray("int64", [0, 1] * 4)), call("split", X(s, 2, "empty"), ndarray("int64", [0, 1]))])
    s.add("StratifiedKFold-groups-ignored", s.gen("StratifiedKFold", {"n_splits": 2}),
          [call("split", X(s, 8, "empty"), ndarray("int64", [0, 1] * 4), sk_groups(s, 8)), call("warnings")])

    # ---- GroupKFold
    for _ in range(s.reps(40)):
        n = s.rng.choice([s.rng.randint(4, 30), s.rng.randint(30, 300)])
        g = sk_groups(s, n, n_groups=s.rng.choice([s.rng.randint(2, 16), s.rng.randint(17, 60)]))
        n_groups = len(set(g["data"] if isinstance(g, dict) else g))
        k = s.rng.randint(2, max(2, min(6, n_groups)))
        s.add("GroupKFold", s.gen("GroupKFold", {"n_splits": k}), sk_split_calls(s, X(s, n), None, g))
    # ties: many equal-size groups (NumPy's unstable sorts differ here: introsort from 17 groups, SIMD from 2)
    for G, per in ((5, 3), (16, 2), (17, 2), (20, 3), (24, 1), (40, 2), (64, 3), (100, 1), (257, 2), (300, 1), (600, 1)):
        codes = [i % G for i in range(G * per)]
        s.rng.shuffle(codes)
        for k in (2, 3, 5):
            s.add("GroupKFold-ties", s.gen("GroupKFold", {"n_splits": k}),
                  [call("split", X(s, G * per, "empty"), groups=ndarray("int64", codes))])
    for _ in range(s.reps(10)):  # tie-heavy mixtures of sizes
        G = s.rng.choice([18, 33, 70, 130, 280])
        sizes = [s.rng.choice([1, 2, 2, 3, 3, 3]) for _ in range(G)]
        codes = [g for g in range(G) for _ in range(sizes[g])]
        s.rng.shuffle(codes)
        s.add("GroupKFold-ties-mixed", s.gen("GroupKFold", {"n_splits": s.rng.randint(2, 7)}),
              [call("split", X(s, len(codes), "empty"), groups=sk_groups_from(s, codes))])
    for _ in range(s.reps(8)):  # large: hundreds of groups of a few sizes (SIMD sort: partitions and std::sort)
        G = s.rng.randint(200, 2000)
        sizes = [s.rng.choice([1, 1, 2, 2, 3, s.rng.randint(1, 9)]) for _ in range(G)]
        codes = [g for g in range(G) for _ in range(sizes[g])]
        s.rng.shuffle(codes)
        s.add("GroupKFold-large", s.gen("GroupKFold", {"n_splits": s.rng.randint(2, 10)}),
              [call("split", X(s, len(codes), "empty"), groups=ndarray("int64", codes))])
    for _ in range(s.reps(12)):  # shuffle (1.6+; a TypeError in 1.2)
        n = s.rng.randint(10, 200)
        g = sk_groups(s, n)
        n_groups = len(set(g["data"] if isinstance(g, dict) else g))
        k = s.rng.randint(2, max(2, min(6, n_groups)))
        rs = sk_rs(s)
        s.add("GroupKFold-shuffle", s.gen("GroupKFold", {"n_splits": k, "shuffle": True, "random_state": rs}),
              sk_split_calls(s, X(s, n), None, g, repeat=3 if isinstance(rs, dict) else 1))
    s.add("GroupKFold-shuffle-global", s.gen("GroupKFold", {"n_splits": 3, "shuffle": True}),
          sk_split_calls(s, X(s, 30), None, sk_groups(s, 30, 9), repeat=2, seed_global=s.seed()))
    s.add("GroupKFold-bad", s.gen("GroupKFold", {"n_splits": 3}), [call("split", X(s, 10, "empty"))])
    s.add("GroupKFold-bad", s.gen("GroupKFold", {"n_splits": 3}), [call("split", X(s, 10, "empty"), groups=ndarray("int64", [1] * 5 + [2] * 5))])
    s.add("GroupKFold-bad", s.gen("GroupKFold", {"n_splits": 3}),
          [call("split", X(s, 6, "empty"), groups=ndarray("float64", [1.0, 2.0, {"float": "nan"}, 3.0, 1.0, 2.0]))])
    s.add("GroupKFold-bad", s.gen("GroupKFold", {"n_splits": 3}), [call("split", X(s, 6, "empty"), groups=ndarray("int64", [1, 2, 3, 1, 2]))])
    s.add("GroupKFold-bad", s.gen("GroupKFold", {"n_splits": 3, "shuffle": False, "random_state": 3}), [call("split", X(s, 6, "empty"))])
    s.add("GroupKFold-float-groups", s.gen("GroupKFold", {"n_splits": 2}),
          [call("split", X(s, 8, "empty"), groups=ndarray("float64", [0.5, 0.5, 1.5, 2.0, 2.0, 2.0, -1.0, 1.5]))])

    # ---- StratifiedGroupKFold
    for _ in range(s.reps(40)):
        n = s.rng.choice([s.rng.randint(10, 40), s.rng.randint(40, 300)])
        g = sk_groups(s, n, n_groups=s.rng.randint(3, 40), kind=s.rng.choice(["int", "str", "perm"]))
        n_groups = len(set(g["data"]))
        k = s.rng.randint(2, max(2, min(6, n_groups)))
        shuffle = s.rng.random() < 0.6
        params = {"n_splits": k, "shuffle": shuffle}
        repeat = 1
        if shuffle:
            params["random_state"] = sk_rs(s)
            repeat = 2 if isinstance(params["random_state"], dict) else 1
        y = sk_labels(s, n, kind=s.rng.choice(["int", "str", "float"]))
        s.add("StratifiedGroupKFold", s.gen("StratifiedGroupKFold", params), sk_split_calls(s, X(s, n), y, g, repeat))
    for _ in range(s.reps(6)):  # one class, many classes, and more folds than C
        n = s.rng.randint(30, 120)
        g = sk_groups(s, n, n_groups=s.rng.randint(8, 20), kind="int")
        y = sk_labels(s, n, k=s.rng.choice([1, 9, 12]), kind="int")
        s.add("StratifiedGroupKFold-classes", s.gen("StratifiedGroupKFold", {"n_splits": s.rng.choice([3, 8]), "shuffle": True, "random_state": s.seed()}),
              sk_split_calls(s, X(s, n), y, g))
    for _ in range(s.reps(16)):  # larger: many groups, up to 20 classes, rare classes (exact float ties matter)
        n = s.rng.randint(100, 600)
        G = s.rng.randint(10, 150)
        codes = list(range(G)) + [s.rng.randrange(G) for _ in range(n - G)]
        s.rng.shuffle(codes)
        C = s.rng.choice([2, 3, 5, 10, 20])
        y = s.rng.choices(range(C), weights=[s.rng.choice([1, 0.2, 0.05]) for _ in range(C)], k=n)
        for c in range(C):
            y[s.rng.randrange(n)] = c
        params = {"n_splits": s.rng.randint(2, 8), "shuffle": s.rng.random() < 0.6}
        if params["shuffle"]:
            params["random_state"] = s.seed()
        s.add("StratifiedGroupKFold-large", s.gen("StratifiedGroupKFold", params),
              [call("split", X(s, n, "empty"), ndarray("int64", y), ndarray("int64", codes)), call("warnings")])
    s.add("StratifiedGroupKFold-positional", s.gen("StratifiedGroupKFold", {"n_splits": 3}),
          [call("split", X(s, 12, "empty"), ndarray("int64", [0, 1] * 6), ndarray("int64", [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]))])
    for y, g, k in ((ndarray("int64", [0, 1] * 5), ndarray("int64", [1] * 5 + [2] * 5), 3),          # fewer groups than folds
                    (ndarray("int64", [0, 1] * 6), ndarray("int64", [1, 1, 2, 2, 3, 3, 1, 1, 2, 2, 3, 3]), 3),
                    (ndarray("float64", [0.5 * i for i in range(10)]), ndarray("int64", list(range(10))), 3),
                    (ndarray("int64", [0] * 9 + [1]), ndarray("int64", list(range(10))), 3),          # warning
                    (ndarray("int64", [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]), ndarray("int64", list(range(10))), 3)):
        for shuffle in (False, True):
            params = {"n_splits": k, "shuffle": shuffle}
            if shuffle:
                params["random_state"] = 0
            s.add("StratifiedGroupKFold-bad", s.gen("StratifiedGroupKFold", params),
                  [call("split", X(s, y["shape"][0], "empty"), y, g), call("warnings")])
    s.add("StratifiedGroupKFold-bad", s.gen("StratifiedGroupKFold", {"n_splits": 3}),
          [call("split", X(s, 10, "empty"), ndarray("int64", [0, 1] * 5))])

    # ---- ShuffleSplit
    sizes = [(None, None), (0.1, None), (0.25, None), (None, 0.5), (0.2, 0.5), (3, None), (None, 4), (2, 5),
             (0.07, None), (None, 0.29), (0.3, 0.7), (0.33, 0.33), (1, None), (0.999, None), (0.001, None)]
    for _ in range(s.reps(30)):
        n = s.rng.choice([s.rng.randint(5, 20), 100, s.rng.randint(20, 500)])
        test, train = s.rng.choice(sizes)
        params = {"n_splits": s.rng.randint(1, 6)}
        if test is not None:
            params["test_size"] = test
        if train is not None:
            params["train_size"] = train
        rs = sk_rs(s)
        params["random_state"] = rs
        s.add("ShuffleSplit", s.gen("ShuffleSplit", params), sk_split_calls(s, X(s, n), repeat=2 if isinstance(rs, dict) else 1))
    s.add("ShuffleSplit-global", s.gen("ShuffleSplit", {"n_splits": 3}), sk_split_calls(s, X(s, 40), repeat=2, seed_global=s.seed()))
    s.add("ShuffleSplit-n-splits", s.gen("ShuffleSplit", {"n_splits": 0, "random_state": 0}), sk_split_calls(s, X(s, 10)))
    # every _validate_shuffle_split message
    for test, train, n in ((1.0, None, 10), (0.0, None, 10), (10, None, 10), (0, None, 10), (-1, None, 10), (-0.5, None, 10),
                           (None, 1.0, 10), (None, 10, 10), (None, 0, 10), (True, None, 10), (None, False, 10),
                           ("a", None, 10), (None, "b", 10), (0.6, 0.6, 10), (0.5, 0.6, 10), (8, 5, 10), (0.5, 6, 10),
                           (None, None, 1), (0.9, None, 5), (None, 0.05, 10), (2**63, None, 10), (1e-300, None, 10),
                           ({"float": "inf"}, None, 10), (None, {"float": "nan"}, 10)):
        params = {"n_splits": 2, "random_state": 0}
        if test is not None:
            params["test_size"] = test
        if train is not None:
            params["train_size"] = train
        s.add("ShuffleSplit-sizes", s.gen("ShuffleSplit", params), [call("split", X(s, n, "empty")), call("get_n_splits")])
    s.add("ShuffleSplit-groups-ignored", s.gen("ShuffleSplit", {"n_splits": 2, "random_state": 1}),
          [call("split", X(s, 8, "empty"), groups=ndarray("int64", [1] * 8)), call("warnings")])
    for rs in (1.5, -3, "seed"):
        s.add("ShuffleSplit-bad-random-state", s.gen("ShuffleSplit", {"n_splits": 2, "random_state": rs}),
              [call("split", X(s, 8, "empty")), call("split", X(s, 1, "empty"))])

    # ---- StratifiedShuffleSplit
    for _ in range(s.reps(30)):
        n = s.rng.choice([s.rng.randint(20, 60), s.rng.randint(60, 400)])
        test, train = s.rng.choice([(None, None), (0.2, None), (0.4, None), (None, 0.5), (0.25, 0.5), (0.33, None), (15, None), (None, 30)])
        params = {"n_splits": s.rng.randint(1, 5)}
        if test is not None:
            params["test_size"] = test
        if train is not None:
            params["train_size"] = train
        rs = sk_rs(s)
        params["random_state"] = rs
        codes = [s.rng.randrange(s.rng.choice([2, 3, 5])) for _ in range(n)]
        codes[:4] = [0, 0, 1, 1]
        kind = s.rng.choice(["int", "int", "str", "float", "neg", "list"])
        y = sk_encode(s, codes, kind)
        s.add("StratifiedShuffleSplit", s.gen("StratifiedShuffleSplit", params),
              sk_split_calls(s, X(s, n), y, repeat=2 if isinstance(rs, dict) else 1))
    for _ in range(s.reps(8)):  # 2-d y: a class per distinct row
        n = s.rng.randint(30, 100)
        rows = [[s.rng.randrange(2), s.rng.randrange(2)] for _ in range(n)]
        for r in ([0, 0], [0, 0], [1, 1], [1, 1], [0, 1], [0, 1], [1, 0], [1, 0]):
            rows.append(r)
        flat = [v for r in rows for v in r]
        y = ndarray(s.rng.choice(["int64", "float64"]), [float(v) for v in flat] if s.rng.random() < 0.5 else flat, [len(rows), 2])
        if y["dtype"] == "int64":
            y["data"] = [int(v) for v in y["data"]]
        else:
            y["data"] = [float(v) for v in y["data"]]
        s.add("StratifiedShuffleSplit-2d", s.gen("StratifiedShuffleSplit", {"n_splits": 2, "test_size": 0.3, "random_state": s.seed()}),
              sk_split_calls(s, X(s, len(rows)), y))
    for _ in range(s.reps(10)):  # many classes: _approximate_mode's ties are broken by draws
        n = s.rng.randint(100, 800)
        C = s.rng.choice([7, 15, 30])
        y = [s.rng.randrange(C) for _ in range(n)]
        for c in range(C):
            y[2 * c] = y[2 * c + 1] = c
        params = {"n_splits": s.rng.randint(1, 4), "random_state": s.seed()}
        ts = s.rng.choice([None, 0.1, 0.25, 0.77, C, C + 3])
        if ts is not None:
            params["test_size"] = ts
        s.add("StratifiedShuffleSplit-many-classes", s.gen("StratifiedShuffleSplit", params),
              [call("split", X(s, n, "empty"), ndarray("int64", y))])
    for y, params in ((ndarray("int64", [0] * 9 + [1]), {}),
                      (ndarray("int64", [0] * 8 + [1, 2]), {}),
                      (ndarray("<U1", ["a"] * 9 + ["b"]), {}),
                      (ndarray("float64", [0.5] * 9 + [1.5]), {}),
                      (ndarray("int64", [0] * 5 + [1] * 3 + [2] * 2), {"test_size": 0.1}),
                      (ndarray("int64", [0] * 5 + [1] * 3 + [2] * 2), {"test_size": 0.2, "train_size": 0.1}),
                      (ndarray("int64", [0] * 5 + [1] * 5), {"test_size": 1.2}),
                      (ndarray("float64", [0.0] * 5 + [{"float": "nan"}] * 5), {}),
                      (ndarray("int64", []), {})):
        params = dict(params, n_splits=2, random_state=0)
        n = y["shape"][0] or 10
        s.add("StratifiedShuffleSplit-bad", s.gen("StratifiedShuffleSplit", params), [call("split", X(s, n, "empty"), y)])
    s.add("StratifiedShuffleSplit-bad", s.gen("StratifiedShuffleSplit", {"n_splits": 2}), [call("split", X(s, 10, "empty"))])
    s.add("StratifiedShuffleSplit-bad", s.gen("StratifiedShuffleSplit", {"n_splits": 2, "random_state": 0}),
          [call("split", X(s, 10, "empty"), ndarray("int64", [0, 1] * 4))])
    s.add("StratifiedShuffleSplit-groups-ignored", s.gen("StratifiedShuffleSplit", {"n_splits": 1, "random_state": 3}),
          [call("split", X(s, 10, "empty"), ndarray("int64", [0, 1] * 5), ndarray("int64", [0] * 10)), call("warnings")])

    # ---- GroupShuffleSplit
    for _ in range(s.reps(25)):
        n = s.rng.randint(10, 300)
        g = sk_groups(s, n, n_groups=s.rng.randint(5, 40))
        test, train = s.rng.choice([(None, None), (0.3, None), (2, None), (None, 0.5), (0.2, 0.6), (None, 3)])
        params = {"n_splits": s.rng.randint(1, 6)}
        if test is not None:
            params["test_size"] = test
        if train is not None:
            params["train_size"] = train
        rs = sk_rs(s)
        params["random_state"] = rs
        s.add("GroupShuffleSplit", s.gen("GroupShuffleSplit", params), sk_split_calls(s, X(s, n), None, g, repeat=2 if isinstance(rs, dict) else 1))
    s.add("GroupShuffleSplit-bad", s.gen("GroupShuffleSplit", {"random_state": 0}), [call("split", X(s, 10, "empty"))])
    s.add("GroupShuffleSplit-bad", s.gen("GroupShuffleSplit", {"test_size": 2, "random_state": 0}),
          [call("split", X(s, 10, "empty"), groups=ndarray("int64", [1] * 5 + [2] * 5))])
    s.add("GroupShuffleSplit-bad", s.gen("GroupShuffleSplit", {"random_state": 0}),
          [call("split", X(s, 4, "empty"), groups=ndarray("int64", [1, 1, 2, 2]))])
    s.add("GroupShuffleSplit-bad", s.gen("GroupShuffleSplit", {"random_state": 0}),
          [call("split", X(s, 4, "empty"), groups=ndarray("float64", [1.0, {"float": "inf"}, 2.0, 2.0]))])

    # ---- RepeatedKFold / RepeatedStratifiedKFold
    for name in ("RepeatedKFold", "RepeatedStratifiedKFold"):
        for _ in range(s.reps(14)):
            n = s.rng.randint(6, 150)
            k = s.rng.randint(2, min(6, n))
            rs = sk_rs(s)
            params = {"n_splits": k, "n_repeats": s.rng.randint(1, 4), "random_state": rs}
            y = None
            if name == "RepeatedStratifiedKFold":
                y = sk_encode(s, [i % s.rng.randint(2, 4) for i in range(n)], s.rng.choice(["int", "str"]))
                if s.rng.random() < 0.3:
                    y = sk_labels(s, n)
            s.add(name, s.gen(name, params), sk_split_calls(s, X(s, n), y, repeat=2 if isinstance(rs, dict) else 1))
        s.add(name + "-global", s.gen(name, {"n_splits": 3, "n_repeats": 2}),
              sk_split_calls(s, X(s, 12), ndarray("int64", [0, 1, 2] * 4) if name.endswith("StratifiedKFold") else None,
                             repeat=2, seed_global=s.seed()))
        for bad in ({"n_repeats": 0}, {"n_repeats": -1}, {"n_repeats": 1.5}, {"n_splits": 1}, {"n_splits": 2.5}, {"shuffle": True}):
            y = ndarray("int64", [0, 1] * 5) if name.endswith("StratifiedKFold") else None
            s.add(name + "-bad", s.gen(name, bad), [call("split", X(s, 10, "empty"), y), call("get_n_splits")])
        s.add(name + "-groups", s.gen(name, {"n_splits": 2, "n_repeats": 2, "random_state": 0}),
              [call("split", X(s, 6, "empty"), ndarray("int64", [0, 1] * 3), ndarray("int64", [1, 1, 2, 2, 3, 3])), call("warnings")])
    s.add("RepeatedStratifiedKFold-bad", s.gen("RepeatedStratifiedKFold", {"n_splits": 2, "random_state": 0}),
          [call("split", X(s, 10, "empty")), call("split", X(s, 10, "empty"), None)])
    s.add("RepeatedStratifiedKFold-small", s.gen("RepeatedStratifiedKFold", {"n_splits": 3, "n_repeats": 3, "random_state": 0}),
          sk_split_calls(s, X(s, 10), ndarray("int64", [0] * 8 + [1] * 2)))

    # ---- LeaveOneOut / LeavePOut
    for n in (2, 3, 7, 15):
        s.add("LeaveOneOut", s.gen("LeaveOneOut"), sk_split_calls(s, X(s, n), extra=[call("get_n_splits", X(s, n + 1))]))
    s.add("LeaveOneOut-bad", s.gen("LeaveOneOut"), [call("split", X(s, 1, "empty")), call("split", X(s, 0, "empty")), call("get_n_splits"),
                                                   call("get_n_splits", None), call("split", X(s, 3, "empty"), groups=[1, 2, 3]), call("warnings")])
    for n, p in ((4, 1), (5, 2), (6, 3), (8, 2), (7, 6)):
        s.add("LeavePOut", s.gen("LeavePOut", {"p": p}), sk_split_calls(s, X(s, n)))
    s.add("LeavePOut-count", s.gen("LeavePOut", {"p": 50}),
          [call("get_n_splits", X(s, 100, "empty")), call("get_n_splits", X(s, 30, "empty")), call("get_n_splits", X(s, 50, "empty"))])
    s.add("LeavePOut-bad", s.gen("LeavePOut", {"p": 3}), [call("split", X(s, 3, "empty")), call("split", X(s, 2, "empty")), call("get_n_splits")])
    s.add("LeavePOut-bad", s.gen("LeavePOut", {"p": 0}), [call("split", X(s, 3, "empty")), call("get_n_splits", X(s, 3, "empty"))])
    s.add("LeavePOut-bad", s.gen("LeavePOut"), [call("split", X(s, 3, "empty"))])

    # ---- LeaveOneGroupOut / LeavePGroupsOut
    for _ in range(s.reps(8)):
        n = s.rng.randint(4, 60)
        g = sk_groups(s, n, n_groups=s.rng.randint(2, 9), kind=s.rng.choice(["int", "str", "perm"]))
        s.add("LeaveOneGroupOut", s.gen("LeaveOneGroupOut"), sk_split_calls(s, X(s, n), None, g))
        s.add("LeavePGroupsOut", s.gen("LeavePGroupsOut", {"n_groups": s.rng.randint(1, 3)}), sk_split_calls(s, X(s, n), None, g))
    msgs = [ndarray("int64", [1] * 5), ndarray("<U1", ["a"] * 4), ndarray("float64", [2.5] * 3),
            ndarray("int64", [1, 2, 2, 1]), ndarray("<U1", ["a", "b", "b"]), ndarray("float64", [1.0, 2.5, 1.0]),
            ndarray("int64", list(range(40)) + [3]), ndarray("int64", [10**6 + i for i in range(30)]),
            ndarray("float64", [0.001, 1000.0, 2.0]), ndarray("bool", [True, False, True]),
            ndarray("int64", [-5, 100, 7, 7]), ndarray("<U7", ["apple", "banana", "cherry", "apple"])]
    for g in msgs:
        n = g["shape"][0]
        ng = len(set(json.dumps(v) for v in g["data"]))
        s.add("LeaveOneGroupOut-bad", s.gen("LeaveOneGroupOut"), [call("split", X(s, n, "empty"), groups=g), call("get_n_splits", groups=g)])
        s.add("LeavePGroupsOut-bad", s.gen("LeavePGroupsOut", {"n_groups": ng}), [call("split", X(s, n, "empty"), groups=g), call("get_n_splits", groups=g)])
    g = ndarray("int64", list(range(2000)))
    s.add("LeavePGroupsOut-bad", s.gen("LeavePGroupsOut", {"n_groups": 2000}), [call("split", X(s, 2000, "empty"), groups=g)])
    s.add("LeaveOneGroupOut-bad", s.gen("LeaveOneGroupOut"), [call("split", X(s, 4, "empty")), call("get_n_splits")])
    s.add("LeavePGroupsOut-bad", s.gen("LeavePGroupsOut", {"n_groups": 2}), [call("split", X(s, 4, "empty")), call("get_n_splits")])
    s.add("LeavePGroupsOut-count", s.gen("LeavePGroupsOut", {"n_groups": 20}), [call("get_n_splits", groups=list(range(70)))])
    s.add("LeavePGroupsOut-bad", s.gen("LeavePGroupsOut", {"n_groups": 0}), [call("split", X(s, 4, "empty"), groups=[1, 2, 3, 4])])

    # ---- PredefinedSplit
    for tf in ([0, 1, -1, 1, 0, 2], [-1, -1, 3, 3], [5, 5, 5], [1.7, 0.2, -1, 2.9, -1.5], [2, -1, 0, 1, 2, 0, -1, 1]):
        s.add("PredefinedSplit", s.gen("PredefinedSplit", {"test_fold": tf}),
              [call("split"), call("get_n_splits"), call("split", X(s, 3, "empty"), None, [1, 2, 3]), call("warnings")])
    s.add("PredefinedSplit-array", s.gen("PredefinedSplit", {"test_fold": ndarray("int64", [1, 0, -1, 1])}), [call("split"), call("get_n_splits")])
    s.add("PredefinedSplit-bad", s.gen("PredefinedSplit", {"test_fold": ["a", 1]}), [call("split")])
    s.add("PredefinedSplit-bad", s.gen("PredefinedSplit"), [call("split")])

    # ---- TimeSeriesSplit
    for _ in range(s.reps(14)):
        n = s.rng.randint(6, 120)
        k = s.rng.randint(2, min(8, n - 1))
        params = {"n_splits": k}
        if s.rng.random() < 0.4:
            params["max_train_size"] = s.rng.randint(1, n)
        if s.rng.random() < 0.3:
            params["test_size"] = s.rng.randint(1, max(1, n // (k + 1)))
        if s.rng.random() < 0.3:
            params["gap"] = s.rng.randint(0, 3)
        s.add("TimeSeriesSplit", s.gen("TimeSeriesSplit", params), sk_split_calls(s, X(s, n)))
    for params, n in (({"n_splits": 5}, 5), ({"n_splits": 3, "test_size": 3}, 9), ({"n_splits": 3, "gap": 5}, 8),
                      ({"n_splits": 1}, 5), ({"n_splits": 2, "max_train_size": 0}, 9), ({"n_splits": 2.0}, 9)):
        s.add("TimeSeriesSplit-bad", s.gen("TimeSeriesSplit", params), [call("split", X(s, n, "empty")), call("get_n_splits")])
    s.add("TimeSeriesSplit-groups", s.gen("TimeSeriesSplit", {"n_splits": 2}),
          [call("split", X(s, 9, "empty"), None, [1] * 9), call("warnings"), call("split", X(s, 9, "empty"), [1] * 8)])
    s.add("splitter-unknown", s.gen("CrossFold", {}), [call("split", X(s, 4, "empty"))])


def sk_groups_from(s, codes):
    return ndarray("int64", codes)


def sk_arrays(s, n):
    """Arrays to split: a float 2-d array, an int vector, sometimes a list of strings."""
    out = [ndarray("float64", [round(s.rng.uniform(-9, 9), 3) for _ in range(2 * n)], [n, 2])]
    r = s.rng.random()
    if r < 0.7:
        out.append(ndarray("int64", [s.rng.randrange(10) for _ in range(n)]))
    if r < 0.3:
        out.append(["s%d" % i for i in range(n)])
    if r > 0.9:
        out = [list(range(n))]
    return out


def sk_function_suite(s):
    # ---- train_test_split
    sizes = [{}, {"test_size": 0.2}, {"test_size": 0.25}, {"test_size": 0.33}, {"train_size": 0.5}, {"test_size": 5},
             {"train_size": 10}, {"test_size": 0.1, "train_size": 0.6}, {"test_size": 3, "train_size": 4},
             {"test_size": 0.07}, {"train_size": 0.29}, {"test_size": None, "train_size": None}, {"test_size": 0.5, "train_size": 7}]
    for _ in range(s.reps(40)):
        n = s.rng.choice([s.rng.randint(10, 30), 100, s.rng.randint(30, 300)])
        kwargs = dict(s.rng.choice(sizes))
        kwargs["random_state"] = sk_rs(s)
        s.add("tts", s.gen(), [call("train_test_split", *sk_arrays(s, n), **kwargs)])
    for _ in range(s.reps(25)):  # stratified
        n = s.rng.randint(20, 300)
        codes = [s.rng.randrange(s.rng.choice([2, 3, 4])) for _ in range(n)]
        codes[:4] = [0, 0, 1, 1]
        y = sk_encode(s, codes, s.rng.choice(["int", "str", "float", "list"]))
        kwargs = dict(s.rng.choice([{}, {"test_size": 0.2}, {"test_size": 0.3}, {"train_size": 0.6}, {"test_size": 10}]))
        kwargs["random_state"] = sk_rs(s)
        kwargs["stratify"] = y
        s.add("tts-strat", s.gen(), [call("train_test_split", *sk_arrays(s, n), **kwargs)])
    for _ in range(s.reps(6)):  # unshuffled
        n = s.rng.randint(5, 60)
        kwargs = dict(s.rng.choice(sizes))
        kwargs["shuffle"] = False
        s.add("tts-noshuffle", s.gen(), [call("train_test_split", *sk_arrays(s, n), **kwargs)])
    s.add("tts-global", s.gen(), [call("np.random.seed", 5), call("train_test_split", sk_x(s, 20, "real")),
                                 call("train_test_split", list(range(20))), call("train_test_split", list(range(7)), test_size=2)])
    # rounding edges: ceil for the test set, floor for the training set
    for n, kw in ((100, {"test_size": 0.07}), (100, {"train_size": 0.29}), (10, {"test_size": 0.3}), (3, {"test_size": 0.5}),
                  (7, {"test_size": 0.1, "train_size": 0.9}), (1000, {"test_size": 0.001}), (49, {"train_size": 0.57}),
                  (29, {"test_size": 0.41}), (4, {}), (2, {})):
        s.add("tts-rounding", s.gen(), [call("train_test_split", list(range(n)), random_state=0, **kw)])
    bad = [({}, []), ({}, [list(range(10)), list(range(9))]), ({}, [[0]]), ({"test_size": 1.0}, None), ({"test_size": 0}, None),
           ({"test_size": 10}, None), ({"test_size": -1}, None), ({"test_size": True}, None), ({"train_size": 1.5}, None),
           ({"test_size": "a"}, None), ({"test_size": 0.6, "train_size": 0.6}, None), ({"test_size": 8, "train_size": 5}, None),
           ({"random_state": -1}, None), ({"random_state": 2**32}, None), ({"random_state": 1.5}, None), ({"random_state": "x"}, None),
           ({"shuffle": 1}, None), ({"shuffle": 0}, None), ({"stratify": 5}, None), ({"stratify": "abc"}, None),
           ({"shuffle": False, "stratify": [0, 1] * 5}, None), ({"stratify": [0] * 9 + [1]}, None), ({"stratify": [0, 1] * 4}, None),
           ({"stratify": [0, 1, 2, 3, 4] * 2, "test_size": 0.3}, None), ({"test_size": 0.1, "stratify": [0, 1] * 5}, None),
           ({"train_size": 0.1, "stratify": [0, 1, 2] * 3 + [0]}, None), ({"test_size": 0.0001}, None), ({"train_size": 0.0001}, None),
           ({"stratify": ndarray("float64", [0.0, {"float": "nan"}] * 5)}, None), ({"random_state": True}, None)]
    for kw, arrays in bad:
        arrays = [list(range(10))] if arrays is None else arrays
        s.add("tts-bad", s.gen(), [call("train_test_split", *arrays, **kw), call("warnings")])

    # ---- shuffle / resample
    for _ in range(s.reps(25)):
        n = s.rng.randint(1, 200)
        kwargs = {"random_state": sk_rs(s)}
        if s.rng.random() < 0.5:
            kwargs["n_samples"] = s.rng.randint(1, n)
        s.add("shuffle", s.gen(), [call("shuffle", *sk_arrays(s, n), **kwargs)])
    for _ in range(s.reps(35)):
        n = s.rng.randint(1, 200)
        kwargs = {"random_state": sk_rs(s)}
        replace = s.rng.random() < 0.6
        kwargs["replace"] = replace
        if s.rng.random() < 0.6:
            kwargs["n_samples"] = s.rng.randint(1, 2 * n if replace else n)
        if s.rng.random() < 0.4:
            kwargs["stratify"] = sk_labels(s, n, kind=s.rng.choice(["int", "str", "list"]))
        s.add("resample", s.gen(), [call("resample", *sk_arrays(s, n), **kwargs)])
    for _ in range(s.reps(6)):  # 2-d stratify
        n = s.rng.randint(10, 80)
        flat = [s.rng.randrange(2) for _ in range(2 * n)]
        s.add("resample-2d", s.gen(), [call("resample", sk_x(s, n, "real"), random_state=s.seed(), replace=s.rng.random() < 0.5,
                                            n_samples=s.rng.randint(1, n), stratify=ndarray("int64", flat, [n, 2]))])
    s.add("resample-global", s.gen(), [call("np.random.seed", 11), call("resample", list(range(30))),
                                      call("shuffle", list(range(30))), call("resample", list(range(30)), replace=False, n_samples=5)])
    s.add("resample-one", s.gen(), [call("resample", list(range(10)), random_state=1), call("shuffle", ndarray("int64", list(range(6))), random_state=2)])
    s.add("resample-none", s.gen(), [call("resample"), call("shuffle"), call("resample", random_state=1.5)])
    s.add("resample-empty", s.gen(), [call("resample", [], random_state=0), call("resample", [], n_samples=3, random_state=0),
                                     call("shuffle", [], random_state=0)])
    bad = [("resample", {"n_samples": 0}), ("resample", {"n_samples": -1}), ("resample", {"n_samples": 11, "replace": False}),
           ("resample", {"replace": 1}), ("resample", {"random_state": 1.5}), ("resample", {"n_samples": 2.0}),
           ("resample", {"random_state": -1}), ("shuffle", {"n_samples": 0}), ("shuffle", {"n_samples": 11}),
           ("shuffle", {"random_state": "x"}), ("resample", {"stratify": 3}), ("resample", {"n_samples": 0, "stratify": [0, 1] * 5}),
           ("resample", {"n_samples": 0, "replace": False, "stratify": [0, 1] * 5}), ("resample", {"stratify": [0, 1] * 4}),
           ("resample", {"stratify": ndarray("float64", [0.0, {"float": "nan"}] * 5)}), ("resample", {"n_samples": 25, "stratify": [0, 1, 1, 2, 2] * 2}),
           ("resample", {"replace": False, "n_samples": 7, "stratify": [0, 0, 0, 0, 0, 0, 0, 0, 1, 2]})]
    for fn, kw in bad:
        s.add("resample-bad", s.gen(), [call(fn, list(range(10)), random_state=0, **kw) if "random_state" not in kw else call(fn, list(range(10)), **kw),
                                        call("warnings")])
    s.add("resample-bad", s.gen(), [call("resample", list(range(10)), list(range(9)), random_state=0)])
    s.add("function-unknown", s.gen(), [call("cross_val_score", list(range(4)))])


def sklearn_suite(name):
    s = SkSuite(name)
    sk_splitter_suite(s)
    sk_function_suite(s)
    return s

SUITES = {"bitgen": bitgen_suite, "seedseq": seedseq_suite, "randomstate": randomstate_suite,
          "pyrandom": pyrandom_suite, "distributions": distributions_suite,
          "randomstate2": randomstate2_suite, "numpy_tests": numpy_tests_suite, "pyrandom2": pyrandom2_suite,
          "generator": generator_suite, "numpy_gen_tests": numpy_gen_tests_suite,
          "sklearn": lambda: sklearn_suite("sklearn"), "sklearn_1_6": lambda: sklearn_suite("sklearn_1_6"),
          "sklearn_1_2": lambda: sklearn_suite("sklearn_1_2"), "badinput": badinput_suite}


def write(suite):
    os.makedirs(os.path.join(HERE, "cases"), exist_ok=True)
    path = os.path.join(HERE, "cases", suite.name + ".jsonl")
    with open(path, "w", encoding="utf-8") as out:
        for case in suite.cases:
            out.write(json.dumps(case, allow_nan=False) + "\n")
    print("%-12s %4d cases -> %s" % (suite.name, len(suite.cases), os.path.relpath(path)))


def main(names):
    for name in names or SUITES:
        if name not in SUITES:
            raise SystemExit("unknown suite %r; suites: %s" % (name, ", ".join(SUITES)))
        write(SUITES[name]())


if __name__ == "__main__":
    main(sys.argv[1:])
