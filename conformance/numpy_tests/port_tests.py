#!/usr/bin/env python3
"""Ports NumPy 2.4.6's own RandomState tests into conformance cases, by running them.

Runs the four test files (test_randomstate.py, test_random.py, test_randomstate_regression.py,
test_regression.py, as installed with NumPy 2.4.6, identical to the v2.4.6 tag) under pytest with
RandomState replaced by a recording proxy:
  * every RandomState(seed) the test makes starts a *stream* (seed None is replaced by 0); the
    module-level functions (np.random.normal, ...) run on a *global stream*, restarted by
    np.random.seed(s) (seed 0 until the test seeds it);
  * every method call on a stream is recorded (arguments encoded as protocol VALUES before the call),
    with its result or exception;
  * assert_array_almost_equal / assert_array_equal / assert_equal / assert_array_almost_equal_nulp
    and sha256 hash comparisons are recorded too: when one side of the comparison *is* a recorded
    call's result (or the shuffled argument of a recorded shuffle), that is a literal check of that
    call against the other side -- the test's own desired value, with the test's own tolerance;
  * every call that raised (the test expected it: the test passed) is an exception check.
Only tests that pass under the recording count. A stream is cut before its first call that cannot be
written as a protocol VALUE (masked arrays, memoryviews, complex or object arrays, bit generator
objects, ...) or that raised a warning as an error; streams without checks are dropped.

Each stream with a check becomes one case, id numpy_tests-<file>-<Class>-<test>-<n> (n counts the
streams of the test, parametrizations included). Before writing, every case is replayed through
oracle.py and must give exactly what the test saw, call by call. Writes
  conformance/numpy_tests/port.jsonl     the cases (make_cases.py copies them into cases/numpy_tests.jsonl)
  conformance/numpy_tests/literals.json  {case id: {"source", "checks": [{"call", "desired", tolerance}],
                                          "raises", "gen_raises", "note"}} (see check_literals.py)
  conformance/numpy_tests/ported.txt     what was ported / skipped per test (for README.md)
Needs NumPy 2.4.6 and pytest. Not run by regen.sh (its outputs are committed).

Usage: port_tests.py [--tests DIR]
"""
import argparse
import collections
import hashlib
import json
import os
import sys
import types

import numpy as np
import numpy.random
import numpy.random.mtrand as mtrand
import numpy.testing
import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import oracle  # noqa: E402  (encode: Python -> protocol VALUE)

FILES = ("test_randomstate", "test_random", "test_randomstate_regression", "test_regression")
ALLOWED_DTYPES = ("bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
                  "float32", "float64")
MAX_RESULT_SIZE = 20000          # larger outputs (1,000,000-draw hash tests) are not ported
RealRandomState = numpy.random.RandomState
LEGACY_FUNCTIONS = [n for n in dir(mtrand) if callable(getattr(mtrand, n))
                    and getattr(getattr(mtrand, n), "__self__", None) is mtrand._rand]


class Unencodable(Exception):
    pass


def encode_arg(v):
    """A call argument as a protocol VALUE, or Unencodable."""
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, np.bool_):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        return oracle.encode_float(v)
    if isinstance(v, (list, tuple)):
        return [encode_arg(x) for x in v]
    if isinstance(v, dict):
        return {str(k): encode_arg(x) for k, x in v.items()}
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    if isinstance(v, (type, np.dtype)):   # a dtype argument (dtype=np.int8, dtype=bool, dtype=int): its name
        try:
            name = np.dtype(v).name
        except TypeError:
            raise Unencodable(repr(v)) from None
        if name not in ALLOWED_DTYPES:
            raise Unencodable(repr(v))
        return name
    if isinstance(v, np.ndarray):
        if v.dtype.name not in ALLOWED_DTYPES:
            raise Unencodable("%s array" % v.dtype)
        if not v.flags.writeable:
            raise Unencodable("read-only array")
        for cls in type(v).__mro__:     # a subclass that changes behaviour (masked, __float__, ...)
            if cls is np.ndarray:
                break
            if set(vars(cls)) - {"__module__", "__qualname__", "__doc__", "__dict__", "__weakref__",
                                 "__firstlineno__", "__static_attributes__"}:
                raise Unencodable("ndarray subclass %s" % cls.__name__)
        return {"dtype": v.dtype.name, "shape": list(v.shape),
                "data": [encode_arg(x) for x in v.ravel(order="C").tolist()]}
    raise Unencodable(type(v).__name__)


def encode_seed(seed):
    if isinstance(seed, (range, np.ndarray)):
        return encode_arg(np.asarray(seed).tolist())
    return encode_arg(seed)


class Stream:
    def __init__(self, rec, seed, kind):
        self.rec = rec
        self.kind = kind                      # "RandomState" or "global"
        self.seed_substituted = seed is None
        self.seed = 0 if seed is None else seed
        try:
            self.seed_json = encode_seed(self.seed)
        except Unencodable as exc:
            self.seed_json = None
            self.cut_reason = "seed: " + str(exc)
        self.calls = []                       # [NAME, ARGS, KWARGS] or None (unencodable)
        self.outcomes = []                    # result object or BaseException
        self.live = []                        # the outcome as a protocol VALUE, at the time of the call
        self.gen_error = None
        self.cut = None                       # index of the first call that cannot be replayed
        self.cut_reason = getattr(self, "cut_reason", None)
        if self.seed_json is None:
            self.cut = 0

    def record(self, name, args, kwargs, method):
        try:
            enc = [name, [encode_arg(a) for a in args], {k: encode_arg(v) for k, v in kwargs.items()}]
        except Unencodable as exc:
            enc = None
            if self.cut is None:
                self.cut, self.cut_reason = len(self.calls), "%s argument: %s" % (name, exc)
        idx = len(self.calls)
        self.calls.append(enc)
        self.outcomes.append(None)
        self.live.append(None)
        try:
            res = method(*args, **kwargs)
        except BaseException as exc:
            self.outcomes[idx] = exc
            self.live[idx] = oracle.error_value(exc)
            if isinstance(exc, Warning) and self.cut is None:
                self.cut, self.cut_reason = idx, "%s raised a warning as an error" % name
            raise
        self.outcomes[idx] = res
        try:
            self.live[idx] = oracle.encode(args[0] if name == "shuffle" else res)
        except Exception:  # noqa: BLE001 - an answer the protocol cannot write: cut here
            if self.cut is None:
                self.cut, self.cut_reason = idx, "%s answer cannot be encoded" % name
        size = getattr(res, "size", 1)
        if isinstance(size, int) and size > MAX_RESULT_SIZE and self.cut is None:
            self.cut, self.cut_reason = idx, "%s result of %d elements" % (name, size)
        linked = args[0] if name == "shuffle" and args else res
        self.rec.links.append((linked, self, idx))
        return res


class Proxy:
    """Stands in for a RandomState: records every method call on its stream."""

    def __init__(self, real, stream):
        object.__setattr__(self, "_real", real)
        object.__setattr__(self, "_stream", stream)

    def __getattr__(self, name):
        attr = getattr(self._real, name)
        if not callable(attr):
            return attr
        stream = self._stream

        def call(*args, **kwargs):
            return stream.record(name, args, kwargs, attr)
        return call


class Recorder:
    """The recording of one test (one pytest item)."""

    def __init__(self):
        self.streams = []
        self.links = []           # (object, stream, call index), in call order
        self.checks = []          # (stream, call index, check dict)
        self.global_proxy = None
        self.unlinked = 0

    def new_random_state(self, *args, **kwargs):
        seed = args[0] if args else kwargs.get("seed")
        stream = Stream(self, seed, "RandomState")
        self.streams.append(stream)
        try:
            real = RealRandomState(stream.seed)
        except BaseException as exc:
            stream.gen_error = exc
            raise
        return Proxy(real, stream)

    def global_stream(self, seed=None):
        stream = Stream(self, seed, "global")
        self.streams.append(stream)
        self.global_proxy = Proxy(RealRandomState(stream.seed), stream)
        return self.global_proxy

    def module_function(self, name):
        def call(*args, **kwargs):
            proxy = self.global_proxy or self.global_stream()
            return getattr(proxy, name)(*args, **kwargs)
        return call

    def module_seed(self, seed=None):
        self.global_stream(seed)

    def find(self, obj):
        for linked, stream, idx in reversed(self.links):
            if linked is obj:
                return stream, idx
        if isinstance(obj, np.ndarray) and obj.dtype == object and obj.ndim == 1:
            # np.array(shuffled_list, dtype=object): the same element objects as a shuffled list
            for linked, stream, idx in reversed(self.links):
                if (isinstance(linked, list) and len(linked) == len(obj)
                        and all(a is b for a, b in zip(linked, obj))):
                    return stream, idx
        base = getattr(obj, "base", None)
        return self.find(base) if base is not None else None

    def check(self, actual, desired, tolerance):
        hit = self.find(actual)
        if hit is None:
            hit, (actual, desired) = self.find(desired), (desired, actual)
        if hit is None:
            self.unlinked += 1
            return
        stream, idx = hit
        try:
            enc = oracle.encode(desired)
        except Exception:  # noqa: BLE001 - a desired value the protocol cannot write: not a check
            self.unlinked += 1
            return
        self.checks.append((stream, idx, dict({"desired": enc}, **tolerance)))


REC = None  # the current Recorder


def recording_assert(original, kind):
    def wrapper(actual, desired, *args, **kwargs):
        if REC is not None:
            if kind == "decimal":
                tol = {"decimal": args[0] if args else kwargs.get("decimal", 6)}
            elif kind == "nulp":
                tol = {"nulp": args[0] if args else kwargs.get("nulp", 1)}
            else:
                tol = {"exact": True}
            REC.check(actual, desired, tol)
        return original(actual, desired, *args, **kwargs)
    return wrapper


class HashStr(str):
    """A sha256 hexdigest that remembers which result it hashes; == records the comparison."""

    def __eq__(self, other):
        if REC is not None and isinstance(other, str) and self.link is not None:
            stream, idx = self.link
            REC.checks.append((stream, idx, {"desired": str(other), "sha256": self.view}))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def hashlib_shim():
    shim = types.ModuleType("hashlib")
    shim.__dict__.update(hashlib.__dict__)

    def sha256(data=b""):
        h = hashlib.sha256(data)
        link = REC.find(data) if REC is not None else None
        view = str(data.dtype) if isinstance(data, np.ndarray) else "bytes"

        class H:
            def hexdigest(self_inner):
                s = HashStr(h.hexdigest())
                s.link, s.view = link, view
                return s
        return H()
    shim.sha256 = sha256
    return shim


class Plugin:
    def __init__(self):
        self.results = collections.OrderedDict()   # nodeid -> (Recorder, passed)

    @pytest.hookimpl(hookwrapper=True)
    def pytest_pyfunc_call(self, pyfuncitem):
        global REC
        REC = Recorder()
        module = pyfuncitem.module
        saved = []

        def patch(obj, name, value):
            saved.append((obj, name, getattr(obj, name)))
            setattr(obj, name, value)

        for mod in (numpy.random, mtrand):
            patch(mod, "RandomState", REC.new_random_state)
            patch(mod, "seed", REC.module_seed)
            for name in LEGACY_FUNCTIONS:
                patch(mod, name, REC.module_function(name))
        for name, kind in (("assert_array_almost_equal", "decimal"), ("assert_array_equal", "exact"),
                           ("assert_equal", "exact")):
            if hasattr(module, name):
                patch(module, name, recording_assert(getattr(module, name), kind))
        patch(numpy.testing, "assert_array_almost_equal_nulp",
              recording_assert(numpy.testing.assert_array_almost_equal_nulp, "nulp"))
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
            self.results[report.nodeid][1] = report.passed


def split_nodeid(nodeid):
    """'.../test_random.py::TestX::test_y[p]' -> ('test_random', 'TestX', 'test_y', 'test_random.py::TestX::test_y[p]')."""
    parts = nodeid.split("::")
    fname = os.path.basename(parts[0])
    cls = parts[1] if len(parts) == 3 else None
    func = parts[-1].split("[")[0]
    return fname[:-3], cls, func, "::".join([fname] + parts[1:])


def cases_of(rec):
    """(stream, calls, literal-without-source) for every case (= replayable stream with a check) of one test."""
    out = []
    by_stream = collections.OrderedDict((id(s), (s, [])) for s in rec.streams)
    for stream, idx, chk in rec.checks:
        by_stream[id(stream)][1].append((idx, chk))
    for stream, checks in by_stream.values():
        if stream.gen_error is not None:
            if stream.seed_json is not None and not stream.seed_substituted:
                out.append((stream, [], {"gen_raises": type(stream.gen_error).__name__}))
            continue
        end = len(stream.calls) if stream.cut is None else stream.cut
        checks = sorted(((i, c) for i, c in checks if i < end), key=lambda ic: ic[0])
        raising = [i for i in range(end) if isinstance(stream.outcomes[i], BaseException)]
        if not checks and not raising:
            continue
        lit = {}
        if checks:
            lit["checks"] = [dict({"call": i}, **c) for i, c in checks]
        if raising:
            lit["raises"] = {str(i): {"error": type(stream.outcomes[i]).__name__, "message": str(stream.outcomes[i])}
                             for i in raising}
        out.append((stream, stream.calls[:end], lit))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tests", default=os.path.join(os.path.dirname(numpy.random.__file__), "tests"),
                    help="directory holding NumPy's numpy/random/tests (default: the installed ones)")
    a = ap.parse_args(argv)
    if np.__version__ != "2.4.6":
        raise SystemExit("port_tests.py needs NumPy 2.4.6, this is %s" % np.__version__)
    plugin = Plugin()
    paths = [os.path.join(a.tests, f + ".py") for f in FILES]
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    code = pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:randomly", "-W", "ignore::pytest.PytestUnraisableExceptionWarning"]
                       + paths, plugins=[plugin])
    print("pytest exit code", code)
    counters = collections.Counter()
    cases, literals, report, live = [], {}, [], {}
    for nodeid, (rec, passed) in plugin.results.items():
        fname, cls, func, source = split_nodeid(nodeid)
        what = "-".join(p for p in (fname, cls, func) if p)
        if not passed:
            report.append((source, "NOT PORTED: the test fails under the recording proxy"))
            continue
        made = cases_of(rec)
        cuts = sorted({s.cut_reason for s in rec.streams if s.cut_reason})
        if not made:
            why = "no literal or exception check on a recorded call"
            if cuts:
                why += "; streams cut: " + "; ".join(cuts)
            report.append((source, "skipped: " + why))
            continue
        ids = []
        for stream, calls, lit in made:
            counters[what] += 1
            cid = "numpy_tests-%s-%d" % (what, counters[what])
            cases.append({"id": cid, "gen": {"type": "RandomState", "seed": stream.seed_json}, "calls": calls})
            live[cid] = (stream.live[:len(calls)] if stream.gen_error is None
                         else {"error": oracle.error_value(stream.gen_error)})
            literals[cid] = dict({"source": source}, **lit)
            if stream.seed_substituted:
                literals[cid]["note"] = ("%s: NumPy's test uses an unseeded generator; ported with seed 0 "
                                         "(the checked values do not depend on the seed)"
                                         % ("np.random.*" if stream.kind == "global" else "RandomState()"))
            ids.append(cid)
        extra = ("; unlinked comparisons (properties): %d" % rec.unlinked) if rec.unlinked else ""
        extra += ("; streams cut: " + "; ".join(cuts)) if cuts else ""
        report.append((source, "ported: %d case(s) %s%s" % (len(ids), ids[0].rsplit("-", 1)[0], extra)))
    # the replay must give what the test saw, call by call (same floats, same errors)
    bad = 0
    for case in cases:
        got = oracle.answer(json.loads(json.dumps(case)))
        want = live[case["id"]]
        if json.dumps(got.get("results", {"error": got.get("error")})) != json.dumps(want):
            bad += 1
            print("REPLAY MISMATCH", case["id"], json.dumps(got)[:300], json.dumps(want)[:300])
    print("replay check: %d of %d cases replay exactly what the tests saw" % (len(cases) - bad, len(cases)))
    if bad:
        raise SystemExit(1)
    with open(os.path.join(HERE, "port.jsonl"), "w", encoding="utf-8") as out:
        for case in cases:
            out.write(json.dumps(case, allow_nan=False) + "\n")
    with open(os.path.join(HERE, "literals.json"), "w", encoding="utf-8") as out:
        json.dump(literals, out, indent=1, allow_nan=False)
        out.write("\n")
    with open(os.path.join(HERE, "ported.txt"), "w", encoding="utf-8") as out:
        for source, what in report:
            out.write("%s\t%s\n" % (source, what))
    print("%d cases from %d tests; %d tests without a portable check"
          % (len(cases), sum(1 for _, w in report if w.startswith("ported")),
             sum(1 for _, w in report if not w.startswith("ported"))))


if __name__ == "__main__":
    main()
