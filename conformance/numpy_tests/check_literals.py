#!/usr/bin/env python3
"""Checks that the oracle's answers to the numpy_tests and numpy_gen_tests suites agree with NumPy's own test literals.

conformance/numpy_tests/literals.json (numpy_tests: NumPy 2.4.6's RandomState tests) and literals_gen.json
(numpy_gen_tests: its Generator tests) hold, per case, the desired values written in the tests, with each
test's own tolerance ("source" names the test):
  "checks": [{"call": i, "desired": VALUE, <tolerance>}, ...]   results[i] must equal VALUE ...
    "decimal": d                  ... as numpy.testing.assert_array_almost_equal(actual, desired, decimal=d)
    "exact": true                 ... as numpy.testing.assert_equal (NaN equals NaN)
    "nulp": n                     ... as numpy.testing.assert_array_almost_equal_nulp(actual, desired, nulp=n)
    "rtol": r, "atol": a          ... as numpy.testing.assert_allclose(actual, desired, rtol=r, atol=a)
    "sha256": view                ... desired is the sha256 hex digest of the result's bytes (viewed as `view`)
    "path": [k1, k2, ...]         (optional) the check is on results[i][k1][k2]... (a value inside a state dict)
  "raises": {"i": {"error", "message"}}   results[i] is that error (class and message)
  "gen_raises": "TypeError"               making the generator fails with that error class
  "gen_message": "..."                    (optional) ... and that message
A failure means the port (the case's seed, calls or argument encoding) is not faithful to the test,
or the expected answers are stale. Needs NumPy.

Usage: check_literals.py                      # both suites, their committed expected answers
       check_literals.py SUITE [EXPECTED]     # one suite (numpy_tests or numpy_gen_tests)
"""
import hashlib
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import oracle  # noqa: E402  (decode: protocol VALUE -> Python)


def as_plain(value):
    """Tuples as lists, recursively (object arrays and shuffled lists of tuples compare as lists)."""
    if isinstance(value, (list, tuple)):
        return [as_plain(v) for v in value]
    return value


def check_value(actual_json, lit):
    actual = oracle.decode(actual_json)
    desired_json = lit["desired"]
    if isinstance(actual_json, dict) and "error" in actual_json:
        raise AssertionError("the answer is an error: %s" % actual_json)
    if "sha256" in lit:
        data = np.ascontiguousarray(actual)
        if lit["sha256"] != "bytes":
            data = data.view(lit["sha256"])
        got = hashlib.sha256(data).hexdigest()
        if got != desired_json:
            raise AssertionError("sha256 %s != %s" % (got, desired_json))
        return
    if isinstance(desired_json, dict) and desired_json.get("dtype") == "object":
        got = as_plain(actual.tolist() if isinstance(actual, np.ndarray) else actual)
        want = as_plain(desired_json["data"])
        if got != want:
            raise AssertionError("%r != %r" % (got, want))
        return
    desired = oracle.decode(desired_json)
    if isinstance(desired, bytes) or isinstance(actual, bytes):
        np.testing.assert_equal(actual, desired)
    elif "rtol" in lit:
        np.testing.assert_allclose(actual, desired, rtol=lit["rtol"], atol=lit["atol"])
    elif "decimal" in lit:
        np.testing.assert_array_almost_equal(actual, desired, decimal=lit["decimal"])
    elif "nulp" in lit:
        np.testing.assert_array_almost_equal_nulp(np.asarray(actual), np.asarray(desired), nulp=lit["nulp"])
    else:
        np.testing.assert_equal(as_plain(actual) if isinstance(actual, list) else actual,
                                as_plain(desired) if isinstance(desired, list) else desired)


SUITES = {"numpy_tests": "literals.json", "numpy_gen_tests": "literals_gen.json"}


def at_path(value, path):
    for key in path:
        value = value[key]
    return value


def check_suite(suite, expected_path):
    with open(os.path.join(HERE, SUITES[suite]), encoding="utf-8") as f:
        literals = json.load(f)
    answers = {}
    with open(expected_path, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            answers[a["id"]] = a
    failures, values, errors = [], 0, 0
    for cid, lit in literals.items():
        a = answers.get(cid)
        try:
            if a is None:
                raise AssertionError("no answer")
            if "gen_raises" in lit:
                got = a.get("error", {})
                if got.get("error") != lit["gen_raises"] or got.get("message", lit.get("gen_message")) != \
                        lit.get("gen_message", got.get("message")):
                    raise AssertionError("generator: %s, expected %s %s" % (a.get("error"), lit["gen_raises"],
                                                                           lit.get("gen_message", "")))
                errors += 1
                continue
            results = a["results"]
            for idx, err in lit.get("raises", {}).items():
                got = results[int(idx)]
                if not (isinstance(got, dict) and got.get("error") == err["error"]
                        and got.get("message") == err["message"]):
                    raise AssertionError("call %s: %s, expected %s" % (idx, got, err))
                errors += 1
            for chk in lit.get("checks", []):
                try:
                    check_value(at_path(results[chk["call"]], chk.get("path", [])), chk)
                except AssertionError as exc:
                    raise AssertionError("call %d%s: %s" % (chk["call"], chk.get("path", ""), exc)) from None
                values += 1
        except AssertionError as exc:
            failures.append((cid, lit["source"], str(exc).strip().splitlines()[:6]))
    for cid, source, msg in failures:
        print("FAIL %s (%s)\n    %s" % (cid, source, "\n    ".join(msg)))
    print("%s literals: %d cases, %d value checks and %d exception checks agree, %d failures"
          % (suite, len(literals), values, errors, len(failures)))
    return len(failures)


def main(argv):
    expected_dir = os.path.join(os.path.dirname(HERE), "expected")
    if len(argv) > 1:
        suite = argv[1]
        if suite not in SUITES:
            raise SystemExit("unknown suite %r; suites: %s" % (suite, ", ".join(SUITES)))
        path = argv[2] if len(argv) > 2 else os.path.join(expected_dir, suite + ".expected.jsonl")
        return 1 if check_suite(suite, path) else 0
    failed = sum(check_suite(suite, os.path.join(expected_dir, suite + ".expected.jsonl")) for suite in SUITES)
    print("%d failures" % failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
