#!/usr/bin/env python3
"""Records scikit-learn's and NumPy's answers for nprand-sklearn's unit tests:
nprand-sklearn/src/test/resources/org/nprand/sklearn/recorded.txt.

Each line is `ID<TAB>KIND<TAB>PAYLOAD`:
  splits   PAYLOAD = splits separated by " / ", each "train | test" of comma-separated indices
  ints     PAYLOAD = comma-separated ints
  text     PAYLOAD = the text, JSON-encoded (a string literal)
  error    PAYLOAD = "ExceptionClass: " + JSON-encoded message
The recipes run under the reference interpreters (as conformance/oracle.py finds them):
scikit-learn 1.9.1 and 1.6.1 over NumPy 2.4.6 (this machine: AVX-512), 1.2.1 over NumPy 1.24.2.
Usage: tools/sklearn/record_test_values.py     (rewrites the file; deterministic)
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "nprand-sklearn", "src", "test", "resources", "org", "nprand", "sklearn", "recorded.txt")
CONF = os.path.join(ROOT, "conformance")
PYTHONS = {"1.9.1": os.path.join(CONF, ".venv-sklearn-1.9.1", "bin", "python"),
           "1.6.1": os.path.join(CONF, ".venv-sklearn-1.6.1", "bin", "python"),
           "1.2.1": "/usr/bin/python3"}

COMMON = r'''
import json, warnings
import numpy as np
import sklearn
from sklearn.model_selection import (KFold, StratifiedKFold, GroupKFold, StratifiedGroupKFold, ShuffleSplit,
    StratifiedShuffleSplit, GroupShuffleSplit, RepeatedKFold, RepeatedStratifiedKFold, LeaveOneOut, LeavePOut,
    LeaveOneGroupOut, LeavePGroupsOut, PredefinedSplit, TimeSeriesSplit, train_test_split)
from sklearn.utils import resample, shuffle
V = sklearn.__version__
def ints(a): return ",".join(str(int(x)) for x in a)
def splits(gen): return " / ".join(ints(tr) + " | " + ints(te) for tr, te in gen)
def rec(id, kind, payload): print("%s-%s\t%s\t%s" % (V, id, kind, payload))
def err(id, f):
    try:
        f()
        rec(id, "error", "none")
    except Exception as e:
        rec(id, "error", type(e).__name__ + ": " + json.dumps(str(e)))
def warns(id, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        f()
    rec(id, "text", json.dumps(" || ".join(w_.category.__name__ + ": " + str(w_.message) for w_ in w)))
X10 = np.zeros((10, 1))
# groups with ties: 20 groups of 2 samples, 5 groups of 3 (NumPy's unstable sorts order these differently)
TIE_GROUPS = np.array([g for g in range(20) for _ in range(2)] + [g for g in range(20, 25) for _ in range(3)])
np.random.RandomState(3).shuffle(TIE_GROUPS)
SG_Y = np.array([0, 1, 1, 0, 2, 2, 1, 0, 1, 1, 0, 2, 1, 0, 0, 1, 2, 1, 1, 0, 0, 1, 2, 2, 1, 0, 1, 0, 0, 1])
SG_G = np.array([0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
'''

ALL_VERSIONS = r'''
rec("GroupKFold-ties", "splits", splits(GroupKFold(3).split(np.zeros(len(TIE_GROUPS)), groups=TIE_GROUPS)))
rec("StratifiedGroupKFold-shuffle", "splits", splits(StratifiedGroupKFold(3, shuffle=True, random_state=0).split(np.zeros(30), SG_Y, SG_G)))
rec("StratifiedGroupKFold", "splits", splits(StratifiedGroupKFold(3).split(np.zeros(30), SG_Y, SG_G)))
rec("KFold-5-42", "splits", splits(KFold(5, shuffle=True, random_state=42).split(X10)))
rec("tts-02-42", "text", json.dumps([ints(a) for a in train_test_split(np.arange(10), test_size=0.2, random_state=42)]))
err("tts-test_size-1.5", lambda: train_test_split(np.arange(10), test_size=1.5))
err("ShuffleSplit-test_size-1.5", lambda: next(ShuffleSplit(test_size=1.5).split(X10)))
err("SSS-one-member", lambda: next(StratifiedShuffleSplit(test_size=0.3).split(X10, [0] * 9 + [1])))
err("resample-n_samples-0", lambda: resample(np.arange(4), n_samples=0, random_state=0))
warns("KFold-groups", lambda: list(KFold(2).split(np.zeros(4), groups=[1, 1, 2, 2])))
'''

LATEST = r'''
rec("input-TIE_GROUPS", "ints", ints(TIE_GROUPS))
rec("SKF-3-0", "splits", splits(StratifiedKFold(3, shuffle=True, random_state=0).split(np.zeros(12), [0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2])))
rec("SKF-3-0-renamed", "splits", splits(StratifiedKFold(3, shuffle=True, random_state=0).split(np.zeros(12), ["z", "z", "z", "z", "a", "a", "a", "a", "a", "m", "m", "m"])))
rec("SKF-noshuffle", "splits", splits(StratifiedKFold(3).split(np.zeros(12), [2, 0, 1, 0, 2, 1, 1, 0, 2, 0, 1, 1])))
warns("SKF-warning", lambda: list(StratifiedKFold(3).split(np.zeros(6), [0, 0, 0, 0, 0, 1])))
err("SKF-continuous", lambda: list(StratifiedKFold(3).split(np.zeros(6), [0.5, 1, 2, 3, 4, 5])))
err("SKF-too-small", lambda: list(StratifiedKFold(3).split(np.zeros(6), [0, 0, 1, 1, 2, 2])))
rs = np.random.RandomState(0)
kf = KFold(3, shuffle=True, random_state=rs)
rec("KFold-shared-1", "splits", splits(kf.split(np.zeros(7))))
rec("KFold-shared-2", "splits", splits(kf.split(np.zeros(7))))
rec("KFold-after-shared", "ints", ints(rs.randint(0, 1000, 3)))
np.random.seed(7)
rec("KFold-global", "splits", splits(KFold(3, shuffle=True).split(np.zeros(7))))
rec("ShuffleSplit", "splits", splits(ShuffleSplit(3, test_size=0.25, random_state=0).split(np.zeros(8))))
rec("ShuffleSplit-sizes", "splits", splits(ShuffleSplit(2, test_size=3, train_size=0.5, random_state=5).split(np.zeros(10))))
rec("ShuffleSplit-rounding-test", "splits", splits(ShuffleSplit(1, test_size=0.07, random_state=0).split(np.zeros(100))))
rec("ShuffleSplit-rounding-train", "splits", splits(ShuffleSplit(1, train_size=0.29, random_state=0).split(np.zeros(100))))
rec("SSS", "splits", splits(StratifiedShuffleSplit(2, test_size=0.3, random_state=1).split(np.zeros(12), [0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2])))
rec("SSS-strings", "splits", splits(StratifiedShuffleSplit(2, test_size=0.3, random_state=1).split(np.zeros(12), ["b", "b", "b", "b", "b", "b", "a", "a", "a", "c", "c", "c"])))
rec("GroupShuffleSplit", "splits", splits(GroupShuffleSplit(2, test_size=0.3, random_state=3).split(np.zeros(12), groups=[5, 5, 1, 1, 1, 9, 9, 2, 2, 7, 7, 7])))
rec("RepeatedKFold", "splits", splits(RepeatedKFold(n_splits=2, n_repeats=2, random_state=0).split(np.zeros(6))))
rec("RepeatedStratifiedKFold", "splits", splits(RepeatedStratifiedKFold(n_splits=2, n_repeats=2, random_state=0).split(np.zeros(8), [0, 0, 0, 0, 1, 1, 1, 1])))
rec("GroupKFold-shuffle", "splits", splits(GroupKFold(3, shuffle=True, random_state=0).split(np.zeros(12), groups=[5, 5, 1, 1, 1, 9, 9, 2, 2, 7, 7, 7])))
rec("TimeSeriesSplit", "splits", splits(TimeSeriesSplit(3, gap=1).split(np.zeros(10))))
rec("TimeSeriesSplit-max", "splits", splits(TimeSeriesSplit(3, max_train_size=3, test_size=2).split(np.zeros(12))))
rec("LeaveOneOut", "splits", splits(LeaveOneOut().split(np.zeros(3))))
rec("LeavePOut", "splits", splits(LeavePOut(2).split(np.zeros(4))))
rec("LeavePOut-count", "text", json.dumps(str(LeavePOut(50).get_n_splits(np.zeros(100)))))
rec("LeaveOneGroupOut", "splits", splits(LeaveOneGroupOut().split(np.zeros(6), groups=["b", "a", "b", "c", "a", "c"])))
rec("LeavePGroupsOut", "splits", splits(LeavePGroupsOut(2).split(np.zeros(6), groups=[3, 1, 3, 2, 1, 2])))
err("LeavePGroupsOut-too-few", lambda: list(LeavePGroupsOut(2).split(np.zeros(4), groups=["a", "b", "b", "a"])))
rec("PredefinedSplit", "splits", splits(PredefinedSplit([0, 1, -1, 1, 0, 2]).split()))
rec("tts-sizes", "text", json.dumps([ints(a) for a in train_test_split(np.arange(20), np.arange(20) * 2, test_size=3, train_size=0.5, random_state=9)]))
rec("tts-noshuffle", "text", json.dumps([ints(a) for a in train_test_split(np.arange(10), test_size=0.3, shuffle=False)]))
rec("tts-stratify", "text", json.dumps([ints(a) for a in train_test_split(np.arange(12), test_size=0.25, random_state=0, stratify=[0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2])]))
rec("tts-rounding", "text", json.dumps([ints(a) for a in train_test_split(np.arange(100), test_size=0.07, random_state=0)]))
rec("resample", "ints", ints(resample(np.arange(10), random_state=0)))
rec("resample-noreplace", "ints", ints(resample(np.arange(10), replace=False, n_samples=5, random_state=0)))
rec("resample-stratify", "ints", ints(resample(np.arange(12), n_samples=6, random_state=0, stratify=[0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2])))
rec("resample-stratify-noreplace", "ints", ints(resample(np.arange(12), replace=False, n_samples=6, random_state=0, stratify=[0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2])))
rec("shuffle", "ints", ints(shuffle(np.arange(10), random_state=0)))
rec("shuffle-n", "ints", ints(shuffle(np.arange(10), random_state=0, n_samples=4)))
err("tts-sum", lambda: train_test_split(np.arange(10), test_size=0.6, train_size=0.6))
err("tts-empty-train", lambda: train_test_split(np.arange(1)))
err("tts-stratify-noshuffle", lambda: train_test_split(np.arange(4), shuffle=False, stratify=[0, 1, 0, 1]))
err("tts-random-state", lambda: train_test_split(np.arange(4), random_state=-1))
err("KFold-seed", lambda: list(KFold(2, shuffle=True, random_state=2**32).split(np.zeros(4))))
err("KFold-random-state-no-shuffle", lambda: KFold(3, random_state=0))
err("resample-too-many", lambda: resample(np.arange(4), replace=False, n_samples=5))
'''

def run(version, code):
    out = subprocess.run([PYTHONS[version], "-c", COMMON + code], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONHASHSEED="0"), check=False)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        raise SystemExit("record: %s failed" % version)
    return out.stdout.splitlines()

NUMPY = r'''
import json, sys
import numpy as np
rng = np.random.RandomState(20240601)
lines = []
for t in range(300):
    n = int(rng.choice([rng.randint(1, 20), rng.randint(16, 64), rng.randint(60, 300), rng.randint(250, 3000)]))
    hi = int(rng.choice([2, 3, 5, 50]))
    a = rng.randint(0, hi, n).astype(np.int64)
    if t % 10 == 0:
        a = np.sort(a)
    lines.append("argsort-%d\tints\t%s" % (t, ",".join(str(int(x)) for x in a)))
    lines.append("argsort-%d-result\tints\t%s" % (t, ",".join(str(int(x)) for x in np.argsort(a))))
print("\n".join(lines))
'''

FORMAT = r'''
import json
import numpy as np
vals = [0.1, 1.0, 2.5, 1e-05, 0.0001, 1e16, 1e15, 123456789012345678.0, -0.0, 1.2, 0.3, 1/3, 2**-1074, 1.7976931348623157e308,
        0.07, 0.29, 100.0, 5e-324, 1.5e-7, 123.456, 9.999999999999999e22]
for i, v in enumerate(vals):
    print("repr-%d\ttext\t%s" % (i, json.dumps([repr(v), v.hex()])))
arrays = [np.array([1, 2]), np.array([1, 10, 100]), np.array(["a", "b"]), np.array(["it's", "x"]), np.array([1.0, 2.5]),
          np.array([0.001, 1000.0, 2.0]), np.array([True, False]), np.array([True]), np.arange(40), np.arange(2000),
          np.array([10**6 + i for i in range(30)]), np.array([-5, 7, 100]), np.array([0.5, 1.25, 3.0]),
          np.array([1e-5, 1.0]), np.array([1.5, np.nan]), np.array(["apple", "banana", "cherry"] * 10),
          np.array([np.nan]), np.array([-np.inf, 2.0]), np.array([np.inf, 0.25]), np.array([1e-5, np.nan]),
          np.array([0.123456789, 2.0]), np.array([3.0, -2.0]), np.array(["a\tb", "c"])]
for i, a in enumerate(arrays):
    items = [x.item().hex() if a.dtype.kind == "f" else x.item() for x in a.ravel()]
    print("arraystr-%d\ttext\t%s" % (i, json.dumps([a.dtype.str, items, str(a)])))
'''

def main():
    lines = []
    for v in ("1.9.1", "1.6.1", "1.2.1"):
        lines += run(v, ALL_VERSIONS)
    lines += run("1.9.1", LATEST)
    for v, label in (("1.9.1", "numpy-2.4.6-avx512"), ("1.2.1", "numpy-1.24.2")):
        out = subprocess.run([PYTHONS[v], "-c", NUMPY], capture_output=True, text=True, check=True).stdout.splitlines()
        lines += [label + "-" + l for l in out]
    lines += subprocess.run([PYTHONS["1.9.1"], "-c", FORMAT], capture_output=True, text=True, check=True).stdout.splitlines()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# scikit-learn's and NumPy's answers for nprand-sklearn's tests: tools/sklearn/record_test_values.py\n")
        for l in lines:
            f.write(l + "\n")
    print("%d records -> %s" % (len(lines), os.path.relpath(OUT, ROOT)))

if __name__ == "__main__":
    main()
