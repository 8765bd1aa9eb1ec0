import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from ob import *
# Generator.multivariate_normal's x @ factor.T (factor C-contiguous): dgemm TN (packed kernel,
# the small TN kernel refuses K < 32): an FMA chain over k from zero; one row: dgemv_t.
rng=np.random.default_rng(5)
def chain(x,F,j,i,n):
    acc=0.0
    for k in range(n): acc=fma(x[j,k],F[i,k],acc)
    return acc
tot=0;bad=0
for n in range(2,26):
  for size in (2,3,4,5,7,8,9,17,33,100):
    x=rng.standard_normal((size,n)); F=rng.standard_normal((n,n))
    y=x@F.T
    for j in range(size):
      for i in range(n):
        tot+=1
        if y[j,i]!=chain(x,F,j,i,n): bad+=1
print('matmul small',tot,bad)
for n,size in ((25,3000),(20,60000),(3,200000),(12,9000),(25,70000)):
    x=rng.standard_normal((size,n)); F=rng.standard_normal((n,n))
    y=x@F.T
    idx=[(int(rng.integers(size)),int(rng.integers(n))) for _ in range(2000)]
    print('matmul big',n,size,sum(y[j,i]!=chain(x,F,j,i,n) for j,i in idx))
exec(open(__import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)),'t_gemv.py')).read().split('bad=0')[0])
bad=0
for n in range(2,26):
  for t in range(30):
    x=rng.standard_normal((1,n)); F=rng.standard_normal((n,n))
    y=x@F.T
    bad+= list(y[0])!=emu_t(n,n,list(F.ravel()),n,list(x[0]))
print('matmul one row (dgemv_t) bad',bad)
