import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from ob import *
import math
rng=np.random.default_rng(3)
# dger
bad=0
for t in range(1500):
    m=int(rng.integers(1,26)); n=int(rng.integers(1,26)); lda=m+int(rng.integers(0,3))
    incx=int(rng.choice([1,1,4])); incy=int(rng.choice([1,1,5]))
    a=rng.standard_normal(lda*n); x=rng.standard_normal(m*incx); y=rng.standard_normal(n*incy); al=float(rng.standard_normal())
    e=list(a)
    for j in range(n):
        tmp=al*y[j*incy]
        for i in range(m): e[j*lda+i]=fma(tmp,x[i*incx],e[j*lda+i])
    dger(m,n,al,x,incx,y,incy,a,lda)
    if list(a)!=e: bad+=1
print('dger bad',bad)
bad=0
for t in range(1500):
    n=int(rng.integers(1,40)); incx=int(rng.choice([1,1,3])); incy=incx if rng.random()<0.7 else int(rng.choice([1,2]))
    x=rng.standard_normal(n*incx); y=rng.standard_normal(n*incy); th=rng.random()*6; c=math.cos(th); s=math.sin(th)
    ex=list(x); ey=list(y)
    for i in range(n):
        xi=x[i*incx]; yi=y[i*incy]
        ex[i*incx]=fma(c,xi,s*yi); ey[i*incy]=fma(c,yi,-(s*xi))
    drot(n,x,incx,y,incy,c,s)
    if list(x)!=ex or list(y)!=ey:
        bad+=1
        if bad<4: print('rot',n,incx,incy)
print('drot bad',bad)
def rnd64(fr):
    # round Fraction to 64-bit significand, nearest-even
    if fr==0: return fr
    sgn=1 if fr>0 else -1; fr=abs(fr)
    e=fr.numerator.bit_length()-fr.denominator.bit_length()
    # ensure 2^e <= fr < 2^(e+1)
    if Fraction(2)**e>fr: e-=1
    if Fraction(2)**(e+1)<=fr: e+=1
    scale=Fraction(2)**(63-e)
    q=fr*scale
    fl=q.numerator//q.denominator; rem=q-fl
    if rem>Fraction(1,2) or (rem==Fraction(1,2) and fl%2==1): fl+=1
    return sgn*Fraction(fl)/scale
def isqrt_frac_round64(fr):
    # sqrt rounded to 64-bit significand
    if fr==0: return fr
    # compute with high precision integer sqrt
    e=(fr.numerator.bit_length()-fr.denominator.bit_length())
    k=200
    N=fr*Fraction(4)**k
    # integer sqrt floor of N
    v=math.isqrt(N.numerator//N.denominator)
    # v ~ sqrt(fr)*2^k ; refine exactness: sticky bit
    exact = (Fraction(v*v)==N)
    # round v/2^k to 64 bits
    bl=v.bit_length(); sh=bl-64
    fl=v>>sh; rem=v-(fl<<sh); half=1<<(sh-1)
    if rem>half or (rem==half and (not exact or fl%2==1)) : fl+=1
    elif rem==half and not exact: fl+=1
    return Fraction(fl)*Fraction(2)**sh/Fraction(2)**k
def nrm2_emu(xs):
    acc=[Fraction(0)]*4
    n=len(xs); i=0
    while i+8<=n:
        for k in range(8):
            acc[k%4]=rnd64(acc[k%4]+rnd64(Fraction(xs[i+k])**2))
        i+=8
    while i<n:
        acc[0]=rnd64(acc[0]+rnd64(Fraction(xs[i])**2)); i+=1
    s=rnd64(acc[2]+acc[0]); s=rnd64(s+acc[1]); s=rnd64(acc[3]+s)
    return float(isqrt_frac_round64(s))
bad=0
for t in range(2000):
    n=int(rng.integers(1,30)); inc=int(rng.choice([1,3]))
    x=rng.standard_normal(n*inc)*(10.0**rng.integers(-5,5))
    r=dnrm2(n,x,inc); e=nrm2_emu([x[i*inc] for i in range(n)])
    if r!=e:
        bad+=1
        if bad<5: print('nrm2',n,inc,r,e)
print('nrm2 bad',bad)
