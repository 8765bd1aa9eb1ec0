"""Expected values for RandomStateInputRulesTest (python3 + NumPy 2.4.6)."""
import numpy as np
from numpy._core._exceptions import _ArrayMemoryError


def t(f):
    try:
        r = f()
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print("# bytes(length) from RandomState(3), then random_sample() (the draw count)")
for n in [-1, -2, -3, -6, -7, -8, -9, 0, 1, 5, -2**31, -2**63, 2**63 - 1]:
    rs = np.random.RandomState(3)
    print(n, t(lambda: list(rs.bytes(n))), repr(rs.random_sample()))

print("# MemoryError messages (NumPy's formatter)")
for shape, dt in [((536870912,), 'uint32'), ((1152921504606846976,), 'uint32'), ((2147483640,), 'float64'),
                  ((1073741824, 536870912), 'float64'), ((1073741824, 4), 'int8'), ((2147483648,), 'int64'),
                  ((1099511627776,), 'int64'), ((576460752303423488,), 'int64'), ((1023 * 2**20 + 600,), 'int8'),
                  ((1000 * 2**30 - 1,), 'int8'), ((3, 715827882), 'int16')]:
    print(shape, dt, str(_ArrayMemoryError(shape, np.dtype(dt))))

print("# sizes")
M = 2**31 - 1
for name, f in [
    ('rs (M,M,M,0)', lambda rs: rs.random_sample((M, M, M, 0))),
    ('rs (0,M,M,M)', lambda rs: rs.random_sample((0, M, M, M))),
    ('rs (M,M,M,-1)', lambda rs: rs.random_sample((M, M, M, -1))),
    ('rs (3,-1,0)', lambda rs: rs.random_sample((3, -1, 0))),
    ('rs (2**30,2**30)', lambda rs: rs.random_sample((2**30, 2**30))),
    ('se (2**30,2**30,0)', lambda rs: rs.standard_exponential((2**30, 2**30, 0))),
    ('tomaxint (2**30,2**30,0)', lambda rs: rs.tomaxint((2**30, 2**30, 0))),
    ('tri (2**30,2**30,0)', lambda rs: rs.triangular(0, 1, 2, (2**30, 2**30, 0))),
    ('ri8 (2**30,2**30,0)', lambda rs: rs.randint(0, 5, (2**30, 2**30, 0), dtype='int8')),
    ('ri64 (2**30,2**30,0)', lambda rs: rs.randint(0, 5, (2**30, 2**30, 0))),
    ('ri16 (2**30,2**30,4,0)', lambda rs: rs.randint(0, 5, (2**30, 2**30, 4, 0), dtype='int16')),
    ('ri8 bad bounds (2**30,2**30)', lambda rs: rs.randint(5, 0, (2**30, 2**30), dtype='int8')),
    ('perm 2**60', lambda rs: rs.permutation(2**60)),
    ('perm 2**60-1', lambda rs: rs.permutation(2**60 - 1)),
    ('perm 2**63-1', lambda rs: rs.permutation(2**63 - 1)),
    ('perm 2**63-512', lambda rs: rs.permutation(2**63 - 512)),
    ('perm 2**63-513', lambda rs: rs.permutation(2**63 - 513)),
]:
    rs = np.random.RandomState(3)
    r = t(lambda: f(rs))
    print(name, '|', r if 'Error' in r else 'shape ' + str(f(np.random.RandomState(3)).shape), '| next', rs.random_sample())

print("# null size = None: RandomState(7) scalars")
rs = np.random.RandomState(7)
print(repr(rs.random_sample()), repr(rs.rand()), repr(rs.standard_exponential()), rs.tomaxint(),
      repr(rs.triangular(0, 1, 3)), rs.randint(0, 100), repr(rs.random()))
