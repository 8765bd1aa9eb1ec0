"""Reference vectors for LegacyKernelsTest (org.nprand.kernels.legacy), from NumPy 2.4.6.

Every case seeds one np.random.RandomState(seed) (legacy Knuth seeding of MT19937, as
org.nprand.bitgen.MT19937.legacy(seed)) and runs one or more RandomState calls on it in order, so
later steps see the Gaussian cache and the binomial cache that earlier steps left. RandomState's
methods with scalar parameters just loop the C kernel, so these are the kernels' own outputs.

Output: src/test/resources/org/nprand/kernels/legacy_kernel_vectors.txt.gz, lines of

    case <name> <seed>
    step <kernel> <param>... <count> | <value>...
    end <consumed> <next> <has_gauss> <gauss>

<kernel> is gauss (standard_normal), normal loc scale, standard_exponential, exponential scale,
standard_gamma shape, gamma shape scale, beta a b, chisquare df, poisson lam, binomial n p, uniform
(random_sample). Float parameters are Python reprs (they round-trip exactly through
Double.parseDouble); n is a decimal integer. Double results are the IEEE bits in unpadded hex,
integer results are decimal. <consumed> is the number of raw 32-bit MT19937 words the whole case
drew, <next> the next raw word (hex) afterwards, and has_gauss/gauss (hex bits) the cache.

Run: python3 legacy_kernel_vectors.py   (from any directory; it writes the resource file).
"""
import gzip
import io
import os
import struct

import numpy as np

assert np.__version__ == "2.4.6", np.__version__

N = 5000
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "org", "nprand", "kernels", "legacy_kernel_vectors.txt.gz")


def dbits(x):
    return format(struct.unpack("<Q", struct.pack("<d", float(x)))[0], "x")


def consumed(seed, key_after, pos_after):
    """Raw words drawn since seeding: after j twists of 624 words the key is the j-th one."""
    ref = np.random.RandomState(seed)._bit_generator
    j = 0
    while True:
        if np.array_equal(ref.state["state"]["key"], key_after):
            return 624 * (j - 1) + pos_after
        ref.random_raw(624)
        j += 1
        if j > 100000:
            raise RuntimeError("state not reached")


def call(rs, kernel, params, count):
    if kernel == "gauss":
        return rs.standard_normal(count), True
    if kernel == "normal":
        return rs.normal(params[0], params[1], count), True
    if kernel == "standard_exponential":
        return rs.standard_exponential(count), True
    if kernel == "exponential":
        return rs.exponential(params[0], count), True
    if kernel == "standard_gamma":
        return rs.standard_gamma(params[0], count), True
    if kernel == "gamma":
        return rs.gamma(params[0], params[1], count), True
    if kernel == "beta":
        return rs.beta(params[0], params[1], count), True
    if kernel == "chisquare":
        return rs.chisquare(params[0], count), True
    if kernel == "uniform":
        return rs.random_sample(count), True
    if kernel == "poisson":
        return rs.poisson(params[0], count), False
    if kernel == "binomial":
        return rs.binomial(params[0], params[1], count), False
    raise ValueError(kernel)


def fmt_param(kernel, i, v):
    if kernel == "binomial" and i == 0:
        return str(int(v))
    return repr(float(v))


def run_case(name, seed, steps):
    rs = np.random.RandomState(seed)
    lines = [f"case {name} {seed}"]
    for kernel, params, count in steps:
        out, is_double = call(rs, kernel, params, count)
        out = np.asarray(out).ravel()
        assert out.shape == (count,)
        vals = " ".join(dbits(v) if is_double else str(int(v)) for v in out)
        ps = " ".join(fmt_param(kernel, i, v) for i, v in enumerate(params))
        lines.append(f"step {kernel} {ps} {count} | {vals}".replace("  ", " "))
    st = rs.get_state(legacy=False)
    used = consumed(seed, st["state"]["key"], st["state"]["pos"])
    nxt = int(rs._bit_generator.random_raw())
    lines.append(f"end {used} {nxt:x} {int(st['has_gauss'])} {dbits(st['gauss'])}")
    return lines


def heavy(kernel, params, seed, name=None):
    ps = "_".join(str(p) for p in params)
    return (name or f"{kernel}({ps})", seed, [(kernel, params, N)])


CASES = [
    # legacy_gauss / legacy_normal
    heavy("gauss", (), 12345),
    ("gauss odd count leaves the cache", 7, [("gauss", (), N - 1)]),
    heavy("normal", (0.0, 1.0), 1),
    heavy("normal", (3.5, 2.25), 2**32 - 1),
    heavy("normal", (-1000.0, 1e-3), 0),
    # legacy_standard_exponential / legacy_exponential
    heavy("standard_exponential", (), 12345),
    heavy("exponential", (2.5,), 3),
    heavy("exponential", (0.0,), 4),
    # legacy_standard_gamma: shape < 1, == 1, > 1, == 0
    heavy("standard_gamma", (0.3,), 12345),
    heavy("standard_gamma", (0.999,), 5),
    heavy("standard_gamma", (0.5,), 123456789),
    heavy("standard_gamma", (1e-3,), 6),
    heavy("standard_gamma", (1.0,), 7),
    heavy("standard_gamma", (1.5,), 8),
    heavy("standard_gamma", (7.5,), 0),
    heavy("standard_gamma", (1e4,), 9),
    heavy("standard_gamma", (1.0000000000000002,), 10),
    heavy("standard_gamma", (0.0,), 11),
    # ... above shape 1, where a fill goes a block of attempt pairs at a time: near 1 many
    # Gaussians make 1 + c x <= 0 (0.7% at 1.01), which redraws; a block after a cached value
    heavy("standard_gamma", (1.01,), 51),
    heavy("standard_gamma", (3.5,), 52),
    ("cache: gamma blocks after an odd gauss", 53, [
        ("gauss", (), 1), ("standard_gamma", (2.5,), N), ("gauss", (), 1), ("standard_gamma", (1.2,), 999),
        ("gauss", (), 1)]),
    # legacy_chisquare: 2 * legacy_standard_gamma(df / 2)
    heavy("chisquare", (3.0,), 54),
    heavy("chisquare", (2.02,), 55),
    heavy("chisquare", (1.0,), 56),
    # legacy_gamma
    heavy("gamma", (1.2, 2.0), 57),
    heavy("gamma", (0.5, 3.0), 12),
    heavy("gamma", (2.5, 0.1), 13),
    heavy("gamma", (1.0, 7.0), 14),
    # legacy_beta: Johnk (a, b <= 1), with the underflow/log fallback for tiny shapes
    heavy("beta", (0.5, 0.5), 12345),
    heavy("beta", (0.1, 0.9), 15),
    heavy("beta", (1.0, 1.0), 16),
    heavy("beta", (1e-3, 1e-3), 17),
    heavy("beta", (1e-3, 0.5), 18),
    heavy("beta", (0.02, 0.03), 19),
    heavy("beta", (1e-200, 1e-250), 20),
    # legacy_beta: the gamma ratio (a or b > 1)
    heavy("beta", (2.0, 3.0), 21),
    heavy("beta", (0.5, 5.0), 22),
    heavy("beta", (10.0, 0.3), 23),
    heavy("beta", (1.5, 1.0), 24),
    # random_poisson: multiplication (lam < 10), zero, PTRS (lam >= 10)
    heavy("poisson", (0.0,), 25),
    heavy("poisson", (1e-300,), 26),
    heavy("poisson", (0.5,), 12345),
    heavy("poisson", (3.0,), 27),
    heavy("poisson", (9.99,), 28),
    heavy("poisson", (10.0,), 29),
    heavy("poisson", (50.0,), 30),
    heavy("poisson", (123.4,), 31),
    heavy("poisson", (1e6,), 32),
    heavy("poisson", (1e15,), 33),
    heavy("poisson", (9.2e18,), 34),
    # legacy_random_binomial: inversion (min(p,1-p)*n <= 30), incl. p > 0.5, n == 0, p == 0
    heavy("binomial", (10, 0.3), 12345),
    heavy("binomial", (20, 0.9), 35),
    heavy("binomial", (0, 0.5), 36),
    heavy("binomial", (100, 0.0), 37),
    heavy("binomial", (7, 1.0), 38),
    heavy("binomial", (60, 0.5), 39),
    heavy("binomial", (1, 0.5), 40),
    heavy("binomial", (10**12, 1e-11), 41),
    heavy("binomial", (2**62, 1e-18), 42),
    heavy("binomial", (3000, 0.99), 43),
    # ... and BTPE (min(p,1-p)*n > 30), the shared 2.4.6 one
    heavy("binomial", (1000, 0.4), 12345),
    heavy("binomial", (61, 0.5), 44),
    heavy("binomial", (10**9, 0.5), 45),
    heavy("binomial", (1000, 0.7), 46),
    heavy("binomial", (500, 0.9), 47),
    heavy("binomial", (100000, 0.01), 48),
    heavy("binomial", (10**15, 0.25), 49),
    heavy("binomial", (2**62, 0.5), 50),
    # seeds where 2.4.6's Stirling terms (13680, all four added) decide a step-5.2 test that the
    # 2.5 fix (13860, last two subtracted) decides the other way (found with a Java search)
    heavy("binomial", (500, 0.5), 91, "binomial(500_0.5)_stirling_quirk"),
    heavy("binomial", (1000, 0.4), 10, "binomial(1000_0.4)_stirling_quirk"),
    # interleavings on one RandomState: Gaussian cache across kernels, binomial cache reuse
    ("cache: gauss, gamma, normal, beta, gauss", 12345, [
        ("gauss", (), 1), ("standard_gamma", (7.5,), 101), ("normal", (1.0, 2.0), 3),
        ("gamma", (0.3, 2.0), 50), ("beta", (2.0, 3.0), 77), ("gauss", (), 1),
        ("standard_gamma", (1.5,), 1), ("normal", (0.0, 1.0), 1)]),
    ("cache: normal odd, exponential, normal", 1, [
        ("normal", (0.0, 1.0), 3), ("standard_exponential", (), 5), ("exponential", (3.0,), 2),
        ("normal", (5.0, 0.5), 1), ("uniform", (), 3), ("normal", (5.0, 0.5), 2)]),
    ("cache: gamma > 1 then Johnk beta and poisson keep it", 2, [
        ("standard_gamma", (2.0,), 1), ("beta", (0.5, 0.5), 10), ("poisson", (50.0,), 10),
        ("binomial", (1000, 0.4), 10), ("standard_gamma", (0.5,), 10), ("gauss", (), 1)]),
    ("cache: gamma ratio beta odd", 3, [
        ("beta", (3.0, 4.0), 1), ("gauss", (), 1), ("beta", (0.3, 6.0), 333), ("normal", (0.0, 1.0), 1)]),
    ("binomial cache reuse", 4, [
        ("binomial", (1000, 0.4), 100), ("binomial", (20, 0.9), 100), ("binomial", (1000, 0.4), 100),
        ("binomial", (1000, 0.6), 100), ("binomial", (20, 0.1), 100), ("binomial", (0, 0.0), 5),
        ("binomial", (1000, 0.4), 100)]),
    ("mixed everything", 2**32 - 1, [
        ("poisson", (3.0,), 500), ("gauss", (), 501), ("binomial", (10**9, 0.5), 500),
        ("standard_gamma", (0.999,), 500), ("beta", (1e-3, 1e-3), 500), ("poisson", (1e6,), 500),
        ("gamma", (1e4, 2.0), 501), ("exponential", (0.5,), 500), ("binomial", (50, 0.2), 500),
        ("normal", (-2.0, 3.0), 499)]),
]


def main():
    lines = ["# NumPy 2.4.6 RandomState vectors for LegacyKernelsTest; made by src/test/python/legacy_kernel_vectors.py"]
    for name, seed, steps in CASES:
        lines.extend(run_case(name.replace(" ", "_"), seed, steps))
    # gzip with a fixed mtime, so regenerating gives identical bytes
    with gzip.GzipFile(OUT, "wb", mtime=0) as gz, io.TextIOWrapper(gz, encoding="ascii", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(CASES)} cases to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
