"""Reference vectors for ParallelGoldenTest (org.nprand.parallel): NumPy's own output for the specs
the parallel plans reproduce, so that the sequential Java output (and every chunked or multi-threaded
one) can be checked against NumPy bit for bit.

Each case is one spec: a bit generator seeded with an int (through SeedSequence), a Generator method
with scalar parameters, a size N, and a block size B (0: NumPy's sequential call; B > 0: blocked mode,
block b drawn by Generator(BG(child_b)) with child_b = SeedSequence(seed).spawn(...)[b]):

    B == 0:  out = Generator(BG(seed)).<method>(*params, size=N)
    B >  0:  ss = np.random.SeedSequence(seed)
             out = np.concatenate([Generator(BG(c)).<method>(*params, size=min(B, N - b*B))
                                   for b, c in enumerate(ss.spawn(-(-N // B)))])

Output: nprand-core/src/test/resources/org/nprand/parallel/parallel_vectors.txt.gz (gzip, mtime 0, so
the file is reproducible byte for byte), one block per case:

    case <name>
    spec <bitgen> <seed> <method> <arg> <arg> ...   positional args in Python syntax (no spaces),
                                                    keyword args as key=value (dtype=uint32,
                                                    endpoint=True, method=inv)
    n <N>
    block <B>
    kind f8|f4|i8|u1       element type: float64, float32, an integer dtype widened to int64 (uint64
                           as its bit pattern), bytes
    head <hex> ...         the first 64 elements as hex IEEE bits (16 digits float64, 8 float32), int64
                           two's complement (16 digits), bytes (2 digits)
    at <index> <hex>       elements at scattered indices (near N/2 and the end)
    sha256 <hex>           SHA-256 of all N elements as little-endian bytes of the kind (8 bytes per
                           f8/i8 element, 4 per f4, 1 per u1)
    end

Run with NumPy 2.4.6 (glibc 2.36 on an FMA/AVX2 x86-64 CPU, nprand's default libm variant):
    python3 nprand-core/src/test/python/parallel_vectors.py
"""
import gzip
import hashlib
import io
import os

import numpy as np

assert np.__version__ == "2.4.6", np.__version__

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "nprand", "parallel",
                   "parallel_vectors.txt.gz")

N = 100_003

# (name, bitgen, seed, method, args (Python values), kwargs, block)
CASES = [
    # ---- seek mode: fixed consumption
    ("random", "PCG64", 12345, "random", (), {}, 0),
    ("random-philox", "Philox", 7, "random", (), {}, 0),
    ("uniform-philox", "Philox", 7, "uniform", (-1.0, 1.0), {}, 0),
    ("uniform-dxsm", "PCG64DXSM", 21, "uniform", (2.0, 5.5), {}, 0),
    ("random-f32-dxsm", "PCG64DXSM", 3, "random", (), {"dtype": "float32"}, 0),
    ("random-f32-philox", "Philox", 11, "random", (), {"dtype": "float32"}, 0),
    ("integers-pow2-32", "PCG64", 5, "integers", (0, 1024), {}, 0),
    ("integers-pow2-64", "Philox", 5, "integers", (0, 2**40), {}, 0),
    ("integers-full-int64", "PCG64", 9, "integers", (-2**63, 2**63 - 1), {"endpoint": True}, 0),
    ("integers-full-uint32", "Philox", 9, "integers", (0, 2**32), {"dtype": "uint32"}, 0),
    ("integers-pow2-int32", "PCG64DXSM", 9, "integers", (-8, 8), {"dtype": "int32"}, 0),
    ("bytes", "PCG64", 1, "bytes", (), {}, 0),
    ("bytes-philox", "Philox", 2, "bytes", (), {}, 0),
    ("exponential-inv", "PCG64", 4, "standard_exponential", (), {"method": "inv"}, 0),
    ("exponential-inv-f32-philox", "Philox", 4, "standard_exponential", (), {"dtype": "float32", "method": "inv"}, 0),
    ("triangular", "PCG64DXSM", 8, "triangular", (0.0, 0.3, 1.0), {}, 0),
    ("integers-constant", "PCG64", 6, "integers", (5, 6), {}, 0),
    ("binomial-n0", "PCG64", 6, "binomial", (0, 0.5), {}, 0),
    ("standard-gamma-0", "Philox", 6, "standard_gamma", (0.0,), {}, 0),
    # ---- scan mode: variable consumption
    ("standard-normal", "PCG64", 12345, "standard_normal", (), {}, 0),
    ("normal-philox", "Philox", 7, "normal", (1.5, 2.0), {}, 0),
    ("standard-normal-f32", "PCG64DXSM", 3, "standard_normal", (), {"dtype": "float32"}, 0),
    ("standard-normal-f32-philox", "Philox", 3, "standard_normal", (), {"dtype": "float32"}, 0),
    ("standard-gamma", "PCG64", 5, "standard_gamma", (2.5,), {}, 0),
    ("standard-gamma-small-philox", "Philox", 5, "standard_gamma", (0.5,), {}, 0),
    ("standard-gamma-f32", "PCG64", 5, "standard_gamma", (2.5,), {"dtype": "float32"}, 0),
    ("standard-gamma-f32-small", "Philox", 5, "standard_gamma", (0.3,), {"dtype": "float32"}, 0),
    ("standard-exponential", "PCG64", 2, "standard_exponential", (), {}, 0),
    ("standard-exponential-f32", "Philox", 2, "standard_exponential", (), {"dtype": "float32"}, 0),
    ("exponential", "PCG64DXSM", 2, "exponential", (3.0,), {}, 0),
    ("gamma", "PCG64", 13, "gamma", (3.0, 2.0), {}, 0),
    ("beta-small", "PCG64", 13, "beta", (0.5, 0.5), {}, 0),
    ("beta", "Philox", 13, "beta", (2.0, 3.0), {}, 0),
    ("chisquare", "PCG64", 14, "chisquare", (3.0,), {}, 0),
    ("noncentral-chisquare", "PCG64", 14, "noncentral_chisquare", (3.0, 2.0), {}, 0),
    ("f", "PCG64DXSM", 15, "f", (5.0, 7.0), {}, 0),
    ("noncentral-f", "PCG64", 15, "noncentral_f", (5.0, 7.0, 1.5), {}, 0),
    ("standard-t", "Philox", 16, "standard_t", (4.0,), {}, 0),
    ("standard-cauchy", "PCG64", 16, "standard_cauchy", (), {}, 0),
    ("lognormal", "PCG64", 17, "lognormal", (0.5, 0.8), {}, 0),
    ("pareto", "PCG64", 18, "pareto", (3.0,), {}, 0),
    ("power", "Philox", 18, "power", (2.0,), {}, 0),
    ("weibull", "PCG64", 19, "weibull", (1.5,), {}, 0),
    ("rayleigh", "PCG64DXSM", 19, "rayleigh", (2.0,), {}, 0),
    ("wald", "PCG64", 20, "wald", (1.0, 2.0), {}, 0),
    ("vonmises", "PCG64", 20, "vonmises", (0.5, 2.0), {}, 0),
    ("laplace", "Philox", 22, "laplace", (0.0, 1.0), {}, 0),
    ("gumbel", "PCG64", 22, "gumbel", (0.5, 2.0), {}, 0),
    ("logistic", "PCG64", 22, "logistic", (0.0, 1.0), {}, 0),
    ("poisson", "PCG64", 23, "poisson", (3.0,), {}, 0),
    ("poisson-ptrs-philox", "Philox", 23, "poisson", (50.0,), {}, 0),
    ("binomial-inversion", "PCG64", 24, "binomial", (10, 0.3), {}, 0),
    ("binomial-btpe", "PCG64DXSM", 24, "binomial", (1000, 0.4), {}, 0),
    ("negative-binomial", "PCG64", 25, "negative_binomial", (5.0, 0.3), {}, 0),
    ("geometric", "Philox", 25, "geometric", (0.2,), {}, 0),
    ("zipf", "PCG64", 26, "zipf", (2.5,), {}, 0),
    ("logseries", "PCG64", 26, "logseries", (0.7,), {}, 0),
    ("hypergeometric-hrua", "PCG64", 27, "hypergeometric", (20, 30, 15), {}, 0),
    ("hypergeometric-simple-philox", "Philox", 27, "hypergeometric", (5, 7, 4), {}, 0),
    ("integers-lemire-32", "PCG64", 28, "integers", (0, 10), {}, 0),
    ("integers-lemire-32-philox", "Philox", 28, "integers", (0, 3_000_000_000), {}, 0),
    ("integers-lemire-64", "PCG64DXSM", 28, "integers", (0, 10**12), {}, 0),
    ("integers-int32-endpoint", "PCG64", 29, "integers", (-5, 5), {"dtype": "int32", "endpoint": True}, 0),
    ("integers-uint64", "Philox", 29, "integers", (0, 1000), {"dtype": "uint64"}, 0),
    # ---- blocked mode: any bit generator
    ("blocked-mt-normal", "MT19937", 42, "standard_normal", (), {}, 1000),
    ("blocked-sfc-random", "SFC64", 7, "random", (), {}, 4096),
    ("blocked-pcg-gamma", "PCG64", 12345, "standard_gamma", (2.5,), {}, 777),
    ("blocked-philox-uint8", "Philox", 3, "integers", (0, 200), {"dtype": "uint8"}, 1000),
    ("blocked-mt-bytes", "MT19937", 42, "bytes", (), {}, 1001),
    ("blocked-sfc-poisson", "SFC64", 1, "poisson", (4.0,), {}, 333),
    ("blocked-dxsm-random-f32", "PCG64DXSM", 5, "random", (), {"dtype": "float32"}, 1000),
    ("blocked-mt-bool", "MT19937", 8, "integers", (0, 2), {"dtype": "bool"}, 1000),
]


def draw(rng, method, args, kwargs, size):
    kw = dict(kwargs)
    if "dtype" in kw:
        kw["dtype"] = getattr(np, kw["dtype"])
    if method == "bytes":
        return np.frombuffer(rng.bytes(size), dtype=np.uint8)
    return getattr(rng, method)(*args, size=size, **kw)


def output(bitgen, seed, method, args, kwargs, n, block):
    bg = getattr(np.random, bitgen)
    if block == 0:
        return draw(np.random.Generator(bg(seed)), method, args, kwargs, n)
    ss = np.random.SeedSequence(seed)
    children = ss.spawn(-(-n // block))
    return np.concatenate([draw(np.random.Generator(bg(c)), method, args, kwargs, min(block, n - b * block))
                           for b, c in enumerate(children)])


def canonical(x):
    """The elements as (kind, little-endian array) for hex and hashing."""
    if x.dtype == np.float64:
        return "f8", x.astype("<f8")
    if x.dtype == np.float32:
        return "f4", x.astype("<f4")
    if x.dtype == np.uint64:
        return "i8", x.view(np.int64).astype("<i8")
    return "i8", x.astype(np.int64).astype("<i8")


def hexes(kind, a):
    if kind == "f8":
        return ["%016x" % v for v in a.view("<u8")]
    if kind == "f4":
        return ["%08x" % v for v in a.view("<u4")]
    if kind == "i8":
        return ["%016x" % v for v in a.view("<u8")]
    return ["%02x" % v for v in a]


def token(v):
    return repr(v).replace(" ", "")


def main():
    buf = io.StringIO()
    for name, bitgen, seed, method, args, kwargs, block in CASES:
        x = output(bitgen, seed, method, args, kwargs, N, block)
        if method == "bytes":
            kind, a = "u1", x.astype(np.uint8)
        else:
            kind, a = canonical(x)
        assert len(a) == N
        spec = [bitgen, str(seed), method] + [token(v) for v in args] + \
               ["%s=%s" % (k, v) for k, v in kwargs.items()]
        buf.write("case %s\n" % name)
        buf.write("spec %s\n" % " ".join(spec))
        buf.write("n %d\nblock %d\nkind %s\n" % (N, block, kind))
        buf.write("head %s\n" % " ".join(hexes(kind, a[:64])))
        for i in (N // 2 - 1, N // 2, N - 2, N - 1):
            buf.write("at %d %s\n" % (i, hexes(kind, a[i:i + 1])[0]))
        buf.write("sha256 %s\n" % hashlib.sha256(a.tobytes()).hexdigest())
        buf.write("end\n")
    with open(OUT, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
            gz.write(buf.getvalue().encode("ascii"))
    print("wrote", os.path.normpath(OUT), len(CASES), "cases")


if __name__ == "__main__":
    main()
