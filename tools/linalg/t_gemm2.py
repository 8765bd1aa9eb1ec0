import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from ob import *
rng=np.random.default_rng(6)
def chain(x,A,j,i,n):
    acc=0.0
    for k in range(n): acc=fma(x[j,k],A[k,i],acc)
    return acc
def dot8(x,A,j,i,n,red):
    l=[0.0]*8; k8=n&~7
    for k in range(k8): l[k%8]=fma(x[j,k],A[k,i],l[k%8])
    for k in range(k8,n): l[k-k8]=fma(x[j,k],A[k,i],l[k-k8])
    a=l
    if red=='R4': return ((a[0]+a[1])+(a[2]+a[3]))+((a[4]+a[5])+(a[6]+a[7]))
    return ((a[4]+a[0])+(a[6]+a[2]))+((a[5]+a[1])+(a[7]+a[3]))
def emu(x,A,j,i,n,size):
    M=n; N=size; K=n
    if size*n*n>1e6: return chain(x,A,j,i,n)
    m8=M&~7; mm=M-m8
    if i<m8 or mm>4 or K<16: return chain(x,A,j,i,n)
    m4=m8+(mm&~3); m2=m8+(mm&~1)  # i ranges
    n4=N&~3
    if i<m4: return dot8(x,A,j,i,n,'R4')
    if j<n4: return dot8(x,A,j,i,n,'R4')
    return dot8(x,A,j,i,n,'RR')
for n in (16,17,18,19,20,21,25):
  for size in (2,3,5,7,50):
    x=rng.standard_normal((size,n)); A=rng.standard_normal((n,n))
    y=np.dot(x,A)
    bad=[(j,i) for j in range(size) for i in range(n) if y[j,i]!=emu(x,A,j,i,n,size)]
    print(n,size,len(bad), bad[:5])
# big: regular path
for n,size in ((20,3000),(12,8000),(25,1700),(7,30000)):
    x=rng.standard_normal((size,n)); A=rng.standard_normal((n,n))
    y=np.dot(x,A)
    idx=[(int(rng.integers(size)),int(rng.integers(n))) for _ in range(300)]
    bad=[(j,i) for j,i in idx if y[j,i]!=chain(x,A,j,i,n)]
    print('big',n,size,len(bad))
