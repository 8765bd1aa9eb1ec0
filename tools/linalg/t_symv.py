import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from ob import *
# dsytd2's BLAS (dsymv 'L', ddot, daxpy, dsyr2 'L') and potf2_L's strided ddot, against the library
C=ctypes.c_char_p
L.scipy_ddot_64_.restype=ctypes.c_double
def ddot(n,x,incx,y,incy): return L.scipy_ddot_64_(ri(n),ptr(x),ri(incx),ptr(y),ri(incy))
def dsymv(n,alpha,a,lda,x,y):
    L.scipy_dsymv_64_(C(b'L'),ri(n),rd(alpha),ptr(a),ri(lda),ptr(x),ri(1),rd(0.0),ptr(y),ri(1),ctypes.c_size_t(1))
def dsyr2(n,alpha,x,y,a,lda):
    L.scipy_dsyr2_64_(C(b'L'),ri(n),rd(alpha),ptr(x),ri(1),ptr(y),ri(1),ptr(a),ri(lda),ctypes.c_size_t(1))
def daxpy(n,alpha,x,y): L.scipy_daxpy_64_(ri(n),rd(alpha),ptr(x),ri(1),ptr(y),ri(1))

def e_ddot(n,x,incx,y,incy):
    xs=[x[i*incx] for i in range(n)]; ys=[y[i*incy] for i in range(n)]
    if incx==1 and incy==1:
        n1=n&-16; dot=0.0
        if n1:
            acc=[0.0]*16
            for i in range(0,n1,16):
                for q in range(16): acc[q]=fma(xs[i+q],ys[i+q],acc[q])
            lanes=[((acc[l]+acc[4+l])+acc[8+l])+acc[12+l] for l in range(4)]
            dot=(lanes[0]+lanes[2])+(lanes[1]+lanes[3])
        for i in range(n1,n): dot=fma(ys[i],xs[i],dot)
        return dot
    n1=n&-4; t1=0.0; t2=0.0; i=0
    while i<n1:
        m=[ys[i+q]*xs[i+q] for q in range(4)]
        t1=t1+MODE(ys[i],xs[i],ys[i+2],xs[i+2])
        t2=t2+MODE(ys[i+1],xs[i+1],ys[i+3],xs[i+3])
        i+=4
    while i<n: t1=fma(ys[i],xs[i],t1); i+=1
    return t1+t2
def MODE(a,b,c,d): return a*b+c*d  # t1 += m1 + m3 with plain products (measured)
def e_symv(n,alpha,a,lda,x):
    y=[0.0]*n; m=n
    ap=lambda q,i,j: a[(j+q)*lda+i]
    off1=(n//4)*4
    for j in range(0,off1,4):
        t1=[alpha*x[j+q] for q in range(4)]; t2=[0.0]*4
        for q in range(4): y[j+q]=fma(t1[q],ap(q,j+q,j),y[j+q])
        def tri():
            for q in range(3):
                for i in range(j+1+q,j+4):
                    y[i]=fma(t1[q],ap(q,i,j),y[i]); t2[q]=fma(ap(q,i,j),x[i],t2[q])
        def rows(lo,hi):
            for i in range(lo,hi):
                for q in range(4):
                    y[i]=fma(t1[q],ap(q,i,j),y[i]); t2[q]=fma(ap(q,i,j),x[i],t2[q])
        if m-(j+1)>=12:
            m2=(m//4)*4
            tri()
            if m2>j+4:
                frm=j+4; to=m2; d=(to-frm)&~7; to2=frm+d
                acc=[[0.0]*8 for q in range(4)]
                i=frm
                while i<to2:
                    for l in range(8):
                        ii=i+l
                        s=fma(t1[3],ap(3,ii,j),fma(t1[2],ap(2,ii,j),fma(t1[0],ap(0,ii,j),t1[1]*ap(1,ii,j))))
                        y[ii]=y[ii]+s
                        for q in range(4): acc[q][l]=fma(x[ii],ap(q,ii,j),acc[q][l])
                    i+=8
                a4=[[acc[q][l]+acc[q][l+4] for l in range(4)] for q in range(4)]
                while i<to:
                    for l in range(4):
                        ii=i+l
                        s=fma(t1[3],ap(3,ii,j),fma(t1[2],ap(2,ii,j),fma(t1[0],ap(0,ii,j),t1[1]*ap(1,ii,j))))
                        y[ii]=y[ii]+s
                        for q in range(4): a4[q][l]=fma(x[ii],ap(q,ii,j),a4[q][l])
                    i+=4
                for q in range(4):
                    t2[q]=t2[q]+((a4[q][0]+a4[q][2])+(a4[q][1]+a4[q][3]))
            rows(m2,m)
        else:
            tri(); rows(j+4,m)
        for q in range(4): y[j+q]=fma(alpha,t2[q],y[j+q])
    for j in range(off1,n):
        t1=alpha*x[j]; t2=0.0
        y[j]=fma(t1,a[j*lda+j],y[j])
        for i in range(j+1,m):
            y[i]=fma(t1,a[j*lda+i],y[i]); t2=fma(a[j*lda+i],x[i],t2)
        y[j]=fma(alpha,t2,y[j])
    return y
def e_syr2(n,alpha,x,y,a,lda):
    a=list(a)
    for i in range(n):
        t=alpha*x[i]
        for k in range(i,n): a[i*lda+k]=fma(t,y[k],a[i*lda+k])
        t=alpha*y[i]
        for k in range(i,n): a[i*lda+k]=fma(t,x[k],a[i*lda+k])
    return a
if __name__=='__main__':
    rng=np.random.default_rng(11)
    for mode in ('plain',):
        bad=0
        for t in range(3000):
            n=int(rng.integers(0,30)); incx=int(rng.choice([1,1,3,7])); incy=incx if rng.random()<.8 else int(rng.choice([1,5]))
            x=rng.standard_normal(max(1,n*incx)); y=rng.standard_normal(max(1,n*incy))
            if ddot(n,x,incx,y,incy)!=e_ddot(n,x,incx,y,incy): bad+=1
        print('ddot',mode,bad)
    bad=0
    for t in range(1500):
        n=int(rng.integers(1,30)); lda=n+int(rng.integers(0,3))
        a=rng.standard_normal(lda*n); x=rng.standard_normal(n); al=float(rng.standard_normal()); y=rng.standard_normal(n)
        dsymv(n,al,a,lda,x,y)
        if list(y)!=e_symv(n,al,list(a),lda,list(x)): bad+=1
    print('symv',bad)
    bad=0
    for t in range(1500):
        n=int(rng.integers(1,30)); lda=n+int(rng.integers(0,3))
        a=rng.standard_normal(lda*n); x=rng.standard_normal(n); al=float(rng.standard_normal()); y=rng.standard_normal(n)
        e=e_syr2(n,al,list(x),list(y),list(a),lda)
        dsyr2(n,al,x,y,a,lda)
        if list(a)!=e: bad+=1
    print('syr2',bad)
    bad=0
    for t in range(1000):
        n=int(rng.integers(1,40)); x=rng.standard_normal(n); y=rng.standard_normal(n); al=float(rng.standard_normal())
        e=[fma(al,x[i],y[i]) for i in range(n)]
        daxpy(n,al,x,y)
        if list(y)!=e: bad+=1
    print('axpy',bad)
