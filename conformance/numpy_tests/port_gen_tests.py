#!/usr/bin/env python3
"""Ports NumPy 2.4.6's own Generator tests into conformance cases, by running them (suite numpy_gen_tests).

The sibling of port_tests.py (RandomState). Runs test_generator_mt19937.py, test_generator_mt19937_regressions.py,
test_direct.py and test_smoke.py (as installed with NumPy 2.4.6, identical to the v2.4.6 tag) under pytest with
numpy.random's Generator, default_rng and the five bit generator classes replaced by recording proxies:
  * every bit generator the tests make (MT19937(seed), PCG64(SeedSequence(...)), default_rng(seed), ...)
    starts a *stream*: a BitGenerator case {"type": "BitGenerator", "bit_generator": B, "seed": S} that becomes a
    Generator case {"type": "Generator", ...} as soon as a Generator wraps it (its earlier calls become
    "bit_generator.<name>" calls); an unseeded one is seeded with 0 (a note says so);
  * every method call on a Generator is recorded as a protocol CALL (arguments encoded before the call) with its
    result or exception; on a bit generator: random_raw, advance, jumped, spawn, `state` reads ("state" or
    "bit_generator.state") and `state = ...` writes ("state=" / "bit_generator.state=");
  * Generators and bit generators made at module level (test_generator_mt19937's `random = Generator(MT19937())`,
    bound methods such as `rfunc = random.integers`) restart as a fresh stream (seed 0) in every test;
  * assert_array_almost_equal / assert_array_equal / assert_equal / assert_allclose /
    assert_array_almost_equal_nulp and sha256 hash comparisons are recorded: when one side *is* a recorded
    call's result (or a value inside a recorded state dict, or the argument a recorded shuffle shuffled), that
    is a literal check of that call against the other side, with the test's own tolerance; a plain
    `assert x == literal` is recorded too when x is a Python int/float result or an int inside a state dict
    (they are returned as int/float subclasses that record their comparisons);
  * every call that raised (the test passed, so it expected it) is an exception check.
Only tests that pass under the recording count. A stream is cut before its first call that cannot be written as
a protocol VALUE (ndarray subclasses, object/complex arrays, non-contiguous views are copied, bit generator or
Generator arguments, ...), that raised a warning as an error, or whose result has more than MAX_RESULT_SIZE
elements; streams without checks are dropped. Unrecorded uses of a bit generator (e.g. RandomState(bit_generator)
sharing it) are caught by the replay check: every case is replayed through oracle.py and cut at its first call
whose answer differs from what the test saw.

Writes (make_cases.py copies the cases into cases/numpy_gen_tests.jsonl):
  conformance/numpy_tests/port_gen.jsonl        the cases, ids numpy_gen_tests-<file>-<Class>-<test>-<n>
  conformance/numpy_tests/literals_gen.json     per case: "source", "checks", "raises", "gen_raises", "note"
  conformance/numpy_tests/ported_gen.txt        ported / skipped, per test (pytest node id)
Needs NumPy 2.4.6 and pytest. Not run by regen.sh (its outputs are committed).

Usage: port_gen_tests.py [--tests DIR]
"""
import argparse
import collections
import contextlib
import hashlib
import json
import os
import sys
import types
import warnings

import numpy as np
import numpy.random
import numpy.testing
import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import oracle  # noqa: E402  (encode: Python -> protocol VALUE; answer: the replay)
from port_tests import Unencodable, encode_arg as _encode_arg, split_nodeid  # noqa: E402

FILES = ("test_generator_mt19937", "test_generator_mt19937_regressions", "test_direct", "test_smoke")
SUITE = "numpy_gen_tests"
BIT_GENERATORS = ("MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64")
MAX_RESULT_SIZE = 20000          # larger outputs (property tests over 10**5..10**7 draws) are not ported
REAL_BITGEN = {name: getattr(numpy.random, name) for name in BIT_GENERATORS}
RealGenerator = numpy.random.Generator
RealRandomState = numpy.random.RandomState
RealSeedSequence = numpy.random.SeedSequence
REC = None                       # the current Recorder (None outside a test)
EPOCH = [0]                      # bumped per test: module-level proxies restart their stream
IN_ASSERT = [0]                  # >0 while a recording assert runs (its internal comparisons are not checks)


def encode_arg(v):
    if isinstance(v, (BitGenProxy, GenProxy, BoundCall, RealGenerator, RealRandomState, RealSeedSequence)):
        raise Unencodable(type(v).__name__)
    if isinstance(v, np.ndarray) and not (v.flags.c_contiguous or v.ndim <= 1):
        v = np.ascontiguousarray(v)
    return _encode_arg(v)


def encode_seed(seed):
    if isinstance(seed, RealSeedSequence):
        if seed.pool_size != 4:
            raise Unencodable("SeedSequence with pool_size %d" % seed.pool_size)
        return {"entropy": encode_arg(np.asarray(seed.entropy).tolist() if isinstance(seed.entropy, np.ndarray)
                                      else seed.entropy),
                "spawn_key": [int(k) for k in seed.spawn_key]}
    if isinstance(seed, (range, np.ndarray)):
        return encode_arg(np.asarray(seed).tolist())
    if isinstance(seed, (list, tuple)):
        return [encode_arg(x) for x in seed]
    if seed is not None and not isinstance(seed, (int, float, str, np.integer, np.floating)):
        raise Unencodable("%s seed" % type(seed).__name__)
    return encode_arg(seed)


# ---------------------------------------------------------------- results that record plain comparisons

class RecInt(int):
    """An int result (or an int inside a state dict) whose == with a number records a literal check (when equal:
    `assert not comp_state(...)` compares too, and only what held is a fact about NumPy's output)."""
    link = None

    def __eq__(self, other):
        equal = int.__eq__(self, other)
        if equal is True:
            record_eq(self, other)
        return equal

    def __ne__(self, other):
        return int.__ne__(self, other)

    __hash__ = int.__hash__


class RecFloat(float):
    link = None

    def __eq__(self, other):
        equal = float.__eq__(self, other)
        if equal is True:
            record_eq(self, other)
        return equal

    def __ne__(self, other):
        return float.__ne__(self, other)

    __hash__ = float.__hash__


def record_eq(rec_value, other):
    if REC is None or IN_ASSERT[0] or getattr(rec_value, "link", None) is None:
        return
    if isinstance(other, (bool, np.bool_)) or not isinstance(other, (int, float, np.integer, np.floating)):
        return
    stream, idx, path = rec_value.link
    REC.add_check(stream, idx, path, {"desired": oracle.encode(other), "exact": True})


def wrap_scalar(value, link):
    if type(value) is int:
        out = RecInt(value)
    elif type(value) is float:
        out = RecFloat(value)
    else:
        return value
    out.link = link
    return out


def wrap_state(value, stream, idx, path=()):
    """A state dict with its ints as RecInt (so `state["state"]["pos"] == 9` records a check)."""
    if isinstance(value, dict):
        return {k: wrap_state(v, stream, idx, path + (k,)) for k, v in value.items()}
    if type(value) is int:
        return wrap_scalar(value, (stream, idx, list(path)))
    return value


# ---------------------------------------------------------------- streams

class Stream:
    """One case: a bit generator's life (BitGenerator calls, then Generator calls once a Generator wraps it)."""

    def __init__(self, rec, name, seed):
        self.rec = rec
        self.name = name
        self.kind = "BitGenerator"
        self.seed_substituted = seed is None
        self.seed = 0 if seed is None else seed
        self.cut = None
        self.cut_reason = None
        try:
            self.seed_json = encode_seed(self.seed)
        except Unencodable as exc:
            self.seed_json = None
            self.cut, self.cut_reason = 0, "seed: %s" % exc
        self.calls, self.outcomes, self.live = [], [], []
        self.gen_error = None
        self.current = None            # the BitGenProxy whose calls this stream records (jumped replaces it)
        self.has_jumped = False

    def gen(self):
        return {"type": self.kind, "bit_generator": self.name, "seed": self.seed_json}

    def cut_here(self, reason):
        if self.cut is None:
            self.cut, self.cut_reason = len(self.calls), reason

    def to_generator(self):
        if self.kind == "Generator":
            return
        if self.has_jumped:
            self.cut_here("a Generator wraps a jumped bit generator")
        self.kind = "Generator"
        self.calls = [None if c is None else ["bit_generator." + c[0]] + c[1:] for c in self.calls]

    def record(self, name, args, kwargs, fn, answer=None, wrap=True):
        """Run fn(*args, **kwargs) as recorded call `name`; answer(result) is the protocol answer (default: the result)."""
        try:
            out = kwargs.get("out")
            if isinstance(out, np.ndarray) and not out.flags.c_contiguous:
                raise Unencodable("a non-C-contiguous out array")   # the copy would be accepted, the view is not
            if name.endswith("state=") and isinstance(args[0], tuple):
                raise Unencodable("a legacy state tuple")   # the protocol writes it as a list (a TypeError)
            for v in list(args) + list(kwargs.values()):
                if isinstance(v, np.ndarray) and v.size > MAX_RESULT_SIZE:
                    raise Unencodable("an array of %d elements" % v.size)
            # an out= array is written over completely (or the call raises first): its contents (np.empty's
            # garbage in some tests) are not part of the call, so it is written as zeros
            enc_kwargs = {k: encode_arg(np.zeros_like(v) if k == "out" and isinstance(v, np.ndarray) else v)
                          for k, v in kwargs.items()}
            enc = [name, [encode_arg(a) for a in args], enc_kwargs]
        except Unencodable as exc:
            enc = None
            self.cut_here("%s argument: %s" % (name, exc))
        idx = len(self.calls)
        self.calls.append(enc)
        self.outcomes.append(None)
        self.live.append(None)
        try:
            res = fn(*args, **kwargs)
        except BaseException as exc:
            self.outcomes[idx] = exc
            self.live[idx] = oracle.error_value(exc)
            if isinstance(exc, Warning):
                self.cut_here("%s raised a warning as an error" % name)
            raise
        ans = res if answer is None else answer(res)
        size = getattr(ans, "size", 1)
        if isinstance(size, int) and size > MAX_RESULT_SIZE:
            self.cut_here("%s result of %d elements" % (name, size))
        else:
            try:
                self.live[idx] = oracle.encode(ans)
            except Exception:  # noqa: BLE001 - an answer the protocol cannot write: cut here
                self.cut_here("%s answer cannot be encoded" % name)
        if isinstance(res, dict):
            res = wrap_state(res, self, idx)
        elif wrap and answer is None:
            res = wrap_scalar(res, (self, idx, []))
        self.outcomes[idx] = res
        self.rec.link(args[0] if name.endswith("shuffle") and args else res, self, idx)
        return res


# ---------------------------------------------------------------- proxies

class BoundCall:
    """A proxy's method (not a function: stays unbound as a class attribute, e.g. `rfunc = random.integers`)."""

    def __init__(self, proxy, name):
        self.proxy, self.name = proxy, name
        self.__name__ = name

    def __call__(self, *args, **kwargs):
        return self.proxy._call(self.name, args, kwargs)

    def __eq__(self, other):
        return isinstance(other, BoundCall) and other.proxy is self.proxy and other.name == self.name

    def __hash__(self):
        return hash((id(self.proxy), self.name))

    def __repr__(self):
        return "<recorded %s.%s>" % (type(self.proxy).__name__, self.name)


class BitGenProxy:
    """Stands in for a bit generator (one class per bit generator, named like it)."""
    _bitgen_name = None

    def __init__(self, *args, **kwargs):
        d = self.__dict__
        seed = args[0] if args else kwargs.get("seed")
        d["_extra"] = (args[1:], {k: v for k, v in kwargs.items() if k != "seed"})
        d["_seed"] = seed
        d["_module_level"] = REC is None
        d["_wrapped"] = False
        d["_stream"] = None
        d["_real"] = None
        d["_epoch"] = None
        self._fresh()

    @property
    def capsule(self):
        return self._current()[0].capsule

    def _fresh(self):
        d = self.__dict__
        stream = Stream(REC, self._bitgen_name, self._seed) if REC is not None else None
        extra_args, extra_kwargs = self._extra
        if stream is not None and (extra_args or extra_kwargs):
            stream.cut_here("bit generator arguments other than the seed")
        try:
            seed = self._seed if (extra_args or extra_kwargs) else (stream.seed if stream else
                                                                    (0 if self._seed is None else self._seed))
            real = REAL_BITGEN[self._bitgen_name](seed, *extra_args, **extra_kwargs)
        except BaseException as exc:
            if stream is not None:
                stream.gen_error = exc
                REC.streams.append(stream)
            raise
        if stream is not None:
            REC.streams.append(stream)
            stream.current = self
            if self._wrapped:
                stream.to_generator()
        d["_real"], d["_stream"], d["_epoch"] = real, stream, EPOCH[0]

    def _current(self):
        if REC is not None and (self._stream is None or (self._module_level and self._epoch != EPOCH[0])):
            self._fresh()
        return self._real, (self._stream if REC is not None else None)

    def _prefix(self, stream):
        return "bit_generator." if stream.kind == "Generator" else ""

    def _wrap(self):
        self.__dict__["_wrapped"] = True
        real, stream = self._current()
        if stream is not None:
            stream.to_generator()
        return real

    def _call(self, name, args, kwargs):
        real, stream = self._current()
        method = getattr(real, name)
        if stream is None:
            return method(*args, **kwargs)
        if name.startswith("_"):
            stream.cut_here("a private method (%s)" % name)
            return method(*args, **kwargs)
        if stream.current is not self:
            stream.cut_here("a call on a bit generator replaced by jumped()")
            return method(*args, **kwargs)
        full = self._prefix(stream) + name
        if name == "jumped":
            if stream.kind == "Generator":
                stream.cut_here("jumped() on a Generator's bit generator")
                return method(*args, **kwargs)
            res = stream.record(full, args, kwargs, method, answer=lambda r: None)
            twin = object.__new__(type(self))
            twin.__dict__.update(self.__dict__)
            twin.__dict__.update(_real=res, _module_level=False)
            stream.current = twin
            stream.has_jumped = True
            return twin
        if name == "advance":
            stream.record(full, args, kwargs, method, answer=lambda r: None)
            return self
        return stream.record(full, args, kwargs, method)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        real, stream = self._current()
        if name == "state":
            if stream is None:
                return real.state
            if stream.current is not self:
                stream.cut_here("a state read on a bit generator replaced by jumped()")
                return real.state
            return stream.record(self._prefix(stream) + "state", (), {}, lambda: real.state)
        attr = getattr(real, name)
        if callable(attr) and not isinstance(attr, type):
            return BoundCall(self, name)
        return attr

    def __setattr__(self, name, value):
        real, stream = self._current()
        if name != "state" or stream is None:
            setattr(real, name, value)
            return
        if stream.current is not self:
            stream.cut_here("a state write on a bit generator replaced by jumped()")
            real.state = value
            return
        stream.record(self._prefix(stream) + "state=", (value,), {}, lambda v: setattr(real, "state", v),
                      answer=lambda r: None)

    def __reduce_ex__(self, protocol):
        raise TypeError("the recording proxy of %s cannot be pickled" % self._bitgen_name)

    def __repr__(self):
        return repr(self._current()[0])


PROXY_CLASSES = {name: type(name, (BitGenProxy,), {"_bitgen_name": name, "__module__": "numpy.random"})
                 for name in BIT_GENERATORS}


class GenProxy:
    """Stands in for numpy.random.Generator (over a recorded bit generator)."""

    def __new__(cls, bit_generator):
        if not isinstance(bit_generator, BitGenProxy):
            return RealGenerator(bit_generator)
        return object.__new__(cls)

    def __init__(self, bit_generator):
        d = self.__dict__
        d["_bg"] = bit_generator
        d["_real_bg"] = bit_generator._wrap()
        d["_real"] = RealGenerator(d["_real_bg"])

    def _current(self):
        real_bg, stream = self._bg._current()
        if real_bg is not self._real_bg:
            self.__dict__.update(_real_bg=real_bg, _real=RealGenerator(real_bg))
        if stream is not None:
            stream.to_generator()
        return self._real, stream

    def _call(self, name, args, kwargs):
        real, stream = self._current()
        method = getattr(real, name)
        if stream is None:
            return method(*args, **kwargs)
        if stream.current is not self._bg:
            stream.cut_here("a Generator call after its bit generator was replaced by jumped()")
            return method(*args, **kwargs)
        answer = None
        if name == "shuffle":
            answer = (lambda r: args[0]) if args else (lambda r: kwargs.get("x"))
        return stream.record(name, args, kwargs, method, answer=answer, wrap=name != "integers")

    @property
    def bit_generator(self):
        self._current()
        return self._bg

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        real, _ = self._current()
        attr = getattr(real, name)
        if callable(attr) and not isinstance(attr, type):
            return BoundCall(self, name)
        return attr

    def __reduce_ex__(self, protocol):
        raise TypeError("the recording Generator proxy cannot be pickled")

    def __repr__(self):
        return repr(self._current()[0])


GenProxy.__name__ = GenProxy.__qualname__ = "Generator"


def default_rng(seed=None):
    if isinstance(seed, BitGenProxy):
        return GenProxy(seed)
    if isinstance(seed, GenProxy):
        return seed
    if isinstance(seed, (RealGenerator, RealRandomState)) or hasattr(seed, "capsule"):
        return numpy.random._generator.default_rng(seed)
    return GenProxy(PROXY_CLASSES["PCG64"](seed))


class SeededRandomState(RealRandomState):
    """RandomState, seeded with 0 when unseeded (so that the port is deterministic); a recorded bit generator
    argument is passed as its real bit generator (its use is not recorded: the replay check catches it)."""

    def __init__(self, seed=None):
        if isinstance(seed, BitGenProxy):
            seed = seed._current()[0]
        super().__init__(0 if seed is None else seed)


# ---------------------------------------------------------------- the recording of one test

class Recorder:
    def __init__(self):
        self.streams = []
        self.links = []           # (object, stream, call index, path), in call order
        self.checks = []          # (stream, call index, check dict)
        self.unlinked = 0

    def link(self, obj, stream, idx, path=()):
        # singletons (None, bools, interned strings, 0- and 1-byte bytes) cannot be told apart by identity
        if obj is None or isinstance(obj, (bool, np.bool_, str)) or (isinstance(obj, bytes) and len(obj) < 2):
            return
        self.links.append((obj, stream, idx, list(path)))
        if isinstance(obj, dict):
            for k, v in obj.items():
                self.link(v, stream, idx, tuple(path) + (k,))

    def find(self, obj, for_hash=False):
        for linked, stream, idx, path in reversed(self.links):
            if linked is obj:
                return stream, idx, path
        base = getattr(obj, "base", None)
        if isinstance(obj, np.ndarray) and base is not None:
            hit = self.find(base, for_hash)
            if hit is not None:
                root = hit
                # a view counts when it shows the whole result: same shape and dtype (a hash may view other dtypes)
                for linked, stream, idx, path in reversed(self.links):
                    if (stream, idx, path) == root and isinstance(linked, np.ndarray):
                        same = (obj.nbytes == linked.nbytes and obj.flags.c_contiguous) if for_hash else \
                            (obj.shape == linked.shape and obj.dtype == linked.dtype and np.shares_memory(obj, linked)
                             and obj.ctypes.data == linked.ctypes.data and obj.strides == linked.strides)
                        return root if same else None
        return None

    def add_check(self, stream, idx, path, check):
        if path:
            check = dict({"path": list(path)}, **check)
        self.checks.append((stream, idx, check))

    def check(self, actual, desired, tolerance):
        hit = self.find(actual)
        if hit is None:
            hit, (actual, desired) = self.find(desired), (desired, actual)
        if hit is None:
            self.unlinked += 1
            return
        stream, idx, path = hit
        try:
            enc = oracle.encode(np.ascontiguousarray(desired) if isinstance(desired, np.ndarray) else desired)
        except Exception:  # noqa: BLE001 - a desired value the protocol cannot write: not a check
            self.unlinked += 1
            return
        self.add_check(stream, idx, path, dict({"desired": enc}, **tolerance))


def recording_assert(original, kind):
    def wrapper(actual, desired, *args, **kwargs):
        IN_ASSERT[0] += 1
        try:
            result = original(actual, desired, *args, **kwargs)
        finally:
            IN_ASSERT[0] -= 1
        if REC is not None:   # the assertion held: a check (a failed one raised, and records nothing)
            if kind == "decimal":
                tol = {"decimal": args[0] if args else kwargs.get("decimal", 6)}
            elif kind == "nulp":
                tol = {"nulp": args[0] if args else kwargs.get("nulp", 1)}
            elif kind == "allclose":
                tol = {"rtol": args[0] if args else kwargs.get("rtol", 1e-7),
                       "atol": args[1] if len(args) > 1 else kwargs.get("atol", 0)}
            else:
                tol = {"exact": True}
            REC.check(actual, desired, tol)
        return result
    wrapper.__name__ = original.__name__
    return wrapper


class HashStr(str):
    """A sha256 hexdigest that remembers which result it hashes; == records the comparison."""

    def __eq__(self, other):
        equal = str.__eq__(self, other)
        if equal is True and REC is not None and self.link is not None:
            stream, idx, path = self.link
            REC.add_check(stream, idx, path, {"desired": str(other), "sha256": self.view})
        return equal

    __hash__ = str.__hash__


def hashlib_shim():
    shim = types.ModuleType("hashlib")
    shim.__dict__.update(hashlib.__dict__)

    def sha256(data=b""):
        h = hashlib.sha256(data)
        link = REC.find(data, for_hash=True) if REC is not None else None
        view = str(data.dtype) if isinstance(data, np.ndarray) else "bytes"

        class H:
            def hexdigest(self_inner):
                s = HashStr(h.hexdigest())
                s.link, s.view = link, view
                return s

            def update(self_inner, more):
                raise TypeError("the recording sha256 shim does not support update()")
        return H()
    shim.sha256 = sha256
    return shim


@contextlib.contextmanager
def proxies_installed():
    """numpy.random's Generator, default_rng, bit generators and RandomState replaced (before the tests import them)."""
    saved = []

    def patch(obj, name, value):
        saved.append((obj, name, getattr(obj, name)))
        setattr(obj, name, value)

    patch(numpy.random, "Generator", GenProxy)
    patch(numpy.random, "default_rng", default_rng)
    patch(numpy.random, "RandomState", SeededRandomState)
    for name, cls in PROXY_CLASSES.items():
        patch(numpy.random, name, cls)
    try:
        yield
    finally:
        for obj, name, value in reversed(saved):
            setattr(obj, name, value)


class Plugin:
    def __init__(self):
        self.results = collections.OrderedDict()   # nodeid -> [Recorder, passed]

    @pytest.hookimpl(hookwrapper=True)
    def pytest_pyfunc_call(self, pyfuncitem):
        global REC
        REC = Recorder()
        EPOCH[0] += 1
        RealRandomState.seed(numpy.random.mtrand._rand, 0)   # test_smoke's warmup sizes come from np.random
        module = pyfuncitem.module
        saved = []

        def patch(obj, name, value):
            saved.append((obj, name, getattr(obj, name)))
            setattr(obj, name, value)

        for name, kind in (("assert_array_almost_equal", "decimal"), ("assert_array_equal", "exact"),
                           ("assert_equal", "exact"), ("assert_allclose", "allclose")):
            if hasattr(module, name):
                patch(module, name, recording_assert(getattr(module, name), kind))
        for name, kind in (("assert_array_almost_equal_nulp", "nulp"), ("assert_allclose", "allclose"),
                           ("assert_array_equal", "exact"), ("assert_equal", "exact"),
                           ("assert_array_almost_equal", "decimal")):
            patch(numpy.testing, name, recording_assert(getattr(numpy.testing, name), kind))
        shim = hashlib_shim()
        if hasattr(module, "hashlib"):
            patch(module, "hashlib", shim)
        real_hashlib = sys.modules["hashlib"]
        sys.modules["hashlib"] = shim
        try:
            yield
        finally:
            sys.modules["hashlib"] = real_hashlib
            for obj, name, value in reversed(saved):
                setattr(obj, name, value)
            self.results[pyfuncitem.nodeid] = [REC, None]
            REC = None

    def pytest_runtest_logreport(self, report):
        if report.when == "call" and report.nodeid in self.results:
            self.results[report.nodeid][1] = report.outcome   # passed, failed or skipped (pytest.skip in the test)


def cases_of(rec):
    """(stream, calls, literal-without-source) for every case (= replayable stream with a check) of one test."""
    out = []
    by_stream = collections.OrderedDict((id(s), (s, [])) for s in rec.streams)
    for stream, idx, chk in rec.checks:
        if id(stream) in by_stream:
            by_stream[id(stream)][1].append((idx, chk))
    for stream, checks in by_stream.values():
        if stream.gen_error is not None:
            if stream.seed_json is not None and not stream.seed_substituted and stream.cut is None:
                out.append((stream, [], {"gen_raises": type(stream.gen_error).__name__,
                                         "gen_message": str(stream.gen_error)}))
            continue
        end = len(stream.calls) if stream.cut is None else stream.cut
        seen, uniq = set(), []
        for i, chk in sorted(((i, c) for i, c in checks if i < end), key=lambda ic: ic[0]):
            key = (i, json.dumps(chk, sort_keys=True))
            if key not in seen:
                seen.add(key)
                uniq.append((i, chk))
        raising = [i for i in range(end) if isinstance(stream.outcomes[i], BaseException)]
        if not uniq and not raising:
            continue
        lit = {}
        if uniq:
            lit["checks"] = [dict({"call": i}, **c) for i, c in uniq]
        if raising:
            lit["raises"] = {str(i): {"error": type(stream.outcomes[i]).__name__, "message": str(stream.outcomes[i])}
                             for i in raising}
        out.append((stream, stream.calls[:end], lit))
    return out


def replay_cut(case, live):
    """The index of the first call whose replay differs from what the test saw (None: all agree)."""
    got = oracle.answer(json.loads(json.dumps(case)))
    if "error" in got or not isinstance(live, list):
        return None if json.dumps({"error": got.get("error")}) == json.dumps(live) else 0
    for i, (g, w) in enumerate(zip(got["results"], live)):
        if json.dumps(g) != json.dumps(w):
            return i
    return None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tests", default=os.path.join(os.path.dirname(numpy.random.__file__), "tests"),
                    help="directory holding NumPy's numpy/random/tests (default: the installed ones)")
    a = ap.parse_args(argv)
    if np.__version__ != "2.4.6":
        raise SystemExit("port_gen_tests.py needs NumPy 2.4.6, this is %s" % np.__version__)
    plugin = Plugin()
    paths = [os.path.join(a.tests, f + ".py") for f in FILES]
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    with proxies_installed(), warnings.catch_warnings():
        code = pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                            "-W", "ignore::pytest.PytestUnraisableExceptionWarning"] + paths, plugins=[plugin])
    print("pytest exit code", code)
    counters = collections.Counter()
    cases, literals, report = [], {}, []
    for nodeid, (rec, passed) in plugin.results.items():
        fname, cls, func, source = split_nodeid(nodeid)
        what = "-".join(p for p in (fname, cls, func) if p)
        if passed == "skipped":
            report.append((source, "skipped: NumPy's test skips itself here (pytest.skip)"))
            continue
        if passed != "passed":
            report.append((source, "NOT PORTED: the test fails under the recording proxy"))
            continue
        made = cases_of(rec)
        cuts = sorted({s.cut_reason for s in rec.streams if s.cut_reason})
        ids, notes = [], []
        for stream, calls, lit in made:
            case = {"id": None, "gen": stream.gen(), "calls": calls}
            live = (stream.live[:len(calls)] if stream.gen_error is None
                    else {"error": oracle.error_value(stream.gen_error)})
            bad = replay_cut(case, live)
            if bad is not None:   # an unrecorded use of the bit generator: keep what replays exactly
                notes.append("replay differs from the test at call %d (cut there)" % bad)
                case["calls"] = calls[:bad]
                lit = dict(lit)
                lit["checks"] = [ch for ch in lit.get("checks", []) if ch["call"] < bad]
                lit["raises"] = {k: v for k, v in lit.get("raises", {}).items() if int(k) < bad}
                lit = {k: v for k, v in lit.items() if v}
                if not lit.get("checks") and not lit.get("raises"):
                    continue
            counters[what] += 1
            cid = "%s-%s-%d" % (SUITE, what, counters[what])
            case["id"] = cid
            cases.append(case)
            literals[cid] = dict({"source": source}, **lit)
            if stream.seed_substituted:
                literals[cid]["note"] = ("NumPy's test uses an unseeded %s; ported with seed 0 (the checked values "
                                         "do not depend on the seed)" % stream.name)
            ids.append(cid)
        if not ids:
            why = "no literal or exception check on a recorded call"
            if cuts:
                why += "; streams cut: " + "; ".join(cuts)
            if notes:
                why += "; " + "; ".join(sorted(set(notes)))
            report.append((source, "skipped: " + why))
            continue
        extra = ("; unlinked comparisons (properties): %d" % rec.unlinked) if rec.unlinked else ""
        extra += ("; streams cut: " + "; ".join(cuts)) if cuts else ""
        extra += ("; " + "; ".join(sorted(set(notes)))) if notes else ""
        report.append((source, "ported: %d case(s) %s%s" % (len(ids), ids[0].rsplit("-", 1)[0], extra)))
    # the final check: every case replays exactly what the test saw
    for case in cases:
        got = oracle.answer(json.loads(json.dumps(case)))
        if "error" not in got and any(isinstance(r, dict) and r.get("error") == "ProtocolError" for r in got["results"]):
            raise SystemExit("protocol error in %s" % case["id"])
    with open(os.path.join(HERE, "port_gen.jsonl"), "w", encoding="utf-8") as out:
        for case in cases:
            out.write(json.dumps(case, allow_nan=False) + "\n")
    with open(os.path.join(HERE, "literals_gen.json"), "w", encoding="utf-8") as out:
        json.dump(literals, out, indent=1, allow_nan=False)
        out.write("\n")
    with open(os.path.join(HERE, "ported_gen.txt"), "w", encoding="utf-8") as out:
        for source, what in report:
            out.write("%s\t%s\n" % (source, what))
    print("%d cases from %d tests; %d tests without a portable check"
          % (len(cases), sum(1 for _, w in report if w.startswith("ported")),
             sum(1 for _, w in report if not w.startswith("ported"))))


if __name__ == "__main__":
    main()
