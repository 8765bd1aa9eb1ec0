"""Test vectors for CPython 3.13's math.lgamma (its own Lanczos code m_lgamma in Modules/mathmodule.c,
built on the C library's log, sin and cos).

Run with the reference interpreter, from the repository root, once per glibc variant:
    PYENV_VERSION=3.13.0 python3 tools/libm/vectors_lgamma.py
    PYENV_VERSION=3.13.0 GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA python3 tools/libm/vectors_lgamma.py
Writes nprand-core/src/test/resources/pymath/{fma,nofma}/lgamma.txt.gz: one line per input,
"<input bits hex> <result bits hex>" or "<input bits hex> <ExceptionType>:<message>".
"""
import gzip
import math
import os
import random
import struct
import sys

VARIANT = "nofma" if "-FMA" in os.environ.get("GLIBC_TUNABLES", "") else "fma"
OUT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "nprand-core", "src", "test",
                                    "resources", "pymath", VARIANT, "lgamma.txt.gz"))


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def inputs():
    r = random.Random(20240613)
    xs = []
    xs += [r.uniform(0.0, 10.0) for _ in range(3000)]
    xs += [r.uniform(-10.0, 0.0) for _ in range(3000)]
    xs += [r.uniform(-200.0, 200.0) for _ in range(2000)]
    xs += [r.uniform(0.5, 40.0) for _ in range(2700)]                  # binomialvariate's range
    xs += [math.ldexp(1.0 + r.random(), r.randint(-80, 1018)) * r.choice((1, -1)) for _ in range(3000)]
    xs += [math.ldexp(1.0 + r.random(), r.randint(-1074, -60)) * r.choice((1, -1)) for _ in range(500)]
    xs += [float(r.randint(1, 10 ** 6)) for _ in range(2000)]            # binomialvariate: lgamma(n + 1)
    xs += [float(r.randint(1, 10 ** 15)) for _ in range(500)]
    xs += [r.uniform(1e300, 1e306) for _ in range(300)]                 # overflow edge ~2.55e305
    poles = []
    for _ in range(2000):                                               # near the poles -n
        n = r.randint(0, 180)
        eps = math.ldexp(1.0, -r.randint(1, 52)) * r.random()
        poles.append(-n + r.choice((eps, -eps)))
    xs += poles
    for n in range(0, 40):                                              # next doubles around -n, 1, 2
        for v in (-float(n), 1.0, 2.0):
            b = bits(v)
            xs += [from_bits(b + k) for k in (-3, -2, -1, 1, 2, 3) if b + k >= 0]
    xs += [-n - 0.5 for n in range(0, 200)]
    xs += [float(n) for n in range(-50, 60)]
    xs += [0.0, -0.0, 1e-20, -1e-20, 9.999999999999999e-21, 5e-324, -5e-324, 5.0, 4.999999999999999,
           2.5e305, 2.55e305, 2.6e305, 1.7976931348623157e308, -1.7976931348623157e308,
           float("inf"), float("-inf"), float("nan"), 0.5, -0.5, 1.5, 2.5, 5.524680040776729,
           6.024680040776729]
    return xs


def main():
    assert sys.version_info[:2] == (3, 13), "run with PYENV_VERSION=3.13.0"
    lines = []
    for x in inputs():
        try:
            res = "%016x" % bits(math.lgamma(x))
        except (ValueError, OverflowError) as e:
            res = "%s:%s" % (type(e).__name__, e)
        lines.append("%016x %s" % (bits(x), res))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with gzip.GzipFile(OUT, "wb", 9, mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode())
    print("lgamma: %d records -> %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
