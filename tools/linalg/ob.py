import ctypes, glob, os, numpy as np
from fractions import Fraction
p=glob.glob(os.path.dirname(np.__file__)+'.libs/libscipy_openblas64_*.so')[0]
L=ctypes.CDLL(p)
I=ctypes.c_int64
D=ctypes.c_double
def ptr(a): return a.ctypes.data_as(ctypes.POINTER(ctypes.c_double))
def ri(v): return ctypes.byref(I(v))
def rd(v): return ctypes.byref(D(v))
def dgemv(trans, m, n, a, lda, x, incx, y):
    # a: flat column-major buffer
    L.scipy_dgemv_64_(ctypes.c_char_p(trans.encode()), ri(m), ri(n), rd(1.0), ptr(a), ri(lda), ptr(x), ri(incx), rd(0.0), ptr(y), ri(1), ctypes.c_size_t(1))
def dger(m,n,alpha,x,incx,y,incy,a,lda):
    L.scipy_dger_64_(ri(m),ri(n),rd(alpha),ptr(x),ri(incx),ptr(y),ri(incy),ptr(a),ri(lda))
def drot(n,x,incx,y,incy,c,s):
    L.scipy_drot_64_(ri(n),ptr(x),ri(incx),ptr(y),ri(incy),rd(c),rd(s))
L.scipy_dnrm2_64_.restype=ctypes.c_double
def dnrm2(n,x,incx):
    return L.scipy_dnrm2_64_(ri(n),ptr(x),ri(incx))
def fma(a,b,c):
    r = Fraction(a)*Fraction(b)+Fraction(c)
    if r == 0:
        # sign of exact zero: follow IEEE: a*b + c with exact zero -> +0 unless both -0
        p = np.float64(a)*np.float64(b)
        return float(p + np.float64(c))
    return float(r)
