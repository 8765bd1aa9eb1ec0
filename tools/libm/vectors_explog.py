"""Test vectors for nprand's ports of glibc's log, exp, pow and log2 (see vectorlib.py).

Run twice, once per glibc variant:
    python3 tools/libm/vectors_explog.py                                            # fma
    GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA python3 tools/libm/vectors_explog.py  # nofma
The no-FMA files hold a fifth of the inputs (every input set shrinks by the same factor).
"""
import gzip
import math
import sys
import os

sys.path.insert(0, os.path.dirname(__file__))
from vectorlib import *  # noqa: E402,F403
import vectorlib  # noqa: E402

if not hasattr(gzip, "_nprand_patched"):
    # vectorlib.write passes mtime= to gzip.open, which only GzipFile accepts (CPython 3.11)
    _open = gzip.open
    vectorlib.gzip = type("gz", (), {"open": staticmethod(
        lambda path, mode, compresslevel=9, mtime=None: gzip.GzipFile(path, mode, compresslevel, mtime=mtime)),
        "_nprand_patched": True})


def shrink(xs, k):
    return xs[::k]


def specials_pow():
    """pow's special cases: every pair of interesting values, both signs."""
    base = [0.0, 1.0, 2.0, 0.5, 3.0, 1.5, 10.0, float("inf"), float("nan"), 5e-324, 2.2250738585072014e-308,
            1.7976931348623157e308, 1.0000000000000002, 0.9999999999999999, 1e-300, 7.0, 0.25, 1e10]
    xs = [s * v for v in base for s in (1.0, -1.0)]
    ys = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 0.5, -0.5, 1.5, 2.5, 1e300, -1e300, 2.0 ** 53,
          2.0 ** 53 + 2, 2.0 ** 52 + 1, -(2.0 ** 52 + 1), 2.0 ** 63, 2.0 ** 64, 2.0 ** -66, -(2.0 ** -66),
          2.0 ** -64, 1023.0, 1024.0, -1074.0, -1075.0, 1e-20, float("inf"), float("-inf"), float("nan"),
          5e-324, 0.3333333333333333, 17.0, -17.0, 1e5 + 1, 0.1]
    px, py = [], []
    for x in xs:
        for y in ys:
            px.append(x)
            py.append(y)
    # signaling NaNs and NaN payloads (x86-64 propagates the first NaN, quieted)
    snan, qnan2 = from_bits_d(0x7ff0000000000123), from_bits_d(0xfff8000000000456)
    nsnan = from_bits_d(0xfff0000000000789)
    for a, b in [(snan, 0.0), (snan, -0.0), (1.0, snan), (snan, qnan2), (qnan2, snan), (nsnan, 3.0), (nsnan, 2.0),
                 (nsnan, -3.0), (qnan2, 1.0), (1.0, qnan2), (qnan2, 0.0), (-1.0, float("inf")),
                 (-1.0, float("-inf")), (-1.0, qnan2), (snan, float("inf")), (float("inf"), snan)]:
        px.append(a)
        py.append(b)
    return px, py


def main():
    variant = detect_variant()
    k = 1 if variant == "fma" else 5
    nans = [from_bits_d(b) for b in (0x7ff8000000000000, 0xfff8000000000000, 0x7ff0000000000001,
                                      0xfff4000000000abc, 0x7ff8000000000abc)]

    # log: NumPy's (0,1] grid, near 1, [1, 1e6], random positive bit patterns, subnormals, specials
    near1 = uniform(20000, 1 - 2 ** -4, 1 + 2 ** -4, 11) + [1 + (i - 500) * 2.0 ** -52 for i in range(1000)]
    xs = (uniform_grid01(40000, 1) + near1 + uniform(15000, 1, 1e6, 2) + random_bits_d(15000, 3, positive=True)
          + random_bits_d(3000, 4) + log_uniform_d(4000, -1074, -1023, 5) + log_uniform_d(2000, -1022, 1023, 6)
          + specials_d() + nans)
    write("log", [shrink(xs, k)], variant=variant)

    # log2: the same mix with log2's near-1 window
    near1 = uniform(20000, 1 - float.fromhex("0x1.5b51p-5") * 1.1, 1 + float.fromhex("0x1.6ab2p-5") * 1.1, 21) + [2.0 ** e for e in range(-1074, 1024)]
    xs = (uniform_grid01(40000, 22) + near1 + uniform(15000, 1, 1e6, 23) + random_bits_d(15000, 24, positive=True)
          + random_bits_d(3000, 25) + log_uniform_d(4000, -1074, -1023, 26) + log_uniform_d(2000, -1022, 1023, 27)
          + specials_d() + nans)
    write("log2", [shrink(xs, k)], variant=variant)

    # exp: [-745, 710] (all results), [-1, 1], [-50, 0], the overflow/underflow edges, tiny, specials
    edges = uniform(5000, 709.0, 709.8, 33) + uniform(5000, -745.2, -708.0, 34) + uniform(2000, 700, 720, 35)
    xs = (uniform(47000, -745, 710, 31) + uniform(20000, -1, 1, 32) + uniform(10000, -50, 0, 36) + edges
          + random_bits_d(8000, 37) + log_uniform_d(3000, -80, -40, 38, signs=(1, -1))
          + [from_bits_d(b) for b in (0x3c90000000000000, 0x3c8fffffffffffff, 0xbc90000000000000)]
          + specials_d() + nans + [709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412,
                                   -708.3964185322641, 1024.0, -1024.0, 512.0, -512.0])
    write("exp", [shrink(xs, k)], variant=variant)

    # pow: sampler ranges (U**(1/a), (0,1] x [-10,10], [1,1000] x [-5,5]), random bits, negative x with
    # integer y, results near overflow/underflow/subnormal, and every special pair
    r = rng(41)
    px, py = [], []
    u = uniform_grid01(30000, 42)
    px += u
    py += [1.0 / r.uniform(0.05, 20) for _ in u]
    u = uniform_grid01(20000, 43)
    px += u
    py += uniform(20000, -10, 10, 44)
    px += uniform(15000, 1, 1000, 45)
    py += uniform(15000, -5, 5, 46)
    px += random_bits_d(10000, 47)
    py += random_bits_d(10000, 48)
    px += [-r.uniform(0, 100) for _ in range(10000)]
    py += [float(r.randint(-400, 400)) for _ in range(10000)]
    for _ in range(10000):  # |y log x| near 709..745: overflow, underflow, subnormal results, both signs
        x = r.uniform(0.5, 4) if r.random() < 0.5 else r.uniform(1e-3, 1e3)
        t = r.uniform(700, 750) * r.choice((1, -1))
        y = t / math.log(x) if x != 1 else 1.0
        yi = float(round(y))
        if r.random() < 0.5:
            px.append(-x)
            py.append(yi)
        else:
            px.append(x)
            py.append(y)
    px += log_uniform_d(3000, -1074, -1023, 49)
    py += uniform(3000, -2, 2, 50)
    px += uniform(2000, 0.5, 2, 51)
    py += log_uniform_d(2000, -70, 70, 52, signs=(1, -1))
    sx, sy = specials_pow()
    px += sx
    py += sy
    write("pow", [shrink(px, k), shrink(py, k)], variant=variant)


if __name__ == "__main__":
    main()
