import java.io.*;
import java.util.*;
import org.nprand.internal.linalg.Svd;
public class Stress {
    static double[] f(String line, String key) {
        String[] t = line.split(" ");
        if (!t[0].equals(key)) throw new IllegalStateException(key + " vs " + t[0]);
        double[] v = new double[t.length - 1];
        for (int i = 1; i < t.length; i++) v[i-1] = Double.longBitsToDouble(Long.parseUnsignedLong(t[i], 16));
        return v;
    }
    public static void main(String[] args) throws Exception {
        int total = 0, exact = 0, signBad = 0;
        Map<String,Integer> bad = new TreeMap<>();
        for (String file : args) {
            BufferedReader r = new BufferedReader(new FileReader(file));
            String line;
            while ((line = r.readLine()) != null) {
                String[] h = line.split(" ");
                if (h[0].equals("fail")) { r.readLine(); System.out.println("numpy failed: " + h[1]); continue; }
                int n = Integer.parseInt(h[2]);
                double[] a = f(r.readLine(), "a"), u = f(r.readLine(), "u"), s = f(r.readLine(), "s"), vt = f(r.readLine(), "vt");
                total++;
                Svd.Result res;
                try { res = Svd.decompose(a, n); } catch (RuntimeException e) { System.out.println(h[1] + " threw " + e); continue; }
                boolean ok = Arrays.equals(res.u(), u) && Arrays.equals(res.s(), s) && Arrays.equals(res.vt(), vt);
                if (ok) { exact++; continue; }
                String kind = h[1].replaceAll("_\\d+$", "");
                bad.merge(kind, 1, Integer::sum);
                // sign check & max deviation
                double maxd = 0; boolean sign = true;
                for (int k = 0; k < n; k++) {
                    double du = 0, dv = 0;
                    for (int i = 0; i < n; i++) { du += res.u()[i*n+k]*u[i*n+k]; dv += res.vt()[k*n+i]*vt[k*n+i]; }
                    if (!(du > 0 && dv > 0)) sign = false;
                    for (int i = 0; i < n; i++) maxd = Math.max(maxd, Math.max(Math.abs(res.u()[i*n+k]-u[i*n+k]), Math.abs(res.vt()[k*n+i]-vt[k*n+i])));
                }
                if (!sign) signBad++;
                if (bad.get(kind) <= 3) System.out.printf("%s n=%d sign=%s maxdiff=%g s0=%s/%s%n", h[1], n, sign, maxd, res.s()[0], s[0]);
            }
        }
        System.out.printf("total %d exact %d signBad %d bad by kind %s%n", total, exact, signBad, bad);
    }
}
