import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from ob import *
rng=np.random.default_rng(1)
f=float
def emu_t(m,n,a,lda,x):
    # y = A^T x, alpha=1
    m3=m&3; NB=m-m3
    y=[0.0]*n
    j=0
    n1=n>>2; n2=n&3
    def col(j): return [a[j*lda+i] for i in range(m)]
    for g in range(n1):
        for jj in range(4*g,4*g+4):
            c=col(jj); l=[0.0]*4
            for i in range(0,NB): l[i%4]=fma(c[i],x[i],l[i%4])
            t=(l[0]+l[2])+(l[1]+l[3])
            y[jj]=y[jj]+t
    j=4*n1
    if NB>0:
      if n2&2:
        for jj in (j,j+1):
            c=col(jj); l=[0.0]*2
            for i in range(NB): l[i%2]=l[i%2]+c[i]*x[i]
            y[jj]=y[jj]+(l[0]+l[1])
        j+=2
      if n2&1:
        c=col(j); l=[0.0]*4
        for i in range(NB): l[i%4]=l[i%4]+c[i]*x[i]
        y[j]=y[j]+((l[0]+l[2])+(l[1]+l[3]))
    if m3:
        xt=[x[NB+r] for r in range(m3)]
        for jj in range(n):
            c=col(jj)
            if m3==3: s=fma(c[NB+2],xt[2],fma(c[NB],xt[0],c[NB+1]*xt[1]))
            elif m3==2: s=fma(c[NB],xt[0],c[NB+1]*xt[1])
            else: s=None
            if m3==1: y[jj]=fma(c[NB],xt[0],y[jj])
            else: y[jj]=y[jj]+s
    return y
bad=0; tot=0
for trial in range(3000):
    m=int(rng.integers(1,26)); n=int(rng.integers(1,26)); lda=m+int(rng.integers(0,3))
    a=rng.standard_normal(lda*n); x=rng.standard_normal(m); y=np.zeros(n)
    dgemv('T',m,n,a,lda,x,1,y)
    e=emu_t(m,n,list(a),lda,list(x))
    tot+=1
    if list(y)!=e:
        bad+=1
        if bad<6: print('T mismatch m',m,'n',n,[ (i,y[i],e[i]) for i in range(n) if y[i]!=e[i]][:3])
print('dgemv_t bad',bad,'of',tot)
