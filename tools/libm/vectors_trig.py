"""Test vectors for sin, cos and acos (glibc 2.36's IBM code), for nprand-libm-lgpl's exactness test
and nprand-core's fallback-agreement measurement.

    python3 tools/libm/vectors_trig.py                                            # fma variant
    GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA python3 tools/libm/vectors_trig.py # nofma variant

The fma run writes about 120,000 inputs per function; the nofma run a deterministic 20,000 subset.
"""
import ctypes
import gzip
import math
import os
import random
import struct

import vectorlib
from vectorlib import (bits_d, detect_variant, from_bits_d, log_uniform_d, random_bits_d, rng,
                       specials_d, uniform, uniform_grid01, write)


def around(x, ulps):
    """x and its neighbours up to `ulps` steps each side (finite, same sign)."""
    b = bits_d(x)
    return [from_bits_d(b + k) for k in range(-ulps, ulps + 1) if 0 <= b + k < 0x7ff0000000000000]


def from_high_word(hw):
    return from_bits_d(hw << 32)


def both_signs(xs):
    return xs + [-x for x in xs]


def trig_inputs(seed):
    r = rng(seed)
    xs = list(specials_d())
    # branch thresholds of __sin/__cos (high words) and of do_sin's |x| < 0.126 test
    for hw in (0x3e400000, 0x3e500000, 0x3feb6000, 0x400368fd, 0x419921fb, 0x7fefffff):
        xs += both_signs(around(from_high_word(hw), 40))
    xs += both_signs(around(0.126, 40))
    # tiny and subnormal
    xs += log_uniform_d(3000, -1074, -20, seed + 1, signs=(1, -1))
    xs += [r.choice((1, -1)) * from_bits_d(r.getrandbits(52)) for _ in range(1000)]
    # the ranges samplers use
    xs += uniform(25000, 0.0, 2 * math.pi, seed + 2)
    xs += uniform(15000, -math.pi, math.pi, seed + 3)
    xs += uniform(10000, -1e4, 1e4, seed + 4)
    xs += [u * 2 * math.pi for u in uniform_grid01(5000, seed + 5)]
    xs += log_uniform_d(15000, -27, 27, seed + 6, signs=(1, -1))
    # huge arguments: the table reduction (< 105414350) and branred (beyond), up to 1e300 and DBL_MAX
    xs += log_uniform_d(8000, 26, 28, seed + 7, signs=(1, -1))
    xs += log_uniform_d(15000, 27, 1023, seed + 8, signs=(1, -1))
    xs += [r.choice((1, -1)) * 10.0 ** r.uniform(8, 300) for _ in range(5000)]
    # multiples of pi/2 (nearest doubles and their neighbours): the cancellation cases
    for k in list(range(1, 2000)) + [r.randrange(1, 1 << 40) for _ in range(1500)]:
        xs += around(k * math.pi / 2, 2)
    xs += [-x for x in xs[-5000:]]
    xs += random_bits_d(10000, seed + 9)
    return xs


def acos_inputs(seed):
    r = rng(seed)
    xs = list(specials_d())
    # branch thresholds of __ieee754_acos (high words), |x| = 1 and beyond
    for hw in (0x3c880000, 0x3fc00000, 0x3fd00000, 0x3fe00000, 0x3fe80000, 0x3fed8000, 0x3fee8000,
               0x3fef0000, 0x3ff00000):
        xs += both_signs(around(from_high_word(hw), 40))
    # every table interval's edges: each branch indexes asncs with a few high-word bits
    for hw in range(0x3fc00000, 0x3ff00000, 1 << 13):
        x = from_high_word(hw)
        xs += both_signs([x, from_bits_d(bits_d(x) - 1), from_bits_d(bits_d(x) + 1)])
    xs += uniform(50000, -1.0, 1.0, seed + 1)
    xs += uniform_grid01(10000, seed + 2)
    xs += [-u for u in uniform_grid01(5000, seed + 3)]
    # close to +-1: 1 - 2**-k * u
    xs += both_signs([1.0 - math.ldexp(r.random(), -r.randint(1, 52)) for _ in range(10000)])
    xs += log_uniform_d(10000, -60, -3, seed + 4, signs=(1, -1))
    xs += log_uniform_d(2000, -1074, -60, seed + 5, signs=(1, -1))
    xs += log_uniform_d(2000, 0, 1023, seed + 6, signs=(1, -1))
    xs += random_bits_d(8000, seed + 7)
    return xs


def _gzip_open(path, mode, compresslevel=9, mtime=None):
    # vectorlib calls gzip.open(..., mtime=0), which Python 3.11's gzip.open does not accept;
    # GzipFile does (reproducible output: no timestamp in the header).
    return gzip.GzipFile(path, mode, compresslevel, mtime=mtime)


def main():
    if "mtime" not in gzip.open.__code__.co_varnames:
        vectorlib.gzip = type("gzip_shim", (), {"open": staticmethod(_gzip_open)})
    variant = detect_variant()
    sets = {"sin": trig_inputs(1000), "cos": trig_inputs(2000), "acos": acos_inputs(3000)}
    for name, xs in sets.items():
        if variant == "nofma":
            xs = nofma_subset(name, xs)
        write(name, [xs], kind="d", variant=variant)


def nofma_subset(name, xs):
    """20,000 inputs: the specials, every input whose result differs from the fma vectors' (so the
    nofma test tells the variants apart), and a deterministic random sample of the rest."""
    path = os.path.join(vectorlib.ROOT, "fma", name + ".vec.gz")
    with gzip.open(path, "rb") as fh:
        data = fh.read()
    fma_result = dict(struct.iter_unpack("<QQ", data))
    f = getattr(vectorlib.LIBM, name)
    f.restype = ctypes.c_double
    f.argtypes = [ctypes.c_double]
    differ = [x for x in xs[400:] if fma_result.get(bits_d(x)) not in (None, bits_d(f(x)))]
    rest = [x for x in xs[400:] if fma_result.get(bits_d(x)) == bits_d(f(x))]
    print("%s: %d inputs where the variants differ" % (name, len(differ)))
    return xs[:400] + differ + random.Random(7).sample(rest, 20000 - 400 - len(differ))


if __name__ == "__main__":
    main()
