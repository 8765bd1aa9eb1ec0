#!/usr/bin/env python3
"""nprand's reference executor for the replay protocol (conformance/PROTOCOL.md, versions 1 and 2).

Reads case lines, runs every call against the real thing (NumPy's numpy.random, CPython's random,
scikit-learn's splits) and writes one answer line per case, in the input order.

The references answer different case types, and they live in different interpreters:
  * RandomState, Generator, BitGenerator, SeedSequence: NumPy 2.4.6 under `python3` (CPython 3.11);
  * random.Random: CPython 3.13 (`PYENV_VERSION=3.13.0 python3`), which has no NumPy;
  * sklearn (protocol version 2): scikit-learn 1.9.1 over NumPy 2.4.6 by default; a case whose gen
    has "sklearn_version" "1.6.1" or "1.2.1" is answered by that release (the compatibility modes):
    1.9.1 and 1.6.1 in the virtual environments conformance/sklearn_venvs.sh makes, 1.2.1 by
    Debian's python3-sklearn under /usr/bin/python3 (over Debian's NumPy 1.24.2).
So this file works in two modes:
  * driver (default): splits the input by case type, runs each part in a worker under the right
    interpreter, and merges the answers back in the original order;
  * worker (`--worker`): answers every case in the current interpreter. The module imports
    without NumPy, so random.Random-only input runs under 3.13.

Usage:
    oracle.py [FILE|-] [-o OUT]            # driver: cases in, answers out
    oracle.py --worker [FILE|-] [-o OUT]   # answer here, in this interpreter
Environment (driver): NPRAND_ORACLE_NUMPY_PYTHON (default: python3 with PYENV_VERSION unset),
NPRAND_ORACLE_RANDOM_PYTHON (default: python3 with PYENV_VERSION=3.13.0),
NPRAND_ORACLE_SKLEARN_PYTHON_1_9_1, NPRAND_ORACLE_SKLEARN_PYTHON_1_6_1 (defaults:
conformance/.venv-sklearn-<version>/bin/python), NPRAND_ORACLE_SKLEARN_PYTHON_1_2_1 (default:
/usr/bin/python3).

Nothing here knows about particular methods beyond the protocol's special calls: any method name
is looked up with getattr, so new cases need no change here. (sklearn cases call scikit-learn's
three functions, or a splitter's split / get_n_splits, by name; see SklearnSubject.)
"""
import argparse
import json
import os
import random
import subprocess
import sys
import warnings

try:  # optional: the random.Random worker runs under CPython 3.13, which has no NumPy
    import numpy as np
except ImportError:  # pragma: no cover - depends on the interpreter
    np = None

if hasattr(sys, "set_int_max_str_digits"):  # Python ints of any size, as the protocol allows
    sys.set_int_max_str_digits(0)

EXPECTED_NUMPY = "2.4.6"
EXPECTED_RANDOM_PYTHON = (3, 13)
NUMPY_TYPES = ("RandomState", "Generator", "BitGenerator", "SeedSequence")
RANDOM_TYPE = "random.Random"
SKLEARN_TYPE = "sklearn"
# scikit-learn releases the oracle answers (gen "sklearn_version"), and the NumPy each runs over.
SKLEARN_VERSIONS = {"1.9.1": "2.4.6", "1.6.1": "2.4.6", "1.2.1": "1.24.2"}
DEFAULT_SKLEARN = "1.9.1"
HERE = os.path.dirname(os.path.abspath(__file__))
BIT_GENERATORS = ("MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64")
# Calls whose answer is null by the protocol (whatever Python returns, e.g. advance returns self).
NULL_ANSWER_CALLS = ("advance", "seed", "set_state", "setstate")
# Calls whose state argument must be a tuple in Python (JSON has only arrays).
TUPLE_ARGUMENT_CALLS = ("setstate", "set_state")


class ProtocolError(Exception):
    """A case that does not follow the protocol (not a failure of the reference)."""


# ---------------------------------------------------------------- values: JSON -> Python

def decode(value, tuples=False):
    """A protocol VALUE (parsed JSON) as the Python object it stands for."""
    if isinstance(value, list):
        items = [decode(v, tuples) for v in value]
        return tuple(items) if tuples else items
    if isinstance(value, dict):
        keys = set(value)
        if keys == {"float"}:
            return float(value["float"])
        if keys == {"bytes"}:
            return bytes.fromhex(value["bytes"])
        if keys == {"range"}:
            return range(*value["range"])
        if keys == {"dtype", "shape", "data"}:
            if np is None:
                raise ProtocolError("an ndarray value needs NumPy")
            data = [decode(v) for v in value["data"]]
            return np.array(data, dtype=value["dtype"]).reshape(value["shape"])
        return {k: decode(v, tuples) for k, v in value.items()}
    return value  # None, bool, int, float, str


# ---------------------------------------------------------------- values: Python -> JSON

def encode_float(x):
    x = float(x)
    if x != x:
        return {"float": "nan"}
    if x in (float("inf"), float("-inf")):
        return {"float": "inf" if x > 0 else "-inf"}
    return x


def encode(value):
    """A Python object (result or argument) as a protocol VALUE."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return encode_float(value)
    if isinstance(value, (bytes, bytearray)):
        return {"bytes": bytes(value).hex()}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, range):
        return {"range": [value.start, value.stop, value.step]}
    if isinstance(value, BaseException):
        return {"error": type(value).__name__, "message": str(value)}
    if np is not None:
        if isinstance(value, np.ndarray):
            if value.ndim == 0:
                return encode(value[()])
            # tolist() gives exact Python ints for every integer dtype, and the exact double of a
            # float32 (which parses back to the same float32).
            return {"dtype": str(value.dtype), "shape": list(value.shape),
                    "data": [encode(v) for v in value.ravel(order="C").tolist()]}
        if isinstance(value, np.bool_):
            return bool(value)
        if isinstance(value, np.integer):
            return int(value)
        if isinstance(value, np.floating):
            return encode_float(value)
        if isinstance(value, np.random.SeedSequence):
            # Not in PROTOCOL.md v1 (spawn's answer): a SeedSequence is answered as its `state` dict.
            return encode(value.state)
    raise ProtocolError("cannot encode a %s" % type(value).__name__)


def error_value(exc):
    return {"error": type(exc).__name__, "message": str(exc)}


# ---------------------------------------------------------------- generators

def seed_sequence(spec):
    return np.random.SeedSequence(spec.get("entropy"), spawn_key=tuple(spec.get("spawn_key", ())))


def bit_generator(gen):
    name = gen.get("bit_generator", "PCG64")
    if name not in BIT_GENERATORS:
        raise NotImplementedError("unknown bit generator %r" % name)
    seed = gen.get("seed")
    if isinstance(seed, dict) and "entropy" in seed:
        seed = seed_sequence(seed)
    else:
        seed = decode(seed)
    return getattr(np.random, name)(seed)


def make_generator(gen):
    """The object the calls of a case run against."""
    kind = gen.get("type")
    if kind == RANDOM_TYPE:
        return random.Random(decode(gen.get("seed")))
    if kind == SKLEARN_TYPE:
        return SklearnSubject(gen)
    if kind not in NUMPY_TYPES:
        raise NotImplementedError("unknown generator type %r" % kind)
    if np is None:
        raise ProtocolError("%s cases need NumPy" % kind)
    if kind == "RandomState":
        return np.random.RandomState(decode(gen.get("seed")))
    if kind == "Generator":
        return np.random.Generator(bit_generator(gen))
    if kind == "BitGenerator":
        return bit_generator(gen)
    return np.random.SeedSequence(decode(gen.get("entropy")), spawn_key=tuple(gen.get("spawn_key", ())),
                                  pool_size=gen.get("pool_size", 4))


# ---------------------------------------------------------------- calls

def resolve(obj, dotted):
    for part in dotted:
        obj = getattr(obj, part)
    return obj


class Case:
    """One case's generator and the calls made on it."""

    def __init__(self, generator):
        self.generator = generator

    def call(self, name, args, kwargs):
        """One call's answer (a protocol VALUE); a raised exception becomes an error value."""
        try:
            return encode(self._call(name, args, kwargs))
        except Exception as exc:  # noqa: BLE001 - every Python error is an answer
            return error_value(exc)

    def _call(self, name, args, kwargs):
        if isinstance(self.generator, SklearnSubject):
            return self.generator.call(name, args, kwargs)
        path = name.split(".")
        last = path[-1]
        tuples = last in TUPLE_ARGUMENT_CALLS
        args = [decode(a, tuples) for a in args]
        kwargs = {k: decode(v, tuples) for k, v in kwargs.items()}
        if last.endswith("="):
            if len(args) != 1 or kwargs:
                raise ProtocolError("an assignment takes exactly one argument")
            setattr(resolve(self.generator, path[:-1]), last[:-1], args[0])
            return None
        target = resolve(self.generator, path)
        if not callable(target):
            if args or kwargs:
                raise ProtocolError("%s is an attribute, not a method" % name)
            return target
        result = target(*args, **kwargs)
        if last == "shuffle":
            return args[0] if args else kwargs.get("x")
        if last == "jumped":
            self.generator = result
            return None
        if last in NULL_ANSWER_CALLS:
            return None
        return result

# ---------------------------------------------------------------- scikit-learn (protocol version 2)

def sk_decode(value):
    """decode(), plus {"RandomState": S}: a new numpy.random.RandomState(S), made here."""
    if isinstance(value, dict):
        if set(value) == {"RandomState"}:
            return np.random.RandomState(decode(value["RandomState"]))
        if set(value) == {"dtype", "shape", "data"} or len(value) == 1 and set(value) & {"float", "bytes", "range"}:
            return decode(value)
        return {k: sk_decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [sk_decode(v) for v in value]
    return decode(value)


class SklearnSubject:
    """A {"type": "sklearn"} case: scikit-learn's functions, or one splitter made from "params".

    Calls: train_test_split, shuffle, resample (functions); split (answered as the list of
    [train, test] arrays, iterated to the end), get_n_splits (splitters). Two calls beyond
    PROTOCOL.md (README: encoding decisions): "warnings" answers the [category, message] of every
    warning raised since the case began or the last "warnings" call; "np.random.seed" seeds NumPy's
    global RandomState (what random_state=None draws from) and answers null.
    """

    def __init__(self, gen):
        release = gen.get("sklearn_version", DEFAULT_SKLEARN)
        if release not in SKLEARN_VERSIONS:
            raise NotImplementedError("the oracle answers scikit-learn %s only, not %r"
                                      % (", ".join(SKLEARN_VERSIONS), release))
        self.warnings = []
        self.splitter = gen.get("splitter")
        self.cv = None
        if self.splitter is not None:
            from sklearn import model_selection
            if not isinstance(self.splitter, str) or not hasattr(model_selection, self.splitter):
                raise NotImplementedError("unknown scikit-learn splitter %r" % (self.splitter,))
            params = sk_decode(gen.get("params", {}))
            with self.recording():
                self.cv = getattr(model_selection, self.splitter)(**params)

    def recording(self):
        subject = self

        class Recorder:
            def __enter__(self):
                self.ctx = warnings.catch_warnings(record=True)
                self.log = self.ctx.__enter__()
                warnings.simplefilter("always")
                return self

            def __exit__(self, *exc):
                self.ctx.__exit__(*exc)
                subject.warnings.extend([w.category.__name__, str(w.message)] for w in self.log)
                return False
        return Recorder()

    def call(self, name, args, kwargs):
        args = [sk_decode(a) for a in args]
        kwargs = {k: sk_decode(v) for k, v in kwargs.items()}
        if name == "warnings":
            out, self.warnings = self.warnings, []
            return out
        if name == "np.random.seed":
            np.random.seed(*args, **kwargs)
            return None
        with self.recording():
            if self.cv is None:
                if name == "train_test_split":
                    from sklearn.model_selection import train_test_split as function
                elif name in ("shuffle", "resample"):
                    import sklearn.utils
                    function = getattr(sklearn.utils, name)
                else:
                    raise NotImplementedError("sklearn has no function %r here" % name)
                return function(*args, **kwargs)
            if name == "split":
                return [[train, test] for train, test in self.cv.split(*args, **kwargs)]
            if name == "get_n_splits":
                return self.cv.get_n_splits(*args, **kwargs)
            raise NotImplementedError("%s.%s is not a protocol call" % (self.splitter, name))


def answer(case):
    """The answer object for a parsed case."""
    cid = case.get("id") if isinstance(case, dict) else None
    try:
        if not isinstance(case, dict) or not isinstance(case.get("calls"), list):
            raise ProtocolError("a case is an object with id, gen and calls")
        gen = case.get("gen")
        if not isinstance(gen, dict):
            raise ProtocolError("gen must be an object")
    except ProtocolError as exc:
        return {"id": cid, "error": error_value(exc)}
    try:
        runner = Case(make_generator(gen))
    except Exception as exc:  # noqa: BLE001
        return {"id": cid, "error": error_value(exc)}
    results = []
    for call in case["calls"]:
        if not isinstance(call, list) or len(call) not in (3, 4):
            results.append(error_value(ProtocolError("a call is [NAME, ARGS, KWARGS] or [NAME, ARGS, KWARGS, REPEAT]")))
            continue
        name, args, kwargs = call[0], call[1], call[2]
        if len(call) == 4:
            results.append([runner.call(name, args, kwargs) for _ in range(call[3])])
        else:
            results.append(runner.call(name, args, kwargs))
    return {"id": cid, "results": results}


def answer_line(line):
    """The answer line (no newline) for one case line."""
    try:
        case = json.loads(line)
    except ValueError as exc:
        return dumps({"id": None, "error": {"error": "ProtocolError", "message": str(exc)}})
    return dumps(answer(case))


def dumps(obj):
    return json.dumps(obj, allow_nan=False)


# ---------------------------------------------------------------- driver

def case_lines(path):
    stream = sys.stdin if path in (None, "-") else open(path, encoding="utf-8")
    with stream:
        return [line.rstrip("\n") for line in stream if line.strip()]


def case_kind(line):
    """'random' for random.Random cases, 'sklearn-<release>' for sklearn cases, 'numpy' for the
    rest, None for lines the driver answers."""
    try:
        case = json.loads(line)
    except ValueError:
        return None
    gen = case.get("gen") if isinstance(case, dict) else None
    kind = gen.get("type") if isinstance(gen, dict) else None
    if kind == SKLEARN_TYPE:
        release = gen.get("sklearn_version", DEFAULT_SKLEARN)
        if release not in SKLEARN_VERSIONS:
            return None  # answered by the driver: NotImplementedError
        return "sklearn-" + release
    return "random" if kind == RANDOM_TYPE else "numpy"


def interpreter(kind):
    env = dict(os.environ)
    # Under pyenv, a running python3 has its own version's bin directory first on PATH, so a plain
    # `python3` would be this interpreter again: drop those entries to reach pyenv's shims.
    versions = os.path.join(env.get("PYENV_ROOT", os.path.expanduser("~/.pyenv")), "versions") + os.sep
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if not p.startswith(versions))
    if kind == "random":
        command = env.get("NPRAND_ORACLE_RANDOM_PYTHON")
        env["PYENV_VERSION"] = "3.13.0"
    elif kind.startswith("sklearn-"):
        release = kind[len("sklearn-"):]
        command = env.get("NPRAND_ORACLE_SKLEARN_PYTHON_" + release.replace(".", "_"))
        env.pop("PYENV_VERSION", None)
        if not command:
            command = ("/usr/bin/python3" if release == "1.2.1"
                       else os.path.join(HERE, ".venv-sklearn-" + release, "bin", "python"))
    else:
        command = env.get("NPRAND_ORACLE_NUMPY_PYTHON")
        env.pop("PYENV_VERSION", None)
    return (command or "python3").split(), env


def run_worker(kind, lines):
    command, env = interpreter(kind)
    proc = subprocess.run(command + [os.path.abspath(__file__), "--worker", "--expect", kind, "-"],
                          input="".join(line + "\n" for line in lines), capture_output=True,
                          text=True, env=env, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit("oracle: the %s worker (%s) failed" % (kind, " ".join(command)))
    answers = proc.stdout.splitlines()
    if len(answers) != len(lines):
        raise SystemExit("oracle: the %s worker answered %d of %d cases" % (kind, len(answers), len(lines)))
    return answers


def drive(lines):
    answers = [None] * len(lines)
    parts = {}
    for i, line in enumerate(lines):
        kind = case_kind(line)
        if kind is None:
            answers[i] = answer_line(line)
        else:
            parts.setdefault(kind, []).append(i)
    for kind, indexes in parts.items():
        if indexes:
            for i, ans in zip(indexes, run_worker(kind, [lines[i] for i in indexes])):
                answers[i] = ans
    return answers


def check_interpreter(expect):
    """Refuse to answer from the wrong reference: a wrong oracle silently poisons every expectation."""
    if expect == "random" and sys.version_info[:2] != EXPECTED_RANDOM_PYTHON:
        raise SystemExit("oracle: random.Random cases need CPython %d.%d, this is %s"
                         % (EXPECTED_RANDOM_PYTHON + (sys.version.split()[0],)))
    if expect == "numpy" and (np is None or np.__version__ != EXPECTED_NUMPY):
        raise SystemExit("oracle: NumPy cases need NumPy %s, this has %s"
                         % (EXPECTED_NUMPY, None if np is None else np.__version__))
    if expect.startswith("sklearn-"):
        release = expect[len("sklearn-"):]
        try:
            import sklearn
        except ImportError:
            raise SystemExit("oracle: sklearn %s cases need scikit-learn %s (conformance/sklearn_venvs.sh); "
                             "%s has none" % (release, release, sys.executable))
        if sklearn.__version__ != release or np is None or np.__version__ != SKLEARN_VERSIONS[release]:
            raise SystemExit("oracle: sklearn %s cases need scikit-learn %s over NumPy %s, %s has %s over %s"
                             % (release, release, SKLEARN_VERSIONS[release], sys.executable,
                                sklearn.__version__, None if np is None else np.__version__))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cases", nargs="?", default="-", help="case file (JSON Lines) or - for stdin")
    ap.add_argument("-o", "--output", help="answer file (default: stdout)")
    ap.add_argument("--worker", action="store_true", help="answer every case in this interpreter")
    ap.add_argument("--expect", choices=("numpy", "random") + tuple("sklearn-" + v for v in SKLEARN_VERSIONS),
                    help="worker: check this interpreter is that reference")
    a = ap.parse_args(argv)
    lines = case_lines(a.cases)
    if a.worker:
        if a.expect:
            check_interpreter(a.expect)
        answers = [answer_line(line) for line in lines]
    else:
        answers = drive(lines)
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    with out:
        for line in answers:
            out.write(line + "\n")


if __name__ == "__main__":
    main()
