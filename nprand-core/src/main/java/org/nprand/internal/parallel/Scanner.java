package org.nprand.internal.parallel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.Supplier;

import org.nprand.bitgen.Buffered64BitGenerator;

/**
 * The scan: locating the elements of a variable-consumption method in the raw stream without
 * generating everything before them.
 *
 * <p><b>Parse.</b> A segment {@code [start, end)} of the raw stream (in the method's units) is
 * parsed as if an element began at {@code start}: elements are drawn until the next one would
 * start at or after {@code end}. The parse records its element count, its {@code stop} (the
 * first start at or after {@code end}) and a {@link StartLog} of start positions.
 *
 * <p><b>Resolve.</b> The true parse enters the segment at {@code entry}, the previous segment's
 * true {@code stop} (0 for the first). If {@code entry} is a start the speculative parse also
 * visited, the two parses coincide from there: the segment's true elements are the speculative
 * ones from that index on, and its stop is exact. Otherwise the segment is re-parsed from
 * {@code entry} until the re-parse lands on a logged start (the elements re-parsed before it are
 * new, the speculative ones from it on are kept), or, if it never does, to the end of the segment
 * (the full fallback). Two parses of the same stream that meet once stay together, so the result
 * is exact whatever the segment size; the size only decides how much work is speculative.
 */
public final class Scanner {

    private static final int SCRATCH = 4096;

    private Scanner() {
    }

    /** What a speculative parse of one segment found. */
    public static final class Segment implements Serializable {
        private static final long serialVersionUID = 1L;
        /** The segment, in units: {@code [start, end)}. */
        public final long start;
        /** See {@link #start}. */
        public final long end;
        /** Elements whose (speculative) start lies in {@code [start, end)}. */
        public final long count;
        /** Where the parse stopped: the first start at or after {@code end}. */
        public final long stop;
        /** Logged element indices within the segment. */
        final int[] logIdx;
        /** Logged start positions, units from {@code start}. */
        final int[] logOff;
        /** The speculative elements when the parse kept them (not serialized). */
        public final transient Object values;

        Segment(long start, long end, long count, long stop, StartLog log, Object values) {
            this.start = start;
            this.end = end;
            this.count = count;
            this.stop = stop;
            this.logIdx = log.indices();
            this.logOff = log.offsets();
            this.values = values;
        }

        /** Number of logged starts. */
        public int logged() {
            return logIdx.length;
        }

        @Override
        public String toString() {
            return "Segment[" + start + ", " + end + ") count=" + count + " stop=" + stop + " logged="
                    + logIdx.length;
        }
    }

    /**
     * Parses {@code [start, end)} as if an element began at {@code start}, drawing in batches.
     *
     * @param m the method (a per-task copy, see {@link Method#forChunk})
     * @param fresh a fresh generator of the stream for each call
     * @param values where to keep the elements (must hold them all: a segment of {@code u} units
     *     has at most {@code u} elements when each takes at least one unit), or null to only count
     * @param rate the mean units per element (an estimate, for the batch sizes)
     */
    public static Segment parse(Method m, Supplier<? extends Buffered64BitGenerator> fresh, long start, long end,
                                Object values, double rate) {
        return parse(m, fresh, start, end, values, rate, true);
    }

    /**
     * Parses {@code [start, end)} either way; both give the same count and stop (their logs of
     * start positions differ, which the fix-up does not mind).
     *
     * <ul>
     *   <li>per element: each element's start is checked against {@code end} and logged on
     *       {@link StartLog}'s schedule;</li>
     *   <li>batched: elements are drawn in batches (single elements first, then a quarter of
     *       the count so far, shrinking near the end to use about half the room left at the mean
     *       rate), the tracker marked before each batch; a batch that leaves the position at or
     *       past {@code end} is undone and redrawn smaller, since its last elements may have begun
     *       there (a batch of one element, which began before {@code end}, stands). Each batch
     *       start is logged.</li>
     * </ul>
     */
    public static Segment parse(Method m, Supplier<? extends Buffered64BitGenerator> fresh, long start, long end,
                                Object values, double rate, boolean fast) {
        Tracker t = Tracker.at(fresh.get(), m.halves, start);
        StartLog log = new StartLog(start);
        Object sink = values != null ? values : m.newArray(SCRATCH);
        int capacity = Method.length(sink);
        long k = 0;
        if (!fast) {
            while (t.pos < end) {
                int off = values != null ? (int) k : 0;
                if (off == capacity) {
                    throw tooSmall(k, t.pos, start, end);
                }
                k += m.fillUntil(t, sink, off, capacity - off, end, log, k);
            }
            return new Segment(start, end, k, t.pos, log, values);
        }
        double perElement = Math.max(rate, 1.0);
        while (t.pos < end) {
            long p = t.pos;
            int off = values != null ? (int) k : 0;
            long grow = k < 16 ? 1 : k / 4;
            long fit = (long) ((end - p) / (2 * perElement));
            int b = (int) Math.max(1, Math.min(Math.min(grow, fit), capacity - off));
            if (off + b > capacity) {
                throw tooSmall(k, p, start, end);
            }
            t.mark();
            m.fill(t, sink, off, b);
            if (t.pos < end || b == 1) {
                // every element of the batch began before t.pos (each draws at least one unit),
                // or it is one element, begun at p
                log.add(k, p);
                k += b;
            } else {
                t.reset();
                perElement *= 2;
            }
        }
        return new Segment(start, end, k, t.pos, log, values);
    }

    private static IllegalStateException tooSmall(long k, long pos, long start, long end) {
        return new IllegalStateException("segment buffer too small: " + k + " elements before unit " + pos + " of ["
                + start + ", " + end + ")");
    }

    /** How a segment's true elements relate to its speculative parse. */
    public static final class Resolution {
        /** True elements of the segment (capped: those produced before the cap). */
        public final long count;
        /** The true stop: where the next segment's true parse enters. */
        public final long stop;
        /** Elements re-parsed from the entry (written to the caller's array, first). */
        public final long prefix;
        /**
         * Index of the first speculative element that is also a true one (after the prefix),
         * or {@code seg.count} when none is.
         */
        public final long keepFrom;
        /** Whether the segment had to be re-parsed at all (its entry was not its start). */
        public final boolean reparsed;
        /** Whether the re-parse never met the speculative parse (the whole rest was re-parsed). */
        public final boolean fullFallback;
        /** Whether the caller's cap stopped the re-parse (the stop is then not the segment's). */
        public final boolean capped;

        Resolution(long count, long stop, long prefix, long keepFrom, boolean reparsed, boolean fullFallback,
                   boolean capped) {
            this.count = count;
            this.stop = stop;
            this.prefix = prefix;
            this.keepFrom = keepFrom;
            this.reparsed = reparsed;
            this.fullFallback = fullFallback;
            this.capped = capped;
        }
    }

    /**
     * Resolves a parsed segment against its true entry ({@code entry >= seg.start}).
     *
     * @param out where re-parsed elements go ({@code out[outOff + k]}), or null to count only
     * @param maxOut stop re-parsing after this many elements (the caller needs no more)
     */
    public static Resolution resolve(Method m, Supplier<? extends Buffered64BitGenerator> fresh, Segment seg,
                                     long entry, Object out, int outOff, long maxOut) {
        if (entry < seg.start) {
            throw new IllegalArgumentException("entry " + entry + " before the segment " + seg);
        }
        if (entry >= seg.end) {
            // an element that began earlier spans the whole segment
            return new Resolution(0, entry, 0, seg.count, true, false, false);
        }
        if (entry == seg.start) {
            return new Resolution(seg.count, seg.stop, 0, 0, false, false, false);
        }
        Tracker t = Tracker.at(fresh.get(), m.halves, entry);
        int n = seg.logIdx.length;
        int k = Arrays.binarySearch(seg.logOff, (int) (entry - seg.start));
        k = k >= 0 ? k : -k - 1;
        Object scratch = out == null ? m.newArray(SCRATCH) : null;
        long done = 0;
        while (true) {
            while (k < n && seg.start + seg.logOff[k] < t.pos) {
                k++;
            }
            if (k < n && seg.start + seg.logOff[k] == t.pos) {
                long keep = seg.logIdx[k];
                return new Resolution(done + seg.count - keep, seg.stop, done, keep, true, false, false);
            }
            if (t.pos >= seg.end) {
                return new Resolution(done, t.pos, done, seg.count, true, true, false);
            }
            if (done >= maxOut) {
                return new Resolution(done, t.pos, done, seg.count, true, false, true);
            }
            // past the last logged start no meeting can be proven: parse the rest in bulk
            int max = k < n ? 1 : (int) Math.min(SCRATCH, maxOut - done);
            if (out != null) {
                done += m.fillUntil(t, out, (int) (outOff + done), max, seg.end, null, 0);
            } else {
                done += m.fillUntil(t, scratch, 0, max, seg.end, null, 0);
            }
        }
    }
}
