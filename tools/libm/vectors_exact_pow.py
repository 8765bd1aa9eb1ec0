"""Test vectors for nprand's ExactPowers: glibc's pow(x, y) for y in 2, 1, 0.5 and -1, with the
inputs where a shortcut could go wrong over-represented (see vectorlib.py for the format).

ExactPowers answers pow(x, 2), pow(x, 0.5) and pow(x, -1) with the correctly rounded x*x, sqrt(x)
and 1/x when the exact power is well inside its rounding interval. These vectors hold, per y:
  - every input of a large random pool where glibc's result is NOT the correctly rounded power
    (the exact power within about 0.01 ulp of a rounding boundary): the shortcut must decline them;
  - inputs whose exact power is 0.40 to 0.50 ulp from the correctly rounded one (near a boundary,
    on both sides of the shortcut's 0.45 cut-off);
  - plain random inputs, inputs near powers of two (the narrower interval below 2^k) and near 1,
    and the ends of the accepted range (2^-64, 2^64), zeros, subnormals, infinities and NaNs.

Run twice, once per glibc variant (writes libm/<variant>/pow_exact.vec.gz):
    python3 tools/libm/vectors_exact_pow.py
    GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA python3 tools/libm/vectors_exact_pow.py
"""
import math
import os
import sys
from fractions import Fraction

sys.path.insert(0, os.path.dirname(__file__))
from vectorlib import _fn, detect_variant, rng, write  # noqa: E402

POOL = 1_500_000  # random inputs per exponent searched for glibc's non-correctly-rounded results
NEAR = 3000  # near-boundary inputs kept per exponent
PLAIN = 3000  # plain random inputs kept per exponent


def correctly_rounded(x, y):
    if y == 2.0:
        return x * x
    if y == 1.0:
        return x
    if y == 0.5:
        return math.sqrt(x)
    return 1.0 / x


def distance_ulps(x, y, c):
    """|exact power - c| in ulps of c (for 0.5, to first order: (x - c^2) / 2c)."""
    fx, fc = Fraction(x), Fraction(c)
    if y == 2.0:
        d = fx * fx - fc
    elif y == 0.5:
        d = (fx - fc * fc) / (2 * fc)
    else:
        d = 1 / fx - fc
    return float(abs(d) / Fraction(math.ulp(c)))


def random_x(r, y):
    e = r.randint(-70, 70)
    x = math.ldexp(1.0 + r.getrandbits(52) * 2.0 ** -52, e)
    return x if y == 0.5 or r.random() < 0.5 else -x


def edges(y):
    xs = []
    for e in range(-66, 67, 3):
        for k in range(8):
            xs.append(math.ldexp(1.0 + k * 2.0 ** -52, e))
            xs.append(math.ldexp(2.0 - (k + 1) * 2.0 ** -52, e - 1))
    for k in range(-64, 65):
        xs.append(1.0 + k * 2.0 ** -52)
    xs += [2.0 ** -64, math.nextafter(2.0 ** -64, 0), 2.0 ** 64, math.nextafter(2.0 ** 64, 0),
           0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float("inf"),
           float("-inf"), float("nan"), 3.0, 0.1, 1e300, 1e-300]
    if y != 0.5:
        xs += [-v for v in xs]
    else:
        xs += [-2.0, -0.25, -3.0]
    return xs


def main():
    variant = detect_variant()
    pow_ = _fn("pow", "d", 2)
    px, py = [], []
    for seed, y in enumerate((2.0, 1.0, 0.5, -1.0)):
        r = rng(7000 + seed)
        differs, near, plain = [], [], []
        for i in range(POOL if y != 1.0 else PLAIN):
            x = random_x(r, y)
            c = correctly_rounded(x, y)
            if pow_(x, y) != c:
                differs.append(x)
            elif len(plain) < PLAIN:
                plain.append(x)
            elif y != 1.0 and len(near) < NEAR and i % 4 == 0 and distance_ulps(x, y, c) >= 0.40:
                near.append(x)
        xs = differs + near + plain + edges(y)
        print("y=%g: %d where glibc is not the correctly rounded power, %d near a boundary, %d plain, %d edges"
              % (y, len(differs), len(near), len(plain), len(edges(y))))
        px += xs
        py += [y] * len(xs)
    write("pow_exact", [px, py], variant=variant, libname="pow")


if __name__ == "__main__":
    main()
