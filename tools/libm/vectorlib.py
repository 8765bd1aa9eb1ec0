"""Writes glibc test vectors for nprand's exact libm ports (nprand-core/src/test/resources/libm/).

Each vector file is gzip'd little-endian records: the inputs, then glibc's result, as raw IEEE bits
(8 bytes per double, 4 per float). The results come from the host's glibc through ctypes, so the
variant is whatever glibc picks in this process: the FMA variant on an FMA+AVX2 CPU, the SSE2
variant when started with GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA (glibc 2.36 syntax; run
`detect_variant()` reads that setting).

Usage from a per-family script:
    from vectorlib import *
    write("exp", [xs], kind="d")            # unary double
    write("pow", [xs, ys], kind="d")        # binary double
    write("expf", [xs], kind="f")           # unary float
"""
import ctypes
import gzip
import math
import os
import random
import struct

LIBM = ctypes.CDLL("libm.so.6")
ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..",
                                     "nprand-core", "src", "test", "resources", "libm"))


def _fn(name, kind, arity):
    f = getattr(LIBM, name)
    t = ctypes.c_double if kind == "d" else ctypes.c_float
    f.restype = t
    f.argtypes = [t] * arity
    return f


def bits_d(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits_d(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def bits_f(x):
    return struct.unpack("<I", struct.pack("<f", x))[0]


def from_bits_f(b):
    return struct.unpack("<f", struct.pack("<I", b))[0]


def write(name, columns, kind="d", variant=None, libname=None):
    """Evaluates libm `libname or name` on the zipped input columns and writes <variant>/<name>.vec.gz."""
    variant = variant or detect_variant()
    arity = len(columns)
    f = _fn(libname or name, kind, arity)
    fmt = "<" + ("d" if kind == "d" else "f") * arity
    outfmt = "<Q" if kind == "d" else "<I"
    pack_res = (lambda r: struct.pack("<d", r)) if kind == "d" else (lambda r: struct.pack("<f", r))
    out = bytearray()
    for args in zip(*columns):
        out += struct.pack(fmt, *args)
        out += pack_res(f(*args))
    d = os.path.join(ROOT, variant)
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, name + ".vec.gz")
    with gzip.GzipFile(path, "wb", 9, mtime=0) as fh:
        fh.write(bytes(out))
    print("%s: %d records -> %s" % (name, len(columns[0]), path))


def detect_variant():
    """'fma' or 'nofma': what this process's glibc chose (set NPRAND_VARIANT to force a label)."""
    forced = os.environ.get("NPRAND_VARIANT")
    if forced:
        return forced
    tun = os.environ.get("GLIBC_TUNABLES", "")
    return "nofma" if "-FMA" in tun else "fma"


# ---- input generators: deterministic (seeded) -------------------------------------------------

def rng(seed):
    return random.Random(seed)


def uniform_grid01(n, seed):
    """NumPy's doubles: k * 2**-53, k uniform in [0, 2**53): the inputs samplers see."""
    r = rng(seed)
    return [r.getrandbits(53) * 2.0 ** -53 for _ in range(n)]


def uniform(n, lo, hi, seed):
    r = rng(seed)
    return [r.uniform(lo, hi) for _ in range(n)]


def random_bits_d(n, seed, positive=False):
    """Random bit patterns: every exponent, subnormals, inf and NaN included."""
    r = rng(seed)
    out = []
    for _ in range(n):
        b = r.getrandbits(64)
        if positive:
            b &= (1 << 63) - 1
        out.append(from_bits_d(b))
    return out


def log_uniform_d(n, emin, emax, seed, signs=(1,)):
    """Random mantissa times 2**e, e uniform in [emin, emax]."""
    r = rng(seed)
    return [r.choice(signs) * math.ldexp(1.0 + r.random(), r.randint(emin, emax)) for _ in range(n)]


def specials_d():
    vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, float("inf"), float("-inf"), float("nan"),
            5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
            -1.7976931348623157e308, math.pi, -math.pi, math.pi / 2, math.e, 1e-300, 1e300]
    near = []
    for v in (1.0, 0.5, 2.0):
        b = bits_d(v)
        near += [from_bits_d(b + k) for k in range(-64, 65)]
    return vals + near


def random_bits_f(n, seed, positive=False):
    r = rng(seed)
    out = []
    for _ in range(n):
        b = r.getrandbits(32)
        if positive:
            b &= (1 << 31) - 1
        out.append(from_bits_f(b))
    return out


def to_f(xs):
    """Rounds doubles to float32 values (as Python floats holding float32 values)."""
    return [from_bits_f(bits_f(x)) if math.isfinite(x) and abs(x) < 3.4e38 else x for x in xs]
