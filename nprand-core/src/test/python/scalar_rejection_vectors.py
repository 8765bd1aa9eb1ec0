"""Expected values for ScalarRejectionTest: one-value rejection draws made call by call, as a
scalar loop makes them, across MT19937's 624-word block boundaries and at both parities of the
read position (a rand() between calls shifts it by two words, a randint(0, 2**32) by one).

RandomState(12345) (python3 + NumPy 2.4.6): randint(low, high) and randint(low, high, dtype=int32);
random.Random(12345) (PYENV_VERSION=3.13.0 python3, CPython 3.13): randint(a, b), randrange(n).

Each line: api call args | count | values (comma-separated) | next, where 'next' is a following
randint(0, 2**62) / getrandbits(62) that shows the state after the calls; or api call args |
error | ExceptionClass: message.

    python3 scalar_rejection_vectors.py rs | gzip -9n > ../resources/org/nprand/numpy/scalar_rejection_vectors.txt.gz
    PYENV_VERSION=3.13.0 python3 scalar_rejection_vectors.py py | gzip -9n > ../resources/org/nprand/python/scalar_rejection_vectors.txt.gz
"""
import sys

COUNT = 1500  # several 624-word blocks for every bound
RS_BOUNDS = [(1, 100), (0, 65), (0, 2), (0, 3), (-5, 7), (0, 2 ** 31), (0, 2 ** 31 + 1), (0, 2 ** 32 - 1),
             (7, 2 ** 16 + 9)]
PY_BOUNDS = [(1, 100), (0, 64), (0, 1), (1, 1), (-5, 7), (0, 2 ** 31 - 2), (0, 2 ** 31 - 1), (0, 2 ** 31),
             (3, 2 ** 20 + 3)]
# between calls: nothing, a two-word draw, a one-word draw (shifts the block parity)
GAPS = ["none", "double", "word"]


def rs_lines():
    import numpy as np
    for dtype in ("int64", "int32"):
        for lo, hi in RS_BOUNDS:
            if dtype == "int32" and hi > 2 ** 31:
                continue
            for gap in GAPS:
                rs = np.random.RandomState(12345)
                vals = []
                for _ in range(COUNT):
                    vals.append(int(rs.randint(lo, hi)) if dtype == "int64" else int(rs.randint(lo, hi, dtype=np.int32)))
                    if gap == "double":
                        rs.random_sample()
                    elif gap == "word":
                        rs.randint(0, 2 ** 32)
                nxt = int(rs.randint(0, 2 ** 62))
                print(f"rs randint {dtype} {lo} {hi} {gap} | {COUNT} | {','.join(map(str, vals))} | {nxt}")
    for lo, hi in [(5, 5), (0, 0), (3, -2), (0, -1)]:
        rs = np.random.RandomState(12345)
        try:
            rs.randint(lo, hi)
            raise SystemExit(f"randint({lo}, {hi}) did not raise")
        except ValueError as e:
            print(f"rs randint int64 {lo} {hi} none | error | ValueError: {e} | {int(rs.randint(0, 2 ** 62))}")


def py_lines():
    import random
    assert sys.version_info[:2] == (3, 13), sys.version
    for lo, hi in PY_BOUNDS:
        for gap in GAPS:
            r = random.Random(12345)
            vals = []
            for _ in range(COUNT):
                vals.append(r.randint(lo, hi))
                if gap == "double":
                    r.random()
                elif gap == "word":
                    r.getrandbits(32)
            print(f"py randint {lo} {hi} {gap} | {COUNT} | {','.join(map(str, vals))} | {r.getrandbits(62)}")
    for n in (1, 2, 100, 2 ** 31 - 1):
        r = random.Random(12345)
        vals = [r.randrange(n) for _ in range(COUNT)]
        print(f"py randrange 0 {n} none | {COUNT} | {','.join(map(str, vals))} | {r.getrandbits(62)}")
    for lo, hi in [(5, 4), (0, -1)]:
        r = random.Random(12345)
        try:
            r.randint(lo, hi)
            raise SystemExit(f"randint({lo}, {hi}) did not raise")
        except ValueError as e:
            print(f"py randint {lo} {hi} none | error | ValueError: {e} | {r.getrandbits(62)}")


if __name__ == "__main__":
    rs_lines() if sys.argv[1] == "rs" else py_lines()
