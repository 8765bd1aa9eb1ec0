"""Reference numbers for KernelsTest (org.nprand.kernels), from NumPy 2.4.6 on the reference machine.

Each case seeds RandomState(12345), records the raw MT19937 words it will see, runs one NumPy call
and reports the result plus how many raw 32-bit words that call consumed.
Run: python3 kernel_vectors.py  (then paste the output into KernelsTest.java).
"""
import numpy as np

SEED = 12345
NRAW = 400


def raw_words():
    bg = np.random.RandomState(SEED)._bit_generator
    return [int(x) for x in bg.random_raw(NRAW)]


RAW = raw_words()


def consumed(rs):
    nxt = int(rs._bit_generator.random_raw())
    return RAW.index(nxt) - 0


def run(call):
    rs = np.random.RandomState(SEED)
    out = call(rs)
    return out, consumed(rs)


def jlong(v):
    v = int(v)
    if v >= 2**63:
        v -= 2**64
    return f"{v}L"


print("RAW = {" + ", ".join(f"0x{w:08x}" for w in RAW) + "};")
ints = [
    ("int64 [0,100) x10", lambda rs: rs.randint(0, 100, 10)),
    ("int64 [0,2**40) x5", lambda rs: rs.randint(0, 2**40, 5)),
    ("int64 [-2**63,2**63-1) x3", lambda rs: rs.randint(-2**63, 2**63 - 1, 3)),
    ("uint64 [0,2**64) x3", lambda rs: rs.randint(0, 2**64, 3, dtype=np.uint64)),
    ("uint64 [0,2**64-1) x3", lambda rs: rs.randint(0, 2**64 - 1, 3, dtype=np.uint64)),
    ("int64 [0,2**32) x3", lambda rs: rs.randint(0, 2**32, 3)),
    ("int64 [-7,-7+2**32-1) x3", lambda rs: rs.randint(-7, -7 + 2**32 - 1, 3)),
    ("uint32 [0,1000) x7", lambda rs: rs.randint(0, 1000, 7, dtype=np.uint32)),
    ("int32 [-2**31,2**31) x3", lambda rs: rs.randint(-2**31, 2**31, 3, dtype=np.int32)),
    ("int16 [-300,300) x9", lambda rs: rs.randint(-300, 300, 9, dtype=np.int16)),
    ("uint16 [0,65536) x5", lambda rs: rs.randint(0, 65536, 5, dtype=np.uint16)),
    ("int8 [-100,27) x11", lambda rs: rs.randint(-100, 27, 11, dtype=np.int8)),
    ("uint8 [0,256) x6", lambda rs: rs.randint(0, 256, 6, dtype=np.uint8)),
    ("int8 [-128,128) x6", lambda rs: rs.randint(-128, 128, 6, dtype=np.int8)),
    ("bool [0,2) x40", lambda rs: rs.randint(0, 2, 40, dtype=bool)),
    ("bool [1,2) x3", lambda rs: rs.randint(1, 2, 3, dtype=bool)),
    ("int8 [5,6) x4", lambda rs: rs.randint(5, 6, 4, dtype=np.int8)),
    ("uint64 [0,3*2**40+5] x4", lambda rs: rs.randint(0, 3 * 2**40 + 6, 4, dtype=np.uint64)),
    ("tomaxint x3", lambda rs: rs.tomaxint(3)),
    ("permutation(10)", lambda rs: rs.permutation(10)),
]
for name, call in ints:
    out, n = run(call)
    vals = ", ".join(jlong(v) for v in np.asarray(out).astype(object).ravel())
    print(f"// {name}: consumed {n}\n{{{vals}}}")

dbl = [
    ("random_sample x5", lambda rs: rs.random_sample(5)),
    ("standard_exponential x10", lambda rs: rs.standard_exponential(10)),
    ("triangular(10,20,30) x10", lambda rs: rs.triangular(10, 20, 30, 10)),
    ("triangular(0,0,1) x4", lambda rs: rs.triangular(0, 0, 1, 4)),
    ("triangular(-1,1,1) x4", lambda rs: rs.triangular(-1, 1, 1, 4)),
]
for name, call in dbl:
    out, n = run(call)
    vals = ", ".join(repr(float(v)) for v in np.asarray(out).ravel())
    print(f"// {name}: consumed {n}\n{{{vals}}}")

# Lemire (Generator.integers) over the same MT19937 words: Generator(rs._bit_generator).
lem = [
    ("lemire int64 [0,100) x10", lambda g: g.integers(0, 100, 10)),
    ("lemire int64 [0,2**40) x5", lambda g: g.integers(0, 2**40, 5)),
    ("lemire int64 [-2**63,2**63-1) x3", lambda g: g.integers(-2**63, 2**63 - 1, 3)),
    ("lemire uint64 [0,2**64) x3", lambda g: g.integers(0, 2**64, 3, dtype=np.uint64)),
    ("lemire uint32 [0,1000) x7", lambda g: g.integers(0, 1000, 7, dtype=np.uint32)),
    ("lemire int16 [-300,300) x9", lambda g: g.integers(-300, 300, 9, dtype=np.int16)),
    ("lemire int8 [-100,27) x11", lambda g: g.integers(-100, 27, 11, dtype=np.int8)),
    ("lemire uint8 [0,3) x9", lambda g: g.integers(0, 3, 9, dtype=np.uint8)),
    ("lemire int64 [0,3*2**62) x4", lambda g: g.integers(0, 3 * 2**62, 4, dtype=np.uint64)),
]
for name, call in lem:
    out, n = run(lambda rs: call(np.random.Generator(rs._bit_generator)))
    vals = ", ".join(jlong(v) for v in np.asarray(out).astype(object).ravel())
    print(f"// {name}: consumed {n}\n{{{vals}}}")
