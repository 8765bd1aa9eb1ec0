import java.io.*;
import java.util.*;
import org.nprand.internal.linalg.*;
public class StressEig {
    static double[] f(String line, String key) {
        String[] t = line.split(" ");
        if (!t[0].equals(key)) throw new IllegalStateException(key + " vs " + t[0]);
        double[] v = new double[t.length - 1];
        for (int i = 1; i < t.length; i++) v[i-1] = Double.longBitsToDouble(Long.parseUnsignedLong(t[i], 16));
        return v;
    }
    public static void main(String[] args) throws Exception {
        int et = 0, ee = 0, ct = 0, ce = 0;
        Map<String,Integer> ebad = new TreeMap<>(), cbad = new TreeMap<>();
        for (String file : args) {
            BufferedReader r = new BufferedReader(new FileReader(file));
            String line;
            while ((line = r.readLine()) != null) {
                String[] h = line.split(" ");
                int n = Integer.parseInt(h[2]);
                String kind = h[1].replaceAll("_\\d+$", "");
                double[] a = f(r.readLine(), "a");
                if (h[0].equals("eigh") || h[0].equals("efail")) {
                    et++;
                    double[] w = h[0].equals("eigh") ? f(r.readLine(), "w") : null;
                    double[] v = h[0].equals("eigh") ? f(r.readLine(), "v") : null;
                    SymmetricEigen.Result res = null;
                    try { res = SymmetricEigen.decompose(a, n); } catch (ArithmeticException ex) { }
                    boolean ok = w == null ? res == null : res != null && Arrays.equals(res.w(), w) && Arrays.equals(res.v(), v);
                    if (ok) { ee++; continue; }
                    ebad.merge(kind, 1, Integer::sum);
                    if (ebad.get(kind) <= 2) {
                        int wd = 0, vd = 0; double maxd = 0;
                        if (res != null && w != null) {
                            for (int i = 0; i < n; i++) if (res.w()[i] != w[i]) wd++;
                            for (int i = 0; i < n * n; i++) { if (res.v()[i] != v[i]) vd++; maxd = Math.max(maxd, Math.abs(res.v()[i] - v[i])); }
                        }
                        System.out.printf("eigh %s n=%d wdiff=%d vdiff=%d maxd=%g%n", h[1], n, wd, vd, maxd);
                    }
                } else {
                    ct++;
                    double[] l = h[0].equals("chol") ? f(r.readLine(), "l") : null;
                    double[] res = null;
                    try { res = Cholesky.lower(a, n); } catch (ArithmeticException ex) { }
                    boolean ok = l == null ? res == null : res != null && Arrays.equals(res, l);
                    if (ok) { ce++; continue; }
                    cbad.merge(kind, 1, Integer::sum);
                    if (cbad.get(kind) <= 2) {
                        int d = 0; if (res != null && l != null) for (int i = 0; i < n * n; i++) if (res[i] != l[i]) d++;
                        System.out.printf("chol %s n=%d numpyfail=%s javafail=%s diff=%d%n", h[1], n, l == null, res == null, d);
                    }
                }
            }
        }
        System.out.printf("eigh %d/%d exact, bad %s%nchol %d/%d exact, bad %s%n", ee, et, ebad, ce, ct, cbad);
    }
}
