import numpy as np, struct, sys
rng=np.random.default_rng(int(sys.argv[2]))
N=int(sys.argv[3])
def bits(a): return " ".join("%016x"%struct.unpack("<Q",struct.pack("<d",float(v)))[0] for v in np.asarray(a,dtype=np.float64).ravel())
def orth(n):
    q,r=np.linalg.qr(rng.standard_normal((n,n))); return q*np.sign(np.diag(r))
out=open(sys.argv[1],'w')
kinds=['gram','nonsym','int','round1','rankdef','blockdiag','hilbert','toeplitz','sparse','scaled','repeated','lowrank_int','tiny_offdiag','diag_dom','graded','corr','negdef','asym_noise']
for t in range(N):
    n=int(rng.integers(1,26)); kind=kinds[t%len(kinds)]
    if kind=='gram':
        g=rng.standard_normal((n,n+int(rng.integers(0,5)))); a=g@g.T
    elif kind=='nonsym': a=rng.standard_normal((n,n))
    elif kind=='int':
        a=rng.integers(-3,4,(n,n)).astype(float); a=a+a.T if rng.random()<0.5 else a
    elif kind=='round1':
        g=rng.standard_normal((n,n+2)); a=np.round(g@g.T/(n+2),1)
    elif kind=='rankdef':
        r=int(rng.integers(1,n+1)); g=rng.standard_normal((n,r)); a=g@g.T
    elif kind=='blockdiag':
        a=np.zeros((n,n)); i=0
        while i<n:
            b=int(rng.integers(1,4)); b=min(b,n-i); g=rng.standard_normal((b,b)); a[i:i+b,i:i+b]=g@g.T; i+=b
        p=rng.permutation(n) if rng.random()<0.5 else np.arange(n); a=a[p][:,p]
    elif kind=='hilbert':
        i=np.arange(n); a=1.0/(i[:,None]+i[None,:]+1)
    elif kind=='toeplitz':
        c=rng.uniform(-1,1,n); c[0]=abs(c[0])+n*0.5; a=c[np.abs(np.subtract.outer(np.arange(n),np.arange(n)))]
    elif kind=='sparse':
        s=rng.standard_normal((n,n))*(rng.random((n,n))<0.15); a=s+s.T
    elif kind=='scaled':
        g=rng.standard_normal((n,n+1)); a=g@g.T*10.0**rng.integers(-310,300)
    elif kind=='repeated':
        q=orth(n); lam=rng.choice([1.0,2.0,0.0],n); a=q@np.diag(lam)@q.T
    elif kind=='lowrank_int':
        g=rng.integers(-2,3,(n,max(1,n//2))).astype(float); a=g@g.T
    elif kind=='tiny_offdiag':
        a=np.diag(rng.uniform(1,2,n))+1e-12*rng.standard_normal((n,n))
    elif kind=='diag_dom':
        a=np.diag(rng.choice([1.0,1.0,2.0],n)); a[0,-1]=a[-1,0]=1e-9
    elif kind=='graded':
        d=10.0**rng.uniform(-12,12,n); q=orth(n); a=q@np.diag(d)@q.T
    elif kind=='corr':
        g=rng.standard_normal((n,n+3)); c=g@g.T; dd=np.sqrt(np.diag(c)); a=c/np.outer(dd,dd)
    elif kind=='negdef':
        g=rng.standard_normal((n,n+1)); a=-(g@g.T)
    else:
        g=rng.standard_normal((n,n+2)); a=g@g.T+1e-3*rng.standard_normal((n,n))
    a=np.ascontiguousarray(a,dtype=float)
    if not np.all(np.isfinite(a)): continue
    try: w,v=np.linalg.eigh(a)
    except np.linalg.LinAlgError: out.write("efail %s_%d %d\na %s\n"%(kind,t,n,bits(a))); w=None
    if w is not None: out.write("eigh %s_%d %d\na %s\nw %s\nv %s\n"%(kind,t,n,bits(a),bits(w),bits(v)))
    try: l=np.linalg.cholesky(a); out.write("chol %s_%d %d\na %s\nl %s\n"%(kind,t,n,bits(a),bits(l)))
    except np.linalg.LinAlgError: out.write("cfail %s_%d %d\na %s\n"%(kind,t,n,bits(a)))
