#!/usr/bin/env python3
"""Writes nprand's conformance cases: conformance/cases/<suite>.jsonl (replay protocol, version 1).

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


SUITES = {"bitgen": bitgen_suite, "seedseq": seedseq_suite, "randomstate": randomstate_suite,
          "pyrandom": pyrandom_suite}


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
