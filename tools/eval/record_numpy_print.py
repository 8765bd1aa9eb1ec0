#!/usr/bin/env python3
"""Records NumPy 2.4's str() and repr() of many arrays and scalars for NumpyPrintTest.

Writes nprand-cli/src/test/resources/org/nprand/cli/eval/numpy-print.jsonl: one JSON object per
line, {"dtype", "shape", "data", "str", "repr"}; float data as hex bit patterns (exact), integer
data as decimal strings, bools as true/false. Deterministic (a fixed seed). Run with python3
(NumPy 2.4.6):  python3 tools/eval/record_numpy_print.py
"""
import json
import os
import struct
import sys

import numpy as np

assert np.__version__ == "2.4.6", np.__version__

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "nprand-cli", "src", "test", "resources",
                   "org", "nprand", "cli", "eval", "numpy-print.jsonl")


def encode(a):
    flat = a.reshape(-1)
    if a.dtype == np.float64:
        data = [struct.pack(">d", float(v)).hex() for v in flat]
    elif a.dtype == np.float32:
        data = [struct.pack(">f", float(v)).hex() for v in flat]
    elif a.dtype == np.bool_:
        data = [bool(v) for v in flat]
    else:
        data = [str(int(v)) for v in flat]
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": data, "str": str(a), "repr": repr(a)}


def main():
    rng = np.random.default_rng(20240607)
    arrays = []
    # float64: every magnitude regime, sizes around the line width and the summarisation threshold
    for scale in (1e-12, 1e-6, 1e-5, 1e-4, 1e-3, 0.1, 1, 10, 999, 1000, 1e4, 1e7, 1e8, 1e9, 1e20, 1e200):
        for n in (1, 2, 3, 5, 7, 10, 13, 20):
            arrays.append(rng.standard_normal(n) * scale)
        arrays.append(rng.random(7) * scale)
    for n in (999, 1000, 1001, 2000):
        arrays.append(rng.standard_normal(n))
    arrays.append(rng.standard_normal((3, 4)))
    arrays.append(rng.standard_normal((2, 3, 4)))
    arrays.append(rng.standard_normal((2, 2, 2, 2)))
    arrays.append(rng.standard_normal((40, 30)))
    arrays.append(rng.standard_normal((3, 400)))
    arrays.append(rng.standard_normal((400, 3)))
    arrays.append(rng.standard_normal((11, 11, 11)))
    arrays.append(rng.standard_normal((1, 1, 1)))
    arrays.append(rng.standard_normal((2, 0)))
    arrays.append(np.array([], dtype=np.float64))
    arrays.append(np.zeros((0, 3)))
    arrays.append(np.array(1.5))
    arrays.append(np.array(-0.0))
    arrays.append(np.array(1e-7))
    arrays.append(np.array(123456789.0))
    arrays.append(np.array([0.0, -0.0, 1.0]))
    arrays.append(np.array([1.0, 2.0, 3.0]))
    arrays.append(np.array([0.5, 0.25, 100.0]))
    arrays.append(np.array([1 / 512, 0.5]))
    arrays.append(np.array([np.nan, 1.0, -np.inf]))
    arrays.append(np.array([np.nan]))
    arrays.append(np.array([np.inf, -np.inf]))
    arrays.append(np.array([np.nan, 1e-9, 5.0]))
    arrays.append(np.array([1e8, 1.0]))
    arrays.append(np.array([1e-5, 1.5]))
    arrays.append(np.array([1e300, 1e-300]))
    arrays.append(np.array([5e-324, 1.0]))
    arrays.append(np.array([0.1, 0.2, 0.30000000000000004]))
    arrays.append(np.array([123456.789, 0.001]))
    arrays.append(np.array([99999999.99999999, 1.0]))
    arrays.append(np.array([0.999999999, 0.5]))
    arrays.append(np.array([9.9999999999e-5, 1.0]))
    arrays.append(np.arange(2000.0))
    arrays.append(np.arange(30.0).reshape(5, 6) / 7)
    # float32
    for scale in (1e-5, 1e-3, 1, 1000, 1e5, 1e6, 1e7, 1e10):
        for n in (1, 3, 8, 15):
            arrays.append((rng.standard_normal(n) * scale).astype(np.float32))
    arrays.append(rng.random(1500).astype(np.float32))
    arrays.append(np.array([0.1, 0.2], dtype=np.float32))
    arrays.append(np.array(0.1, dtype=np.float32))
    arrays.append(np.array([np.nan, 1], dtype=np.float32))
    # integers of every dtype
    for dt in (np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64):
        info = np.iinfo(dt)
        for n in (1, 5, 20, 40):
            arrays.append(rng.integers(info.min, info.max, size=n, dtype=dt, endpoint=True))
        arrays.append(rng.integers(0, 10, size=(3, 5), dtype=dt))
        arrays.append(np.array(7, dtype=dt))
        arrays.append(np.array([], dtype=dt))
    arrays.append(rng.integers(-5, 100, size=2000))
    arrays.append(rng.integers(0, 1000, size=(30, 40)))
    arrays.append(np.array([96, 12, 82, 71, 64]))
    arrays.append(np.array([2**64 - 1, 0], dtype=np.uint64))
    arrays.append(np.array([-2**63, 2**63 - 1], dtype=np.int64))
    # bool
    arrays.append(rng.random(10) < 0.5)
    arrays.append(rng.random((3, 4)) < 0.5)
    arrays.append(rng.random(1200) < 0.5)
    arrays.append(np.array(True))
    arrays.append(np.array(False))
    arrays.append(np.array([], dtype=bool))
    with open(OUT, "w") as f:
        f.write("")
        for a in arrays:
            f.write(json.dumps(encode(a)) + "\n")
    print(f"{len(arrays)} arrays -> {os.path.relpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
