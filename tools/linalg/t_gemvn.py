import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from ob import *
rng=np.random.default_rng(2)
def emu_n(m,n,a,lda,x,incx, v4=0):
    # y = A x (m rows, n cols), alpha=1; x strided
    xs=[x[k*incx] for k in range(n)]
    y=[0.0]*m
    m3=m&3; NB=m-m3
    n1=n>>2; n2=n&3
    if NB>0:
        j=0
        for g in range(n1):
            for i in range(NB):
                p=[a[(j+k)*lda+i] for k in range(4)]
                if v4==0: s=fma(p[3],xs[j+3],fma(p[2],xs[j+2],fma(p[0],xs[j],p[1]*xs[j+1])))
                else: s=fma(p[3],xs[j+3],fma(p[2],xs[j+2],fma(p[1],xs[j+1],p[0]*xs[j])))
                y[i]=y[i]+s
            j+=4
        if incx==1:
            if n2&2:
                for i in range(NB):
                    s=fma(a[j*lda+i],xs[j],a[(j+1)*lda+i]*xs[j+1]) if v4==0 else fma(a[(j+1)*lda+i],xs[j+1],a[j*lda+i]*xs[j])
                    y[i]=y[i]+s
                j+=2
            if n2&1:
                for i in range(NB): y[i]=y[i]+a[j*lda+i]*xs[j]
                j+=1
        else:
            for k in range(n2):
                for i in range(NB): y[i]=y[i]+a[j*lda+i]*xs[j]
                j+=1
    for r in range(NB,m):
        t=0.0
        for j in range(n): t=fma(a[j*lda+r],xs[j],t)
        y[r]=y[r]+t
    return y
for v4 in (0,1):
  bad=0;tot=0
  for trial in range(2000):
    m=int(rng.integers(1,26)); n=int(rng.integers(1,26)); lda=m+int(rng.integers(0,3)); incx=int(rng.choice([1,1,3,7]))
    if m==3 and lda==3 or m==2 and lda==2 or m==1 and lda==1: lda+=1
    a=rng.standard_normal(lda*n); x=rng.standard_normal(incx*n); y=np.zeros(m)
    dgemv('N',m,n,a,lda,x,incx,y)
    e=emu_n(m,n,list(a),lda,list(x),incx,v4)
    tot+=1
    if list(y)!=e:
        bad+=1
        if bad<4: print('N mismatch m',m,'n',n,'incx',incx,[ (i,y[i],e[i]) for i in range(m) if y[i]!=e[i]][:3])
  print('v4',v4,'dgemv_n bad',bad,'of',tot)
