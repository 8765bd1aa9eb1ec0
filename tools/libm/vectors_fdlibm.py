"""Test vectors for log1p, expm1 (fdlibm lineage) and the float functions expf, logf, powf, log1pf.

Run twice from the repository root (the variant label is taken from GLIBC_TUNABLES):
    python3 tools/libm/vectors_fdlibm.py                                                # fma
    GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA python3 tools/libm/vectors_fdlibm.py      # nofma
The fma run writes about 110,000-150,000 records per function, the nofma run about 20,000
(the same generators with a smaller count). log1pf has one build in glibc (no FMA variant); it is
written for both labels anyway so the test can check it under both switch settings.
"""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from vectorlib import (write, detect_variant, rng, uniform_grid01, uniform, random_bits_d,  # noqa: E402
                       log_uniform_d, specials_d, random_bits_f, to_f, bits_d, from_bits_d,
                       bits_f, from_bits_f)

import gzip as _gzip  # noqa: E402
import types as _types  # noqa: E402
import vectorlib as _vectorlib  # noqa: E402

# vectorlib (as on main) calls gzip.open(..., mtime=0), which gzip.open does not accept; give it a
# gzip whose open() does (GzipFile takes mtime), so the files stay byte-reproducible.
_vectorlib.gzip = _types.SimpleNamespace(
    open=lambda path, mode, compresslevel=9, mtime=0: _gzip.GzipFile(path, mode, compresslevel, mtime=mtime))

VARIANT = detect_variant()
SCALE = 1.0 if VARIANT == "fma" else 0.17   # ~20k records per function for nofma


def n(k):
    return max(200, int(k * SCALE))


def around_d(values, spread=40):
    """Each value and its `spread` neighbours on either side (bit-wise), both signs."""
    out = []
    for v in values:
        for s in (1.0, -1.0):
            b = bits_d(s * v)
            out += [from_bits_d(b + k) for k in range(-spread, spread + 1) if 0 <= b + k < (1 << 64)]
    return out


def around_f(values, spread=40):
    out = []
    for v in values:
        for s in (1.0, -1.0):
            b = bits_f(s * v)
            out += [from_bits_f(b + k) for k in range(-spread, spread + 1) if 0 <= b + k < (1 << 32)]
    return out


def hi_word_edges(words, seed, count=8):
    """Doubles whose high word is each of `words` (and +-1), random low words."""
    r = rng(seed)
    out = []
    for w in words:
        for dw in (-1, 0, 1):
            for _ in range(count):
                out.append(from_bits_d(((w + dw) & 0xffffffff) << 32 | r.getrandbits(32)))
    return out


def numpy_floats(count, seed):
    """NumPy's float32 uniforms: (u32 >> 8) * 2**-24, in [0, 1)."""
    r = rng(seed)
    return [(r.getrandbits(32) >> 8) * 2.0 ** -24 for _ in range(count)]


# Inputs where glibc's FMA and SSE2 builds of a float function round differently. They are rare:
# the functions round a double computation once. Found by comparing the two Java ports on all 2^32
# floats (expf: these two; logf: none exist) and on ~1e9 sampled powf pairs (this one); the vectors
# record what glibc itself returns for them in each variant.
EXPF_VARIANT_SENSITIVE = [0x4202422f, 0xc27c65d9]
POWF_VARIANT_SENSITIVE = [(0x43e9a10d, 0xc11d7ea7)]


def log1p_inputs():
    xs = []
    xs += [-u for u in uniform_grid01(n(30000), 101)]          # Generator exponential: log1p(-U)
    xs += uniform(n(15000), 0.0, 10.0, 102)
    xs += uniform(n(8000), 0.0, 1e6, 103)
    xs += uniform(n(8000), -0.2929, 0.41422, 104)              # the k == 0 range
    xs += [-1.0 + u for u in log_uniform_d(n(6000), -53, -1, 105)]   # near -1
    xs += log_uniform_d(n(15000), -60, 60, 106, signs=(1, -1))
    xs += log_uniform_d(n(4000), 50, 1023, 107)                # huge (x >= 2**53 path)
    xs += random_bits_d(n(12000), 108)
    xs += hi_word_edges([0x3FDA827A, 0xbfd2bec3, 0x3e200000, 0x3c900000, 0xbe200000, 0xbc900000,
                         0x43400000, 0x3ff00000, 0xbfefffff, 0x7fefffff], 109, count=n(40))
    # |f| < 2**-20 (hu == 0) branch: 1+x within 2**-20 of a power of two
    r = rng(110)
    for _ in range(n(4000)):
        k = r.randint(-30, 60)
        xs.append(math.ldexp(1.0 + r.uniform(-2.0 ** -21, 2.0 ** -21), k) - 1.0)
    xs += around_d([1.0, 0.5, 2.0 ** -29, 2.0 ** -54, 0.41422, 0.2929, 2.0 ** 53, 1e-300], 30)
    xs += specials_d()
    return xs


def expm1_inputs():
    xs = []
    xs += uniform(n(30000), -745.0, 710.0, 201)
    xs += uniform(n(20000), -1.0, 1.0, 202)
    xs += uniform(n(10000), -50.0, 0.0, 203)
    xs += uniform(n(8000), -0.5 * math.log(2) * 3.1, 0.5 * math.log(2) * 3.1, 204)   # k = 0, +-1
    xs += log_uniform_d(n(15000), -60, 10, 205, signs=(1, -1))
    xs += uniform(n(6000), 13.0, 15.0, 206)                  # k around 20
    xs += uniform(n(6000), 38.0, 40.5, 207)                  # k around 56
    xs += [-u for u in uniform_grid01(n(8000), 208)]
    xs += random_bits_d(n(10000), 209)
    xs += hi_word_edges([0x4043687A, 0x40862E42, 0x3fd62e42, 0x3FF0A2B2, 0x3c900000,
                         0xc043687A, 0xc0862E42, 0xbfd62e42, 0xbFF0A2B2, 0xbc900000], 210, count=n(40))
    xs += around_d([709.782712893384, 56 * math.log(2), 0.5 * math.log(2), 1.5 * math.log(2),
                    2.0 ** -54, 0.25, 1e-300], 30)
    xs += [k * math.log(2) for k in range(-60, 60)]
    xs += specials_d()
    return xs


def expf_inputs():
    xs = []
    xs += uniform(n(40000), -104.5, 89.0, 301)
    xs += uniform(n(20000), -1.0, 1.0, 302)
    xs += [-u for u in numpy_floats(n(10000), 303)]
    xs += random_bits_f(n(20000), 304)
    xs += log_uniform_d(n(10000), -30, 7, 305, signs=(1, -1))
    xs += uniform(n(5000), -104.0, -102.5, 306)             # underflow edges
    xs += uniform(n(3000), 88.0, 89.0, 307)                 # overflow edge
    xs = to_f(xs)
    xs += around_f([88.0, 88.72283935546875, 103.97207641601562, 103.27892303466797, 1.0, 0.5,
                    1e-30, 2.0 ** -126, 1.4e-45], 30)
    xs += [float("inf"), float("-inf"), float("nan"), 0.0, -0.0]
    xs += [from_bits_f(b) for b in EXPF_VARIANT_SENSITIVE]
    return xs


def logf_inputs():
    xs = []
    xs += [u for u in numpy_floats(n(40000), 401)]
    xs += [1.0 - u for u in numpy_floats(n(10000), 402)]
    xs += uniform(n(15000), 1.0, 1e6, 403)
    xs += uniform(n(10000), 0.9375, 1.0625, 404)
    xs += random_bits_f(n(25000), 405, positive=True)
    xs += random_bits_f(n(3000), 406)
    xs = to_f(xs)
    xs += around_f([1.0, 0.5, 2.0, 2.0 ** -126, 1.4e-45, 3.4028234663852886e38, 0.699951171875], 30)
    xs += [float("inf"), float("-inf"), float("nan"), 0.0, -0.0]
    return xs


def powf_inputs():
    r = rng(501)
    xs, ys = [], []

    def add(x, y):
        xs.append(x)
        ys.append(y)
    for u in numpy_floats(n(40000), 502):                    # gamma's U**(1/a)
        add(u, 1.0 / r.uniform(0.05, 20.0))
    for u in numpy_floats(n(15000), 503):
        add(u, r.uniform(-10.0, 10.0))
    for _ in range(n(15000)):
        add(r.uniform(1.0, 1000.0), r.uniform(-5.0, 5.0))
    for _ in range(n(10000)):
        add(r.uniform(0.0, 1e6), r.uniform(-30.0, 30.0))      # overflow / underflow edges
    bx = random_bits_f(n(15000), 504)
    by = random_bits_f(n(15000), 505)
    for a, b in zip(bx, by):
        add(a, b)
    bx = random_bits_f(n(5000), 506)
    for a in bx:
        add(a, float(r.randint(-40, 40)))                     # negative x with integer y
    for _ in range(n(5000)):
        add(-r.uniform(0.0, 100.0), float(r.randint(-60, 60)))
    for _ in range(n(3000)):
        add(r.uniform(0.5, 2.0), r.uniform(-300.0, 300.0))
    specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, float("inf"), float("-inf"),
                float("nan"), 1.4e-45, -1.4e-45, 2.0 ** -126, 3.4028234663852886e38, -3.4028234663852886e38,
                0.25, 1e-20, 1e20, 0.999999940395, 1.00000011920929]
    for a in specials:
        for b in specials:
            add(a, b)
    for a, b in POWF_VARIANT_SENSITIVE:
        add(from_bits_f(a), from_bits_f(b))
    xs = to_f(xs)
    ys = to_f(ys)
    return xs, ys


def log1pf_inputs():
    xs = []
    xs += [-u for u in numpy_floats(n(30000), 601)]
    xs += uniform(n(15000), 0.0, 10.0, 602)
    xs += uniform(n(10000), -0.2929, 0.41422, 603)
    xs += log_uniform_d(n(15000), -60, 60, 604, signs=(1, -1))
    xs += random_bits_f(n(25000), 605)
    xs += uniform(n(5000), 0.0, 1e6, 606)
    xs = to_f(xs)
    xs += around_f([1.0, 0.5, 2.0 ** -29, 2.0 ** -54, 0.41421997547149658, 0.29289999604225159,
                    2.0 ** 53, 1e-30, 2.0 ** -126, 0.9999999403953552], 40)
    xs += [float("inf"), float("-inf"), float("nan"), 0.0, -0.0, -1.0]
    return xs


def main():
    write("log1p", [log1p_inputs()], kind="d")
    write("expm1", [expm1_inputs()], kind="d")
    write("expf", [expf_inputs()], kind="f")
    write("logf", [logf_inputs()], kind="f")
    write("powf", list(powf_inputs()), kind="f")
    write("log1pf", [log1pf_inputs()], kind="f")


if __name__ == "__main__":
    main()
