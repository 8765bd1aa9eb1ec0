import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from ob import *
rng=np.random.default_rng(8)
tot=0; bad=0; badn=set()
for n in range(1,26):
  for t in range(6):
    g=rng.standard_normal((n,n+1)); cov=g@g.T
    u,s,v=np.linalg.svd(cov)
    B=v.T*s
    assert B.flags.f_contiguous or n==1
    y=np.dot(B,v)
    for i in range(n):
      for j in range(n):
        acc=0.0
        for k in range(n): acc=fma(v[k,i]*s[k], v[k,j], acc)
        tot+=1
        if acc!=y[i,j]: bad+=1; badn.add(n)
print(tot,bad,sorted(badn))
