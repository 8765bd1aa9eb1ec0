"""Reference vectors for GeneratorContinuousKernelsTest (the continuous kernels of np.random.Generator).

Every case is one real NumPy call, np.random.Generator(<BitGenerator>(seed)).<method>(*params, size=n)
(or the method's dtype=np.float32 / method='inv' forms), with scalar parameters, so NumPy loops the
C kernel n times over one bit generator. Most cases use PCG64, a few MT19937, Philox, SFC64 and
PCG64DXSM; all are seeded with an int, i.e. through SeedSequence.

Output: nprand-core/src/test/resources/org/nprand/kernels/generator_kernel_vectors.txt.gz (gzip with
mtime 0, so the file is reproducible byte for byte), one block per case:

    case <name>                      unique label, shown on failure
    kernel <kernel>                  which Java kernel the test calls
    bitgen <name> <seed>             the bit generator, seeded with <seed> through SeedSequence
    params <tok> <tok> ...           Python repr of each scalar parameter (as passed to NumPy)
    n <count>                        number of kernel calls (size=...)
    values <v> <v> ...               results in call order as hex IEEE bits: 16 digits for float64,
                                     8 for float32; wrapped over several "values" lines
    buffer <has_uint32> <uinteger>   the 32-bit buffer after the call (hex; "buffer none" for
                                     MT19937, which has none)
    next <hex>                       bit_generator.random_raw() right after the call (64 bits; 32 for
                                     MT19937): pins the generator's position after the call
    end

Scripted cases ("bitgen scripted 0") aim at the ziggurats' rare branches (the tails, the wedges,
the exact acceptance bounds, and C's float/double mixing in random_standard_normal_f) with crafted
raw words, replayed to NumPy through a ctypes bitgen_t: every draw takes the next 64-bit word w;
next_uint64 is w, next_uint32 the low half of w (no buffering), next_double (w >> 11) * 2**-53.
The kernel is called one value at a time (size=1) until the script is used up; "n" counts those
calls. They have, instead of "buffer" and "next":

    words <hex> <hex> ...            the script (64-bit words)
    consumed <count>                 how many words the calls took

The crafted words need the tables (ki, wi, fi, ke, we, fe): they are parsed from the NumPy 2.4.6
ziggurat_constants.h by tools/gen_ziggurat_tables.py (from the NumPy mirror, or --header PATH).

Run with NumPy 2.4.6 (glibc 2.36, an FMA/AVX2 x86-64 CPU, i.e. nprand's default libm variant):
    python3 nprand-core/src/test/python/generator_kernel_vectors.py
"""
import ctypes
import gzip
import importlib.util
import io
import math
import os
import sys
import threading

import numpy as np

assert np.__version__ == "2.4.6", np.__version__

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "nprand", "kernels",
                   "generator_kernel_vectors.txt.gz")

N = 5000
F32 = np.float32


def call(rng, kernel, p, n):
    """The NumPy call behind each Java kernel name."""
    if kernel == "standard_normal":
        return rng.standard_normal(n)
    if kernel == "standard_normal_f32":
        return rng.standard_normal(n, dtype=F32)
    if kernel == "standard_exponential":
        return rng.standard_exponential(n)
    if kernel == "standard_exponential_f32":
        return rng.standard_exponential(n, dtype=F32)
    if kernel == "standard_exponential_inv":
        return rng.standard_exponential(n, method="inv")
    if kernel == "standard_exponential_inv_f32":
        return rng.standard_exponential(n, dtype=F32, method="inv")
    if kernel == "random":
        return rng.random(n)
    if kernel == "random_f32":
        return rng.random(n, dtype=F32)
    if kernel == "standard_gamma_f32":
        return rng.standard_gamma(*p, size=n, dtype=F32)
    return getattr(rng, kernel)(*p, size=n)


def cases():
    """(kernel, params, n, bitgen, seed)."""
    c = []

    def add(kernel, params=(), n=N, seed=12345, bitgen="PCG64"):
        c.append((kernel, list(params), n, bitgen, seed))

    # ---- the ziggurats and the uniforms ----
    add("standard_normal", seed=12345)
    add("standard_normal", n=20000, seed=20240607)  # more tail (idx 0) and wedge draws
    add("standard_normal_f32", seed=12345)
    add("standard_normal_f32", n=20000, seed=987654321)
    add("standard_normal_f32", n=4999, seed=3)      # odd count: a 32-bit half left in the buffer
    add("standard_exponential", seed=12345)
    add("standard_exponential", n=20000, seed=424242)
    add("standard_exponential_f32", seed=12345)
    add("standard_exponential_f32", n=20000, seed=7)
    add("standard_exponential_inv", seed=2)
    add("standard_exponential_inv_f32", seed=2)
    add("standard_exponential_inv_f32", n=777, seed=11)
    add("random", n=2000, seed=5)
    add("random_f32", seed=5)
    add("random_f32", n=1001, seed=6)
    add("normal", [1.5, 3.0], seed=8)
    add("normal", [-2.0, 1e-3], n=2000, seed=9)
    add("exponential", [2.5], seed=10)
    add("exponential", [0.0], n=200, seed=10)

    # ---- gamma: shape < 1, == 1, > 1, 0, tiny, large; float32 ----
    add("standard_gamma", [0.5], seed=12345)
    add("standard_gamma", [1.0], seed=13)
    add("standard_gamma", [2.5], seed=14)
    add("standard_gamma", [1e-3], n=3000, seed=15)
    add("standard_gamma", [0.9999], n=3000, seed=16)
    add("standard_gamma", [150.0], n=3000, seed=17)
    add("standard_gamma", [0.0], n=100, seed=18)
    add("standard_gamma_f32", [0.5], seed=12345)
    add("standard_gamma_f32", [1.0], seed=19)
    add("standard_gamma_f32", [2.5], seed=20)
    add("standard_gamma_f32", [0.05], seed=21)
    add("standard_gamma_f32", [30.0], seed=22)
    add("standard_gamma_f32", [0.1], n=3001, seed=23)  # 0.1 is rounded to float by NumPy
    add("standard_gamma_f32", [1.0000001], n=3000, seed=24)
    add("standard_gamma_f32", [0.0], n=100, seed=25)
    add("gamma", [0.5, 2.0], seed=26)
    add("gamma", [1.0, 3.0], n=2000, seed=27)
    add("gamma", [7.5, 0.25], seed=28)

    # ---- beta: tiny shortcut, Johnk (with and without the log path), gamma ratio ----
    add("beta", [1e-104, 2e-104], n=2000, seed=29)     # both < 3e-103: (a+b)U < a
    add("beta", [2.9e-103, 1e-200], n=2000, seed=30)
    add("beta", [0.5, 0.5], seed=31)
    add("beta", [0.9, 0.3], seed=32)
    add("beta", [1.0, 1.0], n=2000, seed=33)
    add("beta", [1e-3, 1e-3], seed=34)                 # X or Y underflows: the log form
    add("beta", [0.05, 0.02], seed=35)
    add("beta", [1e-200, 0.5], n=1000, seed=36)        # one tiny, the other not: Johnk, log form
    add("beta", [2.5, 3.5], seed=37)
    add("beta", [0.3, 3.0], seed=38)                   # a <= 1 < b: gamma ratio with shape < 1
    add("beta", [1.5, 0.2], n=3000, seed=39)

    # ---- chisquare, F, non-central ----
    add("chisquare", [0.5], seed=40)
    add("chisquare", [2.0], n=3000, seed=41)
    add("chisquare", [7.3], seed=42)
    add("f", [3.5, 7.0], seed=43)
    add("f", [0.7, 1.5], n=3000, seed=44)
    add("noncentral_chisquare", [3.0, 2.5], seed=45)       # df > 1
    add("noncentral_chisquare", [1.5, 40.0], n=3000, seed=46)
    add("noncentral_chisquare", [0.8, 1.7], seed=47)       # df <= 1: Poisson (multiplication)
    add("noncentral_chisquare", [0.5, 40.0], n=3000, seed=48)  # df <= 1: Poisson PTRS
    add("noncentral_chisquare", [1.0, 3.0], n=3000, seed=49)   # df == 1 takes the Poisson branch
    add("noncentral_chisquare", [2.5, 0.0], n=3000, seed=50)   # nonc == 0
    add("noncentral_chisquare", [0.3, 0.0], n=2000, seed=51)
    add("noncentral_chisquare", [0.7, float("nan")], n=50, seed=52)  # NaN, no draw
    add("noncentral_chisquare", [3.0, float("nan")], n=50, seed=53)
    add("noncentral_f", [3.0, 5.0, 2.0], seed=54)
    add("noncentral_f", [0.9, 4.0, 1.5], n=3000, seed=55)
    add("noncentral_f", [2.0, 3.0, 0.0], n=2000, seed=56)

    # ---- t, Cauchy, lognormal, Pareto, power, Weibull, Rayleigh, Wald ----
    add("standard_t", [3.0], seed=57)
    add("standard_t", [0.5], n=3000, seed=58)
    add("standard_t", [2.0], n=3000, seed=59)           # df/2 == 1: exponential
    add("standard_cauchy", [], seed=60)
    add("lognormal", [0.0, 1.0], seed=61)
    add("lognormal", [1.5, 0.3], n=2000, seed=62)
    add("pareto", [3.0], seed=63)
    add("pareto", [0.2], n=2000, seed=64)
    add("power", [0.5], seed=65)
    add("power", [5.0], n=2000, seed=66)
    add("weibull", [1.7], seed=67)
    add("weibull", [0.0], n=100, seed=68)               # 0.0, no draw
    add("weibull", [0.05], n=2000, seed=69)
    add("rayleigh", [2.0], seed=70)
    add("wald", [1.0, 1.0], seed=71)
    add("wald", [3.0, 0.5], n=3000, seed=72)
    add("wald", [0.1, 20.0], n=2000, seed=73)

    # ---- von Mises: every branch ----
    add("vonmises", [0.5, 1e-9], n=2000, seed=74)       # kappa < 1e-8: uniform
    add("vonmises", [1.0, 5e-6], n=2000, seed=75)       # Taylor s
    add("vonmises", [0.3, 4.0], seed=76)
    add("vonmises", [-2.5, 0.5], n=3000, seed=77)
    add("vonmises", [3.0, 50.0], n=3000, seed=78)       # the fmod wrap
    add("vonmises", [0.0, 1e6], n=2000, seed=79)        # kappa == 1e6: still Best-Fisher
    add("vonmises", [2.0, 1e7], n=3000, seed=80)        # kappa > 1e6: wrapped normal
    add("vonmises", [3.1415, 2e6], n=3000, seed=81)     # wrapped normal, wrapping down
    add("vonmises", [-3.1415, 5e8], n=2000, seed=82)    # wrapped normal, wrapping up
    add("vonmises", [0.0, float("nan")], n=50, seed=83)

    # ---- the shared inversions (Generator calls the same C functions as RandomState) ----
    add("triangular", [-1.0, 0.25, 3.0], n=3000, seed=84)
    add("laplace", [0.5, 2.0], n=3000, seed=85)
    add("gumbel", [0.5, 2.0], n=3000, seed=86)
    add("logistic", [0.5, 2.0], n=3000, seed=87)
    add("uniform", [-3.0, 7.5], n=3000, seed=88)

    # ---- the other bit generators ----
    for bg, seed in (("MT19937", 1234), ("Philox", 5678), ("SFC64", 9012), ("PCG64DXSM", 3456)):
        add("standard_normal", n=3000, seed=seed, bitgen=bg)
        add("standard_normal_f32", n=3001, seed=seed, bitgen=bg)
        add("standard_exponential_f32", n=3000, seed=seed + 1, bitgen=bg)
        add("standard_gamma_f32", [0.5], n=2001, seed=seed + 2, bitgen=bg)
        add("random_f32", n=1001, seed=seed + 3, bitgen=bg)
        add("beta", [0.5, 0.5], n=2000, seed=seed + 4, bitgen=bg)
        add("standard_gamma", [3.0], n=2000, seed=seed + 5, bitgen=bg)
    return c


# ---- scripted bit generator (ctypes bitgen_t) ----------------------------------------------------

U64F = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p)
U32F = ctypes.CFUNCTYPE(ctypes.c_uint32, ctypes.c_void_p)
DBLF = ctypes.CFUNCTYPE(ctypes.c_double, ctypes.c_void_p)


class BitgenT(ctypes.Structure):
    """NumPy's bitgen_t: state, next_uint64, next_uint32, next_double, next_raw."""
    _fields_ = [("state", ctypes.c_void_p), ("next_uint64", U64F), ("next_uint32", U32F),
                ("next_double", DBLF), ("next_raw", U64F)]


class Scripted:
    """A minimal bit generator for np.random.Generator (it needs .capsule and .lock) replaying words."""

    def __init__(self, words):
        self.words = list(words)
        self.pos = 0
        self.overrun = False
        self._u64 = U64F(lambda _s: self._take())
        self._u32 = U32F(lambda _s: self._take() & 0xFFFFFFFF)
        self._dbl = DBLF(lambda _s: (self._take() >> 11) * 2.0 ** -53)
        self._bitgen = BitgenT(None, self._u64, self._u32, self._dbl, self._u64)
        new = ctypes.pythonapi.PyCapsule_New
        new.restype = ctypes.py_object
        new.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
        self._name = ctypes.create_string_buffer(b"BitGenerator")
        self.capsule = new(ctypes.addressof(self._bitgen), ctypes.addressof(self._name), None)
        self.lock = threading.Lock()

    def _take(self):
        if self.pos >= len(self.words):
            self.overrun = True
            self.pos += 1
            if self.pos > len(self.words) + 1000:  # a kernel looping on the zero words: give up
                print("scripted bit generator: script exhausted", file=sys.stderr)
                os._exit(1)
            return 0
        w = self.words[self.pos]
        self.pos += 1
        return w


def load_tables():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "tools",
                        "gen_ziggurat_tables.py")
    spec = importlib.util.spec_from_file_location("gen_ziggurat_tables", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if "--header" in sys.argv:
        with open(sys.argv[sys.argv.index("--header") + 1]) as fh:
            text = fh.read()
    else:
        import subprocess
        text = subprocess.run(["git", "-C", mod.NUMPY_REPO, "show", "%s:%s" % (mod.TAG, mod.HEADER)],
                              check=True, capture_output=True, text=True).stdout
    arrays, scalars = mod.parse(text)
    t = {name: vals for name, (ctype, vals) in arrays.items()}
    for name in ("wi_float", "fi_float", "we_float", "fe_float"):
        t[name] = [np.float32(v) for v in t[name]]
    return t


def u53(m):
    """A word whose next_double is m * 2**-53."""
    return m << 11


def u24(k):
    """A word whose next_float (low half >> 8) is k * 2**-24."""
    return k << 8


def dbl_word(u):
    """A word whose next_double is u (u a multiple of 2**-53 in [0, 1))."""
    m = int(u * 2.0 ** 53)
    assert m * 2.0 ** -53 == u
    return u53(m)


def normal_word(idx, sign, rabs):
    """random_standard_normal's r: idx in bits 0-7, sign bit 8, 52-bit rabs in bits 9-60."""
    assert 0 <= rabs < 1 << 52
    return idx | sign << 8 | rabs << 9


def normal_f_word(idx, sign, rabs):
    """random_standard_normal_f's 32-bit r: idx, sign bit 8, 23-bit rabs in bits 9-31."""
    assert 0 <= rabs < 1 << 23
    return idx | sign << 8 | rabs << 9


def exp_word(idx, ri):
    """random_standard_exponential's r: 3 dropped bits, idx in bits 3-10, 53-bit ri above."""
    assert 0 <= ri < 1 << 53
    return 0b101 | idx << 3 | ri << 11


def exp_f_word(idx, ri):
    """random_standard_exponential_f's 32-bit r: 1 dropped bit, idx in bits 1-8, 23-bit ri above."""
    assert 0 <= ri < 1 << 23
    return 1 | idx << 1 | ri << 9


_libm = ctypes.CDLL("libm.so.6")
_libm.expf.restype = ctypes.c_float
_libm.expf.argtypes = [ctypes.c_float]


def float_wedge_quirk(t):
    """(idx, rabs, k) where random_standard_normal_f's wedge test accepts with C's double exp(-0.5*x*x)
    but would reject with expf in float: lhs(k) = (fi[idx-1] - fi[idx]) * k 2**-24 + fi[idx] in float
    equals the float just below exp(-x*x/2), and expf(-0.5f*x*x) rounds to that same float."""
    ki, wi, fi = t["ki_float"], t["wi_float"], t["fi_float"]
    f32 = np.float32
    for idx in range(1, 256):
        d = f32(fi[idx - 1] - fi[idx])
        for rabs in range(ki[idx], min(ki[idx] + 200, 1 << 23)):
            x = f32(rabs) * wi[idx]
            e = math.exp(-0.5 * float(x) * float(x))
            lo = f32(e)
            if float(lo) >= e:
                lo = np.nextafter(lo, f32(0))
            ef = _libm.expf(float(f32(f32(f32(-0.5) * x) * x)))
            if not (float(lo) < e and ef <= float(lo)):
                continue
            if not (fi[idx] <= lo < fi[idx - 1]):
                continue
            a, b = 0, (1 << 24) - 1
            with np.errstate(all="ignore"):
                lhs = lambda k: f32(f32(d * f32(k * 2.0 ** -24)) + fi[idx])
                while a < b:
                    m = (a + b) // 2
                    if lhs(m) < lo:
                        a = m + 1
                    else:
                        b = m
                if lhs(a) == lo:
                    return idx, rabs, a
    raise AssertionError("no float-wedge quirk case found")


def float_lhs_quirk(t):
    """(idx, rabs, k) where random_standard_normal_f's wedge test rejects because its left side
    (fi[idx-1] - fi[idx]) * U + fi[idx] is computed and rounded in float (up, to at least
    exp(-x*x/2)), while the same expression in double would be below exp(-x*x/2) and accept."""
    ki, wi, fi = t["ki_float"], t["wi_float"], t["fi_float"]
    f32 = np.float32
    for idx in range(1, 256):
        d = f32(fi[idx - 1] - fi[idx])
        for rabs in range(ki[idx], min(ki[idx] + 200, 1 << 23)):
            x = f32(rabs) * wi[idx]
            e = math.exp(-0.5 * float(x) * float(x))
            if not (fi[idx] < e < fi[idx - 1]):
                continue
            # the smallest k whose double left side reaches e, minus one: still below e in double
            a, b = 0, (1 << 24) - 1
            lhs_d = lambda k: float(d) * (k * 2.0 ** -24) + float(fi[idx])
            while a < b:
                m = (a + b) // 2
                if lhs_d(m) < e:
                    a = m + 1
                else:
                    b = m
            k = a - 1
            if k < 0 or not lhs_d(k) < e:
                continue
            lhs_f = f32(f32(d * f32(k * 2.0 ** -24)) + fi[idx])
            if float(lhs_f) >= e:
                return idx, rabs, k
    raise AssertionError("no float-lhs quirk case found")


def scripted_cases():
    """(kernel, params, words); the ki/ke bounds of layer 1 are 0 (all of it is wedge)."""
    t = load_tables()
    c = []
    ki, ke = t["ki_double"], t["ke_double"]
    kif, kef = t["ki_float"], t["ke_float"]
    acc_n = normal_word(5, 0, 0)        # accepted at once: x = 0.0, a terminator after rejections
    acc_nf = normal_f_word(5, 0, 0)
    acc_e = exp_word(5, 0)
    acc_ef = exp_f_word(5, 0)
    half = dbl_word(0.5)

    # normal, double: the acceptance bound exactly (rabs = ki - 1 returns, rabs = ki goes to the wedge)
    w = []
    for idx in (1, 2, 3, 100, 200, 254, 255):
        w += [normal_word(idx, 0, ki[idx] - 1)] if ki[idx] else []
        w += [normal_word(idx, 1, ki[idx]), u53(0), acc_n]
        w += [normal_word(idx, 1, (1 << 52) - 1), u53((1 << 53) - 1), acc_n]     # wedge, U -> 1: reject
    c.append(("standard_normal", [], w))
    # normal, double: the tail (idx 0, rabs >= ki[0]); the sign comes from bit 8 of rabs
    w = []
    for sign in (0, 1):
        for bit8 in (0, 1):
            rabs = ((1 << 52) - 1) & ~(1 << 8) | bit8 << 8
            w += [normal_word(0, sign, rabs), dbl_word(0.75), dbl_word(0.25), dbl_word(0.25), dbl_word(0.75)]
    rabs = ki[0]  # the smallest rabs in the tail
    w += [normal_word(0, 0, rabs), u53(0), u53(0), dbl_word(0.75), dbl_word(0.25)]  # U = 0 rejects
    w += [normal_word(0, 1, ki[0] - 1)]  # just below the bound: returned at once
    c.append(("standard_normal", [], w))

    # normal, float: the bound, the wedge, the tail
    w = []
    for idx in (1, 2, 3, 100, 200, 254, 255):
        w += [normal_f_word(idx, 0, kif[idx] - 1)] if kif[idx] else []
        w += [normal_f_word(idx, 1, kif[idx]), u24(0), acc_nf]
        w += [normal_f_word(idx, 1, (1 << 23) - 1), u24((1 << 24) - 1), acc_nf]
    c.append(("standard_normal_f32", [], w))
    w = []
    for sign in (0, 1):
        for bit8 in (0, 1):
            rabs = ((1 << 23) - 1) & ~(1 << 8) | bit8 << 8
            w += [normal_f_word(0, sign, rabs), u24(3 << 22), u24(1 << 22), u24(1 << 22), u24(3 << 22)]
    w += [normal_f_word(0, 0, kif[0]), u24(0), u24(0), u24(3 << 22), u24(1 << 22)]
    w += [normal_f_word(0, 1, kif[0] - 1)]
    c.append(("standard_normal_f32", [], w))
    # normal, float: the wedge test compares a float with the DOUBLE exp(-0.5 * x * x)
    idx, rabs, k = float_wedge_quirk(t)
    c.append(("standard_normal_f32", [], [normal_f_word(idx, 0, rabs), u24(k), acc_nf,
                                            normal_f_word(idx, 1, rabs), u24(k), acc_nf]))
    # normal, float: ... and rounds its left side to float first
    idx, rabs, k = float_lhs_quirk(t)
    c.append(("standard_normal_f32", [], [normal_f_word(idx, 0, rabs), u24(k), acc_nf,
                                            normal_f_word(idx, 1, rabs), u24(k), acc_nf]))

    # exponential, double: the bound, the wedge (accept, and reject = a fresh draw), the tail
    w = []
    for idx in (1, 2, 3, 100, 200, 254, 255):
        w += [exp_word(idx, ke[idx] - 1)] if ke[idx] else []
        w += [exp_word(idx, ke[idx]), u53(0), acc_e]
        w += [exp_word(idx, (1 << 53) - 1), u53((1 << 53) - 1), acc_e]
    w += [exp_word(0, (1 << 53) - 1), half, exp_word(0, ke[0]), u53(0), exp_word(0, ke[0] - 1)]
    w += [exp_word(0, ke[0]), u53((1 << 53) - 1)]
    c.append(("standard_exponential", [], w))
    # exponential, float
    w = []
    for idx in (1, 2, 3, 100, 200, 254, 255):
        w += [exp_f_word(idx, kef[idx] - 1)] if kef[idx] else []
        w += [exp_f_word(idx, kef[idx]), u24(0), acc_ef]
        w += [exp_f_word(idx, (1 << 23) - 1), u24((1 << 24) - 1), acc_ef]
    w += [exp_f_word(0, (1 << 23) - 1), u24(1 << 23), exp_f_word(0, kef[0]), u24(0), exp_f_word(0, kef[0] - 1)]
    w += [exp_f_word(0, kef[0]), u24((1 << 24) - 1)]
    c.append(("standard_exponential_f32", [], w))

    # the inversions at the ends of [0, 1)
    c.append(("standard_exponential_inv", [], [u53(0), u53((1 << 53) - 1), half]))
    c.append(("standard_exponential_inv_f32", [], [u24(0), u24((1 << 24) - 1), u24(1), u24(1 << 23)]))
    return c


def scripted_block(kernel, params, words, names):
    """Calls the kernel one value at a time (size=1) until the script is used up."""
    bg = Scripted(words)
    rng = np.random.Generator(bg)
    vals = []
    while bg.pos < len(words):
        vals.append(call(rng, kernel, params, 1)[0])
        assert not bg.overrun, (kernel, "ran out of words")
    n = len(vals)
    name = "scripted %s #%d n=%d" % (kernel, len([x for x in names if x.startswith("scripted " + kernel + " ")]), n)
    names.add(name)
    out = ["case " + name, "kernel " + kernel, "bitgen scripted 0",
           "params " + " ".join(repr(float(p)) for p in params), "n %d" % n]
    out.append("values " + " ".join(hexbits(np.asarray(vals))))
    for i in range(0, len(words), 16):
        out.append("words " + " ".join("%x" % w for w in words[i:i + 16]))
    out += ["consumed %d" % bg.pos, "end"]
    return "\n".join(out) + "\n"


def hexbits(arr):
    if arr.dtype == np.float32:
        return ["%08x" % v for v in arr.view(np.uint32).tolist()]
    assert arr.dtype == np.float64, arr.dtype
    return ["%016x" % v for v in arr.view(np.uint64).tolist()]


def block(kernel, params, n, bitgen, seed, names):
    bg = getattr(np.random, bitgen)(seed)
    rng = np.random.Generator(bg)
    vals = call(rng, kernel, params, n)
    assert len(vals) == n
    st = bg.state
    buffer = "buffer none" if bitgen == "MT19937" else "buffer %d %08x" % (st["has_uint32"], st["uinteger"])
    nxt = int(bg.random_raw())
    ptxt = " ".join(repr(float(p)) for p in params)
    name = "%s(%s) %s(%d) n=%d" % (kernel, ", ".join(repr(float(p)) for p in params), bitgen, seed, n)
    assert name not in names, name
    names.add(name)
    out = ["case " + name, "kernel " + kernel, "bitgen %s %d" % (bitgen, seed), "params " + ptxt,
           "n %d" % n]
    hx = hexbits(np.asarray(vals))
    per = 8 if kernel.endswith("f32") else 4
    step = 64 * per // 4
    for i in range(0, len(hx), step):
        out.append("values " + " ".join(hx[i:i + step]))
    out += [buffer, "next %x" % nxt, "end"]
    return "\n".join(out) + "\n"


def main():
    names = set()
    buf = io.StringIO()
    buf.write("# generated by nprand-core/src/test/python/generator_kernel_vectors.py with NumPy %s\n"
              % np.__version__)
    cs = cases()
    for case in cs:
        buf.write(block(*case, names=names))
    sc = scripted_cases()
    for case in sc:
        buf.write(scripted_block(*case, names=names))
    data = buf.getvalue().encode("ascii")
    with open(OUT, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
            gz.write(data)
    print("wrote %d + %d scripted cases, %d bytes (%d uncompressed) to %s" % (len(cs), len(sc), os.path.getsize(OUT), len(data),
                                                                 os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
